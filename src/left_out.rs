//! The numbers a run saw but did not report, kept on disk rather than in memory.
//!
//! A report leaves out more numbers than it reports (years, hectares, page numbers): on a
//! large corpus their rows would be most of a run's memory. Each document's rows are written
//! as one block to a temporary file as the document is done (in memory until the file is
//! worth having), and read back, in input order, by whoever writes them out.

use std::fmt;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError};

use tempfile::SpooledTempFile;
use vncoop_extract::{Diagnostic, Reason};

/// A number seen in a document but not reported, and why: one row of `diagnostics.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The document id (one copy per document, shared by its rows).
    pub document: Arc<str>,
    /// Byte span of the number in the document's text.
    pub span: Range<usize>,
    /// The number as written.
    pub text: String,
    /// Why it was left out.
    pub reason: Reason,
}

impl LeftOut {
    fn of(document: &Arc<str>, d: Diagnostic) -> LeftOut {
        LeftOut {
            document: Arc::clone(document),
            span: d.span,
            text: d.text,
            reason: d.reason,
        }
    }
}

/// How many bytes of rows stay in memory before they move to a temporary file.
const IN_MEMORY: usize = 8 << 20;

/// Every number a run left out, by document in input order, then by position.
///
/// ```
/// use vncoop::pipeline::{Input, Pipeline};
///
/// let text = "Năm 2023, tỉnh Thái Bình có 464 HTX trên diện tích 20 ha.";
/// let run = Pipeline::new().run(&[Input::bytes("a.txt", text.as_bytes())])?;
/// let rows = run.numbers_left_out.iter().collect::<std::io::Result<Vec<_>>>()?;
/// assert_eq!(rows.len(), run.numbers_left_out.len());
/// assert!(rows.iter().any(|row| row.text == "20"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct LeftOutRows {
    spill: Arc<Mutex<SpooledTempFile>>,
    /// Each document's block, in input order.
    blocks: Vec<Block>,
    rows: usize,
}

impl Default for LeftOutRows {
    fn default() -> Self {
        LeftOutRows {
            spill: Arc::new(Mutex::new(SpooledTempFile::new(0))),
            blocks: Vec::new(),
            rows: 0,
        }
    }
}

/// Where one document's rows are in the spill.
#[derive(Debug, Clone)]
struct Block {
    document: Arc<str>,
    at: u64,
    len: u64,
}

impl LeftOutRows {
    /// How many rows there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no number was left out.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The rows, read back in order. An error reading them back (a temporary file that went
    /// away) is an `Err` item, never a short list.
    pub fn iter(&self) -> impl Iterator<Item = io::Result<LeftOut>> + '_ {
        self.blocks.iter().flat_map(|block| {
            let rows: Vec<io::Result<LeftOut>> = match self.read(block) {
                Ok(rows) => rows
                    .into_iter()
                    .map(|d| Ok(LeftOut::of(&block.document, d)))
                    .collect(),
                Err(e) => vec![Err(e)],
            };
            rows
        })
    }

    fn read(&self, block: &Block) -> io::Result<Vec<Diagnostic>> {
        let len = usize::try_from(block.len).map_err(io::Error::other)?;
        let mut bytes = vec![0; len];
        {
            // A panic elsewhere while the lock was held leaves the file as it was: its
            // blocks are written whole before they are indexed.
            let mut spill = self.spill.lock().unwrap_or_else(PoisonError::into_inner);
            spill.seek(SeekFrom::Start(block.at))?;
            spill.read_exact(&mut bytes)?;
        }
        serde_json::from_slice(&bytes).map_err(io::Error::other)
    }
}

impl fmt::Debug for LeftOutRows {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LeftOutRows")
            .field("documents", &self.blocks.len())
            .field("rows", &self.rows)
            .finish_non_exhaustive()
    }
}

