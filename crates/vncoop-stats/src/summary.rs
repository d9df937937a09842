//! The summary table: per area and year, the figure kept for each headline indicator, with
//! the fact it comes from so that a reader can follow it to its sentence.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{Area, Indicator, Kind, Observation, Qualifier, Unit};

use crate::Report;

/// The summary's indicators, one column each, in order.
pub const SUMMARY_INDICATORS: [Indicator; 6] = [
    Indicator::Cooperatives,
    Indicator::CooperativeGroups,
    Indicator::UnionsOfCooperatives,
    Indicator::Members,
    Indicator::OcopProducts,
    Indicator::AvgRevenuePerCooperative,
];

/// One row of the summary: an area and a year (and, for a report that names no area, that
/// report), with the figure kept for each of [`SUMMARY_INDICATORS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SummaryRow {
    /// The area.
    pub area: Area,
    /// The year.
    pub year: i32,
    /// The report, when the area is unknown: such figures are that report's own.
    pub document: Option<Arc<str>>,
    /// One cell per indicator of [`SUMMARY_INDICATORS`], empty when no report gives it.
    pub cells: Vec<Option<SummaryCell>>,
}

/// One figure of the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SummaryCell {
    /// The figure as shown: its hedge mark, and millions of dong for an amount ("≈1.5 m VND").
    pub text: String,
    /// The index of its fact in [`Report::facts`], where its sources are.
    pub fact: usize,
}

impl SummaryRow {
    /// The row's label: the area, or "(area unknown) in REPORT".
    #[must_use]
    pub fn label(&self) -> String {
        match &self.document {
            Some(document) => format!("{} in {document}", self.area),
            None => self.area.to_string(),
        }
    }

    /// The cells' text, an empty string for an empty cell.
    pub fn texts(&self) -> impl Iterator<Item = &str> + '_ {
        self.cells
            .iter()
            .map(|c| c.as_ref().map_or("", |c| c.text.as_str()))
    }
}

/// Rows of the summary, sorted by area, year and report: the latest whole-area actual figure
/// per indicator (exact before hedged, then the latest period). One pass over the facts.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_model::{Area, Indicator, Observation, Period, Unit};
/// use vncoop_stats::{summary_rows, Report, Store};
///
/// let mut count = Observation::new(Indicator::Cooperatives, Decimal::from(464), Unit::Count)
///     .with_period(Some(Period::Year(2023)));
/// count.area = Area::National;
/// let mut store = Store::new();
/// store.add("r", None, [count]);
/// let report = Report::from(store);
/// let rows = summary_rows(&report);
/// assert_eq!(rows[0].label(), "Vietnam");
/// assert_eq!(rows[0].texts().next(), Some("464"));
/// let cell = rows[0].cells[0].as_ref().unwrap();
/// assert_eq!(report.facts[cell.fact].observation.value, Decimal::from(464));
/// ```
#[must_use]
pub fn summary_rows(report: &Report) -> Vec<SummaryRow> {
    type RowKey = (Area, i32, Option<Arc<str>>);
    let mut rows: BTreeMap<RowKey, Vec<Option<usize>>> = BTreeMap::new();
    for (index, fact) in report.facts.iter().enumerate() {
        if fact.key.kind != Kind::Actual || fact.key.stars.is_some() {
            continue;
        }
        let Some(year) = fact.key.period.as_ref().map(|p| p.year()) else {
            continue;
        };
        let Some(column) = SUMMARY_INDICATORS
            .iter()
            .position(|&ind| fact.is_level_of(ind))
        else {
            continue;
        };
        let key = (fact.key.area.clone(), year, fact.key.document.clone());
        let cells = rows
            .entry(key)
            .or_insert_with(|| vec![None; SUMMARY_INDICATORS.len()]);
        // On a tie the later fact wins, as it always has.
        let better = cells[column]
            .is_none_or(|kept: usize| report.facts[kept].preference() <= fact.preference());
        if better {
            cells[column] = Some(index);
        }
    }
    rows.into_iter()
        .map(|((area, year, document), cells)| SummaryRow {
            area,
            year,
            document,
            cells: cells
                .into_iter()
                .map(|cell| {
                    cell.map(|fact| SummaryCell {
                        text: figure_text(&report.facts[fact].observation),
                        fact,
                    })
                })
                .collect(),
        })
        .collect()
}

/// A figure as the reports show it: with its hedge mark ("≈", ">", "≥", "<", "≤"), and an
/// amount in millions of dong.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_model::{Indicator, Observation, Qualifier, Unit};
///
/// let mut o = Observation::new(Indicator::Cooperatives, Decimal::from(3000), Unit::Count);
/// o.qualifier = Qualifier::Over;
/// assert_eq!(vncoop_stats::figure_text(&o), ">3000");
/// let revenue = Observation::new(Indicator::AvgRevenuePerCooperative, Decimal::from(2_100_000_000), Unit::Vnd);
/// assert_eq!(vncoop_stats::figure_text(&revenue), "2100 m VND");
/// ```
#[must_use]
pub fn figure_text(o: &Observation) -> String {
    let hedge = match o.qualifier {
        Qualifier::Over => ">",
        Qualifier::About => "≈",
        Qualifier::Under => "<",
        Qualifier::AtLeast => "≥",
        Qualifier::AtMost => "≤",
        Qualifier::Exact | Qualifier::Range => "",
    };
    match (o.unit, o.value.checked_div(Decimal::from(1_000_000))) {
        (Unit::Vnd, Some(millions)) => format!("{hedge}{} m VND", millions.normalize()),
        (Unit::Vnd, None) => format!("{hedge}{} VND", o.value.normalize()),
        _ => format!("{hedge}{}", o.value.normalize()),
    }
}
