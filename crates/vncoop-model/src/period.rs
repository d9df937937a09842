//! Reference periods: a year, a half, a quarter, a month, a day ("as of"), or an interval.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::ModelError;

/// The time a figure refers to. Written as "2023", "2023-H1", "2023-Q2", "2023-06",
/// "2023-12-15" or "START/END" ("2021/2023-06").
///
/// ```
/// use vncoop_model::Period;
/// let p: Period = "2020/2024-07".parse()?;
/// assert_eq!(p.to_string(), "2020/2024-07");
/// assert_eq!(p.year(), 2024);
/// # Ok::<(), vncoop_model::ModelError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// A half year (1 or 2).
    Half(i32, u8),
    /// A quarter (1 to 4).
    Quarter(i32, u8),
    /// A month (1 to 12).
    Month(i32, u32),
    /// A day: the figure is "as of" that date.
    Day(NaiveDate),
    /// From the start of the first to the end of the second.
    Between(Box<Period>, Box<Period>),
}

impl Period {
    /// The year the period ends in.
    #[must_use]
    pub fn year(&self) -> i32 {
        match self {
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => {
                *y
            }
            Period::Day(d) => d.year(),
            Period::Between(_, end) => end.year(),
        }
    }

    /// For a calendar year, the year before it (`None` for other periods, and before the first
    /// year an `i32` holds).
    ///
    /// ```
    /// use vncoop_model::Period;
    /// assert_eq!(Period::Year(2024).year_before(), Some(Period::Year(2023)));
    /// assert_eq!(Period::Quarter(2024, 1).year_before(), None);
    /// ```
    pub fn year_before(&self) -> Option<Period> {
        match self {
            Period::Year(y) => y.checked_sub(1).map(Period::Year),
            _ => None,
        }
    }

    /// The last day of the period.
    #[must_use]
    pub fn end(&self) -> Option<NaiveDate> {
        let last_of_month = |y: i32, m: u32| {
            let (ny, nm) = if m == 12 {
                (y.checked_add(1)?, 1)
            } else {
                (y, m + 1)
            };
            NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
        };
        match self {
            Period::Year(y) => NaiveDate::from_ymd_opt(*y, 12, 31),
            Period::Half(y, h) => last_of_month(*y, u32::from(*h) * 6),
            Period::Quarter(y, q) => last_of_month(*y, u32::from(*q) * 3),
            Period::Month(y, m) => last_of_month(*y, *m),
            Period::Day(d) => Some(*d),
            Period::Between(_, end) => end.end(),
        }
    }

    /// Whether `other` lies inside this period or refines it ("2024-05" inside "2024").
    #[must_use]
    pub fn covers(&self, other: &Period) -> bool {
        let (Some(end), Some(other_end)) = (self.end(), other.end()) else {
            return false;
        };
        let start = self.start();
        other.start().is_some_and(|s| Some(s) >= start) && other_end <= end
    }

    /// The first day of the period.
    #[must_use]
    pub fn start(&self) -> Option<NaiveDate> {
        match self {
            Period::Year(y) => NaiveDate::from_ymd_opt(*y, 1, 1),
            Period::Half(y, h) => NaiveDate::from_ymd_opt(*y, u32::from(*h) * 6 - 5, 1),
            Period::Quarter(y, q) => NaiveDate::from_ymd_opt(*y, u32::from(*q) * 3 - 2, 1),
            Period::Month(y, m) => NaiveDate::from_ymd_opt(*y, *m, 1),
            Period::Day(d) => Some(*d),
            Period::Between(start, _) => start.start(),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Period::Between(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl FromStr for Period {
    type Err = ModelError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ModelError::Period(s.to_string());
        if let Some((a, b)) = s.split_once('/') {
            let (a, b): (Period, Period) =
                (a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?);
            if matches!(a, Period::Between(..)) || matches!(b, Period::Between(..)) {
                return Err(bad());
            }
            return Ok(Period::Between(Box::new(a), Box::new(b)));
        }
        let parts: Vec<&str> = s.split('-').collect();
        let year = |p: &str| -> Result<i32, ModelError> {
            if p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        // Digits only: `u32::from_str` would also take a sign ("2023-+6").
        let small = |p: &str, max: u32| -> Result<u32, ModelError> {
            if !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            match p.parse::<u32>() {
                Ok(n) if (1..=max).contains(&n) && p.len() <= 2 => Ok(n),
                _ => Err(bad()),
            }
        };
        match parts.as_slice() {
            [y] => Ok(Period::Year(year(y)?)),
            [y, h] if h.starts_with('H') => Ok(Period::Half(year(y)?, small(&h[1..], 2)? as u8)),
            [y, q] if q.starts_with('Q') => Ok(Period::Quarter(year(y)?, small(&q[1..], 4)? as u8)),
            [y, m] => Ok(Period::Month(year(y)?, small(m, 12)?)),
            [y, m, d] => NaiveDate::from_ymd_opt(year(y)?, small(m, 12)?, small(d, 31)?)
                .map(Period::Day)
                .ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl TryFrom<String> for Period {
    type Error = ModelError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Period> for String {
    fn from(p: Period) -> String {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_form() {
        for s in [
            "2023",
            "2023-H1",
            "2023-Q4",
            "2023-06",
            "2023-12-15",
            "2021/2023-06",
        ] {
            assert_eq!(s.parse::<Period>().unwrap().to_string(), s);
        }
        for s in [
            "23",
            "2023-13",
            "2023-H3",
            "2023-02-30",
            "2023/2024/2025",
            "",
            "abcd",
            "2023-+6",
            "2023-H+1",
            "2023-Q+2",
            "2023-+1-05",
        ] {
            assert!(s.parse::<Period>().is_err(), "{s}");
        }
    }

    #[test]
    fn ends_and_covers() {
        let p: Period = "2024-H1".parse().unwrap();
        assert_eq!(p.end(), NaiveDate::from_ymd_opt(2024, 6, 30));
        assert!(Period::Year(2024).covers(&"2024-05".parse().unwrap()));
        assert!(!Period::Year(2024).covers(&Period::Year(2023)));
    }
}
