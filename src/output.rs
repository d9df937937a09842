//! Writing a report's files into a folder, all or nothing.
//!
//! The files are written into a fresh folder beside the target and put in its place only
//! when every one of them is complete, so a failed run never leaves half a report or a mix of
//! two runs.
//!
//! ```
//! use vncoop::output::{write_report, Format};
//! use vncoop::stats::Report;
//!
//! let dir = std::env::temp_dir().join(format!("vncoop-doc-{}", std::process::id()));
//! let written = write_report(&Report::default(), &dir, &[Format::Csv, Format::Json])?;
//! assert_eq!(written, ["observations.csv", "report.json", "facts.jsonl"]);
//! assert!(dir.join("report.json").is_file());
//! std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), std::io::Error>(())
//! ```

use std::fmt;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use vncoop_stats::Report;

#[cfg(feature = "parquet")]
pub use crate::columnar::{
    write_diagnostics_parquet, write_facts_parquet, write_observations_parquet,
};
use crate::pipeline::{LeftOut, LeftOutRows, Run};
use crate::report_json;

/// One output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// `observations.csv`: one row per fact and source.
    Csv,
    /// `facts.csv`: one row per fact, with its number of sources and how a conflict over it
    /// was settled.
    Facts,
    /// `report.json`: what made the run, conflicts, findings and roll-ups; and
    /// `facts.jsonl`: every fact, one JSON object per line.
    Json,
    /// `report.md`: the readable report.
    Markdown,
    /// `report.html`: the readable report with charts, self-contained.
    Html,
    /// `diagnostics.csv`: every number seen but left out, and why (written from a [`Run`]).
    Diagnostics,
    /// `observations.parquet`, `facts.parquet` and `diagnostics.parquet`: the rows of the three
    /// CSV files with typed columns (the `parquet` feature; see `docs/outputs.md`).
    #[cfg(feature = "parquet")]
    Parquet,
}

impl Format {
    /// Every format built in, in the order files are written.
    pub const ALL: &'static [Format] = &[
        Format::Csv,
        Format::Facts,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Diagnostics,
        #[cfg(feature = "parquet")]
        Format::Parquet,
    ];

    /// The first file this format is written to (see [`Format::file_names`]).
    #[must_use]
    pub fn file_name(self) -> &'static str {
        self.file_names()[0]
    }

    /// The files this format is written to.
    #[must_use]
    pub fn file_names(self) -> &'static [&'static str] {
        match self {
            Format::Csv => &["observations.csv"],
            Format::Facts => &["facts.csv"],
            Format::Json => &["report.json", "facts.jsonl"],
            Format::Markdown => &["report.md"],
            Format::Html => &["report.html"],
            Format::Diagnostics => &["diagnostics.csv"],
            #[cfg(feature = "parquet")]
            Format::Parquet => &[
                "observations.parquet",
                "facts.parquet",
                "diagnostics.parquet",
            ],
        }
    }

    /// Writes the file named `name`, one of [`Format::file_names`].
    fn write(
        self,
        name: &str,
        report: &Report,
        run: Option<&Run>,
        out: &mut (impl Write + Send),
    ) -> io::Result<()> {
        let empty = LeftOutRows::default();
        let left_out = run.map_or(&empty, |r| &r.numbers_left_out);
        match self {
            Format::Csv => report.write_csv(&mut *out).map_err(io::Error::other),
            Format::Facts => report.write_facts_csv(&mut *out).map_err(io::Error::other),
            Format::Json if name == "facts.jsonl" => report_json::write_fact_lines(report, out),
            Format::Json => report_json::write_report_json(report, run, out),
            Format::Markdown => out.write_all(report.to_markdown().as_bytes()),
            Format::Html => out.write_all(report.to_html().as_bytes()),
            Format::Diagnostics => write_diagnostics(left_out, out),
            #[cfg(feature = "parquet")]
            Format::Parquet if name == "diagnostics.parquet" => {
                write_diagnostics_parquet(left_out, out)
            }
            #[cfg(feature = "parquet")]
            Format::Parquet if name == "facts.parquet" => write_facts_parquet(report, out),
            #[cfg(feature = "parquet")]
            Format::Parquet => write_observations_parquet(report, out),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Csv => "csv",
            Format::Facts => "facts",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Diagnostics => "diagnostics",
            #[cfg(feature = "parquet")]
            Format::Parquet => "parquet",
        })
    }
}

/// A format name that is not one of `csv`, `facts`, `json`, `md`, `html`, `diagnostics` or, with the
/// `parquet` feature, `parquet`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?} (expected {KNOWN_FORMATS})")]
pub struct UnknownFormat(pub String);

