//! The `numeral` suite: each record's input must read as its expected number.

use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;
use vncoop::text::{parse_number, scan_numbers, Lang};

use crate::jsonl::{cases, Phrase};
use crate::score::Scores;

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for case in cases(path, &["numeral"], &mut scores)? {
        let (record, lang_code, lang) = (&case.record, case.lang_code.as_str(), case.lang);
        let input = case.text("input");
        if let Some(reason) = out_of_scope(input) {
            scores.skip(lang_code, reason);
            continue;
        }
        let expected = record.pointer("/expected/value").and_then(expected_decimal);
        let got = read(input, lang);
        scores.record(lang_code, expected.is_some() && got == expected, || {
            format!("numeral {lang_code} {input:?}: expected {expected:?}, got {got:?}")
        });
    }
    Ok(scores)
}

/// The number a phrase reads as: the whole phrase if it is one number, else its longest number.
pub fn read(input: &str, lang: Lang) -> Option<Decimal> {
    if let Ok(value) = parse_number(input, lang) {
        return Some(value);
    }
    let normalized = vncoop::text::normalize(input);
    scan_numbers(normalized.as_str(), lang)
        .into_iter()
        .max_by_key(|m| m.span.len())
        .map(|m| m.value)
}

pub fn expected_decimal(value: &Value) -> Option<Decimal> {
    let text = match value {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    Decimal::from_scientific(&text)
        .or_else(|_| text.parse::<Decimal>())
        .ok()
        .map(|d| d.normalize())
}

/// Phrases outside what cooperative reports write, with the reason (see docs/conformance.md).
fn out_of_scope(input: &str) -> Option<&'static str> {
    let phrase = Phrase::new(input);
    let words = phrase.words();
    let has = |list: &[&str]| phrase.has_any(list);
    if has(&[
        "lakh", "lakhs", "lkh", "lkhs", "lac", "l", "crore", "crores", "cr", "koti", "kr", "krores",
    ]) {
        return Some("South Asian lakh/crore scale");
    }
    if has(&["few", "couple", "pair", "single"]) {
        return Some("vague or idiomatic quantity");
    }
    if input.contains('/') {
        return Some("fraction; in Vietnamese text d/m is a date");
    }
    if words.len() == 3 && words[0] == "one" && words[1].ends_with("ty") {
        return Some("colloquial digit-pair reading (one twenty two)");
    }
    None
}
