//! The number grammar over tokens: quantities, then ranges of quantities.

use std::ops::Range;

use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::lexer::{tokens, Kind, Token};
use super::literal::read_digits;
use super::words::{atom, is_percent_phrase, is_weak_alone, range_words, Atom};
use crate::error::TextError;
use crate::lang::Lang;
use crate::normalize::normalize;

/// The value of a checked operation, or `Step::Fail` from the grammar step on overflow: a
/// number too large for an exact decimal is no number, never a panic.
macro_rules! or_fail {
    ($e:expr) => {
        match $e {
            Some(value) => value,
            None => return Step::Fail,
        }
    };
}

/// A number found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct NumberMatch {
    /// Byte range in the text that was scanned.
    pub span: Range<usize>,
    /// The value; for a range, its lower end.
    pub value: Decimal,
    /// The upper end of a range ("8-12", "từ 10 đến 15"), if this is one.
    pub max: Option<Decimal>,
    /// Written as a percentage ("7.7%", "7,7 persen", "7,7 phần trăm").
    pub percent: bool,
    /// Power of ten of the scale word or suffix applied, if any ("million" 6, "tỷ" 9, "100K" 3).
    pub scale: Option<u32>,
    /// The digits could be read another way under the other convention; see
    /// [`Literal::ambiguous`](crate::Literal::ambiguous).
    pub ambiguous: bool,
    /// Spelled in words, at least in part ("hai mươi lăm", "dua puluh lima").
    pub words: bool,
}

/// Finds every number in `text`, written the way `lang` writes numbers, in text order and
/// without overlaps. `text` should be normalized (see [`normalize`](crate::normalize)): dashes
/// and spaces are expected in their ASCII forms. [`numbers_in`] finds them one at a time.
#[must_use]
pub fn scan_numbers(text: &str, lang: Lang) -> Vec<NumberMatch> {
    numbers_in(text, lang).collect()
}

/// The numbers of `text`, found one at a time as the iterator is advanced, so that a caller
/// who needs only the first few stops reading there; the same numbers as [`scan_numbers`].
///
/// ```
/// use vncoop_text::{numbers_in, Lang};
/// let first = numbers_in("464 hợp tác xã, 1 liên hiệp và 235 tổ hợp tác", Lang::Vi).next();
/// assert_eq!(first.map(|m| m.value.to_string()), Some("464".to_string()));
/// ```
#[must_use]
pub fn numbers_in(text: &str, lang: Lang) -> NumberScan<'_> {
    NumberScan {
        grammar: Grammar::new(tokens(text), lang, false),
        openers: range_words(lang),
        at: 0,
    }
}

/// An iterator over the numbers of a text, in text order (see [`numbers_in`]).
#[derive(Debug)]
pub struct NumberScan<'a> {
    grammar: Grammar<'a>,
    /// The words that open a range in the scanned language ("từ", "between", "antara").
    openers: &'static [(&'static str, Option<&'static str>, bool)],
    /// The next token to read from.
    at: usize,
}

impl Iterator for NumberScan<'_> {
    type Item = NumberMatch;

    fn next(&mut self) -> Option<NumberMatch> {
        let grammar = &self.grammar;
        while self.at < grammar.tokens.len() {
            let at = self.at;
            // Most words are neither a number word nor a range opener: no number starts there.
            if let Kind::Word(w) = &grammar.tokens[at].kind {
                if grammar.atoms[at].is_none()
                    && !self.openers.iter().any(|(_, o, _)| *o == Some(&**w))
                {
                    self.at += 1;
                    continue;
                }
            }
            match grammar.range_or_quantity(at) {
                Some((m, next)) => {
                    self.at = next;
                    return Some(m);
                }
                None => self.at += 1,
            }
        }
        None
    }
}

