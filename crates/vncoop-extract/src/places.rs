//! Which place a figure is said of: a province other than the document's ("Dong Nai saat ini
//! memiliki 881 koperasi" in a national report), a district (before July 2025) or a commune
//! (after).
//!
//! A figure belongs to a place in two constructions, in every language:
//! - the place follows it as a location: "6 cooperatives in Nghia Dan district", "3 in Kim Boi
//!   District", "5 HTX tại huyện Kim Bôi", "4 koperasi di kabupaten ...";
//! - the place is the subject of its clause: "Huyện Gia Lộc có 1 sản phẩm", "Châu Đức District
//!   alone accounts for 48 of them", "of which Cao Phong and Tan Lac districts have established 2
//!   cooperatives each" (one figure per district with "each"; without it, a figure of two
//!   districts is the province's).
//!
//! A list of places after one figure ("34 sản phẩm ... ở TP Hải Dương, Chí Linh và ...") is the
//! sum of several places and stays the province's. A document about one district (it names one
//! district with its type word, never its province) is that district's throughout.

use std::ops::Range;

use vncoop_model::{Area, LocalMention, ProvinceMention, TYPE_WORDS_AFTER, TYPE_WORDS_BEFORE};

use crate::lexicon::Term;
use crate::sentence::Sentence;
use crate::window::{ends_with_word, head, opening_end, starts_with_word, tail};

/// Words that join two places of one list.
const JOINS: [&str; 8] = ["", ",", "and", "và", "dan", ", and", "và các", "and the"];

/// Words before a place that make it the location of the figure before it.
const LOCATIVES: [&str; 8] = ["in", "in the", "at", "tại", "ở", "thuộc", "di", "of"];

/// Words that open an item of a list of places, each with its own figure: "bao gồm Quảng Ninh
/// với 152 HTX, Hà Nội 120 HTX và Yên Bái 120 HTX", "were Quang Ninh with 152, Hanoi with 120".
const ITEM_OPENERS: [&str; 14] = [
    "và",
    "and",
    "dan",
    // "Duc Trong leads with 87, followed by Lam Ha with 65", "diikuti oleh Lam Ha dengan 65"
    // ("tiếp theo là" ends with "là").
    "followed by",
    "diikuti oleh",
    "bao gồm",
    "gồm",
    "là",
    "including",
    "were",
    "are",
    "adalah",
    "yaitu",
    "termasuk",
];

/// Words that may join the place of such an item to its figure.
const ITEM_LINKS: [&str; 11] = [
    "",
    "với",
    "with",
    "dengan",
    "có",
    ":",
    "has",
    "had",
    "accounts for",
    "memiliki",
    "mempunyai",
];

/// Words after a figure that give it to each place of the list before it.
const EACH: [&str; 4] = ["each", "masing-masing", "mỗi", "apiece"];

/// `text` in lower case, without type words at either end, trimmed.
fn without_type_words(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut rest = lower.trim();
    loop {
        let before = rest;
        // Type words may stand between a place and what joins it to the next, and so may the
        // marks of a former province ("and former Tuyen Quang has", "Hà Giang (cũ) có").
        for w in TYPE_WORDS_BEFORE
            .iter()
            .chain(TYPE_WORDS_AFTER.iter())
            .chain(FORMER_MARKS.iter())
        {
            // The first or last byte first: it rules out nearly every word without a
            // comparison.
            let opens = rest.as_bytes().first() == w.as_bytes().first();
            if let Some(r) = opens.then(|| rest.strip_prefix(w)).flatten() {
                if r.is_empty() || r.starts_with([' ', ',']) {
                    rest = r.trim_start();
                    break;
                }
            }
            let ends = rest.as_bytes().last() == w.as_bytes().last();
            if let Some(r) = ends.then(|| rest.strip_suffix(w)).flatten() {
                if r.ends_with(' ') {
                    rest = r.trim_end();
                    break;
                }
            }
        }
        if rest == before {
            return rest.to_string();
        }
    }
}

