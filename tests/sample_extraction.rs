//! End to end over the embedded sample corpus: every figure a reader finds in each sample
//! report, in Vietnamese, English and Indonesian, and nothing else.

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use vncoop::extract::{extract, Document};
use vncoop::model::{Observation, StarScope};

/// indicator, value, unit, qualifier, kind, period
type Expected = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

type Row = (String, String, String, String, String, String);

fn describe(o: &Observation) -> Row {
    (
        o.indicator.to_string(),
        o.value.normalize().to_string(),
        o.unit.to_string(),
        o.qualifier.to_string(),
        o.kind.to_string(),
        o.period.as_ref().map_or("-".into(), |p| p.to_string()),
    )
}

fn check(file: &str, expected: &[Expected]) -> Vec<Observation> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let found = extract(&Document::new(file, text.clone()));
    let got: Vec<Row> = found.observations.iter().map(describe).collect();
    for e in expected {
        let want: Row = (
            e.0.into(),
            e.1.into(),
            e.2.into(),
            e.3.into(),
            e.4.into(),
            e.5.into(),
        );
        assert!(got.contains(&want), "{file}: missing {e:?}\nfound {got:#?}");
    }
    assert_eq!(got.len(), expected.len(), "{file}: extra in {got:#?}");
    for o in &found.observations {
        assert_eq!(&*o.provenance.document, file);
        assert!(text[o.provenance.sentence.clone()].contains(&text[o.provenance.span.clone()]));
    }
    found.observations
}

#[test]
fn vietnamese_thai_binh_2023() {
    let found = check(
        "vi_thai_binh_2023.txt",
        &[
            ("cooperatives", "464", "count", "exact", "actual", "2023"),
            (
                "unions_of_cooperatives",
                "1",
                "count",
                "exact",
                "actual",
                "2023",
            ),
            (
                "cooperative_groups",
                "235",
                "count",
                "exact",
                "actual",
                "2023",
            ),
            ("members", "570286", "people", "exact", "actual", "2023"),
            ("members", "3189", "people", "exact", "change", "2023"),
            ("employees", "10227", "people", "about", "actual", "2023"),
            (
                "avg_revenue_per_cooperative",
                "3825000000",
                "VND",
                "about",
                "estimate",
                "2023",
            ),
            (
                "avg_revenue_per_cooperative",
                "7.7",
                "percent",
                "exact",
                "change",
                "2023",
            ),
            (
                "avg_profit_per_cooperative",
                "396000000",
                "VND",
                "exact",
                "actual",
                "2023",
            ),
            (
                "avg_profit_per_cooperative",
                "8.3",
                "percent",
                "exact",
                "change",
                "2023",
            ),
            (
                "ocop_cooperatives",
                "28",
                "count",
                "exact",
                "actual",
                "2023",
            ),
            ("ocop_products", "34", "products", "exact", "actual", "2023"),
            ("other", "11", "count", "exact", "actual", "2023"),
            (
                "new_cooperatives",
                "25",
                "count",
                "at_least",
                "target",
                "2024",
            ),
        ],
    );
    let change = found.iter().find(|o| o.value == 3189.into()).unwrap();
    assert_eq!(
        change.baseline.as_ref().map(|p| p.to_string()),
        Some("2022".into())
    );
    let area = serde_json::to_value(&found[0].area).unwrap();
    assert_eq!(area["name"], "Thái Bình");
}

#[test]
fn vietnamese_hung_yen_2024() {
    let found = check(
        "vi_hung_yen_2024.txt",
        &[
            (
                "cooperatives",
                "352",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "unions_of_cooperatives",
                "2",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "cooperative_groups",
                "127",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "peoples_credit_funds",
                "12",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "cooperatives",
                "298",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "cooperatives",
                "21",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "cooperatives",
                "9",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "cooperatives",
                "8",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "members",
                "105000",
                "people",
                "over",
                "actual",
                "2024-11-15",
            ),
            (
                "employees",
                "4500",
                "people",
                "about",
                "actual",
                "2024-11-15",
            ),
            (
                "avg_income_per_worker",
                "5200000",
                "VND",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "avg_income_per_worker",
                "400000",
                "VND",
                "exact",
                "change",
                "2024-11-15",
            ),
            (
                "charter_capital",
                "1263000000000",
                "VND",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "loans_disbursed",
                "18500000000",
                "VND",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "ocop_products",
                "146",
                "products",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "ocop_products",
                "112",
                "products",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "ocop_products",
                "33",
                "products",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "ocop_products",
                "1",
                "products",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "value_chain_cooperatives",
                "41",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "high_tech_cooperatives",
                "6",
                "count",
                "exact",
                "actual",
                "2024-11-15",
            ),
            (
                "avg_income_per_worker",
                "6000000",
                "VND",
                "range",
                "target",
                "2025",
            ),
        ],
    );
    let stars = |v: i64| {
        found
            .iter()
            .find(|o| o.value == v.into())
            .and_then(|o| o.scope.stars)
    };
    assert_eq!(stars(112).map(|s| s.to_string()), Some("3-star".into()));
    assert_eq!(stars(33).map(|s| s.to_string()), Some("4-star".into()));
    assert_eq!(stars(1), Some(StarScope::PotentialFive));
}

