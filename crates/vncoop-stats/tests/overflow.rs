//! Figures at the edge of exact arithmetic: derivations, checks and roll-ups never panic; what
//! cannot be computed is left out, and a check that cannot be made says so.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use vncoop_model::{
    geography, Area, Indicator, Observation, Period, Sector, StarScope, Stars, Unit,
};
use vncoop_stats::{by_successor, check, derive, national, weighted_average, Report, Store};

fn province(name: &str) -> Area {
    let on = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default();
    geography()
        .resolve(name, on)
        .map(|r| Area::of(&r))
        .unwrap_or(Area::Unknown)
}

fn level(indicator: Indicator, value: Decimal, year: i32, area: &Area) -> Observation {
    let mut o =
        Observation::new(indicator, value, indicator.unit()).with_period(Some(Period::Year(year)));
    o.area = area.clone();
    o
}

fn in_sector(mut o: Observation, sector: Sector) -> Observation {
    o.scope.sector = Some(sector);
    o
}

#[test]
fn huge_figures_never_panic() {
    let huge = Decimal::from_i128_with_scale(50_000_000_000_000_000_000_000_000_000, 0);
    let (thai_binh, hung_yen) = (province("Thái Bình"), province("Hưng Yên"));
    let mut store = Store::new();
    store.add(
        "a",
        None,
        [
            level(Indicator::Cooperatives, huge, 2024, &thai_binh),
            level(Indicator::Cooperatives, huge, 2024, &hung_yen),
            level(Indicator::Cooperatives, Decimal::ONE, 2023, &thai_binh),
            level(Indicator::AvgRevenuePerCooperative, huge, 2024, &thai_binh),
            level(Indicator::Members, huge, 2024, &thai_binh),
            in_sector(
                level(Indicator::Cooperatives, huge, 2024, &thai_binh),
                Sector::Agriculture,
            ),
            in_sector(
                level(Indicator::Cooperatives, huge, 2024, &thai_binh),
                Sector::IndustryHandicraft,
            ),
        ],
    );
    let facts = store.into_reconciled().facts;
    // Growth from 1 to 5 × 10^28 and the total revenue (average × count) are out of range.
    let derived = derive(&facts);
    assert!(derived
        .iter()
        .all(|f| f.observation.unit != Unit::Percent && f.observation.unit != Unit::Vnd));
    // The parts (two sectors of 5 × 10^28) cannot be added: the check says so.
    let findings = check(&facts);
    assert!(
        findings.iter().any(|f| f.message.contains("too large")),
        "{findings:?}"
    );
    // Thái Bình and Hưng Yên merge into Hưng Yên: their sum does not fit, so no roll-up.
    assert!(by_successor(&facts, Indicator::Cooperatives)
        .iter()
        .all(|r| r.year != 2024));
    assert!(national(&facts, Indicator::Cooperatives)
        .iter()
        .all(|r| r.year != 2024));
    assert!(weighted_average(&facts, Indicator::AvgRevenuePerCooperative).is_empty());
}

#[test]
fn the_html_report_leaves_out_a_chart_it_cannot_add_up() {
    let huge = Decimal::from_i128_with_scale(50_000_000_000_000_000_000_000_000_000, 0);
    let three_star = |area: &Area| {
        let mut o = level(Indicator::OcopProducts, huge, 2024, area);
        o.scope.stars = Stars::new(3).ok().map(StarScope::only);
        o
    };
    let mut store = Store::new();
    store.add(
        "a",
        None,
        [
            three_star(&province("Thái Bình")),
            three_star(&province("Hưng Yên")),
            // Years at the ends of what a period holds, as JSON may bring them.
            level(
                Indicator::Cooperatives,
                Decimal::ONE,
                i32::MIN,
                &Area::National,
            ),
            level(
                Indicator::Cooperatives,
                Decimal::TWO,
                i32::MAX,
                &Area::National,
            ),
        ],
    );
    let html = Report::from(store).to_html();
    assert!(
        !html.contains("3-star"),
        "the sum of two 5 × 10^28 is out of range"
    );
}
