//! The sources of every claim, kept out of the facts.
//!
//! A figure stated by hundreds of reports has hundreds of sources: on a large corpus they are
//! nearly everything a run keeps, and holding them would make memory grow with the corpus.
//! So each fact keeps only how many sources it has and the first few of them ([`Sources`]).
//! Every source is written as a compact record to a spill (in memory until it is worth a
//! temporary file), each quoted sentence once, and read back, one fact at a time, by whoever
//! writes the tables ([`SourceLog::all`]).

use std::cmp::Ordering;
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rustc_hash::FxHashMap;
use serde::Serialize;
use tempfile::{SpooledData, SpooledTempFile};
use vncoop_model::Provenance;

/// Sources in a stable order: by document, then by position in it, then by rule.
pub(crate) fn source_order(a: &Provenance, b: &Provenance) -> Ordering {
    (&a.document, a.span.start, a.span.end, &a.rule).cmp(&(
        &b.document,
        b.span.start,
        b.span.end,
        &b.rule,
    ))
}

/// The sources of one fact: how many statements of it were read, and the first few of them
/// (by document, then position, then rule). All of them come from the report's
/// [`SourceLog::all`].
///
/// ```
/// use vncoop_model::Provenance;
/// use vncoop_stats::Sources;
///
/// let source = |doc: &str| Provenance::new(doc, 0..3, 0..3, "464", "rule");
/// let sources = Sources::listed(vec![source("b"), source("a")]);
/// assert_eq!(sources.len(), 2);
/// assert_eq!(&*sources.cited()[0].document, "a");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sources {
    count: usize,
    cited: Vec<Provenance>,
    /// The fact's place in the log of the report it came from.
    #[serde(skip)]
    claim: Option<usize>,
}

impl Sources {
    /// How many sources a fact holds in memory ([`Sources::cited`]).
    pub const CITED: usize = 3;

    /// Sources held in memory, all of them (facts made by hand rather than by a
    /// [`Store`](crate::Store)), put in source order.
    #[must_use]
    pub fn listed(mut sources: Vec<Provenance>) -> Sources {
        sources.sort_by(source_order);
        Sources {
            count: sources.len(),
            cited: sources,
            claim: None,
        }
    }

    /// How many statements of the fact were read.
    #[must_use]
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are none (a fact computed from nothing read).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The first sources, in source order: [`Sources::CITED`] of them at most for a fact
    /// from a [`Store`](crate::Store), all of them for [`Sources::listed`].
    #[must_use]
    pub fn cited(&self) -> &[Provenance] {
        &self.cited
    }

    /// Counts one more source, keeping it if it is among the first.
    pub(crate) fn note(&mut self, source: &Provenance) {
        self.count += 1;
        let at = self
            .cited
            .partition_point(|c| source_order(c, source).is_le());
        if at < Sources::CITED {
            self.cited.insert(at, source.clone());
            self.cited.truncate(Sources::CITED);
        }
    }

    /// The same sources, found in the log under `claim`.
    pub(crate) fn logged_as(mut self, claim: usize) -> Sources {
        self.claim = Some(claim);
        self
    }
}

/// How many bytes of records, and of sentences, stay in memory before they move to a
/// temporary file.
const IN_MEMORY: usize = 32 << 20;

/// How many records are put in order at once when the log is read back: a bound on the memory
/// that takes, whatever the corpus.
const GROUPED_AT_ONCE: usize = 1 << 19;

/// A source as written: claim, document, rule, sentence (where it is in the spill of
/// sentences, and its length), figure span and sentence span, each as 8 little-endian bytes.
const RECORD: usize = 9 * 8;

struct Record {
    claim: u64,
    document: u64,
    rule: u64,
    evidence: Range<u64>,
    span: Range<u64>,
    sentence: Range<u64>,
}

