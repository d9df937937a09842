//! Dates and periods in report prose: "As of December 15, 2023", "by the end of 2024", "năm
//! 2023", "quý II/2020", "29 Februari 2024", "by July this year", "compared to 2022".

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::{Captures, Regex, RegexSet, SetMatches};
use rust_decimal::prelude::ToPrimitive;
use vncoop_model::Period;
use vncoop_text::{fold, parse_number, Lang};

use crate::window::{starts_with_word, tail};

/// What a date does in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The time the figures refer to: "as of", "in", "năm".
    At,
    /// A deadline: "by the end of 2024", "đến năm 2030", "pada akhir tahun".
    By,
    /// The start of a span: "from 2020", "since", "từ năm".
    Since,
    /// What a change is measured against: "compared to 2022", "so với năm 2011".
    Baseline,
    /// A term of office ("nhiệm kỳ 2025–2030", "the 2020-2025 tenure"): never the period of
    /// an achieved figure; its end is the horizon of goals set for the term.
    Term,
    /// When a page was posted ("Update 07-09-2019 06:11") or, written without its year, when
    /// an event took place ("on July 20", "ngày 29/12"): it dates the page or the event, not a
    /// figure.
    Stamp,
    /// The day a decision, a resolution or a report was signed, written after its code
    /// ("Quyết định số 1490/QĐ-TTg ngày 27/11/2023", "Report No. 768/BC-BTC dated December 12,
    /// 2025"): part of its name, neither a figure's period nor the page's date.
    Signed,
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub span: Range<usize>,
    /// What the date names; `None` for a day written without its year ("on February 2") in a
    /// document with no reference date: its words are still no figure.
    pub period: Option<Period>,
    pub role: Role,
}

const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTHS_ID: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A number of months or years, in digits or in English words ("4", "four").
fn count_of(c: &Captures<'_>, group: usize) -> Option<u32> {
    let written = c.get(group)?.as_str();
    // Digits, or a number word of any of the three languages ("six", "sáu", "enam").
    [Lang::En, Lang::Vi, Lang::Id]
        .into_iter()
        .find_map(|lang| parse_number(written, lang).ok())?
        .to_u32()
}

/// The first `months` months of a year, as the most precise period that says it: a quarter,
/// a half, the whole year, or the months from January.
fn first_months_of(year: i32, months: u32) -> Option<Period> {
    Some(match months {
        3 => Period::Quarter(year, 1),
        6 => Period::Half(year, 1),
        12 => Period::Year(year),
        1..=11 => Period::Between(
            Box::new(Period::Month(year, 1)),
            Box::new(Period::Month(year, months)),
        ),
        _ => return None,
    })
}

/// "4 tháng đầu năm 2024", "the first four months of the year": the year written, or else the
/// year of the reference date, or the year before when those months are not over by then.
fn first_months(c: &Captures<'_>, reference: Option<NaiveDate>) -> Option<Period> {
    use chrono::Datelike;
    let (months, year) = [(1, 2), (3, 4), (5, 6), (7, 8)]
        .into_iter()
        .find_map(|(m, y)| Some((count_of(c, m)?, c.get(y))))?;
    let year = match year {
        Some(y) => y.as_str().parse().ok()?,
        None => {
            let reference = reference?;
            reference.year() - i32::from(reference.month() < months)
        }
    };
    first_months_of(year, months)
}

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS_EN
        .iter()
        .position(|m| *m == name)
        .or_else(|| MONTHS_ID.iter().position(|m| *m == name))
        .and_then(|i| u32::try_from(i + 1).ok())
}

struct Patterns {
    day_month_name: Regex,
    month_name_day: Regex,
    month_name_year: Regex,
    month_name_day_alone: Regex,
    day_month_name_alone: Regex,
    vi_day_alone: Regex,
    numeric_day: Regex,
    iso_day: Regex,
    vi_month: Regex,
    quarter: Regex,
    first_half: Regex,
    first_months: Regex,
    years_ago: Regex,
    this_year: Regex,
    year_range: Regex,
    year: Regex,
}

