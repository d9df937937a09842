//! The `money` suite: each record's input must hold an amount with the expected value, bounds
//! and currency. Scored per language over every case in scope, and again for the dong cases
//! alone (`LANG-vnd`): every currency must be told apart, and only dong read as dong.

use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;
use vncoop::money::{scan_money, Amount, Currency, MoneyMention};
use vncoop::text::normalize;

use crate::jsonl::cases;
use crate::numeral::expected_decimal;
use crate::score::Scores;

/// What the peer expects: a currency, and the power of ten its values are written in ("Cent":
/// hundredths of a dollar).
struct Expected {
    currency: Currency,
    exponent: u32,
}

/// The peer's currency name as an ISO 4217 currency. The peer names some currencies by family:
/// a dollar is the US dollar and a pound the pound sterling (as the scanner reads "$" and
/// "pound"); a dinar, riyal or rial without its country is no one currency.
fn expected_currency(name: Option<&str>, kind: &str) -> Result<Expected, &'static str> {
    let whole = |currency| {
        Ok(Expected {
            currency,
            exponent: 0,
        })
    };
    match name {
        Some("Dollar" | "Unnamed") => whole(Currency::USD),
        Some("Pound") => whole(Currency::GBP),
        Some("Cent") => Ok(Expected {
            currency: Currency::USD,
            exponent: 2,
        }),
        Some("Dinar" | "Riyal" | "Rial") => {
            Err("a currency family without its country (dinar, riyal, rial)")
        }
        Some(code) => Currency::from_code(code)
            .map(|c| Expected {
                currency: c,
                exponent: 0,
            })
            .ok_or("a currency name the peer uses that is no ISO 4217 code"),
        None if kind == "negative" => whole(Currency::USD),
        None => Err("no currency expected"),
    }
}

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for case in cases(path, &["money"], &mut scores)? {
        let (record, lang_code, lang) = (&case.record, case.lang_code.as_str(), case.lang);
        let input = case.text("input");
        let expected = &record["expected"];
        let kind = expected.get("kind").and_then(Value::as_str).unwrap_or("");
        if record.get("latent").and_then(Value::as_bool) == Some(true) {
            scores.skip(
                lang_code,
                "latent: a bare number with no currency is no amount of money",
            );
            continue;
        }
        let want = match expected_currency(expected.get("currency").and_then(Value::as_str), kind) {
            Ok(want) => want,
            Err(reason) => {
                scores.skip(lang_code, reason);
                continue;
            }
        };
        let found = scan_money(normalize(input).as_str(), lang);
        let best = found.iter().max_by_key(|m| m.span.len());
        let passed = match kind {
            "negative" => found.is_empty(),
            _ => best.is_some_and(|m| matches(m, expected, &want)),
        };
        let failure =
            || format!("money {lang_code} {input:?}: expected {kind} {expected}, got {best:?}");
        if want.currency == Currency::VND {
            // Counted in the dong group too; the failure is listed once, under its language.
            scores.tally(&format!("{lang_code}-vnd"), passed);
        }
        scores.record(lang_code, passed, failure);
    }
    Ok(scores)
}

fn field(expected: &Value, key: &str) -> Option<Decimal> {
    expected.get(key).and_then(expected_decimal)
}

fn matches(found: &MoneyMention, expected: &Value, want: &Expected) -> bool {
    if found.currency != want.currency {
        return false;
    }
    let kind = expected.get("kind").and_then(Value::as_str).unwrap_or("");
    // Hundredths written as cents: 10 cents is 0.10 dollars.
    let same = |d: Decimal, key: &str| {
        d.checked_mul(Decimal::from(10u64.pow(want.exponent)))
            .is_some_and(|d| Some(d.normalize()) == field(expected, key))
    };
    match (kind, found.amount) {
        ("exact", Amount::Exact { value } | Amount::About { value }) => same(value, "value"),
        ("interval", Amount::Range { min, max }) => same(min, "min") && same(max, "max"),
        ("under", Amount::Under { value } | Amount::AtMost { value }) => same(value, "max"),
        ("above", Amount::Over { value } | Amount::AtLeast { value }) => same(value, "min"),
        _ => false,
    }
}
