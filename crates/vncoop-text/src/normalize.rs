//! Text normalization that remembers where every byte came from.
//!
//! Reports reach us copied from web pages and word processors: decomposed accents, two tone-mark
//! placements, non-breaking spaces inside numbers, typographic dashes and quotes, zero-width
//! characters. [`normalize`] makes all of that uniform and keeps a [`SpanMap`] so that a span found
//! in the normalized text can be reported against the original bytes.

use std::borrow::Cow;
use std::ops::Range;

use icu_normalizer::ComposingNormalizerBorrowed;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::vietnamese::{base_letter, split_tone, with_tone, Tone};

/// Where the tone mark goes in the open syllables `oa`, `oe` and `uy` ("hòa"/"hoà",
/// "khỏe"/"khoẻ", "thủy"/"thuỷ"), the only syllables where two placements are in use.
///
/// With a final consonant ("hoàn", "thuyết") or any other vowel cluster, there is one placement
/// and normalization leaves the syllable alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum TonePlacement {
    /// Mark on the first vowel: "hòa", "khỏe", "thủy", "ủy ban". The placement of most press
    /// and of older official lists; the default.
    #[default]
    Traditional,
    /// Mark on the main (second) vowel: "hoà", "khoẻ", "thuỷ", "uỷ ban".
    Modern,
}

/// Options for [`normalize_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct NormalizeOptions {
    /// Tone-mark placement for `oa`, `oe`, `uy`.
    pub tone_placement: TonePlacement,
}

/// Normalized text plus the map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    map: SpanMap,
}

impl Normalized {
    /// The normalized text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Gives up the map and returns the text.
    #[must_use]
    pub fn into_string(self) -> String {
        self.text
    }

    /// The map from normalized byte ranges to original byte ranges.
    #[must_use]
    pub fn map(&self) -> &SpanMap {
        &self.map
    }

    /// The original byte range that produced `range` of the normalized text.
    ///
    /// ```
    /// let original = "Thái Bi\u{0300}nh:\u{00A0}464 HTX";
    /// let n = vncoop_text::normalize(original);
    /// let at = n.as_str().find("464").unwrap();
    /// let back = n.original_range(at..at + 3);
    /// assert_eq!(&original[back], "464");
    /// ```
    #[must_use]
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.original_range(range)
    }
}

/// One stretch of the normalized text and the stretch of the original it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    normalized_start: usize,
    original_start: usize,
    normalized_len: usize,
    original_len: usize,
    /// Copied byte for byte, so offsets inside it map one to one.
    verbatim: bool,
}

/// Map from byte ranges of a normalized text to byte ranges of its original.
///
/// Inside stretches copied unchanged the map is exact to the byte. A changed stretch (a word whose
/// accents were recomposed, a dash that was replaced) maps as a whole: a range that starts or ends
/// inside it widens to the whole original stretch, so the original range always covers what
/// produced the normalized range. Removed characters (zero-width) belong to no range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanMap {
    pieces: Vec<Piece>,
    normalized_len: usize,
    original_len: usize,
}

impl SpanMap {
    /// The identity map of a text of `len` bytes.
    #[must_use]
    pub fn identity(len: usize) -> Self {
        let mut map = SpanMap::default();
        map.push(0..len, len, true);
        map
    }

    fn push(&mut self, original: Range<usize>, normalized_len: usize, verbatim: bool) {
        let original_len = original.end - original.start;
        self.original_len = original.end.max(self.original_len);
        if normalized_len == 0 {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            let contiguous = last.original_start + last.original_len == original.start;
            if verbatim && last.verbatim && contiguous {
                last.normalized_len += normalized_len;
                last.original_len += original_len;
                self.normalized_len += normalized_len;
                return;
            }
        }
        self.pieces.push(Piece {
            normalized_start: self.normalized_len,
            original_start: original.start,
            normalized_len,
            original_len,
            verbatim,
        });
        self.normalized_len += normalized_len;
    }

    /// Index of the piece holding normalized byte `at` (`at` < normalized length).
    fn piece_at(&self, at: usize) -> Option<&Piece> {
        let index = self
            .pieces
            .partition_point(|piece| piece.normalized_start <= at);
        index.checked_sub(1).and_then(|i| self.pieces.get(i))
    }

