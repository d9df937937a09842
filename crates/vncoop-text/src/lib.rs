//! Text for vncoop: the Vietnamese, English and Indonesian of cooperative reports made uniform,
//! with every number, language, sentence and place name traced to its bytes.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vncoop_text::{detect_language, normalize, scan_numbers, sentences, Lang};
//!
//! let report = "Tỉnh Thái Bình có 464 HTX.\u{00A0}Doanh thu bình quân đạt 3,825 tỷ đồng.";
//! let text = normalize(report);
//! assert_eq!(detect_language(text.as_str()).lang, Some(Lang::Vi));
//! assert_eq!(sentences(text.as_str()).len(), 2);
//! let numbers = scan_numbers(text.as_str(), Lang::Vi);
//! assert_eq!(numbers[1].value, Decimal::new(3_825_000_000, 0));
//! // Spans map back to the original bytes.
//! assert_eq!(&report[text.original_range(numbers[0].span.clone())], "464");
//! ```
//!
//! - [`normalize`]: NFC, one tone-mark placement, ASCII spaces, dashes and quotes, with a
//!   [`SpanMap`] back to the original.
//! - [`fold`]: lower case without diacritics, for matching.
//! - [`decode`] / [`detect_encoding`] / [`decode_detected`]: UTF-8, UTF-16, TCVN3, VNI and VISCII
//!   to Unicode; binary data and bytes no encoding explains are errors, damaged UTF-8 is counted.
//! - [`scan_numbers`] / [`parse_number`] / [`read_digits`]: exact numbers in each locale.
//! - [`detect_language`]: vi, en or id, with a confidence.
//! - [`sentences`]: sentence spans.
//! - [`Gazetteer`]: accent- and case-insensitive name matching with spans.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod decoding;
mod error;
mod fold;
mod gazetteer;
mod lang;
mod legacy;
mod legacy_tables;
mod normalize;
mod numbers;
mod sentences;
pub mod vietnamese;

pub use decoding::{decode_detected, detect_encoding, Detection};
pub use error::TextError;
pub use fold::{fold, fold_with_offsets, lower_in_place, Folded};
pub use gazetteer::{Gazetteer, GazetteerBuilder, Mention};
pub use lang::{detect_language, Lang, LangGuess};
pub use legacy::{decode, encode, Encoding};
pub use normalize::{
    normalize, normalize_with, NormalizeOptions, Normalized, SpanMap, TonePlacement,
};
pub use numbers::{
    format_decimal, group_digits, hedge_after, hedge_before, numbers_in, parse_number, read_digits,
    scan_numbers, Hedge, Literal, NumberMatch, NumberScan, Reading,
};
pub use sentences::sentences;
