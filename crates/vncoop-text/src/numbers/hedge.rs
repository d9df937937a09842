//! Hedges around numbers: "over 100", "khoảng 10.227", "setidaknya 15", "75% or more".

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use std::sync::OnceLock;

use crate::fold::{fold, fold_word, folds_away};
use crate::lang::Lang;

/// How a number is hedged by the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Hedge {
    /// Strictly more: "over", "more than", "hơn", "trên", "lebih dari".
    Over,
    /// The number or more: "at least", "or more", "ít nhất", "trở lên", "setidaknya".
    AtLeast,
    /// Less, or nearly: "under", "nearly", "gần", "dưới", "hampir", "kurang dari".
    Under,
    /// The number or less: "at most", "không quá", "tối đa", "maksimal". ("up to" and "lên
    /// đến" are no hedge: in reports they mean "as many as", "rising to": "forming up to 20
    /// cooperative unions", "tổng số HTX lên đến 800".)
    AtMost,
    /// Approximate: "about", "estimated", "khoảng", "ước", "sekitar".
    About,
}

/// Hedge phrases written before the number, folded (lower case, no diacritics), longest first
/// within each language so that "khong qua" wins over "qua".
const BEFORE: &[(Lang, &str, Hedge)] = &[
    (Lang::Vi, "khong it hon", Hedge::AtLeast),
    (Lang::Vi, "khong duoi", Hedge::AtLeast),
    (Lang::Vi, "khong cao hon", Hedge::AtMost),
    (Lang::Vi, "khong qua", Hedge::AtMost),
    (Lang::Vi, "khong hon", Hedge::AtMost),
    (Lang::Vi, "khong toi", Hedge::Under),
    (Lang::Vi, "nhieu hon", Hedge::Over),
    (Lang::Vi, "cao hon", Hedge::Over),
    (Lang::Vi, "it hon", Hedge::Under),
    (Lang::Vi, "kem hon", Hedge::Under),
    (Lang::Vi, "it nhat", Hedge::AtLeast),
    (Lang::Vi, "toi thieu", Hedge::AtLeast),
    (Lang::Vi, "toi da", Hedge::AtMost),
    (Lang::Vi, "uoc dat", Hedge::About),
    (Lang::Vi, "uoc tinh", Hedge::About),
    (Lang::Vi, "xap xi", Hedge::About),
    (Lang::Vi, "khoang chung", Hedge::About),
    (Lang::Vi, "tam khoang", Hedge::About),
    (Lang::Vi, "khoang", Hedge::About),
    (Lang::Vi, "chung", Hedge::About),
    (Lang::Vi, "uoc", Hedge::About),
    (Lang::Vi, "hon", Hedge::Over),
    (Lang::Vi, "tren", Hedge::Over),
    (Lang::Vi, "gan", Hedge::Under),
    (Lang::Vi, "duoi", Hedge::Under),
    (Lang::En, "no less than", Hedge::AtLeast),
    (Lang::En, "not less than", Hedge::AtLeast),
    (Lang::En, "no fewer than", Hedge::AtLeast),
    (Lang::En, "not fewer than", Hedge::AtLeast),
    (Lang::En, "no more than", Hedge::AtMost),
    (Lang::En, "not more than", Hedge::AtMost),
    (Lang::En, "more than", Hedge::Over),
    (Lang::En, "higher than", Hedge::Over),
    (Lang::En, "greater than", Hedge::Over),
    (Lang::En, "less than", Hedge::Under),
    (Lang::En, "lower than", Hedge::Under),
    (Lang::En, "fewer than", Hedge::Under),
    (Lang::En, "at least", Hedge::AtLeast),
    (Lang::En, "at most", Hedge::AtMost),
    (Lang::En, "estimated at", Hedge::About),
    (Lang::En, "approximately", Hedge::About),
    (Lang::En, "estimated", Hedge::About),
    (Lang::En, "roughly", Hedge::About),
    (Lang::En, "around", Hedge::About),
    (Lang::En, "about", Hedge::About),
    // "some 40 per cent", "some 300 cooperatives": before a figure, a round estimate.
    (Lang::En, "some", Hedge::About),
    (Lang::En, "close to", Hedge::Under),
    (Lang::En, "nearly", Hedge::Under),
    (Lang::En, "almost", Hedge::Under),
    (Lang::En, "under", Hedge::Under),
    (Lang::En, "below", Hedge::Under),
    (Lang::En, "over", Hedge::Over),
    (Lang::En, "above", Hedge::Over),
    (Lang::En, "exceeding", Hedge::Over),
    (Lang::En, "exceeds", Hedge::Over),
    (Lang::En, "exceed", Hedge::Over),
    (Lang::Id, "lebih murah dari", Hedge::Under),
    (Lang::Id, "paling sedikit", Hedge::AtLeast),
    (Lang::Id, "paling banyak", Hedge::AtMost),
    (Lang::Id, "tidak sampai", Hedge::Under),
    (Lang::Id, "tidak kurang dari", Hedge::AtLeast),
    (Lang::Id, "kurang dari", Hedge::Under),
    (Lang::Id, "lebih dari", Hedge::Over),
    (Lang::Id, "di atas", Hedge::Over),
    (Lang::Id, "di bawah", Hedge::Under),
    (Lang::Id, "setidaknya", Hedge::AtLeast),
    (Lang::Id, "sedikitnya", Hedge::AtLeast),
    (Lang::Id, "minimal", Hedge::AtLeast),
    (Lang::Id, "maksimal", Hedge::AtMost),
    (Lang::Id, "melebihi", Hedge::Over),
    (Lang::Id, "melewati", Hedge::Over),
    (Lang::Id, "diperkirakan", Hedge::About),
    (Lang::Id, "perkiraan", Hedge::About),
    (Lang::Id, "kira kira", Hedge::About),
    (Lang::Id, "kurang lebih", Hedge::About),
    (Lang::Id, "sekitar", Hedge::About),
    (Lang::Id, "hampir", Hedge::Under),
    (Lang::Id, "nyaris", Hedge::Under),
];

