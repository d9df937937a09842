//! The `money` suite: each record's input must hold an amount with the expected value, bounds
//! and currency. Two groups per language: `LANG-vnd` (amounts in dong) and `LANG-currency`
//! (amounts in dollars or rupiah, which must be recognised and never read as dong).

use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;
use vncoop::money::{scan_money, Amount, Currency, MoneyMention};
use vncoop::text::normalize;

use crate::jsonl::{cases, Phrase};
use crate::numeral::expected_decimal;
use crate::score::Scores;

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for case in cases(path, &["money"], &mut scores)? {
        let (record, lang_code, lang) = (&case.record, case.lang_code.as_str(), case.lang);
        let input = case.text("input");
        let expected = &record["expected"];
        let kind = expected.get("kind").and_then(Value::as_str).unwrap_or("");
        let currency = match expected.get("currency").and_then(Value::as_str) {
            Some("VND") => Currency::Vnd,
            Some("USD" | "Dollar") => Currency::Usd,
            Some("IDR") => Currency::Idr,
            _ if kind == "negative" => Currency::Usd,
            _ => {
                scores.skip(lang_code, "currency other than VND, USD and IDR");
                continue;
            }
        };
        if record.get("latent").and_then(Value::as_bool) == Some(true) {
            scores.skip(lang_code, "latent (bare number, no currency)");
            continue;
        }
        if let Some(reason) = out_of_scope(input) {
            scores.skip(lang_code, reason);
            continue;
        }
        let group = if currency == Currency::Vnd {
            "vnd"
        } else {
            "currency"
        };
        let found = scan_money(normalize(input).as_str(), lang);
        let best = found.iter().max_by_key(|m| m.span.len());
        let passed = match kind {
            "negative" => found.is_empty(),
            _ => best.is_some_and(|m| matches(m, expected, currency)),
        };
        scores.record(&format!("{lang_code}-{group}"), passed, || {
            format!("money {lang_code} {input:?}: expected {kind} {expected}, got {best:?}")
        });
    }
    Ok(scores)
}

fn field(expected: &Value, key: &str) -> Option<Decimal> {
    expected.get(key).and_then(expected_decimal)
}

fn matches(found: &MoneyMention, expected: &Value, currency: Currency) -> bool {
    if found.currency != currency {
        return false;
    }
    let kind = expected.get("kind").and_then(Value::as_str).unwrap_or("");
    let norm = |d: Decimal| d.normalize();
    match (kind, found.amount) {
        ("exact", Amount::Exact { value } | Amount::About { value }) => {
            Some(norm(value)) == field(expected, "value")
        }
        ("interval", Amount::Range { min, max }) => {
            Some(norm(min)) == field(expected, "min") && Some(norm(max)) == field(expected, "max")
        }
        ("under", Amount::Under { value } | Amount::AtMost { value }) => {
            Some(norm(value)) == field(expected, "max")
        }
        ("above", Amount::Over { value } | Amount::AtLeast { value }) => {
            Some(norm(value)) == field(expected, "min")
        }
        _ => false,
    }
}

/// Inputs outside what reports write (see docs/conformance.md).
fn out_of_scope(input: &str) -> Option<&'static str> {
    let phrase = Phrase::new(input);
    let lower = &phrase.lower;
    let has = |list: &[&str]| phrase.has_any(list);
    if has(&["xen", "xu", "cent", "cents", "c", "pennies", "sen"]) || lower.contains('¢') {
        return Some("dollars and cents");
    }
    // "$20 43", "hai đô 23": cents written as a bare number after the dollar amount.
    let digit_groups = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    let has_decimal_mark = lower.contains(['.', ',']) || has(&["point", "chấm", "phẩy", "koma"]);
    if digit_groups >= 2
        && !has_decimal_mark
        && !lower.contains('-')
        && !has(&["và", "and", "dan", "đến", "tới", "to", "sampai", "hingga"])
    {
        return Some("dollars and cents");
    }
    // "US$3 and fourteen", "$20 and 43c": cents after "and" with no currency of their own.
    for joiner in [" and ", " và "] {
        if let Some((_, after)) = lower.split_once(joiner) {
            let currency_after = ["$", "dollar", "đô", "usd", "rupiah", "rp", "đồng", "vnd"]
                .iter()
                .any(|c| after.contains(c));
            if !currency_after && !lower.starts_with("between") && !lower.starts_with("giữa") {
                return Some("dollars and cents");
            }
        }
    }
    if has(&["bucks", "lakh", "lakhs", "crore", "crores"]) {
        return Some("slang or South Asian scale");
    }
    None
}