/// Parses `input` as one number in `lang`; the whole input must be the number.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_text::{parse_number, Lang};
/// assert_eq!(parse_number("hai mươi lăm", Lang::Vi)?, Decimal::from(25));
/// assert_eq!(parse_number("dua puluh lima", Lang::Id)?, Decimal::from(25));
/// assert_eq!(parse_number("twenty-five", Lang::En)?, Decimal::from(25));
/// assert_eq!(parse_number("1,7 tỷ", Lang::Vi)?, Decimal::from(1_700_000_000u64));
/// assert!(parse_number("25 cows", Lang::En).is_err());
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn parse_number(input: &str, lang: Lang) -> Result<Decimal, TextError> {
    let normalized = normalize(input);
    let text = normalized.as_str().trim();
    let grammar = Grammar::new(tokens(text), lang, true);
    let tokens = &grammar.tokens;
    let no_number = || TextError::NoNumber {
        input: input.to_string(),
    };
    // Surface separator errors ("1,234.567,8") instead of a bare "no number".
    for token in tokens {
        if let Kind::Digits(raw, _) = token.kind {
            read_digits(raw, lang)?;
        }
    }
    let (quantity, next) = grammar.quantity(0).ok_or_else(no_number)?;
    let trailing_dot = next + 1 == tokens.len() && tokens[next].kind == Kind::Punct('.');
    if next < tokens.len() && !trailing_dot {
        return Err(TextError::TrailingText {
            input: input.to_string(),
            rest: text[tokens[next].span.start..].to_string(),
        });
    }
    Ok(quantity.value)
}

/// A quantity while it is being read.
#[derive(Debug, Clone, Default)]
struct Quantity {
    value: Decimal,
    percent: bool,
    scale: Option<u32>,
    ambiguous: bool,
    words: bool,
    span: Range<usize>,
}

#[derive(Debug)]
struct Grammar<'a> {
    tokens: Vec<Token<'a>>,
    /// What each token means as a number word, looked up once.
    atoms: Vec<Option<Atom>>,
    lang: Lang,
    /// Parsing a whole input: weak words and a spaced leading minus are allowed.
    whole: bool,
}

/// `value` with its sign turned. A `Decimal`'s range is symmetric, so this never overflows: the
/// one operator the arithmetic lint lets through, here and nowhere else in this crate.
#[allow(clippy::arithmetic_side_effects)]
fn negated(value: Decimal) -> Decimal {
    -value
}

/// Ten to the power `exponent`, or `None` beyond what a `Decimal` holds: stacked scale words
/// ("billion billion billion ...") reach any exponent.
fn pow10(exponent: u32) -> Option<Decimal> {
    let power = 10i128.checked_pow(exponent)?;
    Decimal::try_from_i128_with_scale(power, 0).ok()
}

impl<'a> Grammar<'a> {
    fn new(tokens: Vec<Token<'a>>, lang: Lang, whole: bool) -> Self {
        let atoms = tokens
            .iter()
            .map(|t| match &t.kind {
                Kind::Word(w) => atom(w, lang),
                _ => None,
            })
            .collect();
        Grammar {
            tokens,
            atoms,
            lang,
            whole,
        }
    }

