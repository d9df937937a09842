//! Which claims reconciliation compares: figures of one quantity across reports, never figures
//! whose place or time is unknown across two reports.

use vncoop_model::{Area, Indicator, Observation, Period, Unit};
use vncoop_stats::Store;

fn claim(document: &str, value: u32, area: Area, period: Option<Period>) -> Observation {
    let mut o =
        Observation::new(Indicator::Cooperatives, value.into(), Unit::Count).with_period(period);
    o.area = area;
    o.provenance.document = document.into();
    o
}

fn conflicts(observations: Vec<Observation>) -> usize {
    let mut store = Store::new();
    store.add("all", None, observations);
    store.into_reconciled().conflicts.len()
}

#[test]
fn unknown_places_and_times_are_compared_within_their_report_only() {
    let year = Some(Period::Year(2023));
    // Two reports that name no province: two different places, as far as anyone knows.
    assert_eq!(
        conflicts(vec![
            claim("a", 617, Area::Unknown, year.clone()),
            claim("b", 413, Area::Unknown, year.clone()),
        ]),
        0
    );
    // Two undated national figures of two reports: two different times.
    assert_eq!(
        conflicts(vec![
            claim("a", 20000, Area::National, None),
            claim("b", 35041, Area::National, None),
        ]),
        0
    );
    // One report that gives two values for the same unknown place and year contradicts itself.
    assert_eq!(
        conflicts(vec![
            claim("a", 617, Area::Unknown, year.clone()),
            claim("a", 413, Area::Unknown, year.clone()),
        ]),
        1
    );
    // Known place and time: two reports are compared.
    assert_eq!(
        conflicts(vec![
            claim("a", 29000, Area::National, year.clone()),
            claim("b", 29378, Area::National, year),
        ]),
        1
    );
}

#[test]
fn checks_and_summary_rows_keep_reports_of_unknown_places_apart() {
    use vncoop_model::Kind;
    use vncoop_stats::{summary_rows, Report};
    let year = Some(Period::Year(2023));
    let mut target = claim("a", 173, Area::Unknown, year.clone());
    target.kind = Kind::Target;
    let report_of = |observations: Vec<Observation>| {
        let mut store = Store::new();
        store.add("all", None, observations);
        Report::from(store)
    };
    // A target of one report that names no province, an actual of another: no comparison.
    let apart = report_of(vec![
        target.clone(),
        claim("b", 112, Area::Unknown, year.clone()),
    ]);
    assert!(apart.findings.iter().all(|f| f.check != "target_vs_actual"));
    let rows: Vec<String> = summary_rows(&apart).iter().map(|r| r.label()).collect();
    assert_eq!(rows, ["(area unknown) in b"]);
    // Within one report they are compared.
    let together = report_of(vec![target, claim("a", 112, Area::Unknown, year)]);
    assert_eq!(
        together
            .findings
            .iter()
            .filter(|f| f.check == "target_vs_actual")
            .count(),
        1
    );
}

#[test]
fn an_amount_per_cooperative_is_not_the_total_amount() {
    use vncoop_money::Per;
    let total = {
        let mut o = Observation::new(
            Indicator::CharterCapital,
            54_150_000_000_000u64.into(),
            Unit::Vnd,
        )
        .with_period(Some(Period::Year(2022)));
        o.area = Area::National;
        o.provenance.document = "a".into();
        o
    };
    let mut average = total.clone();
    average.value = 1_860_000_000u64.into();
    average.scope.per = vec![Per::Cooperative];
    assert_eq!(conflicts(vec![total.clone(), average]), 0);
    let mut other_total = total.clone();
    other_total.value = 54_000_000_000_000u64.into();
    assert_eq!(conflicts(vec![total, other_total]), 1);
}

#[test]
fn a_decrease_gives_a_higher_earlier_level() {
    use vncoop_model::Kind;
    let year = Some(Period::Year(2024));
    let level = claim("a", 120, Area::National, year.clone());
    let mut change =
        Observation::new(Indicator::Cooperatives, (-3).into(), Unit::Count).with_period(year);
    change.kind = Kind::Change;
    change.area = Area::National;
    change.baseline = Some(Period::Year(2023));
    change.provenance.document = "a".into();
    let mut store = Store::new();
    store.add("all", None, vec![level, change]);
    let facts = store.into_reconciled().facts;
    let derived = vncoop_stats::derive(&facts);
    let earlier = derived
        .iter()
        .find(|f| f.observation.period == Some(Period::Year(2023)))
        .map(|f| f.observation.value);
    assert_eq!(earlier, Some(123.into()));
}

mod merge {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use vncoop_model::Qualifier;