impl Record {
    fn encode(&self) -> [u8; RECORD] {
        let fields = [
            self.claim,
            self.document,
            self.rule,
            self.evidence.start,
            self.evidence.end,
            self.span.start,
            self.span.end,
            self.sentence.start,
            self.sentence.end,
        ];
        let mut bytes = [0; RECORD];
        for (slot, field) in bytes.chunks_exact_mut(8).zip(fields) {
            slot.copy_from_slice(&field.to_le_bytes());
        }
        bytes
    }

    fn decode(bytes: &[u8]) -> Record {
        let mut fields = [0u64; 9];
        for (field, slot) in fields.iter_mut().zip(bytes.chunks_exact(8)) {
            let mut word = [0; 8];
            word.copy_from_slice(slot);
            *field = u64::from_le_bytes(word);
        }
        let [claim, document, rule, e0, e1, s0, s1, t0, t1] = fields;
        Record {
            claim,
            document,
            rule,
            evidence: e0..e1,
            span: s0..s1,
            sentence: t0..t1,
        }
    }
}

fn index(value: u64) -> io::Result<usize> {
    usize::try_from(value).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn damaged(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the log of sources is damaged: {what}"),
    )
}

/// One copy of each name (document or rule), numbered in the order first seen.
#[derive(Default)]
struct Names {
    names: Vec<Arc<str>>,
    ids: FxHashMap<Arc<str>, usize>,
}

impl Names {
    fn id(&mut self, name: &Arc<str>) -> (usize, Arc<str>) {
        if let Some(&id) = self.ids.get(name) {
            return (id, Arc::clone(&self.names[id]));
        }
        let id = self.names.len();
        self.names.push(Arc::clone(name));
        self.ids.insert(Arc::clone(name), id);
        (id, Arc::clone(name))
    }

    fn get(&self, id: u64) -> io::Result<Arc<str>> {
        self.names
            .get(index(id)?)
            .cloned()
            .ok_or_else(|| damaged("a name out of range"))
    }
}

fn spill_writer(in_memory: usize) -> BufWriter<SpooledTempFile> {
    BufWriter::with_capacity(in_memory.min(1 << 16), SpooledTempFile::new(in_memory))
}

/// Fills a [`SourceLog`] as observations are added to a store.
pub(crate) struct SourceWriter {
    documents: Names,
    rules: Names,
    // Buffered: a record is 72 bytes, and a spill on disk is a file written without a buffer.
    records: BufWriter<SpooledTempFile>,
    written: u64,
    evidence: BufWriter<SpooledTempFile>,
    evidence_end: u64,
    /// The sentence written last: a sentence with several figures is written once.
    last_evidence: Option<(Arc<str>, Range<u64>)>,
    /// Why the spill could not be written, if it could not.
    failed: Option<String>,
    grouped_at_once: usize,
}

impl Default for SourceWriter {
    fn default() -> Self {
        SourceWriter::with_limits(IN_MEMORY, GROUPED_AT_ONCE)
    }
}

impl fmt::Debug for SourceWriter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourceWriter")
            .field("documents", &self.documents.names.len())
            .field("sources", &self.written)
            .field("failed", &self.failed)
            .finish_non_exhaustive()
    }
}

impl SourceWriter {
    fn with_limits(in_memory: usize, grouped_at_once: usize) -> SourceWriter {
        SourceWriter {
            documents: Names::default(),
            rules: Names::default(),
            records: spill_writer(in_memory),
            written: 0,
            evidence: spill_writer(in_memory),
            evidence_end: 0,
            last_evidence: None,
            failed: None,
            grouped_at_once,
        }
    }

    /// Writes `source` as a source of `claim`, and makes its document and rule names the
    /// log's shared copies.
    pub(crate) fn add(&mut self, claim: usize, source: &mut Provenance) {
        let (document, shared) = self.documents.id(&source.document);
        source.document = shared;
        let (rule, shared) = self.rules.id(&source.rule);
        source.rule = shared;
        if self.failed.is_some() {
            return;
        }
        if let Err(e) = self.write(claim, document, rule, source) {
            self.failed = Some(e.to_string());
        }
    }

