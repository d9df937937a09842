//! The extractor: sentences in, observations out.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
// The rust-lang team's hasher: several times cheaper than SipHash on these short keys, and
// nothing here depends on the order of a set.
use rustc_hash::{FxHashMap, FxHashSet};
use vncoop_model::{
    geography, local_units, Area, Indicator, Kind, LocalLevel, Observation, OldUnit, Period,
    Provenance, ProvinceMention, Qualifier, Scope, StarScope, Stars, Unit, MERGER_DATE,
};
use vncoop_text::{
    fold_with_offsets, lower_in_place, normalize, sentences, Lang, Mention, Normalized,
};

use crate::context::{document_area, language, reference_date};
use crate::dates::{DateScan, Role};
use crate::document::{Diagnostic, Document, Extraction, Reason};
use crate::lexicon::{lexicon, MoneyWord, Term};
use crate::magnitude;
use crate::modality;
use crate::places;
use crate::rules::{self, Attribution};
use crate::sentence::{paren_groups, Sentence};
use crate::shares;
use crate::tokens::{tokens, with_listed_ones, Shape};
use crate::window::{head, is_in_any_case, starts_with_word, tail};

/// Reads reports. Cheap to create; the word lists are built once per process.
///
/// ```
/// use vncoop_extract::{Document, Extractor};
/// use vncoop_model::{Indicator, Kind};
///
/// let doc = Document::new("demo", "Tính đến hết năm 2023, toàn tỉnh có 464 HTX, tăng 12 HTX so với năm 2022.");
/// let found = Extractor::new().extract(&doc);
/// let first = &found.observations[0];
/// assert_eq!(first.indicator, Indicator::Cooperatives);
/// assert_eq!(first.value, 464.into());
/// assert_eq!(first.period.as_ref().map(|p| p.to_string()), Some("2023".into()));
/// assert_eq!(found.observations[1].kind, Kind::Change);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    _private: (),
}

/// What one paragraph has said so far.
#[derive(Debug, Default)]
struct Paragraph {
    /// A "tasks for 2024" heading: what follows are goals for that period.
    tasks: Option<Option<Period>>,
    /// The last explicit date an actual figure was given for.
    carried: Option<Period>,
    /// Whether `carried` was given in this paragraph (no line break since).
    carried_here: bool,
    /// The deadline of the last goal of this paragraph that named one: "By 2030, ... 1,100
    /// cooperatives. Average revenue is projected at 3.5 billion VND" sets both for 2030.
    deadline: Option<Period>,
    /// The last count read in the document that was no part of another: what "48 of them"
    /// and "Of these, ..." refer to.
    last_count: Option<LastCount>,
    /// Whether `last_count` counts what the last sentence that named organisations named:
    /// only then does "their number" or "the figure" point back at it.
    count_named_last: bool,
    /// What the document has given a plain actual figure of so far (indicator and unit): a
    /// count said to have done something after it ("18 koperasi telah ...") is a part.
    totals: Vec<(Indicator, Unit)>,
    /// The last plain actual figure of each of `totals`, in the same order.
    levels: Vec<Decimal>,
    /// Where the sentence names one Vietnamese cooperative ("HTX ... Thạnh Phong").
    named: Option<usize>,
    /// Whether the last sentence that named organisations (Vietnamese, Indonesian) named one.
    about_one: bool,
    /// Whether this sentence opens with the bare noun of a cooperative after `about_one`: it
    /// speaks of that one.
    back_to_one: bool,
    /// Whether the document has introduced one cooperative so far, by its name or as "a
    /// cooperative": "the cooperative" may then be that one.
    one_introduced: bool,
    /// The last district or commune named, which "xã này" or "this district" may point back to.
    last_local: Option<Area>,
}

/// A count as later sentences may point back at it.
#[derive(Debug, Clone)]
struct LastCount {
    what: Attribution,
    value: Decimal,
    stars: Option<StarScope>,
    kind: Kind,
    period: Option<Period>,
    area: Area,
    /// Where its figure ends in the text.
    end: usize,
}

impl Paragraph {
    /// The last plain actual figure the document gave of `indicator` in `unit`.
    fn level_of(&self, indicator: Indicator, unit: Unit) -> Option<Decimal> {
        let at = self.totals.iter().position(|t| *t == (indicator, unit))?;
        self.levels.get(at).copied()
    }
}

/// Everything fixed for one document.
struct Doc<'a> {
    /// The id, shared by the provenance of every observation.
    id: Arc<str>,
    normalized: &'a Normalized,
    original: &'a str,
    lang: Lang,
    reference: Option<NaiveDate>,
    /// The one year a title line names ("Báo cáo kinh tế tập thể năm 2024"): the year of
    /// what the report says with no date of its own, when no dateline gives one.
    title_year: Option<Period>,
    area: Area,
}

impl Extractor {
    /// An extractor with the built-in rules for Vietnamese, English and Indonesian.
    #[must_use]
    pub fn new() -> Self {
        Extractor::default()
    }

    /// Reads one document.
    #[must_use]
    pub fn extract(&self, doc: &Document) -> Extraction {
        let normalized = normalize(&doc.text);
        let text = normalized.as_str();
        let lang = language(doc, text);
        // The days are read once: they give the dateline, and then every date.
        let dates = DateScan::new(text);
        let reference = reference_date(doc, text, &dates);
        let mut out = Extraction {
            lang: Some(lang),
            published: reference,
            ..Extraction::default()
        };
        // One fold of the text serves the lexicon, the provinces and the local units.
        let folded = fold_with_offsets(text);
        let all_terms = lexicon().find(text, &folded, lang);
        // "ranks 5th nationwide" names the country only to rank the province in it.
        let national = all_terms
            .iter()
            .filter(|m| {
                m.key == Term::National
                    && !rules::ranks_before_country(&tail(&text[..m.span.start], 24).to_lowercase())
            })
            .count();
        // Without a date, names are read on the map before the merger.
        let on = reference.unwrap_or(MERGER_DATE.pred_opt().unwrap_or(MERGER_DATE));
        let mut provinces = geography().mentions_in(&folded, on);
        provinces.retain(|m| {
            !places::names_a_person(text, &m.span) && !places::signs_off(text, &m.span)
        });
        // A dateline says where the story was filed from ("HANOI (VNA) - Lam Dong has ..."): a
        // wire service's never decides the document's province, a bare one ("LÂM ĐỒNG - ...")
        // only when the body names none.
        provinces.retain(|m| !places::is_wire_dateline(text, &m.span));
        let in_body: Vec<ProvinceMention<'_>> = provinces
            .iter()
            .filter(|m| !places::is_dateline(text, &m.span))
            .cloned()
            .collect();
        let named = if in_body.is_empty() {
            &provinces
        } else {
            &in_body
        };
        let named: Vec<Area> = named.iter().map(|m| places::named_area(text, m)).collect();
        let provincial = all_terms
            .iter()
            .filter(|m| m.key == Term::Provincial)
            .count();
        let area = match document_area(doc, &named, on, national, provincial) {
            Ok(area) => area,
            Err(name) => {
                out.diagnostics.push(Diagnostic {
                    span: 0..0,
                    text: name,
                    reason: Reason::UnknownProvince,
                });
                Area::Unknown
            }
        };
        // A report that names provinces only in passing ("the Vietnam Union of Cooperatives
        // (headquartered in Hanoi)") but more districts of one province than that ("Cao Phong
        // and Tan Lac districts ... Kim Boi ... Luong Son") is that province's.
        let area = match area {
            Area::Province { .. } | Area::Unknown
                if doc.province.is_none()
                    && provinces.len() < DISTRICTS_NAMING_A_PROVINCE
                    && on < MERGER_DATE =>
            {
                local_units()
                    .province_of_districts_in(text, &folded, DISTRICTS_NAMING_A_PROVINCE)
                    .and_then(|code| geography().old_unit(code))
                    .map_or(area, OldUnit::area)
            }
            area => area,
        };
        // A report that names no province but one district of the whole country, with its
        // type word, in its opening lines is about that district ("Thuan Chau district boasts
        // 58 cooperatives").
        let area = match area {
            Area::Unknown if provinces.is_empty() => {
                let level = if on < MERGER_DATE {
                    LocalLevel::District
                } else {
                    LocalLevel::Commune
                };
                // Only the opening is searched: the 700 districts are read once, in a few lines.
                let opening = &text[..crate::window::opening_end(text, 2)];
                // "HTX ... Phú Khương (huyện Kỳ Anh)": a place in parentheses locates what
                // was named before it, not the report.
                local_units()
                    .unique_named_in(opening, &fold_with_offsets(opening), level)
                    .filter(|&(_, at)| !places::in_parentheses(text, at))
                    .map_or(Area::Unknown, |(unit, _)| unit.area())
            }
            area => area,
        };
        let locals = local_units().mentions_in(text, &folded, &area);
        drop(folded);
        let area = places::document_place(text, &locals, !provinces.is_empty()).unwrap_or(area);
        let mut places = places::merge(text, &provinces, &locals);
        places.retain(|p| !places::is_dateline(text, &p.span) && !places::signs_off(text, &p.span));
        let all_dates = dates.finish(reference);
        let d = Doc {
            id: doc.id.as_str().into(),
            normalized: &normalized,
            original: &doc.text,
            lang,
            reference,
            title_year: title_year(text, &all_dates, &all_terms),
            area,
        };
        let lower = lower_in_place(text);
        let found = tokens(text, &lower, lang);
        // "one cooperative union", and "one five-star product" after other star levels.
        let mut noun_starts: Vec<usize> = all_terms
            .iter()
            .filter(|m| matches!(m.key, Term::Form(_)))
            .map(|m| m.span.start)
            .chain(
                found
                    .iter()
                    .filter(|t| t.shape == Shape::Star)
                    .map(|t| t.span.start),
            )
            .collect();
        noun_starts.sort_unstable();
        let all_tokens = with_listed_ones(text, lang, found, &noun_starts);
        for span in unread_digits(text, &all_tokens) {
            let original = normalized.original_range(span.clone());
            // Digits of a date ("02/12/2025"), a clock time ("11:43") or a document number
            // ("768/BC-BTC") are no figure; other digits the grammar could not read are.
            // Dates are sorted and never overlap: only the last one starting before the digits
            // can hold them.
            let before = all_dates.partition_point(|m| m.span.start <= span.start);
            let in_date = before
                .checked_sub(1)
                .and_then(|at| all_dates.get(at))
                .is_some_and(|m| span.end <= m.span.end);
            let joined = |c: Option<char>| c.is_some_and(|c| matches!(c, ':' | '/'));
            let reason = if in_date
                || joined(text[..span.start].chars().next_back())
                || joined(text[span.end..].chars().next())
            {
                Reason::NotAFigure
            } else {
                Reason::Unreadable
            };
            out.diagnostics.push(Diagnostic {
                text: doc.text.get(original.clone()).unwrap_or("").to_string(),
                span: original,
                reason,
            });
        }
        let (mut ti, mut ki, mut di, mut pi) = (0, 0, 0, 0);
        let mut paragraph = Paragraph::default();
        let mut previous_end = 0;
        let spans = sentences(text);
        for span in spans.iter().cloned() {
            if text[previous_end..span.start].contains('\n') {
                // A list of goals ends with its paragraph, unless its items are bulleted lines
                // under the heading ("Phương hướng năm 2025\n- Thành lập mới 60 HTX;"); an "as
                // of" date holds on.
                if !text[span.start..].starts_with(BULLETS) {
                    paragraph.tasks = None;
                }
                paragraph.deadline = None;
                paragraph.carried_here = false;
            }
            previous_end = span.end;
            while ti < all_terms.len() && all_terms[ti].span.start < span.start {
                ti += 1;
            }
            while ki < all_tokens.len() && all_tokens[ki].span.start < span.start {
                ki += 1;
            }
            let terms_end = ends_within(&all_terms, ti, span.end, |m| m.span.end);
            let tokens_end = ends_within(&all_tokens, ki, span.end, |t| t.span.end);
            let sentence_text = &text[span.clone()];
            while di < all_dates.len() && all_dates[di].span.start < span.start {
                di += 1;
            }
            let dates_end = ends_within(&all_dates, di, span.end, |m| m.span.end);
            while pi < places.len() && places[pi].span.start < span.start {
                pi += 1;
            }
            let places_end = ends_within(&places, pi, span.end, |m| m.span.end);
            let mut clauses = Vec::new();
            let mut start = span.start;
            for (i, _) in sentence_text.match_indices(';') {
                clauses.push(start..span.start + i + 1);
                start = span.start + i + 1;
            }
            clauses.push(start..span.end);
            let sentence = Sentence {
                parens: paren_groups(sentence_text, span.start),
                text: sentence_text,
                lower: &lower[span.clone()],
                span: span.clone(),
                terms: &all_terms[ti..terms_end],
                tokens: &all_tokens[ki..tokens_end],
                dates: &all_dates[di..dates_end],
                clauses,
                places: &places[pi..places_end],
                ends_line: text[span.end..]
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .next()
                    .is_none_or(|c| c == '\n' || c == '\r'),
            };
            // A sentence that names one cooperative, with figures or not, lets the next one
            // speak of it by its bare noun.
            // English names one by its own rule, per sentence (`rules::named_cooperative`).
            let named = match d.lang {
                Lang::Vi => rules::named_cooperative_vi(&sentence),
                Lang::Id => rules::named_cooperative_id(&sentence),
                _ => None,
            };
            // "Saat ini, koperasi ini beranggotakan 44 orang. Rata-rata, setiap tahun,
            // koperasi memasok ...": the bare noun after one was named is that one, and so on
            // until a sentence names organisations again.
            let terms = sentence.terms;
            paragraph.back_to_one = d.lang != Lang::En
                && paragraph.about_one
                && rules::opens_with_bare_cooperative(&sentence);
            let names_one = named.is_some()
                || paragraph.back_to_one
                || (d.lang != Lang::En && terms.iter().any(|m| m.key == Term::Single));
            if names_one || terms.iter().any(|m| matches!(m.key, Term::Form(_))) {
                paragraph.about_one = names_one;
            }
            paragraph.named = named;
            // Also a sentence with no figure may introduce the cooperative a later "the
            // cooperative" is.
            paragraph.one_introduced = paragraph.one_introduced
                || (d.lang == Lang::En
                    && rules::introduces_one_cooperative(sentence_text, sentence.lower));
            if ki == tokens_end {
                // "Agricultural co-operatives too achieved strong growth. Their number rose to
                // 49": the organisations named last are no longer those counted last.
                if terms.iter().any(|m| matches!(m.key, Term::Form(_))) {
                    paragraph.count_named_last = false;
                }
                continue;
            }
            read_sentence(&d, &sentence, &mut paragraph, &mut out);
        }
        let opening = &spans[..spans.len().min(HEADLINE_SENTENCES)];
        let headline = headline(&normalized, opening, &all_dates, &out.observations);
        remove_repeats(&mut out, headline);
        // After repeats are gone: a headline's "351 sản phẩm OCOP" repeats the body's total
        // whatever the levels its parts give it.
        crate::stars::from_parts(&mut out.observations);
        out
    }
}

/// Runs of digits that no figure covers, in text order: numbers the grammar gave up on. One
/// pass over the text alongside the (ordered) figures.
fn unread_digits(text: &str, figures: &[crate::tokens::Token]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut next = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        while next < figures.len() && figures[next].span.end <= start {
            next += 1;
        }
        let covered = figures.get(next).is_some_and(|f| f.span.start < i);
        if !covered {
            found.push(start..i);
        }
    }
    found
}

/// Reads one document with the built-in rules.
#[must_use]
pub fn extract(doc: &Document) -> Extraction {
    Extractor::new().extract(doc)
}

fn diagnose(
    d: &Doc<'_>,
    s: &Sentence<'_>,
    span: Range<usize>,
    reason: Reason,
    out: &mut Extraction,
) {
    let original = d.normalized.original_range(span.clone());
    out.diagnostics.push(Diagnostic {
        text: d
            .original
            .get(original.clone())
            .unwrap_or(s.slice(span))
            .to_string(),
        span: original,
        reason,
    });
}