    fn word(&self, at: usize) -> Option<&str> {
        match &self.tokens.get(at)?.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    fn atom_at(&self, at: usize) -> Option<Atom> {
        self.atoms.get(at).copied().flatten()
    }

    /// A range ("8-12", "từ 10 đến 15", "between 1.1 and 1.3", "antara 10 dan 15") or a single
    /// quantity, starting at token `at`.
    fn range_or_quantity(&self, at: usize) -> Option<(NumberMatch, usize)> {
        let joiners = range_words(self.lang);
        let opener = self
            .word(at)
            .filter(|w| joiners.iter().any(|(_, o, _)| *o == Some(*w)));
        let first_at = if opener.is_some() { at + 1 } else { at };
        let (first, after_first) = self.quantity(first_at)?;
        let joined_by = |i: usize| -> bool {
            match &self.tokens.get(i).map(|t| &t.kind) {
                Some(Kind::Dash) => true,
                Some(Kind::Word(w)) => joiners.iter().any(|(j, o, required)| {
                    j == w && (o.is_none() || *o == opener || (opener.is_none() && !required))
                }),
                _ => false,
            }
        };
        if joined_by(after_first) {
            if let Some((second, after_second)) = self.quantity(after_first + 1) {
                if let Some(m) = make_range(&first, &second) {
                    let start = self.tokens[at].span.start;
                    return Some((
                        NumberMatch {
                            span: start..second.span.end,
                            ..m
                        },
                        after_second,
                    ));
                }
            }
        }
        if opener.is_some() {
            // "from 2022" alone: the opener is not part of the number.
            return None;
        }
        Some((single(&first), after_first))
    }

    /// A single quantity starting at token `at`: returns it and the index after it.
    fn quantity(&self, at: usize) -> Option<(Quantity, usize)> {
        let mut i = at;
        let mut negative = false;
        match (self.tokens.get(i).map(|t| &t.kind), self.tokens.get(i + 1)) {
            (Some(Kind::Dash), Some(next))
                if matches!(next.kind, Kind::Digits(..)) && (self.whole || !next.space_before) =>
            {
                let starts_word = i == 0 || self.tokens[i].space_before || self.whole;
                if starts_word {
                    negative = true;
                    i += 1;
                }
            }
            (Some(Kind::Word(_)), Some(_)) if self.atom_at(i) == Some(Atom::Minus) => {
                negative = true;
                i += 1;
            }
            _ => {}
        }
        let mut acc = Accumulator::default();
        let mut q = Quantity::default();
        let body_start = i;
        while let Some(token) = self.tokens.get(i) {
            let step = match &token.kind {
                Kind::Digits(raw, suffix) => self.digits(&mut acc, &mut q, raw, *suffix, i),
                Kind::Word(w) => self.word_step(&mut acc, &mut q, w, i),
                Kind::Percent if acc.any => {
                    q.percent = true;
                    i += 1;
                    break;
                }
                Kind::Dash
                    if self.lang == Lang::En
                        && !token.space_before
                        && acc.any
                        && acc.pending.is_none() =>
                {
                    // "twenty-one": a hyphen between a tens word and a unit word.
                    let joins = self.tokens.get(i + 1).is_some_and(|t| !t.space_before)
                        && matches!(self.atom_at(i + 1), Some(Atom::Unit(_)));
                    if joins {
                        Step::Take(1)
                    } else {
                        Step::Stop
                    }
                }
                _ => Step::Stop,
            };
            match step {
                Step::Take(n) => i += n,
                Step::Stop => break,
                Step::Fail => return None,
            }
        }
        if !acc.any {
            return None;
        }
        // A lone weak word ("năm", "one") is not a number in running text.
        if !self.whole && i == body_start + 1 {
            if let Some(w) = self.word(body_start) {
                if is_weak_alone(w, self.lang) {
                    return None;
                }
            }
        }
        let mut value = acc
            .total
            .checked_add(acc.group)?
            .checked_add(acc.pending.unwrap_or_default())?;
        if negative {
            value = negated(value);
        }
        q.value = value.normalize();
        q.span = self.tokens[at].span.start..self.tokens[i - 1].span.end;
        Some((q, i))
    }

    fn digits(
        &self,
        acc: &mut Accumulator,
        q: &mut Quantity,
        raw: &str,
        suffix: u32,
        i: usize,
    ) -> Step {
        if acc.group_started() {
            return Step::Stop; // two numbers side by side: "34 3-star"
        }
        if acc.total > Decimal::ZERO {
            // After a scale, digits continue the number only before a smaller scale:
            // "5 tỷ 300 triệu".
            let next_scale = match self.atom_at(i + 1) {
                Some(Atom::Scale(e)) => Some(e),
                _ => None,
            };
            let smaller = matches!((next_scale, acc.last_scale), (Some(n), Some(l)) if n < l);
            if !smaller || suffix > 0 {
                return Step::Stop;
            }
        }
        let Ok(literal) = read_digits(raw, self.lang) else {
            return if acc.any { Step::Stop } else { Step::Fail };
        };
        let Some(value) = pow10(suffix).and_then(|factor| literal.value.checked_mul(factor)) else {
            return Step::Fail;
        };
        acc.group = value;
        acc.literal = true;
        acc.any = true;
        q.ambiguous |= literal.ambiguous;
        if suffix > 0 {
            q.scale = Some(suffix);
        }
        Step::Take(1)
    }

    fn word_step(&self, acc: &mut Accumulator, q: &mut Quantity, word: &str, i: usize) -> Step {
        if let Some(next) = self.word(i + 1) {
            if acc.any && is_percent_phrase(word, next, self.lang) {
                q.percent = true;
                return Step::Take(2);
            }
        }
        let Some(atom) = self.atom_at(i) else {
            return Step::Stop;
        };
        let ten = Decimal::TEN;
        match atom {
            Atom::Unit(d) => {
                if acc.literal || acc.pending.is_some() {
                    return Step::Stop;
                }
                acc.pending = Some(Decimal::from(d));
            }
            Atom::Value(v) => {
                if acc.literal || acc.pending.is_some() {
                    return Step::Stop;
                }
                acc.group = or_fail!(acc.group.checked_add(Decimal::from(v)));
            }
            Atom::TensOf => {
                if acc.literal {
                    return Step::Stop;
                }
                let tens = or_fail!(acc.pending.take().unwrap_or(Decimal::ONE).checked_mul(ten));
                acc.group = or_fail!(acc.group.checked_add(tens));
            }
            Atom::TeenOf => {
                if acc.literal {
                    return Step::Stop;
                }
                let teen = or_fail!(ten.checked_add(acc.pending.take().unwrap_or_default()));
                acc.group = or_fail!(acc.group.checked_add(teen));
            }
            Atom::Hundred => {
                let hundred = Decimal::ONE_HUNDRED;
                if let Some(p) = acc.pending.take() {
                    acc.group = or_fail!(p
                        .checked_mul(hundred)
                        .and_then(|h| acc.group.checked_add(h)));
                } else if acc.group.is_zero() {
                    acc.group = hundred;
                } else {
                    acc.group = or_fail!(acc.group.checked_mul(hundred));
                }
                acc.literal = false;
            }
            Atom::ZeroTens => {
                if !acc.any {
                    return Step::Stop;
                }
            }
            Atom::Scale(e) | Atom::OneScale(e) => {
                let factor = or_fail!(pow10(e));
                let mut v = or_fail!(acc
                    .group
                    .checked_add(acc.pending.take().unwrap_or_default()));
                if atom == Atom::OneScale(e) {
                    if !v.is_zero() {
                        return Step::Stop;
                    }
                    v = Decimal::ONE;
                }
                if v.is_zero() {
                    if acc.previous_was_scale {
                        // "nghìn tỷ", "thousand millions": the scale applies to the last chunk.
                        let Some(grown) = acc.last_chunk.checked_mul(factor) else {
                            return Step::Fail;
                        };
                        acc.total = or_fail!(acc
                            .total
                            .checked_sub(acc.last_chunk)
                            .and_then(|t| t.checked_add(grown)));
                        acc.last_chunk = grown;
                        acc.last_scale = acc.last_scale.map(|l| l + e);
                        q.scale = q.scale.map(|s| s + e);
                        acc.any = true;
                        return Step::Take(1);
                    }
                    if !acc.article && !self.whole {
                        return Step::Stop;
                    }
                    v = Decimal::ONE;
                }
                let Some(chunk) = v.checked_mul(factor) else {
                    return Step::Fail;
                };
                acc.total = or_fail!(acc.total.checked_add(chunk));
                acc.last_chunk = chunk;
                acc.last_scale = Some(e);
                acc.group = Decimal::ZERO;
                acc.literal = false;
                acc.any = true;
                acc.previous_was_scale = true;
                q.scale.get_or_insert(e);
                q.words = true;
                return Step::Take(1);
            }
            Atom::Dozen => {
                let v = or_fail!(acc
                    .group
                    .checked_add(acc.pending.take().unwrap_or_default()));
                acc.group = if v.is_zero() {
                    Decimal::from(12)
                } else {
                    or_fail!(v.checked_mul(Decimal::from(12)))
                };
                acc.literal = false;
            }
            Atom::Point => return self.point(acc, q, i),
            Atom::And => {
                let continues = acc.any
                    && matches!(self.atom_at(i + 1), Some(Atom::Unit(_) | Atom::Value(_)))
                    && !acc.literal;
                return if continues { Step::Take(1) } else { Step::Stop };
            }
            Atom::Article => {
                let before_multiplier = matches!(
                    self.atom_at(i + 1),
                    Some(Atom::Scale(_) | Atom::Hundred | Atom::Dozen)
                );
                if acc.any || !before_multiplier {
                    return Step::Stop;
                }
                acc.article = true;
                return Step::Take(1);
            }
            Atom::Percent => {
                if !acc.any {
                    return Step::Stop;
                }
                q.percent = true;
                return Step::Take(1);
            }
            Atom::Minus => return Step::Stop,
        }
        acc.any = true;
        acc.previous_was_scale = false;
        q.words = true;
        Step::Take(1)
    }

    /// "point 77", "hai phẩy 23", "two point two": a decimal point said in words.
    fn point(&self, acc: &mut Accumulator, q: &mut Quantity, i: usize) -> Step {
        let mut digits = String::new();
        let mut j = i + 1;
        if let Some(Token {
            kind: Kind::Digits(raw, 0),
            ..
        }) = self.tokens.get(j)
        {
            if raw.chars().all(|c| c.is_ascii_digit()) {
                digits.push_str(raw);
                j += 1;
            }
        }
        if digits.is_empty() {
            while let Some(Atom::Unit(d)) = self.atom_at(j) {
                digits.push(char::from_digit(d, 10).unwrap_or('0'));
                j += 1;
            }
        }
        if digits.is_empty() {
            return Step::Stop;
        }
        let integer = or_fail!(acc
            .group
            .checked_add(acc.pending.take().unwrap_or_default()));
        let Ok(mut fraction) = digits.parse::<Decimal>() else {
            return Step::Fail;
        };
        if fraction
            .set_scale(u32::try_from(digits.len()).unwrap_or(u32::MAX))
            .is_err()
        {
            return Step::Fail;
        }
        acc.group = or_fail!(integer.checked_add(fraction));
        acc.literal = true;
        acc.any = true;
        acc.previous_was_scale = false;
        q.words = true;
        Step::Take(j - i)
    }
}

enum Step {
    Take(usize),
    Stop,
    Fail,
}

/// Running state of the number grammar (the classic "total + current group" reading).
#[derive(Debug, Default)]
struct Accumulator {
    total: Decimal,
    group: Decimal,
    pending: Option<Decimal>,
    last_chunk: Decimal,
    last_scale: Option<u32>,
    /// The group holds a number written in digits (digits are complete: no word may add to them).
    literal: bool,
    article: bool,
    previous_was_scale: bool,
    any: bool,
}

impl Accumulator {
    fn group_started(&self) -> bool {
        !self.group.is_zero() || self.pending.is_some() || self.literal
    }
}

fn single(q: &Quantity) -> NumberMatch {
    NumberMatch {
        span: q.span.clone(),
        value: q.value,
        max: None,
        percent: q.percent,
        scale: q.scale,
        ambiguous: q.ambiguous,
        words: q.words,
    }
}

/// Joins two quantities into a range. A scale or percent sign written only on the upper end
/// applies to both ("8-12 million", "10-15%"). `None` unless the ends are in increasing order.
fn make_range(first: &Quantity, second: &Quantity) -> Option<NumberMatch> {
    let mut low = first.value;
    if first.scale.is_none() {
        if let Some(e) = second.scale {
            // "5 to 7 billion" shares the scale; "2020 to 64 million" ("... in 2020 to 64
            // million VND") is no range.
            low = low.checked_mul(pow10(e)?)?;
        }
    }
    if low >= second.value || first.percent && !second.percent {
        return None;
    }
    Some(NumberMatch {
        span: first.span.start..second.span.end,
        value: low.normalize(),
        max: Some(second.value),
        percent: first.percent || second.percent,
        scale: second.scale,
        ambiguous: first.ambiguous || second.ambiguous,
        words: first.words || second.words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Lang) -> Vec<String> {
        scan_numbers(text, lang)
            .into_iter()
            .map(|m| {
                let mut s = m.value.to_string();
                if let Some(max) = m.max {
                    s = format!("{s}..{max}");
                }
                if m.percent {
                    s.push('%');
                }
                s
            })
            .collect()
    }

    #[test]
    fn a_range_whose_scale_words_stack_past_any_decimal_is_no_number() {
        // Found by fuzzing: the upper end's scale, 10^36, once panicked in `pow10`.
        for lang in Lang::ALL {
            assert!(
                values("5to8bn bn bn8bn bn", lang)
                    .iter()
                    .all(|v| !v.contains("..")),
                "{lang:?}"
            );
        }
        assert_eq!(pow10(28).map(|p| p.to_string().len()), Some(29));
        assert_eq!(pow10(29), None);
        assert_eq!(pow10(40), None);
    }

    #[test]
    fn seed_like_sentences() {
        assert_eq!(
            values("Thai Binh province has 464 cooperatives, 1 cooperative union, and 235 cooperative groups.", Lang::En),
            ["464", "1", "235"]
        );
        assert_eq!(
            values(
                "28 agricultural cooperatives have developed 34 3-star and 4-star OCOP products.",
                Lang::En
            ),
            ["28", "34", "3", "4"]
        );
        assert_eq!(
            values("570,286 people, an increase of 3,189 members", Lang::En),
            ["570286", "3189"]
        );
        assert_eq!(
            values("3,825 million VND, an increase of 7.7%", Lang::En),
            ["3825000000", "7.7%"]
        );
        assert_eq!(
            values("18.930 anggota, 1,7 miliar", Lang::Id),
            ["18930", "1700000000"]
        );
        assert_eq!(
            values("8-12 million VND/person/month", Lang::En),
            ["8000000..12000000"]
        );
        assert_eq!(values("tăng 7,7 phần trăm", Lang::Vi), ["7.7%"]);
        assert_eq!(values("meningkat 7,7 persen", Lang::Id), ["7.7%"]);
        assert_eq!(values("từ 10 đến 15 HTX", Lang::Vi), ["10..15"]);
        assert_eq!(values("tầm 1000 tới 2000 đồng", Lang::Vi), ["1000..2000"]);
        assert_eq!(values("about 450 to 500 groups", Lang::En), ["450..500"]);
        assert_eq!(values("5 and 7 cooperatives", Lang::En), ["5", "7"]);
        // A scale on the upper end only is shared, so the lower end must stay below it.
        assert_eq!(
            values("5 to 7 billion VND", Lang::En),
            ["5000000000..7000000000"]
        );
        assert_eq!(
            values("in 2020 to 64 million", Lang::En),
            ["2020", "64000000"]
        );
        assert_eq!(values("antara 10 dan 15 koperasi", Lang::Id), ["10..15"]);
        assert_eq!(values("10-15 cooperatives", Lang::En), ["10..15"]);
        assert_eq!(values("5 tỷ 300 triệu đồng", Lang::Vi), ["5300000000"]);
        assert_eq!(values("3 nghìn tỷ đồng", Lang::Vi), ["3000000000000"]);
        assert_eq!(
            values("ngày 15/12/2023 lúc 15:01", Lang::Vi),
            Vec::<String>::new()
        );
        assert_eq!(
            values("năm 2023 có hai mươi lăm HTX", Lang::Vi),
            ["2023", "25"]
        );
        assert_eq!(values("10% - 15%", Lang::En), ["10..15%"]);
    }

    #[test]
    fn words_in_three_languages() {
        let p = |s: &str, l: Lang| {
            parse_number(s, l)
                .map(|d| d.to_string())
                .unwrap_or_else(|e| e.to_string())
        };
        assert_eq!(p("một trăm linh năm", Lang::Vi), "105");
        assert_eq!(
            p("hai mươi mốt nghìn không trăm mười một", Lang::Vi),
            "21011"
        );
        assert_eq!(p("mười lăm", Lang::Vi), "15");
        assert_eq!(p("hai mươi tư", Lang::Vi), "24");
        assert_eq!(p("sebelas", Lang::Id), "11");
        assert_eq!(p("seratus", Lang::Id), "100");
        assert_eq!(p("tujuh belas", Lang::Id), "17");
        assert_eq!(
            p("seven hundred twenty-one thousand and twelve", Lang::En),
            "721012"
        );
        assert_eq!(p("two point two million", Lang::En), "2200000");
        assert_eq!(p("- 1.200.000", Lang::Vi), "-1200000");
        assert_eq!(p(",0012G", Lang::Id), "1200000");
        assert_eq!(p("three thousand millions", Lang::En), "3000000000");
    }
}
