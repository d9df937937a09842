//! The collective economy as types: legal forms under the cooperative laws of 2012 and 2023,
//! sectors, OCOP ratings, Vietnam's provinces before and after the merger of 1 July 2025 with
//! their districts (before) and communes (after), the
//! indicator vocabulary, and [`Observation`], one figure from one report with its provenance.
//!
//! ```
//! use chrono::NaiveDate;
//! use vncoop_model::geography;
//!
//! let after = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
//! let resolved = geography().resolve("Thai Binh province", after)?;
//! assert_eq!(resolved.unit.name_vi, "Hưng Yên");
//! assert_eq!(resolved.predecessor.map(|p| p.name_vi.as_str()), Some("Thái Bình"));
//! # Ok::<(), vncoop_model::ModelError>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod indicator;
mod legal_form;
mod local;
mod names;
mod observation;
mod ocop;
mod period;
mod provinces;
mod sector;

pub use error::ModelError;
pub use indicator::{Indicator, Unit};
pub use legal_form::{CooperativeLaw, LegalForm};
pub use local::{
    local_units, LocalLevel, LocalMention, LocalUnit, LocalUnits, TYPE_WORDS_AFTER,
    TYPE_WORDS_BEFORE,
};
pub use observation::{Area, Era, Kind, Observation, Provenance, Qualifier, Scope};
pub use ocop::{
    certificate_valid_until, OcopRules, ProductGroup, RatingLevel, Score, StarScope, Stars,
    CERTIFICATE_MONTHS,
};
pub use period::Period;
pub use provinces::{
    geography, Geography, OldUnit, ProvinceMention, Resolved, Unit as ProvinceUnit, UnitType,
    MERGER_DATE,
};
pub use sector::Sector;