/// Words before a figure that make it a rank, not a quantity ("top 10", "số 14"); "tổng số
/// 56 thành viên" is a total, "trong số 215 HTX" a whole ("among the 215 cooperatives"), "với
/// số 120 thành viên" a count ("with a number of 120 members").
fn is_rank(s: &Sentence<'_>, span: &Range<usize>) -> bool {
    let before = tail(s.lower(s.span.start..span.start), 16);
    ["top ", "thứ ", "peringkat ", "no. ", "số "]
        .iter()
        .any(|w| before.ends_with(w))
        && !["tổng số ", "trong số ", "với số ", "có số "]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Whether the figure at `span` is a time zone's offset ("[GMT+7]", "(GMT +7)", "UTC+7"), which
/// datelines give and a page scraped without its line breaks runs into the first sentence.
fn is_time_zone(s: &Sentence<'_>, span: &Range<usize>) -> bool {
    let before = tail(s.lower(s.span.start..span.start), 6);
    ["gmt+", "gmt +", "utc+", "utc +"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Units written after a number that make it a measure of land, weight or distance
/// ("72,000ha", "500 tấn"), or a count of occasions.
const MEASURE_UNITS: [&str; 13] = [
    "ha", "hecta", "hectare", "hectares", "héc-ta", "km", "tấn", "ton", "tons", "tonnes", "m2",
    "m²",
    // "quảng bá 500 lượt sản phẩm OCOP", "tập huấn 1.200 lượt người": a count of occasions
    // (times something was done), never of the noun after it.
    "lượt",
];

/// Ordinal endings, attached to the number ("the 6th congress", not "6 th").
const ORDINAL_ENDINGS: [&str; 4] = ["st", "nd", "rd", "th"];

/// Units of time: a figure right before one is a duration ("Sau 10 năm thực hiện luật HTX",
/// "after 10 years", "selama 10 tahun"), never a count of the noun further on.
const DURATION_UNITS: [&str; 17] = [
    "năm", "tháng", "ngày", "tuần", "year", "years", "month", "months", "day", "days", "weeks",
    "decades", "tahun", "bulan", "hari", "minggu", "dekade",
];

/// Whether the words right after a figure make it a measure, a duration or an ordinal.
fn is_measure(s: &Sentence<'_>, span: &Range<usize>) -> bool {
    let after = head(s.lower(span.end..s.span.end), 12);
    let starts_with_any =
        |text: &str, words: &[&str]| words.iter().any(|w| starts_with_word(text, w));
    // "the 15-year implementation", "a 500-ha farm": a unit joined by a hyphen is still a unit.
    let trimmed = after.trim_start().trim_start_matches('-');
    // "đạt 120 năm 2023", "135 năm nay": a figure before a date is no duration.
    let unit_at = span.end + (after.len() - trimmed.len());
    let duration = DURATION_UNITS
        .iter()
        .find(|w| starts_with_word(trimmed, w))
        .is_some_and(|w| {
            let rest = trimmed[w.len()..].trim_start();
            !rest.starts_with(|c: char| c.is_ascii_digit())
                && !s.dates.iter().any(|d| d.span.start == unit_at)
        });
    duration || starts_with_any(trimmed, &MEASURE_UNITS) || starts_with_any(after, &ORDINAL_ENDINGS)
}

/// Whether a money amount is per hectare ("100 juta VND/ha/tahun", "200 triệu đồng/ha"): what
/// land yields is farm output, no figure of the sector, whoever farms it.
fn is_yield(shape: &Shape) -> bool {
    matches!(shape, Shape::Dong(per) if per.contains(&vncoop_money::Per::Hectare))
}

/// "Doanh thu bình quân của 01 HTX", "lợi nhuận bình quân 1 HTX", "per 1 cooperative", "thu
/// nhập bình quân của 01 lao động": one organisation or person as the unit of an average, not
/// a count.
fn is_rate_unit(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i];
    if token.amount.value() != Decimal::ONE || token.shape != Shape::Plain {
        return false;
    }
    let before = tail(s.lower(s.span.start..token.span.start), 14);
    let unit_word = [
        "của ",
        "mỗi ",
        "bình quân ",
        "trung bình ",
        "per ",
        "each ",
        "setiap ",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    let average_before = s.has(s.span.start..token.span.start, |t| t == Term::Average);
    unit_word
        && average_before
        && rules::noun_after(s, i, 0)
            .is_some_and(|m| matches!(m.key, Term::Form(_) | Term::Employees | Term::Members))
}

/// Where the run of `items` (in text order) from `from` that ends by `end` stops. A walk,
/// not a binary search: a sentence holds a few items, and a search over all those left in a
/// long report costs a cache miss per step, sentence after sentence.
fn ends_within<T>(items: &[T], from: usize, end: usize, end_of: impl Fn(&T) -> usize) -> usize {
    items
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|item| end_of(item) <= end)
        .count()
        + from
}

/// The rule of a share given in parentheses after the count it is the share of.
const SHARE_OF_COUNT_RULE: &str = "percent.share_of_count";

/// "4.000 HTX tham gia liên kết chuỗi giá trị (chiếm gần 13% tổng số HTX)", "84 koperasi
/// (mencakup 75%)": a percentage opening the parentheses right after a count is the share that
/// count is of its whole, so it measures what the count measures. `before` is the figure read
/// just before; nothing but its own words may stand between its noun and the parentheses.
fn share_of_count_before(
    s: &Sentence<'_>,
    span: &Range<usize>,
    before: Option<&Attribution>,
) -> Option<Attribution> {
    let count = before.filter(|a| matches!(a.unit, Unit::Count | Unit::People | Unit::Products))?;
    // "Có 96 HTX tham gia liên kết theo chuỗi giá trị, chiếm 36,2% tổng số HTX": after a
    // comma, a share verb right before the percentage does what the parentheses do.
    let opening = match s.paren_of(span.start) {
        Some(group) => group.start,
        None => {
            let from = count.noun_end.min(span.start);
            let before = s.lower(from..span.start);
            let comma = before.rfind(',')?;
            let verb = rules::without_hedge(before[comma + 1..].trim());
            if !rules::introduces_share(verb) {
                return None;
            }
            from + comma
        }
    };
    let group = opening..span.start;
    let between = count.noun_end..group.start;
    let plain = count.noun_end <= group.start
        && !s.slice(between.clone()).contains([',', ';', ':', '(', ')'])
        && !s.figure_besides_bounds_in(between)
        && !s.figure_in(group.start..span.start);
    plain.then(|| Attribution {
        unit: Unit::Percent,
        rule: SHARE_OF_COUNT_RULE,
        noun_end: span.end,
        ..count.clone()
    })
}

/// How many different districts of one province a report must name for that province to be
/// the report's when it names provinces fewer times than that.
const DISTRICTS_NAMING_A_PROVINCE: usize = 3;

/// Whether the figure at `span` is a region's: a region (one of `regions`, the sentence's
/// region words) is named before it, and no province or district before it in its clause or
/// after the region ("vùng Đồng bằng sông Hồng có 7.780 HTX", not "Đồng Tháp, a province of
/// the Mekong Delta, has 200 cooperatives").
fn for_region(s: &Sentence<'_>, regions: &[&Mention<Term>], span: &Range<usize>) -> bool {
    regions
        .iter()
        .rev()
        .find(|m| m.span.end <= span.start)
        .is_some_and(|region| {
            let from = region.span.end.min(s.clause_of(span.start).start);
            !s.places
                .iter()
                .any(|p| p.span.start >= from && p.span.end <= span.start)
        })
}

/// Most words before a date that opens its sentence ("In 2021,", "Trong năm 2021,").
const OPENING_DATE_WORDS: usize = 2;

/// The date that opens sentence `s`, set off by a comma: "In 2021,", "Năm 2021,", "Pada
/// tahun 2021,".
fn opening_date(s: &Sentence<'_>) -> Option<Period> {
    let first = s.dates.first().filter(|m| m.role == Role::At)?;
    let before = s.slice(s.span.start..first.span.start);
    let opens = before.split_whitespace().count() <= OPENING_DATE_WORDS
        && !before.contains(|c: char| c.is_ascii_digit() || c == ',')
        && s.slice(first.span.end..s.span.end)
            .trim_start()
            .starts_with(',');
    opens.then(|| first.period.clone()).flatten()
}

/// The one date of a heading that introduces a list with a colon and gives no figure of its
/// own: "Key figures for Ha Tinh in 2024:", "Kết quả năm 2024:". It dates the list's items.
fn heading_date(s: &Sentence<'_>) -> Option<Period> {
    let [date] = s.dates else {
        return None;
    };
    let heading = s.text.trim_end().ends_with(':')
        && date.role == Role::At
        && s.tokens.iter().all(|t| s.in_date(&t.span));
    heading.then(|| date.period.clone()).flatten()
}

fn read_sentence(d: &Doc<'_>, s: &Sentence<'_>, paragraph: &mut Paragraph, out: &mut Extraction) {
    let whole = s.span.clone();
    let local_before = paragraph.last_local.clone();
    if let Some(place) = s.places.iter().rev().find(|p| is_local(&p.area)) {
        paragraph.last_local = Some(place.area.clone());
    }
    // One copy of the sentence, shared by every observation read in it.
    let mut evidence: Option<Arc<str>> = None;
    // One organisation, named by a word ("HTX này", "the cooperative") or, in English, by its
    // name: what the sentence says after it is said of that organisation alone.
    let named = match d.lang {
        Lang::En => rules::named_cooperative(s),
        _ => paragraph.named,
    };
    paragraph.one_introduced |= named.is_some();
    // "The cooperative's average profit is 88.2 million VND" after "455 cooperatives in the
    // province", with no cooperative introduced: a translation's generic singular.
    let generic_singular = d.lang == Lang::En
        && !paragraph.one_introduced
        && paragraph
            .totals
            .contains(&(Indicator::Cooperatives, Unit::Count));
    let singles: Vec<Range<usize>> = s
        .terms
        .iter()
        .filter(|m| m.key == Term::Single)
        .filter(|m| !(generic_singular && rules::is_the_cooperative(s.lower(m.span.clone()))))
        .map(|m| m.span.clone())
        .collect();
    let single_word = singles.first().map(|m| m.start);
    // "HTX được thành lập từ năm 2016 với 149 thành viên" after a sentence naming one.
    let back_to_named = paragraph.back_to_one.then_some(s.span.start);
    let single_from = single_word
        .into_iter()
        .chain(named)
        .chain(back_to_named)
        .min()
        // "Dengan 10 anggota awal, koperasi ini ...": an opening phrase before the one is its.
        .map(|one| {
            if rules::opening_said_of_one(s, one) {
                s.span.start
            } else {
                one
            }
        })
        .unwrap_or(usize::MAX);
    let outside = s.has(whole.clone(), |t| t == Term::Outside);
    let national = s
        .terms_in(whole.clone())
        .any(|m| m.key == Term::National && !rules::ranked_in(s, m.span.start));
    // A heading such as "The key directions and tasks for 2024 are:" makes what follows in the
    // paragraph a list of goals; so does a heading line of its own with no figure after its
    // tasks word ("2. Phương hướng năm 2025").
    let heading = s
        .terms
        .iter()
        .find(|m| m.key == Term::Tasks)
        .is_some_and(|m| {
            let rest = s.slice(m.span.end..s.span.end);
            let own_line = s.ends_line
                && !rest.trim_end().ends_with('.')
                && !s
                    .tokens
                    .iter()
                    .any(|t| t.span.start >= m.span.end && rules::is_quantity(s, t));
            rest.contains(':') || own_line
        });
    if heading {
        let when = s
            .dates
            .iter()
            .find(|m| matches!(m.role, Role::At | Role::By))
            .and_then(|m| m.period.clone());
        paragraph.tasks = Some(when);
    }
    // "In 2021, despite the pandemic, ...": a date opening the sentence frames what the
    // paragraph says next, even when this sentence gives no figure.
    if let Some(opening) = opening_date(s).or_else(|| heading_date(s)) {
        paragraph.carried = Some(opening);
        paragraph.carried_here = true;
    }
    // "Dari jumlah tersebut, kelompok makanan terdapat 384 produk": a sentence that opens by
    // pointing back lists parts of the last count, with its scope, kind and period.
    // "Trong 34 HTX, có 21 HTX nông nghiệp": the figure repeats the last count, and what
    // follows are its parts.
    let counted_reference = rules::opens_with_counted_reference(s).filter(|&k| {
        paragraph
            .last_count
            .as_ref()
            .is_some_and(|c| c.value == s.tokens[k].amount.value())
    });
    let back_reference = rules::opens_with_back_reference(s) || counted_reference.is_some();
    let opening_sector = rules::opening_sector(s);
    let whole_before = back_reference
        .then(|| paragraph.last_count.clone())
        .flatten();
    let mut running: Option<Attribution> = None;
    // The last count `running` was, which figures whose noun is left out may be parts of.
    let mut count_read: Option<Attribution> = None;
    // Whether this sentence gave `paragraph.last_count`.
    let mut counted_here = false;
    // The note of the level `running` was read from ("part: member"), and where that level
    // ends.
    let mut running_note = String::new();
    let mut running_end = 0;
    // The note of the figure before, when it was a change.
    let mut last_change_note = String::new();
    let mut new_parent = modality::new_heading(s);
    let mut last: Option<(Attribution, Qualifier)> = None;
    // The sector and note of the figure read last: a share in parentheses after a count is of
    // its sector and part.
    let mut last_scope = Scope::default();
    // The last count that was not a part of another.
    let mut total: Option<Attribution> = None;
    // The period of that count.
    let mut total_period: Option<Period> = None;
    // The figure before, when it was a change.
    let mut last_change: Option<Attribution> = None;
    // The place that is the subject of a clause, with that clause.
    let mut owner: Option<(Range<usize>, Area)> = None;
    let figures: Vec<usize> = s.figures().map(|(i, _)| i).collect();
    let regions: Vec<&Mention<Term>> = s.terms.iter().filter(|m| m.key == Term::Region).collect();
    let aligned = rules::aligned_lists(s);
    // What the last item of a list of places with a figure each counted.
    let mut last_item: Option<Attribution> = None;
    // Each observation read in this sentence, with the figure it was read from.
    let first_read = out.observations.len();
    // The levels of organisations or people read so far in the sentence, with their values when
    // exact.
    let mut levels_read: Vec<(Attribution, Option<Decimal>)> = Vec::new();
    let mut read_from: Vec<usize> = Vec::new();
    for i in figures {
        let token = &s.tokens[i];
        let span = token.span.clone();
        let value = token.amount.value();
        let in_date = s.in_date(&span);
        let year_like = token.bare && value >= Decimal::from(1975) && value <= Decimal::from(2100);
        let skip = if counted_reference == Some(i) {
            Some(Reason::Repeated)
        } else if span.start > single_from || rules::said_of_one_after(s, i, &singles) {
            Some(Reason::SingleOrganisation)
        } else if for_region(s, &regions, &span) {
            Some(Reason::Region)
        } else if outside {
            Some(Reason::OutsideSector)
        } else if s.has(s.span.start..span.start, |t| t == Term::Requirement) {
            Some(Reason::Requirement)
        } else if rules::class_bound_before(s, i).is_some() {
            Some(Reason::Threshold)
        } else if token.shape == Shape::Foreign {
            Some(Reason::NotDong)
        } else if is_yield(&token.shape) {
            Some(Reason::Measure)
        } else if ((in_date || year_like) && !rules::year_like_count(s, i))
            || is_rank(s, &span)
            || is_time_zone(s, &span)
            || is_rate_unit(s, i)
        {
            Some(Reason::NotAFigure)
        } else if token.shape == Shape::Plain && is_measure(s, &span) {
            Some(Reason::Measure)
        } else if rules::in_proportion(s, i) {
            Some(Reason::Ratio)
        } else if rules::counts_a_board(s, i) {
            Some(Reason::SingleOrganisation)
        } else {
            None
        };
        if let Some(reason) = skip {
            diagnose(d, s, span, reason, out);
            continue;
        }
        // "tăng 243 nghìn thành viên (khoảng 4%)": a percentage opening the parentheses right
        // after a change is that change as a rate.
        let echo = (token.shape == Shape::Percent)
            .then(|| s.paren_of(span.start))
            .flatten()
            .and_then(|group| {
                last_change.clone().filter(|a| {
                    a.noun_end <= group.start
                        && s.slice(a.noun_end..group.start).trim().is_empty()
                        && !s.figure_in(group.start..span.start)
                })
            });
        // "an increase of 35% and 14%": the items of a list of changes are changes; after a
        // semicolon, not those of a change that followed a level ("2,635 cooperatives, an
        // increase of 933; 830 cooperative groups").
        // The first item may have been left out ("members increased by 12% and 8%,
        // respectively"): its change word still makes the list one of changes.
        // The item before is a figure, not the year of a baseline ("85 more than in 2023, and
        // 2,310 cooperative groups").
        let item_before = (0..i).rev().find(|&k| !s.in_date(&s.tokens[k].span));
        let listed_change = (last_change.is_some()
            || i.checked_sub(1)
                .is_some_and(|before| rules::cue_before(s, before, Term::is_change)))
            && i > 0
            && (item_before.is_some_and(|k| rules::listed_together(s, k, i))
                || rules::changes_listed(s, i)
                // "up 42 co-ops and 1,350 members": the next item after the change's noun.
                || last_change.as_ref().is_some_and(|c| {
                    c.noun_end <= span.start
                        && s.previous_end(i) <= c.noun_end
                        && rules::is_list_joint(s.slice(c.noun_end..span.start))
                }))
            && !(s.slice(s.tokens[i - 1].span.end..span.start).contains(';')
                && rules::change_after_level(s, i - 1));
        // "meningkat, dengan 78,1% dinilai baik": a rated share is a level, whatever changed.
        let rated = rules::rated_share(s, i);
        // "nhiều hơn 15 HTX so với năm 2023": a comparison around the figure.
        let compared = rules::compared_around(s, i).is_some();
        let change = (echo.is_some()
            || listed_change
            || rules::change_before(s, i)
            || rules::compared_after(s, &span).is_some()
            || compared)
            && rated.is_none();
        let clause = s.clause_of(span.start);
        // Products counted as parts of OCOP products are OCOP products: after a sentence that
        // points back to them, or right after the figure ("312 of the products").
        let ocop_whole = whole_before
            .as_ref()
            .is_some_and(|w| w.what.indicator == Indicator::OcopProducts)
            || (rules::of_the_whole_after(s, i)
                && paragraph
                    .last_count
                    .as_ref()
                    .is_some_and(|c| c.what.indicator == Indicator::OcopProducts));
        let ocop = s.has(clause.clone(), |t| t == Term::Ocop)
            || s.tokens
                .iter()
                .any(|t| t.shape == Shape::Star && clause.contains(&t.span.start))
            || bare_products_after_ocop(s, i, paragraph.last_count.as_ref());
        let fraction_whole = rules::fraction_whole(s, i).filter(|_| token.shape == Shape::Plain);
        // The whole of a fraction: what the words after its noun say is said of the part.
        let fraction_of = i
            .checked_sub(1)
            .is_some_and(|before| rules::fraction_whole(s, before) == Some(i));
        // What a figure whose noun is left out is a part or a share of: the count before it in
        // the sentence, or for "48 of them" the last count read.
        let antecedent = || {
            // "41 have OCOP products" after "96 ..., accounting for 36.2 per cent; 24 apply
            // high technology": past a share, the count before it.
            let before = match running.as_ref() {
                Some(a) if a.unit == Unit::Percent => count_read.as_ref(),
                other => other.filter(|a| a.unit != Unit::Vnd),
            };
            match before {
                // "Of these, 281 operate effectively": the sentence opens by pointing back.
                None if rules::refers_back(s, i)
                    || (back_reference && token.shape == Shape::Plain) =>
                {
                    paragraph.last_count.as_ref().map(|c| &c.what)
                }
                _ => before,
            }
        };
        let list_item = places::list_item(s, i);
        // The document's last level of what the figure before counts: "90%" after "281 of
        // them" may be 281 over it.
        let level_before = last
            .as_ref()
            .and_then(|(a, _)| paragraph.level_of(a.indicator, a.unit));
        // Whether the figure is an end of a step "from A to B", asked by several readings below.
        let step = modality::from_to(s, i);
        let found = match &token.shape {
            // "bình quân 1,86 tỷ đồng/HTX" after "vốn điều lệ ... 54,15 nghìn tỷ": the same subject.
            Shape::Dong(_) => rules::money(s, i).or_else(|| {
                // The subject of the amount before, unless this one names its own money.
                let own_word = s.has(s.previous_end(i)..span.start, |t| {
                    matches!(t, Term::Money(_))
                });
                running.clone().filter(|r| r.unit == Unit::Vnd && !own_word)
            }),
            // A change as a rate: "tăng 7%", "increased 2 times".
            Shape::Percent | Shape::Times if change => {
                let unit = if token.shape == Shape::Percent {
                    Unit::Percent
                } else {
                    Unit::Ratio
                };
                // Rates paired with subjects this reader cannot list are left out: each is of
                // another subject, none of the level read before them.
                let unpaired = echo.is_none() && rules::paired_without_list(s, i);
                // "Tỷ lệ lao động ... trong HTX tăng từ 24,9% năm 2016 lên 34%": the earlier level
                // of a step is a level of the proportion named, not a rate of the organisations.
                let earlier_proportion = (unit == Unit::Percent
                    && step == Some(modality::Step::From))
                .then(|| rules::proportion(s, i))
                .flatten();
                echo.or(earlier_proportion)
                    .or_else(|| rules::respective(s, i))
                    .or_else(|| rules::listed_subject(s, i))
                    .or_else(|| rules::change_noun(s, i).map(|a| same_subject(a, running.as_ref())))
                    .map(|mut a| {
                        a.unit = unit;
                        a
                    })
                    .or_else(|| {
                        // A money total changes: unless the figures before were that money.
                        let money_before = running.as_ref().is_some_and(|r| r.unit == Unit::Vnd);
                        (!money_before)
                            .then(|| rules::money_change(s, i, unit))
                            .flatten()
                    })
                    // "thành lập mới 10 HTX; thành viên HTX tăng từ 15%": a clause that names
                    // what changes is about that, not about the level of the clause before.
                    .or_else(|| {
                        (running_end <= clause.start)
                            .then(|| rules::subject_change(s, i, unit))
                            .flatten()
                    })
                    .or_else(|| {
                        running.clone().map(|mut a| {
                            a.unit = unit;
                            a.rule = rules::rate_rule(unit, "percent.change", "ratio.change");
                            a
                        })
                    })
                    .or_else(|| rules::subject_change(s, i, unit))
                    .or_else(|| {
                        (unit == Unit::Percent)
                            .then(|| rules::proportion(s, i))
                            .flatten()
                    })
                    .filter(|_| !unpaired)
            }
            Shape::Percent => rules::plan_fulfilment(s, i, level_before)
                .or_else(|| {
                    let count = last.as_ref().filter(|_| last_change.is_none());
                    share_of_count_before(s, &span, count.map(|(a, _)| a))
                })
                .or_else(|| rules::money_share(s, i))
                .or_else(|| rules::share_of_count_after(s, i, ocop))
                .or_else(|| rules::share(s, i, ocop))
                .or_else(|| {
                    rules::share_elided(
                        s,
                        i,
                        antecedent(),
                        last.as_ref().map(|(a, _)| a),
                        whole_before.as_ref().map(|c| &c.what),
                    )
                })
                .or_else(|| {
                    rules::share_by_ratio(s, i, last.as_ref().map(|(a, _)| a), level_before)
                })
                .or(rated)
                .or_else(|| rules::proportion(s, i)),
            Shape::Times => rules::respective(s, i).or_else(|| {
                running.clone().map(|mut a| {
                    a.unit = Unit::Ratio;
                    a.rule = "ratio.change";
                    a
                })
            }),
            // "có 106 trang trại (tăng 8 trang trại)": a change of what no indicator measures.
            _ if change && rules::counts_unmeasured(s, i) => None,
            // "up from the current 780 and 320": the levels a list of counts rose from.
            _ if change => rules::listed_earlier(s, i)
                .or_else(|| rules::change_noun(s, i).map(|a| same_subject(a, running.as_ref())))
                // "số HTX tăng 15 HTX, số thành viên tăng 1.200 người": the subject right
                // before the change word.
                .or_else(|| rules::subject_count_change(s, i))
                // "512 cooperatives with more than 38,000 members, 24 more than in 2023": past a
                // comma, a change with no noun is of the count that held the last one.
                .or_else(|| {
                    let holder = rules::holder_before(s, i)?;
                    let a = rules::count(s, holder, ocop)?;
                    Some(Attribution {
                        noun_end: span.end,
                        ..a
                    })
                })
                .or_else(|| running.clone()),
            // "139/143 hợp tác xã": the part counts what its whole counts.
            _ if fraction_whole.is_some() => fraction_whole
                .and_then(|whole| rules::count(s, whole, ocop || ocop_whole))
                .map(|a| Attribution {
                    rule: FRACTION_PART_RULE,
                    ..a
                }),
            _ => aligned
                .iter()
                .find(|(at, _)| *at == i)
                .map(|(_, a)| a.clone())
                .or_else(|| rules::bare_money(s, i))
                .or_else(|| rules::listed_total(s, i))
                .or_else(|| {
                    // "250-300 value chain based cooperative models (120-150 in 2018, 60-80 in
                    // 2019)": in parentheses, a bare figure is a part of the count before them,
                    // not of a noun the subject rule reads further back.
                    let counted = rules::count(s, i, ocop || ocop_whole);
                    let bare_in_parens = s.paren_of(span.start).is_some()
                        && counted
                            .as_ref()
                            .is_some_and(|a| a.rule == rules::SUBJECT_BEFORE_RULE);
                    if bare_in_parens {
                        rules::elided(s, i, antecedent()).or(counted)
                    } else {
                        counted.or_else(|| rules::elided(s, i, antecedent()))
                    }
                })
                // "50 and 60 new cooperatives": the noun of the next item.
                .or_else(|| {
                    let next = rules::shares_next_noun(s, i)?;
                    let a = rules::count(s, next, ocop || ocop_whole)?;
                    Some(Attribution {
                        rule: SHARED_NOUN_RULE,
                        ..a
                    })
                })
                // "By 2024 the figure had risen to 1,050": the count before, a new level.
                .or_else(|| {
                    let before = paragraph
                        .last_count
                        .as_ref()
                        .filter(|_| paragraph.count_named_last)?;
                    rules::names_count_before(s, i).then(|| Attribution {
                        rule: COUNT_BEFORE_RULE,
                        noun_end: span.end,
                        ..before.what.clone()
                    })
                })
                // "Quang Ninh with 152 cooperatives, Hanoi with 120": the noun of the item before.
                // "Duc Trong leads with 87 co-ops, followed by Lam Ha with 65": of the count
                // of the place before, when that one opened no list.
                .or_else(|| {
                    let item = last_item
                        .clone()
                        .or_else(|| running.clone().filter(|r| r.unit == Unit::Count))
                        .filter(|_| list_item.is_some())?;
                    Some(Attribution {
                        rule: LIST_ITEM_RULE,
                        noun_end: span.end,
                        ..item
                    })
                }),
        };
        // "meningkat dari 24,9% pada tahun 2016 menjadi 34% pada tahun 2022": the later level of
        // a step measures what the earlier one, read right before it, does.
        let found = found.or_else(|| {
            let Some(modality::Step::To(from)) = step else {
                return None;
            };
            let (earlier, _) = last.as_ref().filter(|_| read_from.last() == Some(&from))?;
            let alike = std::mem::discriminant(&s.tokens[from].shape)
                == std::mem::discriminant(&s.tokens[i].shape);
            alike.then(|| Attribution {
                rule: LATER_LEVEL_RULE,
                noun_end: span.end,
                ..earlier.clone()
            })
        });
        let Some(found) = found else {
            diagnose(d, s, span, Reason::NoIndicator, out);
            continue;
        };
        // "742 co-operatives, 42 people's credit funds and 2 co-operative unions, up 5.4 per
        // cent": a rate of change is of the level it can be the change of, whole numbers both
        // years.
        let found = match (found.rule == "percent.change")
            .then(|| rules::possible_change_of(&levels_read, value, rules::decrease(s, i)))
            .flatten()
        {
            Some(level) => Attribution {
                unit: Unit::Percent,
                rule: "percent.change",
                noun_end: found.noun_end,
                ..level.clone()
            },
            None => found,
        };
        let found = rules::per_unit(s, i, &found).unwrap_or(found);
        let found = rules::members_of_interest_groups(s, i, &found).unwrap_or(found);
        // Organisations, people and products come whole: "reached 1.2" is no count. A count
        // made per unit is an average, no count.
        let average = found.rule == rules::PER_UNIT_RULE;
        let counted = matches!(found.unit, Unit::Count | Unit::People | Unit::Products) && !average;
        if counted && !value.fract().is_zero() {
            diagnose(d, s, span, Reason::Implausible, out);
            continue;
        }
        let mut found = if token.shape == Shape::Plain || token.shape == Shape::Percent {
            rules::refine(s, i, found, ocop)
        } else {
            found
        };
        if found.unit == Unit::Count {
            if let Some(second) = rules::joint_form(s, i, &found) {
                found = rules::joint_count(found, second);
            }
        }
        // Counted together, members and workers are noted so, and kept apart from either.
        if rules::members_and_workers(s, i, &found) {
            found.rule = "count.members_and_workers";
            found.note = "members and workers combined";
        }
        // The parts of new organisations pointed back at are new too: "Trong 34 HTX, có 21
        // HTX nông nghiệp" after "thành lập mới 34 HTX".
        // A part is never more than its whole: "Dari jumlah tersebut, 260 koperasi ..." after
        // 14 new ones points back further, at all cooperatives.
        let new_whole = whole_before
            .as_ref()
            .is_some_and(|w| w.what.indicator == Indicator::NewCooperatives && value <= w.value);
        if new_whole && found.indicator == Indicator::Cooperatives && found.unit == Unit::Count {
            found.indicator = Indicator::NewCooperatives;
            found.rule = "count.new_part";
        }
        // The items of a list of places count what its first item counts, and what its heading
        // says they count: "số lượng HTX thành lập mới bao gồm Quảng Ninh với 152 HTX, Hà Nội
        // 120 HTX".
        if let Some(opens) = list_item.filter(|_| counted) {
            match &last_item {
                Some(item)
                    if item.form == found.form
                        && item.unit == found.unit
                        && item.indicator != found.indicator =>
                {
                    found.indicator = item.indicator;
                    found.rule = NEW_LIST_RULE;
                }
                Some(_) => {}
                None if found.indicator == Indicator::Cooperatives
                    && modality::announces_new(s, s.span.start..opens) =>
                {
                    found.indicator = Indicator::NewCooperatives;
                    found.rule = NEW_LIST_RULE;
                }
                None => {}
            }
            last_item = Some(found.clone());
        }
        // Parts listed after new organisations are new too; a part keeps the list's parent.
        let part = new_parent.is_some_and(|p| modality::part_of_list(s, p, span.start));
        if part && found.indicator == Indicator::Cooperatives && found.unit == Unit::Count {
            found.indicator = Indicator::NewCooperatives;
            found.rule = "count.new_part";
        } else if !part && found.indicator == Indicator::NewCooperatives {
            new_parent = Some(found.noun_end);
        }
        // The later level of a step is planned when the words before the earlier one plan it:
        // "phấn đấu tăng từ 780 HTX hiện nay lên 1.000 HTX" (the present is the earlier one's).
        let goal_end = match step {
            Some(modality::Step::To(from)) => s.tokens[from].span.start.max(whole.start),
            _ => span.start,
        };
        let goal = paragraph.tasks.is_some()
            || modality::goal_cue(s, whole.start..goal_end)
            || modality::goal_after(s, i, found.noun_end);
        let part_of_whole = whole_before
            .as_ref()
            .filter(|w| w.what.indicator == found.indicator && w.what.unit == found.unit);
        let inherits_goal = part_of_whole.is_some_and(|w| w.kind == Kind::Target);
        // The level a figure rose from is what was, even in a sentence of goals ("aims to have
        // 1,000 cooperatives by 2030, up from the current 780"); the level it is to reach is
        // planned.
        let earlier = matches!(step, Some(modality::Step::From | modality::Step::Current))
            || (!change && modality::compared_level(s, i));
        let later = matches!(step, Some(modality::Step::To(_)));
        // A part of a goal is a goal; a rate of growth set as a goal ("tăng bình quân 7,0%/năm"
        // among the targets for 2030) is a target.
        let kind = if earlier {
            Kind::Actual
        } else if (inherits_goal && !change)
            || (goal && change && token.shape == Shape::Percent)
            || (goal && later)
        {
            Kind::Target
        } else if later && change {
            // "meningkat dari 51,3 juta menjadi 64 juta": two levels, not two changes.
            Kind::Actual
        } else if change || token.shape == Shape::Times {
            Kind::Change
        } else if goal {
            Kind::Target
        } else if s.has(whole.start..span.start, |t| t == Term::Estimate) {
            Kind::Estimate
        } else {
            Kind::Actual
        };
        let mut obs =
            Observation::new(found.indicator, value, found.unit).with_amount(token.amount);
        // "nhiều hơn 15 HTX so với năm 2023": the words of the hedge compare; 15 is exact.
        if compared {
            obs.qualifier = Qualifier::Exact;
        }
        if obs.qualifier == Qualifier::Exact
            && kind != Kind::Change
            && token.shape != Shape::Percent
            && modality::estimate_reaches(s, i)
        {
            obs.qualifier = Qualifier::About;
        }
        if obs.qualifier == Qualifier::Exact {
            if let Some((prev, Qualifier::AtLeast)) = &last {
                let joint = s.slice(prev.noun_end..span.start).trim();
                if matches!(joint, "and" | "," | ", and" | "và" | "dan") {
                    obs.qualifier = Qualifier::AtLeast;
                }
            }
        }
        obs.kind = kind;
        // A decrease is a negative change: "giảm 3 HTX" is -3, "giảm 3-5%" runs from -5 to -3.
        if kind == Kind::Change && rules::decrease(s, i) {
            let (low, high) = (obs.value, obs.max);
            match high {
                Some(high) => {
                    obs.value = negated(high);
                    obs.max = Some(negated(low));
                }
                None => obs.value = negated(low),
            }
        }
        if kind == Kind::Change {
            obs.baseline = s
                .dates_in(span.end..clause.end.max(s.span.end), Role::Baseline)
                .next()
                .and_then(|m| m.period.clone());
        }
        // "250 HTX (120 HTX năm 2018, 70 HTX năm 2019 ...)": a figure with a date of its own
        // other than the sentence's is that quantity at another time, not a part of it.
        let own = (kind != Kind::Change)
            .then(|| own_date(s, &span, found.noun_end))
            .flatten();
        let dated_apart = own.as_ref().is_some_and(|p| {
            let whole = match (&total, part_of_whole) {
                (Some(_), _) => total_period.clone(),
                (None, Some(w)) => w.period.clone(),
                (None, None) => period(d, s, &span, kind, &found, paragraph),
            };
            whole.as_ref() != Some(p)
        });
        obs.period = match step {
            // The earlier level is dated by its own date, else by the sentence's baseline; the
            // sentence's other dates are the later level's ("In 2024, ... rose from 780 to
            // 1,000": 780 is of an earlier, unnamed time).
            Some(modality::Step::From) if kind == Kind::Actual => {
                s.date_after(&span).or_else(|| {
                    s.dates
                        .iter()
                        .find(|m| m.role == Role::Baseline)
                        .and_then(|m| m.period.clone())
                })
            }
            // Today's level: dated as what is said of the present.
            Some(modality::Step::Current) => None,
            // The later level: its own date, else the sentence's date before the earlier one.
            Some(modality::Step::To(from)) if kind == Kind::Actual => s
                .date_after(&span)
                .or_else(|| {
                    let from_start = s.tokens[from].span.start;
                    s.dates
                        .iter()
                        .filter(|m| matches!(m.role, Role::At | Role::By))
                        .rfind(|m| m.span.end <= from_start)
                        .and_then(|m| m.period.clone())
                })
                .or_else(|| period(d, s, &span, kind, &found, paragraph)),
            _ if inherits_goal && s.dates.is_empty() => {
                part_of_whole.and_then(|w| w.period.clone())
            }
            _ => rules::respective_period(s, i)
                .or_else(|| own.clone())
                // "from 2021 to June 2023, 26 new cooperatives": what was set up over a span of
                // time is dated by the whole span.
                .or_else(|| {
                    (found.indicator == Indicator::NewCooperatives && kind == Kind::Actual)
                        .then(|| span_before(s, &span))
                        .flatten()
                })
                .or_else(|| period(d, s, &span, kind, &found, paragraph)),
        };
        // "now has 1,012 cooperatives, up 48 from a year earlier, ... said on January 9, 2025":
        // a change of the level before it in the sentence, with no date between them, is of
        // that level's time.
        if kind == Kind::Change {
            let level = total
                .as_ref()
                .filter(|t| t.indicator == found.indicator && t.noun_end <= span.start);
            if let Some(level) = level {
                let dated_between = s
                    .dates
                    .iter()
                    .any(|m| m.span.start >= level.noun_end && m.span.end <= span.start);
                if !dated_between {
                    obs.period.clone_from(&total_period);
                }
            }
        }
        // A place that is the subject of a clause holds for the figures after it in the clause
        // ("Châu Đức District alone accounts for 48 of them, including 20 rated four stars").
        let (owners, subject) = places::owners(s, i, found.noun_end);
        // "Ha Tinh and Quang Binh together had 1,486 cooperatives": of several provinces at
        // once, like a region's, and no one province's.
        if owners.is_empty() && places::joint_subject(s, i) {
            diagnose(d, s, span, Reason::Region, out);
            continue;
        }
        let owners = if owners.is_empty() {
            owner
                .iter()
                .filter(|(c, _)| *c == clause)
                .map(|(_, area)| area.clone())
                .collect()
        } else {
            owner = subject
                .then(|| owners.first().map(|a| (clause.clone(), a.clone())))
                .flatten();
            owners
        };
        // "Hiện nay, xã này có 17 HTX", "This district also has 12 cooperative groups": the
        // district or commune named last (or the one the document is about), when the map
        // knows it; never a province's or the country's. In a document of no known place,
        // the place pointed back to may be what it is about: its figures stay of no place.
        let pointed_back = || places::pointed_back(s, span.start);
        let owners = match owners.is_empty().then(pointed_back).flatten() {
            None => owners,
            Some(level) => {
                let named = s
                    .places
                    .iter()
                    .rev()
                    .filter(|p| p.span.end <= span.start && is_local(&p.area))
                    .map(|p| &p.area)
                    .chain(local_before.as_ref())
                    .chain(Some(&d.area).filter(|a| is_local(a)))
                    .next();
                match named.filter(|area| level.holds(area)) {
                    Some(area) => vec![area.clone()],
                    None if d.area == Area::Unknown => owners,
                    None => {
                        diagnose(d, s, span, Reason::Locality, out);
                        continue;
                    }
                }
            }
        };
        // "Among the products, 73.9 per cent ...": parts of a count said before are of its
        // place, when their sentence names none.
        let whole_area = whole_before
            .as_ref()
            .filter(|w| w.what.indicator == found.indicator)
            .map(|w| &w.area);
        obs.area = match owners.first() {
            Some(place) => place.clone(),
            None if national => Area::National,
            None => whole_area.unwrap_or(&d.area).clone(),
        };
        // "15,434 thousand members" of one province: a decimal comma kept by a translation.
        let mut reading = "";
        if !magnitude::within_ceiling(&obs) {
            match magnitude::decimal_reading(s.slice(span.clone()), &obs) {
                Some(value) => {
                    obs.value = value;
                    reading = ".decimal_comma";
                }
                None => {
                    diagnose(d, s, span, Reason::Implausible, out);
                    continue;
                }
            }
        }
        // "25 and 30 agricultural cooperatives": a noun shared with the next item brings its
        // sector.
        let sector_word = rules::sector(s, i).or_else(|| {
            let next = rules::shares_next_noun(s, i).filter(|_| found.rule == SHARED_NOUN_RULE)?;
            rules::sector(s, next)
        });
        let mut scope = Scope::default();
        scope.sector = sector_word.unwrap_or(if found.rule == SHARE_OF_COUNT_RULE {
            last_scope.sector
        } else {
            opening_sector
        });
        scope.legal_form = if matches!(found.indicator, Indicator::Members | Indicator::Employees) {
            rules::respective_form(s, i)
                .or_else(|| rules::people_form(s, clause.clone(), span.start, found.noun_end))
        } else if found.unit == Unit::Vnd {
            rules::money_form(s, span.start)
        } else {
            None
        };
        scope.stars = (found.indicator == Indicator::OcopProducts)
            .then(|| star_scope(s, i))
            .flatten()
            .or_else(|| {
                // A part named only by "of them" has the star levels of its whole.
                let inherited = paragraph.last_count.as_ref().filter(|c| {
                    found.rule == "count.elided"
                        && c.what.indicator == found.indicator
                        && rules::refers_back(s, i)
                });
                inherited
                    .and_then(|c| c.stars)
                    .or_else(|| part_of_whole.and_then(|c| c.stars))
            });
        scope.per = match &token.shape {
            Shape::Dong(per) => per.clone(),
            _ => Vec::new(),
        };
        scope.note = found.note.to_string();
        obs.scope = scope;
        // "Jumlah anggota naik dari 15.200 orang menjadi 18.450 orang": an earlier level of a
        // time not named is set apart from the level it led to, not a second value of it.
        if step == Some(modality::Step::From) && kind == Kind::Actual && obs.period.is_none() {
            obs.scope.note = EARLIER_LEVEL.to_string();
        }
        // "993 HTX thành viên (tăng 0,02%)": a change read from the level before it is a change
        // of what that level counts, part or whole.
        let of_running = running
            .as_ref()
            .is_some_and(|r| r.noun_end == found.noun_end && r.indicator == found.indicator);
        if kind == Kind::Change && obs.scope.note.is_empty() {
            if of_running || change_right_after_level(s, i, running.as_ref(), running_end, &found) {
                obs.scope.note.clone_from(&running_note);
            } else if last_change
                .as_ref()
                .is_some_and(|c| c.indicator == found.indicator && s.paren_of(span.start).is_some())
            {
                // "tăng 183 hợp tác xã (khoảng 27%)": the same change, as a rate.
                obs.scope.note.clone_from(&last_change_note);
            }
        }
        // "4 new cooperative groups ..., reaching 18.5% of the planned target": a plan is
        // fulfilled for the figure before it.
        if found.rule == "percent.plan_fulfilment" {
            if let Some(of) = running.as_ref() {
                obs.scope.note = format!("{}: {}", found.note, of.label());
            }
        }
        // "công nhận 34 sản phẩm OCOP", "rewards 131 products": products recognized in the
        // period, never the running total a sentence "up to now" gives.
        if found.indicator == Indicator::OcopProducts
            && obs.scope.note.is_empty()
            && s.has(clause.start..span.start, |t| {
                matches!(t, Term::Recognized | Term::Money(MoneyWord::Award))
            })
            && !s.has(whole.clone(), |t| t == Term::Now)
        {
            obs.scope.note = "recognized in the period".to_string();
        }
        // "100 cooperatives annually": a count per year; "183 each month", per month.
        if counted && obs.scope.per.is_empty() {
            if let Some(per) = rules::count_rate(s, i, found.noun_end) {
                obs.scope.per = vec![per];
            }
        }
        // "5,2 triệu đồng/người/tháng, tăng 400.000 đồng": a change of an average is per what
        // the average is per.
        if kind == Kind::Change && found.unit == Unit::Vnd && obs.scope.per.is_empty() {
            if let Some(level) = out.observations[first_read..]
                .iter()
                .rev()
                .find(|o| o.indicator == found.indicator && o.unit == Unit::Vnd)
            {
                obs.scope.per = level.scope.per.clone();
            }
        }
        // "617 HTX, trong đó 544 HTX đang hoạt động, 73 HTX ngừng hoạt động": a part of a total
        // is kept apart from the total by what the text says of it.
        let of_total = total.as_ref().is_some_and(|t: &Attribution| {
            t.indicator == found.indicator
                && t.unit == found.unit
                && modality::part_of_list(s, t.noun_end, span.start)
        });
        // "đã giải thể 3 HTX", "dissolved 3 cooperatives": the dissolved ones, whatever else
        // is said of them ("dissolved 10 weak cooperatives").
        let modifier = (counted && rules::verb_right_before(s, i, |t| t == Term::Dissolve))
            .then_some("dissolved")
            .or_else(|| {
                counted
                    .then(|| modifier_before_noun(s, &span, &found))
                    .flatten()
            });
        let label = counted
            .then(|| {
                labelled_part(s, &found, i)
                    .or_else(|| rules::graded_before(s, i).map(|label| (Describer::Always, label)))
            })
            .flatten();
        let described = modifier.is_some()
            || match described_as(s, &found, i).or(label.as_ref().map(|(d, _)| *d)) {
                Some(Describer::Always) => true,
                Some(Describer::SetApart) => {
                    found.note.is_empty()
                        && !rules::besides_before(s, span.start)
                        && matches!(
                            found.indicator,
                            Indicator::Cooperatives
                                | Indicator::CooperativeGroups
                                | Indicator::UnionsOfCooperatives
                        )
                }
                Some(Describer::Predicate)
                    if found.noun_end <= span.end
                        || !found.note.is_empty()
                        || matches!(
                            found.indicator,
                            Indicator::NewCooperatives | Indicator::OcopProducts
                        ) =>
                {
                    false
                }
                // "with 334 cooperatives active": a part when a total of the same thing came
                // before it, in the sentence, the paragraph or earlier in the report. "20,000
                // cooperatives and 15,000 cooperative groups operating in ..." counts no part.
                Some(Describer::AfterTotal | Describer::Predicate) => {
                    total
                        .as_ref()
                        .is_some_and(|t| t.indicator == found.indicator)
                        || paragraph
                            .last_count
                            .as_ref()
                            .is_some_and(|c| c.what.indicator == found.indicator)
                        || paragraph.totals.contains(&(found.indicator, found.unit))
                }
                None => false,
            };
        // "50 HTX có từ 100 thành viên trở lên": the bound that sets the counted ones apart.
        let class_bound = counted.then(|| rules::classed_by_threshold(s, i)).flatten();
        // "Số HTX có doanh thu trên 1 tỷ đồng/năm là 120 HTX": the words of the bound before.
        let class_before = i
            .checked_sub(1)
            .filter(|_| counted)
            .and_then(|bound| rules::class_bound_before(s, bound));
        let is_part = kind != Kind::Change
            && counted
            && !dated_apart
            && found.indicator != Indicator::Other
            && !fraction_of
            && (of_total
                || described
                || part_of_whole.is_some()
                // "Of those, 405 co-operatives, three People's Credit Funds and 168 co-operative
                // groups are operating": every item that was totalled before is a part.
                || (back_reference && paragraph.totals.contains(&(found.indicator, found.unit)))
                // "Cooperatives own 312 of the products": a part of the whole said before.
                || (rules::of_the_whole_after(s, i)
                    && paragraph.totals.contains(&(found.indicator, found.unit)))
                || found.rule == "count.elided"
                || found.rule == FRACTION_PART_RULE
                || found.rule == rules::OWN_PREDICATE_RULE
                || (found.form.is_some()
                    && found.unit == Unit::Count
                    && rules::share_of_total_follows(s, i, found.noun_end))
                || class_bound.is_some()
                || class_before.is_some());
        // "terdapat 164 koperasi ... di seluruh negeri": a country's level below any it has
        // had is misread.
        if !is_part && magnitude::below_national_floor(&obs) {
            diagnose(d, s, span, Reason::Implausible, out);
            continue;
        }
        if is_part {
            let class_words = class_before.map(|words| s.slice(words).trim());
            obs.scope.note = match (class_words.or(modifier), fraction_whole, label) {
                (Some(word), _, _) => format!("part: {word}"),
                // The words after the whole's noun set the part apart.
                (None, Some(whole), _) => part_note(s, &found, whole, None, None),
                (None, None, Some((_, words))) => format!("part: {words}"),
                // "có 17 Liên hiệp HTX được thành lập mới": what the reading already says.
                (None, None, None) if !found.note.is_empty() => format!("part: {}", found.note),
                (None, None, None) => part_note(s, &found, i, class_bound, total.as_ref()),
            };
        } else if counted && kind != Kind::Change {
            total = Some(found.clone());
            total_period.clone_from(&obs.period);
        } else if found.rule == rules::PROPORTION_RULE {
            // "proporsi staf manajemen koperasi yang dilatih ...": which proportion.
            if let Some(subject) = shares::proportion_subject(s, i) {
                obs.scope.note = format!("proportion: {}", s.slice(subject));
            }
        } else if found.rule == rules::SHARE_OF_WHOLE_AFTER_RULE {
            // "60 percent of the 215 cooperatives are operating effectively": the words after
            // the count's noun say which share.
            obs.scope.note = part_note(s, &found, i + 1, None, None);
        } else if found.rule == rules::SHARE_ELIDED_RULE {
            // "29,6% trong số này hoạt động hiệu quả": which share, in the words after it.
            obs.scope.note = part_note(s, &found, i, None, None);
        } else if found.rule == rules::SHARE_RULE
            && found.noun_end > span.end
            && obs.scope.note.is_empty()
        {
            // "32% số HTX có sản phẩm được chứng nhận", "38 percent well performing
            // cooperatives": a share is of the ones its noun's words set apart.
            let after = head(s.lower(after_noun_range(s, &found, i)), 16).trim_start();
            let predicate = shares::PREDICATES
                .iter()
                .any(|w| starts_with_word(after, w));
            if let Some(words) = shares::modifiers(s, span.end, found.noun_end) {
                obs.scope.note = format!("part: {words}");
            } else if predicate || described_as(s, &found, i).is_some() {
                obs.scope.note = part_note(s, &found, i, None, None);
            }
        } else if found.rule == rules::SHARE_RULE && obs.scope.note.is_empty() {
            // "Tỷ lệ HTX hoạt động hiệu quả đạt 85%": the words between the noun and its figure.
            // "The rate of weak cooperatives is under 2%": in English, the words before the noun.
            let phrase_start = s.clause_of(span.start).start.max(s.previous_end(i));
            let described = shares::describer_before(s, found.noun_end, span.start).or_else(|| {
                (d.lang == Lang::En)
                    .then(|| shares::modifiers(s, phrase_start, found.noun_end))
                    .flatten()
            });
            if let Some(words) = described {
                obs.scope.note = format!("part: {words}");
            }
        }
        // "Ha Tinh has 874 cooperatives. 512 cooperatives were rated good": a part whose
        // sentence names no place is of the place of its whole, said before in the paragraph;
        // so is a share.
        let share_or_part = is_part || found.unit == Unit::Percent;
        if share_or_part && owners.is_empty() && !national && whole_area.is_none() {
            let whole = paragraph.last_count.as_ref().filter(|c| {
                c.what.indicator == found.indicator
                    && c.area != Area::Unknown
                    && d.normalized
                        .as_str()
                        .get(c.end.min(span.start)..span.start)
                        .is_some_and(|between| !between.contains('\n'))
            });
            if let Some(whole) = whole {
                obs.area = whole.area.clone();
            }
        }
        // "64 HTX xếp loại tốt (đạt 13,2%)": the share is of the same part as its count.
        if found.rule == SHARE_OF_COUNT_RULE && obs.scope.note.is_empty() {
            obs.scope.note.clone_from(&last_scope.note);
        }
        if sector_word == Some(None) {
            // "221 non-agricultural cooperatives" among 630: the part is the non-agricultural.
            if obs.scope.note.is_empty() {
                obs.scope.note = NON_AGRICULTURAL.to_string();
            } else if obs.scope.note == PART_OF_A_TOTAL {
                obs.scope.note = format!("part: {NON_AGRICULTURAL}");
            }
        }
        let sentence_span = d.normalized.original_range(whole.clone());
        let sentence_text = evidence
            .get_or_insert_with(|| {
                d.original
                    .get(sentence_span.clone())
                    .unwrap_or(s.text)
                    .into()
            })
            .clone();
        obs.provenance = Provenance::new(
            d.id.clone(),
            d.normalized.original_range(span.clone()),
            sentence_span,
            sentence_text,
            format!("{}.{}{reading}", d.lang.code(), found.rule),
        );
        // A prior-year value in parentheses dates only itself. What is carried is the date
        // the figure was read with: "rose from 45 in 2020 to 112 in 2024" carries 2024.
        // Today's level after a goal ("up from the current 780") carries no date.
        let current = step == Some(modality::Step::Current);
        if (kind == Kind::Actual || kind == Kind::Estimate)
            && s.paren_of(span.start).is_none()
            && !current
        {
            if let Some(p) = explicit_period(s, &span) {
                paragraph.carried = Some(if step.is_some() {
                    obs.period.clone().unwrap_or(p)
                } else {
                    p
                });
                paragraph.carried_here = true;
            }
        }
        if kind != Kind::Change {
            if matches!(found.unit, Unit::Count | Unit::People | Unit::Products) {
                count_read = Some(found.clone());
            }
            running = Some(found.clone());
            running_note.clone_from(&obs.scope.note);
            running_end = span.end;
            if matches!(found.unit, Unit::Count | Unit::Products) {
                // Counts in parentheses explain the count before them; they are no whole.
                if !is_part && s.paren_of(span.start).is_none() {
                    counted_here = true;
                    paragraph.last_count = Some(LastCount {
                        what: found.clone(),
                        value: obs.value,
                        stars: obs.scope.stars,
                        kind,
                        period: obs.period.clone(),
                        area: obs.area.clone(),
                        end: span.end,
                    });
                }
            }
        }
        if kind == Kind::Target
            && s.dates
                .iter()
                .any(|m| matches!(m.role, Role::At | Role::By | Role::Term))
        {
            paragraph.deadline.clone_from(&obs.period);
        }
        last_change = (kind == Kind::Change).then(|| found.clone());
        if kind == Kind::Change {
            last_change_note.clone_from(&obs.scope.note);
        }
        if kind == Kind::Actual
            && matches!(obs.unit, Unit::Count | Unit::People)
            && obs.scope.note.is_empty()
        {
            // A hedged level ("over 500") could be any whole number near it.
            let exact = (obs.qualifier == Qualifier::Exact).then_some(obs.value);
            levels_read.push((found.clone(), exact));
        }
        last = Some((found, obs.qualifier));
        last_scope.clone_from(&obs.scope);
        // "Cao Phong and Tan Lac districts have established 2 cooperatives each": one figure
        // per place.
        let copies: Vec<Observation> = owners
            .iter()
            .skip(1)
            .map(|other| {
                let mut copy = obs.clone();
                copy.area = other.clone();
                copy
            })
            .collect();
        read_from.extend(std::iter::repeat_n(i, copies.len() + 1));
        out.observations.push(obs);
        out.observations.extend(copies);
    }
    if counted_here || s.has(whole.clone(), |t| matches!(t, Term::Form(_))) {
        paragraph.count_named_last = counted_here;
    }
    parts_listed_after(s, &mut out.observations[first_read..], &read_from);
    set_apart(s, &mut out.observations[first_read..], &read_from);
    for o in &out.observations[first_read..] {
        let total = (o.indicator, o.unit);
        if o.kind == Kind::Actual && o.scope.note.is_empty() {
            match paragraph.totals.iter().position(|t| *t == total) {
                Some(at) => paragraph.levels[at] = o.value,
                None => {
                    paragraph.totals.push(total);
                    paragraph.levels.push(o.value);
                }
            }
        }
    }
}

/// `value` with its sign turned: a `Decimal`'s range is symmetric, so this never overflows.
#[allow(clippy::arithmetic_side_effects)]
fn negated(value: Decimal) -> Decimal {
    -value
}

/// The note of a figure of every sector but agriculture ("4-5 million VND/person/month in the
/// non-agricultural sector"), which the model has no one sector for.
const NON_AGRICULTURAL: &str = "non-agricultural";

/// Whether two observations of one sentence say the same thing of the same quantity, apart
/// from their value.
fn same_quantity(a: &Observation, b: &Observation) -> bool {
    a.indicator == b.indicator
        && a.unit == b.unit
        && a.kind == b.kind
        && a.area == b.area
        && a.period == b.period
        && a.baseline == b.baseline
        && a.scope == b.scope
}

/// The items of a list after a colon that follows a part are parts of that part: in "100 HTX
/// tiêu biểu đạt Giải thưởng ... với cơ cấu các lĩnh vực: 60 HTX nông nghiệp, 28 HTX phi nông
/// nghiệp và 12 Quỹ tín dụng nhân dân", the 60 are exemplary cooperatives, not all the
/// agricultural ones. Only counts that say nothing of their own are noted.
fn parts_listed_after(s: &Sentence<'_>, read: &mut [Observation], read_from: &[usize]) {
    for k in 0..read.len() {
        if !read[k].scope.note.starts_with("part: ") {
            continue;
        }
        let end = s.tokens[read_from[k]].span.end;
        let clause = s.clause_of(end);
        let Some(colon) = s.slice(end..clause.end).find(':').map(|at| end + at) else {
            continue;
        };
        let figure_between = s
            .tokens
            .iter()
            .any(|t| (end..colon).contains(&t.span.start) && rules::is_quantity(s, t));
        if figure_between {
            continue;
        }
        let (note, kind) = (read[k].scope.note.clone(), read[k].kind);
        for j in k + 1..read.len() {
            let start = s.tokens[read_from[j]].span.start;
            let item = &mut read[j];
            if start > colon
                && start < clause.end
                && item.unit == Unit::Count
                && item.kind == kind
                && item.scope.note.is_empty()
            {
                item.scope.note.clone_from(&note);
            }
        }
    }
}

/// The rule of the later level of a step that measures what the earlier one does.
const LATER_LEVEL_RULE: &str = "level.step_to";

/// The note of a level a change started from, when no date says when it was.
const EARLIER_LEVEL: &str = "earlier level";

/// A sentence never gives two values of one quantity: "15 newly founded cooperatives and 1
/// dissolved cooperative", "6 million and 14.5 million, respectively". When two figures of a
/// sentence are read as the same quantity with different values, the reading missed what sets
/// them apart; each later figure is noted with the words said of it so that reconciliation
/// keeps it apart instead of calling it a conflict. The first figure keeps its reading, unless
/// it opens a list after a colon ("dịch vụ cho kinh tế hộ: 106 HTX dịch vụ làm đất, 131 HTX
/// dịch vụ giống cây trồng"): then it is an item like the others, not their total.
fn set_apart(s: &Sentence<'_>, read: &mut [Observation], read_from: &[usize]) {
    let differ = |a: &Observation, b: &Observation| (a.value, a.max) != (b.value, b.max);
    for first in 0..read.len() {
        if !read[first].scope.note.is_empty() || !opens_a_list(s, read_from[first]) {
            continue;
        }
        let items: Vec<usize> = (first + 1..read.len())
            .filter(|&j| same_quantity(&read[first], &read[j]) && differ(&read[first], &read[j]))
            .collect();
        if items.is_empty() {
            continue;
        }
        for j in std::iter::once(first).chain(items) {
            read[j].scope.note = figure_words(s, read_from[j]);
        }
    }
    for later in 1..read.len() {
        let clashes = |read: &[Observation]| {
            read[..later].iter().any(|earlier| {
                same_quantity(earlier, &read[later]) && differ(earlier, &read[later])
            })
        };
        if !clashes(read) {
            continue;
        }
        let words = figure_words(s, read_from[later]);
        let note = &mut read[later].scope.note;
        *note = match note.as_str() {
            _ if words.is_empty() => String::new(),
            "" => words,
            PART_OF_A_TOTAL => format!("part: {words}"),
            said => format!("{said}; {words}"),
        };
        if read[later].scope.note.is_empty() || clashes(read) {
            read[later].scope.note = format!("figure {} of its sentence", later + 1);
        }
    }
}

/// Whether figure `i` is the first item of a list after a colon.
fn opens_a_list(s: &Sentence<'_>, i: usize) -> bool {
    let before = s.slice(s.span.start..s.tokens[i].span.start);
    tail(before, 3).trim_end().ends_with(':')
}

/// Most words of the note that sets a figure apart (Vietnamese writes a word per syllable).
const SET_APART_WORDS: usize = 12;

/// The words said of figure `i` and not of the figure before it: after the last mark or list
/// joint before it ("and 1 dissolved cooperative"), up to the next figure or mark after it
/// ("dissolved cooperative in the first six months"). A figure that opens parentheses is named
/// by the words before them: "non-agricultural fields (29 cooperatives)".
fn figure_words(s: &Sentence<'_>, i: usize) -> String {
    let span = &s.tokens[i].span;
    let lead = s.slice(s.previous_end(i)..span.start);
    let mut before = lead.rsplit(rules::is_mark).next().unwrap_or(lead);
    let named = lead.trim_end().trim_end_matches('(');
    // Only words after a mark name it; right after the figure before, they are that figure's.
    if before.trim().is_empty()
        && named.len() < lead.trim_end().len()
        && named.contains(rules::is_mark)
    {
        before = named.rsplit(rules::is_mark).next().unwrap_or(named);
    }
    let before: Vec<&str> = before.split_whitespace().collect();
    let own = before
        .iter()
        .rposition(|w| rules::is_joint(w))
        .map_or(&before[..], |joint| &before[joint + 1..]);
    // "60-80 in 2020": a date after the figure dates it; it says nothing of what it counts.
    let next = s.next_start(i);
    let date = s
        .dates
        .iter()
        .map(|m| m.span.start)
        .find(|&at| at >= span.end && at <= next);
    let tail = s.slice(span.end..date.unwrap_or(next));
    let after = tail.split(rules::is_mark).next().unwrap_or(tail);
    let dated = date.is_some();
    let mut words: Vec<String> = own
        .iter()
        .copied()
        .chain(after.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if dated {
        drop_date_leads(&mut words);
    }
    rules::drop_trailing_joints(&mut words);
    words.truncate(SET_APART_WORDS);
    words.join(" ")
}

/// A change that names the same kind of organisation as the figure before it is a change of
/// that figure: "2.986 koperasi baru (meningkat 291 koperasi)" is 291 more new cooperatives.
fn same_subject(found: Attribution, running: Option<&Attribution>) -> Attribution {
    match running {
        Some(r) if r.form.is_some() && r.form == found.form && r.unit != Unit::Vnd => Attribution {
            unit: found.unit,
            rule: found.rule,
            noun_end: found.noun_end,
            ..r.clone()
        },
        _ => found,
    }
}

/// Whether `area` is below a province: a district or a commune.
fn is_local(area: &Area) -> bool {
    matches!(area, Area::District { .. } | Area::Commune { .. })
}

/// When words right after a count make it a part of a larger total.
#[derive(Clone, Copy)]
enum Describer {
    /// Always a part: stopped, dissolved, in the field of ...
    Always,
    /// A part when a total of the same thing came before: active, operating.
    AfterTotal,
    /// A predicate said of the ones counted ("have obtained", "đã được"): a part when a
    /// total came before, the noun follows the figure and nothing else (new, value chains,
    /// star levels) already says what the count is.
    Predicate,
    /// What sets the counted organisations apart from the rest, whatever came before: an
    /// honour ("recognized as", "yang diakui", "được công nhận là"), losses or profits, how
    /// well they work, who leads them, what they apply or export. Always a part of the
    /// cooperatives, groups or unions counted; never of what is counted for that very thing
    /// (OCOP products and OCOP cooperatives are recognised, high-tech cooperatives apply).
    SetApart,
}

/// Words right after a count of organisations that say which of them it counts.
const DESCRIBERS: &[(&str, Describer)] = &[
    ("stopped", Describer::Always),
    ("had stopped", Describer::Always),
    ("have stopped", Describer::Always),
    ("ceased", Describer::Always),
    ("dissolved", Describer::Always),
    ("were dissolved", Describer::Always),
    ("was dissolved", Describer::Always),
    ("have been dissolved", Describer::Always),
    ("had been dissolved", Describer::Always),
    ("disbanded", Describer::Always),
    ("were disbanded", Describer::Always),
    ("suspended", Describer::Always),
    ("inactive", Describer::Always),
    ("not operating", Describer::Always),
    ("in the field of", Describer::Always),
    ("ngừng hoạt động", Describer::Always),
    ("tạm ngừng", Describer::Always),
    ("giải thể", Describer::Always),
    ("bị giải thể", Describer::Always),
    ("đã giải thể", Describer::Always),
    ("không hoạt động", Describer::Always),
    ("not operating", Describer::Always),
    ("are not operating", Describer::Always),
    ("were not operating", Describer::Always),
    ("trong lĩnh vực", Describer::Always),
    ("hoạt động lĩnh vực", Describer::Always),
    ("hoạt động trong lĩnh vực", Describer::Always),
    ("hoạt động ở lĩnh vực", Describer::Always),
    ("berhenti", Describer::Always),
    ("telah berhenti", Describer::Always),
    ("dibubarkan", Describer::Always),
    // "9 koperasi lainnya dibubarkan", "9 HTX khác bị giải thể": the others of that form.
    ("lainnya dibubarkan", Describer::Always),
    ("lainnya telah dibubarkan", Describer::Always),
    ("khác giải thể", Describer::Always),
    ("khác bị giải thể", Describer::Always),
    ("tidak aktif", Describer::Always),
    ("di bidang", Describer::Always),
    ("di sektor", Describer::Always),
    ("beroperasi di bidang", Describer::Always),
    ("beroperasi di sektor", Describer::Always),
    ("operating in the field of", Describer::Always),
    // Organisations set apart by their age or by a change of their status: "79 HTX thành lập
    // trước năm 2013", "74 HTX chuyển đổi theo Luật HTX năm 2012", "5 HTX đang lập thủ tục
    // giải thể", "300 cooperatives transformed under the 2012 law".
    ("thành lập trước", Describer::Always),
    ("established before", Describer::Always),
    ("set up before", Describer::Always),
    ("didirikan sebelum", Describer::Always),
    ("chuyển đổi", Describer::Always),
    ("đã chuyển đổi", Describer::Always),
    ("transformed", Describer::Always),
    ("converted", Describer::Always),
    ("re-registered", Describer::Always),
    ("bertransformasi", Describer::Always),
    ("đang lập thủ tục giải thể", Describer::Always),
    ("đang làm thủ tục giải thể", Describer::Always),
    // Organisations admitted as members of a union or alliance: "kết nạp 12 hợp tác xã làm
    // thành viên chính thức".
    ("làm thành viên", Describer::Always),
    ("as members", Describer::Always),
    ("as official members", Describer::Always),
    ("sebagai anggota", Describer::Always),
    // Organisations singled out for praise: "10 HTX tiêu biểu được tôn vinh", "10 koperasi
    // unggulan".
    ("tiêu biểu", Describer::Always),
    ("điển hình", Describer::Always),
    ("xuất sắc", Describer::Always),
    ("unggulan", Describer::Always),
    ("teladan", Describer::Always),
    ("berprestasi", Describer::Always),
    ("xếp loại", Describer::Always),
    ("được xếp loại", Describer::Always),
    ("classified as", Describer::Always),
    ("were classified as", Describer::Always),
    ("diklasifikasikan", Describer::Always),
    // Organisations recognised or awarded by an authority: "9 koperasi yang diakui oleh
    // Pemerintah Pusat sebagai koperasi unggulan", "12 HTX được công nhận là HTX kiểu mới",
    // "9 cooperatives recognized as national typical cooperatives".
    ("recognized", Describer::SetApart),
    ("recognised", Describer::SetApart),
    ("were recognized", Describer::SetApart),
    ("were recognised", Describer::SetApart),
    ("have been recognized", Describer::SetApart),
    ("have been recognised", Describer::SetApart),
    ("honored", Describer::SetApart),
    ("honoured", Describer::SetApart),
    ("were honored", Describer::SetApart),
    ("were honoured", Describer::SetApart),
    ("were awarded", Describer::SetApart),
    ("have been awarded", Describer::SetApart),
    ("được công nhận", Describer::SetApart),
    ("đã được công nhận", Describer::SetApart),
    ("được tôn vinh", Describer::SetApart),
    ("được khen thưởng", Describer::SetApart),
    ("đạt danh hiệu", Describer::SetApart),
    ("diakui", Describer::SetApart),
    ("yang diakui", Describer::SetApart),
    ("telah diakui", Describer::SetApart),
    ("dianugerahi", Describer::SetApart),
    ("yang dianugerahi", Describer::SetApart),
    // Organisations set apart by their results, who leads them or what they do: "15 HTX thua
    // lỗ", "200 HTX có lãi", "18 HTX do nữ làm giám đốc", "22 HTX ứng dụng chuyển đổi số", "80
    // cooperatives operating at a loss", "40 koperasi yang dipimpin oleh perempuan".
    ("thua lỗ", Describer::SetApart),
    ("bị thua lỗ", Describer::SetApart),
    ("làm ăn thua lỗ", Describer::SetApart),
    ("có lãi", Describer::SetApart),
    ("làm ăn có lãi", Describer::SetApart),
    ("hoạt động có lãi", Describer::SetApart),
    ("yếu kém", Describer::SetApart),
    ("do nữ", Describer::SetApart),
    ("ứng dụng", Describer::SetApart),
    ("đã ứng dụng", Describer::SetApart),
    ("xuất khẩu", Describer::SetApart),
    ("tổ chức lại", Describer::SetApart),
    ("sử dụng", Describer::SetApart),
    // What they do not have or have not done yet: "10 HTX chưa có trụ sở", "10 cooperatives
    // without headquarters", "10 koperasi belum memiliki kantor".
    ("chưa", Describer::SetApart),
    ("without", Describer::SetApart),
    ("not yet", Describer::SetApart),
    ("have not yet", Describer::SetApart),
    ("belum", Describer::SetApart),
    ("yang belum", Describer::SetApart),
    ("tanpa", Describer::SetApart),
    ("đã tổ chức lại", Describer::SetApart),
    ("operating at a loss", Describer::SetApart),
    ("making losses", Describer::SetApart),
    ("making a loss", Describer::SetApart),
    ("that made losses", Describer::SetApart),
    ("that earned profits", Describer::SetApart),
    ("earning profits", Describer::SetApart),
    ("making profits", Describer::SetApart),
    ("that made profits", Describer::SetApart),
    ("led by", Describer::SetApart),
    ("run by", Describer::SetApart),
    ("headed by", Describer::SetApart),
    ("applying", Describer::SetApart),
    ("that applied", Describer::SetApart),
    ("exporting", Describer::SetApart),
    ("selling", Describer::SetApart),
    // A rating: "120 HTX đạt loại tốt, 200 HTX loại khá", "120 cooperatives rated good".
    ("đạt loại", Describer::SetApart),
    ("loại tốt", Describer::SetApart),
    ("loại khá", Describer::SetApart),
    ("loại trung bình", Describer::SetApart),
    ("loại yếu", Describer::SetApart),
    ("rated", Describer::SetApart),
    ("were rated", Describer::SetApart),
    ("dinilai", Describer::SetApart),
    ("diklasifikasikan", Describer::SetApart),
    // Groups that became cooperatives: "35 THT đủ điều kiện đã chuyển đổi lên HTX".
    ("đủ điều kiện", Describer::SetApart),
    ("đã chuyển đổi", Describer::SetApart),
    ("chuyển đổi", Describer::SetApart),
    ("telah beralih", Describer::SetApart),
    ("tergolong", Describer::SetApart),
    ("xếp loại", Describer::SetApart),
    ("được xếp loại", Describer::SetApart),
    ("were classified", Describer::SetApart),
    ("graded", Describer::SetApart),
    ("joined", Describer::SetApart),
    ("have joined", Describer::SetApart),
    ("bergabung", Describer::SetApart),
    ("yang bergabung", Describer::SetApart),
    ("telah bergabung", Describer::SetApart),
    ("that export", Describer::SetApart),
    ("merugi", Describer::SetApart),
    ("yang merugi", Describer::SetApart),
    ("yang memperoleh keuntungan", Describer::SetApart),
    ("dipimpin oleh", Describer::SetApart),
    ("yang dipimpin", Describer::SetApart),
    ("menerapkan", Describer::SetApart),
    ("yang menerapkan", Describer::SetApart),
    ("mengekspor", Describer::SetApart),
    ("yang mengekspor", Describer::SetApart),
    // How well they work, which a report may also say of every organisation it counts
    // ("650 cooperatives and 146 cooperative groups operating effectively").
    ("hoạt động hiệu quả", Describer::AfterTotal),
    ("hoạt động có hiệu quả", Describer::AfterTotal),
    ("hoạt động kém hiệu quả", Describer::AfterTotal),
    ("hoạt động yếu kém", Describer::AfterTotal),
    ("kém hiệu quả", Describer::AfterTotal),
    ("operating effectively", Describer::AfterTotal),
    ("operating efficiently", Describer::AfterTotal),
    ("operating ineffectively", Describer::AfterTotal),
    ("beroperasi secara efektif", Describer::AfterTotal),
    ("yang beroperasi secara efektif", Describer::AfterTotal),
    ("active", Describer::AfterTotal),
    ("operating", Describer::AfterTotal),
    ("were operating", Describer::AfterTotal),
    ("are operating", Describer::AfterTotal),
    ("operate", Describer::AfterTotal),
    ("operated", Describer::AfterTotal),
    ("are active", Describer::AfterTotal),
    ("were active", Describer::AfterTotal),
    ("in operation", Describer::AfterTotal),
    ("đang hoạt động", Describer::AfterTotal),
    ("hoạt động", Describer::AfterTotal),
    ("aktif", Describer::AfterTotal),
    ("beroperasi", Describer::AfterTotal),
    // A predicate said of the counted ones after a total was given: "18 koperasi telah
    // mendapatkan sertifikat VietGAP", "9 koperasi yang diakui", "77 cooperatives have
    // applied", "18 HTX đã được cấp chứng nhận".
    ("have", Describer::Predicate),
    ("has", Describer::Predicate),
    ("had", Describer::Predicate),
    ("that", Describer::Predicate),
    ("which", Describer::Predicate),
    ("đã", Describer::Predicate),
    ("được", Describer::Predicate),
    ("telah", Describer::Predicate),
    ("sudah", Describer::Predicate),
    ("yang", Describer::Predicate),
    // Taking part in something: "30 cooperatives participating in the linkage", "30 HTX tham
    // gia liên kết", "30 koperasi berpartisipasi".
    ("participating", Describer::Predicate),
    ("participate", Describer::Predicate),
    ("are participating", Describer::Predicate),
    ("tham gia", Describer::Predicate),
    ("berpartisipasi", Describer::Predicate),
];

/// Words between a count and its noun that make it a part of what is counted: "1 dissolved
/// cooperative", "26 member cooperatives".
const MODIFIERS: &[&str] = &[
    "dissolved",
    "member",
    "inactive",
    "suspended",
    "defunct",
    // Organisations singled out for praise: "10 typical cooperatives were honoured".
    "typical",
    "outstanding",
    "exemplary",
    // Or by their results: "15 loss-making cooperatives", "25 profitable cooperatives".
    "loss-making",
    "profitable",
    "weak",
    "women-led",
];

/// Nouns of organisations that are members of another ("HTX thành viên" of a union): a part
/// of all organisations of their form.
const MEMBER_NOUNS: &[&str] = &[
    "htx thành viên",
    "hợp tác xã thành viên",
    "htx là thành viên",
    "hợp tác xã là thành viên",
    "koperasi anggota",
];

/// The word between the figure and the end of its noun that makes it a part, if any.
fn modifier_before_noun(
    s: &Sentence<'_>,
    span: &Range<usize>,
    found: &Attribution,
) -> Option<&'static str> {
    let is_member_noun = |words: &str| MEMBER_NOUNS.iter().any(|noun| words.ends_with(noun));
    if found.noun_end <= span.end {
        // "Số hợp tác xã là thành viên của liên hiệp hợp tác xã là 851": the subject before
        // the figure is the member organisations.
        let subject = s.lower(s.span.start..found.noun_end.max(s.span.start));
        return (found.rule == rules::SUBJECT_BEFORE_RULE && is_member_noun(subject))
            .then_some("member");
    }
    let between = s.lower(span.end..found.noun_end);
    // "07 HTX thành viên", "12 koperasi anggota": the noun itself says they are members.
    if is_member_noun(between) {
        return Some("member");
    }
    let mut words = between.split_whitespace();
    // The last word is the noun itself.
    words.next_back();
    words.find_map(|w| MODIFIERS.iter().find(|m| **m == w).copied())
}

/// Verbs that end a label with the level it reaches: "tăng lên", "đạt", "increased to",
/// "reached", "mencapai", "menjadi".
const LEVEL_VERBS: &[&str] = &["lên", "đạt", "to", "reached", "mencapai", "menjadi"];

/// A label before the figure that names what it counts with words describing a part, and
/// those words: "Số HTX hoạt động hiệu quả theo Luật Hợp tác xã năm 2012: là 70 HTX",
/// "Number of cooperatives operating effectively: 70", "Jumlah koperasi aktif: 70".
fn labelled_part(s: &Sentence<'_>, found: &Attribution, i: usize) -> Option<(Describer, String)> {
    let start = s.tokens[i].span.start;
    // The label may hold figures of its own ("... năm 2012:"): it runs from the clause start.
    let from = s.clause_of(start).start;
    let before = s.lower(from..start);
    // The label ends at a colon ("...: là 70 HTX"), at a copula ("Số HTX đang hoạt động là
    // 496", "The number of active cooperatives is 496") or at a verb of reaching a level ("Số
    // HTX hoạt động hiệu quả tăng lên 520", "has increased to 520", "mencapai 520").
    let colon = before
        .rfind(':')
        .filter(|&colon| matches!(before[colon + 1..].trim(), "" | "là" | "is" | "adalah"));
    let copula = || {
        let trimmed = before.trim_end();
        rules::COPULAS
            .iter()
            .chain(LEVEL_VERBS)
            .find(|w| crate::window::ends_with_word(trimmed, &[w]))
            .map(|w| trimmed.len() - w.len())
    };
    let label_end = from + colon.or_else(copula)?;
    let noun = s
        .terms_in(from..label_end)
        .find(|m| matches!(m.key, Term::Form(form) if found.form == Some(form)))?;
    let head = s.lower(from..noun.span.start).trim_end();
    // English says which ones before the noun: "the number of active cooperatives".
    let adjective = head.rsplit_once(' ').and_then(|(lead, last)| {
        crate::window::ends_with_word(lead, &["number of"])
            .then(|| DESCRIBERS.iter().find(|(w, _)| *w == last))
            .flatten()
    });
    if let Some((word, describer)) = adjective {
        return Some((*describer, (*word).to_string()));
    }
    if !crate::window::ends_with_word(head, &rules::NUMBER_OF) {
        return None;
    }
    let rest = s.lower(noun.span.end..label_end).trim_start();
    let describer = describer_opening(rest)?;
    let words: Vec<&str> = rest.split_whitespace().take(PART_NOTE_WORDS).collect();
    Some((describer, words.join(" ")))
}

/// What the words right after the noun of a count say of it, if they describe a part.
fn described_as(s: &Sentence<'_>, found: &Attribution, i: usize) -> Option<Describer> {
    // Past the sector the noun is of: "58 HTX nông, lâm nghiệp không hoạt động".
    let range = after_noun_range(s, found, i);
    let from = s
        .terms_in(range.clone())
        .next()
        .filter(|m| {
            matches!(m.key, Term::Sector(_) | Term::NonSector)
                && s.slice(range.start..m.span.start).trim().is_empty()
        })
        .map_or(range.start, |m| m.span.end);
    // Past where they are: "12 cooperatives in Thai Binh joined ...".
    let from = places::past_location(s, from, range.end);
    let rest = head(s.lower(from..range.end), 32);
    describer_opening(rest.trim_start())
}

/// The first of [`DESCRIBERS`] that `rest` opens with as a whole word. Asked of nearly every
/// count, it looks only at the words that start with the same byte as `rest`.
fn describer_opening(rest: &str) -> Option<Describer> {
    static BY_FIRST_BYTE: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    let index = BY_FIRST_BYTE.get_or_init(|| {
        let mut index = vec![Vec::new(); 256];
        for (at, (word, _)) in DESCRIBERS.iter().enumerate() {
            if let Some(&first) = word.as_bytes().first() {
                index[usize::from(first)].push(at);
            }
        }
        index
    });
    let first = usize::from(*rest.as_bytes().first()?);
    index[first].iter().find_map(|&at| {
        let (word, describer) = DESCRIBERS[at];
        starts_with_word(rest, word).then_some(describer)
    })
}

/// Where the words after the noun of figure `i` are, up to the next figure in its clause.
fn after_noun_range(s: &Sentence<'_>, found: &Attribution, i: usize) -> Range<usize> {
    let end = s.next_start(i);
    let token = &s.tokens[i].span;
    // "14 cooperatives were dissolved, bringing the total to 412": the words after a noun
    // named before the figure, past a mark or another figure, are not the figure's; its own
    // come after it.
    let apart =
        |gap: Range<usize>| s.slice(gap.clone()).contains(rules::is_mark) || s.figure_in(gap);
    let noun_end = if found.noun_end < token.start && apart(found.noun_end..token.start) {
        token.end
    } else {
        found.noun_end
    };
    let range = noun_end.min(end)..end;
    // Past the count's own share in parentheses: "421 koperasi (40,3%) diklasifikasikan baik".
    let own_share = s.tokens.get(i + 1).and_then(|share| {
        let group = s.paren_of(share.span.start)?;
        (share.shape == Shape::Percent
            && s.tokens
                .get(i + 2)
                .is_none_or(|t| t.span.start >= group.end)
            && s.slice(range.start..group.start).trim().is_empty())
        .then_some(group)
    });
    match own_share.or_else(|| share_in_commas(s, i, range.start)) {
        Some(group) => group.end..s.next_start(i + 1).max(group.end),
        None => range,
    }
}

/// Where the count's own share set off by commas ends, past its closing comma: "512
/// cooperatives, or 50.6 percent, were classified as good", "421 koperasi, atau 40,3% dari
/// total, dinilai baik".
fn share_in_commas(s: &Sentence<'_>, i: usize, noun_end: usize) -> Option<Range<usize>> {
    let share = s.tokens.get(i + 1)?;
    if share.shape != Shape::Percent || share.span.start < noun_end {
        return None;
    }
    let before = s.lower(noun_end..share.span.start);
    let before = rules::without_hedge(before.trim_end());
    let opens = before
        .trim_start()
        .strip_prefix(',')
        .is_some_and(|words| rules::introduces_share(words.trim_start()));
    if !opens {
        return None;
    }
    let after = s.lower(share.span.end..s.next_start(i + 1));
    let comma = after.find(',')?;
    let whole = after[..comma].trim();
    (whole.is_empty() || rules::names_total_whole(whole))
        .then(|| noun_end..share.span.end + comma + 1)
}

/// The rule of an item of a list of places that counts what the list's heading or first item
/// counts.
const NEW_LIST_RULE: &str = "count.list_heading";

/// The rule of an item of a list of places whose noun is left out ("Hanoi with 120").
const LIST_ITEM_RULE: &str = "count.list_item";

/// The rule of a bare figure that shares the noun of the next item of its list.
const SHARED_NOUN_RULE: &str = "count.shared_noun";

/// The rule of a new level of the count before, named by pointing back ("the figure rose to").
const COUNT_BEFORE_RULE: &str = "count.count_before";

/// The rule of the part of a fraction ("139" in "139/143 hợp tác xã").
const FRACTION_PART_RULE: &str = "count.fraction_part";

/// The note of a part of a total that the text says nothing more of.
const PART_OF_A_TOTAL: &str = "part of a total";

/// Words that, last before the next figure, lead to it: "của", "of", "dari", "with".
const LEADS_TO_NEXT: &[&str] = &["của", "of", "dari", "with", "với", "dengan", "by", "oleh"];

/// Most words of what a part's note says of it.
const PART_NOTE_WORDS: usize = 6;

/// The note of a part of a total: "part: đang hoạt động", from the words after its noun up to
/// the next figure or punctuation, or past `class_bound`, the bound that sets the part apart ("part: có từ 100
/// thành viên trở lên"); "part of a total" when there are none.
fn part_note(
    s: &Sentence<'_>,
    found: &Attribution,
    i: usize,
    class_bound: Option<usize>,
    whole: Option<&Attribution>,
) -> String {
    let (range, most) = match class_bound {
        // The bound's own figure, noun and closing words are part of the class.
        Some(bound) => {
            let end = s.next_start(bound);
            (found.noun_end.min(end)..end, 2 * PART_NOTE_WORDS)
        }
        None => (after_noun_range(s, found, i), PART_NOTE_WORDS),
    };
    let words_after_noun = s.slice(range.clone());
    // "hợp tác xã (HTX) đang hoạt động": the short form in parentheses is still the noun.
    let rest = crate::window::after_short_form(words_after_noun);
    let rest_start = range.start + (words_after_noun.len() - rest.len());
    // A sector whose name holds commas ("nông, lâm nghiệp") is read whole before a mark ends
    // the note.
    let sector_end = s
        .terms_in(rest_start..range.end)
        .next()
        .filter(|m| {
            matches!(m.key, Term::Sector(_)) && s.slice(rest_start..m.span.start).trim().is_empty()
        })
        .map_or(0, |m| m.span.end - rest_start);
    let mut stop = rest
        .get(sector_end..)
        .and_then(|after| after.find(rules::is_mark))
        .map_or(rest.len(), |at| sector_end + at);
    // "120 HTX năm 2018": a date after the part dates it; it says nothing of which part it is.
    let dated = s
        .dates
        .iter()
        .find(|m| m.span.start >= rest_start && m.span.start < rest_start + stop);
    if let Some(date) = dated {
        stop = date.span.start - rest_start;
    }
    let mut words: Vec<&str> = rest[..stop].split_whitespace().take(most).collect();
    if dated.is_some() {
        // "120 koperasi pada tahun 2018": the words that lead to the date go with it.
        drop_date_leads(&mut words);
    }
    // "544 were operating and 73 had stopped": the joint belongs to the list, not the part;
    // "110 sản phẩm của 89 HTX": a word that leads to the next figure says nothing of the part.
    rules::drop_trailing_joints(&mut words);
    while words
        .last()
        .is_some_and(|w| LEADS_TO_NEXT.iter().any(|lead| is_in_any_case(w, lead)))
    {
        words.pop();
    }
    // "425 HTX và Tây Ninh (cũ) 290 HTX": words that open with a joint are the next item's;
    // "22.800 HTX, chiếm 68%, trong đó có 2.900 HTX ...": so are those of a breakdown that
    // leads to a figure ("644 di antaranya beroperasi" says which part).
    let figure_follows = s
        .tokens
        .binary_search_by_key(&range.end, |t| t.span.start)
        .is_ok();
    let opens_breakdown = figure_follows
        && s.terms_in(rest_start..range.end).next().is_some_and(|m| {
            m.key == Term::Subset && s.slice(rest_start..m.span.start).trim().is_empty()
        });
    if opens_breakdown || words.first().is_some_and(|w| rules::is_joint(w)) {
        words.clear();
    }
    // "27,425 employees (13,158 regular employees, ...)": with nothing after its noun, a part
    // is named by its noun when that noun says more than its whole's ("3 handicraft
    // cooperatives", "regular employees").
    let span = &s.tokens[i].span;
    let noun = s.lower(span.end.min(found.noun_end)..found.noun_end).trim();
    let term = s.term_ending_at(found.noun_end);
    let says_more = noun != term || whole.is_some_and(|w| s.term_ending_at(w.noun_end) != term);
    // Not "of the products" in "312 of the products": those words name the whole.
    let names_whole = rules::of_the_whole_after(s, i);
    if words.is_empty() && noun.contains(' ') && says_more && !names_whole {
        words = noun.split_whitespace().collect();
    }
    if words.is_empty() {
        PART_OF_A_TOTAL.to_string()
    } else {
        format!("part: {}", words.join(" ").to_lowercase())
    }
}

/// Where the list of amounts that amount `i` opens ends: "revenue of VND4.6 billion and profit
/// of VND520 million last year", "doanh thu 4,6 tỷ đồng, lợi nhuận 520 triệu đồng trong năm
/// 2023" share the date after the last. Amounts in parentheses are asides; a date, a mark
/// other than a comma or more than a few words between two amounts end the list.
fn money_list_end(s: &Sentence<'_>, i: usize) -> Option<usize> {
    if !matches!(s.tokens[i].shape, Shape::Dong(_)) {
        return None;
    }
    let mut end = s.tokens[i].span.end;
    for token in &s.tokens[i + 1..] {
        if s.paren_of(token.span.start).is_some() {
            continue;
        }
        let gap = rules::without_parens(s, end..token.span.start);
        let joined = gap.contains(',') || gap.split_whitespace().any(rules::is_joint);
        let dated = s
            .dates
            .iter()
            .any(|m| m.span.start >= end && m.span.end <= token.span.start);
        // "65 million VND, compared with 48 million VND in 2020": the second is another time's.
        let lower_gap = s.lower(end..token.span.start);
        let compared = COMPARED_WORDS
            .iter()
            .any(|w| crate::window::find_word(lower_gap, w).is_some());
        if !matches!(token.shape, Shape::Dong(_))
            || !joined
            || dated
            || compared
            || gap.contains([';', ':', '.'])
            || gap.split_whitespace().count() > MONEY_LIST_GAP_WORDS
        {
            break;
        }
        end = token.span.end;
    }
    (end > s.tokens[i].span.end).then_some(end)
}

/// Words between two amounts that compare the second with the first.
const COMPARED_WORDS: &[&str] = &["compared", "than", "versus", "so với", "dibandingkan"];

/// Most words between two amounts of one list ("and profit of").
const MONEY_LIST_GAP_WORDS: usize = 5;

/// The nearest date before the figure in its sentence that is not a baseline, else the first
/// one after it (or after the list it opens) in its clause with no other figure between
/// ("1.393 THT năm 2023"). A date in
/// parentheses holds only for the figures in the same parentheses: "(năm 2023 là 1,981 tỷ)"
/// dates 1,981, not the figure before it.
fn explicit_period(s: &Sentence<'_>, span: &Range<usize>) -> Option<Period> {
    sentence_date(s, span).and_then(|m| m.period.clone())
}

/// The date of the figure at `span` in its own sentence, if it has one; its period is `None`
/// when it cannot be resolved ("5 years ago" in a report with no date of its own).
fn sentence_date<'s>(
    s: &'s Sentence<'_>,
    span: &Range<usize>,
) -> Option<&'s crate::dates::DateMention> {
    let clause = s.clause_of(span.start);
    let group = s.paren_of(span.start);
    // "phấn đấu đến năm 2030 có 500 HTX; hiện nay có 420 HTX", "aims for 226 cooperatives by
    // 2021 (currently 214)": a goal's date does not date what a word of the present says is.
    let goal_date_then_now = |m: &crate::dates::DateMention| {
        s.has(s.span.start..m.span.start, |t| t == Term::Target)
            && s.has(m.span.end..span.start, |t| t == Term::Now)
    };
    let usable = |m: &&crate::dates::DateMention| {
        matches!(m.role, Role::At | Role::By)
            && in_reach(s, m, group.as_ref())
            && !goal_date_then_now(m)
    };
    let before = s
        .dates
        .iter()
        .rev()
        .filter(usable)
        .find(|m| m.span.end <= span.start);
    let after = || {
        // A date after a list of counts dates every item: "Fifty co-operatives and 16
        // cooperative groups were established ... in 2022".
        let at = s.tokens.iter().position(|t| t.span == *span);
        // "874 and 612 cooperatives, respectively, at the end of 2024": so does a date after
        // figures listed with one noun.
        let listed_end = |i: usize| {
            let (_, last) = rules::listed_run(s, i);
            (last > i).then(|| s.tokens[last].span.end)
        };
        // "fell by 1,200 to 45,300 people in 2024": a date after the level a change led to
        // dates the change too.
        let level_end = |i: usize| modality::level_after(s, i).map(|j| s.tokens[j].span.end);
        let list_end = at
            .and_then(|i| {
                rules::list_end(s, i)
                    .or_else(|| money_list_end(s, i))
                    .or_else(|| listed_end(i))
                    .or_else(|| level_end(i))
                    .or_else(|| rules::held_with(s, i).map(|j| s.tokens[j].span.end))
            })
            .unwrap_or(span.end);
        s.dates.iter().filter(usable).find(|m| {
            m.span.start >= list_end
                && m.span.end <= clause.end
                && !s.figure_in(list_end..m.span.start)
        })
    };
    // "TRA VINH, February 20, 2025 - Tra Vinh had 188 cooperatives ... at the end of 2024":
    // the dateline says when the story was filed; a date of the figure's own clause says more.
    let dateline = before.is_some_and(|m| {
        let rest = s.slice(m.span.end..s.span.end).trim_start();
        rest.starts_with(['-', '–', '—'])
    });
    if dateline {
        if let Some(own) = after() {
            return Some(own);
        }
    }
    before.or_else(after)
}

