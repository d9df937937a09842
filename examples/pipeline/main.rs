//! The vncoop pipeline: reports in, one sourced table, report and chart out.
//!
//! ```text
//! cargo run --release --example pipeline                 # the embedded sample corpus
//! cargo run --release --example pipeline -- DIR|FILE...  # your own reports (*.txt)
//! cargo run --release --example pipeline -- --help       # options and exit codes
//! ```
//!
//! A thin command over [`vncoop::pipeline`]: each report is decoded, its language identified
//! and its figures extracted on all cores; the observations are reconciled, derived values
//! added and checks run. The summary, conflicts and findings are printed; the outputs are
//! written to `vncoop-report/` (or `--out`), all or nothing.

mod corpus;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::Parser;
use vncoop::output::{write_run, Format};
use vncoop::pipeline::{find_inputs, Outcome, Pipeline, Run};
use vncoop::stats::{figure_text, summary_rows};
use vncoop::text::{Encoding, Lang};

/// Exit codes, as documented in `--help`.
const EXIT_PATH: u8 = 2;
const EXIT_NOTHING_READ: u8 = 3;
const EXIT_WRITE: u8 = 4;

/// Figures on Vietnam's collective economy, from reports to sourced tables.
#[derive(Parser)]
#[command(
    name = "pipeline",
    after_help = "Exit codes: 0 done; 2 bad arguments or a path that does not exist; \
                  3 no input could be read; 4 the outputs could not be written. \
                  On any non-zero exit an earlier output folder is left as it was."
)]
struct Args {
    /// Report files, or folders searched recursively for *.txt; none: the embedded sample
    /// corpus.
    paths: Vec<PathBuf>,
    /// Folder the outputs are written to (replaced as a whole when the run succeeds).
    #[arg(short, long, default_value = "vncoop-report")]
    out: PathBuf,
    /// Outputs to write, comma-separated: csv (one row per fact and source), facts (one row
    /// per fact), json, md, html, diagnostics (the numbers left out, and why), and parquet
    /// when built with the `parquet` feature.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "csv,facts,json,md,html,diagnostics"
    )]
    format: Vec<Format>,
    /// Read every report as this language (vi, en, id) instead of detecting it.
    #[arg(long)]
    lang: Option<Lang>,
    /// The province every report is about, unless its text names one.
    #[arg(long)]
    province: Option<String>,
    /// Publication date of every report (YYYY-MM-DD): resolves "this year" and the map in
    /// force.
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long, default_value_t = 0)]
    threads: usize,
    /// Print the time of each phase and the peak memory to stderr.
    #[arg(long)]
    timings: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let inputs = if args.paths.is_empty() {
        corpus::embedded()
    } else {
        match find_inputs(&args.paths) {
            Ok(inputs) => inputs,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_PATH);
            }
        }
    };
    let mut pipeline = Pipeline::new().threads(args.threads);
    if let Some(lang) = args.lang {
        pipeline = pipeline.lang(lang);
    }
    if let Some(province) = &args.province {
        pipeline = pipeline.province(province.clone());
    }
    if let Some(date) = args.as_of {
        pipeline = pipeline.published(date);
    }
    let progress = io::stderr().is_terminal() && inputs.len() > 20;
    let run = pipeline.run_with_progress(&inputs, &|done, total| {
        if progress && (done % 16 == 0 || done == total) {
            eprint!("\rreading {done}/{total}");
        }
    });
    if progress {
        eprintln!();
    }
    let run = match run {
        Ok(run) => run,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    report_inputs(&run);
    if run.read() == 0 {
        eprintln!("error: no input could be read; nothing written");
        return ExitCode::from(EXIT_NOTHING_READ);
    }

    let start = Instant::now();
    let written = write_run(&run, &args.out, &args.format);
    let write_time = start.elapsed();
    // A closed stdout (`pipeline DIR | head`) only cuts the summary short: the outputs are
    // already written.
    let _ = print_summary(&mut io::stdout().lock(), &run, args.paths.is_empty());
    if args.timings {
        eprintln!(
            "timings: read and extract {:.2?}, reconcile {:.2?}, write {:.2?}{}",
            run.timings.extract,
            run.timings.reconcile,
            write_time,
            peak_memory().map_or(String::new(), |kib| format!(
                "; peak memory {} MiB",
                kib / 1024
            ))
        );
    }
    match written {
        Ok(files) => {
            let _ = writeln!(
                io::stdout(),
                "outputs: {}/{{{}}}",
                args.out.display(),
                files.join(",")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: could not write {}: {e}", args.out.display());
            ExitCode::from(EXIT_WRITE)
        }
    }
}

/// Rejected, damaged and legacy-encoded inputs, on stderr.
fn report_inputs(run: &Run) {
    for document in &run.documents {
        let name = &document.name;
        match &document.outcome {
            Outcome::Rejected { reason } => eprintln!("rejected {name}: {reason}"),
            Outcome::Empty => eprintln!("note {name}: empty"),
            Outcome::Read { detection: d, .. } => {
                if d.replaced > 0 {
                    eprintln!(
                        "warning {name}: damaged UTF-8, {} invalid sequences read as U+FFFD",
                        d.replaced
                    );
                } else if d.encoding != Encoding::Utf8 {
                    eprintln!(
                        "note {name}: read as {} (confidence {:.2})",
                        d.encoding, d.confidence
                    );
                }
            }
            _ => {}
        }
    }
}

fn print_summary(out: &mut impl Write, run: &Run, embedded: bool) -> io::Result<()> {
    let report = &run.report;
    if embedded {
        writeln!(
            out,
            "vncoop pipeline: embedded sample corpus (examples/data)"
        )?;
    }
    writeln!(out)?;
    let header = [
        "area",
        "year",
        "cooperatives",
        "groups",
        "unions",
        "members",
        "OCOP",
        "avg revenue",
    ];
    write_row(out, &header.map(String::from))?;
    for summary in summary_rows(report) {
        let mut row: [String; 8] = Default::default();
        row[0] = summary.label();
        row[1] = summary.year.to_string();
        for (slot, cell) in row[2..].iter_mut().zip(summary.texts()) {
            *slot = cell.to_string();
        }
        write_row(out, &row)?;
    }
    if !report.conflicts.is_empty() {
        writeln!(out)?;
    }
    for conflict in &report.conflicts {
        let claims = conflict
            .candidates
            .iter()
            .map(|f| {
                let sources = report.sources.all(&f.sources)?;
                let docs: Vec<&str> = sources.iter().map(|s| &*s.document).collect();
                Ok(format!(
                    "{} [{}]",
                    figure_text(&f.observation),
                    docs.join(", ")
                ))
            })
            .collect::<io::Result<Vec<String>>>()?;
        let kept = conflict
            .candidates
            .get(conflict.chosen)
            .map_or(String::new(), |f| figure_text(&f.observation));
        writeln!(
            out,
            "conflict: {} {}: {} -> kept {kept} ({})",
            conflict.key.indicator,
            conflict
                .key
                .period
                .as_ref()
                .map_or("-".into(), |p| p.to_string()),
            claims.join(" vs "),
            conflict.resolution
        )?;
    }
    if !report.findings.is_empty() {
        writeln!(out)?;
    }
    for finding in &report.findings {
        writeln!(out, "{}: {}", finding.severity, finding.message)?;
    }
    writeln!(out)?;
    let derived = report.facts.iter().filter(|f| f.derived.is_some()).count();
    let disagreements = report
        .conflicts
        .iter()
        .filter(|c| c.is_disagreement())
        .count();
    writeln!(
        out,
        "documents read: {}, rejected: {}, observations: {}, numbers left out: {}, \
         facts: {}, derived: {derived}, conflicts: {disagreements} (and {} agreeing within \
         their hedges), findings: {}",
        run.read(),
        run.rejected().count(),
        run.observations(),
        run.left_out(),
        report.facts.len() - derived,
        report.conflicts.len() - disagreements,
        report.findings.len()
    )
}

fn write_row(out: &mut impl Write, c: &[String; 8]) -> io::Result<()> {
    writeln!(
        out,
        "{:<14} {:>4} {:>12} {:>10} {:>7} {:>10} {:>6} {:>16}",
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]
    )
}

/// The peak resident memory of this process in KiB, where the system says it (Linux).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
