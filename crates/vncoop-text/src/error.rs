//! The crate's one error type.

use thiserror::Error;

/// Everything that can go wrong in vncoop-text. Messages quote the input and say what was
/// expected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TextError {
    /// The input held no number where one was expected.
    #[error("no number in {input:?}")]
    NoNumber {
        /// The text that was read.
        input: String,
    },
    /// A number was found but text was left over.
    #[error("unexpected text {rest:?} after the number in {input:?}")]
    TrailingText {
        /// The text that was read.
        input: String,
        /// What was left.
        rest: String,
    },
    /// Both `.` and `,` appear in a way no locale writes (for example "1,234.567,8").
    #[error("conflicting separators in {input:?}: grouping and decimal marks are mixed")]
    ConflictingSeparators {
        /// The digits as written.
        input: String,
    },
    /// Digit groups of the wrong size ("1.23.456").
    #[error("bad digit grouping in {input:?}: groups after the first must have three digits")]
    BadGrouping {
        /// The digits as written.
        input: String,
    },
    /// The value does not fit in an exact decimal (about 7.9e28).
    #[error("number out of range in {input:?}")]
    Overflow {
        /// The text that was read.
        input: String,
    },
    /// A language code other than vi, en or id.
    #[error("unknown language {input:?}: expected vi, en or id")]
    UnknownLanguage {
        /// The code given.
        input: String,
    },
    /// An encoding name that is not supported.
    #[error("unknown encoding {input:?}: expected utf-8, tcvn3, vni or viscii")]
    UnknownEncoding {
        /// The name given.
        input: String,
    },
    /// Bytes that are not valid in the encoding they were declared to be in.
    #[error("invalid {encoding} at byte {offset}")]
    InvalidBytes {
        /// The encoding.
        encoding: &'static str,
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// Bytes that are binary data, not text.
    #[error("binary data, not text: {hint} at byte {offset}")]
    Binary {
        /// Where the first offending byte is.
        offset: usize,
        /// What was found ("NUL byte", "control bytes", "UTF-16 without a byte-order mark?").
        hint: &'static str,
    },
    /// Bytes that are not UTF-8 and that no legacy Vietnamese encoding reads as Vietnamese.
    #[error("not UTF-8 ({damaged} invalid sequences) and no legacy Vietnamese encoding reads it as Vietnamese (best: {best})")]
    UnknownBytes {
        /// Invalid UTF-8 sequences.
        damaged: usize,
        /// The legacy encoding that came closest.
        best: &'static str,
    },
    /// The gazetteer could not be built.
    #[error("gazetteer could not be built: {0}")]
    Gazetteer(String),
}
