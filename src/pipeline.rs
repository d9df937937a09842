//! The whole run as library API: inputs in; a reconciled report and an account of every input
//! out.
//!
//! Each input is read, decoded (UTF-8, UTF-16 or a legacy Vietnamese encoding, detected),
//! extracted and dropped on a worker thread; its observations join one store, which keeps a
//! claim per quantity and writes every source to a spill (a temporary file once it is large),
//! so memory grows with the facts found, not with the bytes read or the reports that repeat a
//! figure. The observations are then reconciled into one [`Report`]. Nothing depends on
//! the number of threads or on the order of the inputs: the report is built from observations
//! sorted by document and position.
//!
//! ```
//! use vncoop::pipeline::{Input, Outcome, Pipeline};
//!
//! let inputs = [
//!     Input::bytes("a.txt", "Thai Binh province has 464 cooperatives in 2023.".as_bytes()),
//!     Input::bytes("b.bin", b"\x00\x01\x02 not a report".as_slice()),
//! ];
//! let run = Pipeline::new().threads(2).run(&inputs)?;
//! assert_eq!(run.observations(), 1);
//! assert!(matches!(run.documents[1].outcome, Outcome::Rejected { .. }));
//! assert_eq!(run.report.facts[0].observation.value, 464.into());
//! # Ok::<(), vncoop::pipeline::PipelineError>(())
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use vncoop_extract::{Document, Extractor};
use vncoop_model::Observation;
use vncoop_stats::{Report, Store};
use vncoop_text::{decode_detected, Detection, Lang};

use crate::left_out::{Encoded, LeftOutWriter};
pub use crate::left_out::{LeftOut, LeftOutRows};

/// Why a run could not start, or could not keep what it read. A single unreadable input never
/// stops a run: it is an [`Outcome::Rejected`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// A path given by the user does not exist or cannot be listed.
    #[error("{}: {source}", path.display())]
    Path {
        /// The path.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The numbers left out could not be kept (the temporary folder is full or cannot be
    /// written).
    #[error("could not keep the numbers left out: {0}")]
    LeftOut(#[source] std::io::Error),
    /// The sources of the facts could not be kept (the temporary folder is full or cannot be
    /// written).
    #[error("could not keep the sources of the facts: {0}")]
    Sources(#[source] std::io::Error),
    /// The worker threads could not be started.
    #[error("could not start {threads} worker threads: {reason}")]
    Threads {
        /// How many were asked for.
        threads: usize,
        /// The reason.
        reason: String,
    },
}

/// One report to read: a file, or bytes already in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file, read when the run reaches it.
    File {
        /// The document id given to its observations.
        name: String,
        /// Where it is.
        path: PathBuf,
    },
    /// Bytes in memory (an embedded corpus, a download).
    Bytes {
        /// The document id given to its observations.
        name: String,
        /// The raw bytes, in any encoding the pipeline detects.
        bytes: Cow<'static, [u8]>,
    },
}

impl Input {
    /// A file, named by its file name.
    pub fn file(path: impl Into<PathBuf>) -> Input {
        let path = path.into();
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Input::File { name, path }
    }

    /// Bytes in memory, under a name.
    pub fn bytes(name: impl Into<String>, bytes: impl Into<Cow<'static, [u8]>>) -> Input {
        Input::Bytes {
            name: name.into(),
            bytes: bytes.into(),
        }
    }

    /// The document id.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Input::File { name, .. } | Input::Bytes { name, .. } => name,
        }
    }

    fn read(&self) -> Result<Cow<'_, [u8]>, String> {
        match self {
            Input::Bytes { bytes, .. } => Ok(Cow::Borrowed(bytes)),
            Input::File { path, .. } => {
                // Only regular files: a FIFO or a device would block or never end.
                let meta = fs::metadata(path).map_err(|e| e.to_string())?;
                if !meta.is_file() {
                    return Err("not a regular file".into());
                }
                fs::read(path).map(Cow::Owned).map_err(|e| e.to_string())
            }
        }
    }
}

