//! Report text to observations: the figures a reader finds in a report on Vietnam's collective
//! economy, typed as [`vncoop_model::Observation`]s with their place, period, scope and hedge,
//! each traced to its byte span, its sentence and the rule that found it. Numbers the rules
//! see but cannot attribute come back as [`Diagnostic`]s with the reason.
//!
//! ```
//! use vncoop_extract::{extract, Document};
//! use vncoop_model::{Indicator, Qualifier};
//!
//! let doc = Document::new("qn", "As of May 2024, Quang Ninh province has over 650 cooperatives and 146 cooperative groups.");
//! let found = extract(&doc);
//! let coops = &found.observations[0];
//! assert_eq!(coops.indicator, Indicator::Cooperatives);
//! assert_eq!(coops.qualifier, Qualifier::Over);
//! assert_eq!(coops.period.as_ref().map(|p| p.to_string()), Some("2024-05".into()));
//! assert_eq!(&doc.text[coops.provenance.span.clone()], "650");
//! assert_eq!(found.observations[1].indicator, Indicator::CooperativeGroups);
//! ```
//!
//! How the rules work and how to add one: `docs/extraction.md`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod context;
mod dates;
mod document;
mod extractor;
mod lexicon;
mod magnitude;
mod modality;
mod places;
mod rules;
mod sentence;
mod shares;
mod stars;
mod tokens;
mod window;

pub use document::{Diagnostic, Document, Extraction, Reason};
pub use extractor::{extract, Extractor};
