//! The figures of a text: money mentions and numbers, without overlaps, with star levels
//! ("3-star", "bintang 4", "4 sao") told apart from counts.

use std::ops::Range;

use rust_decimal::Decimal;
use vncoop_money::{scan_money_in, Amount, Currency, Per};
use vncoop_text::{hedge_after, hedge_before, scan_numbers, Hedge, Lang};

use crate::window::{head, is_in_any_case, tail};

/// What a figure is written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Dong, with the rate it is given per.
    Dong(Vec<Per>),
    /// Money in another currency.
    Foreign,
    Percent,
    /// "2.5 times", "8,5 kali".
    Times,
    Plain,
    /// A star level, not a figure.
    Star,
}

/// One figure in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Range<usize>,
    pub amount: Amount<Decimal>,
    pub shape: Shape,
    /// Written with digits only, no separator and no scale ("2023"): could be a year.
    pub bare: bool,
}

/// The length of the one of `words` that lower-case `lower` starts with as whole words.
fn starts_with_words(lower: &str, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .find(|w| {
            lower.starts_with(*w)
                && lower[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|w| w.len())
}

/// Whether the figure at `span` of lower-case `lower` is a star level.
fn is_star_level(lower: &str, span: &Range<usize>) -> bool {
    let after = &lower[span.end..];
    let before = tail(&lower[..span.start], 16);
    starts_with_words(
        after,
        &["-star", " star", " stars", "-sao", " sao", " bintang", "★"],
    )
    .is_some()
        || before.ends_with("bintang ")
}

/// The words after a multiple ("2.5 times", "8,5 kali"), with the space before them.
const TIMES_WORDS: [&str; 3] = [" times", " lần", " kali"];

fn is_times(lower: &str, span: &Range<usize>) -> bool {
    starts_with_words(&lower[span.end..], &TIMES_WORDS).is_some()
}

/// `after`, the lower-case text after a multiple's digits, without its word: " times and 4"
/// gives " and 4".
pub(crate) fn after_times_word(after: &str) -> &str {
    starts_with_words(after, &TIMES_WORDS).map_or(after, |len| &after[len..])
}

/// Words that close a lower bound after a count or its noun, as written: "từ 2 mô hình HTX trở
/// lên", "2 or more cooperatives", "2 koperasi atau lebih".
pub(crate) const LOWER_BOUND_WORDS: [&str; 5] = [
    " trở lên",
    " or more",
    " or above",
    " atau lebih",
    " ke atas",
];

/// Words that close an upper bound after a count or its noun.
const UPPER_BOUND_WORDS: [&str; 3] = [" trở xuống", " or less", " ke bawah"];

/// Most words between a count and the words that close its bound.
const BOUND_GAP_WORDS: usize = 8;

/// A bound closed after the noun of a count: "từ 2 mô hình HTX trở lên", "100 members or
/// more". It does not reach past a mark or another number. `after` is in lower case.
fn bound_after_noun(after: &str, lang: Lang) -> Option<Hedge> {
    // A short window first: the search for a mark must not run to the end of a long text for
    // every number.
    let window = head(after, 80);
    let end = window
        .find(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')'))
        .unwrap_or(window.len());
    let segment = &window[..end];
    // Every bound word opens with a space: the first space that opens one.
    let at = segment.match_indices(' ').map(|(at, _)| at).find(|&at| {
        LOWER_BOUND_WORDS
            .iter()
            .chain(&UPPER_BOUND_WORDS)
            .any(|w| segment.as_bytes()[at..].starts_with(w.as_bytes()))
    })?;
    if segment[..at].split_whitespace().count() > BOUND_GAP_WORDS {
        return None;
    }
    hedge_after(&segment[at..], lang)
        .map(|(h, _)| h)
        .filter(|h| matches!(h, Hedge::AtLeast | Hedge::AtMost))
}

/// Every figure in `text`, in order; `lower` is `text` in lower case, with the same offsets.
pub(crate) fn tokens(text: &str, lower: &str, lang: Lang) -> Vec<Token> {
    let numbers = scan_numbers(text, lang);
    let mut found: Vec<Token> = scan_money_in(text, lang, &numbers)
        .into_iter()
        .map(|m| Token {
            shape: if m.currency == Currency::VND {
                Shape::Dong(m.per.clone())
            } else {
                Shape::Foreign
            },
            span: m.span,
            amount: m.amount,
            bare: false,
        })
        .collect();
    let money_spans: Vec<Range<usize>> = found.iter().map(|t| t.span.clone()).collect();
    let mut next_money = 0;
    // Where each number's words end: at the next number, written in digits or in words ("47
    // have OCOP products with three stars or more": the bound is the stars').
    let next_starts: Vec<usize> = numbers
        .iter()
        .skip(1)
        .map(|m| m.span.start)
        .chain([text.len()])
        .collect();
    for (n, next_start) in numbers.into_iter().zip(next_starts) {
        // Both lists are in text order: walk the money spans alongside.
        while next_money < money_spans.len() && money_spans[next_money].end <= n.span.start {
            next_money += 1;
        }
        if money_spans
            .get(next_money)
            .is_some_and(|s| s.start < n.span.end && n.span.start < s.end)
        {
            continue;
        }
        let shape = if is_star_level(lower, &n.span) {
            Shape::Star
        } else if n.percent {
            Shape::Percent
        } else if is_times(lower, &n.span) {
            Shape::Times
        } else {
            Shape::Plain
        };
        let digits = &text[n.span.clone()];
        let bare =
            n.max.is_none() && n.scale.is_none() && digits.bytes().all(|b| b.is_ascii_digit());
        let amount = match n.max {
            Some(max) => Amount::Range { min: n.value, max },
            None => {
                let hedge = hedge_before(&text[..n.span.start], lang).or_else(|| {
                    hedge_after(&text[n.span.end..], lang)
                        .map(|(h, _)| h)
                        .or_else(|| {
                            // "75% or more": the hedge follows the percent sign.
                            let after = &text[n.span.end..];
                            after
                                .starts_with('%')
                                .then(|| hedge_after(after.trim_start_matches('%'), lang))
                                .flatten()
                                .map(|(h, _)| h)
                        })
                        .or_else(|| {
                            bound_after_noun(&lower[n.span.end..next_start.max(n.span.end)], lang)
                        })
                });
                Amount::hedged(n.value, hedge)
            }
        };
        let step = n
            .max
            .and_then(|max| Some((max, step_ends(lower, &n.span, lang, n.percent)?)));
        if let Some((max, (first, second))) = step {
            // "increased from 780 to 1,000": two levels, each a figure of its own.
            for (span, value) in [(first, n.value), (second, max)] {
                let bare = text[span.clone()].bytes().all(|b| b.is_ascii_digit());
                found.push(Token {
                    span,
                    amount: Amount::Exact { value },
                    shape: shape.clone(),
                    bare,
                });
            }
            continue;
        }
        found.push(Token {
            span: n.span,
            amount,
            shape,
            bare,
        });
    }
    found.extend(fractions(text));
    found.sort_by_key(|t| t.span.start);
    found
}

/// Verbs of a rise or fall after which "from A to B" gives two levels, not a range: "increased
/// from 780 to 1,000", "meningkat dari 45.000 ke 52.000". Vietnamese writes the later level
/// with "lên", which never joins a range; "tăng từ 10 đến 15 HTX" is a range of a change.
const STEP_VERBS: [&str; 30] = [
    "increase",
    "increased",
    "increases",
    "increasing",
    "rise",
    "rose",
    "risen",
    "rising",
    "raise",
    "raised",
    "grew",
    "grow",
    "grown",
    "growing",
    "decrease",
    "decreased",
    "decreasing",
    "fell",
    "fall",
    "falling",
    "dropped",
    "up",
    "down",
    "meningkat",
    "meningkatkan",
    "naik",
    "turun",
    "menurun",
    "bertambah",
    "berkurang",
];

/// Most words between a verb of a rise and the "from" of its levels ("increase the number of
/// cooperatives from 780 to 1,000": five).
const STEP_GAP_WORDS: usize = 8;

/// The spans of the two numbers of range `span` ("from 780 to 1,000") when it follows a verb of
/// a rise or fall in its clause: the earlier and the later level; or, after "by" ("fell by
/// 1,200 to 45,300"), the change and the later level, unless they are `percent`. `lower` is
/// the text in lower case.
fn step_ends(
    lower: &str,
    span: &Range<usize>,
    lang: Lang,
    percent: bool,
) -> Option<(Range<usize>, Range<usize>)> {
    let (opener, joiners): (&str, &[&str]) = match lang {
        Lang::En => ("from ", &[" to "]),
        Lang::Id => ("dari ", &[" ke ", " hingga ", " sampai "]),
        Lang::Vi => return None,
    };
    let range = &lower[span.clone()];
    // "fell by 1,200 to 45,300": the change, then the level it led to. A range of percents
    // ("rose by 10 to 15 percent") stays a range.
    let by_amount = lang == Lang::En && !percent && lower[..span.start].ends_with(" by ");
    let opener = if by_amount { "" } else { opener };
    let rest = range.strip_prefix(opener)?;
    let (at, joiner) = joiners
        .iter()
        .filter_map(|j| Some((rest.find(j)?, j.len())))
        .min()?;
    let first_start = span.start + opener.len();
    let second_start = first_start + at + joiner;
    let clause = tail(&lower[..span.start], 80);
    // Back to the last mark that ends a clause; a point inside a number ("1.000") is none.
    let clause = [";", ":", "(", ")", ". "]
        .iter()
        .filter_map(|m| clause.rfind(m).map(|k| k + m.len()))
        .max()
        .map_or(clause, |k| &clause[k..]);
    let stepped = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(STEP_GAP_WORDS)
        .any(|w| STEP_VERBS.contains(&w));
    stepped.then(|| (first_start..first_start + at, second_start..span.end))
}

/// Most digits of either side of a fraction of things counted ("139/143 HTX").
const FRACTION_DIGITS: usize = 6;

/// Fractions of things counted, "139/143 hợp tác xã", "7/9 huyện": a part, a slash and its
/// whole, each a plain count, the part no larger than the whole, the whole followed by a word.
/// The number scanner leaves digits joined by a slash alone (dates, document numbers such as
/// "768/BC-BTC"); a date a fraction might also be ("7/9") is told apart later, where dates
/// are known.
fn fractions(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let digits_from = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let joined = |b: Option<&u8>| {
        b.is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b',' | b':' | b'-')
        })
    };
    let plain = |span: Range<usize>| -> Option<Token> {
        let len = span.len();
        let value = text.get(span.clone())?.parse::<u64>().ok()?;
        (len <= FRACTION_DIGITS && value > 0).then(|| Token {
            span,
            amount: Amount::Exact {
                value: Decimal::from(value),
            },
            shape: Shape::Plain,
            bare: true,
        })
    };
    let mut found = Vec::new();
    for (slash, _) in text.match_indices('/') {
        let mut start = slash;
        while start > 0 && bytes[start - 1].is_ascii_digit() {
            start -= 1;
        }
        let end = digits_from(slash + 1);
        let followed_by_word = bytes.get(end) == Some(&b' ')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        if start == slash
            || end == slash + 1
            || !followed_by_word
            || joined(start.checked_sub(1).and_then(|at| bytes.get(at)))
        {
            continue;
        }
        let (Some(part), Some(whole)) = (plain(start..slash), plain(slash + 1..end)) else {
            continue;
        };
        // "Nghị quyết số 14/2017 về ...": a document number, not a fraction.
        let year_like = (Decimal::from(1900)..=Decimal::from(2100)).contains(&whole.amount.value());
        if part.amount.value() <= whole.amount.value() && !year_like {
            found.push(part);
            found.push(whole);
        }
    }
    found
}

