//! Checks that return findings with a severity and the sources involved: parts against their
//! total, reported percentage changes against the values, targets against actuals, implausible
//! ratios.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{Indicator, Kind, Period, Qualifier, Unit};

use crate::arith;
use crate::sources::Sources;
use crate::store::{Fact, Key};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Probably an error in a report or in reading it.
    Warning,
}

impl Severity {
    /// The name used in every output: `info`, `warning`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// Severity.
    pub severity: Severity,
    /// The check: "parts_vs_total", "change_vs_values", "target_vs_actual", "ratio".
    pub check: &'static str,
    /// What was found, in words.
    pub message: String,
    /// The sources of each fact involved, in the order of the facts (all of them are in the
    /// report's [`SourceLog`](crate::SourceLog)).
    pub sources: Vec<Sources>,
}

/// A check that could not be computed: its figures are beyond exact arithmetic.
fn too_large(check: &'static str, facts: &[&Fact]) -> Finding {
    Finding {
        severity: Severity::Warning,
        check,
        message: format!(
            "{}: the figures are too large to compare exactly ({})",
            facts
                .first()
                .map(|f| f.key.area.to_string())
                .unwrap_or_default(),
            facts
                .iter()
                .map(|f| f.observation.value.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        sources: sources(facts),
    }
}

fn sources(facts: &[&Fact]) -> Vec<Sources> {
    facts.iter().map(|f| f.sources.clone()).collect()
}

fn is_exact_actual(f: &Fact) -> bool {
    f.observation.kind == Kind::Actual
        && f.observation.qualifier == Qualifier::Exact
        && f.derived.is_none()
}

/// Runs every check over reconciled facts.
#[must_use]
pub fn check(facts: &[Fact]) -> Vec<Finding> {
    let mut out = Vec::new();
    parts_vs_total(facts, &mut out);
    change_vs_values(facts, &mut out);
    target_vs_actual(facts, &mut out);
    ratios(facts, &mut out);
    out
}

/// Cooperatives by sector (people's credit funds count among cooperatives) against the total
/// in the same area and period: 88 + 8 + 7 + 3 + 6 = 112 under a total of 113.
/// A total and its parts, for one area and period.
type TotalAndParts<'f> = (Option<&'f Fact>, Vec<&'f Fact>);

fn parts_vs_total(facts: &[Fact], out: &mut Vec<Finding>) {
    // An unknown area is one report's own: its figures meet no other report's.
    type Place = (String, Option<Period>, Option<Arc<str>>);
    let mut groups: BTreeMap<Place, TotalAndParts<'_>> = BTreeMap::new();
    for f in facts
        .iter()
        .filter(|f| is_exact_actual(f) && f.observation.unit == Unit::Count)
    {
        let place = (
            format!("{:?}", f.key.area),
            f.key.period.clone(),
            f.key.document.clone(),
        );
        let entry = groups.entry(place).or_default();
        match f.observation.indicator {
            // The largest whole count is the total.
            Indicator::Cooperatives
                if f.key.sector.is_none()
                    && f.key.note.is_empty()
                    && entry
                        .0
                        .is_none_or(|t| f.observation.value > t.observation.value) =>
            {
                entry.0 = Some(f);
            }
            Indicator::Cooperatives if f.key.sector.is_some() => entry.1.push(f),
            Indicator::PeoplesCreditFunds if f.key.note.is_empty() => entry.1.push(f),
            _ => {}
        }
    }
    for ((_, period, _), (total, parts)) in groups {
        let (Some(total), true) = (total, parts.len() >= 2) else {
            continue;
        };
        let mut involved = vec![total];
        involved.extend(parts.iter().copied());
        let Some(sum) = arith::sum(parts.iter().map(|p| p.observation.value)) else {
            out.push(too_large("parts_vs_total", &involved));
            continue;
        };
        if sum != total.observation.value {
            let terms: Vec<String> = parts
                .iter()
                .map(|p| p.observation.value.to_string())
                .collect();
            let severity = if sum > total.observation.value {
                Severity::Warning
            } else {
                Severity::Info
            };
            out.push(Finding {
                severity,
                check: "parts_vs_total",
                message: format!(
                    "{}: cooperatives by sector add up to {} = {sum}, the total says {}{}",
                    total.key.area,
                    terms.join(" + "),
                    total.observation.value,
                    period.map(|p| format!(" ({p})")).unwrap_or_default()
                ),
                sources: sources(&involved),
            });
        }
    }
}

/// A reported percentage change against the two levels it links.
fn change_vs_values(facts: &[Fact], out: &mut Vec<Finding>) {
    let index: BTreeMap<&Key, &Fact> = facts.iter().map(|f| (&f.key, f)).collect();
    for f in facts.iter().filter(|f| {
        f.observation.kind == Kind::Change
            && f.observation.unit == Unit::Percent
            && f.derived.is_none()
    }) {
        let Some(base) = &f.key.baseline else {
            continue;
        };
        let level = |period: Option<Period>| {
            let unit = f.observation.indicator.unit();
            index
                .get(&Key {
                    kind: Kind::Actual,
                    unit,
                    baseline: None,
                    period,
                    ..f.key.clone()
                })
                .copied()
        };
        let (Some(now), Some(then)) = (level(f.key.period.clone()), level(Some(base.clone())))
        else {
            continue;
        };
        if then.observation.value.is_zero() {
            continue;
        }
        let difference = arith::percent_change(now.observation.value, then.observation.value)
            .and_then(|actual| Some((actual, actual.checked_sub(f.observation.value)?)));
        let Some((actual, difference)) = difference else {
            out.push(too_large("change_vs_values", &[f, now, then]));
            continue;
        };
        if difference.abs() > Decimal::new(5, 1) {
            out.push(Finding {
                severity: Severity::Warning,
                check: "change_vs_values",
                message: format!(
                    "{} {}: reported change {}% but the values give {}%",
                    f.key.area,
                    f.key.indicator,
                    f.observation.value,
                    actual.round_dp(1)
                ),
                sources: sources(&[f, now, then]),
            });
        }
    }
}

/// A target for a year against the actual figure reported for that year.
fn target_vs_actual(facts: &[Fact], out: &mut Vec<Finding>) {
    type Slot<'f> = (
        Indicator,
        Unit,
        &'f vncoop_model::Area,
        Option<vncoop_model::Sector>,
        i32,
        &'f Option<Arc<str>>,
    );
    fn slot_of(f: &Fact, year: i32) -> Slot<'_> {
        (
            f.key.indicator,
            f.key.unit,
            &f.key.area,
            f.key.sector,
            year,
            &f.key.document,
        )
    }
    let mut actuals: std::collections::HashMap<Slot<'_>, &Fact> = std::collections::HashMap::new();
    for a in facts
        .iter()
        .filter(|a| a.observation.kind == Kind::Actual && a.derived.is_none())
    {
        if let Some(year) = a.key.period.as_ref().map(Period::year) {
            actuals.entry(slot_of(a, year)).or_insert(a);
        }
    }
    for t in facts.iter().filter(|f| f.observation.kind == Kind::Target) {
        let Some(year) = t.key.period.as_ref().map(Period::year) else {
            continue;
        };
        if let Some(a) = actuals.get(&slot_of(t, year)) {
            let met = a.observation.value >= t.observation.value;
            out.push(Finding {
                severity: Severity::Info,
                check: "target_vs_actual",
                message: format!(
                    "{} {} {year}: target {}, actual {} ({})",
                    t.key.area,
                    t.key.indicator,
                    t.observation.value,
                    a.observation.value,
                    if met { "met" } else { "not met" }
                ),
                sources: sources(&[t, a]),
            });
        }
    }
}

