//! Folding for matching: lower case, no diacritics, `đ` -> `d`, one space between words.
//!
//! "Thái Bình", "THAI BINH", "Thai-Binh" and "Tha\u{0301}i Bi\u{0300}nh" all fold to "thai binh".
//! [`fold_with_offsets`] also keeps, for every folded byte, the original bytes it came from, so a
//! match in folded text can be reported in the original.

use std::borrow::Cow;
use std::ops::Range;

use icu_normalizer::DecomposingNormalizerBorrowed;

use crate::normalize::is_invisible;
use crate::vietnamese::base_letter;

/// Folds text for accent- and case-insensitive matching.
///
/// ```
/// use vncoop_text::fold;
/// assert_eq!(fold("Thái Bình"), "thai binh");
/// assert_eq!(fold("THAI-BINH"), "thai binh");
/// assert_eq!(fold("  Đắk  Lắk "), "dak lak");
/// ```
#[must_use]
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, |c, _| out.push(c));
    out
}

/// Like [`fold`], borrowing text that is already folded: lower-case ASCII letters and digits,
/// one word (the common case for a word next to a number).
pub(crate) fn fold_word(text: &str) -> Cow<'_, str> {
    if !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(fold(text))
    }
}

/// Folded text with a map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// For each folded byte, the original range of the character that produced it.
    origins: Vec<Range<usize>>,
}

impl Folded {
    /// The folded text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte range behind folded `range` (clamped to the text).
    #[must_use]
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let end = range.end.min(self.origins.len());
        let start = range.start.min(end);
        match (
            self.origins.get(start),
            end.checked_sub(1).and_then(|e| self.origins.get(e)),
        ) {
            (Some(first), Some(last)) if start < end => first.start..last.end,
            (Some(first), _) => first.start..first.start,
            _ => {
                let at = self.origins.last().map_or(0, |r| r.end);
                at..at
            }
        }
    }
}

/// Folds text and keeps the origin of every folded byte.
///
/// ```
/// let original = "Tỉnh Thái Bình có 464 HTX";
/// let folded = vncoop_text::fold_with_offsets(original);
/// assert_eq!(folded.as_str(), "tinh thai binh co 464 htx");
/// let at = folded.as_str().find("thai binh").unwrap();
/// assert_eq!(&original[folded.original_range(at..at + 9)], "Thái Bình");
/// ```
#[must_use]
pub fn fold_with_offsets(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origins: Vec::with_capacity(text.len()),
    };
    fold_into(text, |c, origin| {
        folded.text.push(c);
        for _ in 0..c.len_utf8() {
            folded.origins.push(origin.clone());
        }
    });
    folded
}

/// `text` in lower case with every character at the same byte offset, so that a range of
/// `text` is a range of the result: a character whose lower case is one character of the same
/// length is replaced by it ("Đ" -> "đ", "A" -> "a"), any other is kept as written (the
/// Kelvin sign, "İ"). Text without upper case is borrowed.
///
/// ```
/// let text = "Toàn TỈNH có 464 HTX";
/// let lower = vncoop_text::lower_in_place(text);
/// assert_eq!(lower, "toàn tỉnh có 464 htx");
/// assert_eq!(&lower[6..12], "tỉnh");
/// assert_eq!(&text[6..12], "TỈNH");
/// ```
#[must_use]
pub fn lower_in_place(text: &str) -> Cow<'_, str> {
    let Some((first, _)) = text
        .char_indices()
        .find(|&(_, c)| lower_same_length(c) != c)
    else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    out.extend(text[first..].chars().map(lower_same_length));
    Cow::Owned(out)
}