#[test]
fn vietnamese_hung_yen_after_the_merger() {
    let found = check(
        "vi_hung_yen_2025.txt",
        &[
            ("cooperatives", "800", "count", "over", "actual", "2025"),
            (
                "cooperatives",
                "818",
                "count",
                "exact",
                "actual",
                "2025-07-01",
            ),
            (
                "unions_of_cooperatives",
                "3",
                "count",
                "exact",
                "actual",
                "2025-07-01",
            ),
            (
                "cooperative_groups",
                "361",
                "count",
                "exact",
                "actual",
                "2025-07-01",
            ),
            (
                "members",
                "680000",
                "people",
                "about",
                "actual",
                "2025-07-01",
            ),
            (
                "avg_revenue_per_cooperative",
                "4000000000",
                "VND",
                "under",
                "actual",
                "2025-07-01",
            ),
            (
                "avg_profit_per_cooperative",
                "410000000",
                "VND",
                "exact",
                "actual",
                "2025-07-01",
            ),
            (
                "ocop_products",
                "214",
                "products",
                "exact",
                "actual",
                "2025-07-01",
            ),
            (
                "new_cooperatives",
                "19",
                "count",
                "exact",
                "actual",
                "2025-H1",
            ),
        ],
    );
    // Published after 1 July 2025: Hưng Yên is the merged unit.
    let area = serde_json::to_value(&found[0].area).unwrap();
    assert_eq!(area["era"], "from2025");
}

#[test]
fn english_reports() {
    check(
        "en_thai_binh_2024.txt",
        &[
            (
                "cooperatives",
                "466",
                "count",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "unions_of_cooperatives",
                "1",
                "count",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "cooperative_groups",
                "235",
                "count",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "members",
                "570286",
                "people",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "avg_revenue_per_cooperative",
                "3800000000",
                "VND",
                "about",
                "actual",
                "2023-12-31",
            ),
            (
                "avg_income_per_worker",
                "4500000",
                "VND",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "ocop_products",
                "34",
                "products",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "ocop_products",
                "30",
                "products",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "ocop_products",
                "4",
                "products",
                "exact",
                "actual",
                "2023-12-31",
            ),
            (
                "new_cooperatives",
                "25",
                "count",
                "at_least",
                "target",
                "2024",
            ),
            (
                "cooperatives",
                "75",
                "percent",
                "at_least",
                "target",
                "2024",
            ),
        ],
    );
    check(
        "en_lam_dong_2024.txt",
        &[
            ("cooperatives", "421", "count", "exact", "actual", "2024-11"),
            ("cooperatives", "37", "count", "exact", "change", "2024-11"),
            ("members", "21000", "people", "over", "actual", "2024-11"),
            // "About 88% of them work in agriculture": a share of the cooperatives.
            (
                "cooperatives",
                "88",
                "percent",
                "about",
                "actual",
                "2024-11",
            ),
            (
                "high_tech_cooperatives",
                "57",
                "count",
                "exact",
                "actual",
                "2024-11",
            ),
            (
                "value_chain_cooperatives",
                "102",
                "count",
                "exact",
                "actual",
                "2024-11",
            ),
            (
                "avg_revenue_per_cooperative",
                "2150000000",
                "VND",
                "exact",
                "actual",
                "2024-11",
            ),
            (
                "avg_profit_per_cooperative",
                "260000000",
                "VND",
                "exact",
                "actual",
                "2024-11",
            ),
            // "Workers earn 6-8 million VND per month on average."
            (
                "avg_income_per_worker",
                "6000000",
                "VND",
                "range",
                "actual",
                "2024-11",
            ),
            (
                "loans_disbursed",
                "1250000000000",
                "VND",
                "exact",
                "actual",
                "2024-11",
            ),
        ],
    );
}

#[test]
fn indonesian_report() {
    check(
        "id_binh_thuan_2024.txt",
        &[
            ("cooperatives", "156", "count", "exact", "actual", "2024-10"),
            (
                "unions_of_cooperatives",
                "2",
                "count",
                "exact",
                "actual",
                "2024-10",
            ),
            (
                "cooperative_groups",
                "412",
                "count",
                "exact",
                "actual",
                "2024-10",
            ),
            ("members", "18930", "people", "exact", "actual", "2024-10"),
            ("cooperatives", "88", "count", "exact", "actual", "2024-10"),
            ("cooperatives", "8", "count", "exact", "actual", "2024-10"),
            (
                "peoples_credit_funds",
                "7",
                "count",
                "exact",
                "actual",
                "2024-10",
            ),
            (
                "avg_revenue_per_cooperative",
                "1700000000",
                "VND",
                "exact",
                "actual",
                "2024-10",
            ),
            (
                "avg_revenue_per_cooperative",
                "6.5",
                "percent",
                "exact",
                "change",
                "2024-10",
            ),
            (
                "avg_income_per_worker",
                "4800000",
                "VND",
                "about",
                "actual",
                "2024-10",
            ),
            (
                "ocop_products",
                "47",
                "products",
                "exact",
                "actual",
                "2024-10",
            ),
            (
                "ocop_products",
                "9",
                "products",
                "exact",
                "actual",
                "2024-10",
            ),
            (
                "new_cooperatives",
                "15",
                "count",
                "at_least",
                "target",
                "2025",
            ),
        ],
    );
}
