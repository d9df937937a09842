//! Parquet tables (the `parquet` feature): the rows of `observations.csv`, `facts.csv` and
//! `diagnostics.csv` with typed columns, for DuckDB, Polars, pandas and Spark.
//!
//! The columns are those of the CSV files, in the same order, read from the same rows
//! ([`Report::rows`], [`Report::fact_rows`]), so both formats always agree. Types: values as `Decimal128(38, 9)`
//! beside their exact text (`value_exact`, `max_exact`: a derived growth rate may have more
//! than nine decimals), dates as `Date32`, byte offsets as `UInt64`, labels
//! dictionary-encoded, and an empty cell as null.

use std::io::{self, Write};
use std::str::FromStr;
use std::sync::Arc;

use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, Date32Array, Decimal128Array, DictionaryArray, RecordBatch, StringArray, UInt64Array,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use rust_decimal::{Decimal, RoundingStrategy};
use vncoop_stats::{Report, CSV_COLUMNS, FACT_COLUMNS};

use crate::output::{diagnostic_row, DIAGNOSTICS_COLUMNS};
use crate::pipeline::LeftOutRows;

/// Digits and decimal places of the value columns: every `Decimal` whole part fits in 29
/// digits, which leaves nine places.
const PRECISION: u8 = 38;
/// Decimal places of the value columns; the `_exact` text columns keep any more.
const SCALE: i8 = 9;

/// Rows written per row group: memory stays bounded on a large report.
const BATCH_ROWS: usize = 65_536;

/// How a column of text cells is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    /// An exact number, `Decimal128(38, 9)`.
    Decimal,
    /// An ISO date, `Date32`.
    Date,
    /// A byte offset or a count, `UInt64`.
    Unsigned,
    /// A label drawn from few values, dictionary-encoded.
    Label,
    /// Free text.
    Text,
}

impl Type {
    fn data_type(self) -> DataType {
        match self {
            Type::Decimal => DataType::Decimal128(PRECISION, SCALE),
            Type::Date => DataType::Date32,
            Type::Unsigned => DataType::UInt64,
            Type::Label => {
                DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
            }
            Type::Text => DataType::Utf8,
        }
    }
}

/// The type of a CSV column, by its name.
fn type_of(column: &str) -> Type {
    match column {
        "value" | "max" => Type::Decimal,
        "baseline_start" | "baseline_end" | "period_start" | "period_end" => Type::Date,
        "span_start" | "span_end" | "sources" => Type::Unsigned,
        "note" | "evidence" | "text" | "documents" | "value_exact" | "max_exact" => Type::Text,
        _ => Type::Label,
    }
}

/// One table: its CSV columns, each typed, with the exact text of the value columns after
/// them.
struct Table {
    /// For each Parquet column: its name, type, and the CSV column it is read from.
    columns: Vec<(String, Type, usize)>,
    schema: SchemaRef,
}

impl Table {
    fn new(csv_columns: &[&str]) -> Table {
        let mut columns: Vec<(String, Type, usize)> = csv_columns
            .iter()
            .enumerate()
            .map(|(at, name)| (name.to_string(), type_of(name), at))
            .collect();
        for (at, name) in csv_columns.iter().enumerate() {
            if type_of(name) == Type::Decimal {
                columns.push((format!("{name}_exact"), Type::Text, at));
            }
        }
        let fields: Vec<Field> = columns
            .iter()
            .map(|(name, ty, _)| Field::new(name, ty.data_type(), true))
            .collect();
        Table {
            columns,
            schema: Arc::new(Schema::new(fields)),
        }
    }

