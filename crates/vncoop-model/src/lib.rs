//! The collective economy as types. So far: Vietnam's provincial units before and after the
//! merger of 1 July 2025 (63 -> 34), with name resolution on a date.
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
mod provinces;

pub use error::ModelError;
pub use provinces::{geography, Geography, OldUnit, Resolved, Unit, UnitType, MERGER_DATE};
