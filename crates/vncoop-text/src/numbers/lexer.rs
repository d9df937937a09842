//! Splits text into the tokens numbers are made of, each with its byte span.

use std::borrow::Cow;
use std::ops::Range;

use crate::fold::lower_in_place;

/// A token of the number grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub span: Range<usize>,
    pub kind: Kind<'a>,
    /// White space stands between this token and the one before.
    pub space_before: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// Digits with their separators as written, and the power of ten of an attached suffix
    /// ("100K" -> 3, "3M" -> 6, "1G" -> 9).
    Digits(&'a str, u32),
    /// A word, in lower case (borrowed when written so).
    Word(Cow<'a, str>),
    /// `%`.
    Percent,
    /// `-` (dashes are unified by normalization).
    Dash,
    /// Dates, times and codes ("15/12/2023", "15:01", "17/2023/QH15"): never numbers.
    Code,
    /// Any other character, including line breaks.
    Punct(char),
}

/// Tokenizes `text`.
pub(crate) fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // About one token in five bytes of prose: growing to it copies every token many times.
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut at = 0;
    let mut space_before = false;
    while at < text.len() {
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        // A separator opens a number (",77") only after no letter or digit.
        let opens_number = || {
            bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
                && !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        };
        let start = at;
        let kind = if c.is_ascii_digit() || (matches!(c, '.' | ',') && opens_number()) {
            let (end, suffix, is_code) = digits_end(text, at);
            at = end;
            if is_code {
                Kind::Code
            } else {
                let raw_end = if suffix > 0 { end - 1 } else { end };
                Kind::Digits(&text[start..raw_end], suffix)
            }
        } else if is_letter(c) || (!c.is_ascii() && c.is_alphabetic()) {
            let len: usize = text[at..]
                .chars()
                .take_while(|&c| is_letter(c) || (!c.is_ascii() && c.is_alphanumeric()))
                .map(char::len_utf8)
                .sum();
            at += len;
            Kind::Word(lower_in_place(&text[start..at]))
        } else {
            at += c.len_utf8();
            match c {
                '%' => Kind::Percent,
                '-' => Kind::Dash,
                '\n' | '\r' => Kind::Punct('\n'),
                c if c.is_whitespace() => {
                    space_before = true;
                    continue;
                }
                c => Kind::Punct(c),
            }
        };
        out.push(Token {
            span: start..at,
            kind,
            space_before,
        });
        space_before = false;
    }
    out
}

/// Whether `c` is a letter of the Latin script as Vietnamese, English and Indonesian write
/// it: ASCII letters and the Latin-1, Latin Extended-A/B and Latin Extended Additional
/// letters, found without a look-up in the Unicode tables (which every word would pay).
/// Other letters are not, and are left to the caller.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{1E00}'..='\u{1EFF}' => true,
        '\u{C0}'..='\u{24F}' => !matches!(c, '\u{D7}' | '\u{F7}'),
        _ => false,
    }
}

/// End of a run of digits starting at `start`: digits joined by `.` or `,`, groups of three
/// joined by single spaces, and an optional K/M/G suffix. Also says whether the run is a date,
/// time or code instead (digits joined by `/` or `:`).
fn digits_end(text: &str, start: usize) -> (usize, u32, bool) {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let run_end = |mut i: usize| {
        while digit_at(i) {
            i += 1;
        }
        i
    };
    let mut end = run_end(if digit_at(start) { start } else { start + 1 });
    let first_group = end - start;
    let mut spaced_only = true;
    loop {
        match bytes.get(end) {
            Some(b'.' | b',') if digit_at(end + 1) => {
                spaced_only = false;
                end = run_end(end + 1);
            }
            Some(b'/' | b':') if digit_at(end + 1) => {
                // A date, a time or a document number: swallow it whole.
                let mut i = end;
                while bytes.get(i).is_some_and(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'/' | b':' | b'-' | b'.')
                }) {
                    i += 1;
                }
                return (i, 0, true);
            }
            Some(b' ') if spaced_only && first_group <= 3 && digit_at(end + 1) => {
                let group_end = run_end(end + 1);
                let followed_by_digit_mark =
                    matches!(bytes.get(group_end), Some(b'.' | b',')) && digit_at(group_end + 1);
                if group_end - (end + 1) == 3 && !followed_by_digit_mark {
                    end = group_end;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    let suffix = match bytes.get(end) {
        Some(b'k' | b'K') => 3,
        Some(b'M') => 6,
        Some(b'G') => 9,
        _ => 0,
    };
    let suffix_stands_alone = !text[end + usize::from(suffix > 0)..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if suffix > 0 && suffix_stands_alone {
        (end + 1, suffix, false)
    } else {
        (end, 0, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind<'_>> {
        tokens(text).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn latin_letters_are_letters() {
        for c in ('\0'..='\u{2FFF}').filter(|&c| is_letter(c)) {
            assert!(c.is_alphabetic(), "{c:?}");
        }
        assert!(is_letter('ự') && is_letter('Đ') && is_letter('ñ') && !is_letter('5'));
    }

    #[test]
    fn digits_words_and_codes() {
        assert_eq!(
            kinds("570,286 người, 15/12/2023 và 100K"),
            vec![
                Kind::Digits("570,286", 0),
                Kind::Word("người".into()),
                Kind::Punct(','),
                Kind::Code,
                Kind::Word("và".into()),
                Kind::Digits("100", 3),
            ]
        );
        assert_eq!(
            kinds("570 286 members"),
            vec![Kind::Digits("570 286", 0), Kind::Word("members".into())]
        );
        assert_eq!(
            kinds("34 3-star"),
            vec![
                Kind::Digits("34", 0),
                Kind::Digits("3", 0),
                Kind::Dash,
                Kind::Word("star".into())
            ]
        );
        assert_eq!(kinds(",77"), vec![Kind::Digits(",77", 0)]);
        assert_eq!(
            kinds("3Mbps"),
            vec![Kind::Digits("3", 0), Kind::Word("mbps".into())]
        );
    }
}
