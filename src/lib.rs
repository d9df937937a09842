//! vncoop: exact, sourced statistics from reports on Vietnam's collective economy.
//!
//! This facade re-exports the workspace crates under short names:
//!
//! - [`text`]: normalization, folding, legacy encodings, exact numbers, language id, sentences,
//!   gazetteer matching ([`vncoop_text`]).
//! - [`model`]: provinces across the 2025 merger ([`vncoop_model`]).
//! - [`money`]: exact dong ([`vncoop_money::Vnd`]), money mentions, formatting ([`vncoop_money`]).
//! - [`extract`]: report text to observations, each traced to its span and rule
//!   ([`vncoop_extract`]).
//! - [`stats`]: reconcile, derive, check, roll up; CSV, JSON, Markdown, HTML ([`vncoop_stats`]).
//! - [`pipeline`]: the whole run over files or bytes, in parallel, with an account of every input.
//! - [`output`]: a report's files written into a folder, all or nothing.
//!
//! ```
//! use vncoop::text::{parse_number, Lang};
//! assert_eq!(parse_number("570,286", Lang::En)?.to_string(), "570286");
//! # Ok::<(), vncoop::text::TextError>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "parquet")]
mod columnar;
mod left_out;
pub mod output;
pub mod pipeline;
mod report_json;

pub use vncoop_extract as extract;
pub use vncoop_model as model;
pub use vncoop_money as money;
pub use vncoop_stats as stats;
pub use vncoop_text as text;

/// The calendar date of periods, publication dates and the 2025 merger (re-exported from
/// `chrono`).
pub use chrono::NaiveDate;
/// The exact decimal every value is held in (re-exported from `rust_decimal`).
pub use rust_decimal::Decimal;
/// The language of a text, which every reader takes.
pub use vncoop_text::Lang;
