//! Property tests: OCOP score bands, period text, and serde round-trips for every model type.

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use vncoop_model::{
    Area, Era, Indicator, Kind, LegalForm, Observation, Period, Provenance, Qualifier, Score,
    Sector, StarScope, Stars, Unit,
};

fn round_trip<T>(value: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let json = serde_json::to_string(value).unwrap();
    serde_json::from_str(&json).unwrap()
}

fn period() -> impl Strategy<Value = Period> {
    let simple = prop_oneof![
        (1990..2100i32).prop_map(Period::Year),
        (1990..2100i32, 1..=2u8).prop_map(|(y, h)| Period::Half(y, h)),
        (1990..2100i32, 1..=4u8).prop_map(|(y, q)| Period::Quarter(y, q)),
        (1990..2100i32, 1..=12u32).prop_map(|(y, m)| Period::Month(y, m)),
        (1990..2100i32, 1..=366u32)
            .prop_map(|(y, d)| Period::Day(NaiveDate::from_yo_opt(y, d.min(365)).unwrap())),
    ];
    prop_oneof![
        3 => simple.clone(),
        1 => (simple.clone(), simple).prop_map(|(a, b)| Period::Between(Box::new(a), Box::new(b))),
    ]
}

fn pick<T: Copy + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn observation() -> impl Strategy<Value = Observation> {
    (
        pick(&Indicator::ALL),
        (0i64..10_000_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
        pick(&Unit::ALL),
        pick(&[
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::Over,
            Qualifier::Range,
        ]),
        pick(&[Kind::Actual, Kind::Estimate, Kind::Target, Kind::Change]),
        proptest::option::of(period()),
        proptest::option::of(pick(&Sector::ALL)),
        proptest::option::of(1..=5u8),
        "[a-zà-ỹ ]{0,20}",
        0usize..1000,
    )
        .prop_map(
            |(indicator, value, unit, qualifier, kind, period, sector, stars, note, start)| {
                let mut obs = Observation::new(indicator, value, unit).with_period(period);
                obs.qualifier = qualifier;
                if qualifier == Qualifier::Range {
                    obs.max = value.checked_add(Decimal::ONE);
                }
                obs.kind = kind;
                obs.area = if start % 2 == 0 {
                    Area::National
                } else {
                    Area::Province {
                        code: "34".into(),
                        name: "Thái Bình".into(),
                        era: Era::Before2025,
                    }
                };
                obs.scope.sector = sector;
                obs.scope.legal_form = Some(LegalForm::Cooperative);
                obs.scope.stars = stars.and_then(|n| Stars::new(n).ok()).map(StarScope::only);
                obs.scope.note = note;
                obs.provenance = Provenance::new(
                    "doc",
                    start..start + 3,
                    0..start + 10,
                    "464 cooperatives",
                    "en.count",
                );
                obs
            },
        )
}

proptest! {
    #[test]
    fn ocop_bands_are_total_and_monotone(a in 0u32..=10_000, b in 0u32..=10_000) {
        let (lo, hi) = (a.min(b), a.max(b));
        let stars = |hundredths: u32| Stars::for_score(Score::new(Decimal::new(hundredths.into(), 2)).unwrap());
        prop_assert!(stars(lo) <= stars(hi));
        prop_assert!((1..=5).contains(&stars(lo).get()));
    }

    #[test]
    fn scores_outside_the_scale_are_errors(points in any::<i64>()) {
        let d = Decimal::from(points);
        prop_assert_eq!(Score::new(d).is_ok(), (0..=100).contains(&points));
    }

    #[test]
    fn stars_hold_only_one_to_five(n in any::<u8>()) {
        prop_assert_eq!(Stars::new(n).is_ok(), (1..=5).contains(&n));
        if let Ok(s) = Stars::new(n) {
            prop_assert_eq!(round_trip(&s), s);
            prop_assert_eq!(s.to_string().parse::<Stars>(), Ok(s));
        }
    }

    #[test]
    fn periods_read_what_they_write(p in period()) {
        prop_assert_eq!(p.to_string().parse::<Period>(), Ok(p.clone()));
        prop_assert_eq!(round_trip(&p), p);
    }

    #[test]
    fn periods_never_panic_on_text(s in "\\PC{0,16}") {
        let _ = s.parse::<Period>();
    }

    #[test]
    fn observations_round_trip_through_json(obs in observation()) {
        prop_assert_eq!(round_trip(&obs), obs);
    }
}

#[test]
fn closed_vocabularies_round_trip_through_json() {
    for i in Indicator::ALL {
        assert_eq!(round_trip(&i), i);
    }
    for u in Unit::ALL {
        assert_eq!(round_trip(&u), u);
    }
    for s in Sector::ALL {
        assert_eq!(round_trip(&s), s);
    }
    for f in LegalForm::ALL {
        assert_eq!(round_trip(&f), f);
    }
    assert_eq!(serde_json::to_string(&Unit::Vnd).unwrap(), "\"VND\"");
    // Display writes the name serde writes, and FromStr reads it back.
    fn agrees<T>(all: &[T])
    where
        T: Copy
            + PartialEq
            + std::fmt::Debug
            + std::fmt::Display
            + std::str::FromStr
            + serde::Serialize,
    {
        for x in all {
            assert_eq!(serde_json::to_value(x).unwrap(), x.to_string());
            assert_eq!(x.to_string().parse::<T>().ok(), Some(*x));
        }
    }
    agrees(&Indicator::ALL);
    agrees(&Unit::ALL);
    agrees(&Sector::ALL);
    agrees(&LegalForm::ALL);
    agrees(&Qualifier::ALL);
    agrees(&Kind::ALL);
    agrees(&Era::ALL);
    assert!(serde_json::from_str::<Stars>("6").is_err());
}