/// Whether the text between two places joins them into one list.
fn joined(s: &Sentence<'_>, left: &Range<usize>, right: &Range<usize>) -> bool {
    let between = without_type_words(s.slice(left.end..right.start));
    JOINS.contains(&between.as_str())
}

/// The places of the list that `index` ends, first to last.
fn list_ending_at(s: &Sentence<'_>, index: usize) -> Range<usize> {
    let mut first = index;
    while first > 0 && joined(s, &s.places[first - 1].span, &s.places[first].span) {
        first -= 1;
    }
    first..index + 1
}

/// The places of the list that `index` starts.
fn list_starting_at(s: &Sentence<'_>, index: usize) -> Range<usize> {
    let mut last = index;
    while last + 1 < s.places.len() && joined(s, &s.places[last].span, &s.places[last + 1].span) {
        last += 1;
    }
    index..last + 1
}

/// A place named in the text.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub span: Range<usize>,
    pub area: Area,
}

/// Provinces and local units in text order; where a local unit and a province share a span
/// ("TP Hải Dương"), the local unit, which was only found with its type word.
pub(crate) fn merge(
    text: &str,
    provinces: &[ProvinceMention<'_>],
    locals: &[LocalMention<'static>],
) -> Vec<Place> {
    let mut places: Vec<Place> = locals
        .iter()
        .map(|m| Place {
            span: m.span.clone(),
            area: m.unit.area(),
        })
        .collect();
    for m in provinces {
        if !places
            .iter()
            .any(|p| p.span.start < m.span.end && m.span.start < p.span.end)
        {
            places.push(Place {
                span: m.span.clone(),
                area: named_area(text, m),
            });
        }
    }
    places.sort_by_key(|p| p.span.start);
    places
}

/// Words that mark a province's name as the former province's, before or after it.
const FORMER_MARKS: [&str; 8] = [
    "former", "bekas", "(cũ)", "(former)", "(old)", "(lama)", "cũ", "lama",
];

/// The marks of [`FORMER_MARKS`] written before the name: "former Ha Giang", "bekas Provinsi
/// Ha Giang".
const FORMER_BEFORE: [&str; 2] = ["former", "bekas"];

/// The area a province mention names. After the merger, the name of a province merged into
/// another ("Hà Giang", now part of Tuyên Quang) or a name marked as the former province's
/// ("Tuyên Quang (cũ)", "former Tuyen Quang", "Tuyen Quang lama") names the pre-merger unit:
/// its figures are that former province's, and roll up into the new one.
pub(crate) fn named_area(text: &str, m: &ProvinceMention<'_>) -> Area {
    let resolved = &m.resolved;
    match resolved.predecessor {
        Some(old)
            if !resolved.before_merger
                && (old.name_vi != resolved.unit.name_vi || marked_former(text, &m.span)) =>
        {
            old.area()
        }
        _ => Area::of(resolved),
    }
}

/// Whether the province name at `span` is marked as the former province's: "former" or "bekas"
/// before it, "(cũ)", "cũ" or "lama" after it (with or without its type word between).
fn marked_former(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let before = tail(before, 40).to_lowercase();
    let before = before
        .strip_suffix("province")
        .or_else(|| before.strip_suffix("provinsi"))
        .unwrap_or(&before)
        .trim_end();
    let after = text.get(span.end..).unwrap_or("");
    let after = head(after, 24).to_lowercase();
    let after = after.trim_start();
    let after = after.strip_prefix("province").unwrap_or(after).trim_start();
    ends_with_word(before, &FORMER_BEFORE)
        || FORMER_MARKS
            .iter()
            .any(|mark| !FORMER_BEFORE.contains(mark) && starts_with_word(after, mark))
}

/// Longest agency tag between a dateline's place and its dash ("(VNA)", "(TTXVN)", "(VNS)").
const AGENCY_TAG_CHARS: usize = 12;

/// Family and middle names (folded) of Vietnamese people, capitalized before a given name:
/// many given names are place names too ("Vương Đình Huệ", "Nguyễn Văn Bình").
const NAME_PARTS: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ngo", "duong", "ly", "doan", "truong", "luong", "van", "thi", "dinh", "duc", "quoc", "huu",
    "cong", "xuan", "ngoc", "hong", "manh", "khac", "tien", "trung", "tuan",
];

/// Words before a name that say it is a person's (lower case).
const PERSONAL_TITLES: &[&str] = &[
    "ông",
    "bà",
    "anh",
    "chị",
    "đồng chí",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "pak",
    "bapak",
    "ibu",
];

/// Whether the place name at `span` of `text` ends a person's name: right after a capitalized
/// family or middle name ("Deputy Prime Minister Vuong Dinh Hue") or a personal title ("ông
/// Bình", "Mr. Binh", "Pak Binh").
pub(crate) fn names_a_person(text: &str, span: &Range<usize>) -> bool {
    let Some(before) = text.get(..span.start) else {
        return false;
    };
    // Only words joined to the name by spaces: "Hue, Binh" or "(Hue)" name no person.
    let Some(last) = before.strip_suffix(' ') else {
        return false;
    };
    let word = last.rsplit(' ').next().unwrap_or(last);
    let lower = tail(last, 16).to_lowercase();
    let capitalized = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic);
    (capitalized && NAME_PARTS.contains(&vncoop_text::fold(word).as_str()))
        || ends_with_word(&lower, PERSONAL_TITLES)
}

