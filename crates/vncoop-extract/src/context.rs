//! What a document says about itself: its language, reference date and province.

use chrono::NaiveDate;
use vncoop_model::{geography, Area, Period};
use vncoop_text::{detect_language, Lang};

use crate::dates::{DateScan, Role};
use crate::document::Document;
use crate::window::opening_end;

/// The reference date: the hint, or a full date in the page's first lines (the dateline),
/// among the `days` of the whole text (`DateScan::days_before`).
pub(crate) fn reference_date(doc: &Document, text: &str, days: &DateScan<'_>) -> Option<NaiveDate> {
    if doc.published.is_some() {
        return doc.published;
    }
    let opening = opening_end(text, 4);
    days.days_before(opening)
        .into_iter()
        .filter(|d| d.span.end <= opening)
        .filter(|d| d.role != Role::Signed)
        .find_map(|d| match d.period {
            Some(Period::Day(day)) => Some(day),
            _ => None,
        })
}

/// How much of a document its language is read from: a report keeps its language, and a
/// sample bounds the cost on long documents.
const LANGUAGE_SAMPLE_BYTES: usize = 16 * 1024;

/// The language: the hint, or detected from the document's first 16 KiB; Vietnamese when
/// nothing decides.
pub(crate) fn language(doc: &Document, text: &str) -> Lang {
    let mut end = text.len().min(LANGUAGE_SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    doc.lang
        .or_else(|| detect_language(&text[..end]).lang)
        .unwrap_or(Lang::Vi)
}

/// The province the document is about: the hint, or the province named most often (the first
/// named, on a tie), or the whole country when national words (\"cả nước\", \"nationwide\")
/// come at least as often as that province's name and the words for the province it is about
/// (\"toàn tỉnh\", \"the whole province\") together. `mentions` are the areas of the
/// provinces named in the text.
pub(crate) fn document_area(
    doc: &Document,
    mentions: &[Area],
    on: NaiveDate,
    national_mentions: usize,
    provincial_mentions: usize,
) -> Result<Area, String> {
    if let Some(name) = &doc.province {
        return geography()
            .resolve(name, on)
            .map(|r| Area::of(&r))
            .map_err(|_| name.clone());
    }
    let mut counts: Vec<(Area, usize)> = Vec::new();
    for area in mentions {
        let area = area.clone();
        match counts.iter_mut().find(|(a, _)| *a == area) {
            Some((_, n)) => *n += 1,
            None => counts.push((area, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    // A report about the whole country names provinces only in passing.
    let provincial = if best > 0 { provincial_mentions } else { 0 };
    if national_mentions > 0 && national_mentions >= best + provincial {
        return Ok(Area::National);
    }
    Ok(counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map_or(Area::Unknown, |(a, _)| a))
}