    fn original_start(&self, at: usize) -> usize {
        if at >= self.normalized_len {
            return self.original_len;
        }
        match self.piece_at(at) {
            Some(piece) if piece.verbatim => piece.original_start + (at - piece.normalized_start),
            Some(piece) => piece.original_start,
            None => 0,
        }
    }

    fn original_end(&self, end: usize) -> usize {
        if end == 0 {
            return self.pieces.first().map_or(0, |piece| piece.original_start);
        }
        let last = end.min(self.normalized_len) - 1;
        match self.piece_at(last) {
            Some(piece) if piece.verbatim => {
                piece.original_start + (last - piece.normalized_start) + 1
            }
            Some(piece) => piece.original_start + piece.original_len,
            None => 0,
        }
    }

    /// The original byte range behind normalized `range`. Out-of-range input is clamped.
    #[must_use]
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.original_start(range.start);
        if range.end <= range.start {
            return start..start;
        }
        let end = self.original_end(range.end).max(start);
        start..end
    }

    /// Length in bytes of the normalized text.
    #[must_use]
    pub fn normalized_len(&self) -> usize {
        self.normalized_len
    }
}

/// Normalizes with the default options (traditional tone placement).
///
/// NFC; one tone-mark placement; every kind of space as U+0020; dashes as `-`; curly quotes and
/// guillemets as `'` and `"`; zero-width characters and soft hyphens removed. Idempotent.
///
/// ```
/// let n = vncoop_text::normalize("Ho\u{0300}a Bi\u{0300}nh \u{2013} thuỷ lợi\u{00A0}“HTX”");
/// assert_eq!(n.as_str(), "Hòa Bình - thủy lợi \"HTX\"");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Normalized {
    normalize_with(text, NormalizeOptions::default())
}

/// Normalizes with explicit options; see [`normalize`].
#[must_use]
pub fn normalize_with(text: &str, options: NormalizeOptions) -> Normalized {
    Normalizer { text, options }.run()
}

struct Normalizer<'a> {
    text: &'a str,
    options: NormalizeOptions,
}

impl Normalizer<'_> {
    fn run(self) -> Normalized {
        let text = self.text;
        // Most input is already NFC: check once, then only words with invisible characters
        // need composing again.
        let already_nfc = ComposingNormalizerBorrowed::new_nfc().is_normalized(text);
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut map = SpanMap::default();
        // Original bytes from here on are copied unchanged until something needs changing.
        let mut verbatim_from = 0;
        let mut at = 0;
        // Stops: non-ASCII bytes, tabs, and a space followed by another space or a tab.
        let stop = |i: usize, b: u8| {
            !b.is_ascii()
                || b == b'\t'
                || (b == b' ' && matches!(bytes.get(i + 1), Some(b' ' | b'\t')))
        };
        while let Some(offset) = bytes[at..]
            .iter()
            .enumerate()
            .position(|(i, &b)| stop(at + i, b))
        {
            let start = at + offset;
            let Some(c) = text[start..].chars().next() else {
                break;
            };
            // A run of spaces, tabs and non-ASCII spaces reads as one space, so that layout
            // never changes what is read.
            let run = horizontal_space_run(&text[start..]);
            if run > 0 {
                // Spaces just passed belong to the same run (" \u{a0}").
                let run_start = start
                    - bytes[verbatim_from..start]
                        .iter()
                        .rev()
                        .take_while(|&&b| b == b' ')
                        .count();
                let run_end = start + run;
                if &text[run_start..run_end] != " " {
                    copy_verbatim(text, &mut out, &mut map, verbatim_from..run_start);
                    out.push(' ');
                    map.push(run_start..run_end, 1, false);
                    verbatim_from = run_end;
                    at = run_end;
                    continue;
                }
            }
            if let Some(replacement) = replacement(c) {
                copy_verbatim(text, &mut out, &mut map, verbatim_from..start);
                let end = start + c.len_utf8();
                out.push_str(replacement);
                map.push(start..end, replacement.len(), false);
                verbatim_from = end;
                at = end;
                continue;
            }
            // A word: back up over ASCII letters and digits already passed, run forward over
            // letters, digits, marks and invisible characters.
            let word_start = start
                - bytes[verbatim_from..start]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            let word_end = start
                + text[start..]
                    .chars()
                    .take_while(|&c| {
                        c.is_ascii_alphanumeric() || (!c.is_ascii() && replacement(c).is_none())
                    })
                    .map(char::len_utf8)
                    .sum::<usize>();
            let word = &text[word_start..word_end];
            let fixed = self.normalize_word(word, already_nfc);
            if fixed != word {
                copy_verbatim(text, &mut out, &mut map, verbatim_from..word_start);
                out.push_str(&fixed);
                map.push(word_start..word_end, fixed.len(), false);
                verbatim_from = word_end;
            }
            at = word_end;
        }
        copy_verbatim(text, &mut out, &mut map, verbatim_from..text.len());
        Normalized { text: out, map }
    }

    fn normalize_word<'w>(&self, word: &'w str, already_nfc: bool) -> Cow<'w, str> {
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        let has_invisible = word.chars().any(is_invisible);
        let visible: Cow<str> = if has_invisible {
            Cow::Owned(word.chars().filter(|&c| !is_invisible(c)).collect())
        } else {
            Cow::Borrowed(word)
        };
        let composed: Cow<str> = if (already_nfc && !has_invisible) || nfc.is_normalized(&visible) {
            visible
        } else {
            Cow::Owned(nfc.normalize(&visible).into_owned())
        };
        match place_tone(&composed, self.options.tone_placement) {
            Some(placed) => Cow::Owned(placed),
            None => composed,
        }
    }
}