/// Whether the place at `span` is a dateline: the place a story was filed from, opening a line
/// and followed by a dash, with or without the agency's tag ("HÀ NỘI — The Ministry of
/// Agriculture ...", "Hanoi (VNA) – ..."). It says where the reporter was, not what a figure
/// of the sentence is about; the document's place still counts it.
pub(crate) fn is_dateline(text: &str, span: &Range<usize>) -> bool {
    dateline(text, span).is_some()
}

/// Whether the place at `span` is a wire service's dateline, with the agency's tag ("HANOI
/// (VNA) - ..."): the agency files from its own city whatever province the story is about.
pub(crate) fn is_wire_dateline(text: &str, span: &Range<usize>) -> bool {
    dateline(text, span) == Some(Dateline::Tagged)
}

/// How a dateline is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dateline {
    /// The place alone before the dash.
    Bare,
    /// The place and the agency's tag in parentheses.
    Tagged,
}

/// The dateline the place at `span` opens, if it opens one.
fn dateline(text: &str, span: &Range<usize>) -> Option<Dateline> {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return None;
    };
    // Only the blanks before the place are read, or a wire service's short prefix ending in a
    // dash ("VIETNAM, May 22 - HÀ NỘI — ..."), never the whole line: a document with no line
    // breaks must not cost a scan back to its start for each place.
    let opening = before.trim_end_matches([' ', '\t', '\r']);
    if !(opening.is_empty() || opening.ends_with('\n') || after_wire_prefix(opening)) {
        return None;
    }
    let mut rest = after.trim_start_matches([' ', '\t']);
    let mut written = Dateline::Bare;
    if let Some(tag) = rest.strip_prefix('(') {
        match tag.find(')') {
            Some(close) if close <= AGENCY_TAG_CHARS && !tag[..close].contains(' ') => {
                rest = tag[close + 1..].trim_start_matches([' ', '\t']);
                written = Dateline::Tagged;
            }
            _ => return None,
        }
    }
    ['—', '–', '-']
        .iter()
        .any(|dash| rest.strip_prefix(*dash).is_some_and(|r| r.starts_with(' ')))
        .then_some(written)
}

/// Longest prefix a wire service puts before a dateline, in characters ("VIETNAM, May 22 -").
const WIRE_PREFIX_CHARS: usize = 32;

