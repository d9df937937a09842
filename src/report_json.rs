//! `report.json` and `facts.jsonl`: the report as JSON, small however many facts a corpus
//! gives.
//!
//! `report.json` says what made the run and holds the conflicts, findings and roll-ups, each
//! source cited by document, spans and rule; the sentences themselves are in `facts.jsonl`,
//! one fact per line with every source it has, written as the facts are walked.

use std::io::{self, Write};
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;
use vncoop_model::{Observation, Provenance, Qualifier};
use vncoop_stats::{
    Conflict, Derivation, Fact, Finding, Key, Report, Resolution, RollUp, Severity, SourceLog,
    Sources,
};

use crate::pipeline::{Fingerprint, Hints, Outcome, Run};

/// Writes `report.json` of `report`, with what made it when it comes from a [`Run`]. It is
/// written without indentation, which would double its size; `jq .` shows it indented.
pub(crate) fn write_report_json(
    report: &Report,
    run: Option<&Run>,
    out: &mut impl Write,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ReportJson::of(report, run)?).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes `facts.jsonl`: each fact of `report` as one line of JSON, in the order of
/// `facts.csv`.
pub(crate) fn write_fact_lines(report: &Report, out: &mut impl Write) -> io::Result<()> {
    for fact in &report.facts {
        let line = FactLine {
            key: &fact.key,
            observation: &fact.observation,
            sources: report.sources.all(&fact.sources)?,
            derived: &fact.derived,
        };
        serde_json::to_writer(&mut *out, &line).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// One line of `facts.jsonl`: a fact with every source.
#[derive(Serialize)]
struct FactLine<'a> {
    key: &'a Key,
    observation: &'a Observation,
    sources: Vec<Provenance>,
    derived: &'a Option<Derivation>,
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
    fn of(report: &'a Report, run: Option<&'a Run>) -> io::Result<ReportJson<'a>> {
        Ok(ReportJson {
            run: run.map(RunInfo::of),
            facts: report.facts.len(),
            conflicts: report
                .conflicts
                .iter()
                .map(|c| ConflictJson::of(c, &report.sources))
                .collect::<io::Result<_>>()?,
            findings: report
                .findings
                .iter()
                .map(|f| FindingJson::of(f, &report.sources))
                .collect::<io::Result<_>>()?,
            rollups: &report.rollups,
        })
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
struct Cite {
    document: Arc<str>,
    span: [usize; 2],
    sentence: [usize; 2],
    rule: Arc<str>,
}

impl Cite {
    fn of(p: Provenance) -> Cite {
        Cite {
            document: p.document,
            span: [p.span.start, p.span.end],
            sentence: [p.sentence.start, p.sentence.end],
            rule: p.rule,
        }
    }

    /// The first [`CITED_SOURCES`] of `sources`, taken in turn (`facts.jsonl` has every
    /// one), and how many there are in all.
    fn first<'s>(
        sources: impl IntoIterator<Item = &'s Sources>,
        log: &SourceLog,
    ) -> io::Result<(Vec<Cite>, usize)> {
        let mut cited = Vec::new();
        let mut total = 0;
        for sources in sources {
            total += sources.len();
            if cited.len() < CITED_SOURCES {
                let wanted = CITED_SOURCES - cited.len();
                cited.extend(log.all(sources)?.into_iter().take(wanted).map(Cite::of));
            }
        }
        Ok((cited, total))
    }
}

/// A conflict: the quantity, each claim with the reports that make it, and how it was settled.
#[derive(Serialize)]
struct ConflictJson<'a> {
    key: &'a Key,
    candidates: Vec<ClaimJson>,
    chosen: usize,
    resolution: Resolution,
}

impl<'a> ConflictJson<'a> {
    fn of(c: &'a Conflict, log: &SourceLog) -> io::Result<ConflictJson<'a>> {
        Ok(ConflictJson {
            key: &c.key,
            candidates: c
                .candidates
                .iter()
                .map(|f| ClaimJson::of(f, log))
                .collect::<io::Result<_>>()?,
            chosen: c.chosen,
            resolution: c.resolution,
        })
    }
}

/// One claim of a conflict.
#[derive(Serialize)]
struct ClaimJson {
    value: Decimal,
    max: Option<Decimal>,
    qualifier: Qualifier,
    sources: Vec<Cite>,
    sources_total: usize,
}

impl ClaimJson {
    fn of(f: &Fact, log: &SourceLog) -> io::Result<ClaimJson> {
        let (sources, sources_total) = Cite::first([&f.sources], log)?;
        Ok(ClaimJson {
            value: f.observation.value,
            max: f.observation.max,
            qualifier: f.observation.qualifier,
            sources,
            sources_total,
        })
    }
}

/// A finding of the checks.
#[derive(Serialize)]
struct FindingJson<'a> {
    severity: Severity,
    check: &'a str,
    message: &'a str,
    sources: Vec<Cite>,
    sources_total: usize,
}

impl<'a> FindingJson<'a> {
    fn of(f: &'a Finding, log: &SourceLog) -> io::Result<FindingJson<'a>> {
        let (sources, sources_total) = Cite::first(&f.sources, log)?;
        Ok(FindingJson {
            severity: f.severity,
            check: f.check,
            message: &f.message,
            sources,
            sources_total,
        })
    }
}
