//! The stats chain from extracted text: reconcile, derive, check, roll up and write.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::extract::{extract, Document};
use vncoop::stats::{Report, Store};

fuzz_target!(|text: &str| {
    let mut store = Store::new();
    for (i, part) in text.split("\n\n").enumerate() {
        let found = extract(&Document::new(format!("d{i}"), part));
        store.add(&format!("d{i}"), found.published, found.observations);
    }
    let report = Report::from(store);
    let _ = report.to_csv();
    let _ = report.to_json();
    let _ = report.to_markdown();
    let _ = report.to_html();
});
