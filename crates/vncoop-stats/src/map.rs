//! The map of the HTML report: the latest count of cooperatives per province, drawn at each
//! province's centroid, one map per era so the 63 provinces before the 2025 merger and the 34
//! after it are never mixed.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use vncoop_model::{geography, local_units, Area, Era, Indicator, OldUnit, ProvinceUnit};

use crate::report::{escape, latest_levels, Report};

/// The map's frame, in degrees: all of the mainland and the near islands.
const WEST: f64 = 102.0;
const NORTH: f64 = 23.5;
const EAST: f64 = 109.6;
const SOUTH: f64 = 8.3;
/// Pixels per degree, and the margin around the frame.
const SCALE: f64 = 30.0;
const MARGIN: f64 = 20.0;
/// Radius of a province with no report, and the smallest and largest circles of one with.
const DOT: f64 = 2.0;
const SMALLEST: f64 = 3.0;
const LARGEST: f64 = 16.0;

/// Two maps side by side, before and after the merger, in one figure with a caption and a
/// legend.
pub(crate) fn cooperatives_map(report: &Report) -> String {
    let levels = latest_levels(report, Indicator::Cooperatives, None);
    let largest = levels
        .iter()
        .map(|(_, v, _)| *v)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    let mut html =
        String::from("<figure class=\"maps\"><div style=\"display:flex;gap:1em;flex-wrap:wrap\">");
    for era in [Era::Before2025, Era::From2025] {
        html.push_str(&era_map(era, &levels, largest));
    }
    html.push_str(
        "</div><figcaption>The latest count of cooperatives each province reports (an exact \
         figure before a hedged one, then the latest period), drawn at the province's centroid: \
         circle area grows with the count; a small grey dot is a province no report gives a \
         count for. Provinces before the merger of 1 July 2025 and the units formed by it are \
         drawn on separate maps, each with its own reports. Hover a circle for its figure and \
         period.</figcaption></figure>",
    );
    html
}

/// The provinces of one era, as areas.
fn provinces(era: Era) -> Vec<Area> {
    let g = geography();
    match era {
        Era::Before2025 => g.old_units().iter().map(OldUnit::area).collect(),
        Era::From2025 => g.units().iter().map(ProvinceUnit::area).collect(),
    }
}

fn same_province(a: &Area, b: &Area) -> bool {
    match (a, b) {
        (
            Area::Province { code, era, .. },
            Area::Province {
                code: other,
                era: other_era,
                ..
            },
        ) => code == other && era == other_era,
        _ => false,
    }
}

fn era_map(
    era: Era,
    levels: &[(Area, Decimal, Option<chrono::NaiveDate>)],
    largest: Decimal,
) -> String {
    let (width, height) = (
        (EAST - WEST) * SCALE + 2.0 * MARGIN,
        (NORTH - SOUTH) * SCALE + 2.0 * MARGIN,
    );
    let (title, id) = match era {
        Era::Before2025 => ("Before 1 July 2025: 63 provinces", "map-before2025"),
        _ => ("From 1 July 2025: 34 provinces and cities", "map-from2025"),
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" \
         role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">Cooperatives per province, \
         {title}</title><rect width=\"100%\" height=\"100%\" fill=\"#f4f8fb\"/>\
         <text x=\"8\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{title}</text>"
    );
    let mut reported = 0;
    let all = provinces(era);
    for province in &all {
        let Some((lat, lon)) = local_units().centroid(province) else {
            continue;
        };
        let (x, y) = (
            (lon - WEST) * SCALE + MARGIN,
            (NORTH - lat) * SCALE + MARGIN,
        );
        let level = levels.iter().find(|(a, ..)| same_province(a, province));
        match level {
            None => {
                let _ = write!(
                    svg,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{DOT}\" fill=\"#999\"><title>{}: no \
                     count reported</title></circle>",
                    escape(&province.to_string())
                );
            }
            Some((_, value, end)) => {
                reported += 1;
                let share = value
                    .checked_div(largest)
                    .and_then(|s| s.to_f64())
                    .unwrap_or(0.0)
                    .clamp(0.0, 1.0);
                let r = SMALLEST + (LARGEST - SMALLEST) * share.sqrt();
                let when = end.map_or(String::from("no period given"), |d| {
                    format!("period ending {}", d.format("%Y-%m-%d"))
                });
                let _ = write!(
                    svg,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"#3a7ca5\" \
                     fill-opacity=\"0.6\" stroke=\"#1d4e6e\"><title>{}: {} cooperatives, \
                     {when}</title></circle>",
                    escape(&province.to_string()),
                    value.normalize()
                );
            }
        }
    }
    let _ = write!(
        svg,
        "<text x=\"8\" y=\"{:.0}\" font-size=\"11\">{reported} of {} with a count</text></svg>",
        height - 8.0,
        all.len()
    );
    svg
}
