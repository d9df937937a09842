//! Derived facts, each marked with its rule and inputs: the earlier value from a reported
//! change, year-on-year growth, totals from an average times a count, OCOP star shares.

use std::collections::HashMap;

use rust_decimal::Decimal;
use vncoop_model::{Indicator, Kind, Observation, Period, Qualifier, StarScope, Stars, Unit};

use crate::arith;
use crate::store::{Derivation, Fact, Key};

fn derived(
    from: &Fact,
    indicator: Indicator,
    value: Decimal,
    unit: Unit,
    rule: &'static str,
    inputs: Vec<Key>,
) -> Fact {
    let mut o = Observation::new(indicator, value, unit);
    o.area = from.observation.area.clone();
    o.period = from.observation.period.clone();
    o.scope = from.observation.scope.clone();
    o.qualifier = Qualifier::Exact;
    o.provenance.rule = format!("derived.{rule}").into();
    Fact {
        key: Key::of(&o),
        observation: o,
        sources: from.sources.clone(),
        derived: Some(Derivation { rule, inputs }),
    }
}

/// Every derivation the facts allow. Derived facts never replace reported ones: a derived
/// value whose key is already reported is left out (the checks compare them instead).
pub fn derive(facts: &[Fact]) -> Vec<Fact> {
    let by_key: HashMap<&Key, &Fact> = facts.iter().map(|f| (&f.key, f)).collect();
    let mut out = Vec::new();
    for f in facts {
        let o = &f.observation;
        let exact = o.qualifier == Qualifier::Exact;
        // 570,286 members, an increase of 3,189 since 2022: 567,097 in 2022.
        if o.kind == Kind::Change && exact && o.unit != Unit::Percent && o.unit != Unit::Ratio {
            let level = Key {
                kind: Kind::Actual,
                baseline: None,
                ..f.key.clone()
            };
            if let (Some(current), Some(baseline)) = (by_key.get(&level), &o.baseline) {
                let earlier_value = current.observation.value.checked_sub(o.value);
                if let (Qualifier::Exact, Some(value)) =
                    (current.observation.qualifier, earlier_value)
                {
                    let mut earlier = derived(
                        current,
                        o.indicator,
                        value,
                        o.unit,
                        "earlier_from_change",
                        vec![level.clone(), f.key.clone()],
                    );
                    earlier.observation.period = Some(baseline.clone());
                    earlier.key = Key::of(&earlier.observation);
                    if !by_key.contains_key(&earlier.key) {
                        out.push(earlier);
                    }
                }
            }
        }
        if o.kind != Kind::Actual || !exact {
            continue;
        }
        // Year-on-year growth between two exact levels a year apart.
        if let Some(last_year) = o.period.as_ref().and_then(Period::year_before) {
            let before = f.key.in_period(Some(last_year.clone()));
            if let Some(prev) = by_key.get(&before).filter(|p| {
                p.observation.qualifier == Qualifier::Exact && !p.observation.value.is_zero()
            }) {
                let Some(growth) = arith::percent_change(o.value, prev.observation.value) else {
                    continue;
                };
                let growth = growth.round_dp(2);
                let mut g = derived(
                    f,
                    o.indicator,
                    growth,
                    Unit::Percent,
                    "growth",
                    vec![before.clone(), f.key.clone()],
                );
                g.observation.kind = Kind::Change;
                g.observation.baseline = Some(last_year);
                g.key = Key::of(&g.observation);
                if !by_key.contains_key(&g.key) {
                    out.push(g);
                }
            }
        }
        // Total revenue or profit = average × number of cooperatives (never a sum of averages).
        if matches!(
            o.indicator,
            Indicator::AvgRevenuePerCooperative | Indicator::AvgProfitPerCooperative
        ) && o.scope.sector.is_none()
        {
            let count_key = Key {
                indicator: Indicator::Cooperatives,
                unit: Unit::Count,
                note: String::new(),
                stars: None,
                legal_form: None,
                per: Vec::new(),
                ..f.key.clone()
            };
            if let Some(total) = by_key
                .get(&count_key)
                .filter(|c| c.observation.qualifier == Qualifier::Exact)
                .and_then(|c| o.value.checked_mul(c.observation.value))
            {
                let mut t = derived(
                    f,
                    Indicator::Other,
                    total,
                    Unit::Vnd,
                    "total_from_average",
                    vec![f.key.clone(), count_key.clone()],
                );
                t.observation.scope.note = match o.indicator {
                    Indicator::AvgRevenuePerCooperative => {
                        "total revenue of cooperatives (average × count)".into()
                    }
                    _ => "total profit of cooperatives (average × count)".into(),
                };
                t.observation.scope.per.clear();
                t.key = Key::of(&t.observation);
                out.push(t);
            }
        }
        // OCOP star shares: a one-level count over the total without a star scope, or over
        // the total of its level or higher ("302 products, 3-star or higher").
        let level = o
            .scope
            .stars
            .map(StarScope::levels)
            .filter(|levels| levels.len() == 1)
            .and_then(|levels| levels.first().copied());
        if let (Indicator::OcopProducts, Some(level)) = (o.indicator, level) {
            let at_least = (1..=level.get())
                .filter_map(|n| Stars::new(n).ok())
                .map(|stars| Some(StarScope::AtLeast { stars }.to_string()));
            let total = std::iter::once(None)
                .chain(at_least)
                .map(|stars| Key {
                    stars,
                    ..f.key.clone()
                })
                .find_map(|key| by_key.get(&key).map(|t| (key, *t)));
            let share = total
                .as_ref()
                .and_then(|(_, t)| arith::percent_of(o.value, t.observation.value));
            if let (Some((total_key, _)), Some(share)) = (total, share) {
                let mut s = derived(
                    f,
                    Indicator::OcopProducts,
                    share.round_dp(2),
                    Unit::Percent,
                    "star_share",
                    vec![f.key.clone(), total_key],
                );
                s.key = Key::of(&s.observation);
                out.push(s);
            }
        }
    }
    out
}
