//! Amounts with their hedge: exact, about, over, at least, under, at most, or a range.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use vncoop_text::Hedge;

/// A quantity as a report states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Amount<T> {
    /// Stated without hedge.
    Exact {
        /// The value.
        value: T,
    },
    /// "about", "khoảng", "sekitar", "estimated".
    About {
        /// The value.
        value: T,
    },
    /// "over", "more than", "hơn", "lebih dari".
    Over {
        /// The bound.
        value: T,
    },
    /// "at least", "or more", "ít nhất", "setidaknya".
    AtLeast {
        /// The bound.
        value: T,
    },
    /// "under", "nearly", "gần", "kurang dari".
    Under {
        /// The bound.
        value: T,
    },
    /// "at most", "không quá", "maksimal".
    AtMost {
        /// The bound.
        value: T,
    },
    /// "8-12 million", "từ 10 đến 15".
    Range {
        /// Lower end.
        min: T,
        /// Upper end.
        max: T,
    },
}

impl<T: Copy> Amount<T> {
    /// An amount with an optional hedge.
    pub fn hedged(value: T, hedge: Option<Hedge>) -> Self {
        match hedge {
            None => Amount::Exact { value },
            Some(Hedge::About) => Amount::About { value },
            Some(Hedge::Over) => Amount::Over { value },
            Some(Hedge::AtLeast) => Amount::AtLeast { value },
            Some(Hedge::Under) => Amount::Under { value },
            Some(Hedge::AtMost) => Amount::AtMost { value },
        }
    }

    /// The value, or the lower end of a range.
    pub fn value(&self) -> T {
        match *self {
            Amount::Exact { value }
            | Amount::About { value }
            | Amount::Over { value }
            | Amount::AtLeast { value }
            | Amount::Under { value }
            | Amount::AtMost { value } => value,
            Amount::Range { min, .. } => min,
        }
    }

    /// The upper end of a range.
    pub fn max(&self) -> Option<T> {
        match *self {
            Amount::Range { max, .. } => Some(max),
            _ => None,
        }
    }

    /// The hedge, if any (`None` for exact amounts and ranges).
    pub fn hedge(&self) -> Option<Hedge> {
        match self {
            Amount::Exact { .. } | Amount::Range { .. } => None,
            Amount::About { .. } => Some(Hedge::About),
            Amount::Over { .. } => Some(Hedge::Over),
            Amount::AtLeast { .. } => Some(Hedge::AtLeast),
            Amount::Under { .. } => Some(Hedge::Under),
            Amount::AtMost { .. } => Some(Hedge::AtMost),
        }
    }

    /// The same amount with its values converted.
    pub fn map<U: Copy>(&self, mut f: impl FnMut(T) -> U) -> Amount<U> {
        match *self {
            Amount::Range { min, max } => Amount::Range {
                min: f(min),
                max: f(max),
            },
            other => Amount::hedged(f(other.value()), other.hedge()),
        }
    }
}
