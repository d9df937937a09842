//! The Parquet tables (the `parquet` feature) hold what the CSV files hold, typed: read back,
//! every cell equals the CSV's.

#![cfg(feature = "parquet")]
// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int32Type, UInt64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use rust_decimal::Decimal;
use vncoop::output::{write_run, Format};
use vncoop::pipeline::{find_inputs, Pipeline};

/// Every cell of a Parquet file as text, the way the CSV writes it ("" for null), with the
/// column names.
fn read_back(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let file = fs::File::open(path).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let mut names = Vec::new();
    let mut rows = Vec::new();
    for batch in reader {
        let batch: RecordBatch = batch.unwrap();
        names = batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        for row in 0..batch.num_rows() {
            rows.push(
                batch
                    .columns()
                    .iter()
                    .map(|c| cell(c.as_ref(), row))
                    .collect(),
            );
        }
    }
    (names, rows)
}

fn cell(column: &dyn Array, row: usize) -> String {
    if column.is_null(row) {
        return String::new();
    }
    match column.data_type() {
        DataType::Decimal128(_, scale) => {
            let units = column.as_primitive::<Decimal128Type>().value(row);
            let scale = u32::try_from(*scale).unwrap();
            Decimal::from_i128_with_scale(units, scale)
                .normalize()
                .to_string()
        }
        DataType::Date32 => column
            .as_primitive::<Date32Type>()
            .value_as_date(row)
            .unwrap()
            .format("%Y-%m-%d")
            .to_string(),
        DataType::UInt64 => column.as_primitive::<UInt64Type>().value(row).to_string(),
        DataType::Dictionary(..) => {
            let dictionary = column.as_dictionary::<Int32Type>();
            let key = usize::try_from(dictionary.keys().value(row)).unwrap();
            dictionary
                .values()
                .as_string::<i32>()
                .value(key)
                .to_string()
        }
        DataType::Utf8 => column.as_string::<i32>().value(row).to_string(),
        other => panic!("unexpected column type {other}"),
    }
}

#[test]
fn parquet_tables_read_back_equal_to_the_csv_files() {
    let dir = std::env::temp_dir().join(format!("vncoop-test-{}-parquet", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let run = Pipeline::new()
        .run(&find_inputs(&[samples]).unwrap())
        .unwrap();
    let written = write_run(
        &run,
        &dir,
        &[
            Format::Csv,
            Format::Facts,
            Format::Diagnostics,
            Format::Parquet,
        ],
    )
    .unwrap();
    for name in [
        "observations.parquet",
        "facts.parquet",
        "diagnostics.parquet",
    ] {
        assert!(written.contains(&name), "{name} not written");
    }
    for (csv_name, parquet_name) in [
        ("observations.csv", "observations.parquet"),
        ("facts.csv", "facts.parquet"),
        ("diagnostics.csv", "diagnostics.parquet"),
    ] {
        let mut csv = csv::Reader::from_path(dir.join(csv_name)).unwrap();
        let header: Vec<String> = csv.headers().unwrap().iter().map(str::to_string).collect();
        let csv_rows: Vec<Vec<String>> = csv
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        let (names, rows) = read_back(&dir.join(parquet_name));
        assert!(!rows.is_empty(), "{parquet_name} is empty");
        assert_eq!(rows.len(), csv_rows.len(), "{parquet_name}");
        // The CSV columns come first, in order; the exact text of each value column follows.
        assert_eq!(names[..header.len()], header[..], "{parquet_name}");
        for (parquet_row, csv_row) in rows.iter().zip(&csv_rows) {
            for (at, name) in header.iter().enumerate() {
                let (got, want) = (&parquet_row[at], &csv_row[at]);
                if name == "value" || name == "max" {
                    // Nine decimal places in the typed column, every digit in the text one.
                    let exact = names.iter().position(|n| *n == format!("{name}_exact"));
                    assert_eq!(&parquet_row[exact.unwrap()], want, "{name}");
                    if !want.is_empty() {
                        let rounded = want.parse::<Decimal>().unwrap().round_dp(9);
                        assert_eq!(got.parse::<Decimal>().unwrap(), rounded, "{name}");
                        continue;
                    }
                }
                assert_eq!(got, want, "{parquet_name} column {name}");
            }
        }
    }
    // Typed columns are typed.
    let type_of = |file: &str, column: &str| {
        let reader = fs::File::open(dir.join(file)).unwrap();
        let schema = ParquetRecordBatchReaderBuilder::try_new(reader)
            .unwrap()
            .schema()
            .clone();
        schema.field_with_name(column).unwrap().data_type().clone()
    };
    let observations = |column: &str| type_of("observations.parquet", column);
    assert_eq!(observations("value"), DataType::Decimal128(38, 9));
    assert_eq!(observations("period_start"), DataType::Date32);
    assert_eq!(observations("span_start"), DataType::UInt64);
    assert!(matches!(
        observations("area_code"),
        DataType::Dictionary(..)
    ));
    assert_eq!(observations("evidence"), DataType::Utf8);
    assert_eq!(
        type_of("facts.parquet", "value"),
        DataType::Decimal128(38, 9)
    );
    assert_eq!(type_of("facts.parquet", "sources"), DataType::UInt64);
    assert_eq!(type_of("facts.parquet", "documents"), DataType::Utf8);
    fs::remove_dir_all(&dir).unwrap();
}
