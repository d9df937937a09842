//! The star levels of an OCOP total, from the parts it is broken into.
//!
//! "Hải Dương có 351 sản phẩm OCOP, bao gồm 118 sản phẩm OCOP 4 sao, 231 sản phẩm OCOP 3 sao
//! và 2 sản phẩm tiềm năng 5 sao": the total names no level, but the counts right after it,
//! each of one level, add up to it, so it counts products of the lowest of those levels or
//! higher.

use rust_decimal::Decimal;
use vncoop_model::{Indicator, Observation, StarScope, Stars};

/// Gives each OCOP total with no star levels the levels of its parts: the starred counts that
/// follow it at once, read as the same quantity (kind, area, period), when there are at least
/// two and they add up to it exactly. `observations` are in text order.
pub(crate) fn from_parts(observations: &mut [Observation]) {
    for at in 0..observations.len() {
        let total = &observations[at];
        if total.indicator != Indicator::OcopProducts
            || total.scope.stars.is_some()
            || total.max.is_some()
        {
            continue;
        }
        let mut sum = Decimal::ZERO;
        let mut lowest: Option<u8> = None;
        let mut parts = 0;
        for part in &observations[at + 1..] {
            let Some(stars) = part.scope.stars.filter(|_| of_same_quantity(total, part)) else {
                break;
            };
            let Some(added) = sum.checked_add(part.value) else {
                break;
            };
            sum = added;
            parts += 1;
            let level = match stars {
                StarScope::Levels { .. } | StarScope::AtLeast { .. } => {
                    stars.levels().first().map(|s| s.get())
                }
                // Proposed for five stars: rated below it, and counted beside the others.
                StarScope::PotentialFive => None,
            };
            lowest = match (lowest, level) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if sum >= total.value {
                break;
            }
        }
        if parts >= 2 && sum == total.value {
            if let Some(stars) = lowest.and_then(|n| Stars::new(n).ok()) {
                observations[at].scope.stars = Some(StarScope::AtLeast { stars });
            }
        }
    }
}

/// Whether `part` counts what `total` counts, at the same time and place.
fn of_same_quantity(total: &Observation, part: &Observation) -> bool {
    part.indicator == total.indicator
        && part.unit == total.unit
        && part.kind == total.kind
        && part.area == total.area
        && part.period == total.period
        && part.max.is_none()
}
