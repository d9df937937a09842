//! Reading one amount of dong from a string.

use vncoop_text::{normalize, parse_number, Lang, TextError};

use crate::error::MoneyError;
use crate::scan::scan_money;
use crate::vnd::Vnd;
use crate::Amount;

/// Reads `input` as an exact amount of dong written in `lang`: a number with an optional scale
/// and an optional dong currency word or sign, in any of the forms [`crate::format_vnd`] writes.
/// A bare number is read as dong.
///
/// ```
/// use vncoop_money::{parse_vnd, Vnd};
/// use vncoop_text::Lang;
/// assert_eq!(parse_vnd("1,7 tỷ đồng", Lang::Vi)?, Vnd::from_dong(1_700_000_000));
/// assert_eq!(parse_vnd("VND 1,263 billion", Lang::En)?, Vnd::from_dong(1_263_000_000_000));
/// assert!(parse_vnd("Rp 1,7 miliar", Lang::Id).is_err());
/// assert!(parse_vnd("12 bananas", Lang::En).is_err());
/// # Ok::<(), vncoop_money::MoneyError>(())
/// ```
pub fn parse_vnd(input: &str, lang: Lang) -> Result<Vnd, MoneyError> {
    let normalized = normalize(input);
    let text = normalized.as_str().trim().trim_end_matches('.');
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    let mentions = scan_money(text, lang);
    if let [mention] = mentions.as_slice() {
        if mention.span == (0..text.len()) {
            return match (mention.vnd(), mention.amount) {
                (Some(Amount::Exact { value }), _) => Ok(value),
                (Some(_), _) => Err(MoneyError::NotExact {
                    input: input.to_string(),
                }),
                (None, _) => Err(MoneyError::NotDong {
                    input: input.to_string(),
                    currency: mention.currency,
                }),
            };
        }
    }
    // No currency: a bare number is dong; anything left over is an unknown unit.
    match parse_number(text, lang) {
        Ok(value) => Ok(Vnd::new(value)),
        Err(TextError::TrailingText { rest, .. }) => Err(MoneyError::UnknownUnit {
            input: input.to_string(),
            unit: rest,
        }),
        Err(source) => Err(MoneyError::Number {
            input: input.to_string(),
            source,
        }),
    }
}

/// Reads an amount of dong whose language is not given, as `Vnd::from_str` does.
///
/// Scale and currency words tell the language (tỷ/đồng: vi, billion: en, miliar: id). Without
/// them, every convention is tried; readings that agree, or a single whole-dong reading (dong have
/// no minor unit), win; otherwise the amount is ambiguous.
///
/// ```
/// use vncoop_money::{parse_vnd_any, Vnd};
/// assert_eq!(parse_vnd_any("1.263.000.000 ₫")?, Vnd::from_dong(1_263_000_000));
/// assert_eq!(parse_vnd_any("₫6,284")?, Vnd::from_dong(6_284));
/// assert_eq!(parse_vnd_any("1.000 ₫")?, Vnd::from_dong(1_000));
/// assert_eq!(parse_vnd_any("3,5 tỷ đồng")?, Vnd::from_dong(3_500_000_000));
/// # Ok::<(), vncoop_money::MoneyError>(())
/// ```
pub fn parse_vnd_any(input: &str) -> Result<Vnd, MoneyError> {
    let lower = input.to_lowercase();
    let has = |words: &[&str]| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.contains(&w))
    };
    // The dong sign after the amount is the Vietnamese way ("1.000 ₫", as `Vnd` prints);
    // before it, the international one ("₫6,284").
    let sign_after = input.trim_end().ends_with('₫') && !input.trim_start().starts_with('₫');
    if sign_after || has(&["tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "đ", "vnđ"]) {
        return parse_vnd(input, Lang::Vi);
    }
    if has(&["miliar", "milyar", "juta", "ribu", "triliun"]) {
        return parse_vnd(input, Lang::Id);
    }
    if has(&["billion", "million", "thousand", "trillion"]) {
        return parse_vnd(input, Lang::En);
    }
    let readings: Vec<Result<Vnd, MoneyError>> = [Lang::Vi, Lang::En, Lang::Id]
        .into_iter()
        .map(|lang| parse_vnd(input, lang))
        .collect();
    let mut values: Vec<Vnd> = readings
        .iter()
        .filter_map(|r| r.as_ref().ok().copied())
        .collect();
    values.sort();
    values.dedup();
    let whole: Vec<Vnd> = values.iter().copied().filter(|v| v.is_whole()).collect();
    match (values.as_slice(), whole.as_slice()) {
        ([only], _) | (_, [only]) => Ok(*only),
        ([], _) => readings
            .into_iter()
            .next()
            .unwrap_or(Err(MoneyError::Empty)),
        ([first, second, ..], _) => Err(MoneyError::Ambiguous {
            input: input.to_string(),
            first: first.dong().to_string(),
            second: second.dong().to_string(),
        }),
    }
}