    /// A small world where claims often agree, disagree and share documents.
    fn observation() -> impl Strategy<Value = (u8, u32, bool, bool)> {
        (0u8..4, 1u32..4, any::<bool>(), any::<bool>())
    }

    /// The `i`th figure read: a figure has one place in its document.
    fn build(
        i: usize,
        (document, value, about, known): (u8, u32, bool, bool),
    ) -> (String, Option<NaiveDate>, Observation) {
        let name = format!("d{document}");
        let period = known.then_some(Period::Year(2023));
        let mut o = claim(&name, value, Area::National, period);
        o.provenance.span = 4 * i..4 * i + 3;
        if about {
            o.qualifier = Qualifier::About;
        }
        let published = NaiveDate::from_ymd_opt(2024, 1, u32::from(document) + 1);
        (name, published, o)
    }

    proptest! {
        /// A store filled in any order reconciles to what one filled in turn gives, every
        /// source included: what the parallel pipeline relies on.
        #[test]
        fn stores_filled_in_any_order_reconcile_alike(
            seen in prop::collection::vec(observation(), 0..40),
            parts in prop::collection::vec(0usize..3, 40),
        ) {
            let all: Vec<_> = seen.into_iter().enumerate().map(|(i, o)| build(i, o)).collect();
            let mut one = Store::new();
            for (name, published, o) in &all {
                one.add(name, *published, [o.clone()]);
            }
            let mut shuffled: Vec<_> = all.iter().rev().zip(&parts).collect();
            shuffled.sort_by_key(|(_, part)| **part);
            let mut other = Store::new();
            for ((name, published, o), _) in shuffled {
                other.add(name, *published, [o.clone()]);
            }
            prop_assert_eq!(other.len(), one.len());
            let (a, b) = (one.into_reconciled(), other.into_reconciled());
            prop_assert_eq!(&a.facts, &b.facts);
            prop_assert_eq!(&a.conflicts, &b.conflicts);
            for (x, y) in a.facts.iter().zip(&b.facts) {
                prop_assert_eq!(a.sources.all(&x.sources)?, b.sources.all(&y.sources)?);
            }
        }
    }
}

#[test]
fn members_of_groups_or_unions_are_not_the_areas_members() {
    use vncoop_model::LegalForm;
    use vncoop_stats::{summary_rows, Report, SUMMARY_INDICATORS};
    let members = |value: u32, form: Option<LegalForm>| {
        let mut o = claim("r", value, Area::National, Some(Period::Year(2022)));
        o.indicator = Indicator::Members;
        o.unit = Unit::People;
        o.scope.legal_form = form;
        o
    };
    let mut store = Store::new();
    store.add(
        "r",
        None,
        [
            members(118_544, Some(LegalForm::CooperativeGroup)),
            members(1_000_000, Some(LegalForm::UnionOfCooperatives)),
            members(48_924, Some(LegalForm::Cooperative)),
        ],
    );
    let report = Report::from(store);
    let column = SUMMARY_INDICATORS
        .iter()
        .position(|&i| i == Indicator::Members);
    let rows = summary_rows(&report);
    let shown: Vec<&str> = rows.iter().filter_map(|r| r.texts().nth(column?)).collect();
    assert_eq!(shown, ["48924"]);
    // The groups' members are a level of their own, not of the area's cooperatives.
    assert!(report
        .facts
        .iter()
        .filter(|f| f.is_level_of(Indicator::Members))
        .all(|f| f.observation.value == 48_924.into()));
}

#[test]
fn hedged_claims_that_hold_for_the_exact_figure_are_no_disagreement() {
    use vncoop_model::Qualifier;
    use vncoop_stats::Resolution;
    let settle = |hedged: (u32, Qualifier), exact: u32| {
        let year = Some(Period::Year(2022));
        let mut rounded = claim("a", hedged.0, Area::National, year.clone());
        rounded.qualifier = hedged.1;
        let mut store = Store::new();
        store.add(
            "all",
            None,
            [rounded, claim("b", exact, Area::National, year)],
        );
        let conflict = store.into_reconciled().conflicts.remove(0);
        let kept = &conflict.candidates[conflict.chosen].observation;
        assert_eq!(kept.value, exact.into());
        (conflict.resolution, conflict.is_disagreement())
    };
    let agree = (Resolution::WithinHedges, false);
    let disagree = (Resolution::ExactBeatsApproximate, true);
    assert_eq!(settle((500, Qualifier::Under), 479), agree);
    assert_eq!(settle((35_000, Qualifier::Over), 35_041), agree);
    assert_eq!(settle((500, Qualifier::About), 479), agree);
    assert_eq!(settle((6_400, Qualifier::About), 5_935), disagree);
    assert_eq!(settle((3_000, Qualifier::Over), 3_000), disagree);
    assert_eq!(settle((3_000, Qualifier::AtLeast), 3_000), agree);
    assert_eq!(settle((460, Qualifier::Under), 479), disagree);
}