    fn write(
        &mut self,
        claim: usize,
        document: usize,
        rule: usize,
        source: &Provenance,
    ) -> io::Result<()> {
        let evidence = match &self.last_evidence {
            Some((last, at)) if Arc::ptr_eq(last, &source.evidence) || *last == source.evidence => {
                at.clone()
            }
            _ => {
                self.evidence.write_all(source.evidence.as_bytes())?;
                let start = self.evidence_end;
                self.evidence_end += source.evidence.len() as u64;
                let at = start..self.evidence_end;
                self.last_evidence = Some((Arc::clone(&source.evidence), at.clone()));
                at
            }
        };
        let record = Record {
            claim: claim as u64,
            document: document as u64,
            rule: rule as u64,
            evidence,
            span: source.span.start as u64..source.span.end as u64,
            sentence: source.sentence.start as u64..source.sentence.end as u64,
        };
        self.records.write_all(&record.encode())?;
        self.written += 1;
        Ok(())
    }

    /// Writes what is buffered to the spill. The first error of any write so far, if there
    /// was one: its sources are then lost to the writers, which say so when they read them.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        if self.failed.is_none() {
            if let Err(e) = self.records.flush().and_then(|()| self.evidence.flush()) {
                self.failed = Some(e.to_string());
            }
        }
        match &self.failed {
            None => Ok(()),
            Some(reason) => Err(io::Error::other(reason.clone())),
        }
    }

    /// The log, once every source is written. `placed[claim]` is where the store put each
    /// claim (the order of the facts and conflicts), and `counts[place]` how many sources
    /// the claim at that place has.
    pub(crate) fn finish(self, placed: Vec<usize>, counts: Vec<usize>) -> SourceLog {
        let mut failed = self.failed;
        let mut unbuffered = |writer: BufWriter<SpooledTempFile>| match writer.into_inner() {
            Ok(spill) => Spilled::of(spill),
            Err(e) => {
                failed.get_or_insert_with(|| e.error().to_string());
                Spilled::Memory(Vec::new())
            }
        };
        let records = unbuffered(self.records);
        let evidence = unbuffered(self.evidence);
        SourceLog {
            inner: Some(Arc::new(Logged {
                documents: self.documents,
                rules: self.rules,
                evidence,
                records: Mutex::new(Some((records, self.written))),
                placed,
                counts,
                grouped: OnceLock::new(),
                grouped_at_once: self.grouped_at_once,
                failed,
            })),
        }
    }
}

/// Every source of every fact of a report, read back one fact at a time.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_model::{Area, Indicator, Observation, Period, Unit};
/// use vncoop_stats::{Report, Store};
///
/// let mut store = Store::new();
/// for doc in ["e", "d", "c", "b", "a"] {
///     let mut o = Observation::new(Indicator::Cooperatives, Decimal::from(464), Unit::Count)
///         .with_period(Some(Period::Year(2023)));
///     o.area = Area::National;
///     store.add(doc, None, [o]);
/// }
/// let report = Report::from(store);
/// let fact = &report.facts[0];
/// assert_eq!(fact.sources.len(), 5);
/// assert_eq!(fact.sources.cited().len(), 3);
/// let all = report.sources.all(&fact.sources)?;
/// assert_eq!(all.iter().map(|s| &*s.document).collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct SourceLog {
    inner: Option<Arc<Logged>>,
}

struct Logged {
    documents: Names,
    rules: Names,
    evidence: Spilled,
    /// The records as they were written, until they are put in order.
    records: Mutex<Option<(Spilled, u64)>>,
    placed: Vec<usize>,
    counts: Vec<usize>,
    grouped: OnceLock<Result<Grouped, String>>,
    grouped_at_once: usize,
    failed: Option<String>,
}

/// The records in the order of the facts: those of the fact at place `p` are records
/// `starts[p]..starts[p + 1]`.
struct Grouped {
    starts: Vec<u64>,
    records: Spilled,
}

impl fmt::Debug for SourceLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("SourceLog");
        if let Some(logged) = &self.inner {
            d.field("facts", &logged.counts.len())
                .field("sources", &logged.counts.iter().sum::<usize>());
        }
        d.finish_non_exhaustive()
    }
}

