//! Extraction on any text: every observation points into the text it came from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::extract::{extract, Document};

fuzz_target!(|text: &str| {
    let found = extract(&Document::new("fuzz", text));
    for o in &found.observations {
        assert!(text.get(o.provenance.span.clone()).is_some());
    }
    for d in &found.diagnostics {
        assert!(d.span.end <= text.len());
    }
});
