//! The vncoop pipeline: reports in, one sourced table, report and chart out.
//!
//! ```text
//! cargo run --release --example pipeline              # the embedded sample corpus
//! cargo run --release --example pipeline -- DIR|FILE… # your own reports (*.txt)
//! ```
//!
//! Each report is decoded (UTF-8 or a legacy Vietnamese encoding, detected), normalized, its
//! language identified and its figures extracted; the observations of all reports are then
//! reconciled, derived values added and checks run. The summary and the findings are printed;
//! the outputs (CSV, JSON, Markdown, HTML with SVG charts) are written to `vncoop-report/`.
//! Unreadable files are reported with their reason and the run goes on.

mod corpus;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use vncoop::extract::{extract, Document};
use vncoop::stats::{summary_rows, Report, Store};

const OUTPUT: &str = "vncoop-report";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (documents, rejected) = if args.is_empty() {
        println!("vncoop pipeline: embedded sample corpus (examples/data)");
        corpus::embedded()
    } else {
        corpus::from_paths(&args)
    };
    for rejection in &rejected {
        eprintln!("rejected {}: {}", rejection.name, rejection.reason);
    }
    let progress = std::io::stderr().is_terminal() && documents.len() > 20;
    let mut store = Store::new();
    let (mut observations, mut left_out) = (0, 0);
    for (i, document) in documents.iter().enumerate() {
        let found = extract(&Document::new(document.name.clone(), document.text.clone()));
        observations += found.observations.len();
        left_out += found.diagnostics.len();
        store.add(&document.name, found.published, found.observations);
        if progress {
            eprint!("\rreading {}/{}", i + 1, documents.len());
        }
    }
    if progress {
        eprintln!();
    }
    let report = Report::build(&store);

    println!();
    println!(
        "{:<14} {:>4} {:>12} {:>10} {:>7} {:>10} {:>6} {:>16}",
        "area", "year", "cooperatives", "groups", "unions", "members", "OCOP", "avg revenue"
    );
    for (area, year, cells) in summary_rows(&report) {
        let c = |i: usize| cells.get(i).map(String::as_str).unwrap_or("");
        println!(
            "{:<14} {:>4} {:>12} {:>10} {:>7} {:>10} {:>6} {:>16}",
            area,
            year,
            c(0),
            c(1),
            c(2),
            c(3),
            c(4),
            c(5)
        );
    }
    if !report.conflicts.is_empty() {
        println!();
        for conflict in &report.conflicts {
            let claims: Vec<String> = conflict
                .candidates
                .iter()
                .map(|f| {
                    let docs: Vec<&str> = f.sources.iter().map(|s| s.document.as_str()).collect();
                    format!("{} [{}]", f.observation.value.normalize(), docs.join(", "))
                })
                .collect();
            println!(
                "conflict: {} {}: {} -> kept {} ({:?})",
                conflict.key.indicator,
                conflict
                    .key
                    .period
                    .as_ref()
                    .map_or("-".into(), |p| p.to_string()),
                claims.join(" vs "),
                conflict.candidates[conflict.chosen]
                    .observation
                    .value
                    .normalize(),
                conflict.resolution
            );
        }
    }
    if !report.findings.is_empty() {
        println!();
        for finding in &report.findings {
            println!("{:?}: {}", finding.severity, finding.message);
        }
    }
    let written = write_outputs(&report);
    println!();
    let derived = report.facts.iter().filter(|f| f.derived.is_some()).count();
    println!(
        "documents read: {}, rejected: {}, observations: {observations}, numbers left out: {left_out}, \
         facts: {}, derived: {derived}, conflicts: {}, findings: {}",
        documents.len(),
        rejected.len(),
        report.facts.len() - derived,
        report.conflicts.len(),
        report.findings.len()
    );
    match written {
        Ok(()) => {
            println!("outputs: {OUTPUT}/observations.csv, report.json, report.md, report.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write {OUTPUT}/: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_outputs(report: &Report) -> Result<(), String> {
    let dir = Path::new(OUTPUT);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let csv = report.to_csv().map_err(|e| e.to_string())?;
    let json = report.to_json().map_err(|e| e.to_string())?;
    for (name, content) in [
        ("observations.csv", csv),
        ("report.json", json),
        ("report.md", report.to_markdown()),
        ("report.html", report.to_html()),
    ] {
        std::fs::write(dir.join(name), content).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}