fn copy_verbatim(text: &str, out: &mut String, map: &mut SpanMap, range: Range<usize>) {
    if range.start < range.end {
        out.push_str(&text[range.clone()]);
        map.push(range.clone(), range.end - range.start, true);
    }
}

/// Whether `c` is a space within a line: ASCII space, tab, or a non-ASCII space.
fn is_horizontal_space(c: char) -> bool {
    c == ' ' || c == '\t' || replacement(c) == Some(" ")
}

/// Length in bytes of the run of horizontal spaces that opens `text`; invisible characters
/// inside the run belong to it (they are removed anyway). Zero when the run holds no space.
fn horizontal_space_run(text: &str) -> usize {
    let mut len = 0;
    let mut spaces = false;
    for c in text.chars() {
        if is_horizontal_space(c) {
            spaces = true;
        } else if !is_invisible(c) {
            break;
        }
        len += c.len_utf8();
    }
    if spaces {
        len
    } else {
        0
    }
}

/// Characters removed by normalization: zero-width spaces and joiners, word joiner, BOM, soft
/// hyphen.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The ASCII stand-in for a non-ASCII space, dash or quote.
fn replacement(c: char) -> Option<&'static str> {
    match c {
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Some(" "),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some("\n"),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some("-"),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Some("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => Some("\""),
        _ => None,
    }
}

/// Longest word we treat as a possible syllable; longer words are left alone.
const MAX_SYLLABLE: usize = 8;

