//! The time series of the HTML report: cooperatives per province by year, one small chart per
//! province with axes and values, targets drawn apart from what was reported as achieved.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::Datelike;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use vncoop_model::{Area, Indicator, Kind, Period, Unit};

use crate::report::{area_label_with_era, escape, Report};
use crate::store::Fact;

/// Most charts drawn: the provinces with the most points first.
const MOST_CHARTS: usize = 12;
/// A chart's size and its plot area's margins, in pixels.
const WIDTH: i64 = 300;
const HEIGHT: i64 = 170;
const LEFT: i64 = 50;
const RIGHT: i64 = 20;
const TOP: i64 = 30;
const BOTTOM: i64 = 30;

/// One point: a year, and the figure given for it.
#[derive(Debug, Clone, Copy)]
struct Point {
    year: i32,
    value: Decimal,
    target: bool,
}

/// Whether a fact is a count of all cooperatives of a province, reported or set as a goal.
fn counts_cooperatives(f: &Fact) -> bool {
    f.derived.is_none()
        && f.key.indicator == Indicator::Cooperatives
        && f.key.unit == Unit::Count
        && matches!(f.key.kind, Kind::Actual | Kind::Target)
        && f.key.sector.is_none()
        && f.key.note.is_empty()
        && matches!(f.key.area, Area::Province { .. })
}

/// The charts, one per province with figures for two years or more, in a figure with a
/// caption; or a sentence saying there are none.
pub(crate) fn cooperatives_over_time(report: &Report) -> String {
    // Per province, per year and kind: the preferred figure (exact, then latest period).
    let mut best: BTreeMap<(String, i32, bool), &Fact> = BTreeMap::new();
    for f in report.facts.iter().filter(|f| counts_cooperatives(f)) {
        let Some(end) = f.key.period.as_ref().and_then(Period::end) else {
            continue;
        };
        // A unit formed by the merger is its own series, apart from its predecessors.
        let key = (
            area_label_with_era(&f.key.area),
            end.year(),
            f.key.kind == Kind::Target,
        );
        match best.get(&key) {
            Some(kept) if kept.preference() >= f.preference() => {}
            _ => {
                best.insert(key, f);
            }
        }
    }
    let mut by_area: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    for ((area, year, target), f) in best {
        by_area.entry(area).or_default().push(Point {
            year,
            value: f.observation.value,
            target,
        });
    }
    let mut charts: Vec<(String, Vec<Point>)> = by_area
        .into_iter()
        .filter(|(_, points)| {
            let mut years: Vec<i32> = points.iter().map(|p| p.year).collect();
            years.dedup();
            years.len() >= 2
        })
        .collect();
    if charts.is_empty() {
        return "<p>No province has a count of cooperatives for two years or more.</p>".into();
    }
    // Most points first, then by name; a stable order whatever the input.
    charts.sort_by(|(a, pa), (b, pb)| pb.len().cmp(&pa.len()).then(a.cmp(b)));
    let shown = charts.len().min(MOST_CHARTS);
    let mut html = String::from("<figure><div style=\"display:flex;gap:.5em;flex-wrap:wrap\">");
    for (area, points) in &charts[..shown] {
        html.push_str(&chart(area, points));
    }
    let _ = write!(
        html,
        "</div><figcaption>Cooperatives per province by year: ● and a solid line for counts \
         reported as achieved, ○ and a dashed line for targets. Values are the preferred figure \
         for the year (exact before hedged, then the latest period). {shown} of {} provinces \
         with two years or more are drawn.</figcaption></figure>",
        charts.len()
    );
    html
}

fn chart(area: &str, points: &[Point]) -> String {
    let first = points.iter().map(|p| p.year).min().unwrap_or(0);
    let last = points.iter().map(|p| p.year).max().unwrap_or(0);
    let top = points
        .iter()
        .map(|p| p.value)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    // In i64: a year may be anything an i32 holds.
    let years = (i64::from(last) - i64::from(first)).max(1);
    let x =
        |year: i32| LEFT + (i64::from(year) - i64::from(first)) * (WIDTH - LEFT - RIGHT) / years;
    let y = |v: Decimal| {
        let plot = Decimal::from(HEIGHT - TOP - BOTTOM);
        let height = v
            .checked_div(top)
            .and_then(|share| share.checked_mul(plot))
            .and_then(|h| h.round().to_i64())
            .unwrap_or(0);
        HEIGHT - BOTTOM - height
    };
    let name = escape(area);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         role=\"img\"><title>{name}: cooperatives by year, {first} to {last}</title>\
         <text x=\"4\" y=\"14\" font-size=\"12\" font-weight=\"bold\">{name}</text>\
         <line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{right}\" y2=\"{base}\" stroke=\"#888\"/>\
         <line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{base}\" stroke=\"#888\"/>\
         <text x=\"{label}\" y=\"{base}\" font-size=\"10\" text-anchor=\"end\">0</text>\
         <text x=\"{label}\" y=\"{top_y}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
        top.normalize(),
        base = HEIGHT - BOTTOM,
        right = WIDTH - RIGHT,
        label = LEFT - 4,
        top_y = TOP + 4,
    );
    let mut ticks: Vec<i32> = points.iter().map(|p| p.year).collect();
    ticks.sort_unstable();
    ticks.dedup();
    for year in ticks {
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{year}</text>",
            x(year),
            HEIGHT - BOTTOM + 14
        );
    }
    for target in [false, true] {
        let mut line: Vec<&Point> = points.iter().filter(|p| p.target == target).collect();
        line.sort_by_key(|p| p.year);
        let (dash, fill) = if target {
            (" stroke-dasharray=\"4 3\"", "#fff")
        } else {
            ("", "#3a7ca5")
        };
        if line.len() >= 2 {
            let coords: Vec<String> = line
                .iter()
                .map(|p| format!("{},{}", x(p.year), y(p.value)))
                .collect();
            let _ = write!(
                svg,
                "<polyline fill=\"none\" stroke=\"#3a7ca5\" stroke-width=\"2\"{dash} points=\"{}\"/>",
                coords.join(" ")
            );
        }
        for p in line {
            let what = if target { "target" } else { "reported" };
            let _ = write!(
                svg,
                "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{fill}\" stroke=\"#3a7ca5\" \
                 stroke-width=\"1.5\"><title>{} {what}: {}</title></circle>\
                 <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
                x(p.year),
                y(p.value),
                p.year,
                p.value.normalize(),
                x(p.year),
                y(p.value) - 7,
                p.value.normalize()
            );
        }
    }
    svg.push_str("</svg>");
    svg
}
