//! The whole picture, and its outputs: a tidy CSV and JSON (columns in `docs/outputs.md`), a
//! Markdown report, and a self-contained HTML page with SVG charts.

use std::collections::HashMap;
use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{Area, Era, Indicator, Period};

use crate::check::{check, Finding};
use crate::derive::derive;
use crate::evidence::cite;
use crate::rollup::{by_successor, national, weighted_average, RollUp};
use crate::sources::SourceLog;
use crate::store::{Conflict, Fact, Key, Store};
use crate::summary::{figure_text, summary_rows, SummaryRow, SUMMARY_INDICATORS};

/// Facts (reported and derived), conflicts, findings and roll-ups.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Reported facts, then derived ones.
    pub facts: Vec<Fact>,
    /// Disagreements and how they were settled.
    pub conflicts: Vec<Conflict>,
    /// What the checks found.
    pub findings: Vec<Finding>,
    /// Totals per post-merger unit and nationally, and weighted averages.
    pub rollups: Vec<RollUp>,
    /// Every source of the facts and of the conflicts' claims, read back one fact at a time.
    #[serde(skip)]
    pub sources: SourceLog,
}

/// Indicators rolled up.
const ADDITIVE: [Indicator; 6] = [
    Indicator::Cooperatives,
    Indicator::CooperativeGroups,
    Indicator::UnionsOfCooperatives,
    Indicator::Members,
    Indicator::Employees,
    Indicator::OcopProducts,
];

impl From<Store> for Report {
    /// Reconcile, derive, check and roll up everything in `store`.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vncoop_model::{Indicator, Kind, Observation, Period, Unit};
    /// use vncoop_stats::{Report, Store};
    ///
    /// let level = Observation::new(Indicator::Members, Decimal::from(570_286), Unit::People)
    ///     .with_period(Some(Period::Year(2023)));
    /// let mut change = Observation::new(Indicator::Members, Decimal::from(3_189), Unit::People)
    ///     .with_period(Some(Period::Year(2023)));
    /// change.kind = Kind::Change;
    /// change.baseline = Some(Period::Year(2022));
    /// let mut store = Store::new();
    /// store.add("report", None, [level, change]);
    /// let report = Report::from(store);
    /// let earlier = report.facts.iter().find(|f| f.derived.is_some()).unwrap();
    /// assert_eq!(earlier.observation.value, Decimal::from(567_097));
    /// assert_eq!(earlier.observation.period, Some(Period::Year(2022)));
    /// ```
    fn from(store: Store) -> Report {
        let reconciled = store.into_reconciled();
        let mut facts = reconciled.facts;
        let derived = derive(&facts);
        facts.extend(derived);
        let findings = check(&facts);
        let mut rollups = Vec::new();
        for indicator in ADDITIVE {
            rollups.extend(by_successor(&facts, indicator));
            rollups.extend(national(&facts, indicator));
        }
        for average in [
            Indicator::AvgRevenuePerCooperative,
            Indicator::AvgIncomePerWorker,
        ] {
            rollups.extend(weighted_average(&facts, average));
        }
        Report {
            facts,
            conflicts: reconciled.conflicts,
            findings,
            rollups,
            sources: reconciled.sources,
        }
    }
}

