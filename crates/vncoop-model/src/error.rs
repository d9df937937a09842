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
}
