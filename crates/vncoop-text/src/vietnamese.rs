//! The Vietnamese letter repertoire as data: every vowel with its shape mark and tone mark.
//!
//! Tone placement and diacritic folding both need to take a precomposed letter apart into its base
//! vowel and its tone, and to put it back together. Unicode offers that only through canonical
//! decomposition, which allocates and reorders marks; a table of the 134 toned vowels is simpler and
//! faster, and it is checked against NFD in the tests.
//!
//! ```
//! use vncoop_text::vietnamese::{base_letter, split_tone, with_tone, Tone};
//!
//! // "ự" is "ư" with a dot below; it folds to "u".
//! assert_eq!(split_tone('ự'), Some(('ư', Tone::Dot)));
//! assert_eq!(with_tone('ư', Tone::Dot), Some('ự'));
//! assert_eq!(base_letter('ự'), Some('u'));
//! ```

use std::sync::OnceLock;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// One of the five Vietnamese tone marks, or none (thanh ngang).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum Tone {
    /// No tone mark (ngang).
    Level,
    /// Grave accent (huyền), U+0300.
    Grave,
    /// Acute accent (sắc), U+0301.
    Acute,
    /// Hook above (hỏi), U+0309.
    Hook,
    /// Tilde (ngã), U+0303.
    Tilde,
    /// Dot below (nặng), U+0323.
    Dot,
}

impl Tone {
    /// Column of this tone in [`VOWEL_ROWS`].
    fn column(self) -> usize {
        match self {
            Tone::Level => 0,
            Tone::Grave => 1,
            Tone::Acute => 2,
            Tone::Hook => 3,
            Tone::Tilde => 4,
            Tone::Dot => 5,
        }
    }

    const ALL: [Tone; 6] = [
        Tone::Level,
        Tone::Grave,
        Tone::Acute,
        Tone::Hook,
        Tone::Tilde,
        Tone::Dot,
    ];
}