/// Words that join the start of a span of time to its end: "from 2021 to June 2023", "từ năm
/// 2021 đến tháng 6/2023", "dari tahun 2021 hingga Juni 2023".
const SPAN_JOINTS: [&str; 8] = [
    "to", "until", "through", "đến", "tới", "hingga", "sampai", "-",
];

/// The span of time written before figure `span` in its sentence, from a start ("from 2021")
/// to the nearest date before the figure, with only a joining word between them.
fn span_before(s: &Sentence<'_>, span: &Range<usize>) -> Option<Period> {
    let (at, end) = s
        .dates
        .iter()
        .enumerate()
        .rev()
        .find(|(_, m)| m.span.end <= span.start && matches!(m.role, Role::At | Role::By))?;
    let start = s.dates.get(at.checked_sub(1)?)?;
    let between = s.lower(start.span.end..end.span.start);
    let joined = between
        .split_whitespace()
        .all(|w| SPAN_JOINTS.contains(&w) || ["năm", "tháng", "tahun", "bulan"].contains(&w))
        && !between.trim().is_empty();
    if start.role != Role::Since || !joined {
        return None;
    }
    Some(Period::Between(
        Box::new(start.period.clone()?),
        Box::new(end.period.clone()?),
    ))
}

/// Words that lead from a figure (with its noun) to a date that is its own: "in 2018", "năm
/// 2018", "vào năm 2018", "pada tahun 2018".
const DATE_LEADS: [&str; 7] = ["in", "by", "năm", "vào", "trong", "pada", "tahun"];