/// The inputs named by `paths`: each file as given, and every `*.txt` file under each folder
/// (recursively, in name order, named by its path below that folder with `/` between parts;
/// files that would share a name are named by their whole path). Links to folders are not
/// followed.
///
/// A path that does not exist, or a folder that cannot be listed, is an error: a mistyped
/// folder must not pass for an empty corpus.
///
/// ```
/// use vncoop::pipeline::{find_inputs, PipelineError};
/// let err = find_inputs(&["no/such/folder"]).unwrap_err();
/// assert!(matches!(err, PipelineError::Path { .. }));
/// ```
pub fn find_inputs<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Input>, PipelineError> {
    let mut inputs = Vec::new();
    for path in paths {
        let path = path.as_ref();
        let meta = fs::metadata(path).map_err(|source| PipelineError::Path {
            path: path.to_path_buf(),
            source,
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            inputs.extend(found.into_iter().map(|file| {
                let below = file.strip_prefix(path).unwrap_or(&file);
                let name = below
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                Input::File { name, path: file }
            }));
        } else {
            inputs.push(Input::file(path));
        }
    }
    unique_names(&mut inputs);
    Ok(inputs)
}

/// Names that two files share ("2023/report.txt" under two folders) would merge two documents
/// into one: such files are named by their whole path instead.
fn unique_names(inputs: &mut [Input]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for input in inputs.iter() {
        *seen.entry(input.name().to_string()).or_default() += 1;
    }
    for input in inputs.iter_mut() {
        if let Input::File { name, path } = input {
            if seen.get(name.as_str()).is_some_and(|&n| n > 1) {
                *name = path.display().to_string();
            }
        }
    }
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), PipelineError> {
    let error = |source| PipelineError::Path {
        path: dir.to_path_buf(),
        source,
    };
    for entry in fs::read_dir(dir).map_err(error)? {
        let entry = entry.map_err(error)?;
        let path = entry.path();
        // The entry's own type: a link to a folder is not followed, so a cycle of links
        // cannot loop; a link to a file is read like the file.
        if entry.file_type().map_err(error)?.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            found.push(path);
        }
    }
    Ok(())
}

/// What became of one input. In JSON: `"outcome"` is `read`, `empty` or `rejected`, beside
/// the fields of each.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// Read and extracted.
    Read {
        /// The encoding it was read in, how sure that is, and how many damaged UTF-8
        /// sequences were read as U+FFFD.
        detection: Detection,
        /// The language it was read as.
        lang: Option<Lang>,
        /// Observations found.
        observations: usize,
        /// Numbers seen but left out (each a diagnostic of the extractor).
        left_out: usize,
    },
    /// Decoded, but holding nothing but white space.
    Empty,
    /// Not read, and why.
    Rejected {
        /// The reason.
        reason: String,
    },
}

/// One input and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOutcome {
    /// The document id.
    pub name: String,
    /// The bytes read, when they could be read at all.
    pub fingerprint: Option<Fingerprint>,
    /// What became of it.
    pub outcome: Outcome,
}

/// The size and SHA-256 of the bytes an input held: which exact file a report was made from.
///
/// ```
/// use vncoop::pipeline::Fingerprint;
/// let f = Fingerprint::of(b"abc");
/// assert_eq!(f.bytes, 3);
/// assert_eq!(f.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Fingerprint {
    /// Length in bytes.
    pub bytes: u64,
    /// SHA-256, lower-case hex.
    pub sha256: String,
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let digest = Sha256::digest(bytes);
        let mut sha256 = String::with_capacity(64);
        for byte in digest {
            let _ = write!(sha256, "{byte:02x}");
        }
        Fingerprint {
            bytes: bytes.len() as u64,
            sha256,
        }
    }
}

/// The hints a run applied to every input (none by default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hints {
    /// The language every input was read as, instead of detecting it.
    pub lang: Option<Lang>,
    /// The province taken for inputs whose text names none.
    pub province: Option<String>,
    /// The publication date taken for every input.
    pub published: Option<NaiveDate>,
}

