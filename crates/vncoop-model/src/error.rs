//! The crate's one error type.

use thiserror::Error;

/// Everything that can go wrong in vncoop-model.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ModelError {
    /// A name that is not a provincial unit (before or after the 2025 merger).
    #[error("{name:?} is not a Vietnamese province or centrally-run city")]
    UnknownProvince {
        /// The name given.
        name: String,
    },
    /// A name outside one of the closed vocabularies (indicator, legal form, sector, unit...).
    #[error("{name:?} is not a known {what}")]
    UnknownName {
        /// Which vocabulary.
        what: &'static str,
        /// The name given.
        name: String,
    },
    /// An OCOP star rating outside 1–5.
    #[error("{0} is not an OCOP star rating (1 to 5)")]
    Stars(i64),
    /// An OCOP score outside 0–100.
    #[error("{0} is not an OCOP score (0 to 100)")]
    Score(String),
    /// A period that is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-H1/H2, YYYY-Q1..Q4 or START/END.
    #[error("{0:?} is not a period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-H1, YYYY-Q1 or START/END)")]
    Period(String),
}