impl Report {
    /// One CSV row per fact and source, as a string (see [`Report::write_csv`]).
    #[cfg(feature = "report")]
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut bytes = Vec::new();
        self.write_csv(&mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Writes one CSV row per fact and source to `out`, row by row: a large report is never
    /// held as one string. Give it a buffered writer. A conflict's claims that were set aside
    /// follow the fact that was kept, one row per source, with `conflict` saying which is
    /// which: no reported figure is left out of the table.
    ///
    /// ```
    /// use vncoop_stats::Report;
    /// let mut out = Vec::new();
    /// Report::default().write_csv(&mut out)?;
    /// assert!(out.starts_with(b"indicator,value,"));
    /// # Ok::<(), csv::Error>(())
    /// ```
    #[cfg(feature = "report")]
    pub fn write_csv<W: std::io::Write>(&self, out: W) -> Result<(), csv::Error> {
        write_table(out, &CSV_COLUMNS, self.rows())
    }

    /// The rows of `observations.csv`, in order, each with the columns of [`CSV_COLUMNS`]:
    /// one per fact and source, a conflict's claims set aside after the fact kept. Writers of
    /// other table formats read the same rows, so every format has the same columns.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vncoop_model::{Indicator, Observation, Unit};
    /// use vncoop_stats::{Report, Store, CSV_COLUMNS};
    ///
    /// let mut store = Store::new();
    /// store.add("r", None, [Observation::new(Indicator::Cooperatives, Decimal::from(464), Unit::Count)]);
    /// let report = Report::from(store);
    /// let rows: Vec<Vec<String>> = report.rows().collect::<std::io::Result<_>>()?;
    /// let value = CSV_COLUMNS.iter().position(|c| *c == "value").unwrap();
    /// assert_eq!(rows.len(), 1);
    /// assert_eq!(rows[0][value], "464");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = std::io::Result<Vec<String>>> + '_ {
        let conflicts = self.conflicts_by_key();
        self.facts.iter().flat_map(move |f| {
            let claims: Vec<(&Fact, &'static str)> = match conflicts.get(&f.key).copied() {
                None => vec![(f, "")],
                Some(conflict) => std::iter::once((f, "kept"))
                    .chain(
                        conflict
                            .candidates
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| *i != conflict.chosen)
                            .map(|(_, set_aside)| (set_aside, "set_aside")),
                    )
                    .collect(),
            };
            claims.into_iter().flat_map(move |(fact, status)| {
                // A fact with no source (made by hand): one row says so.
                let rows: Vec<std::io::Result<Vec<String>>> = match self.sources.all(&fact.sources)
                {
                    Err(e) => vec![Err(e)],
                    Ok(sources) if sources.is_empty() => vec![Ok(csv_row(fact, None, status))],
                    Ok(sources) => sources
                        .iter()
                        .map(|source| Ok(csv_row(fact, Some(source), status)))
                        .collect(),
                };
                rows
            })
        })
    }

    /// The rows of `facts.csv`, in order, each with the columns of [`FACT_COLUMNS`]: one per
    /// fact, reported or derived, with the value kept, how many sources state it and which
    /// documents, and how a conflict over it was settled (empty when the reports agree).
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vncoop_model::{Area, Indicator, Observation, Period, Unit};
    /// use vncoop_stats::{Report, Store, FACT_COLUMNS};
    ///
    /// let count = |document: &str| {
    ///     let mut o = Observation::new(Indicator::Cooperatives, Decimal::from(464), Unit::Count)
    ///         .with_period(Some(Period::Year(2023)));
    ///     o.area = Area::National;
    ///     o.provenance.document = document.into();
    ///     o
    /// };
    /// let mut store = Store::new();
    /// store.add("a", None, [count("a")]);
    /// store.add("b", None, [count("b")]);
    /// let report = Report::from(store);
    /// let rows: Vec<Vec<String>> = report.fact_rows().collect::<std::io::Result<_>>()?;
    /// let cell = |name: &str| &rows[0][FACT_COLUMNS.iter().position(|c| *c == name).unwrap()];
    /// assert_eq!(rows.len(), 1);
    /// assert_eq!((cell("value").as_str(), cell("sources").as_str()), ("464", "2"));
    /// assert_eq!(cell("documents"), "a; b");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn fact_rows(&self) -> impl Iterator<Item = std::io::Result<Vec<String>>> + '_ {
        let conflicts = self.conflicts_by_key();
        self.facts.iter().map(move |f| {
            let mut cells = csv_row(f, None, "");
            cells.truncate(QUANTITY_COLUMNS.len());
            let documents = self.sources.documents(&f.sources)?;
            let documents: Vec<&str> = documents.iter().map(|d| &**d).collect();
            cells.push(f.sources.len().to_string());
            cells.push(documents.join("; "));
            cells.push(
                conflicts
                    .get(&f.key)
                    .filter(|_| f.derived.is_none())
                    .map_or(String::new(), |c| c.resolution.name().to_string()),
            );
            Ok(cells)
        })
    }

    /// Writes one CSV row per fact ([`Report::fact_rows`]) to `out`, row by row.
    ///
    /// ```
    /// use vncoop_stats::Report;
    /// let mut out = Vec::new();
    /// Report::default().write_facts_csv(&mut out)?;
    /// assert!(out.starts_with(b"indicator,value,"));
    /// # Ok::<(), csv::Error>(())
    /// ```
    #[cfg(feature = "report")]
    pub fn write_facts_csv<W: std::io::Write>(&self, out: W) -> Result<(), csv::Error> {
        write_table(out, &FACT_COLUMNS, self.fact_rows())
    }

    /// Each conflict, by the key of the quantity it is over.
    fn conflicts_by_key(&self) -> HashMap<&Key, &Conflict> {
        self.conflicts.iter().map(|c| (&c.key, c)).collect()
    }

    /// The whole report as JSON, as a string (see [`Report::write_json`]).
    #[cfg(feature = "report")]
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// Writes the whole report as JSON to `out`, streamed as it is serialized.
    ///
    /// ```
    /// use vncoop_stats::Report;
    /// let mut out = Vec::new();
    /// Report::default().write_json(&mut out)?;
    /// let back: serde_json::Value = serde_json::from_slice(&out)?;
    /// assert!(back["facts"].as_array().is_some_and(|facts| facts.is_empty()));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[cfg(feature = "report")]
    pub fn write_json<W: std::io::Write>(&self, out: W) -> Result<(), serde_json::Error> {
        serde_json::to_writer_pretty(out, self)
    }

    /// A readable report: the summary table, conflicts, findings, roll-ups.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut md = String::from("# Collective economy: what the reports say\n\n## Summary\n\n");
        md.push_str(&summary_table(self));
        let _ = write!(md, "\n## Conflicts ({})\n\n", self.conflicts.len());
        for c in &self.conflicts {
            let _ = writeln!(md, "- {}", conflict_line(c));
        }
        let _ = write!(md, "\n## Findings ({})\n\n", self.findings.len());
        for f in &self.findings {
            let _ = writeln!(md, "- **{}** [{}] {}", f.severity, f.check, f.message);
        }
        let _ = write!(
            md,
            "\n## Roll-ups\n\n| {} |\n|---|---|---|---|---|\n",
            ROLLUP_COLUMNS.join(" | ")
        );
        for r in &self.rollups {
            let _ = writeln!(md, "| {} |", rollup_cells(r).join(" | "));
        }
        md
    }

    /// A self-contained HTML page with SVG charts: cooperatives per province, the OCOP star
    /// mix, and cooperatives over time per post-merger unit.
    #[must_use]
    pub fn to_html(&self) -> String {
        let mut html = String::from(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>vncoop report</title>\
             <style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}\
             table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right}\
             th:first-child,td:first-child{text-align:left}.warning{color:#a40}</style></head><body>\
             <h1>Collective economy: what the reports say</h1>",
        );
        html.push_str("<h2>Where the cooperatives are</h2>");
        html.push_str(&crate::map::cooperatives_map(self));
        html.push_str("<h2>Cooperatives per province</h2>");
        html.push_str(&bars(
            "Cooperatives per province: the latest count each reports; units formed by the 2025 \
             merger are marked (2025), and each bar keeps the year of its own report",
            &latest_by_area(self, Indicator::Cooperatives, None),
        ));
        html.push_str("<h2>OCOP products by star level</h2>");
        let mut stars = Vec::new();
        for level in ["3-star", "4-star", "5-star", "potential 5-star"] {
            // A sum out of range leaves its bar out rather than draw a wrong one.
            let total = crate::arith::sum(
                latest_by_area(self, Indicator::OcopProducts, Some(level))
                    .iter()
                    .map(|(_, v)| *v),
            );
            if let Some(total) = total.filter(|t| !t.is_zero()) {
                stars.push((level.to_string(), total));
            }
        }
        html.push_str(&bars(
            "OCOP products by star level: the latest count per province, added up over the \
             provinces that report one",
            &stars,
        ));
        html.push_str("<h2>Cooperatives over time</h2>");
        html.push_str(&crate::series::cooperatives_over_time(self));
        let rows = summary_rows(self);
        let rollup_inputs = crate::evidence::rollup_inputs(self);
        html.push_str("<h2>Summary</h2>");
        html.push_str(&summary_html(&rows));
        html.push_str(
            "<p>How to read a figure: &gt; over, ≥ at least, &lt; under, ≤ at most, ≈ about \
             (the report hedges it); a–b a range; m VND millions of dong.</p>",
        );
        let _ = write!(html, "<h2>Conflicts ({})</h2><ul>", self.conflicts.len());
        for c in &self.conflicts {
            let _ = write!(html, "<li>{}</li>", escape(&conflict_line(c)));
        }
        let _ = write!(html, "</ul><h2>Findings ({})</h2><ul>", self.findings.len());
        for f in &self.findings {
            // The severity is said in words, not by colour alone.
            let _ = write!(
                html,
                "<li class=\"{}\"><strong>{}</strong> [{}] {}</li>",
                f.severity,
                f.severity,
                f.check,
                escape(&f.message)
            );
        }
        html.push_str(
            "</ul><h2>Roll-ups</h2><table><caption>Totals per unit formed by the 2025 merger and \
             for the whole country, from the provinces that report them; coverage says how many \
             of the provinces needed did.</caption><tr>",
        );
        for column in ROLLUP_COLUMNS {
            let _ = write!(html, "<th>{column}</th>");
        }
        html.push_str("<th>sources</th></tr>");
        for (r, inputs) in self.rollups.iter().zip(&rollup_inputs) {
            html.push_str("<tr>");
            for cell in rollup_cells(r) {
                let _ = write!(html, "<td>{}</td>", escape(&cell));
            }
            let links: Vec<String> = inputs
                .iter()
                .map(|&fact| cite(fact, &area_label_with_era(&self.facts[fact].key.area)))
                .collect();
            let _ = write!(html, "<td>{}</td></tr>", links.join(", "));
        }
        html.push_str("</table>");
        html.push_str(&crate::evidence::evidence_html(
            self,
            rows.iter()
                .flat_map(|row| row.cells.iter().flatten().map(|cell| cell.fact))
                .chain(rollup_inputs.iter().flatten().copied()),
        ));
        html.push_str("</body></html>\n");
        html
    }
}

