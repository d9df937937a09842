//! Writing dong in Vietnamese, English and Indonesian.

use rust_decimal::{Decimal, RoundingStrategy};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use vncoop_text::{format_decimal, Lang};

use crate::vnd::Vnd;

/// How to write an amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Style {
    /// Every digit: "1.263.000.000.000 ₫", "VND 1,263,000,000,000", "1.263.000.000.000 VND".
    #[default]
    Full,
    /// Scale words up to a billion, as reports write them: "1.263 tỷ đồng", "VND 1,263 billion",
    /// "1.263 miliar VND".
    Words,
    /// Scale words up to a trillion with the ₫ sign: "1,263 nghìn tỷ ₫", "₫1.263 trillion",
    /// "₫1,263 triliun".
    Compact,
    /// CLDR's standard currency pattern, as most software writes it: "1.263.000.000.000 ₫"
    /// (with a no-break space) in vi, "₫1.263.000.000.000" in id, "₫1,263,000,000,000" in en.
    Cldr,
}

/// A configured formatter.
///
/// By default amounts are written exactly: every significant digit is kept, so
/// `parse_vnd(format(x)) == x`. [`Formatter::fraction_digits`] rounds the written number
/// (after scaling to millions, billions...) half away from zero.
///
/// ```
/// use vncoop_money::{Formatter, Style, Vnd};
/// use vncoop_text::Lang;
/// let v = Vnd::from_dong(3_825_400_000);
/// assert_eq!(Formatter::new(Lang::Vi, Style::Words).format(v), "3,8254 tỷ đồng");
/// assert_eq!(Formatter::new(Lang::En, Style::Words).fraction_digits(1).format(v), "VND 3.8 billion");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formatter {
    lang: Lang,
    style: Style,
    fraction_digits: Option<u32>,
}

impl Formatter {
    /// A formatter for `lang` in `style`, exact.
    #[must_use]
    pub fn new(lang: Lang, style: Style) -> Self {
        Formatter {
            lang,
            style,
            fraction_digits: None,
        }
    }

    /// Rounds the written number to at most `digits` fraction digits, half away from zero.
    #[must_use]
    pub fn fraction_digits(mut self, digits: u32) -> Self {
        self.fraction_digits = Some(digits);
        self
    }

    /// Writes `amount`.
    #[must_use]
    pub fn format(&self, amount: Vnd) -> String {
        let dong = amount.dong();
        let (scaled, scale_word) = match self.style {
            Style::Full | Style::Cldr => (dong, None),
            Style::Words => scale(dong, self.lang, 9),
            Style::Compact => scale(dong, self.lang, 12),
        };
        let scaled = match self.fraction_digits {
            Some(digits) => {
                scaled.round_dp_with_strategy(digits, RoundingStrategy::MidpointAwayFromZero)
            }
            None => scaled,
        };
        let number = format_decimal(scaled, self.lang);
        let scaled_number = match scale_word {
            Some(word) => format!("{number} {word}"),
            None => number,
        };
        match (self.style, self.lang) {
            (Style::Full, Lang::Vi) => format!("{scaled_number} ₫"),
            (Style::Full | Style::Words, Lang::En) => format!("VND {scaled_number}"),
            (Style::Full | Style::Words, Lang::Id) => format!("{scaled_number} VND"),
            (Style::Words, Lang::Vi) => format!("{scaled_number} đồng"),
            (Style::Compact, Lang::Vi) => format!("{scaled_number} ₫"),
            (Style::Compact, _) => format!("₫{scaled_number}"),
            (Style::Cldr, Lang::Vi) => format!("{scaled_number}\u{00A0}₫"),
            (Style::Cldr, _) => format!("₫{scaled_number}"),
        }
    }
}

/// Writes `amount` in `lang` and `style`, exactly. See [`Formatter`].
///
/// ```
/// use vncoop_money::{format_vnd, Style, Vnd};
/// use vncoop_text::Lang;
/// let v = Vnd::from_dong(1_263_000_000_000);
/// assert_eq!(format_vnd(v, Lang::Vi, Style::Full), "1.263.000.000.000 ₫");
/// assert_eq!(format_vnd(v, Lang::En, Style::Full), "VND 1,263,000,000,000");
/// assert_eq!(format_vnd(v, Lang::Vi, Style::Words), "1.263 tỷ đồng");
/// assert_eq!(format_vnd(v, Lang::En, Style::Words), "VND 1,263 billion");
/// assert_eq!(format_vnd(v, Lang::Id, Style::Words), "1.263 miliar VND");
/// assert_eq!(format_vnd(v, Lang::En, Style::Compact), "₫1.263 trillion");
/// ```
#[must_use]
pub fn format_vnd(amount: Vnd, lang: Lang, style: Style) -> String {
    Formatter::new(lang, style).format(amount)
}

/// Divides by the largest scale (up to 10^`max_exponent`) the amount reaches.
fn scale(dong: Decimal, lang: Lang, max_exponent: u32) -> (Decimal, Option<&'static str>) {
    let words: [(u32, &str); 4] = match lang {
        Lang::Vi => [(12, "nghìn tỷ"), (9, "tỷ"), (6, "triệu"), (3, "nghìn")],
        Lang::En => [
            (12, "trillion"),
            (9, "billion"),
            (6, "million"),
            (3, "thousand"),
        ],
        Lang::Id => [(12, "triliun"), (9, "miliar"), (6, "juta"), (3, "ribu")],
    };
    for (exponent, word) in words {
        if exponent > max_exponent {
            continue;
        }
        let unit = Decimal::from_i128_with_scale(10i128.pow(exponent), 0);
        if dong.abs() >= unit {
            if let Some(scaled) = dong.checked_div(unit) {
                return (scaled.normalize(), Some(word));
            }
        }
    }
    (dong, None)
}