/// Wall-clock time spent in each phase of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Reading, decoding and extracting every input (in parallel).
    pub extract: Duration,
    /// Reconciling, deriving, checking and rolling up.
    pub reconcile: Duration,
}

/// The result of a run.
#[derive(Debug, Clone)]
pub struct Run {
    /// Facts, conflicts, findings and roll-ups.
    pub report: Report,
    /// Every input, in the order given, with what became of it.
    pub documents: Vec<DocumentOutcome>,
    /// The hints applied to every input.
    pub hints: Hints,
    /// Every number seen but not reported, by document in input order, then by position
    /// (kept in a temporary file, not in memory).
    pub numbers_left_out: LeftOutRows,
    /// Where the time went.
    pub timings: Timings,
}

impl Run {
    /// Inputs read (empty ones included).
    #[must_use]
    pub fn read(&self) -> usize {
        self.documents
            .iter()
            .filter(|d| !matches!(d.outcome, Outcome::Rejected { .. }))
            .count()
    }

    /// Inputs rejected.
    pub fn rejected(&self) -> impl Iterator<Item = (&str, &str)> {
        self.documents.iter().filter_map(|d| match &d.outcome {
            Outcome::Rejected { reason } => Some((d.name.as_str(), reason.as_str())),
            _ => None,
        })
    }

    /// Observations found in all inputs.
    #[must_use]
    pub fn observations(&self) -> usize {
        self.sum(|o| match o {
            Outcome::Read { observations, .. } => *observations,
            _ => 0,
        })
    }

    /// Numbers seen but left out, in all inputs.
    #[must_use]
    pub fn left_out(&self) -> usize {
        self.sum(|o| match o {
            Outcome::Read { left_out, .. } => *left_out,
            _ => 0,
        })
    }

    fn sum(&self, count: impl Fn(&Outcome) -> usize) -> usize {
        self.documents.iter().map(|d| count(&d.outcome)).sum()
    }
}

/// A configured run: threads and the hints that hold for every input.
#[derive(Debug, Clone)]
pub struct Pipeline {
    threads: Option<usize>,
    /// The hints, as a document with no id and no text that each input's document copies.
    hints: Document,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            threads: None,
            hints: Document::new("", ""),
        }
    }
}

/// How many batches of extracted documents may wait for the store: enough to keep workers
/// busy, few enough that memory does not depend on the corpus.
const IN_FLIGHT: usize = 4;

/// How many inputs a worker reads before it hands their results over together: one hand-over
/// per report would wake the collecting thread thousands of times a second on short reports.
const BATCH: usize = 16;

/// What one worker hands back for one input.
struct Extracted {
    outcome: DocumentOutcome,
    published: Option<NaiveDate>,
    observations: Vec<Observation>,
    left_out: std::io::Result<Encoded>,
}

impl Pipeline {
    /// A run on all cores, with no hints.
    #[must_use]
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// Uses `threads` worker threads (0: one per core).
    #[must_use]
    pub fn threads(mut self, threads: usize) -> Pipeline {
        self.threads = (threads > 0).then_some(threads);
        self
    }

    /// Reads every input as this language instead of detecting it.
    #[must_use]
    pub fn lang(mut self, lang: Lang) -> Pipeline {
        self.hints = self.hints.lang(lang);
        self
    }

    /// Takes every input to be about this province unless its text names one.
    #[must_use]
    pub fn province(mut self, province: impl Into<String>) -> Pipeline {
        self.hints = self.hints.province(province);
        self
    }

    /// Takes this as the publication date of every input ("this year", "up to now", the map
    /// in force).
    #[must_use]
    pub fn published(mut self, date: NaiveDate) -> Pipeline {
        self.hints = self.hints.published(date);
        self
    }

    /// Runs over `inputs`.
    pub fn run(&self, inputs: &[Input]) -> Result<Run, PipelineError> {
        self.run_with_progress(inputs, &|_, _| {})
    }

