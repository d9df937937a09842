//! The `format` suite: CLDR's formatting of dong (`format_vnd`) and of plain decimals
//! (`format_decimal`), compared byte for byte.

use std::path::Path;

use rust_decimal::Decimal;
use vncoop::money::{format_vnd, Style, Vnd};
use vncoop::text::format_decimal;

use crate::jsonl::{cases, text};
use crate::score::Scores;

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for case in cases(path, &["format_vnd", "format_decimal"], &mut scores)? {
        let (record, lang_code, lang) = (&case.record, case.lang_code.as_str(), case.lang);
        let amount = text(record, "amount");
        let expected = text(record, "expected");
        let Ok(value) = amount.parse::<Decimal>() else {
            return Err(format!("bad amount {amount:?}"));
        };
        let got = match text(record, "dimension") {
            "format_vnd" => format_vnd(Vnd::new(value), lang, Style::Cldr),
            _ => format_decimal(value, lang),
        };
        scores.record(lang_code, got == expected, || {
            format!("format {lang_code} {amount}: expected {expected:?}, got {got:?}")
        });
    }
    Ok(scores)
}