/// `words` without the words at their end that lead to a date after them ("60-80 in").
fn drop_date_leads<W: AsRef<str>>(words: &mut Vec<W>) {
    while words.last().is_some_and(|w| {
        DATE_LEADS
            .iter()
            .any(|lead| is_in_any_case(w.as_ref(), lead))
    }) {
        words.pop();
    }
}

/// Most words that may lead to a figure's own date.
const DATE_LEAD_WORDS: usize = 2;

/// Whether date `m` may date a figure in the parentheses `group` (none: outside any): a date
/// inside other parentheses dates only what they hold ("(năm 2023 là 1,981 tỷ đồng/HTX)").
fn in_reach(s: &Sentence<'_>, m: &crate::dates::DateMention, group: Option<&Range<usize>>) -> bool {
    // "Over the past five years (2020-2024), ...": parentheses that hold a date alone name
    // the time of what is around them.
    let date_alone = |g: &Range<usize>| {
        s.slice(g.clone()).trim_matches(['(', ')', ' ']) == s.slice(m.span.clone()).trim()
    };
    s.paren_of(m.span.start)
        .is_none_or(|g| Some(&g) == group || date_alone(&g))
}

/// The date that follows a figure and its noun with nothing but a preposition between: "(120-150
/// in 2018, 60-80 in 2019, and 60-80 in 2020)", "152 HTX năm 2023". It dates that figure alone,
/// whatever date the sentence opens with or sets as a deadline.
fn own_date(s: &Sentence<'_>, span: &Range<usize>, noun_end: usize) -> Option<Period> {
    let from = span.end.max(noun_end);
    let clause = s.clause_of(span.start);
    let m = s
        .dates
        .iter()
        .find(|m| m.span.start >= from && m.span.end <= clause.end)?;
    let gap = s.lower(from..m.span.start);
    let leads = gap.split_whitespace().all(|w| DATE_LEADS.contains(&w))
        && gap.split_whitespace().count() <= DATE_LEAD_WORDS;
    (matches!(m.role, Role::At | Role::By) && leads)
        .then(|| m.period.clone())
        .flatten()
}