/// A spill once written: read at any place by any thread, without a lock.
enum Spilled {
    Memory(Vec<u8>),
    Disk(File),
}

impl Spilled {
    fn of(spill: SpooledTempFile) -> Spilled {
        match spill.into_inner() {
            SpooledData::InMemory(cursor) => Spilled::Memory(cursor.into_inner()),
            SpooledData::OnDisk(file) => Spilled::Disk(file),
        }
    }

    /// Fills `bytes` from `at`.
    fn read_at(&self, at: u64, bytes: &mut [u8]) -> io::Result<()> {
        match self {
            Spilled::Memory(memory) => {
                let held = index(at)
                    .ok()
                    .and_then(|at| memory.get(at..at.checked_add(bytes.len())?))
                    .ok_or_else(|| damaged("a place past its end"))?;
                bytes.copy_from_slice(held);
                Ok(())
            }
            Spilled::Disk(file) => read_file_at(file, at, bytes),
        }
    }

    /// Every byte, in order.
    fn reader(&self) -> io::Result<Box<dyn Read + '_>> {
        Ok(match self {
            Spilled::Memory(memory) => Box::new(memory.as_slice()),
            Spilled::Disk(file) => {
                let mut file: &File = file;
                file.seek(SeekFrom::Start(0))?;
                Box::new(BufReader::with_capacity(1 << 16, file))
            }
        })
    }
}

#[cfg(unix)]
fn read_file_at(file: &File, at: u64, bytes: &mut [u8]) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, bytes, at)
}

