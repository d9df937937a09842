//! Digits as written: grouping marks, decimal marks and the language that decides between them.

use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::TextError;
use crate::lang::Lang;

/// How the separators of a number written in digits were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Reading {
    /// Digits only.
    Plain,
    /// The separators group thousands ("570,286" in English, "18.930" in Indonesian).
    Grouped,
    /// A decimal mark, possibly with grouping ("1,7" in Vietnamese, "3.832,276").
    Decimal,
}

/// A number in digits, read exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Literal {
    /// The value.
    pub value: Decimal,
    /// How the separators were read.
    pub reading: Reading,
    /// True when the other convention would read the same digits differently and nothing but the
    /// language decided: one separator followed by exactly three digits ("1.263" is 1263 in
    /// Vietnamese but 1.263 in English), or a decimal mark of the other convention ("1.5" in
    /// Vietnamese text).
    pub ambiguous: bool,
}

/// Reads digits with `.`, `,` or space separators, as `lang` writes them.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_text::{read_digits, Lang};
/// assert_eq!(read_digits("570,286", Lang::En)?.value, Decimal::from(570_286));
/// assert_eq!(read_digits("18.930", Lang::Id)?.value, Decimal::from(18_930));
/// assert_eq!(read_digits("1,7", Lang::Vi)?.value, Decimal::new(17, 1));
/// assert_eq!(read_digits("3.832,276", Lang::Id)?.value, Decimal::new(3_832_276, 3));
/// assert!(read_digits("1,234.567,8", Lang::En).is_err());
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn read_digits(raw: &str, lang: Lang) -> Result<Literal, TextError> {
    let conflicting = || TextError::ConflictingSeparators {
        input: raw.to_string(),
    };
    let bad_grouping = || TextError::BadGrouping {
        input: raw.to_string(),
    };
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (at, c) in raw.char_indices() {
        if !c.is_ascii_digit() {
            if !matches!(c, '.' | ',' | ' ') {
                return Err(TextError::NoNumber {
                    input: raw.to_string(),
                });
            }
            groups.push(&raw[start..at]);
            seps.push(c);
            start = at + 1;
        }
    }
    groups.push(&raw[start..]);
    if groups.iter().skip(1).any(|g| g.is_empty()) || groups.iter().all(|g| g.is_empty()) {
        return Err(TextError::NoNumber {
            input: raw.to_string(),
        });
    }
    let has_dot = seps.contains(&'.');
    let has_comma = seps.contains(&',');
    // Which separator, if any, is the decimal mark.
    let (decimal_mark, ambiguous): (Option<char>, bool) = if seps.is_empty() {
        (None, false)
    } else if has_dot && has_comma {
        let last = seps[seps.len() - 1];
        if seps.iter().filter(|&&s| s == last).count() > 1 {
            return Err(conflicting());
        }
        (Some(last), last != lang.decimal_mark())
    } else if seps.len() > 1 {
        if seps.iter().any(|&s| s != seps[0]) {
            return Err(conflicting()); // space mixed with a mark
        }
        (None, seps[0] != ' ' && seps[0] != lang.group_mark())
    } else {
        let sep = seps[0];
        let after = groups[1].len();
        let first = groups[0];
        let can_group =
            after == 3 && !first.is_empty() && first.len() <= 3 && !first.starts_with('0');
        if sep == ' ' {
            (None, false)
        } else if sep == lang.decimal_mark() {
            (Some(sep), can_group)
        } else if can_group {
            (None, true)
        } else {
            (Some(sep), true)
        }
    };
    let (integer_groups, fraction) = match decimal_mark {
        Some(mark) => {
            let position = seps.iter().rposition(|&s| s == mark).unwrap_or(0);
            (&groups[..=position], Some(groups[position + 1]))
        }
        None => (&groups[..], None),
    };
    if integer_groups.len() > 1 {
        let (first, rest) = (integer_groups[0], &integer_groups[1..]);
        if first.is_empty() || first.len() > 3 || rest.iter().any(|g| g.len() != 3) {
            return Err(bad_grouping());
        }
    }
    let mut digits: String = integer_groups.concat();
    let mut scale = 0u32;
    if let Some(fraction) = fraction {
        digits.push_str(fraction);
        scale = u32::try_from(fraction.len()).map_err(|_| overflow(raw))?;
    }
    let value = Decimal::from_str_exact(if digits.is_empty() { "0" } else { &digits })
        .ok()
        .and_then(|mut v| v.set_scale(scale).ok().map(|()| v))
        .ok_or_else(|| overflow(raw))?;
    let reading = match (decimal_mark, seps.is_empty()) {
        (Some(_), _) => Reading::Decimal,
        (None, true) => Reading::Plain,
        (None, false) => Reading::Grouped,
    };
    Ok(Literal {
        value: value.normalize(),
        reading,
        ambiguous,
    })
}

pub(crate) fn overflow(input: &str) -> TextError {
    TextError::Overflow {
        input: input.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(raw: &str, lang: Lang) -> String {
        read_digits(raw, lang)
            .map(|l| l.value.to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn conventions() {
        assert_eq!(value("570,286", Lang::En), "570286");
        assert_eq!(value("570.286", Lang::Vi), "570286");
        assert_eq!(value("3,825", Lang::Vi), "3.825");
        assert_eq!(value("1.7", Lang::En), "1.7");
        assert_eq!(value("1.5", Lang::Vi), "1.5");
        assert_eq!(value("0,77", Lang::En), "0.77");
        assert_eq!(value(",77", Lang::Vi), "0.77");
        assert_eq!(value("1.200.000", Lang::Id), "1200000");
        assert_eq!(value("68.013,075", Lang::Vi), "68013.075");
        assert_eq!(value("100,000.0", Lang::En), "100000");
        assert_eq!(value("570 286", Lang::En), "570286");
        assert_eq!(value("01,10", Lang::Vi), "1.1");
    }

    #[test]
    fn errors() {
        assert!(value("1,234.567,8", Lang::En).starts_with("error: conflicting"));
        assert!(value("1.23.456", Lang::Vi).starts_with("error: bad digit grouping"));
        assert!(value("99999999999999999999999999999999", Lang::En)
            .starts_with("error: number out of range"));
        assert!(value("", Lang::En).starts_with("error"));
    }

    #[test]
    fn ambiguity_is_reported() {
        assert!(read_digits("1.263", Lang::Vi).unwrap().ambiguous);
        assert!(!read_digits("1,7", Lang::Vi).unwrap().ambiguous);
        assert!(!read_digits("1.200.000", Lang::Vi).unwrap().ambiguous);
        assert!(read_digits("1.5", Lang::Vi).unwrap().ambiguous);
    }
}