// The patterns are constants and the unit tests below run every one of them. Word boundaries
// are ASCII ones: Unicode boundaries keep the regex engine off its fast paths on Vietnamese
// text, and every pattern starts and ends with a digit or an ASCII letter.
#[allow(clippy::expect_used)]
fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let months = format!("{}|{}", MONTHS_EN.join("|"), MONTHS_ID.join("|"));
        let re = |s: &str| Regex::new(s).expect("a valid date pattern");
        Patterns {
            day_month_name: re(&format!(r"(?i)(?-u:\b)(\d{{1,2}}) ({months}),? (\d{{4}})(?-u:\b)")),
            month_name_day: re(&format!(r"(?i)(?-u:\b)({months}) (\d{{1,2}}),? (\d{{4}})(?-u:\b)")),
            month_name_year: re(&format!(r"(?i)(?-u:\b)({months}),? (?:tahun )?(\d{{4}})(?-u:\b)")),
            // A day without its year: "on July 20", "20 Juli", "ngày 20/7".
            month_name_day_alone: re(&format!(r"(?i)(?-u:\b)({months}) (\d{{1,2}})(?-u:\b)")),
            day_month_name_alone: re(&format!(r"(?i)(?-u:\b)(\d{{1,2}}) ({months})(?-u:\b)")),
            vi_day_alone: re(r"(?i)(?-u:\b)ngày (\d{1,2})[/-](\d{1,2})(?-u:\b)"),
            // "29/12/2023", and "07-09-2019" in page datelines.
            numeric_day: re(r"(?-u:\b)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?-u:\b)"),
            iso_day: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"),
            vi_month: re(r"(?i)(?-u:\b)tháng (\d{1,2})(?:/|-| năm )(\d{4})(?-u:\b)"),
            // "quý II/2020", "triwulan pertama 2025", "Q1 2025", "the first quarter of 2025".
            quarter: re(r"(?i)(?-u:\b)(?:(?:quý|quarter|kuartal|triwulan) (I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)|q([1-4])|(first|second|third|fourth) quarter)(?:/| năm | of | tahun | )(\d{4})(?-u:\b)"),
            // Six months from January are read by `first_months`.
            first_half: re(r"(?i)(?-u:\b)(?:first half of|semester i(?: tahun)?) (\d{4})(?-u:\b)"),
            // "4 tháng đầu năm 2024", "the first four months of the year", "9 tháng năm 2024",
            // "10 bulan pertama tahun 2024": the months from January.
            first_months: re(r"(?i)(?-u:\b)(?:(\d{1,2}|sáu|chín) tháng đầu năm(?: (\d{4}))?|(\d{1,2}) tháng năm (\d{4})|first (\d{1,2}|[a-z]+) months of (?:the year|(\d{4}))|(\d{1,2}|tiga|enam|sembilan) bulan pertama (?:tahun ini|(?:tahun )?(\d{4})))(?-u:\b)"),
            // "10 năm trước", "cách đây 10 năm", "ten years ago", "10 tahun yang lalu"; "trong
            // 5 năm trước" and "5 năm trước đó" are spans of years, read and set aside.
            years_ago: re(r"(?i)(?-u:\b)(?:(trong) )?(?:cách đây (\d{1,2}) năm(?-u:\b)|(\d{1,2}) năm trước(?-u:\b)( đó)?|(\d{1,2}|[a-z]+) years ago(?-u:\b)|(\d{1,2}) tahun (?:yang )?lalu(?-u:\b))"),
            this_year: re(&format!(r"(?i)(?-u:\b)(?:({months}) )?(this year|năm nay|tahun ini|the past year|last year|năm ngoái|tahun lalu)(?-u:\b)")),
            // "2021-2025", "2021 – 2025", and "2026–30" with the century left out.
            year_range: re(r"(?-u:\b)(19[7-9]\d|20\d\d)(?: ?[-–] ?(19[7-9]\d|20\d\d)|[-–](\d\d))(?-u:\b)"),
            year: re(r"(?-u:\b)(19[7-9]\d|20\d\d)(?-u:\b)"),
        }
    })
}

/// Words before a date that give its role, folded, longest first.
const ROLE_WORDS: &[(&str, Role)] = &[
    ("compared to the end of", Role::Baseline),
    ("compared to the same period of", Role::Baseline),
    ("compared to", Role::Baseline),
    ("compared with", Role::Baseline),
    ("higher than that in", Role::Baseline),
    ("compared to that in", Role::Baseline),
    ("compared to that of", Role::Baseline),
    ("compared with that in", Role::Baseline),
    ("than that in", Role::Baseline),
    ("than that of", Role::Baseline),
    ("than those in", Role::Baseline),
    ("than those of", Role::Baseline),
    ("than the same period of", Role::Baseline),
    ("than at the end of", Role::Baseline),
    ("than the end of", Role::Baseline),
    ("than in", Role::Baseline),
    ("than at", Role::Baseline),
    ("as against", Role::Baseline),
    ("against", Role::Baseline),
    ("than", Role::Baseline),
    ("so voi cung ky nam", Role::Baseline),
    ("so voi thoi diem", Role::Baseline),
    ("so voi nam", Role::Baseline),
    ("so voi", Role::Baseline),
    ("dibandingkan dengan tahun", Role::Baseline),
    ("dibandingkan tahun", Role::Baseline),
    ("dibandingkan dengan", Role::Baseline),
    ("dibandingkan", Role::Baseline),
    ("by the end of", Role::By),
    ("by end of", Role::By),
    ("until the end of", Role::By),
    ("by", Role::By),
    ("until", Role::By),
    ("den het nam", Role::By),
    ("den nam", Role::By),
    ("den het", Role::By),
    ("den", Role::By),
    ("pada akhir tahun", Role::By),
    ("hingga akhir tahun", Role::By),
    ("hingga tahun", Role::By),
    ("hingga", Role::By),
    ("from", Role::Since),
    ("since", Role::Since),
    ("tu nam", Role::Since),
    // "Kể từ ngày 1/7/2025": "từ ngày" alone is often when an event took effect ("hợp nhất
    // ... từ ngày 1/7/2025, tỉnh ... có 818 HTX"), no span of the figures.
    ("ke tu ngay", Role::Since),
    ("tu", Role::Since),
    ("sejak tahun", Role::Since),
    ("sejak", Role::Since),
    ("dari tahun", Role::Since),
];

/// Words that make a year part of a name ("Law on Cooperatives 2023", "Nghị định 151/2007").
const NAME_WORDS: &[&str] = &[
    "law",
    "luat",
    "undang",
    "decree",
    "nghi dinh",
    "resolution",
    "nghi quyet",
    "decision",
    "quyet dinh",
    "keputusan",
    "forum",
    "notice",
    "congress",
    "dai hoi",
];

/// Words that open a comparison: a date after them, with no figure or comma between, is the
/// baseline ("so với cùng kỳ năm 2023", "dibandingkan periode yang sama tahun 2022").
const BASELINE_OPENERS: &[&str] = &[
    "so voi",
    "compared",
    "dibandingkan",
    "over the same",
    "than that",
    "than those",
    // "nearly double the figure in 2019", "gấp đôi năm 2019".
    "double",
    "twice",
    "triple",
    "gap doi",
    "gap ba",
];

