//! From many reports to one sourced picture: a [`Store`] of observations, reconciled into
//! facts and conflicts; derived facts marked with their inputs; checks with findings; roll-ups
//! into post-2025 units and the nation with their coverage; and a [`Report`] written as CSV,
//! JSON, Markdown or HTML with SVG charts.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vncoop_model::{Area, Indicator, Observation, Period, Unit};
//! use vncoop_stats::{Report, Store};
//!
//! let count = |v: i64, doc: &str| {
//!     let mut o = Observation::new(Indicator::Cooperatives, Decimal::from(v), Unit::Count)
//!         .with_period(Some(Period::Year(2023)));
//!     o.area = Area::National;
//!     o.provenance.document = doc.into();
//!     o
//! };
//! let mut store = Store::new();
//! store.add("a", None, [count(464, "a")]);
//! store.add("b", None, [count(466, "b")]);
//! let report = Report::from(store);
//! assert_eq!(report.conflicts.len(), 1);
//! assert_eq!(report.conflicts[0].candidates.len(), 2);
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod arith;
mod check;
mod derive;
mod evidence;
mod map;
mod report;
mod rollup;
mod series;
mod sources;
mod store;
mod summary;

pub use check::{check, Finding, Severity};
pub use derive::derive;
pub use report::{Report, CSV_COLUMNS, FACT_COLUMNS};
pub use rollup::{by_successor, national, weighted_average, RollUp};
pub use sources::{SourceLog, Sources};
pub use store::{Conflict, Derivation, Fact, Key, Reconciled, Resolution, Store};
pub use summary::{figure_text, summary_rows, SummaryCell, SummaryRow, SUMMARY_INDICATORS};
