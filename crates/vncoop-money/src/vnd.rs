//! `Vnd`: an exact amount of Vietnamese dong.

use std::cmp::Ordering;
use std::fmt;
use std::iter::Sum;

use rust_decimal::{Decimal, RoundingStrategy};
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::MoneyError;

/// An exact amount of Vietnamese dong (ISO 4217 VND, numeric code 704).
///
/// Dong have no minor unit: amounts in reports and accounts are whole dong. An average can still
/// produce a fraction ("3 cooperatives share 1 billion dong"), and `Vnd` keeps it exactly, up to
/// 28 decimal places, so that sums and averages never lose a dong; [`Vnd::round_dong`] rounds to
/// whole dong (half away from zero) when a whole amount is wanted.
///
/// Arithmetic is checked: overflow and division by zero are errors, never panics or wraps.
/// Serde writes the amount as a string ("3825000000") so no JSON reader turns it into a float.
///
/// ```
/// use vncoop_money::Vnd;
/// let revenue = Vnd::from_dong(3_825_000_000);
/// let total = revenue.checked_mul(464)?;
/// assert_eq!(total, Vnd::from_dong(1_774_800_000_000));
/// assert_eq!(total.checked_div(464)?, revenue);
/// assert_eq!(Vnd::from_dong(1_000).checked_div(3)?.round_dong(), Vnd::from_dong(333));
/// # Ok::<(), vncoop_money::MoneyError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Vnd(#[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))] Decimal);

impl Vnd {
    /// Zero dong.
    pub const ZERO: Vnd = Vnd(Decimal::ZERO);

    /// An amount from an exact decimal number of dong.
    #[must_use]
    pub fn new(dong: Decimal) -> Vnd {
        Vnd(dong.normalize())
    }

    /// A whole number of dong.
    #[must_use]
    pub fn from_dong(dong: i64) -> Vnd {
        Vnd(Decimal::from(dong))
    }

    /// The amount as an exact decimal number of dong.
    #[must_use]
    pub fn dong(self) -> Decimal {
        self.0
    }

    /// Rounded to whole dong, half away from zero (0.5 -> 1, -0.5 -> -1).
    #[must_use]
    pub fn round_dong(self) -> Vnd {
        Vnd(self
            .0
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            .normalize())
    }

    /// True when the amount is a whole number of dong.
    #[must_use]
    pub fn is_whole(self) -> bool {
        self.0.fract().is_zero()
    }

    /// `self + other`, or an overflow error.
    pub fn checked_add(self, other: Vnd) -> Result<Vnd, MoneyError> {
        self.0
            .checked_add(other.0)
            .map(Vnd::new)
            .ok_or_else(|| overflow(format!("{self} + {other}")))
    }

    /// `self - other`, or an overflow error.
    pub fn checked_sub(self, other: Vnd) -> Result<Vnd, MoneyError> {
        self.0
            .checked_sub(other.0)
            .map(Vnd::new)
            .ok_or_else(|| overflow(format!("{self} - {other}")))
    }

    /// `self × count` (an average times a number of cooperatives, say), or an overflow error.
    pub fn checked_mul(self, count: u64) -> Result<Vnd, MoneyError> {
        self.0
            .checked_mul(Decimal::from(count))
            .map(Vnd::new)
            .ok_or_else(|| overflow(format!("{self} × {count}")))
    }

    /// `self ÷ count`, exact to 28 significant digits; dividing by zero is an error.
    pub fn checked_div(self, count: u64) -> Result<Vnd, MoneyError> {
        if count == 0 {
            return Err(MoneyError::DivideByZero);
        }
        self.0
            .checked_div(Decimal::from(count))
            .map(Vnd::new)
            .ok_or_else(|| overflow(format!("{self} ÷ {count}")))
    }

    /// Multiplies by an exact factor (a rate of change, a share), or an overflow error.
    pub fn checked_scale(self, factor: Decimal) -> Result<Vnd, MoneyError> {
        self.0
            .checked_mul(factor)
            .map(Vnd::new)
            .ok_or_else(|| overflow(format!("{self} × {factor}")))
    }
}

fn overflow(operation: String) -> MoneyError {
    MoneyError::Overflow { operation }
}

impl PartialOrd for Vnd {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Vnd {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

/// Summing amounts can overflow, so the sum is a `Result`.
///
/// ```
/// use vncoop_money::{MoneyError, Vnd};
/// let total: Result<Vnd, MoneyError> = [1, 2, 3].into_iter().map(Vnd::from_dong).sum();
/// assert_eq!(total?, Vnd::from_dong(6));
/// # Ok::<(), MoneyError>(())
/// ```
impl Sum<Vnd> for Result<Vnd, MoneyError> {
    fn sum<I: Iterator<Item = Vnd>>(mut iter: I) -> Self {
        iter.try_fold(Vnd::ZERO, |total, next| total.checked_add(next))
    }
}

impl<'a> Sum<&'a Vnd> for Result<Vnd, MoneyError> {
    fn sum<I: Iterator<Item = &'a Vnd>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

/// Written in full digits, Vietnamese style: "1.263.000.000 ₫". [`FromStr`](std::str::FromStr)
/// reads it back (see [`crate::parse_vnd_any`]).
impl fmt::Display for Vnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::format::format_vnd(
            *self,
            vncoop_text::Lang::Vi,
            crate::Style::Full,
        ))
    }
}

impl std::str::FromStr for Vnd {
    type Err = MoneyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::parse::parse_vnd_any(s)
    }
}