#[cfg(windows)]
fn read_file_at(file: &File, mut at: u64, mut bytes: &mut [u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, bytes, at)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                bytes = &mut bytes[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(not(any(unix, windows)))]
fn read_file_at(_: &File, _: u64, _: &mut [u8]) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

impl SourceLog {
    /// Every source of `sources`, in source order (document, position, rule). Sources that
    /// are not in this log (made by hand with [`Sources::listed`]) are their own list. An
    /// error reading the log back (a temporary file that went away) is an `Err`, never a
    /// short list.
    pub fn all(&self, sources: &Sources) -> io::Result<Vec<Provenance>> {
        let Some((logged, records)) = self.records(sources)? else {
            return Ok(sources.cited.clone());
        };
        let mut all = records
            .iter()
            .map(|record| logged.provenance(record))
            .collect::<io::Result<Vec<_>>>()?;
        all.sort_by(source_order);
        Ok(all)
    }

    /// The documents of every source of `sources`, each once, in order: what
    /// [`SourceLog::all`] gives without reading the sentences.
    pub fn documents(&self, sources: &Sources) -> io::Result<Vec<Arc<str>>> {
        let mut documents = match self.records(sources)? {
            None => sources
                .cited
                .iter()
                .map(|s| Arc::clone(&s.document))
                .collect(),
            Some((logged, records)) => records
                .iter()
                .map(|record| logged.documents.get(record.document))
                .collect::<io::Result<Vec<_>>>()?,
        };
        documents.sort();
        documents.dedup();
        Ok(documents)
    }

    /// The records of `sources`, when they are in this log.
    fn records(&self, sources: &Sources) -> io::Result<Option<(&Logged, Vec<Record>)>> {
        let (Some(logged), Some(place)) = (&self.inner, sources.claim) else {
            return Ok(None);
        };
        if let Some(reason) = &logged.failed {
            return Err(io::Error::other(format!(
                "the sources could not be kept: {reason}"
            )));
        }
        let grouped = logged
            .grouped
            .get_or_init(|| logged.group().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|reason| io::Error::other(reason.clone()))?;
        let (Some(&start), Some(&end)) = (grouped.starts.get(place), grouped.starts.get(place + 1))
        else {
            return Err(damaged("a fact out of range"));
        };
        let mut bytes = vec![0; index(end.saturating_sub(start))? * RECORD];
        grouped.records.read_at(start * RECORD as u64, &mut bytes)?;
        let records = bytes.chunks_exact(RECORD).map(Record::decode).collect();
        Ok(Some((logged, records)))
    }
}

impl Logged {
    fn provenance(&self, record: &Record) -> io::Result<Provenance> {
        let mut evidence =
            vec![0; index(record.evidence.end.saturating_sub(record.evidence.start))?];
        self.evidence
            .read_at(record.evidence.start, &mut evidence)?;
        let evidence = String::from_utf8(evidence).map_err(|_| damaged("a sentence"))?;
        Ok(Provenance::new(
            self.documents.get(record.document)?,
            index(record.span.start)?..index(record.span.end)?,
            index(record.sentence.start)?..index(record.sentence.end)?,
            evidence,
            self.rules.get(record.rule)?,
        ))
    }

    /// The place of the fact whose source `bytes` is.
    fn place_of(&self, bytes: &[u8]) -> io::Result<usize> {
        let claim = index(Record::decode(bytes).claim)?;
        self.placed
            .get(claim)
            .copied()
            .ok_or_else(|| damaged("a claim out of range"))
    }

    /// Puts the records in the order of the facts. The facts are taken in rounds of about
    /// [`GROUPED_AT_ONCE`] records: one pass sends each record to the bucket of its round, and
    /// each bucket is then put in order in memory. Two reads and two writes of the records,
    /// whatever their number; memory holds one round.
    fn group(&self) -> io::Result<Grouped> {
        let (records, written) = self
            .records
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .ok_or_else(|| damaged("read twice"))?;
        let mut starts = Vec::with_capacity(self.counts.len() + 1);
        let mut total = 0u64;
        starts.push(0);
        for &count in &self.counts {
            total += count as u64;
            starts.push(total);
        }
        if total != written {
            return Err(damaged("counts that do not add up"));
        }
        // Each round's first place; a fact with more sources than a round is a round alone.
        let mut rounds = vec![0];
        for place in 1..self.counts.len() {
            let first = rounds.last().copied().unwrap_or(0);
            if starts[place + 1] - starts[first] > self.grouped_at_once as u64 {
                rounds.push(place);
            }
        }
        let round_of = |place: usize| rounds.partition_point(|&first| first <= place) - 1;
        let mut grouped = SpooledTempFile::new(IN_MEMORY.min(self.grouped_at_once * RECORD));
        if rounds.len() == 1 {
            let order = self.order(records.reader()?, 0..self.counts.len(), &starts)?;
            grouped.write_all(&order)?;
        } else {
            let mut buckets = rounds
                .iter()
                .map(|_| tempfile::tempfile().map(|file| BufWriter::with_capacity(1 << 16, file)))
                .collect::<io::Result<Vec<_>>>()?;
            let mut reader = records.reader()?;
            let mut bytes = [0; RECORD];
            for _ in 0..written {
                reader.read_exact(&mut bytes)?;
                buckets[round_of(self.place_of(&bytes)?)].write_all(&bytes)?;
            }
            drop(reader);
            drop(records);
            for (round, bucket) in buckets.into_iter().enumerate() {
                let mut file = bucket.into_inner().map_err(|e| e.into_error())?;
                file.seek(SeekFrom::Start(0))?;
                let last = rounds.get(round + 1).copied().unwrap_or(self.counts.len());
                let places = rounds[round]..last;
                let order = self.order(Box::new(BufReader::new(file)), places, &starts)?;
                grouped.write_all(&order)?;
            }
        }
        Ok(Grouped {
            starts,
            records: Spilled::of(grouped),
        })
    }

    /// The records of the facts at `places`, read from `records` (which may hold others), in
    /// the order of the facts.
    fn order(
        &self,
        mut records: Box<dyn Read + '_>,
        places: Range<usize>,
        starts: &[u64],
    ) -> io::Result<Vec<u8>> {
        let first = starts[places.start];
        let mut order = vec![0; index(starts[places.end] - first)? * RECORD];
        let mut filled: Vec<u64> = starts[places.clone()].to_vec();
        let mut bytes = [0; RECORD];
        loop {
            match records.read_exact(&mut bytes) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(e),
            }
            let place = self.place_of(&bytes)?;
            if !places.contains(&place) {
                continue;
            }
            let slot = &mut filled[place - places.start];
            if *slot >= starts[place + 1] {
                return Err(damaged("more sources than counted"));
            }
            let at = index(*slot - first)? * RECORD;
            order[at..at + RECORD].copy_from_slice(&bytes);
            *slot += 1;
        }
        if filled[..] != starts[places.start + 1..=places.end] {
            return Err(damaged("fewer sources than counted"));
        }
        Ok(order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sources of `claims` claims, several per sentence, in an order that mixes the claims.
    fn sources(claims: usize) -> Vec<(usize, Provenance)> {
        (0..claims * 7)
            .map(|i| {
                let document = format!("d{}", (i * 5) % 11);
                let sentence = format!("Sentence {} of {document}, with 464 cooperatives.", i / 3);
                (
                    (i * 3) % claims,
                    Provenance::new(document, i..i + 3, 0..sentence.len(), sentence, "r"),
                )
            })
            .collect()
    }

    fn logged(writer: SourceWriter, written: &[(usize, Provenance)], claims: usize) -> SourceLog {
        // The facts in the reverse order of the claims.
        let placed: Vec<usize> = (0..claims).rev().collect();
        let mut counts = vec![0; claims];
        for (claim, _) in written {
            counts[placed[*claim]] += 1;
        }
        writer.finish(placed, counts)
    }

    fn read_back(log: &SourceLog, written: &[(usize, Provenance)], claims: usize) {
        for claim in 0..claims {
            let mut expected: Vec<Provenance> = written
                .iter()
                .filter(|(c, _)| *c == claim)
                .map(|(_, p)| p.clone())
                .collect();
            expected.sort_by(source_order);
            let sources = Sources {
                count: expected.len(),
                cited: Vec::new(),
                claim: Some(claims - 1 - claim),
            };
            assert_eq!(log.all(&sources).ok(), Some(expected));
        }
    }

    #[test]
    fn every_source_comes_back_with_its_fact_in_memory() {
        let written = sources(13);
        let mut writer = SourceWriter::default();
        for (claim, p) in &written {
            writer.add(*claim, &mut p.clone());
        }
        let log = logged(writer, &written, 13);
        read_back(&log, &written, 13);
    }

    #[test]
    fn every_source_comes_back_with_its_fact_from_disk_in_rounds() {
        let written = sources(13);
        // 256 bytes in memory, and facts put in order a few records at a time.
        let mut writer = SourceWriter::with_limits(256, 5);
        for (claim, p) in &written {
            writer.add(*claim, &mut p.clone());
        }
        let log = logged(writer, &written, 13);
        let logged = log
            .inner
            .as_ref()
            .map(|l| matches!(l.evidence, Spilled::Disk(_)));
        assert_eq!(logged, Some(true));
        read_back(&log, &written, 13);
        // Read twice, the same.
        read_back(&log, &written, 13);
    }

    #[test]
    fn sources_not_in_a_log_are_their_own_list() {
        let p = |doc: &str| Provenance::new(doc, 0..3, 0..3, "464", "r");
        let sources = Sources::listed(vec![p("b"), p("a")]);
        let all = SourceLog::default().all(&sources).ok();
        assert_eq!(all, Some(vec![p("a"), p("b")]));
    }

    #[test]
    fn a_fact_keeps_its_first_sources_and_counts_the_rest() {
        let mut sources = Sources::default();
        for doc in ["e", "b", "d", "a", "c"] {
            sources.note(&Provenance::new(doc, 0..3, 0..3, "464", "r"));
        }
        assert_eq!(sources.len(), 5);
        let cited: Vec<&str> = sources.cited().iter().map(|s| &*s.document).collect();
        assert_eq!(cited, ["a", "b", "c"]);
    }
}