/// Whether `opening`, the text before a place, ends in a wire service's prefix: a short start
/// of a line ending in a dash, with no sentence end in it ("VIETNAM, May 22 -").
fn after_wire_prefix(opening: &str) -> bool {
    let Some(prefix) = opening.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    // One character more than the longest prefix, to see where its line starts.
    let window = tail(prefix, WIRE_PREFIX_CHARS + 1);
    let line = match window.rfind('\n') {
        Some(at) => &window[at + 1..],
        None if window.len() == prefix.len() => window,
        None => return false,
    };
    !line.trim().is_empty() && !line.contains(['.', '!', '?'])
}

/// Whether the place at `span` is the report's sign-off: alone on its last line ("KHÁNH HÒA",
/// "Thanh Hóa."). Vietnamese papers close a story with the writer's name, and many given names
/// are place names; a report's place is never stated there, so it must not become the place
/// of every figure.
pub(crate) fn signs_off(text: &str, span: &Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let opening = before.trim_end_matches([' ', '\t', '\r']);
    (opening.is_empty() || opening.ends_with('\n'))
        && !opening.trim().is_empty()
        && after
            .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
            .is_empty()
}

fn areas(places: &[Place]) -> Vec<Area> {
    places.iter().map(|p| p.area.clone()).collect()
}

/// Whether place `k` opens an item of a list of places with a figure each, the figure that
/// starts at `figure`: "Hà Nội 120 HTX", "Hanoi with 120" after a list joint or opener.
fn opens_item(s: &Sentence<'_>, k: usize, figure: usize) -> bool {
    let place = &s.places[k].span;
    if place.end > figure || s.figure_in(place.end..figure) {
        return false;
    }
    let link = without_type_words(s.slice(place.end..figure));
    let lead = without_type_words(tail(s.lower(s.span.start..place.start), 24).trim_end());
    // A mark that ends one item opens the next.
    // Also the words that open a breakdown by place: "most of them in Huong Son district with
    // 25", "terbanyak di Kabupaten ... dengan 25".
    let opened = lead.ends_with([',', ';', ':'])
        || ends_with_word(&lead, &ITEM_OPENERS)
        || ends_with_word(&lead, crate::modality::BREAKDOWN_OPENERS);
    ITEM_LINKS.contains(&link.as_str()) && opened
}

/// Where the place of the list item that figure `i` is starts, if it is one ("Hà Nội 120 HTX"
/// after "Quảng Ninh với 152 HTX,"): for the first item read, the text before it is the list's
/// heading.
pub(crate) fn list_item(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let token = &s.tokens[i].span;
    let k = s.places.iter().rposition(|p| p.span.end <= token.start)?;
    opens_item(s, k, token.start).then(|| s.places[k].span.start)
}

/// The places the figure `i` (its words end at `noun_end`) is said of: none when it is the
/// province's, one, or several for "each"; and whether they are the subject of its clause (a
/// subject holds for the figures after it in the clause).
pub(crate) fn owners(s: &Sentence<'_>, i: usize, noun_end: usize) -> (Vec<Area>, bool) {
    let token = &s.tokens[i].span;
    let clause = s.clause_of(token.start);
    let next = s.next_start(i);
    // The location after the figure.
    let after_from = noun_end.max(token.end);
    if let Some(k) = s
        .places
        .iter()
        .position(|p| p.span.start >= after_from && p.span.start < next)
    {
        let gap = without_type_words(s.slice(after_from..s.places[k].span.start));
        // "530 koperasi di Provinsi Ha Giang", "530 HTX tại tỉnh Hà Giang": the word for a
        // province stands between the locative and the name.
        let gap = match PROVINCE_WORDS.iter().find_map(|w| gap.strip_suffix(w)) {
            // "di bekas Provinsi": a mark of the former province may come before it.
            Some(rest) => without_type_words(rest),
            None => gap,
        };
        let locative = ends_with_word(&gap, &LOCATIVES);
        // "142 new cooperatives were set up, most of them in Huong Son": past a comma, the
        // place is of a part.
        let own = !gap.contains([',', ';']);
        if locative && own && gap.chars().count() <= 40 && list_starting_at(s, k).len() == 1 {
            return (areas(&s.places[k..k + 1]), false);
        }
    }
    let subject = subject_of_clause(s, i, noun_end, clause);
    if subject.0.is_empty() {
        if let Some(k) = opening_location(s, token.start) {
            return (areas(&s.places[k..k + 1]), true);
        }
    }
    subject
}