/// Each row: a vowel without tone, then its grave, acute, hook, tilde and dot forms; lower case
/// rows first, then the same rows in upper case.
const VOWEL_ROWS: [[char; 6]; 24] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['Ă', 'Ằ', 'Ắ', 'Ẳ', 'Ẵ', 'Ặ'],
    ['Â', 'Ầ', 'Ấ', 'Ẩ', 'Ẫ', 'Ậ'],
    ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['Ê', 'Ề', 'Ế', 'Ể', 'Ễ', 'Ệ'],
    ['I', 'Ì', 'Í', 'Ỉ', 'Ĩ', 'Ị'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['Ô', 'Ồ', 'Ố', 'Ổ', 'Ỗ', 'Ộ'],
    ['Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự'],
    ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

/// ASCII letter each row folds to.
const ROW_ASCII: [char; 24] = [
    'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y', 'A', 'A', 'A', 'E', 'E', 'I', 'O',
    'O', 'O', 'U', 'U', 'Y',
];

/// Where a vowel sits in the table.
fn locate(c: char) -> Option<(usize, usize)> {
    // Plain ASCII vowels are the common case; answer them without a scan.
    if c.is_ascii() {
        let row = match c {
            'a' => 0,
            'e' => 3,
            'i' => 5,
            'o' => 6,
            'u' => 9,
            'y' => 11,
            'A' => 12,
            'E' => 15,
            'I' => 17,
            'O' => 18,
            'U' => 21,
            'Y' => 23,
            _ => return None,
        };
        return Some((row, 0));
    }
    let index = VOWEL_INDEX.get_or_init(|| {
        let mut index = vec![None; VOWEL_SLOTS];
        for (row, forms) in VOWEL_ROWS.iter().enumerate() {
            for (column, &form) in forms.iter().enumerate() {
                if let Some(cell) = vowel_slot(form).and_then(|at| index.get_mut(at)) {
                    *cell = Some((row as u8, column as u8));
                }
            }
        }
        index
    });
    let (row, column) = index.get(vowel_slot(c)?).copied().flatten()?;
    Some((usize::from(row), usize::from(column)))
}

/// Where a non-ASCII character's cell is in [`VOWEL_INDEX`], if it is where vowels are.
fn vowel_slot(c: char) -> Option<usize> {
    let code = u32::from(c);
    let slot = match code {
        LATIN_VOWELS_START..LATIN_VOWELS_END => code - LATIN_VOWELS_START,
        TONED_VOWELS_START..TONED_VOWELS_END => {
            code - TONED_VOWELS_START + (LATIN_VOWELS_END - LATIN_VOWELS_START)
        }
        _ => return None,
    };
    usize::try_from(slot).ok()
}

/// How many cells [`VOWEL_INDEX`] has.
const VOWEL_SLOTS: usize =
    (LATIN_VOWELS_END - LATIN_VOWELS_START + TONED_VOWELS_END - TONED_VOWELS_START) as usize;

/// The code points of the non-ASCII vowels: Latin-1 to Latin Extended-B ("à" to "ư"), and
/// Latin Extended Additional ("ạ" to "ỹ").
const LATIN_VOWELS_START: u32 = 0xC0;
const LATIN_VOWELS_END: u32 = 0x1B1;
const TONED_VOWELS_START: u32 = 0x1EA0;
const TONED_VOWELS_END: u32 = 0x1EFA;

/// Each non-ASCII vowel form's row and column, by code point (see [`LATIN_VOWELS_START`]).
static VOWEL_INDEX: OnceLock<Vec<Option<(u8, u8)>>> = OnceLock::new();

/// Splits a Vietnamese vowel into its toneless form and its tone: `'ộ'` gives `('ô', Tone::Dot)`.
/// Returns `None` for anything that is not a Vietnamese vowel letter.
///
/// ```
/// use vncoop_text::vietnamese::{split_tone, Tone};
/// assert_eq!(split_tone('ộ'), Some(('ô', Tone::Dot)));
/// assert_eq!(split_tone('Y'), Some(('Y', Tone::Level)));
/// assert_eq!(split_tone('đ'), None);
/// ```
#[must_use]
pub fn split_tone(c: char) -> Option<(char, Tone)> {
    let (row, column) = locate(c)?;
    Some((VOWEL_ROWS[row][0], Tone::ALL[column]))
}

/// Puts a tone on a toneless Vietnamese vowel; `None` if `vowel` is not one.
///
/// ```
/// use vncoop_text::vietnamese::{with_tone, Tone};
/// assert_eq!(with_tone('ư', Tone::Tilde), Some('ữ'));
/// ```
#[must_use]
pub fn with_tone(vowel: char, tone: Tone) -> Option<char> {
    let (row, column) = locate(vowel)?;
    (column == 0).then(|| VOWEL_ROWS[row][tone.column()])
}

/// The tone carried by a combining mark, if it is one of the five Vietnamese tone marks.
#[must_use]
pub fn tone_of_combining(mark: char) -> Option<Tone> {
    match mark {
        '\u{0300}' | '\u{0340}' => Some(Tone::Grave),
        '\u{0301}' | '\u{0341}' => Some(Tone::Acute),
        '\u{0309}' => Some(Tone::Hook),
        '\u{0303}' => Some(Tone::Tilde),
        '\u{0323}' => Some(Tone::Dot),
        _ => None,
    }
}

/// The ASCII letter a Vietnamese letter folds to (`'ự'` -> `'u'`, `'Đ'` -> `'D'`), or `None` when
/// `c` is not a Vietnamese letter with a diacritic or a plain vowel.
#[must_use]
pub fn base_letter(c: char) -> Option<char> {
    match c {
        'đ' => Some('d'),
        'Đ' => Some('D'),
        _ => locate(c).map(|(row, _)| ROW_ASCII[row]),
    }
}

/// True for letters only Vietnamese uses among vi/en/id: the shaped vowels (ă â ê ô ơ ư), đ, and
/// any toned vowel. Language identification leans on this.
#[must_use]
pub fn is_vietnamese_letter(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    matches!(c, 'đ' | 'Đ') || locate(c).is_some()
}

/// Whether the diacritics written in `written` agree with those of `name`, two spellings that
/// fold to the same letters: word by word, a word written without any diacritic agrees with
/// anything (text typed without accents), and so does a word of `name` without any; otherwise
/// both must carry the same shaped letters and the same tone, wherever the tone is placed
/// ("hoà" and "hòa" agree). Folding alone takes "sẻ" (share) for "sẽ" (will), and "mọi"
/// (every) or "mỗi" (each) for "mới" (new).
///
/// ```
/// use vncoop_text::vietnamese::diacritics_agree;
/// assert!(diacritics_agree("HTX mới", "htx mới"));
/// assert!(diacritics_agree("hop tac xa", "hợp tác xã"));
/// assert!(diacritics_agree("Thanh Hoá", "Thanh Hóa"));
/// assert!(!diacritics_agree("chia sẻ", "chia sẽ"));
/// assert!(!diacritics_agree("mọi", "mới"));
/// assert!(diacritics_agree("thương mại - dịch vụ", "thương mại, dịch vụ"));
/// ```
#[must_use]
pub fn diacritics_agree(written: &str, name: &str) -> bool {
    // Most mentions are plain ASCII on one side: nothing to compare.
    if written.is_ascii() || name.is_ascii() {
        return true;
    }
    // Most others are the name itself, perhaps capitalized: no need to take words apart.
    if same_letters_in_any_case(written, name) {
        return true;
    }
    // Words that do not pair up one to one ("co-op" and "coop") are not judged.
    letter_words(written).count() != letter_words(name).count()
        || letter_words(written)
            .zip(letter_words(name))
            .all(|(w, n)| word_diacritics_agree(w, n))
}

/// Whether `a` and `b` are the same characters, in any case.
fn same_letters_in_any_case(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.chars(), b.chars());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || x.to_lowercase().eq(y.to_lowercase()) => {}
            _ => return false,
        }
    }
}

