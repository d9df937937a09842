//! Number words of Vietnamese, English and Indonesian, as data.
//!
//! Each word is one [`Atom`] of the number grammar in `scan.rs`; adding a word is adding a row.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lang::Lang;

/// What a word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Atom {
    /// A digit 0-9 ("hai", "two", "dua").
    Unit(u32),
    /// A complete value below a thousand that takes no multiplier of its own: "mười" 10,
    /// "eleven" 11, "twenty" 20, "seratus" 100, "sebelas" 11.
    Value(u32),
    /// Multiplies the pending digit by ten: "mươi", "chục", "puluh".
    TensOf,
    /// Adds ten to the pending digit: Indonesian "belas" ("tujuh belas" 17).
    TeenOf,
    /// Multiplies by a hundred: "trăm", "hundred", "ratus".
    Hundred,
    /// Marks a zero tens digit: "linh", "lẻ" ("một trăm linh năm" 105).
    ZeroTens,
    /// Thousand, million, billion, trillion: 10^exponent.
    Scale(u32),
    /// A scale word with a built-in one: "seribu" 1000, "sejuta" 10^6.
    OneScale(u32),
    /// "dozen": times twelve.
    Dozen,
    /// Decimal point word: "phẩy", "point", "koma".
    Point,
    /// "and" inside an English number ("seven hundred and twelve").
    And,
    /// "a"/"an" before a scale ("a thousand").
    Article,
    /// Negative sign word: "âm", "minus", "negatif".
    Minus,
    /// Percent word: "persen", "percent".
    Percent,
}

type Lexicon = &'static [(&'static str, Atom)];

const VI: Lexicon = &[
    ("không", Atom::Unit(0)),
    ("một", Atom::Unit(1)),
    ("mốt", Atom::Unit(1)),
    ("hai", Atom::Unit(2)),
    ("ba", Atom::Unit(3)),
    ("bốn", Atom::Unit(4)),
    ("tư", Atom::Unit(4)),
    ("năm", Atom::Unit(5)),
    ("lăm", Atom::Unit(5)),
    ("nhăm", Atom::Unit(5)),
    ("sáu", Atom::Unit(6)),
    ("bảy", Atom::Unit(7)),
    ("bẩy", Atom::Unit(7)),
    ("tám", Atom::Unit(8)),
    ("chín", Atom::Unit(9)),
    ("mười", Atom::Value(10)),
    ("mươi", Atom::TensOf),
    ("chục", Atom::TensOf),
    ("trăm", Atom::Hundred),
    ("linh", Atom::ZeroTens),
    ("lẻ", Atom::ZeroTens),
    ("nghìn", Atom::Scale(3)),
    ("ngàn", Atom::Scale(3)),
    ("triệu", Atom::Scale(6)),
    ("tr", Atom::Scale(6)),
    ("tỷ", Atom::Scale(9)),
    ("tỉ", Atom::Scale(9)),
    ("phẩy", Atom::Point),
    ("chấm", Atom::Point),
    ("âm", Atom::Minus),
];

const EN: Lexicon = &[
    ("zero", Atom::Unit(0)),
    ("naught", Atom::Unit(0)),
    ("nought", Atom::Unit(0)),
    ("nil", Atom::Unit(0)),
    ("one", Atom::Unit(1)),
    ("two", Atom::Unit(2)),
    ("three", Atom::Unit(3)),
    ("four", Atom::Unit(4)),
    ("five", Atom::Unit(5)),
    ("six", Atom::Unit(6)),
    ("seven", Atom::Unit(7)),
    ("eight", Atom::Unit(8)),
    ("nine", Atom::Unit(9)),
    ("ten", Atom::Value(10)),
    ("eleven", Atom::Value(11)),
    ("twelve", Atom::Value(12)),
    ("thirteen", Atom::Value(13)),
    ("fourteen", Atom::Value(14)),
    ("fifteen", Atom::Value(15)),
    ("sixteen", Atom::Value(16)),
    ("seventeen", Atom::Value(17)),
    ("eighteen", Atom::Value(18)),
    ("nineteen", Atom::Value(19)),
    ("twenty", Atom::Value(20)),
    ("thirty", Atom::Value(30)),
    ("forty", Atom::Value(40)),
    ("fourty", Atom::Value(40)),
    ("fifty", Atom::Value(50)),
    ("sixty", Atom::Value(60)),
    ("seventy", Atom::Value(70)),
    ("eighty", Atom::Value(80)),
    ("ninety", Atom::Value(90)),
    ("hundred", Atom::Hundred),
    ("hundreds", Atom::Hundred),
    ("thousand", Atom::Scale(3)),
    ("thousands", Atom::Scale(3)),
    ("million", Atom::Scale(6)),
    ("millions", Atom::Scale(6)),
    ("mln", Atom::Scale(6)),
    ("billion", Atom::Scale(9)),
    ("billions", Atom::Scale(9)),
    ("bn", Atom::Scale(9)),
    ("trillion", Atom::Scale(12)),
    // Indian English: a lakh is a hundred thousand, a crore ten million.
    ("lakh", Atom::Scale(5)),
    ("lakhs", Atom::Scale(5)),
    ("crore", Atom::Scale(7)),
    ("crores", Atom::Scale(7)),
    ("trillions", Atom::Scale(12)),
    ("quadrillion", Atom::Scale(15)),
    ("dozen", Atom::Dozen),
    ("dozens", Atom::Dozen),
    ("point", Atom::Point),
    ("and", Atom::And),
    ("a", Atom::Article),
    ("an", Atom::Article),
    ("minus", Atom::Minus),
    ("negative", Atom::Minus),
    ("percent", Atom::Percent),
    ("pct", Atom::Percent),
];

