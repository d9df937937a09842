//! Language identification among Vietnamese, English and Indonesian.
//!
//! Reports come in exactly these three languages, so a small model does better than a general one:
//! Vietnamese is told by its letters (ơ, ư, đ, ă and the toned vowels) and its frequent words,
//! English and Indonesian by their function words. It works on a single sentence as well as on a
//! document, and says how sure it is.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::TextError;
use crate::vietnamese::is_vietnamese_letter;

/// A language of the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Lang {
    /// Vietnamese: `.` groups digits, `,` is the decimal mark.
    Vi,
    /// English: `,` groups digits, `.` is the decimal mark.
    En,
    /// Indonesian: `.` groups digits, `,` is the decimal mark.
    Id,
}

impl Lang {
    /// All supported languages.
    pub const ALL: [Lang; 3] = [Lang::Vi, Lang::En, Lang::Id];

    /// The ISO 639-1 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// The decimal mark this language writes (`,` for vi and id, `.` for en).
    #[must_use]
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Vi | Lang::Id => ',',
        }
    }

    /// The digit-grouping mark this language writes.
    #[must_use]
    pub fn group_mark(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Vi | Lang::Id => '.',
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = TextError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" | "vie" | "vietnamese" => Ok(Lang::Vi),
            "en" | "eng" | "english" => Ok(Lang::En),
            "id" | "ind" | "indonesian" | "in" => Ok(Lang::Id),
            _ => Err(TextError::UnknownLanguage {
                input: s.to_string(),
            }),
        }
    }
}

/// The outcome of language identification.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LangGuess {
    /// The language, or `None` when the text gives no evidence (digits only, too short, another
    /// language).
    pub lang: Option<Lang>,
    /// How sure: from 0 (no evidence) to 1 (all evidence points one way).
    pub confidence: f32,
}

/// Frequent English words that are not Indonesian words.
const IS_ENGLISH: u8 = 1;
const IS_INDONESIAN: u8 = 2;
const IS_VIETNAMESE: u8 = 4;

/// Every function word with the languages it belongs to, built once: one hash look-up per
/// word instead of a scan of three lists (with `rustc-hash`'s hasher, which short keys of text
/// the program itself holds need no protection from collisions for).
fn function_words() -> &'static FxHashMap<&'static str, u8> {
    static WORDS: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: FxHashMap<&'static str, u8> = FxHashMap::default();
        for (list, mark) in [
            (ENGLISH, IS_ENGLISH),
            (INDONESIAN, IS_INDONESIAN),
            (VIETNAMESE_PLAIN, IS_VIETNAMESE),
        ] {
            for &word in list {
                *words.entry(word).or_default() |= mark;
            }
        }
        words
    })
}

/// The length in bytes of the longest function word of the three lists (a test checks).
const LONGEST_FUNCTION_WORD: usize = 12;

const ENGLISH: &[&str] = &[
    "the",
    "of",
    "and",
    "in",
    "to",
    "is",
    "are",
    "was",
    "were",
    "with",
    "for",
    "has",
    "have",
    "had",
    "by",
    "on",
    "that",
    "this",
    "from",
    "as",
    "at",
    "an",
    "which",
    "its",
    "their",
    "been",
    "will",
    "be",
    "it",
    "or",
    "than",
    "more",
    "cooperatives",
    "cooperative",
    "province",
    "provincial",
    "members",
    "million",
    "billion",
    "products",
    "number",
    "total",
    "average",
    "increase",
    "compared",
    "year",
    "there",
    "these",
    "such",
    "also",
    "about",
    "over",
    "who",
    "not",
    "all",
    "up",
    "new",
    "into",
    "per",
];

