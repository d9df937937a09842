//! Roll-ups: provinces into their post-2025 unit, so that series stay comparable across the
//! merger, and the nation from its provinces, each with its coverage. Averages roll up only
//! weighted, and only where every weight is known.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{geography, Area, Era, Indicator, Qualifier};

use crate::arith;
use crate::store::{Fact, Key};

/// A total over several areas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RollUp {
    /// What is totalled.
    pub indicator: Indicator,
    /// The year.
    pub year: i32,
    /// The post-merger unit, or the nation.
    pub area: Area,
    /// The total (or weighted mean, for an average).
    pub value: Decimal,
    /// True when some input was hedged ("over", "about"): the total is approximate.
    pub approximate: bool,
    /// How many of the areas behind it reported.
    pub covered: usize,
    /// How many areas there are.
    pub of: usize,
    /// The facts used.
    pub inputs: Vec<Key>,
}

impl RollUp {
    /// "12 of 34 provinces".
    #[must_use]
    pub fn coverage(&self) -> String {
        format!("{} of {}", self.covered, self.of)
    }
}

/// Facts that measure the whole of an area: actual levels with no sector, star or note scope.
fn whole_area_levels(facts: &[Fact], indicator: Indicator) -> impl Iterator<Item = &Fact> {
    facts.iter().filter(move |f| {
        f.is_level_of(indicator) && f.key.stars.is_none() && f.key.period.is_some()
    })
}

/// For each post-merger unit and year, the latest figure of each area inside it.
fn latest_per_area(
    facts: &[Fact],
    indicator: Indicator,
) -> BTreeMap<(Area, i32), BTreeMap<Area, &Fact>> {
    let mut out: BTreeMap<(Area, i32), BTreeMap<Area, &Fact>> = BTreeMap::new();
    for f in whole_area_levels(facts, indicator) {
        let (Some(successor), Some(period)) = (f.key.area.successor(), &f.key.period) else {
            continue;
        };
        let slot = out.entry((successor, period.year())).or_default();
        let keep = slot
            .get(&f.key.area)
            .is_none_or(|k| k.key.period.as_ref().and_then(|p| p.end()) < period.end());
        if keep {
            slot.insert(f.key.area.clone(), f);
        }
    }
    out
}

/// An additive indicator per post-merger unit and year. A unit's own figure (reported after
/// the merger) is used as is; otherwise its predecessors' figures are summed, with coverage.
#[must_use]
pub fn by_successor(facts: &[Fact], indicator: Indicator) -> Vec<RollUp> {
    if !indicator.is_additive() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ((unit, year), areas) in latest_per_area(facts, indicator) {
        let own = areas.get(&unit);
        let predecessors = match &unit {
            Area::Province { code, .. } => geography()
                .unit(code)
                .map_or(1, |u| u.predecessors.len().max(1)),
            _ => 1,
        };
        let used: Vec<&Fact> = match own {
            Some(f) => vec![*f],
            None => areas
                .values()
                .copied()
                .filter(|f| {
                    matches!(
                        f.key.area,
                        Area::Province {
                            era: Era::Before2025,
                            ..
                        }
                    )
                })
                .collect(),
        };
        // A sum beyond exact arithmetic is no roll-up (see `arith`).
        let Some(value) = arith::sum(used.iter().map(|f| f.observation.value)) else {
            continue;
        };
        if used.is_empty() {
            continue;
        }
        out.push(RollUp {
            indicator,
            year,
            area: unit,
            value,
            approximate: used
                .iter()
                .any(|f| f.observation.qualifier != Qualifier::Exact),
            covered: if own.is_some() {
                predecessors
            } else {
                used.len()
            },
            of: predecessors,
            inputs: used.iter().map(|f| f.key.clone()).collect(),
        });
    }
    out
}

/// A national total per year from the provinces, with how many of the 34 units stand behind
/// it. A unit counts only when all its predecessors reported.
#[must_use]
pub fn national(facts: &[Fact], indicator: Indicator) -> Vec<RollUp> {
    let units = geography().units().len();
    let mut years: BTreeMap<i32, Vec<RollUp>> = BTreeMap::new();
    for r in by_successor(facts, indicator) {
        if r.covered == r.of {
            years.entry(r.year).or_default().push(r);
        }
    }
    years
        .into_iter()
        .filter_map(|(year, parts)| Some((year, arith::sum(parts.iter().map(|p| p.value))?, parts)))
        .map(|(year, value, parts)| RollUp {
            indicator,
            year,
            area: Area::National,
            value,
            approximate: parts.iter().any(|p| p.approximate),
            covered: parts.len(),
            of: units,
            inputs: parts.iter().flat_map(|p| p.inputs.clone()).collect(),
        })
        .collect()
}

/// An average rolled up as a mean weighted by its count (`Indicator::weight`), per
/// post-merger unit and year, only where each area's weight is reported for the same period.
#[must_use]
pub fn weighted_average(facts: &[Fact], average: Indicator) -> Vec<RollUp> {
    let Some(weight) = average.weight() else {
        return Vec::new();
    };
    let weights: BTreeMap<(Area, Option<vncoop_model::Period>), &Fact> =
        whole_area_levels(facts, weight)
            .map(|f| ((f.key.area.clone(), f.key.period.clone()), f))
            .collect();
    let mut out = Vec::new();
    for ((unit, year), areas) in latest_per_area(facts, average) {
        let pairs: Option<Vec<(&Fact, &Fact)>> = areas
            .values()
            .map(|f| {
                weights
                    .get(&(f.key.area.clone(), f.key.period.clone()))
                    .map(|w| (*f, *w))
            })
            .collect();
        let Some(pairs) = pairs else { continue };
        if pairs.len() < 2 {
            continue;
        }
        let Some(value) = arith::weighted_mean(
            pairs
                .iter()
                .map(|(a, w)| (a.observation.value, w.observation.value)),
        ) else {
            continue;
        };
        out.push(RollUp {
            indicator: average,
            year,
            area: unit,
            value: value.round_dp(0),
            approximate: pairs.iter().any(|(a, w)| {
                a.observation.qualifier != Qualifier::Exact
                    || w.observation.qualifier != Qualifier::Exact
            }),
            covered: pairs.len(),
            of: pairs.len(),
            inputs: pairs
                .iter()
                .flat_map(|(a, w)| [a.key.clone(), w.key.clone()])
                .collect(),
        });
    }
    out
}