/// Whether what `found` counts is a flow over a span of time (new cooperatives, newly
/// established groups), not a level at its end.
fn is_flow(found: &Attribution) -> bool {
    found.indicator.is_flow() || found.note == rules::NEWLY_ESTABLISHED
}

fn period(
    d: &Doc<'_>,
    s: &Sentence<'_>,
    span: &Range<usize>,
    kind: Kind,
    found: &Attribution,
    paragraph: &Paragraph,
) -> Option<Period> {
    let flow = is_flow(found);
    let reference_year = d.reference.map(|r| Period::Year(r.year()));
    if kind == Kind::Target {
        // "250 HTX (120 HTX năm 2018, ...)": a date inside other parentheses dates only what
        // they hold.
        let group = s.paren_of(span.start);
        // "targets 80 million VND, compared with 62 million VND in 2024": the date of the level
        // compared with is not the goal's.
        let compared_date = |m: &crate::dates::DateMention| {
            s.tokens
                .iter()
                .rposition(|t| t.span.end <= m.span.start && t.shape != Shape::Star)
                .is_some_and(|j| modality::compared_level(s, j))
        };
        let dates = || {
            s.dates
                .iter()
                .filter(|m| in_reach(s, m, group.as_ref()) && !compared_date(m))
        };
        let deadline = dates()
            .find(|m| m.role == Role::By && m.span.start >= span.end)
            .or_else(|| dates().rfind(|m| m.role == Role::By))
            .or_else(|| dates().find(|m| m.role == Role::At))
            .and_then(|m| m.period.clone())
            .or_else(|| {
                // "in the 2020-2025 tenure will strive to develop 230-250 cooperatives": a level
                // set as a goal of a term is due at its end; a flow runs over the term ("Pada
                // periode 2018-2020 ... pembentukan 250 koperasi baru").
                let term = dates().find(|m| m.role == Role::Term)?.period.clone()?;
                Some(match term {
                    Period::Between(_, end) if !flow => *end,
                    other => other,
                })
            });
        return deadline
            .or_else(|| paragraph.tasks.clone().flatten())
            .or_else(|| paragraph.deadline.clone())
            .or(reference_year);
    }
    let since = s
        .dates
        .iter()
        .rev()
        .find(|m| m.role == Role::Since && m.span.end <= span.start);
    if let (Some((since, from)), Some(end)) = (
        since.and_then(|m| Some((m, m.period.as_ref()?))),
        &reference_year,
    ) {
        let nearer = s.dates.iter().any(|m| {
            matches!(m.role, Role::At | Role::By)
                && m.span.start > since.span.end
                && m.span.end <= span.start
        });
        if !nearer {
            // "Since July 1, 2025, ... set up 96 new cooperatives, raising the total to 1,106":
            // a level of what the indicators count is where the span ends (what was done over
            // it, "supported 79 cooperatives", and a change run over it).
            if !flow && kind != Kind::Change && found.indicator != Indicator::Other {
                return Some(match from {
                    Period::Between(_, last) => (**last).clone(),
                    _ => end.clone(),
                });
            }
            // "Từ năm 2002 - 2021": the span is already whole.
            if let Period::Between(..) = from {
                return Some(from.clone());
            }
            return Some(Period::Between(
                Box::new(from.clone()),
                Box::new(end.clone()),
            ));
        }
    }
    // "Năm 2023, ... . Hiện nay tỉnh có 67 HTX": a word of the present before the figure
    // dates it by the report, not by an earlier year the paragraph carries (a date of the
    // report's own year, "the first six months of 2022", says more and is kept).
    let now = || {
        let word = s
            .terms_in(s.span.start..span.start)
            .filter(|m| m.key == Term::Now)
            .last()?;
        let dated_between = s
            .dates
            .iter()
            .any(|m| m.span.start >= word.span.end && m.span.end <= span.start);
        let reference = reference_year.clone()?;
        let carried = paragraph.carried.clone();
        let same_year = carried
            .as_ref()
            .is_some_and(|c| c.year() == reference.year());
        if dated_between {
            return None;
        }
        if same_year {
            carried
        } else {
            Some(reference)
        }
    };
    // "During the 2021-2025 period, 320 new cooperatives were established.\nTotal charter
    // capital stood at VND1.25 trillion": a span of years dates what was done over it, and
    // what its paragraph goes on to say, not a level of a later paragraph.
    let span_of_years = |c: &Period| {
        matches!(c, Period::Between(a, b)
            if matches!(**a, Period::Year(_)) && matches!(**b, Period::Year(_)))
    };
    let carried = paragraph
        .carried
        .clone()
        .filter(|c| flow || paragraph.carried_here || !span_of_years(c))
        .map(|c| match c {
            // "9 tháng đầu năm 2025, ... thành lập mới 35 HTX.\nXã Minh Tân có 12 HTX": a level
            // of a later paragraph is where the span of months ended.
            Period::Between(_, end)
                if !flow && !paragraph.carried_here && matches!(*end, Period::Month(..)) =>
            {
                *end
            }
            other => other,
        });
    match sentence_date(s, span) {
        // "Cách đây 5 năm, toàn tỉnh chỉ có 350 HTX" with no date to count back from: the
        // figure is of a year not known, not of the year the paragraph carries.
        Some(own) => own.period.clone(),
        None => now()
            .or(carried)
            .or(reference_year)
            .or_else(|| d.title_year.clone()),
    }
}