/// Moves the tone mark of an open `oa`/`oe`/`uy` syllable to the chosen vowel. Returns `None` when
/// the word is not such a syllable or already has the mark in place.
fn place_tone(word: &str, placement: TonePlacement) -> Option<String> {
    // Cheap test first: an open oa/oe/uy syllable ends in a/e/y after o/u.
    let mut tail = word
        .chars()
        .rev()
        .map(|c| base_letter(c).map(|b| b.to_ascii_lowercase()));
    if !matches!(
        (tail.next(), tail.next()),
        (Some(Some('a' | 'e' | 'y')), Some(Some('o' | 'u')))
    ) {
        return None;
    }
    let mut letters = ['\0'; MAX_SYLLABLE];
    let mut len = 0;
    for c in word.chars() {
        if len == MAX_SYLLABLE || !c.is_alphabetic() {
            return None;
        }
        letters[len] = c;
        len += 1;
    }
    let letters = &mut letters[..len];
    let is_vowel = |c: char| split_tone(c).is_some();
    let nucleus_start = letters.iter().position(|&c| is_vowel(c))?;
    let nucleus_end = nucleus_start
        + letters[nucleus_start..]
            .iter()
            .take_while(|&&c| is_vowel(c))
            .count();
    if nucleus_end != len {
        return None; // a final consonant: one placement only
    }
    let onset: String = letters[..nucleus_start]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect();
    let mut first = nucleus_start;
    // In "qu" and "gi" + vowel the u and i belong to the onset.
    let bare = |c: char| split_tone(c).map(|(b, _)| b.to_ascii_lowercase());
    if (onset == "q" && bare(letters[first]) == Some('u'))
        || (onset == "g" && bare(letters[first]) == Some('i') && len - first > 1)
    {
        first += 1;
    }
    if len - first != 2 {
        return None;
    }
    let (a, tone_a) = split_tone(letters[first])?;
    let (b, tone_b) = split_tone(letters[first + 1])?;
    let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
    if !matches!(pair, ['o', 'a'] | ['o', 'e'] | ['u', 'y']) {
        return None;
    }
    let tone = match (tone_a, tone_b) {
        (Tone::Level, Tone::Level) => return None,
        (t, Tone::Level) | (Tone::Level, t) => t,
        _ => return None, // two tone marks: not a syllable we can judge
    };
    let (on_first, on_second) = match placement {
        TonePlacement::Traditional => (tone, Tone::Level),
        TonePlacement::Modern => (Tone::Level, tone),
    };
    if (tone_a, tone_b) == (on_first, on_second) {
        return None;
    }
    letters[first] = with_tone(a, on_first)?;
    letters[first + 1] = with_tone(b, on_second)?;
    Some(letters.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).into_string()
    }

    #[test]
    fn tone_placement_traditional_and_modern() {
        assert_eq!(norm("hoà"), "hòa");
        assert_eq!(norm("Khánh Hoà"), "Khánh Hòa");
        assert_eq!(norm("THUỶ"), "THỦY");
        assert_eq!(norm("uỷ ban"), "ủy ban");
        assert_eq!(norm("quý giữ quỳnh khuya hoàn"), "quý giữ quỳnh khuya hoàn");
        let modern = NormalizeOptions {
            tone_placement: TonePlacement::Modern,
        };
        assert_eq!(
            normalize_with("hòa khỏe thủy", modern).as_str(),
            "hoà khoẻ thuỷ"
        );
    }

    #[test]
    fn decomposed_input_is_composed() {
        assert_eq!(
            norm("ho\u{0323}\u{031B}p ta\u{0301}c xa\u{0303}"),
            "hợp tác xã"
        );
        assert_eq!(norm("Ho\u{0300}a"), "Hòa");
    }

    #[test]
    fn spaces_dashes_quotes_invisible() {
        assert_eq!(norm("10\u{2013}15"), "10-15");
        assert_eq!(norm("570\u{00A0}286"), "570 286");
        assert_eq!(
            norm("August 05,  2023\t\t có  \u{00A0} 5"),
            "August 05, 2023 có 5"
        );
        assert_eq!(norm("a \nb"), "a \nb");
        assert_eq!(norm(" \u{200b}\u{a0}x"), " x");
        assert_eq!(norm("a\u{200b}b"), "ab");
        assert_eq!(norm("a\u{200B}b"), "ab");
        assert_eq!(norm("ho\u{200B}à"), "hòa");
        assert_eq!(norm("\u{201C}x\u{201D} it\u{2019}s"), "\"x\" it's");
    }

    #[test]
    fn span_map_is_exact_on_unchanged_text() {
        let original = "Có 464 HTX\u{00A0}và 235 THT ở Thái Bình, hoà";
        let n = normalize(original);
        for needle in ["464", "235 THT", "Thái Bình", "Có"] {
            let at = n.as_str().find(needle).unwrap();
            assert_eq!(&original[n.original_range(at..at + needle.len())], needle);
        }
        let at = n.as_str().find("hòa").unwrap();
        assert_eq!(&original[n.original_range(at..at + "hòa".len())], "hoà");
    }

    #[test]
    fn empty_and_ascii() {
        assert_eq!(norm(""), "");
        let n = normalize("plain ascii");
        assert_eq!(n.original_range(0..5), 0..5);
        assert_eq!(n.original_range(11..11), 11..11);
    }
}
