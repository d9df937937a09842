//! Numbers in text, read exactly: digits in each locale's convention, percentages, ranges, scale
//! words, mixed forms ("5 tỷ 300 triệu") and number words in Vietnamese, English and Indonesian.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vncoop_text::{scan_numbers, Lang};
//! let found = scan_numbers("Tăng 7,7% so với năm 2022, doanh thu 5 tỷ 300 triệu đồng", Lang::Vi);
//! assert_eq!(found[0].value, Decimal::new(77, 1));
//! assert!(found[0].percent);
//! assert_eq!(found[2].value, Decimal::from(5_300_000_000u64));
//! ```

mod format;
mod hedge;
mod lexer;
mod literal;
mod scan;
mod words;

pub use format::{format_decimal, group_digits};
pub use hedge::{hedge_after, hedge_before, Hedge};
pub use literal::{read_digits, Literal, Reading};
pub use scan::{numbers_in, parse_number, scan_numbers, NumberMatch, NumberScan};