const ID: Lexicon = &[
    ("nol", Atom::Unit(0)),
    ("kosong", Atom::Unit(0)),
    ("satu", Atom::Unit(1)),
    ("dua", Atom::Unit(2)),
    ("tiga", Atom::Unit(3)),
    ("empat", Atom::Unit(4)),
    ("lima", Atom::Unit(5)),
    ("enam", Atom::Unit(6)),
    ("tujuh", Atom::Unit(7)),
    ("delapan", Atom::Unit(8)),
    ("sembilan", Atom::Unit(9)),
    ("sepuluh", Atom::Value(10)),
    ("sebelas", Atom::Value(11)),
    ("seratus", Atom::Value(100)),
    ("puluh", Atom::TensOf),
    ("belas", Atom::TeenOf),
    ("ratus", Atom::Hundred),
    ("ribu", Atom::Scale(3)),
    ("rb", Atom::Scale(3)),
    ("seribu", Atom::OneScale(3)),
    ("juta", Atom::Scale(6)),
    ("jt", Atom::Scale(6)),
    ("sejuta", Atom::OneScale(6)),
    ("miliar", Atom::Scale(9)),
    ("milyar", Atom::Scale(9)),
    ("triliun", Atom::Scale(12)),
    ("trilyun", Atom::Scale(12)),
    ("koma", Atom::Point),
    ("minus", Atom::Minus),
    ("negatif", Atom::Minus),
    ("persen", Atom::Percent),
];

/// A lexicon sorted by word, and which first bytes open a word of it.
struct WordIndex {
    words: HashMap<&'static str, Atom>,
    longest: usize,
    opens: [bool; 256],
}

/// The atom `word` (lower case) stands for in `lang`.
pub(crate) fn atom(word: &str, lang: Lang) -> Option<Atom> {
    // Every word of a report is looked up: a word longer than every number word, or whose first
    // byte opens none, is not looked up at all.
    static LEXICONS: OnceLock<[WordIndex; 3]> = OnceLock::new();
    let lexicons = LEXICONS.get_or_init(|| {
        [VI, EN, ID].map(|rows| {
            let mut words = HashMap::with_capacity(rows.len());
            let mut opens = [false; 256];
            for &(w, atom) in rows {
                // Of a word listed twice, the first row stays, as a scan would find it.
                words.entry(w).or_insert(atom);
                if let Some(&b) = w.as_bytes().first() {
                    opens[usize::from(b)] = true;
                }
            }
            let longest = rows.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
            WordIndex {
                words,
                longest,
                opens,
            }
        })
    });
    let lexicon = match lang {
        Lang::Vi => &lexicons[0],
        Lang::En => &lexicons[1],
        Lang::Id => &lexicons[2],
    };
    let first = word.as_bytes().first()?;
    if word.len() > lexicon.longest || !lexicon.opens[usize::from(*first)] {
        return None;
    }
    lexicon.words.get(word).copied()
}

/// Two-word percent phrases: "phần trăm", "per cent".
pub(crate) fn is_percent_phrase(first: &str, second: &str, lang: Lang) -> bool {
    matches!(
        (lang, first, second),
        (Lang::Vi, "phần", "trăm") | (Lang::En, "per", "cent")
    )
}

/// Words that join the two ends of a range, with the word that may open it and whether that
/// word is required. "to", "đến" and "tới" join a range alone ("450 to 500", "1000 tới 2000
/// đồng"); "and" only after "between" ("between 1.1 and 1.3"), never in a list ("5 and 7").
pub(crate) fn range_words(lang: Lang) -> &'static [(&'static str, Option<&'static str>, bool)] {
    match lang {
        Lang::Vi => &[
            ("đến", Some("từ"), false),
            ("tới", Some("từ"), false),
            ("và", Some("giữa"), true),
        ],
        Lang::En => &[("to", Some("from"), false), ("and", Some("between"), true)],
        Lang::Id => &[
            ("sampai", None, false),
            ("hingga", None, false),
            ("dan", Some("antara"), true),
            ("ke", Some("dari"), true),
        ],
    }
}

/// Single words that are numbers but mostly mean something else in running text ("năm" is
/// also "year", "không" also "not", "one" also a pronoun). They count only inside a longer
/// number or when a whole input is parsed as a number.
pub(crate) fn is_weak_alone(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Vi => matches!(
            word,
            "không"
                | "năm"
                | "ba"
                | "tư"
                | "một"
                | "mốt"
                | "lăm"
                | "nhăm"
                | "linh"
                | "lẻ"
                | "trăm"
                | "chục"
        ),
        Lang::En => matches!(word, "one" | "nil" | "a" | "an"),
        Lang::Id => matches!(word, "satu" | "kosong"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_look_up_finds_what_a_scan_finds() {
        for (lang, lexicon) in [(Lang::Vi, VI), (Lang::En, EN), (Lang::Id, ID)] {
            for (word, _) in lexicon {
                let first = lexicon.iter().find(|(w, _)| w == word).map(|&(_, a)| a);
                assert_eq!(atom(word, lang), first, "{word}");
            }
            for other in ["", "cooperatives", "hợp", "zzz", "\u{e9}"] {
                assert_eq!(atom(other, lang), None, "{other}");
            }
        }
    }
}