/// "Toàn tỉnh có 245 sản phẩm OCOP. ... Các HTX sở hữu 98 sản phẩm, chiếm 40%": products
/// counted with nothing said of them, after a count of OCOP products, are OCOP products.
fn bare_products_after_ocop(s: &Sentence<'_>, i: usize, last: Option<&LastCount>) -> bool {
    if last.is_none_or(|c| c.what.indicator != Indicator::OcopProducts) {
        return false;
    }
    let token = &s.tokens[i].span;
    s.terms_in(token.end..s.span.end).next().is_some_and(|m| {
        m.key == Term::Products
            && s.slice(token.end..m.span.start).trim().is_empty()
            && s.slice(m.span.end..s.span.end)
                .trim_start()
                .chars()
                .next()
                .is_none_or(rules::is_mark)
    })
}

/// Marks that open the items of a list, one per line.
const BULLETS: [char; 6] = ['-', '+', '•', '*', '–', '·'];

/// The year of a document's title: its first line, when it reads as a title (short, with no
/// full stop, with a body after it) and names one date, a year that dates what is in it. A
/// title that names a goal or a plan ("Lạng Sơn đặt mục tiêu 500 HTX năm 2030", "Kế hoạch
/// năm 2025") names the year of the goal, not of the report's figures.
fn title_year(
    text: &str,
    dates: &[crate::dates::DateMention],
    terms: &[Mention<Term>],
) -> Option<Period> {
    let line_end = text.find('\n')?;
    let line = text[..line_end].trim_end();
    let planned = terms
        .iter()
        .take_while(|m| m.span.end <= line_end)
        .any(|m| matches!(m.key, Term::Target | Term::Tasks | Term::Plan));
    if planned
        || line.len() > MAX_HEADLINE
        || line.ends_with('.')
        || text[line_end..].trim().is_empty()
    {
        return None;
    }
    let mut in_line = dates.iter().take_while(|m| m.span.end <= line_end);
    match (in_line.next(), in_line.next()) {
        (Some(only), None) if only.role == Role::At => {
            only.period.clone().filter(|p| matches!(p, Period::Year(_)))
        }
        _ => None,
    }
}