    /// Runs over `inputs`, calling `progress(done, total)` after each input (from any worker
    /// thread).
    pub fn run_with_progress(
        &self,
        inputs: &[Input],
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<Run, PipelineError> {
        let threads = self.threads.unwrap_or(0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PipelineError::Threads {
                threads,
                reason: e.to_string(),
            })?;
        let start = Instant::now();
        let done = AtomicUsize::new(0);
        let extractor = Extractor::new();
        // Workers send what they extract to this thread, which adds it to the one store as it
        // comes: memory holds the facts and a few documents in flight, never every document's
        // observations at once. The store does not depend on the order documents arrive in,
        // and outcomes are put back in input order.
        let mut store = Store::new();
        let mut left_out = LeftOutWriter::default();
        let mut kept = Ok(());
        let mut read = Vec::with_capacity(inputs.len());
        let (sender, received) = mpsc::sync_channel::<Vec<(usize, Extracted)>>(IN_FLIGHT);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                pool.install(|| {
                    inputs.par_chunks(BATCH).enumerate().for_each_with(
                        sender,
                        |to, (batch, batch_inputs)| {
                            let first = batch.saturating_mul(BATCH);
                            let extracted = batch_inputs
                                .iter()
                                .enumerate()
                                .map(|(i, input)| {
                                    let one = self.extract(&extractor, input);
                                    progress(
                                        done.fetch_add(1, Ordering::Relaxed) + 1,
                                        inputs.len(),
                                    );
                                    (first + i, one)
                                })
                                .collect();
                            // The receiver lives until every sender is gone.
                            let _ = to.send(extracted);
                        },
                    );
                });
            });
            for (i, one) in received.into_iter().flatten() {
                store.add(&one.outcome.name, one.published, one.observations);
                if kept.is_ok() {
                    kept = one
                        .left_out
                        .and_then(|rows| left_out.add(i, &one.outcome.name, &rows));
                }
                read.push((i, one.outcome));
            }
        });
        kept.map_err(PipelineError::LeftOut)?;
        store.flush().map_err(PipelineError::Sources)?;
        let numbers_left_out = left_out.finish().map_err(PipelineError::LeftOut)?;
        read.sort_unstable_by_key(|(i, _)| *i);
        let documents = read.into_iter().map(|(_, outcome)| outcome).collect();
        let extract = start.elapsed();

        let start = Instant::now();
        let report = Report::from(store);
        Ok(Run {
            report,
            documents,
            hints: Hints {
                lang: self.hints.lang,
                province: self.hints.province.clone(),
                published: self.hints.published,
            },
            numbers_left_out,
            timings: Timings {
                extract,
                reconcile: start.elapsed(),
            },
        })
    }

    fn extract(&self, extractor: &Extractor, input: &Input) -> Extracted {
        let name = input.name().to_string();
        let bytes = match input.read() {
            Ok(bytes) => bytes,
            Err(reason) => return Extracted::nothing(name, None, Outcome::Rejected { reason }),
        };
        let fingerprint = Some(Fingerprint::of(&bytes));
        let (text, detection) = match decode_detected(&bytes) {
            Ok(decoded) => decoded,
            Err(e) => {
                let reason = e.to_string();
                return Extracted::nothing(name, fingerprint, Outcome::Rejected { reason });
            }
        };
        drop(bytes);
        if text.trim().is_empty() {
            return Extracted::nothing(name, fingerprint, Outcome::Empty);
        }
        let mut document = self.hints.clone();
        document.id.clone_from(&name);
        document.text = text;
        let found = extractor.extract(&document);
        let left_out = found.diagnostics.len();
        Extracted {
            outcome: DocumentOutcome {
                name,
                fingerprint,
                outcome: Outcome::Read {
                    detection,
                    lang: found.lang,
                    observations: found.observations.len(),
                    left_out,
                },
            },
            published: found.published,
            observations: found.observations,
            left_out: Encoded::of(found.diagnostics),
        }
    }
}

impl Extracted {
    fn nothing(name: String, fingerprint: Option<Fingerprint>, outcome: Outcome) -> Extracted {
        Extracted {
            outcome: DocumentOutcome {
                name,
                fingerprint,
                outcome,
            },
            published: None,
            observations: Vec::new(),
            left_out: Ok(Encoded::default()),
        }
    }
}