/// Fills [`LeftOutRows`] as documents are done, in any order.
pub(crate) struct LeftOutWriter {
    spill: SpooledTempFile,
    end: u64,
    /// Each document's block with its input index.
    blocks: Vec<(usize, Block)>,
    rows: usize,
}

impl Default for LeftOutWriter {
    fn default() -> Self {
        LeftOutWriter {
            spill: SpooledTempFile::new(IN_MEMORY),
            end: 0,
            blocks: Vec::new(),
            rows: 0,
        }
    }
}

/// One document's rows, sorted by position and encoded for the spill (on the worker that
/// read the document, so that the thread that keeps them only copies bytes).
#[derive(Debug, Default)]
pub(crate) struct Encoded {
    bytes: Vec<u8>,
    rows: usize,
}

impl Encoded {
    pub(crate) fn of(mut rows: Vec<Diagnostic>) -> io::Result<Encoded> {
        if rows.is_empty() {
            return Ok(Encoded::default());
        }
        rows.sort_by_key(|d| (d.span.start, d.span.end));
        Ok(Encoded {
            bytes: serde_json::to_vec(&rows).map_err(io::Error::other)?,
            rows: rows.len(),
        })
    }
}

impl LeftOutWriter {
    /// Adds the rows of the document at `index` in the input.
    pub(crate) fn add(&mut self, index: usize, document: &str, rows: &Encoded) -> io::Result<()> {
        if rows.rows == 0 {
            return Ok(());
        }
        self.spill.seek(SeekFrom::Start(self.end))?;
        self.spill.write_all(&rows.bytes)?;
        let block = Block {
            document: document.into(),
            at: self.end,
            len: rows.bytes.len() as u64,
        };
        self.end += block.len;
        self.rows += rows.rows;
        self.blocks.push((index, block));
        Ok(())
    }

    /// The rows, in input order.
    pub(crate) fn finish(mut self) -> io::Result<LeftOutRows> {
        self.spill.flush()?;
        self.blocks.sort_unstable_by_key(|(index, _)| *index);
        Ok(LeftOutRows {
            spill: Arc::new(Mutex::new(self.spill)),
            blocks: self.blocks.into_iter().map(|(_, block)| block).collect(),
            rows: self.rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(start: usize, text: &str) -> Diagnostic {
        Diagnostic::new(start..start + text.len(), text, Reason::Measure)
    }

    fn encoded(rows: Vec<Diagnostic>) -> Encoded {
        Encoded::of(rows).unwrap_or_default()
    }

    fn texts(rows: &LeftOutRows) -> Vec<(String, String)> {
        rows.iter()
            .map(|r| r.map(|r| (r.document.to_string(), r.text)))
            .collect::<io::Result<_>>()
            .unwrap_or_default()
    }

    #[test]
    fn rows_come_back_in_input_order_then_position_whatever_order_they_were_added_in() {
        let mut writer = LeftOutWriter::default();
        writer
            .add(2, "c", &encoded(vec![row(9, "9"), row(1, "1")]))
            .ok();
        writer.add(0, "a", &encoded(vec![row(0, "20")])).ok();
        writer.add(1, "b", &encoded(Vec::new())).ok();
        let rows = writer.finish().unwrap_or_default();
        assert_eq!(rows.len(), 3);
        assert_eq!(
            texts(&rows),
            [("a", "20"), ("c", "1"), ("c", "9")].map(|(d, t)| (d.to_string(), t.to_string()))
        );
    }

    #[test]
    fn rows_past_the_memory_budget_move_to_a_file_and_still_come_back() {
        let mut writer = LeftOutWriter::default();
        let long = "9".repeat(1000);
        for i in 0..(IN_MEMORY / 1000 + 10) {
            writer.add(i, "d", &encoded(vec![row(i, &long)])).ok();
        }
        assert!(writer.spill.is_rolled());
        let rows = writer.finish().unwrap_or_default();
        let back = texts(&rows);
        assert_eq!(back.len(), IN_MEMORY / 1000 + 10);
        assert!(back.iter().all(|(_, t)| *t == long));
    }
}