/// The star levels named after an OCOP count: "34 3-star and 4-star", "18 products have
/// achieved 4 stars", "bintang 3 atau lebih", "tiềm năng 5 sao".
fn star_scope(s: &Sentence<'_>, i: usize) -> Option<StarScope> {
    let start = s.tokens[i].span.end;
    let end = s.next_start(i);
    // Star levels in parentheses after the first are a remark ("3 4-star OCOP products
    // (upgraded from 3 stars to 4 stars)").
    let stars: Vec<&crate::tokens::Token> = s.tokens[i + 1..]
        .iter()
        .take_while(|t| {
            t.shape == Shape::Star
                && t.span.start < end
                && s.paren_of(t.span.start).is_none_or(|g| g.contains(&start))
        })
        .collect();
    let first = stars.first()?;
    let before = s.lower(start..first.span.start);
    if before.contains("tiềm năng") || before.contains("potential") {
        return Some(StarScope::PotentialFive);
    }
    let mut scope: Option<StarScope> = None;
    for t in &stars {
        for v in [Some(t.amount.value()), t.amount.max()]
            .into_iter()
            .flatten()
        {
            let Some(n) = u8::try_from(v.trunc().mantissa())
                .ok()
                .and_then(|n| Stars::new(n).ok())
            else {
                continue;
            };
            scope = Some(scope.map_or(StarScope::only(n), |sc| sc.with(n)));
        }
    }
    let last = stars.last()?;
    let after = s.lower(last.span.end..end);
    let or_higher = [
        "trở lên",
        "or higher",
        "or more",
        "atau lebih",
        "ke atas",
        "and above",
    ]
    .iter()
    .any(|w| after.contains(w));
    // "with at least three stars", "rated no less than three stars", "tối thiểu 3 sao".
    let at_least_before = [
        "at least",
        "no less than",
        "ít nhất",
        "tối thiểu",
        "setidaknya",
        "minimal",
    ]
    .iter()
    .any(|w| before.trim_end().ends_with(w));
    match (scope, or_higher || at_least_before) {
        (Some(sc), true) => sc
            .levels()
            .first()
            .map(|&stars| StarScope::AtLeast { stars }),
        (sc, _) => sc,
    }
}