/// The place of the list `list` that figure `i` is paired with by a pairing word in its
/// clause: "Ha Tinh and Quang Binh had 874 and 612 cooperatives, respectively", "Hà Tĩnh và
/// Quảng Bình lần lượt có 874 HTX và 612 HTX". The figures of `i`'s shape after the list pair
/// with its places in order, when there are as many.
fn respective_place(
    s: &Sentence<'_>,
    i: usize,
    list: Range<usize>,
    clause: Range<usize>,
) -> Option<usize> {
    if !crate::rules::RESPECTIVELY
        .iter()
        .any(|w| s.lower(clause.clone()).contains(w))
    {
        return None;
    }
    let after_list = s.places[list.end - 1].span.end;
    let shape = &s.tokens[i].shape;
    let figures: Vec<usize> = (0..s.tokens.len())
        .filter(|&j| {
            let t = &s.tokens[j];
            &t.shape == shape
                && t.span.start >= after_list
                && t.span.end <= clause.end
                && !s.in_date(&t.span)
        })
        .collect();
    let at = figures.iter().position(|&j| j == i)?;
    (figures.len() == list.len()).then_some(list.start + at)
}

/// Words that open parentheses on what a place includes: "(including former Quang Binh)".
const INCLUDING: [&str; 6] = [
    "including",
    "bao gồm",
    "gồm",
    "kể cả",
    "termasuk",
    "meliputi",
];

/// Whether parentheses `group` open on what the place before them includes.
fn includes(s: &Sentence<'_>, group: &Range<usize>) -> bool {
    let inside = s.lower(group.clone());
    let inside = inside.strip_prefix('(').unwrap_or(inside).trim_start();
    INCLUDING.iter().any(|w| starts_with_word(inside, w))
}

/// Most words between a list of places and the figure they have together ("together had").
const JOINT_VERB_WORDS: usize = 4;

/// Whether figure `i` is said of a list of places together, no word giving it to each or
/// pairing it with one: "Ha Tinh and Quang Binh together had 1,486 cooperatives", "Hà Tĩnh và
/// Quảng Bình có tổng cộng 1.486 HTX". It is the figure of no one of them.
pub(crate) fn joint_subject(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i].span;
    let clause = s.clause_of(token.start);
    let Some(k) = s
        .places
        .iter()
        .rposition(|p| p.span.end <= token.start && p.span.start >= clause.start)
    else {
        return false;
    };
    let gap = s.places[k].span.end..token.start;
    let between = without_type_words(s.slice(gap.clone()));
    let list = list_ending_at(s, k);
    // The last two joined by "and" ("Kim Boi district, Hoa Binh province reported" names a
    // district and then its province, no list).
    let last_joint = k
        .checked_sub(1)
        .map(|j| without_type_words(s.slice(s.places[j].span.end..s.places[k].span.start)));
    let and = last_joint.is_some_and(|w| ["and", "và", "dan", ", and"].contains(&w.as_str()));
    list.len() >= 2
        && and
        && !between.contains(crate::rules::is_mark)
        && !s.figure_in(gap)
        && between.split_whitespace().count() <= JOINT_VERB_WORDS
}