/// The format names [`Format::from_str`] knows, as an error message lists them.
const KNOWN_FORMATS: &str = if cfg!(feature = "parquet") {
    "csv, facts, json, md, html, diagnostics or parquet"
} else {
    "csv, facts, json, md, html or diagnostics"
};

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "facts" => Ok(Format::Facts),
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "diagnostics" => Ok(Format::Diagnostics),
            #[cfg(feature = "parquet")]
            "parquet" => Ok(Format::Parquet),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// Writes `report` into the folder `dir` in each of `formats`, replacing what was there only
/// once every file is complete. Returns the file names written. A report alone knows no
/// numbers left out: [`write_run`] writes those too.
pub fn write_report(
    report: &Report,
    dir: &Path,
    formats: &[Format],
) -> io::Result<Vec<&'static str>> {
    write_all(report, None, dir, formats)
}

/// Writes the outputs of a whole run into the folder `dir`, as [`write_report`] does, with
/// `diagnostics.csv` listing every number the run left out.
///
/// ```
/// use vncoop::output::{write_run, Format};
/// use vncoop::pipeline::{Input, Pipeline};
///
/// let report = Input::bytes("r.txt", b"In 2023, the province had 464 cooperatives and 170 visitors.".to_vec());
/// let run = Pipeline::new().run(&[report]).unwrap();
/// let dir = std::env::temp_dir().join(format!("vncoop-run-doc-{}", std::process::id()));
/// write_run(&run, &dir, &[Format::Diagnostics])?;
/// let rows = std::fs::read_to_string(dir.join("diagnostics.csv"))?;
/// assert!(rows.starts_with("document,span_start,span_end,text,reason\n"));
/// assert!(rows.contains("r.txt,3,7,2023,not_a_figure"));
/// assert!(rows.contains("r.txt,47,50,170,no_indicator"));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_run(run: &Run, dir: &Path, formats: &[Format]) -> io::Result<Vec<&'static str>> {
    write_all(&run.report, Some(run), dir, formats)
}

fn write_all(
    report: &Report,
    run: Option<&Run>,
    dir: &Path,
    formats: &[Format],
) -> io::Result<Vec<&'static str>> {
    let staging = sibling(dir, "new")?;
    let written = write_files(report, run, &staging, formats).inspect_err(|_| {
        // Best effort: the error being reported is the write's, not the clean-up's.
        let _ = fs::remove_dir_all(&staging);
    })?;
    replace_dir(&staging, dir)?;
    Ok(written)
}

/// The columns of `diagnostics.csv`.
pub const DIAGNOSTICS_COLUMNS: [&str; 5] = ["document", "span_start", "span_end", "text", "reason"];

/// The cells of one row of `diagnostics.csv`, in the order of [`DIAGNOSTICS_COLUMNS`].
pub(crate) fn diagnostic_row(l: &LeftOut) -> Vec<String> {
    vec![
        l.document.to_string(),
        l.span.start.to_string(),
        l.span.end.to_string(),
        l.text.clone(),
        l.reason.name().to_string(),
    ]
}

fn write_diagnostics(left_out: &LeftOutRows, out: &mut impl Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(DIAGNOSTICS_COLUMNS)?;
    for l in left_out.iter() {
        csv.write_record(diagnostic_row(&l?))?;
    }
    csv.flush()
}

fn write_files(
    report: &Report,
    run: Option<&Run>,
    dir: &Path,
    formats: &[Format],
) -> io::Result<Vec<&'static str>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut written = Vec::new();
    for format in &formats {
        for name in format.file_names() {
            let mut out = BufWriter::new(fs::File::create(dir.join(name))?);
            format.write(name, report, run, &mut out)?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            written.push(*name);
        }
    }
    Ok(written)
}

/// A new, empty folder beside `dir` named after it, this process and `what`.
fn sibling(dir: &Path, what: &str) -> io::Result<PathBuf> {
    let name = dir.file_name().map_or_else(
        || "vncoop-report".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let path = parent.join(format!(".{name}.{what}-{}", std::process::id()));
    if path.exists() {
        fs::remove_dir_all(&path)?;
    }
    fs::create_dir(&path)?;
    Ok(path)
}

/// Puts `staging` in the place of `dir`: the old folder is moved aside first and removed last,
/// so at every moment `dir` is either the old report or the new one.
fn replace_dir(staging: &Path, dir: &Path) -> io::Result<()> {
    if !dir.exists() {
        return fs::rename(staging, dir);
    }
    let old = sibling(dir, "old")?;
    fs::remove_dir(&old)?;
    fs::rename(dir, &old)?;
    if let Err(e) = fs::rename(staging, dir) {
        // Put the old report back; the new files stay in `staging` for the user to see.
        let _ = fs::rename(&old, dir);
        return Err(e);
    }
    fs::remove_dir_all(&old)
}