/// What makes two figures of one document the same statement: everything but where it was
/// said. The period is kept apart, since a headline's figure repeats the body's without its
/// date. The note is left out (a headline says less of a figure than the body), except for
/// an `other` figure, which its note names: "đạt 100% kế hoạch" of revenue and of new
/// cooperatives are two figures.
#[derive(PartialEq, Eq, Hash)]
struct Statement<'o> {
    indicator: Indicator,
    /// The note of an `other` figure.
    names: Option<&'o str>,
    value: Decimal,
    max: Option<Decimal>,
    unit: Unit,
    qualifier: Qualifier,
    kind: Kind,
    area: &'o Area,
    stars: Option<StarScope>,
}

impl<'o> Statement<'o> {
    fn of(obs: &'o Observation) -> Self {
        Statement {
            indicator: obs.indicator,
            names: (obs.indicator == Indicator::Other).then_some(obs.scope.note.as_str()),
            value: obs.value,
            max: obs.max,
            unit: obs.unit,
            qualifier: obs.qualifier,
            kind: obs.kind,
            area: &obs.area,
            stars: obs.scope.stars,
        }
    }
}

/// What a headline says of a figure the body says more of: the quantity and the value, without
/// hedge, scope or date.
#[derive(PartialEq, Eq, Hash)]
struct Headline<'o> {
    indicator: Indicator,
    value: Decimal,
    max: Option<Decimal>,
    unit: Unit,
    kind: Kind,
    area: &'o Area,
}

impl<'o> Headline<'o> {
    fn of(obs: &'o Observation) -> Self {
        Headline {
            indicator: obs.indicator,
            value: obs.value,
            max: obs.max,
            unit: obs.unit,
            kind: obs.kind,
            area: &obs.area,
        }
    }
}

/// A figure repeated with the same meaning (headline, lead, body) is kept once; the repeats
/// are reported as diagnostics. The same figure twice in one sentence is two figures. A
/// figure of a headline that names no date repeats a body figure of any period: the body says
/// when ("TOÀN TỈNH CÓ 833 HỢP TÁC XÃ" over "đến ngày 30/6/2015, toàn tỉnh có ... 833 hợp tác
/// xã"), and also its hedge and scope, which a headline drops ("Cả nước có 10.756 hợp tác xã"
/// over "cả nước có hơn 10.756 hợp tác xã nông nghiệp"). Linear in the number of figures.
fn remove_repeats(out: &mut Extraction, headline: Range<usize>) {
    let in_headline = |obs: &Observation| obs.provenance.span.end <= headline.end;
    let repeated: Vec<bool> = {
        let all = &out.observations;
        let said_in_body: FxHashSet<Headline<'_>> = if headline.is_empty() {
            FxHashSet::default()
        } else {
            all.iter()
                .filter(|obs| !in_headline(obs))
                .map(Headline::of)
                .collect()
        };
        // Where each statement was first read: the same figure twice in one sentence is two
        // figures ("17 HTX đăng ký thành lập mới ...; 17 HTX ngừng hoạt động"), not a repeat.
        let mut seen: FxHashMap<(Statement<'_>, &Option<Period>), usize> = FxHashMap::default();
        all.iter()
            .map(|obs| {
                let statement = Statement::of(obs);
                let sentence = obs.provenance.sentence.start;
                (in_headline(obs) && said_in_body.contains(&Headline::of(obs)))
                    || *seen.entry((statement, &obs.period)).or_insert(sentence) != sentence
            })
            .collect()
    };
    let mut kept: Vec<Observation> = Vec::with_capacity(out.observations.len());
    for (obs, repeated) in out.observations.drain(..).zip(repeated) {
        if repeated {
            out.diagnostics.push(Diagnostic {
                span: obs.provenance.span.clone(),
                text: obs.value.to_string(),
                reason: Reason::Repeated,
            });
        } else {
            kept.push(obs);
        }
    }
    out.observations = kept;
}

/// Where a headline ends in the original text: the first sentence of a report that gives an
/// observation, among its opening short ones (page chrome such as "Share Facebook Twitter" or
/// "1,234 views" may come before it), when more text follows it, no full stop ends it and it
/// has no date of its own. Empty when the report opens with no such sentence. Sentences, not
/// lines: a page scraped without line breaks runs its headline into the body, and the sentence
/// splitter still finds where the body begins.
fn headline(
    normalized: &Normalized,
    opening: &[Range<usize>],
    dates: &[crate::dates::DateMention],
    observations: &[Observation],
) -> Range<usize> {
    let text = normalized.as_str();
    for span in opening {
        let line = &text[span.clone()];
        // The body has begun: a sentence, or a paragraph too long for a title.
        if line.len() > MAX_HEADLINE || line.ends_with('.') {
            break;
        }
        let original = normalized.original_range(span.clone());
        if observations
            .iter()
            .any(|o| original.contains(&o.provenance.span.start))
        {
            let dated = dates
                .iter()
                .any(|d| d.span.start >= span.start && d.span.end <= span.end);
            return if !dated && !text[span.end..].trim().is_empty() {
                0..original.end
            } else {
                0..0
            };
        }
    }
    0..0
}

/// How many opening sentences are searched for a headline.
const HEADLINE_SENTENCES: usize = 5;

/// Longest first line read as a headline, in bytes: real headlines stay under 200.
const MAX_HEADLINE: usize = 300;

/// Most words between a level and a change right after it ("là 851, tăng 183", "an increase
/// of 18").
const CHANGE_AFTER_LEVEL_WORDS: usize = 3;

/// Whether the change at `i` follows right after the level `running` (ending at
/// `running_end`) with nothing but a few words of change between: "Số HTX là thành viên của
/// liên hiệp HTX là 851, tăng 183 hợp tác xã", "851 member cooperatives, up 183
/// cooperatives". Such a change, even with its own noun, is a change of what the level counts.
fn change_right_after_level(
    s: &Sentence<'_>,
    i: usize,
    running: Option<&Attribution>,
    running_end: usize,
    found: &Attribution,
) -> bool {
    let Some(level) = running.filter(|r| r.indicator == found.indicator) else {
        return false;
    };
    let previous = s.tokens[..i].iter().rev().find(|t| t.shape != Shape::Star);
    if previous.is_none_or(|t| t.span.end != running_end) {
        return false;
    }
    let between = s.slice(level.noun_end.max(running_end)..s.tokens[i].span.start);
    between
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        <= CHANGE_AFTER_LEVEL_WORDS
}