/// Frequent Indonesian words that are not English words.
const INDONESIAN: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "dengan",
    "untuk",
    "ini",
    "itu",
    "dalam",
    "pada",
    "adalah",
    "sebanyak",
    "koperasi",
    "provinsi",
    "tahun",
    "anggota",
    "juta",
    "miliar",
    "tersebut",
    "telah",
    "akan",
    "oleh",
    "sebagai",
    "para",
    "lebih",
    "atau",
    "juga",
    "kelompok",
    "serikat",
    "produk",
    "bintang",
    "sekitar",
    "rata",
    "pendapatan",
    "meningkat",
    "dibandingkan",
    "hingga",
    "sampai",
    "tidak",
    "ada",
    "bisa",
    "kami",
    "mereka",
    "saat",
    "secara",
    "menjadi",
    "ekonomi",
    "kolektif",
    "unit",
    "orang",
    "per",
    "setiap",
    "banyak",
    "tersebut",
    "baru",
];

/// Frequent Vietnamese words that are written without diacritics.
const VIETNAMESE_PLAIN: &[&str] = &[
    "va", "la", "cho", "trong", "tinh", "nam", "theo", "thanh", "vien", "san", "pham", "ban",
    "htx", "tht", "ocop", "sao", "tren", "nghin", "trieu", "ty", "con", "hon", "gan",
];

/// Identifies the language of `text`.
///
/// ```
/// use vncoop_text::{detect_language, Lang};
/// assert_eq!(detect_language("Toàn tỉnh có 464 hợp tác xã").lang, Some(Lang::Vi));
/// assert_eq!(detect_language("The province has 464 cooperatives").lang, Some(Lang::En));
/// assert_eq!(detect_language("Provinsi ini memiliki 464 koperasi").lang, Some(Lang::Id));
/// assert_eq!(detect_language("464 / 235").lang, None);
/// ```
pub fn detect_language(text: &str) -> LangGuess {
    let mut scores = [0.0f32; 3]; // vi, en, id
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if word.chars().any(is_vietnamese_letter) {
            // Capitalised words are often Vietnamese names inside English or Indonesian text.
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            scores[0] += if capitalised { 0.4 } else { 1.0 };
            continue;
        }
        // No function word is longer: a longer word needs no look-up.
        if word.len() > LONGEST_FUNCTION_WORD {
            continue;
        }
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        let marks = function_words()
            .get(lower.as_str())
            .copied()
            .unwrap_or_default();
        if marks & IS_ENGLISH != 0 {
            scores[1] += 1.0;
        }
        if marks & IS_INDONESIAN != 0 {
            scores[2] += 1.0;
        }
        if marks & IS_VIETNAMESE != 0 {
            scores[0] += 0.25;
        }
    }
    let total: f32 = scores.iter().sum();
    let (best, best_score) =
        scores.iter().enumerate().fold(
            (0, 0.0f32),
            |acc, (i, &s)| if s > acc.1 { (i, s) } else { acc },
        );
    if total == 0.0 || best_score == 0.0 {
        return LangGuess {
            lang: None,
            confidence: 0.0,
        };
    }
    // Confidence: share of evidence for the winner, damped when there is little evidence.
    let share = best_score / total;
    let amount = (best_score / 3.0).min(1.0);
    LangGuess {
        lang: Some(Lang::ALL[best]),
        confidence: share * (0.5 + 0.5 * amount),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_function_word_is_longer_than_the_longest() {
        let longest = function_words().keys().map(|w| w.len()).max();
        assert_eq!(longest, Some(LONGEST_FUNCTION_WORD));
    }

    #[test]
    fn languages() {
        assert_eq!(detect_language("18.930 anggota").lang, Some(Lang::Id));
        assert_eq!(detect_language("570,286 members").lang, Some(Lang::En));
        assert_eq!(detect_language("1,7 tỷ đồng").lang, Some(Lang::Vi));
        assert_eq!(detect_language("").lang, None);
        let g =
            detect_language("Thai Binh province has 464 cooperatives and 235 cooperative groups.");
        assert!(g.confidence > 0.8, "{g:?}");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.to_string(), lang.code());
        }
        assert!("fr".parse::<Lang>().is_err());
    }
}
