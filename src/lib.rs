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
//! A tour of the five crates, from a sentence to a report:
//!
//! ```
//! use vncoop::extract::{extract, Document};
//! use vncoop::model::{geography, Indicator};
//! use vncoop::money::parse_vnd;
//! use vncoop::stats::{Report, Store};
//! use vncoop::text::parse_number;
//! use vncoop::{Lang, NaiveDate};
//!
//! // text: exact numbers in each language's own writing.
//! assert_eq!(parse_number("570.286", Lang::Vi)?.to_string(), "570286");
//! // money: exact dong.
//! assert_eq!(parse_vnd("1,7 tỷ đồng", Lang::Vi)?.to_string(), "1.700.000.000 ₫");
//! // model: provinces on a date, across the 2025 merger.
//! let day = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap_or_default();
//! let province = geography().resolve("Thái Bình", day)?;
//! assert_eq!(province.unit.name_vi, "Hưng Yên"); // merged into Hưng Yên on 1 July 2025
//! // extract: figures of a report, each with its sentence and rule.
//! let found = extract(&Document::new("r.txt", "Năm 2023, tỉnh Thái Bình có 464 hợp tác xã."));
//! let figure = &found.observations[0];
//! assert_eq!((figure.indicator, figure.value.to_string()), (Indicator::Cooperatives, "464".into()));
//! assert_eq!(figure.provenance.rule.as_ref(), "vi.count.noun_after");
//! // stats: reports reconciled into facts.
//! let mut store = Store::new();
//! store.add("r.txt", None, found.observations);
//! assert_eq!(Report::from(store).facts.len(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
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