/// Members per cooperative and revenue per member outside what the national statistics make
/// plausible (about 180 members per cooperative nationally; a cooperative needs at least 5).
fn ratios(facts: &[Fact], out: &mut Vec<Finding>) {
    type Place<'f> = (
        &'f vncoop_model::Area,
        &'f Option<Period>,
        &'f Option<Arc<str>>,
    );
    let mut cooperatives: std::collections::HashMap<Place<'_>, &Fact> =
        std::collections::HashMap::new();
    for c in facts
        .iter()
        .filter(|c| is_exact_actual(c) && c.is_level_of(Indicator::Cooperatives))
    {
        cooperatives
            .entry((&c.key.area, &c.key.period, &c.key.document))
            .or_insert(c);
    }
    // New members, or the members of one sector, are no level of all members.
    for members in facts
        .iter()
        .filter(|f| is_exact_actual(f) && f.is_level_of(Indicator::Members))
    {
        let coops = cooperatives
            .get(&(
                &members.key.area,
                &members.key.period,
                &members.key.document,
            ))
            .copied();
        let Some(coops) = coops.filter(|c| !c.observation.value.is_zero()) else {
            continue;
        };
        let Some(per) = members
            .observation
            .value
            .checked_div(coops.observation.value)
        else {
            out.push(too_large("ratio", &[members, coops]));
            continue;
        };
        if per < Decimal::from(5) || per > Decimal::from(5000) {
            out.push(Finding {
                severity: Severity::Warning,
                check: "ratio",
                message: format!(
                    "{}: {} members for {} cooperatives is {} per cooperative",
                    members.key.area,
                    members.observation.value,
                    coops.observation.value,
                    per.round_dp(1)
                ),
                sources: sources(&[members, coops]),
            });
        }
    }
}
