//! `report.json` and `facts.jsonl`: the report as JSON, small however many facts a corpus
//! gives.
//!
//! `report.json` says what made the run and holds the conflicts, findings and roll-ups, each
//! source cited by document, spans and rule; the sentences themselves are in `facts.jsonl`,
//! one fact per line with every source it has, written as the facts are walked.

use std::io::{self, Write};

use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{Provenance, Qualifier};
use vncoop_stats::{Conflict, Fact, Finding, Key, Report, Resolution, RollUp, Severity};

use crate::pipeline::{Fingerprint, Hints, Outcome, Run};

/// Writes `report.json` of `report`, with what made it when it comes from a [`Run`]. It is
/// written without indentation, which would double its size; `jq .` shows it indented.
pub(crate) fn write_report_json(
    report: &Report,
    run: Option<&Run>,
    out: &mut impl Write,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ReportJson::of(report, run)).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes `facts.jsonl`: each fact of `report` as one line of JSON, in the order of
/// `facts.csv`.
pub(crate) fn write_fact_lines(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for fact in &report.facts {
        serde_json::to_writer(&mut *out, fact).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// `report.json`.
#[derive(Serialize)]
struct ReportJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    run: Option<RunInfo<'a>>,
    /// How many facts `facts.jsonl` holds.
    facts: usize,
    conflicts: Vec<ConflictJson<'a>>,
    findings: Vec<FindingJson<'a>>,
    rollups: &'a [RollUp],
}

impl<'a> ReportJson<'a> {
    fn of(report: &'a Report, run: Option<&'a Run>) -> ReportJson<'a> {
        ReportJson {
            run: run.map(RunInfo::of),
            facts: report.facts.len(),
            conflicts: report.conflicts.iter().map(ConflictJson::of).collect(),
            findings: report.findings.iter().map(FindingJson::of).collect(),
            rollups: &report.rollups,
        }
    }
}

/// The tool, the hints and every input of a run.
#[derive(Serialize)]
struct RunInfo<'a> {
    tool: &'static str,
    version: &'static str,
    hints: &'a Hints,
    inputs: Vec<InputInfo<'a>>,
}

impl<'a> RunInfo<'a> {
    fn of(run: &'a Run) -> RunInfo<'a> {
        let inputs = run
            .documents
            .iter()
            .map(|d| InputInfo {
                name: &d.name,
                fingerprint: d.fingerprint.as_ref(),
                outcome: &d.outcome,
            })
            .collect();
        RunInfo {
            tool: "vncoop",
            version: env!("CARGO_PKG_VERSION"),
            hints: &run.hints,
            inputs,
        }
    }
}

/// One input of a run.
#[derive(Serialize)]
struct InputInfo<'a> {
    name: &'a str,
    #[serde(flatten)]
    fingerprint: Option<&'a Fingerprint>,
    #[serde(flatten)]
    outcome: &'a Outcome,
}

/// Most sources cited for one claim or finding; `sources_total` says how many there are. A
/// figure stated by hundreds of reports must not make `report.json` grow with each.
const CITED_SOURCES: usize = 10;

/// A source cited by where it is, without its sentence.
#[derive(Serialize)]
struct Cite<'a> {
    document: &'a str,
    span: [usize; 2],
    sentence: [usize; 2],
    rule: &'a str,
}

impl<'a> Cite<'a> {
    fn of(p: &'a Provenance) -> Cite<'a> {
        Cite {
            document: &p.document,
            span: [p.span.start, p.span.end],
            sentence: [p.sentence.start, p.sentence.end],
            rule: &p.rule,
        }
    }

    /// The first [`CITED_SOURCES`] of `sources`: `facts.jsonl` has every one.
    fn first(sources: &'a [Provenance]) -> Vec<Cite<'a>> {
        sources.iter().take(CITED_SOURCES).map(Cite::of).collect()
    }
}

/// A conflict: the quantity, each claim with the reports that make it, and how it was settled.
#[derive(Serialize)]
struct ConflictJson<'a> {
    key: &'a Key,
    candidates: Vec<ClaimJson<'a>>,
    chosen: usize,
    resolution: Resolution,
}

impl<'a> ConflictJson<'a> {
    fn of(c: &'a Conflict) -> ConflictJson<'a> {
        ConflictJson {
            key: &c.key,
            candidates: c.candidates.iter().map(ClaimJson::of).collect(),
            chosen: c.chosen,
            resolution: c.resolution,
        }
    }
}

/// One claim of a conflict.
#[derive(Serialize)]
struct ClaimJson<'a> {
    value: Decimal,
    max: Option<Decimal>,
    qualifier: Qualifier,
    sources: Vec<Cite<'a>>,
    sources_total: usize,
}

impl<'a> ClaimJson<'a> {
    fn of(f: &'a Fact) -> ClaimJson<'a> {
        ClaimJson {
            value: f.observation.value,
            max: f.observation.max,
            qualifier: f.observation.qualifier,
            sources: Cite::first(&f.sources),
            sources_total: f.sources.len(),
        }
    }
}

/// A finding of the checks.
#[derive(Serialize)]
struct FindingJson<'a> {
    severity: Severity,
    check: &'a str,
    message: &'a str,
    sources: Vec<Cite<'a>>,
    sources_total: usize,
}

impl<'a> FindingJson<'a> {
    fn of(f: &'a Finding) -> FindingJson<'a> {
        FindingJson {
            severity: f.severity,
            check: f.check,
            message: &f.message,
            sources: Cite::first(&f.sources),
            sources_total: f.sources.len(),
        }
    }
}