/// Words that open a sentence on the place its figures are of: "In Cho Moi district, there
/// are 40 cooperatives", "Tại huyện Chợ Mới, có 40 HTX", "Di distrik Cho Moi, terdapat 40
/// koperasi".
const OPENING_LOCATIVES: [&str; 10] = [
    "in",
    "in the",
    "at",
    "tại",
    "ở",
    "riêng",
    "riêng tại",
    "riêng ở",
    "di",
    "khusus di",
];

/// Words that may stand between such a place and its comma: "In Cho Moi district alone,".
const ALONE: [&str; 4] = ["alone", "only", "saja", "nói riêng"];

/// The place the sentence opens on, when the figure starting at `figure` follows it past a
/// comma with no other place between: the location of every figure of the sentence.
fn opening_location(s: &Sentence<'_>, figure: usize) -> Option<usize> {
    let k = s.places.iter().position(|p| p.span.start >= s.span.start)?;
    let place = &s.places[k].span;
    if place.end > figure
        || list_starting_at(s, k).len() != 1
        || s.places[k + 1..].iter().any(|p| p.span.start < figure)
    {
        return None;
    }
    // A phrase may come before the opening one: "Meanwhile, in Cho Moi district, ...".
    let lead = s.lower(s.span.start..place.start);
    let lead = without_type_words(lead.rsplit(", ").next().unwrap_or_default());
    if !OPENING_LOCATIVES.contains(&lead.as_str()) {
        return None;
    }
    let rest = s.slice(place.end..figure);
    let comma = rest.find(", ")?;
    let gap = without_type_words(&rest[..comma]);
    let closed = gap.is_empty() || ALONE.contains(&gap.as_str());
    (closed && !s.figure_in(place.end..place.end + comma)).then_some(k)
}

/// Words that lead from a noun phrase to the place it is of: "the number of cooperatives in",
/// "số HTX của", "jumlah koperasi di".
const OF_PLACE: [&str; 6] = ["in", "of", "của", "tại", "ở", "di"];

/// Most words of the noun phrase before such a place ("the number of members of cooperatives
/// in").
const NOUN_PHRASE_WORDS: usize = 7;

/// Words for a province written beside its name: "tỉnh Thái Bình", "Thai Binh province".
const PROVINCE_WORDS: [&str; 3] = ["tỉnh", "province", "provinsi"];

/// Where the words from `from` to `end` go on past the place they open with, when a locative
/// leads to it ("in Thai Binh province", "của tỉnh Thái Bình", "di Thai Binh"): the end of the
/// place and of a type word after it. `from` when they open with no place.
pub(crate) fn past_location(s: &Sentence<'_>, from: usize, end: usize) -> usize {
    let Some(place) = s
        .places
        .iter()
        .find(|p| p.span.start >= from && p.span.end <= end)
    else {
        return from;
    };
    let lead = without_type_words(s.slice(from..place.span.start));
    let lead = PROVINCE_WORDS
        .iter()
        .find_map(|w| lead.strip_suffix(w))
        .unwrap_or(&lead)
        .trim_end();
    if !(lead.is_empty() || lead == "của" || LOCATIVES.contains(&lead)) {
        return from;
    }
    let after = s.lower(place.span.end..end);
    let word = after.split_whitespace().next().unwrap_or_default();
    let is_type = TYPE_WORDS_AFTER.contains(&word) || PROVINCE_WORDS.contains(&word);
    match after.find(word) {
        Some(at) if is_type => place.span.end + at + word.len(),
        _ => place.span.end,
    }
}

