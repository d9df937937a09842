//! Orders of magnitude: a count or an average that no province, or no country, can have is a
//! misread figure.
//!
//! Translations of Vietnamese reports keep the Vietnamese decimal comma before a scale word:
//! "15,434 thousand members" is 15.434 thousand, that is 15,434 members, in a province of under
//! a million people. When the figure is above its indicator's ceiling
//! ([`vncoop_model::Indicator::ceiling`]) and is written as such a decimal (one separator, three digits after
//! it, then a scale word), the decimal reading is taken if it is within the ceiling; any other
//! figure above the ceiling is left out as implausible.

use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::Decimal;
use vncoop_model::{Area, Kind, LegalForm, Observation};

/// Whether `obs` is within what its area can have; figures of indicators with no ceiling are.
pub(crate) fn within_ceiling(obs: &Observation) -> bool {
    within(obs, obs.value) && obs.max.is_none_or(|max| within(obs, max))
}

/// Whether `value` is within the ceiling of `obs`'s indicator in its area; a share or a rate
/// has none.
fn within(obs: &Observation, value: Decimal) -> bool {
    if obs.unit != obs.indicator.unit() {
        return true;
    }
    let national = matches!(obs.area, Area::National | Area::Unknown);
    obs.indicator
        .ceiling(national)
        .is_none_or(|ceiling| value.abs() <= ceiling)
}

/// Whether `obs`, read as the whole country's level of all of its indicator, is below what
/// the country has ever had ([`vncoop_model::Indicator::national_floor`]): a part taken for
/// the whole, or another form translated as cooperatives.
pub(crate) fn below_national_floor(obs: &Observation) -> bool {
    let whole = obs.area == Area::National
        && matches!(obs.kind, Kind::Actual | Kind::Estimate)
        && obs.unit == obs.indicator.unit()
        && obs.scope.sector.is_none()
        && obs.scope.note.is_empty()
        && obs.scope.per.is_empty()
        && obs
            .scope
            .legal_form
            .is_none_or(|form| form == LegalForm::Cooperative);
    whole
        && obs
            .indicator
            .national_floor()
            .is_some_and(|floor| obs.max.unwrap_or(obs.value) < floor)
}

/// The value of `figure` (the figure's text, read as `obs.value`) with its separator taken as
/// a decimal mark, when it is written "15,434 thousand" and that reading is within the
/// ceiling and whole.
// The pattern is a constant, run by the tests below. It uses no Unicode classes beyond
// `\d` and `\s`: the workspace builds `regex` without the general categories.
#[allow(clippy::expect_used)]
pub(crate) fn decimal_reading(figure: &str, obs: &Observation) -> Option<Decimal> {
    static DECIMAL_BEFORE_SCALE: OnceLock<Regex> = OnceLock::new();
    let shape = DECIMAL_BEFORE_SCALE.get_or_init(|| {
        Regex::new(r"^\d{1,3}[.,]\d{3}\s*[^\d\s.,][^\d]*$").expect("the pattern is valid")
    });
    if obs.max.is_some() || !shape.is_match(figure.trim()) {
        return None;
    }
    let value = obs.value.checked_div(Decimal::from(1000))?;
    (value.fract().is_zero() && within(obs, value)).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vncoop_model::{Indicator, Unit};

    fn members(value: i64, area: Area) -> Observation {
        let mut obs = Observation::new(Indicator::Members, Decimal::from(value), Unit::People);
        obs.area = area;
        obs
    }

    fn province() -> Area {
        Area::Province {
            code: "17".into(),
            name: "Hoà Bình".into(),
            era: vncoop_model::Era::Before2025,
        }
    }

    #[test]
    fn a_national_level_below_the_floor_is_misread_but_a_part_or_a_province_is_not() {
        let mut obs = Observation::new(Indicator::Cooperatives, Decimal::from(164), Unit::Count);
        obs.area = Area::National;
        assert!(below_national_floor(&obs));
        obs.value = Decimal::from(35_041);
        assert!(!below_national_floor(&obs));
        obs.value = Decimal::from(164);
        obs.scope.note = "part: dissolved".into();
        assert!(!below_national_floor(&obs));
        obs.scope.note.clear();
        obs.area = province();
        assert!(!below_national_floor(&obs));
        let mut groups_members = members(944_587, Area::National);
        groups_members.scope.legal_form = Some(LegalForm::CooperativeGroup);
        assert!(!below_national_floor(&groups_members));
        assert!(below_national_floor(&members(17_000, Area::National)));
    }

    #[test]
    fn a_decimal_comma_before_a_scale_word_is_read_as_one_when_the_count_is_impossible() {
        let obs = members(15_434_000, province());
        assert!(!within_ceiling(&obs));
        for figure in ["15,434 thousand", "15.434 ribu", "15,434 nghìn"] {
            assert_eq!(decimal_reading(figure, &obs), Some(Decimal::from(15_434)));
        }
        // Nationally the same count is possible, and stays as written.
        assert!(within_ceiling(&members(15_434_000, Area::National)));
    }

    #[test]
    fn other_impossible_figures_have_no_second_reading() {
        let obs = members(15_434_000, province());
        // Grouped thousands, or no scale word: no decimal was meant.
        for figure in [
            "15,434,000",
            "15.434.000 người",
            "15,4 million",
            "about 15,434 thousand",
        ] {
            assert_eq!(decimal_reading(figure, &obs), None, "{figure}");
        }
        // A decimal reading that is still impossible is no reading; a figure with one digit
        // after its comma was read as a decimal already.
        assert_eq!(
            decimal_reading("999,999 million", &members(999_999_000_000, province())),
            None
        );
        let mut cooperatives = members(150_500, province());
        cooperatives.indicator = Indicator::Cooperatives;
        cooperatives.unit = Unit::Count;
        assert!(!within_ceiling(&cooperatives));
        assert_eq!(decimal_reading("150,5 thousand", &cooperatives), None);
    }

    #[test]
    fn money_and_other_figures_have_no_ceiling() {
        let mut amount = members(1_000_000_000_000, province());
        amount.indicator = Indicator::CharterCapital;
        amount.unit = Unit::Vnd;
        assert!(within_ceiling(&amount));
        let mut share = members(1_000_000_000, province());
        share.unit = Unit::Percent;
        assert!(within_ceiling(&share));
    }
}