/// Words around a span of years that make it a term of office ("nhiệm kỳ 2025–2030", "the
/// 2020-2025 term", "periode 2021–2026"): not the period of any figure.
const TERM_BEFORE: &[&str] = &["nhiem ky", "periode", "tenure", "term"];
const TERM_AFTER: &[&str] = &["term", "tenure"];
/// Words that make "periode" a span of years, not a term: "selama periode 2021-2025".
const DURING_PERIOD: &[&str] = &["selama periode", "dalam periode", "sepanjang periode"];

/// Whether `before` ends with a figure, maybe with its unit or noun, and "from" or "over" ("up
/// 41 percent from", "an increase of 12 over", "an increase of 11 million VND over"): what
/// follows is where a change started.
fn starts_a_change(before: &str) -> bool {
    let before = before.trim_end();
    ["from", "over"].iter().any(|w| {
        ends_with_ignoring_case(before, w)
            .filter(|rest| rest.ends_with(' '))
            .is_some_and(|rest| {
                rest.split_whitespace()
                    .rev()
                    .take(FIGURE_WORDS_BEFORE_FROM)
                    .any(|word| word.starts_with(|c: char| c.is_ascii_digit()))
            })
    })
}

/// Most words from a figure to the "from" or "over" of its change: the figure, a magnitude
/// and a unit ("11 million VND over 2023").
const FIGURE_WORDS_BEFORE_FROM: usize = 3;

/// What comes before `suffix` (ASCII) when `text` ends with it in any case.
fn ends_with_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    text.get(at..)
        .filter(|end| end.eq_ignore_ascii_case(suffix))
        .map(|_| &text[..at])
}

/// Whether `phrase` occurs in `text`: a plain scan, as the texts here are a few words long.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let Some(&first) = phrase.as_bytes().first() else {
        return true;
    };
    text.as_bytes()
        .windows(phrase.len())
        .any(|w| w[0] == first && w == phrase.as_bytes())
}

