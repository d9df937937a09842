//! The HTML report: what a reader sees, and what a screen reader is told.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use vncoop_model::{geography, Area, Indicator, Observation, Period};
use vncoop_stats::{Report, Store};

fn province(name: &str, on: (i32, u32, u32)) -> Area {
    let on = NaiveDate::from_ymd_opt(on.0, on.1, on.2).unwrap_or_default();
    geography()
        .resolve(name, on)
        .map(|r| Area::of(&r))
        .unwrap_or(Area::Unknown)
}

fn cooperatives(value: i64, year: i32, area: &Area) -> Observation {
    let mut o = Observation::new(
        Indicator::Cooperatives,
        Decimal::from(value),
        Indicator::Cooperatives.unit(),
    )
    .with_period(Some(Period::Year(year)));
    o.area = area.clone();
    o
}

fn report(observations: Vec<Observation>) -> String {
    let mut store = Store::new();
    store.add("r", None, observations);
    Report::from(store).to_html()
}

#[test]
fn the_map_draws_each_era_apart_with_the_latest_count_per_province() {
    let before = province("Hà Nội", (2023, 1, 1));
    let after = province("Tuyên Quang", (2025, 8, 1));
    let html = report(vec![
        cooperatives(2300, 2022, &before),
        cooperatives(2374, 2023, &before),
        cooperatives(700, 2025, &after),
    ]);
    // One map per era, each titled for screen readers.
    assert!(html.contains("<title id=\"map-before2025\">"), "{html}");
    assert!(html.contains("<title id=\"map-from2025\">"), "{html}");
    let (before_map, after_map) = html.split_at(html.find("map-from2025").unwrap_or(0));
    // The latest count, on the map of its era only.
    assert!(
        before_map.contains("<title>Hà Nội: 2374 cooperatives, period ending 2023-12-31</title>")
    );
    assert!(!before_map.contains("2300 cooperatives"));
    assert!(after_map.contains("Tuyên Quang: 700 cooperatives"));
    assert!(!after_map.contains("Hà Nội: 2374"));
    // Every province is placed, with or without a count.
    assert!(before_map.contains("1 of 63 with a count"));
    assert!(after_map.contains("1 of 34 with a count"));
    assert_eq!(html.matches("no count reported").count(), 62 + 33);
}

#[test]
fn series_draw_targets_apart_and_every_chart_and_table_is_named() {
    let ha_noi = province("Hà Nội", (2023, 1, 1));
    let mut goal = cooperatives(3000, 2030, &ha_noi);
    goal.kind = vncoop_model::Kind::Target;
    let html = report(vec![
        cooperatives(2300, 2022, &ha_noi),
        cooperatives(2374, 2023, &ha_noi),
        goal,
    ]);
    let series = &html[html.find("<h2>Cooperatives over time</h2>").unwrap_or(0)..];
    assert!(series.contains("<title>Hà Nội: cooperatives by year, 2022 to 2030</title>"));
    assert!(series.contains("<title>2023 reported: 2374</title>"));
    assert!(series.contains("<title>2030 target: 3000</title>"));
    // Every chart has a title; every table a caption; the findings say their severity.
    for svg in html.split("<svg").skip(1) {
        assert!(svg.contains("<title"), "a chart without a title: {svg}");
    }
    assert_eq!(
        html.matches("<table").count(),
        html.matches("<caption>").count()
    );
    assert!(html.contains("≈ about"));
}

#[test]
fn every_figure_of_a_table_links_to_the_sentences_that_state_it() {
    let ha_noi = province("Hà Nội", (2023, 1, 1));
    let stated_in = |document: &str, sentence: &str, figure: &str| {
        let mut o = cooperatives(2374, 2023, &ha_noi);
        let at = sentence.find(figure).unwrap_or(0);
        o.provenance = vncoop_model::Provenance::new(
            document,
            40 + at..40 + at + figure.len(),
            40..40 + sentence.len(),
            sentence,
            "vi.count.noun_after",
        );
        o
    };
    let html = report(vec![
        stated_in("a.txt", "Hà Nội có 2.374 HTX <đang hoạt động>.", "2.374"),
        stated_in("b.txt", "Hanoi has 2,374 cooperatives.", "2,374"),
    ]);
    // The summary's figure and the roll-up's source both link to the fact's entry.
    let link = "<a href=\"#fact-0\">";
    assert!(html.contains(&format!("<td>{link}2374</a></td>")), "{html}");
    assert!(html.contains(&format!("{link}Hà Nội</a>")), "{html}");
    let evidence = &html[html.find("<h2>Evidence (1)</h2>").unwrap_or(0)..];
    assert!(evidence.contains("<dt id=\"fact-0\"><strong>2374</strong> cooperatives, Hà Nội"));
    // Each report's sentence, escaped, with the figure as written marked.
    assert!(evidence.contains(
        "Hà Nội có <mark>2.374</mark> HTX &lt;đang hoạt động&gt;.</blockquote>a.txt, bytes 54–59"
    ));
    assert!(evidence.contains("Hanoi has <mark>2,374</mark> cooperatives."));
}