/// Writes `header` and then `rows` to `out` as CSV, row by row.
#[cfg(feature = "report")]
fn write_table<W: std::io::Write>(
    out: W,
    header: &[&str],
    rows: impl Iterator<Item = std::io::Result<Vec<String>>>,
) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header)?;
    for row in rows {
        w.write_record(row?)?;
    }
    w.flush()?;
    Ok(())
}

/// One conflict in words: the quantity, the claims with their number of sources, the claim
/// kept and why.
fn conflict_line(c: &Conflict) -> String {
    let claims: Vec<String> = c
        .candidates
        .iter()
        .map(|f| {
            format!(
                "{} ({} source(s))",
                figure_text(&f.observation),
                f.sources.len()
            )
        })
        .collect();
    format!(
        "{} {} {}: {}; kept {} ({})",
        c.key.area,
        c.key.indicator,
        c.key.period.as_ref().map_or("-".into(), |p| p.to_string()),
        claims.join(" vs "),
        figure_text(&c.candidates[c.chosen].observation),
        c.resolution
    )
}

/// The columns of the roll-up tables.
const ROLLUP_COLUMNS: [&str; 5] = ["indicator", "year", "area", "value", "coverage"];

/// One roll-up's cells, in the order of [`ROLLUP_COLUMNS`].
fn rollup_cells(r: &RollUp) -> [String; 5] {
    [
        r.indicator.to_string(),
        r.year.to_string(),
        r.area.to_string(),
        format!(
            "{}{}",
            if r.approximate { "≈" } else { "" },
            r.value.normalize()
        ),
        r.coverage(),
    ]
}