    /// Writes `rows` (cells in CSV column order) to `out` as Parquet.
    fn write(
        &self,
        rows: impl Iterator<Item = io::Result<Vec<String>>>,
        out: impl Write + Send,
    ) -> io::Result<()> {
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("vncoop {}", env!("CARGO_PKG_VERSION")))
            .build();
        let mut writer = ArrowWriter::try_new(out, self.schema.clone(), Some(properties))
            .map_err(io::Error::other)?;
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        for row in rows {
            batch.push(row?);
            if batch.len() == BATCH_ROWS {
                writer
                    .write(&self.batch(&batch)?)
                    .map_err(io::Error::other)?;
                batch.clear();
            }
        }
        if !batch.is_empty() {
            writer
                .write(&self.batch(&batch)?)
                .map_err(io::Error::other)?;
        }
        writer.close().map_err(io::Error::other)?;
        Ok(())
    }

    fn batch(&self, rows: &[Vec<String>]) -> io::Result<RecordBatch> {
        let arrays = self
            .columns
            .iter()
            .map(|(name, ty, at)| {
                let cells = rows
                    .iter()
                    .map(|r| r.get(*at).map(String::as_str).filter(|c| !c.is_empty()));
                column(*ty, cells).map_err(|cell| {
                    io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("column {name}: {cell:?} is not a {ty:?}"),
                    )
                })
            })
            .collect::<io::Result<Vec<ArrayRef>>>()?;
        RecordBatch::try_new(self.schema.clone(), arrays).map_err(io::Error::other)
    }
}

/// One column of cells (`None` for an empty cell), typed; the first cell that cannot be read
/// as its type is the error.
fn column<'a>(ty: Type, cells: impl Iterator<Item = Option<&'a str>>) -> Result<ArrayRef, String> {
    Ok(match ty {
        Type::Decimal => Arc::new(
            Decimal128Array::from(parsed(cells, decimal)?)
                .with_precision_and_scale(PRECISION, SCALE)
                .map_err(|e| e.to_string())?,
        ),
        Type::Date => Arc::new(Date32Array::from(parsed(cells, days)?)),
        Type::Unsigned => Arc::new(UInt64Array::from(parsed(cells, |c| c.parse().ok())?)),
        Type::Label => Arc::new(cells.collect::<DictionaryArray<Int32Type>>()),
        Type::Text => Arc::new(cells.collect::<StringArray>()),
    })
}

/// Each cell read by `parse`; the first cell it cannot read is the error.
fn parsed<'a, T>(
    cells: impl Iterator<Item = Option<&'a str>>,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Vec<Option<T>>, String> {
    cells
        .map(|cell| {
            cell.map(|c| parse(c).ok_or_else(|| c.to_string()))
                .transpose()
        })
        .collect()
}

/// `text`, a decimal as the CSV writes it, in units of 10^-[`SCALE`], rounded half away from
/// zero past the ninth place. Every `Decimal` fits: its 96-bit mantissa times 10^9 is below
/// 2^127.
fn decimal(text: &str) -> Option<i128> {
    let places = u32::try_from(SCALE).ok()?;
    let value = Decimal::from_str(text)
        .ok()?
        .round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let shift = 10i128.checked_pow(places.checked_sub(value.scale())?)?;
    value.mantissa().checked_mul(shift)
}

/// Days since 1970-01-01 of an ISO date.
fn days(text: &str) -> Option<i32> {
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from(date.signed_duration_since(epoch).num_days()).ok()
}

/// Writes the rows of `observations.csv` ([`Report::rows`]) to `out` as one Parquet file,
/// typed as `docs/outputs.md` describes.
///
/// ```
/// use vncoop::output::write_observations_parquet;
/// use vncoop::stats::Report;
///
/// let mut file = Vec::new();
/// write_observations_parquet(&Report::default(), &mut file)?;
/// assert!(file.starts_with(b"PAR1"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_observations_parquet(report: &Report, out: impl Write + Send) -> io::Result<()> {
    Table::new(&CSV_COLUMNS).write(report.rows(), out)
}

/// Writes the rows of `facts.csv` ([`Report::fact_rows`]: one per fact) to `out` as one
/// Parquet file.
pub fn write_facts_parquet(report: &Report, out: impl Write + Send) -> io::Result<()> {
    Table::new(&FACT_COLUMNS).write(report.fact_rows(), out)
}

/// Writes the rows of `diagnostics.csv` (every number left out) to `out` as one Parquet
/// file.
pub fn write_diagnostics_parquet(left_out: &LeftOutRows, out: impl Write + Send) -> io::Result<()> {
    let rows = left_out
        .iter()
        .map(|row| row.map(|row| diagnostic_row(&row)));
    Table::new(&DIAGNOSTICS_COLUMNS).write(rows, out)
}
