//! Dates and periods in report prose: "As of December 15, 2023", "by the end of 2024", "năm
//! 2023", "quý II/2020", "29 Februari 2024", "by July this year", "compared to 2022".

use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;
use vncoop_model::Period;
use vncoop_text::{fold, Lang};

use crate::window::tail;

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
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub span: Range<usize>,
    pub period: Period,
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
    numeric_day: Regex,
    vi_month: Regex,
    quarter: Regex,
    first_half: Regex,
    this_year: Regex,
    year_range: Regex,
    year: Regex,
}

// The patterns are constants and the unit tests below run every one of them.
#[allow(clippy::expect_used)]
fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let months = format!("{}|{}", MONTHS_EN.join("|"), MONTHS_ID.join("|"));
        let re = |s: &str| Regex::new(s).expect("a valid date pattern");
        Patterns {
            day_month_name: re(&format!(r"(?i)\b(\d{{1,2}}) ({months}),? (\d{{4}})\b")),
            month_name_day: re(&format!(r"(?i)\b({months}) (\d{{1,2}}),? (\d{{4}})\b")),
            month_name_year: re(&format!(r"(?i)\b({months}),? (?:tahun )?(\d{{4}})\b")),
            numeric_day: re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
            vi_month: re(r"(?i)\btháng (\d{1,2})(?:/| năm )(\d{4})\b"),
            quarter: re(r"(?i)\b(?:quý|quarter|kuartal) (I{1,3}|IV|[1-4])(?:/| năm | of | tahun )(\d{4})\b"),
            first_half: re(r"(?i)\b(?:6 tháng đầu năm|first (?:six|6) months of|first half of|6 bulan pertama(?: tahun)?|semester i(?: tahun)?) (\d{4})\b"),
            this_year: re(&format!(r"(?i)\b(?:({months}) )?(this year|năm nay|tahun ini|the past year|last year|năm ngoái|tahun lalu)\b")),
            year_range: re(r"\b(19[7-9]\d|20\d\d) ?[-–] ?(19[7-9]\d|20\d\d)\b"),
            year: re(r"\b(19[7-9]\d|20\d\d)\b"),
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
    ("than in", Role::Baseline),
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

fn role_before(before: &str) -> Role {
    let folded = fold(tail(before, 40));
    ROLE_WORDS
        .iter()
        .find(|(w, _)| {
            folded
                .strip_suffix(w)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map_or(Role::At, |(_, role)| *role)
}

fn is_part_of_name(before: &str) -> bool {
    let folded = fold(tail(before, 30));
    let words: Vec<&str> = folded.split(' ').collect();
    let last = words[words.len().saturating_sub(5)..].join(" ");
    NAME_WORDS
        .iter()
        .any(|w| last.split(' ').any(|x| x == *w) || (w.contains(' ') && last.contains(w)))
}

fn roman(s: &str) -> Option<u8> {
    match s.to_ascii_uppercase().as_str() {
        "I" | "1" => Some(1),
        "II" | "2" => Some(2),
        "III" | "3" => Some(3),
        "IV" | "4" => Some(4),
        _ => None,
    }
}

/// Every date in `text`, in text order and without overlaps. `reference` resolves "this year";
/// without it such phrases are skipped.
pub(crate) fn find_dates(
    text: &str,
    reference: Option<NaiveDate>,
    _lang: Lang,
) -> Vec<DateMention> {
    let p = patterns();
    let mut found: Vec<(Range<usize>, Period)> = Vec::new();
    let num = |s: &str| s.parse::<u32>().ok();
    let year = |s: &str| s.parse::<i32>().ok();
    let push =
        |found: &mut Vec<(Range<usize>, Period)>, span: Range<usize>, period: Option<Period>| {
            if let Some(period) = period {
                if !found
                    .iter()
                    .any(|(r, _)| r.start < span.end && span.start < r.end)
                {
                    found.push((span, period));
                }
            }
        };
    for c in p.month_name_day.captures_iter(text) {
        let d = NaiveDate::from_ymd_opt(
            year(&c[3]).unwrap_or(0),
            month_number(&c[1]).unwrap_or(0),
            num(&c[2]).unwrap_or(0),
        );
        push(
            &mut found,
            c.get(0).map_or(0..0, |m| m.range()),
            d.map(Period::Day),
        );
    }
    for c in p.day_month_name.captures_iter(text) {
        let d = NaiveDate::from_ymd_opt(
            year(&c[3]).unwrap_or(0),
            month_number(&c[2]).unwrap_or(0),
            num(&c[1]).unwrap_or(0),
        );
        push(
            &mut found,
            c.get(0).map_or(0..0, |m| m.range()),
            d.map(Period::Day),
        );
    }
    for c in p.numeric_day.captures_iter(text) {
        let d = NaiveDate::from_ymd_opt(
            year(&c[3]).unwrap_or(0),
            num(&c[2]).unwrap_or(0),
            num(&c[1]).unwrap_or(0),
        );
        push(
            &mut found,
            c.get(0).map_or(0..0, |m| m.range()),
            d.map(Period::Day),
        );
    }
    for c in p.first_half.captures_iter(text) {
        push(
            &mut found,
            c.get(0).map_or(0..0, |m| m.range()),
            year(&c[1]).map(|y| Period::Half(y, 1)),
        );
    }
    for c in p.quarter.captures_iter(text) {
        let period = year(&c[2])
            .zip(roman(&c[1]))
            .map(|(y, q)| Period::Quarter(y, q));
        push(&mut found, c.get(0).map_or(0..0, |m| m.range()), period);
    }
    for c in p.vi_month.captures_iter(text) {
        let period = year(&c[2])
            .zip(num(&c[1]).filter(|m| (1..=12).contains(m)))
            .map(|(y, m)| Period::Month(y, m));
        push(&mut found, c.get(0).map_or(0..0, |m| m.range()), period);
    }
    for c in p.month_name_year.captures_iter(text) {
        let period = year(&c[2])
            .zip(month_number(&c[1]))
            .map(|(y, m)| Period::Month(y, m));
        push(&mut found, c.get(0).map_or(0..0, |m| m.range()), period);
    }
    if let Some(reference) = reference {
        use chrono::Datelike;
        for c in p.this_year.captures_iter(text) {
            let phrase = c[2].to_lowercase();
            let y =
                if phrase.contains("last") || phrase.contains("ngoái") || phrase.contains("lalu") {
                    reference.year() - 1
                } else {
                    reference.year()
                };
            let period = match c.get(1).and_then(|m| month_number(m.as_str())) {
                Some(m) => Period::Month(y, m),
                None => Period::Year(y),
            };
            push(
                &mut found,
                c.get(0).map_or(0..0, |m| m.range()),
                Some(period),
            );
        }
    }
    for c in p.year_range.captures_iter(text) {
        let period = year(&c[1])
            .zip(year(&c[2]))
            .map(|(a, b)| Period::Between(Box::new(Period::Year(a)), Box::new(Period::Year(b))));
        push(&mut found, c.get(0).map_or(0..0, |m| m.range()), period);
    }
    for m in p.year.find_iter(text) {
        let bytes = text.as_bytes();
        // Not inside a longer number or a date already read ("1.384", "151/2007").
        let touches = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i))
                .is_some_and(|b| matches!(b, b'.' | b',' | b'/' | b'-'))
        };
        let glued = touches(m.start().checked_sub(1))
            && m.start() >= 2
            && bytes[m.start() - 2].is_ascii_digit();
        if glued
            || (touches(Some(m.end())) && bytes.get(m.end() + 1).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        push(&mut found, m.range(), year(m.as_str()).map(Period::Year));
    }
    found.sort_by_key(|(r, _)| r.start);
    found
        .into_iter()
        .filter(|(span, _)| !is_part_of_name(&text[..span.start]))
        .map(|(span, period)| {
            let role = role_before(&text[..span.start]);
            DateMention { span, period, role }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, Role)> {
        let reference = NaiveDate::from_ymd_opt(2024, 8, 28);
        find_dates(text, reference, Lang::En)
            .into_iter()
            .map(|d| (d.period.to_string(), d.role))
            .collect()
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
    }

    #[test]
    fn vietnamese_and_indonesian_dates() {
        assert_eq!(
            dates("đến hết quý II/2020, toàn tỉnh"),
            [("2020-Q2".to_string(), Role::By)]
        );
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
    }
}