/// The words of `text`, without the punctuation around and between them.
fn letter_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// One word of [`diacritics_agree`]: the same letters without their tones, in any case, and
/// the same tone wherever it is placed.
fn word_diacritics_agree(written: &str, name: &str) -> bool {
    if written.is_ascii() || name.is_ascii() {
        return true;
    }
    let tone = |word: &str| {
        word.chars()
            .flat_map(char::to_lowercase)
            .filter_map(|c| split_tone(c).map(|(_, tone)| tone))
            .find(|t| *t != Tone::Level)
            .unwrap_or(Tone::Level)
    };
    tone(written) == tone(name) && toneless(written).eq(toneless(name))
}

/// The letters of `word` in lower case, each vowel without its tone.
fn toneless(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| split_tone(c).map_or(c, |(vowel, _)| vowel))
}

#[cfg(test)]
mod tests {
    use super::*;
    use icu_normalizer::DecomposingNormalizerBorrowed;

    #[test]
    fn table_agrees_with_canonical_decomposition() {
        let nfd = DecomposingNormalizerBorrowed::new_nfd();
        for row in VOWEL_ROWS {
            let base: String = nfd.normalize(&row[0].to_string()).into_owned();
            for (tone, form) in Tone::ALL.iter().zip(row) {
                let decomposed: String = nfd.normalize(&form.to_string()).into_owned();
                let tone_marks: Vec<Tone> =
                    decomposed.chars().filter_map(tone_of_combining).collect();
                match tone {
                    Tone::Level => assert!(tone_marks.is_empty(), "{form}"),
                    t => assert_eq!(tone_marks, vec![*t], "{form}"),
                }
                let rest: String = decomposed
                    .chars()
                    .filter(|c| tone_of_combining(*c).is_none())
                    .collect();
                assert_eq!(rest, base, "{form} has base {base}");
            }
        }
    }

    #[test]
    fn split_and_join_are_inverse() {
        for row in VOWEL_ROWS {
            for form in row {
                let (bare, tone) = split_tone(form).unwrap();
                assert_eq!(with_tone(bare, tone), Some(form));
            }
        }
        assert_eq!(with_tone('ộ', Tone::Grave), None);
        assert_eq!(split_tone('x'), None);
    }

    /// Exactly the forms of the table are located, each at its row and column.
    #[test]
    fn every_vowel_and_nothing_else_is_located() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let in_table = VOWEL_ROWS.iter().enumerate().find_map(|(row, forms)| {
                forms
                    .iter()
                    .position(|&f| f == c)
                    .map(|column| (row, column))
            });
            assert_eq!(locate(c), in_table, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn folding_letters() {
        assert_eq!(base_letter('Ữ'), Some('U'));
        assert_eq!(base_letter('đ'), Some('d'));
        assert_eq!(base_letter('b'), None);
        assert!(is_vietnamese_letter('ơ'));
        assert!(!is_vietnamese_letter('é') || split_tone('é').is_some());
        assert!(!is_vietnamese_letter('ü'));
    }
}