/// The place that is the subject of the figure's clause, before it: "Huyện Gia Lộc có 1 sản
/// phẩm", or each place of a list with "each".
fn subject_of_clause(
    s: &Sentence<'_>,
    i: usize,
    noun_end: usize,
    clause: Range<usize>,
) -> (Vec<Area>, bool) {
    let token = &s.tokens[i].span;
    // "Quang Tri province (including former Quang Binh) has": what the parentheses include is
    // a part of the subject, not the subject.
    let asides: Vec<&Range<usize>> = s
        .parens
        .iter()
        .filter(|g| g.end <= token.start && includes(s, g))
        .collect();
    let Some(k) = s.places.iter().rposition(|p| {
        p.span.end <= token.start
            && p.span.start >= clause.start
            && !asides.iter().any(|g| g.contains(&p.span.start))
    }) else {
        return (Vec::new(), false);
    };
    let list = list_ending_at(s, k);
    let first = &s.places[list.start].span;
    if list.len() >= 2 {
        if let Some(place) = respective_place(s, i, list.clone(), clause.clone()) {
            return (areas(&s.places[place..=place]), false);
        }
    }
    // "Hà Giang (cũ) có 512 HTX": the mark of a former province is part of its name.
    let between = crate::rules::without_groups(s, s.places[k].span.end..token.start, asides);
    let between = between.as_str();
    let between = FORMER_MARKS
        .iter()
        .find_map(|mark| between.trim_start().strip_prefix(mark))
        .unwrap_or(between);
    // An item of a list of places with a figure each: the place right before the figure.
    if list.len() == 1 && opens_item(s, k, token.start) {
        return (areas(&s.places[k..k + 1]), true);
    }
    // "khu vực phía Đông (Bình Định cũ) có 520 HTX": the place in parentheses names the
    // region its clause opens with.
    let after_group = between.trim_start().strip_prefix(')').map(str::trim);
    if let Some(verb) = after_group.filter(|_| list.len() == 1) {
        if verb.split_whitespace().count() <= 2 && !verb.contains([',', ':', ';', '(', ')']) {
            return (areas(&s.places[k..k + 1]), true);
        }
    }
    if between.contains([',', ':', '(']) || s.figure_in(s.places[k].span.end..token.start) {
        return (Vec::new(), false);
    }
    // Only a few words may open the clause before its subject ("of which", "Cụ thể, TP").
    // A mark ends a phrase where a space follows it: "1,529" is one number.
    let whole_opening = s.slice(clause.start..first.start);
    let opening_start = [", ", ": ", "; ", ". "]
        .iter()
        .filter_map(|mark| whole_opening.rfind(mark).map(|at| at + mark.len()))
        .max()
        .map_or(clause.start, |from| clause.start + from);
    let opening = without_type_words(s.slice(opening_start..first.start));
    // "The number of cooperatives in Thai Binh is 1,300", "Số HTX tại tỉnh Thái Bình là
    // 1.300": a noun phrase of what is counted, then the place it is of.
    let of_place = {
        let words = PROVINCE_WORDS
            .iter()
            .find_map(|w| opening.strip_suffix(w))
            .unwrap_or(&opening)
            .trim_end();
        ends_with_word(words, &OF_PLACE)
            && words.split_whitespace().count() <= NOUN_PHRASE_WORDS
            && !s.figure_in(opening_start..first.start)
    };
    if opening.split_whitespace().count() > 3 && !of_place {
        return (Vec::new(), false);
    }
    if list.len() == 1 {
        return (areas(&s.places[k..k + 1]), true);
    }
    let after = head(s.lower(noun_end.max(token.end)..clause.end), 24);
    let each = EACH.iter().any(|w| after.contains(w))
        || tail(s.lower(clause.start..token.start), 12).contains("mỗi");
    if each {
        (areas(&s.places[list]), false)
    } else {
        (Vec::new(), false)
    }
}

/// Which level of place a phrase points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Level {
    District,
    Commune,
    /// Below a commune: never on the map.
    Village,
}

impl Level {
    /// Whether `area` is a place of this level.
    pub(crate) fn holds(self, area: &Area) -> bool {
        matches!(
            (self, area),
            (Level::District, Area::District { .. }) | (Level::Commune, Area::Commune { .. })
        )
    }
}