fn role_before(before: &str) -> Role {
    // "up 41 percent from 2013", "an increase of 338% over 2015": the start of a change is
    // its baseline.
    if starts_a_change(tail(before, 40)) {
        return Role::Baseline;
    }
    let folded = fold(tail(before, 40));
    // "cao gấp 1,2 lần năm 2023": what a level is a multiple of is its baseline.
    let trimmed = folded.trim_end();
    let trimmed = trimmed.strip_suffix(" nam").unwrap_or(trimmed);
    let multiple = trimmed.strip_suffix(" lan").is_some_and(|rest| {
        rest.ends_with(|c: char| c.is_ascii_digit()) && has_phrase(rest, "gap ")
    });
    if multiple {
        return Role::Baseline;
    }
    let by_suffix = ROLE_WORDS
        .iter()
        .find(|(w, _)| {
            // The last letter first: it rules out nearly every word without a comparison.
            folded.as_bytes().last() == w.as_bytes().last()
                && folded
                    .strip_suffix(w)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map(|(_, role)| *role);
    // An opener with no figure after it (folding has turned commas and semicolons into
    // spaces).
    let after_figures = folded
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(0, |at| at + 1);
    let compared = BASELINE_OPENERS
        .iter()
        .any(|w| has_phrase(&folded[after_figures..], w));
    let by_suffix = by_suffix.or_else(|| since_event(&folded).then_some(Role::Since));
    match by_suffix {
        // "4 times better than that by the end of 2012": a deadline word inside a comparison
        // names its baseline.
        Some(Role::By) if compared => Role::Baseline,
        Some(role) => role,
        None if compared => Role::Baseline,
        None => Role::At,
    }
}

/// Words that open the time since an event ("since the merger on July 1, 2025").
const SINCE_WORDS: [&str; 4] = ["since", "ke tu khi", "tu khi", "sejak"];

/// Words that date an event ("the merger on", "penggabungan pada", "sáp nhập ngày").
const EVENT_DATE_WORDS: [&str; 4] = ["on", "pada", "tanggal", "ngay"];

/// Most words of the event between a word of "since" and its date.
const SINCE_EVENT_WORDS: usize = 4;

/// Whether folded `before` ends with "since", a few words naming an event and the word that
/// dates it: "since the merger on", "sejak penggabungan pada", "kể từ khi sáp nhập ngày".
fn since_event(before: &str) -> bool {
    let Some(rest) = EVENT_DATE_WORDS.iter().find_map(|w| {
        before
            .trim_end()
            .strip_suffix(w)
            .filter(|rest| rest.ends_with(' '))
    }) else {
        return false;
    };
    let rest = rest.trim_end();
    SINCE_WORDS.iter().any(|since| {
        rest.rfind(since).is_some_and(|at| {
            let event = &rest[at + since.len()..];
            (at == 0 || rest.as_bytes()[at - 1] == b' ')
                && event.starts_with(' ')
                && !event.contains(|c: char| c.is_ascii_digit())
                && (1..=SINCE_EVENT_WORDS).contains(&event.split_whitespace().count())
        })
    })
}

/// Whether a clock time follows the date ("07-09-2019 06:11", "29/12/2023 | 14:05"): the
/// stamp of a posting.
fn is_time_stamp(text: &str, span: &Range<usize>) -> bool {
    let after = crate::window::head(&text[span.end..], 10);
    let after = after.trim_start_matches([' ', '|', '-', ',']);
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && after.as_bytes().get(digits) == Some(&b':')
        && after
            .as_bytes()
            .get(digits + 1)
            .is_some_and(u8::is_ascii_digit)
}

/// Whether the years at `span` name a term of office.
fn is_term_of_office(text: &str, span: &Range<usize>) -> bool {
    let before = fold(tail(&text[..span.start], 24));
    let before = before.trim_end();
    let after = fold(crate::window::head(&text[span.end..], 8));
    // "selama periode 2021-2025": what was done during a span of years, not a term.
    let during = DURING_PERIOD.iter().any(|w| before.ends_with(w));
    (!during && TERM_BEFORE.iter().any(|w| before.ends_with(w)))
        || TERM_AFTER
            .iter()
            .any(|w| starts_with_word(after.trim_start(), w))
}

fn is_part_of_name(before: &str) -> bool {
    // A name runs on one line: a headline ending "... new law" names nothing in the dateline
    // under it ("DONG XOAI, May 12, 2024").
    let before = tail(before, 40);
    let before = before.rsplit('\n').next().unwrap_or(before);
    // A short form in parentheses is no word of the name: "Luật hợp tác xã (HTX) năm 2012".
    let folded = fold(&without_parenthesised(before));
    // The last five words (folding leaves one space between words).
    let last = folded
        .rmatch_indices(' ')
        .nth(4)
        .map_or(folded.as_str(), |(at, _)| &folded[at + 1..]);
    NAME_WORDS.iter().any(|w| {
        if w.contains(' ') {
            has_phrase(last, w)
        } else {
            last.split(' ').any(|x| x == *w)
        }
    })
}

/// `text` without its closed parenthesised groups; a parenthesis still open (the year may be
/// inside it: "(theo Luật HTX năm 2012") keeps what follows it.
fn without_parenthesised(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        kept.push_str(&rest[..open]);
        kept.push(' ');
        rest = &rest[open + close + 1..];
    }
    kept.push_str(rest);
    kept
}

/// Whether the words right after a year make it part of a name, as English writes it: "the
/// 2012 Law on Cooperatives", "the 2023 Cooperative Law", "Decree 2020 ...".
fn names_what_follows(after: &str) -> bool {
    let folded = fold(crate::window::head(after, 24));
    let mut words = folded.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    NAMES_AFTER.contains(&first)
        || (matches!(first, "cooperative" | "cooperatives") && NAMES_AFTER.contains(&second))
}

/// Nouns of a law or decree written right after its year.
const NAMES_AFTER: [&str; 4] = ["law", "decree", "resolution", "constitution"];

/// Whether a document's code, digits and capitals about a slash, comes right before: the day
/// it was signed is part of its name ("Quyết định số 1490/QĐ-TTg ngày 27/11/2023", "Report
/// No. 768/BC-BTC dated December 12, 2025", "Nghị quyết 20-NQ/TW ngày 16/6/2022").
fn follows_document_code(before: &str) -> bool {
    tail(before, 40)
        .split_whitespace()
        .rev()
        .take(DOCUMENT_CODE_WORDS)
        .any(|word| {
            word.contains('/')
                && word.contains(|c: char| c.is_ascii_digit())
                && word.contains(char::is_uppercase)
        })
}

/// Most words between a document's code and its date, the code included ("1490/QĐ-TTg
/// ngày", "768/BC-BTC dated").
const DOCUMENT_CODE_WORDS: usize = 3;

/// The number of a quarter written as a numeral, a Roman numeral or an ordinal word.
fn quarter_number(s: &str) -> Option<u8> {
    match s.to_ascii_lowercase().as_str() {
        "i" | "1" | "first" | "pertama" => Some(1),
        "ii" | "2" | "second" | "kedua" => Some(2),
        "iii" | "3" | "third" | "ketiga" => Some(3),
        "iv" | "4" | "fourth" | "keempat" => Some(4),
        _ => None,
    }
}

fn number<T: std::str::FromStr>(c: &Captures<'_>, group: usize) -> Option<T> {
    c.get(group)?.as_str().parse().ok()
}

fn month(c: &Captures<'_>, group: usize) -> Option<u32> {
    month_number(c.get(group)?.as_str())
}

fn day(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Option<Period> {
    NaiveDate::from_ymd_opt(y?, m?, d?).map(Period::Day)
}

/// "this year", "by July this year", "last year": resolved from the reference date.
/// "10 năm trước", "ten years ago": the year that many years before the reference date's.
/// A span of years before ("trong 5 năm trước", "5 năm trước đó") is no year.
fn years_ago(c: &Captures<'_>, reference: Option<NaiveDate>) -> Option<Period> {
    use chrono::Datelike;
    if c.get(1).is_some() || c.get(4).is_some() {
        return None;
    }
    let years = [2, 3, 5, 6].into_iter().find_map(|g| count_of(c, g))?;
    let years = i32::try_from(years).ok().filter(|y| (1..=50).contains(y))?;
    Some(Period::Year(reference?.year().checked_sub(years)?))
}

fn relative_year(c: &Captures<'_>, reference: Option<NaiveDate>) -> Option<Period> {
    use chrono::Datelike;
    let phrase = c.get(2)?.as_str().to_lowercase();
    let last = ["last", "ngoái", "lalu"].iter().any(|w| phrase.contains(w));
    let y = reference?.year() - i32::from(last);
    Some(match month(c, 1) {
        Some(m) => Period::Month(y, m),
        None => Period::Year(y),
    })
}

/// A day written without its year ("on July 20"): the last such day on or before the
/// reference date. Without a reference date it is not resolved.
fn day_of_reference_year(
    m: Option<u32>,
    d: Option<u32>,
    reference: Option<NaiveDate>,
) -> Option<Period> {
    use chrono::Datelike;
    let reference = reference?;
    let (m, d) = (m?, d?);
    let year = if (m, d) > (reference.month(), reference.day()) {
        reference.year() - 1
    } else {
        reference.year()
    };
    day(Some(year), Some(m), Some(d))
}

/// Most years a span written without its end's century may cover ("2026–30").
const SHORT_SPAN_YEARS: i32 = 20;

/// The end year of a span from `start` written with its last two digits (`yy`, "2026–30"): later
/// than the start, within [`SHORT_SPAN_YEARS`], and above 12, so that "2024-06" stays a month.
fn end_in_century(start: i32, yy: i32) -> Option<i32> {
    let end = start - start % 100 + yy;
    (yy > 12 && end > start && end - start <= SHORT_SPAN_YEARS).then_some(end)
}

/// A bare year that is not part of a longer number or of a date already read ("1.384",
/// "151/2007").
fn is_bare_year(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let separator = |i: usize| matches!(bytes.get(i), Some(b'.' | b',' | b'/' | b'-'));
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let glued_before = span.start >= 2 && separator(span.start - 1) && digit(span.start - 2);
    let glued_after = separator(span.end) && digit(span.end + 1);
    !glued_before && !glued_after
}

/// How a date reader's dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// A full date, a month, a quarter or a half with its year.
    Dated,
    /// A day without its year ("on July 20", "ngày 29/12"): it dates an event, not the figures
    /// around it.
    Yearless,
    /// A year or a span of years alone: it must not be glued to other digits ("1.384",
    /// "151/2007").
    Bare,
    /// Years counted back from the reference date ("5 years ago"): without one it is still the
    /// figure's own date, of no known year.
    CountedBack,
}

/// Reads a period from a pattern's captures, given the reference date.
type Reader = fn(&Captures<'_>, Option<NaiveDate>) -> Option<Period>;

/// How many of the readers, from the first, read full days of the calendar (with their year).
const DAY_READERS: usize = 4;

/// Every date in `text`, in text order and without overlaps; the more precise readings are
/// tried first. `reference` resolves "this year"; without it such phrases are skipped.
#[cfg(test)]
pub(crate) fn find_dates(text: &str, reference: Option<NaiveDate>) -> Vec<DateMention> {
    DateScan::new(text).finish(reference)
}

/// The full days of the calendar in `text` ("29/12/2023", "December 15, 2023"): what
/// `find_dates` finds of them, with none of the other readings. They are tried first there,
/// so no other reading can take their place.
#[cfg(test)]
pub(crate) fn find_days(text: &str) -> Vec<DateMention> {
    DateScan::new(text).days_before(text.len())
}

/// A scan of a text's dates in two steps: the full days, which need no reference date, then
/// the rest, read against the reference the days may give (a dateline). A document's days are
/// searched once for both.
pub(crate) struct DateScan<'t> {
    text: &'t str,
    /// Which readers' patterns occur at all: one pass of all the patterns together, so that
    /// each pattern that does not occur costs no pass of its own.
    present: SetMatches,
    /// The dates read so far, by start, each with its end.
    found: Found,
}

/// Dates by start, each with its end, period and writing; they never overlap.
type Found = BTreeMap<usize, (usize, Option<Period>, Written)>;

impl<'t> DateScan<'t> {
    /// Reads the full days of `text`.
    pub(crate) fn new(text: &'t str) -> Self {
        let mut scan = DateScan {
            text,
            present: all_patterns().matches(text),
            found: Found::new(),
        };
        scan.read(None, 0..DAY_READERS);
        scan
    }

    /// The full days found that start before byte `end`, as `find_days` gives them.
    pub(crate) fn days_before(&self, end: usize) -> Vec<DateMention> {
        let found = self
            .found
            .range(..end)
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        mentions(self.text, found)
    }

    /// Every date, the days with those the other readers find where no day is, with
    /// `reference` resolving "this year".
    pub(crate) fn finish(mut self, reference: Option<NaiveDate>) -> Vec<DateMention> {
        self.read(reference, DAY_READERS..usize::MAX);
        mentions(self.text, self.found)
    }

    /// Adds the dates of the readers `tried` (by index in `readers()`) whose patterns occur, where
    /// no date was found before.
    fn read(&mut self, reference: Option<NaiveDate>, tried: Range<usize>) {
        let text = self.text;
        for (i, (regex, read, written)) in readers().into_iter().enumerate() {
            if !tried.contains(&i) || !self.present.matched(i) {
                continue;
            }
            for c in regex.captures_iter(text) {
                let Some(span) = c.get(0).map(|m| m.range()) else {
                    continue;
                };
                // The one date starting last before the span's end is the only one that can
                // overlap it.
                let overlaps = self
                    .found
                    .range(..span.end)
                    .next_back()
                    .is_some_and(|(_, (end, _, _))| *end > span.start);
                if overlaps || (written == Written::Bare && !is_bare_year(text, &span)) {
                    continue;
                }
                // A day without its year and no reference to give it one is still a date:
                // "on February 2" counts nothing.
                let period = read(&c, reference);
                let unresolved = matches!(written, Written::Yearless | Written::CountedBack);
                if period.is_some() || (unresolved && reference.is_none()) {
                    self.found.insert(span.start, (span.end, period, written));
                }
            }
        }
    }
}

/// Every reader's pattern, in the readers' order, to be searched together.
#[allow(clippy::expect_used)]
fn all_patterns() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        RegexSet::new(readers().iter().map(|(regex, _, _)| regex.as_str()))
            .expect("the date patterns, each valid, are valid together")
    })
}