/// Hedge phrases written after the number (and its unit).
const AFTER: &[(Lang, &str, Hedge)] = &[
    (Lang::Vi, "tro len", Hedge::AtLeast),
    (Lang::Vi, "tro xuong", Hedge::AtMost),
    (Lang::En, "or more", Hedge::AtLeast),
    (Lang::En, "or above", Hedge::AtLeast),
    (Lang::En, "or higher", Hedge::AtLeast),
    (Lang::En, "or less", Hedge::AtMost),
    (Lang::Id, "atau lebih", Hedge::AtLeast),
    (Lang::Id, "ke atas", Hedge::AtLeast),
    (Lang::Id, "ke bawah", Hedge::AtMost),
];

/// The hedge that `before` (the text just before a number) ends with, if any.
///
/// ```
/// use vncoop_text::{hedge_before, Hedge, Lang};
/// assert_eq!(hedge_before("the number of regular employees is about ", Lang::En), Some(Hedge::About));
/// assert_eq!(hedge_before("thu hút hơn ", Lang::Vi), Some(Hedge::Over));
/// assert_eq!(hedge_before("Provinsi menargetkan setidaknya ", Lang::Id), Some(Hedge::AtLeast));
/// assert_eq!(hedge_before("the province has ", Lang::En), None);
/// ```
#[must_use]
pub fn hedge_before(before: &str, lang: Lang) -> Option<Hedge> {
    // Most numbers follow a word that ends no phrase: that word alone is folded first.
    let last = fold_word(last_word(before));
    if edge_words()
        .last_before
        .binary_search(&(lang, last.as_ref()))
        .is_err()
    {
        return None;
    }
    // The last 40 characters hold the longest phrase with room to spare.
    let from = before.char_indices().rev().nth(39).map_or(0, |(at, _)| at);
    let folded = fold(&before[from..]);
    BEFORE
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .find(|(_, phrase, _)| {
            folded
                .strip_suffix(phrase)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map(|&(_, _, hedge)| hedge)
}

/// The last word of `text` as folding sees words: the characters before the last separator,
/// without the separators after them.
fn last_word(text: &str) -> &str {
    let in_word = |c: char| c.is_alphanumeric() || folds_away(c);
    let end = text
        .char_indices()
        .rev()
        .find(|&(_, c)| in_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !in_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    &text[start..end]
}

/// The hedge that `after` (the text just after a number and its unit) starts with, and the
/// length in bytes of `after` it covers.
///
/// ```
/// use vncoop_text::{hedge_after, Hedge, Lang};
/// assert_eq!(hedge_after(" or more of cooperatives", Lang::En), Some((Hedge::AtLeast, 8)));
/// assert_eq!(hedge_after(" trở lên", Lang::Vi).map(|h| h.0), Some(Hedge::AtLeast));
/// ```
pub fn hedge_after(after: &str, lang: Lang) -> Option<(Hedge, usize)> {
    let trimmed = after.trim_start();
    let skipped = after.len() - trimmed.len();
    // The first words of the text, folded once: (folded words so far, end in `trimmed`).
    let mut words: Vec<(String, usize)> = Vec::with_capacity(AFTER_WORDS);
    let mut rest = trimmed;
    let mut at = 0;
    while words.len() < AFTER_WORDS {
        let gap = rest.len() - rest.trim_start().len();
        let word_len = rest[gap..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len() - gap);
        if word_len == 0 {
            break;
        }
        let folded_word = fold_word(&rest[gap..gap + word_len]);
        // Most numbers are followed by a word that opens no phrase: nothing more to read.
        if words.is_empty()
            && edge_words()
                .first_after
                .binary_search(&(lang, folded_word.as_ref()))
                .is_err()
        {
            return None;
        }
        let joined = match words.last() {
            Some((so_far, _)) => format!("{so_far} {folded_word}"),
            None => folded_word.into_owned(),
        };
        at += gap + word_len;
        words.push((joined, at));
        rest = &trimmed[at..];
        // A word ends at a space; any other mark ends the phrase.
        if !rest.starts_with(char::is_whitespace) {
            break;
        }
    }
    AFTER
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .find_map(|&(_, phrase, hedge)| {
            let n = phrase.split(' ').count();
            let (text, end) = words.get(n.checked_sub(1)?)?;
            (text == phrase).then_some((hedge, skipped + end))
        })
}

/// The words that end a phrase of [`BEFORE`] and open one of [`AFTER`], with their language,
/// sorted: one look-up tells whether a word next to a number can be part of a hedge.
struct EdgeWords {
    last_before: Vec<(Lang, &'static str)>,
    first_after: Vec<(Lang, &'static str)>,
}

fn edge_words() -> &'static EdgeWords {
    static WORDS: OnceLock<EdgeWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let edges = |phrases: &[(Lang, &'static str, Hedge)], last: bool| {
            let mut words: Vec<(Lang, &'static str)> = phrases
                .iter()
                .map(|&(lang, phrase, _)| {
                    let word = if last {
                        phrase.rsplit(' ').next()
                    } else {
                        phrase.split(' ').next()
                    };
                    (lang, word.unwrap_or(phrase))
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        EdgeWords {
            last_before: edges(BEFORE, true),
            first_after: edges(AFTER, false),
        }
    })
}

/// Most words in a phrase of [`AFTER`].
const AFTER_WORDS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_phrase_is_read_on_its_side() {
        // The look-up of the word next to the number must let every phrase through: the
        // phrase itself, in upper case, is read as its own hedge (or as one listed before it
        // that it ends with, as "khong qua" is read before "qua").
        for &(lang, phrase, _) in BEFORE {
            let before = format!("Có {} ", phrase.to_uppercase());
            assert!(hedge_before(&before, lang).is_some(), "{phrase}");
        }
        for &(lang, phrase, hedge) in AFTER {
            let after = format!(" {}.", phrase.to_uppercase());
            assert_eq!(
                hedge_after(&after, lang),
                Some((hedge, phrase.len() + 1)),
                "{phrase}"
            );
        }
    }

    #[test]
    fn every_phrase_after_fits_the_words_read() {
        for (_, phrase, _) in AFTER {
            assert!(phrase.split(' ').count() <= AFTER_WORDS, "{phrase}");
        }
    }

    #[test]
    fn a_phrase_after_ends_at_a_mark_and_spans_its_words() {
        assert_eq!(
            hedge_after(" or more.", Lang::En),
            Some((Hedge::AtLeast, 8))
        );
        assert_eq!(
            hedge_after("  trở lên, ", Lang::Vi),
            Some((Hedge::AtLeast, 12))
        );
        assert_eq!(hedge_after(" or moreover", Lang::En), None);
        assert_eq!(hedge_after(" or", Lang::En), None);
        assert_eq!(hedge_after("", Lang::Id), None);
        assert_eq!(hedge_before("", Lang::Id), None);
        assert_eq!(hedge_before("sekitar ", Lang::Id), Some(Hedge::About));
    }

    #[test]
    fn a_phrase_before_is_a_whole_phrase_of_whole_words() {
        assert_eq!(
            hedge_before("there are close to ", Lang::En),
            Some(Hedge::Under)
        );
        assert_eq!(
            hedge_before("the cooperatives own some ", Lang::En),
            Some(Hedge::About)
        );
        assert_eq!(hedge_before("an awesome ", Lang::En), None);
        assert_eq!(
            hedge_before("terdapat kurang lebih ", Lang::Id),
            Some(Hedge::About)
        );
        assert_eq!(hedge_before("kurang dari ", Lang::Id), Some(Hedge::Under));
        // Not under is at least.
        assert_eq!(
            hedge_before("tidak kurang dari ", Lang::Id),
            Some(Hedge::AtLeast)
        );
        assert_eq!(
            hedge_before("No fewer than ", Lang::En),
            Some(Hedge::AtLeast)
        );
        assert_eq!(hedge_before("không dưới ", Lang::Vi), Some(Hedge::AtLeast));
        assert_eq!(hedge_before("nyaris ", Lang::Id), Some(Hedge::Under));
        // A combining mark does not split a word; punctuation after it is no word.
        assert_eq!(hedge_before("ho\u{031B}n, ", Lang::Vi), Some(Hedge::Over));
        assert_eq!(hedge_before("tho\u{031B}n ", Lang::Vi), None);
        assert_eq!(hedge_before("kira-kira ", Lang::Id), Some(Hedge::About));
        assert_eq!(last_word("có khoảng  "), "khoảng");
        assert_eq!(last_word("..."), "");
    }
}
