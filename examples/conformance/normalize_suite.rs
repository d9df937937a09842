//! The `normalize` suite: NFC plus tone-mark placement, in both placements.

use std::path::Path;

use vncoop::text::{normalize, normalize_with, NormalizeOptions, TonePlacement};

use crate::jsonl::{records, text};
use crate::score::Scores;

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    let modern = NormalizeOptions {
        tone_placement: TonePlacement::Modern,
    };
    for record in records(path, &["normalize"])? {
        let input = text(&record, "input");
        let lang = text(&record, "lang");
        let expected = text(&record, "expected");
        let expected_modern = record.get("expected_new_style").and_then(|v| v.as_str());
        let got = normalize(input).into_string();
        let got_modern = normalize_with(input, modern).into_string();
        let passed = got == expected && expected_modern.is_none_or(|m| got_modern == m);
        scores.record(lang, passed, || {
            format!("normalize {lang} {input:?}: expected {expected:?}/{expected_modern:?}, got {got:?}/{got_modern:?}")
        });
    }
    Ok(scores)
}