/// The lower case of `c` when it is one character of the same length, else `c`.
fn lower_same_length(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // The letters of Vietnamese, most of what is not ASCII in a report, sit where their cases
    // pair up simply: they are settled without the Unicode case tables.
    let code = u32::from(c);
    let paired = match code {
        // Latin Extended Additional: "Ạ" U+1EA0 and "ạ" U+1EA1 up to "Ỿ" and "ỿ".
        0x1EA0..=0x1EFF => Some(code | 1),
        // Latin-1: "À" to "Þ" (without "×") are 0x20 before their lower case.
        0xC0..=0xD6 | 0xD8..=0xDE => Some(code + 0x20),
        0xDF..=0xFF => Some(code),
        // "Ă", "Đ", "Ĩ", "Ũ", "Ơ" and their lower case, "ư" after "Ư".
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => Some(code + 1),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => Some(code),
        // Combining tone marks have no case.
        0x300..=0x36F => Some(code),
        _ => None,
    };
    if let Some(lower) = paired.and_then(char::from_u32) {
        return lower;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Characters folding drops without ending a word: combining marks and invisible ones.
pub(crate) fn folds_away(c: char) -> bool {
    is_combining_mark(c) || is_invisible(c)
}

/// Combining marks dropped by folding (they carry only diacritics).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The folding itself: calls `emit` with each folded character and the original range it came
/// from (a character at a time: most are one ASCII byte, pushed without a copy loop).
fn fold_into(text: &str, mut emit: impl FnMut(char, Range<usize>)) {
    let mut pending_space: Option<Range<usize>> = None;
    let mut wrote_any = false;
    let mut buf = [0u8; 4];
    let mut at = 0;
    while let Some(&byte) = text.as_bytes().get(at) {
        // ASCII, most of any report, is a letter, a digit or a word separator.
        let c = if byte.is_ascii() {
            byte as char
        } else {
            text[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let origin = at..at + c.len_utf8();
        at = origin.end;
        let folded: Option<char> = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase())
        } else if c.is_ascii() {
            if wrote_any && pending_space.is_none() {
                pending_space = Some(origin);
            }
            continue;
        } else if let Some(base) = base_letter(c) {
            Some(base.to_ascii_lowercase())
        } else if folds_away(c) {
            continue;
        } else if c.is_alphanumeric() {
            None // other letters: decomposed below
        } else {
            if wrote_any && pending_space.is_none() {
                pending_space = Some(origin);
            }
            continue;
        };
        if let Some(space) = pending_space.take() {
            emit(' ', space);
        }
        wrote_any = true;
        match folded {
            Some(letter) => emit(letter, origin),
            None => {
                let decomposed = DecomposingNormalizerBorrowed::new_nfkd()
                    .normalize(c.encode_utf8(&mut buf))
                    .into_owned();
                for part in decomposed.chars().filter(|&p| !is_combining_mark(p)) {
                    for lower in part.to_lowercase() {
                        emit(lower, origin.clone());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alike() {
        for s in [
            "Thái Bình",
            "THAI BINH",
            "Thai-Binh",
            "Tha\u{0301}i Bi\u{0300}nh",
            " thai   binh. ",
        ] {
            assert_eq!(fold(s), "thai binh", "{s}");
        }
        assert_eq!(fold("Hòa Bình"), fold("Hoà Bình"));
        assert_eq!(fold("TP.HCM"), "tp hcm");
        assert_eq!(fold("Ünïcode café"), "unicode cafe");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn lower_case_keeps_offsets() {
        for text in [
            "Hợp Tác Xã ĐẠI PHÁT",
            "KELVIN \u{212A} İstanbul",
            "ΣΟΦΙΑ",
            "đã có",
        ] {
            let lower = lower_in_place(text);
            assert_eq!(lower.len(), text.len(), "{text}");
            for (at, c) in text.char_indices() {
                assert!(lower.is_char_boundary(at), "{text} at {at}");
                let l = lower[at..].chars().next().unwrap();
                assert!(l == c || c.to_lowercase().eq([l]), "{text}: {c} -> {l}");
            }
        }
        assert_eq!(lower_in_place("Hợp Tác Xã ĐẠI PHÁT"), "hợp tác xã đại phát");
        assert_eq!(lower_in_place("ƯỚC TÍNH Ơ Ă Ĩ Ũ"), "ước tính ơ ă ĩ ũ");
        assert!(matches!(lower_in_place("đã có 5"), Cow::Borrowed(_)));
    }

    /// The shortcut for Vietnamese letters gives what the Unicode case tables give, for every
    /// character.
    #[test]
    fn lower_case_shortcut_is_the_tables() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let from_tables = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(lower_same_length(c), from_tables, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn offsets_cover_original() {
        let text = "Bà Rịa–Vũng Tàu";
        let f = fold_with_offsets(text);
        assert_eq!(f.as_str(), "ba ria vung tau");
        assert_eq!(&text[f.original_range(0..f.as_str().len())], text);
        assert_eq!(f.original_range(100..200), text.len()..text.len());
    }
}
