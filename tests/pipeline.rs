//! End to end: the sample corpus through extract, reconcile, derive, check and the outputs.

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use rust_decimal::Decimal;
use vncoop::model::{Indicator, Period};
use vncoop::pipeline::{find_inputs, Input, Pipeline};
use vncoop::stats::{Report, Resolution, Severity, CSV_COLUMNS};

fn sample_report() -> Report {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let run = Pipeline::new().run(&find_inputs(&[dir]).unwrap()).unwrap();
    assert_eq!(run.read(), 6);
    run.report
}

#[test]
fn two_reports_disagree_on_thai_binh_and_the_later_one_wins() {
    let report = sample_report();
    assert_eq!(report.conflicts.len(), 1);
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.key.indicator, Indicator::Cooperatives);
    let mut values: Vec<Decimal> = conflict
        .candidates
        .iter()
        .map(|c| c.observation.value)
        .collect();
    values.sort();
    assert_eq!(values, [Decimal::from(464), Decimal::from(466)]);
    assert_eq!(conflict.resolution, Resolution::LaterPublication);
    assert_eq!(
        &*conflict.candidates[conflict.chosen].sources.cited()[0].document,
        "en_thai_binh_2024.txt"
    );
    // The agreeing counts of cooperative groups become one fact with both sources.
    let groups = report
        .facts
        .iter()
        .find(|f| {
            f.key.indicator == Indicator::CooperativeGroups
                && f.observation.value == Decimal::from(235)
        })
        .unwrap();
    assert_eq!(groups.sources.len(), 2);
}

#[test]
fn the_earlier_value_is_derived_from_a_reported_change() {
    let report = sample_report();
    let earlier = report
        .facts
        .iter()
        .find(|f| {
            f.derived
                .as_ref()
                .is_some_and(|d| d.rule == "earlier_from_change")
                && f.key.indicator == Indicator::Members
        })
        .unwrap();
    assert_eq!(earlier.observation.value, Decimal::from(567_097));
    assert_eq!(earlier.observation.period, Some(Period::Year(2022)));
    assert_eq!(earlier.derived.as_ref().unwrap().inputs.len(), 2);
}

#[test]
fn parts_are_checked_against_their_total() {
    // Written for this test, with the sector figures of a provincial report: the parts add up
    // to one less than the total.
    let text = "Hingga akhir 2023, provinsi ini memiliki 113 koperasi, termasuk 88 koperasi di bidang \
                pertanian, 8 koperasi industri, 7 koperasi di bidang transportasi, 3 dana kredit rakyat \
                dan 6 koperasi di bidang layanan lainnya.";
    let run = Pipeline::new()
        .run(&[Input::bytes("parts", text.as_bytes())])
        .unwrap();
    let report = run.report;
    let finding = report
        .findings
        .iter()
        .find(|f| f.check == "parts_vs_total")
        .unwrap();
    assert!(finding.message.contains("= 112"), "{}", finding.message);
    assert!(finding.message.contains("113"));
    assert_eq!(finding.severity, Severity::Info);
    assert_eq!(finding.sources.len(), 6);
}

#[test]
fn outputs_carry_every_fact_with_its_source() {
    let report = sample_report();
    let csv = report.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap(), CSV_COLUMNS.as_slice());
    let column = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let sources: usize = report.facts.iter().map(|f| f.sources.len().max(1)).sum();
    // A conflict's claims that were set aside have their rows too: no figure is left out.
    let set_aside: usize = report
        .conflicts
        .iter()
        .flat_map(|c| {
            c.candidates
                .iter()
                .enumerate()
                .filter(move |(i, _)| *i != c.chosen)
        })
        .map(|(_, f)| f.sources.len().max(1))
        .sum();
    assert!(set_aside > 0, "the sample has a conflict");
    assert_eq!(rows.len(), sources + set_aside);
    let marked = |status: &str| {
        rows.iter()
            .filter(|r| &r[column("conflict")] == status)
            .count()
    };
    assert_eq!(marked("set_aside"), set_aside);
    assert!(marked("kept") >= report.conflicts.len());
    // Periods as ISO dates that every tool parses; the sentence beside each figure.
    let year_2023 = rows
        .iter()
        .find(|r| &r[column("period")] == "2023")
        .unwrap();
    assert_eq!(&year_2023[column("period_start")], "2023-01-01");
    assert_eq!(&year_2023[column("period_end")], "2023-12-31");
    for row in rows.iter().filter(|r| !r[column("document")].is_empty()) {
        assert!(!row[column("evidence")].is_empty(), "{row:?}");
    }
    let json: serde_json::Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
    assert_eq!(json["facts"].as_array().unwrap().len(), report.facts.len());
    let html = report.to_html();
    assert!(html.contains("<svg") && html.contains("Thái Bình"));
    // Self-contained: no script, stylesheet or image is fetched.
    assert!(!html.contains("src=") && !html.contains("<link"));
    let md = report.to_markdown();
    assert!(md.contains("| Hưng Yên | 2024 | 352 |"), "{md}");
}