#[test]
fn facts_csv_has_one_row_per_fact_with_its_sources_and_settlement() {
    use vncoop_model::{Kind, Qualifier};
    use vncoop_stats::{Report, FACT_COLUMNS};
    let year = Some(Period::Year(2023));
    let mut about = claim("a", 500, Area::National, year.clone());
    about.qualifier = Qualifier::About;
    let mut change = claim("b", 4, Area::National, year.clone());
    change.kind = Kind::Change;
    change.baseline = Some(Period::Year(2022));
    let mut store = Store::new();
    store.add(
        "all",
        None,
        [about, claim("b", 464, Area::National, year.clone()), change],
    );
    let report = Report::from(store);
    let mut out = Vec::new();
    report.write_facts_csv(&mut out).unwrap();
    let mut table = csv::Reader::from_reader(&out[..]);
    assert_eq!(table.headers().unwrap(), FACT_COLUMNS.as_slice());
    let rows: Vec<csv::StringRecord> = table.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), report.facts.len());
    let at = |name: &str| FACT_COLUMNS.iter().position(|c| *c == name).unwrap();
    let row = |value: &str, kind: &str| {
        rows.iter()
            .find(|r| &r[at("value")] == value && &r[at("kind")] == kind)
            .unwrap_or_else(|| panic!("no {kind} {value} in {rows:?}"))
    };
    // The conflict's kept claim, with how it was settled.
    let kept = row("464", "actual");
    assert_eq!(&kept[at("conflict")], "exact_beats_approximate");
    assert_eq!((&kept[at("sources")], &kept[at("documents")]), ("1", "b"));
    // A derived fact names its rule, and the reports of what it was derived from.
    let earlier = row("460", "actual");
    assert_eq!(
        (&earlier[at("sources")], &earlier[at("documents")]),
        ("1", "b")
    );
    assert_eq!(&earlier[at("derived")], "earlier_from_change");
    assert_eq!(&earlier[at("conflict")], "");
}

#[test]
fn members_per_cooperative_is_checked_on_levels_only() {
    use vncoop_stats::Report;
    let year = Some(Period::Year(2022));
    let members = |value: u32, note: &str| {
        let mut o = claim("r", value, Area::National, year.clone());
        o.indicator = Indicator::Members;
        o.unit = Unit::People;
        o.scope.note = note.into();
        o
    };
    let ratio_findings = |observations: Vec<Observation>| {
        let mut store = Store::new();
        store.add("r", None, observations);
        Report::from(store)
            .findings
            .iter()
            .filter(|f| f.check == "ratio")
            .count()
    };
    // "455 cooperatives ... 7,045 members, with 105 new members joining".
    assert_eq!(
        ratio_findings(vec![
            claim("r", 455, Area::National, year.clone()),
            members(7_045, ""),
            members(105, "new members"),
        ]),
        0
    );
    // A level of members that cannot fit its cooperatives is still flagged.
    assert_eq!(
        ratio_findings(vec![
            claim("r", 455, Area::National, year.clone()),
            members(105, ""),
        ]),
        1
    );
}

#[test]
fn a_star_level_is_a_share_of_the_total_with_no_level_or_of_its_level_or_higher() {
    use vncoop_model::{StarScope, Stars};
    let ocop = |value: u32, stars: Option<StarScope>| {
        let mut o = Observation::new(Indicator::OcopProducts, value.into(), Unit::Products)
            .with_period(Some(Period::Year(2024)));
        o.area = Area::National;
        o.scope.stars = stars;
        o
    };
    let stars = |n| Stars::new(n).unwrap();
    let three = Some(StarScope::only(stars(3)));
    let shares = |total: Option<StarScope>| {
        let mut store = Store::new();
        store.add("a", None, vec![ocop(302, total), ocop(208, three)]);
        let derived = vncoop_stats::derive(&store.into_reconciled().facts);
        derived
            .iter()
            .map(|f| f.observation.value.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(shares(None), ["68.87"]);
    assert_eq!(
        shares(Some(StarScope::AtLeast { stars: stars(3) })),
        ["68.87"]
    );
    // A total of 4-star products or higher holds no 3-star product.
    assert!(shares(Some(StarScope::AtLeast { stars: stars(4) })).is_empty());
}
