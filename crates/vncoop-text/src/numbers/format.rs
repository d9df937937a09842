//! Writing exact numbers the way each language writes them.

use rust_decimal::Decimal;

use crate::lang::Lang;

/// Writes `value` with the digit grouping and decimal mark of `lang` (CLDR's convention:
/// "1.263,5" in vi and id, "1,263.5" in en). Trailing fractional zeros are dropped.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_text::{format_decimal, Lang};
/// let value = Decimal::new(12_635, 1);
/// assert_eq!(format_decimal(value, Lang::Vi), "1.263,5");
/// assert_eq!(format_decimal(value, Lang::En), "1,263.5");
/// assert_eq!(format_decimal(Decimal::from(-570_286), Lang::Id), "-570.286");
/// ```
#[must_use]
pub fn format_decimal(value: Decimal, lang: Lang) -> String {
    let plain = value.normalize().to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (integer, fraction) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    out.push_str(sign);
    out.push_str(&group_digits(integer, lang.group_mark()));
    if let Some(fraction) = fraction {
        out.push(lang.decimal_mark());
        out.push_str(fraction);
    }
    out
}

/// Inserts `mark` between groups of three digits, counted from the right.
#[must_use]
pub fn group_digits(digits: &str, mark: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}