/// The columns that say what a quantity is and its value, first in both tables.
const QUANTITY_COLUMNS: [&str; 22] = [
    "indicator",
    "value",
    "max",
    "unit",
    "qualifier",
    "kind",
    "baseline",
    "baseline_start",
    "baseline_end",
    "area_level",
    "area_code",
    "area_name",
    "area_era",
    "period",
    "period_start",
    "period_end",
    "sector",
    "legal_form",
    "stars",
    "per",
    "note",
    "derived",
];

/// `first` then `then`, as one array of `N` columns (a compile error unless `N` is the sum).
const fn columns<const A: usize, const B: usize, const N: usize>(
    first: [&'static str; A],
    then: [&'static str; B],
) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < A {
        out[i] = first[i];
        i += 1;
    }
    while i < N {
        out[i] = then[i - A];
        i += 1;
    }
    out
}

/// The CSV header (documented in `docs/outputs.md`).
pub const CSV_COLUMNS: [&str; 28] = columns(
    QUANTITY_COLUMNS,
    [
        "document",
        "span_start",
        "span_end",
        "rule",
        "evidence",
        "conflict",
    ],
);

/// The header of `facts.csv` (documented in `docs/outputs.md`): the columns of
/// [`CSV_COLUMNS`] that describe the quantity, then how many sources state it, their
/// documents, and how a conflict over it was settled.
pub const FACT_COLUMNS: [&str; 25] =
    columns(QUANTITY_COLUMNS, ["sources", "documents", "conflict"]);

fn csv_row(f: &Fact, source: Option<&vncoop_model::Provenance>, conflict: &str) -> Vec<String> {
    let o = &f.observation;
    let (level, code, name, era) = match &o.area {
        Area::Province { code, name, era } => {
            ("province", code.clone(), name.clone(), era.to_string())
        }
        Area::District { code, .. } => (
            "district",
            code.clone(),
            o.area.to_string(),
            Era::Before2025.to_string(),
        ),
        Area::Commune { code, .. } => (
            "commune",
            code.clone(),
            o.area.to_string(),
            Era::From2025.to_string(),
        ),
        Area::National => ("national", String::new(), String::new(), String::new()),
        Area::Unknown => ("unknown", String::new(), String::new(), String::new()),
    };
    vec![
        o.indicator.to_string(),
        o.value.normalize().to_string(),
        o.max.map(|m| m.normalize().to_string()).unwrap_or_default(),
        o.unit.to_string(),
        o.qualifier.to_string(),
        o.kind.to_string(),
        o.baseline
            .as_ref()
            .map(|p| p.to_string())
            .unwrap_or_default(),
        date(o.baseline.as_ref().and_then(Period::start)),
        date(o.baseline.as_ref().and_then(Period::end)),
        level.into(),
        code,
        name,
        era,
        o.period.as_ref().map(|p| p.to_string()).unwrap_or_default(),
        date(o.period.as_ref().and_then(Period::start)),
        date(o.period.as_ref().and_then(Period::end)),
        o.scope.sector.map(|s| s.to_string()).unwrap_or_default(),
        o.scope
            .legal_form
            .map(|s| s.to_string())
            .unwrap_or_default(),
        o.scope.stars.map(|s| s.to_string()).unwrap_or_default(),
        o.scope
            .per
            .iter()
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join("/"),
        o.scope.note.clone(),
        f.derived
            .as_ref()
            .map(|d| d.rule.to_string())
            .unwrap_or_default(),
        source.map(|s| s.document.to_string()).unwrap_or_default(),
        source.map(|s| s.span.start.to_string()).unwrap_or_default(),
        source.map(|s| s.span.end.to_string()).unwrap_or_default(),
        source.map_or(&o.provenance.rule, |s| &s.rule).to_string(),
        source.map(|s| s.evidence.to_string()).unwrap_or_default(),
        conflict.to_string(),
    ]
}

/// An ISO date (`YYYY-MM-DD`), or empty.
fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The name, marked when it is a unit formed by the 2025 merger ("Hưng Yên (2025)").
pub(crate) fn area_label_with_era(area: &Area) -> String {
    match area {
        Area::Province {
            name,
            era: vncoop_model::Era::From2025,
            ..
        } => format!("{name} (2025)"),
        other => other.to_string(),
    }
}

fn summary_table(report: &Report) -> String {
    let mut md = String::from("| area | year |");
    for ind in SUMMARY_INDICATORS {
        let _ = write!(md, " {ind} |");
    }
    md.push_str("\n|---|---|");
    md.push_str(&"---|".repeat(SUMMARY_INDICATORS.len()));
    md.push('\n');
    for row in summary_rows(report) {
        let cells: Vec<&str> = row.texts().collect();
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            row.label(),
            row.year,
            cells.join(" | ")
        );
    }
    md
}