/// The word for one that counts only in a list ("464 cooperatives, one cooperative union and
/// 235 cooperative groups"): elsewhere it is an article or a pronoun ("one of them", "một HTX
/// điển hình").
fn one_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "một",
        Lang::En => "one",
        Lang::Id => "satu",
    }
}

/// Joints of a list, with the space after them, that may stand before a listed "one".
const LIST_JOINTS: [&str; 5] = [", ", "; ", " and ", " và ", " dan "];

/// `found` with a count of one for each word for one that stands between a list joint and an
/// organisation noun starting at one of `noun_starts` (sorted), kept in text order.
pub(crate) fn with_listed_ones(
    text: &str,
    lang: Lang,
    mut found: Vec<Token>,
    noun_starts: &[usize],
) -> Vec<Token> {
    let word = one_word(lang);
    let mut added = false;
    for &noun in noun_starts {
        let Some(before) = text[..noun].strip_suffix(' ') else {
            continue;
        };
        let Some(start) = before.len().checked_sub(word.len()) else {
            continue;
        };
        let is_one = before.get(start..).is_some_and(|w| is_in_any_case(w, word));
        if !is_one || !LIST_JOINTS.iter().any(|j| text[..start].ends_with(j)) {
            continue;
        }
        let span = start..before.len();
        let taken = found
            .iter()
            .any(|t| t.span.start < span.end && span.start < t.span.end);
        if !taken {
            found.push(Token {
                span,
                amount: Amount::Exact {
                    value: Decimal::ONE,
                },
                shape: Shape::Plain,
                bare: false,
            });
            added = true;
        }
    }
    if added {
        found.sort_by_key(|t| t.span.start);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use vncoop_text::lower_in_place;

    #[test]
    fn star_levels_are_not_counts() {
        let text = "34 3-star and 4-star OCOP products; 824 produk bintang 3";
        let shapes: Vec<Shape> = tokens(text, &lower_in_place(text), Lang::En)
            .into_iter()
            .map(|t| t.shape)
            .collect();
        assert_eq!(
            shapes,
            [
                Shape::Plain,
                Shape::Star,
                Shape::Star,
                Shape::Plain,
                Shape::Star
            ]
        );
    }

    #[test]
    fn money_percent_and_hedges() {
        let text = "about 10,227 people, 3,825 million VND, 75% or more";
        let found = tokens(text, &lower_in_place(text), Lang::En);
        assert_eq!(
            found[0].amount,
            Amount::About {
                value: Decimal::from(10227)
            }
        );
        assert_eq!(found[1].shape, Shape::Dong(Vec::new()));
        assert_eq!(found[2].shape, Shape::Percent);
        assert_eq!(
            found[2].amount,
            Amount::AtLeast {
                value: Decimal::from(75)
            }
        );
    }
}