/// The readers, most precise first, each with its pattern and how its dates are written.
fn readers() -> [(&'static Regex, Reader, Written); 16] {
    let p = patterns();
    use Written::{Bare, CountedBack, Dated, Yearless};
    [
        // "2017-07-20": an ISO date, as page datelines write it.
        (
            &p.iso_day,
            |c, _| day(number(c, 1), number(c, 2), number(c, 3)),
            Dated,
        ),
        (
            &p.month_name_day,
            |c, _| day(number(c, 3), month(c, 1), number(c, 2)),
            Dated,
        ),
        (
            &p.day_month_name,
            |c, _| day(number(c, 3), month(c, 2), number(c, 1)),
            Dated,
        ),
        (
            &p.numeric_day,
            |c, _| day(number(c, 3), number(c, 2), number(c, 1)),
            Dated,
        ),
        (
            &p.first_half,
            |c, _| Some(Period::Half(number(c, 1)?, 1)),
            Dated,
        ),
        (&p.first_months, first_months, Dated),
        (
            &p.quarter,
            |c, _| {
                let which = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
                Some(Period::Quarter(
                    number(c, 4)?,
                    quarter_number(which.as_str())?,
                ))
            },
            Dated,
        ),
        (
            &p.vi_month,
            |c, _| {
                let m = number(c, 1).filter(|m| (1..=12).contains(m))?;
                Some(Period::Month(number(c, 2)?, m))
            },
            Dated,
        ),
        (
            &p.month_name_year,
            |c, _| Some(Period::Month(number(c, 2)?, month(c, 1)?)),
            Dated,
        ),
        (&p.years_ago, years_ago, CountedBack),
        (&p.this_year, relative_year, Dated),
        (
            &p.month_name_day_alone,
            |c, r| day_of_reference_year(month(c, 1), number(c, 2), r),
            Yearless,
        ),
        (
            &p.day_month_name_alone,
            |c, r| day_of_reference_year(month(c, 2), number(c, 1), r),
            Yearless,
        ),
        (
            &p.vi_day_alone,
            |c, r| day_of_reference_year(number(c, 2), number(c, 1), r),
            Yearless,
        ),
        (
            &p.year_range,
            |c, _| {
                let a: i32 = number(c, 1)?;
                let b = number(c, 2).or_else(|| end_in_century(a, number(c, 3)?))?;
                Some(Period::Between(
                    Box::new(Period::Year(a)),
                    Box::new(Period::Year(b)),
                ))
            },
            Bare,
        ),
        (&p.year, |c, _| Some(Period::Year(number(c, 1)?)), Bare),
    ]
}

/// The dates `found`, in text order, without those that are part of a name, each with its
/// role.
fn mentions(text: &str, found: Found) -> Vec<DateMention> {
    found
        .into_iter()
        .map(|(start, (end, period, written))| (start..end, period, written))
        .filter(|(span, _, _)| {
            !is_part_of_name(&text[..span.start]) && !names_what_follows(&text[span.end..])
        })
        .map(|(span, period, written)| {
            let role =
                if matches!(period, Some(Period::Between(..))) && is_term_of_office(text, &span) {
                    Role::Term
                } else if follows_document_code(&text[..span.start]) {
                    Role::Signed
                } else if written == Written::Yearless || is_time_stamp(text, &span) {
                    Role::Stamp
                } else {
                    role_before(&text[..span.start])
                };
            DateMention { span, period, role }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One date of period `p` that dates the figures around it.
    fn at(p: &str) -> Vec<(String, Role)> {
        vec![(p.to_string(), Role::At)]
    }

    fn dates(text: &str) -> Vec<(String, Role)> {
        let reference = NaiveDate::from_ymd_opt(2024, 8, 28);
        find_dates(text, reference)
            .into_iter()
            .map(|d| (d.period.map_or("-".into(), |p| p.to_string()), d.role))
            .collect()
    }

    #[test]
    fn the_days_alone_are_the_days_of_all_dates() {
        let days = |found: Vec<DateMention>| -> Vec<(Range<usize>, Option<Period>, Role)> {
            found
                .into_iter()
                .filter(|d| matches!(d.period, Some(Period::Day(_))))
                .map(|d| (d.span, d.period, d.role))
                .collect()
        };
        for text in [
            "Ngày 29/12/2023, tỉnh có 351 sản phẩm; ngày 20/7 năm nay và tháng 12/2023.",
            "Hanoi, 2017-07-20 - As of December 15, 2023 (compared to 15 December 2022), 4 ha.",
            "Nomor 768/BC-BTC tanggal 20 Juli 2024, sejak 2020-2025 dan 2 Juli, tahun 2023.",
        ] {
            assert_eq!(
                days(find_days(text)),
                days(find_dates(text, None)),
                "{text}"
            );
            assert!(!find_days(text).is_empty());
        }
    }

    #[test]
    fn english_dates_and_roles() {
        assert_eq!(
            dates("As of December 15, 2023, the province has 504 cooperatives (an increase of 37 compared to the end of 2022)."),
            [("2023-12-15".to_string(), Role::At), ("2022".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("by the end of 2024"),
            [("2024".to_string(), Role::By)]
        );
        assert_eq!(
            dates("By July this year, the whole"),
            [("2024-07".to_string(), Role::By)]
        );
        assert_eq!(
            dates("From 2020 to present"),
            [("2020".to_string(), Role::Since)]
        );
        assert_eq!(dates("under the Law on Cooperatives 2023"), []);
        assert_eq!(
            dates("Hanoi, 2017-07-20 - Vietnam has"),
            [("2017-07-20".to_string(), Role::At)]
        );
        // A month and year joined by a hyphen, as Vietnamese papers write them.
        assert_eq!(
            dates("đến đầu tháng 10-2016, trên địa bàn"),
            [("2016-10".to_string(), Role::At)]
        );
        // Not a day of the calendar: no date, and no year read from it either.
        assert!(dates("code 2017-13-45")
            .iter()
            .all(|(p, _)| p != "2017-13-45"));
    }

    #[test]
    fn the_first_months_of_a_year_run_from_january() {
        let period = |text: &str| dates(text).into_iter().map(|(p, _)| p).collect::<Vec<_>>();
        assert_eq!(
            period("Trong 4 tháng đầu năm 2017, thành lập"),
            ["2017-01/2017-04"]
        );
        assert_eq!(period("trong 9 tháng năm 2023 huyện"), ["2023-01/2023-09"]);
        assert_eq!(
            period("In the first 10 months of 2024, 12"),
            ["2024-01/2024-10"]
        );
        assert_eq!(
            period("Dalam 4 bulan pertama tahun 2024, 12"),
            ["2024-01/2024-04"]
        );
        // The most precise period that says it.
        assert_eq!(period("the first three months of 2024"), ["2024-Q1"]);
        assert_eq!(period("in the first six months of 2022, 15"), ["2022-H1"]);
        assert_eq!(period("6 tháng đầu năm 2022, toàn tỉnh"), ["2022-H1"]);
        assert_eq!(period("6 bulan pertama 2022 ada"), ["2022-H1"]);
        // Written as a word.
        assert_eq!(
            period("Dalam enam bulan pertama tahun 2024, provinsi"),
            ["2024-H1"]
        );
        assert_eq!(period("Sáu tháng đầu năm 2024, toàn tỉnh"), ["2024-H1"]);
        assert_eq!(period("first half of 2022, 15"), ["2022-H1"]);
        // Words that are no number of months leave the year alone.
        assert_eq!(period("the first few months of 2024"), ["2024"]);
        assert_eq!(period("12 tháng năm 2023"), ["2023"]);
        // Without a year: the reference year (2024-08-28), or the year before when those
        // months are not over yet.
        assert_eq!(
            period("In the first four months of the year, 5"),
            ["2024-01/2024-04"]
        );
        assert_eq!(period("trong 10 tháng đầu năm, 5"), ["2023-01/2023-10"]);
        assert_eq!(period("4 bulan pertama tahun ini"), ["2024-01/2024-04"]);
        // Not a number of months.
        assert_eq!(period("first 13 months of 2024"), ["2024"]);
    }

    #[test]
    fn vietnamese_and_indonesian_dates() {
        assert_eq!(
            dates("đến hết quý II/2020, toàn tỉnh"),
            [("2020-Q2".to_string(), Role::By)]
        );
        for text in [
            "Since the merger on July 1, 2025, the province",
            "Kể từ ngày 1/7/2025, tỉnh",
            "Sejak penggabungan pada 1 Juli 2025, provinsi",
        ] {
            let roles: Vec<Role> = dates(text).into_iter().map(|(_, r)| r).collect();
            assert_eq!(roles, [Role::Since], "{text}");
        }
        // When a merger took effect is no span of what the province has after it.
        assert_eq!(
            dates("hợp nhất hai tỉnh từ ngày 1/7/2025, tỉnh mới có 818 HTX"),
            [("2025-07-01".to_string(), Role::At)]
        );
        for (text, quarter) in [
            ("quý 1 năm 2025", "2025-Q1"),
            ("Pada triwulan pertama 2025, ada", "2025-Q1"),
            ("kuartal III tahun 2024", "2024-Q3"),
            ("in the first quarter of 2025", "2025-Q1"),
            ("in Q4 2024", "2024-Q4"),
            ("the third quarter 2023", "2023-Q3"),
        ] {
            let found: Vec<String> = dates(text).into_iter().map(|(p, _)| p).collect();
            assert_eq!(found, [quarter], "{text}");
        }
        assert_eq!(
            dates("tại thời điểm 31/12/2018 là"),
            [("2018-12-31".to_string(), Role::At)]
        );
        assert_eq!(
            dates("tăng 56 HTX so với năm 2011"),
            [("2011".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("pada tanggal 29 Februari 2024 ada"),
            [("2024-02-29".to_string(), Role::At)]
        );
        assert_eq!(dates("theo Nghị định số 151/2007"), []);
        // A headline ending in a name word does not reach the dateline under it.
        assert_eq!(
            dates("Cooperatives adapt to new law\nDONG XOAI, May 12, 2024 - The province"),
            [("2024-05-12".to_string(), Role::At)]
        );
    }

    #[test]
    fn comparisons_with_a_gap_are_baselines() {
        assert_eq!(
            dates("tăng 6,94% so với cùng kỳ năm 2023"),
            [("2023".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("meningkat 5,3% dibandingkan periode yang sama tahun 2022"),
            [("2022".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("up 12% compared with the same period of 2021"),
            [("2021".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("an increase of 338% over 2015 and 106% over 2018"),
            [
                ("2015".to_string(), Role::Baseline),
                ("2018".to_string(), Role::Baseline)
            ]
        );
        // A count before "over" or "from": the baseline of a change.
        assert_eq!(
            dates("reached 215, an increase of 12 over 2023"),
            [("2023".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("up 3.5 times and 4 times respectively against 2003"),
            [("2003".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("4 times better than that by the end of 2012"),
            [("2012".to_string(), Role::Baseline)]
        );
        // What a level doubles is its baseline.
        assert_eq!(
            dates("VND7.5 million a month, nearly double the figure in 2019"),
            [("2019".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("7,5 triệu đồng/tháng, gấp đôi năm 2019"),
            [("2019".to_string(), Role::Baseline)]
        );
        assert_eq!(
            dates("5,1 tỷ đồng/năm, cao gấp 1,2 lần năm 2023"),
            [("2023".to_string(), Role::Baseline)]
        );
        // A figure between the comparison and the year ends the comparison.
        assert_eq!(
            dates("so với năm trước tăng 5 HTX, năm 2023 có"),
            [("2023".to_string(), Role::At)]
        );
    }

    #[test]
    fn years_ago_are_the_years_before_the_reference_date() {
        assert_eq!(dates("10 năm trước tỉnh chỉ có"), at("2014"));
        assert_eq!(dates("cách đây 10 năm, tỉnh chỉ có"), at("2014"));
        assert_eq!(dates("ten years ago it had"), at("2014"));
        assert_eq!(dates("10 tahun yang lalu hanya"), at("2014"));
        assert_eq!(dates("10 tahun lalu hanya"), at("2014"));
        // Spans of years before are no year.
        assert!(dates("trong 5 năm trước, tỉnh").is_empty());
        assert!(dates("5 năm trước đó, tỉnh").is_empty());
    }

    #[test]
    fn spans_of_years_without_the_end_century() {
        assert_eq!(dates("In 2026–30 the alliance plans"), at("2026/2030"));
        assert_eq!(dates("giai đoạn 2021-25"), at("2021/2025"));
        assert_eq!(dates("the 2016-20 period"), at("2016/2020"));
        // Not a span: a month, an end before the start, a span too long.
        for text in ["2024-06 report", "2024-15 HTX", "2001-99"] {
            assert!(dates(text).iter().all(|(p, _)| !p.contains('/')), "{text}");
        }
    }

    #[test]
    fn terms_of_office_are_not_periods() {
        let term = |p: &str| vec![(p.to_string(), Role::Term)];
        assert_eq!(dates("Ban chấp hành nhiệm kỳ 2025–2030"), term("2025/2030"));
        assert_eq!(
            dates("In the first half of the 2020-2025 term, 51"),
            term("2020/2025")
        );
        assert_eq!(dates("periode 2021–2026"), term("2021/2026"));
        assert_eq!(
            dates("giai đoạn 2021-2025"),
            [("2021/2025".to_string(), Role::At)]
        );
    }

    #[test]
    fn a_year_before_law_is_part_of_its_name() {
        assert_eq!(dates("under the 2012 Law on Cooperatives"), []);
        assert_eq!(dates("thực hiện Luật hợp tác xã (HTX) năm 2012"), []);
        assert_eq!(dates("74 HTX chuyển đổi (theo Luật HTX năm 2012)"), []);
        assert_eq!(dates("the 2023 Cooperative Law took effect"), []);
        assert_eq!(dates("in 2012 the law"), [("2012".to_string(), Role::At)]);
    }

    #[test]
    fn the_day_a_document_was_signed_is_part_of_its_name() {
        let signed = |p: &str| vec![(p.to_string(), Role::Signed)];
        assert_eq!(
            dates("theo Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng"),
            signed("2023-11-27")
        );
        assert_eq!(
            dates("Report No. 768/BC-BTC dated December 12, 2025, by the Ministry"),
            signed("2025-12-12")
        );
        assert_eq!(
            dates("Keputusan Nomor 919/QD-TTg tanggal 1 Agustus 2022"),
            signed("2022-08-01")
        );
        // A date after a figure with a slash is no document's.
        assert_eq!(
            dates("đạt 139/143 HTX ngày 30/6/2023"),
            [("2023-06-30".to_string(), Role::At)]
        );
    }

    #[test]
    fn a_day_without_its_year_dates_an_event() {
        let stamp = |p: &str| vec![(p.to_string(), Role::Stamp)];
        // The reference date is 2024-08-28: a later day of the year is last year's.
        assert_eq!(
            dates("said at a conference on July 20."),
            stamp("2024-07-20")
        );
        assert_eq!(
            dates("Ngày 29/12, UBND tỉnh công nhận"),
            stamp("2023-12-29")
        );
        assert_eq!(dates("pada 5 Agustus, koperasi"), stamp("2024-08-05"));
        // With its year the day is read whole, and the role comes from the words before it.
        assert_eq!(
            dates("as of July 20, 2019"),
            [("2019-07-20".to_string(), Role::At)]
        );
        // Without a reference date such a day is not resolved, but it is still a date.
        let found = find_dates("on July 20", None);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].period.as_ref(), found[0].role),
            (None, Role::Stamp)
        );
    }

    #[test]
    fn a_date_with_a_clock_time_is_a_stamp() {
        let found = find_dates(
            "17 newly-established cooperatives Update 07-09-2019 06:11",
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].role, Role::Stamp);
        assert_eq!(
            found[0].period,
            Some(Period::Day(NaiveDate::from_ymd_opt(2019, 9, 7).unwrap()))
        );
        let found = find_dates("Ngày 29/12/2023, tỉnh có 351 sản phẩm", None);
        assert_eq!(found[0].role, Role::At);
    }
}
