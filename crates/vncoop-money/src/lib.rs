//! Exact Vietnamese dong: the [`Vnd`] type, money mentions in Vietnamese, English and Indonesian
//! text, and formatting in each language.
//!
//! ```
//! use vncoop_money::{format_vnd, scan_money, Amount, Style, Vnd};
//! use vncoop_text::Lang;
//!
//! let found = scan_money("Doanh thu bình quân đạt 3,825 tỷ đồng/HTX/năm", Lang::Vi);
//! let revenue = found[0].vnd().map(|a| a.value());
//! assert_eq!(revenue, Some(Vnd::from_dong(3_825_000_000)));
//! assert_eq!(format_vnd(Vnd::from_dong(3_825_000_000), Lang::En, Style::Words), "VND 3.825 billion");
//! let parsed: Vnd = "VND 3,825,000,000".parse()?;
//! assert_eq!(Some(parsed), revenue);
//! # Ok::<(), vncoop_money::MoneyError>(())
//! ```
//!
//! Dong are never `f64`: every amount is a [`rust_decimal::Decimal`], arithmetic is checked, and
//! amounts in any other currency are recognised as themselves (a typed ISO 4217 [`Currency`]:
//! "€5 million", "500 triệu yên", "RM42", "42 BGN") and never read as dong.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod amount;
mod currency;
mod error;
mod format;
mod parse;
mod scan;
mod units;
mod vnd;

pub use amount::Amount;
pub use currency::Currency;
pub use error::MoneyError;
pub use format::{format_vnd, Formatter, Style};
pub use parse::{parse_vnd, parse_vnd_any};
pub use scan::{scan_money, scan_money_in, MoneyMention};
pub use units::Per;
pub use vnd::Vnd;

/// The exact decimal amounts are held in (re-exported from `rust_decimal`).
pub use rust_decimal::Decimal;
/// The language money is written in (re-exported from `vncoop-text`).
pub use vncoop_text::Lang;