/// The level of place the figure starting at `figure` is said of, when the subject of its
/// clause points back to one: "Hiện nay, xã này có 17 HTX", "the commune has 17
/// cooperatives", "This district also has 12 cooperative groups".
pub(crate) fn pointed_back(s: &Sentence<'_>, figure: usize) -> Option<Level> {
    let clause = s.clause_of(figure);
    // The phrase opens the clause, after at most a word ("Currently, the commune has",
    // "Saat ini, komune ini memiliki").
    let before = s.slice(clause.start..figure);
    let opening = clause.start + before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    s.terms_in(opening..figure).find_map(|m| match m.key {
        Term::PointsBack(level) => {
            (s.slice(opening..m.span.start).split_whitespace().count() <= 1).then_some(level)
        }
        _ => None,
    })
}

/// Whether `at` in `text` stands inside parentheses opened before it and not yet closed.
pub(crate) fn in_parentheses(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    before.rfind('(') > before.rfind(')')
}

/// The district or commune a document is about: it names exactly one place with its type word
/// and never names its province, and the first such mention is in its opening lines.
pub(crate) fn document_place(
    text: &str,
    places: &[LocalMention<'static>],
    province_named: bool,
) -> Option<Area> {
    let first = places.iter().find(|p| p.typed)?;
    let one = places.iter().all(|p| p.unit.code == first.unit.code);
    // "HTX ... Phú Khương (huyện Kỳ Anh)": a place in parentheses locates what was named
    // before it, not the report.
    let inside = in_parentheses(text, first.span.start);
    if !one || province_named || inside || first.span.start >= opening_end(text, 2) {
        return None;
    }
    // Only now, for the rare candidate, read the whole text for province words.
    let lower = text.to_lowercase();
    let province_words = ["tỉnh", "province", "provinsi", "thành phố trực thuộc"]
        .iter()
        .any(|w| lower.contains(w));
    (!province_words).then(|| first.unit.area())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words_come_off_both_ends() {
        assert_eq!(without_type_words(" districts and "), "and");
        assert_eq!(without_type_words("District and 1 in"), "and 1 in");
        assert_eq!(without_type_words(", thị xã"), ",");
        assert_eq!(without_type_words(" và các huyện "), "và các");
    }

    #[test]
    fn a_place_alone_on_the_last_line_signs_off() {
        let signs = |text: &str, name: &str| {
            let at = text.rfind(name).unwrap_or(0);
            signs_off(text, &(at..at + name.len()))
        };
        assert!(signs("Toàn tỉnh có 360 HTX.\n\nKHÁNH HÒA\n", "KHÁNH HÒA"));
        assert!(signs(
            "The province has 58 cooperatives.\nThanh Hoa.",
            "Thanh Hoa"
        ));
        // Not alone on its line, not the last line, or the whole text.
        assert!(!signs("Toàn tỉnh Khánh Hòa có 360 HTX.", "Khánh Hòa"));
        assert!(!signs("KHÁNH HÒA\nToàn tỉnh có 360 HTX.", "KHÁNH HÒA"));
        assert!(!signs("Có 360 HTX.\nTại Khánh Hòa", "Khánh Hòa"));
        assert!(!signs("Khánh Hòa", "Khánh Hòa"));
    }

    #[test]
    fn a_place_name_after_a_family_name_or_a_title_names_a_person() {
        let person =
            |text: &str| names_a_person(text, &(text.rfind("Hu").unwrap_or(0)..text.len()));
        for text in [
            "Minister Vuong Dinh Hue",
            "Phó Thủ tướng Vương Đình Huệ",
            "ông Huệ",
            "Mr. Hue",
            "Pak Hue",
        ] {
            assert!(person(text), "{text}");
        }
        for text in [
            "tỉnh Huệ",
            "In Hue",
            "(Hue",
            "Dinh, Hue",
            "the dinh Hue",
            "Hue",
        ] {
            assert!(!person(text), "{text}");
        }
    }
}