/// The summary table, each figure linked to its evidence.
fn summary_html(rows: &[SummaryRow]) -> String {
    let mut html = String::from(
        "<table><caption>Each province and year with the figure kept for each indicator \
         (exact before hedged, then the latest period)</caption><tr><th>area</th><th>year</th>",
    );
    for ind in SUMMARY_INDICATORS {
        let _ = write!(html, "<th>{}</th>", ind.to_string().replace('_', " "));
    }
    html.push_str("</tr>");
    for row in rows {
        let _ = write!(
            html,
            "<tr><td>{}</td><td>{}</td>",
            escape(&row.label()),
            row.year
        );
        for cell in &row.cells {
            match cell {
                Some(cell) => {
                    let _ = write!(html, "<td>{}</td>", cite(cell.fact, &cell.text));
                }
                None => html.push_str("<td></td>"),
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</table>");
    html
}

/// The latest whole-area figure per area (optionally for one star level).
fn latest_by_area(
    report: &Report,
    indicator: Indicator,
    stars: Option<&str>,
) -> Vec<(String, Decimal)> {
    latest_levels(report, indicator, stars)
        .into_iter()
        .map(|(a, v, _)| (area_label_with_era(&a), v))
        .collect()
}

/// The preferred level of `indicator` per province (exact before hedged, then the latest),
/// with the last day of its period, in the order provinces first appear.
pub(crate) fn latest_levels(
    report: &Report,
    indicator: Indicator,
    stars: Option<&str>,
) -> Vec<(Area, Decimal, Option<chrono::NaiveDate>)> {
    let mut best: Vec<(Area, (bool, Option<chrono::NaiveDate>), Decimal)> = Vec::new();
    for f in report.facts.iter().filter(|f| {
        f.is_level_of(indicator)
            && f.key.stars.as_deref() == stars
            && matches!(f.key.area, Area::Province { .. })
    }) {
        let rank = f.preference();
        match best.iter_mut().find(|(a, _, _)| *a == f.key.area) {
            Some(slot) if slot.1 < rank => *slot = (f.key.area.clone(), rank, f.observation.value),
            Some(_) => {}
            None => best.push((f.key.area.clone(), rank, f.observation.value)),
        }
    }
    best.into_iter()
        .map(|(a, (_, end), v)| (a, v, end))
        .collect()
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal bars, one per label, in a figure captioned `title`.
fn bars(title: &str, data: &[(String, Decimal)]) -> String {
    if data.is_empty() {
        return "<p>No data.</p>".into();
    }
    let max = data
        .iter()
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    let row = 26;
    let height = data.len() * row + 10;
    let title = escape(title);
    let mut svg = format!(
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{height}\" \
         role=\"img\"><title>{title}</title>"
    );
    for (i, (label, value)) in data.iter().enumerate() {
        let y = i * row + 5;
        let width = value
            .checked_div(max)
            .and_then(|share| share.checked_mul(Decimal::from(400)))
            .and_then(|w| w.round().to_u64())
            .unwrap_or(0);
        let _ = write!(
            svg,
            "<text x=\"150\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text>\
             <rect x=\"160\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"#3a7ca5\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 14,
            escape(label),
            170 + width,
            y + 14,
            value.normalize()
        );
    }
    let _ = write!(svg, "</svg><figcaption>{title}.</figcaption></figure>");
    svg
}
