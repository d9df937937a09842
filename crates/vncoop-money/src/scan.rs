//! Money mentions in report text.

use std::ops::Range;

use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use vncoop_text::{hedge_after, hedge_before, scan_numbers, Lang, NumberMatch};

use crate::amount::Amount;
use crate::currency::{currency_after, currency_before, prefix_len, starts_with_word, Currency};
use crate::units::{match_start, Per, PER_INTRODUCERS, PER_WORDS};
use crate::vnd::Vnd;

/// An amount of money found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct MoneyMention {
    /// Byte range in the scanned text: number, scale, currency and rate.
    pub span: Range<usize>,
    /// The currency.
    pub currency: Currency,
    /// The amount in units of the currency, with its hedge.
    pub amount: Amount<Decimal>,
    /// What the amount is per, in the order written ("/person/month": person, month).
    pub per: Vec<Per>,
    /// The digits could be read differently under the other separator convention.
    pub ambiguous: bool,
}

impl MoneyMention {
    /// The amount in dong; `None` for other currencies (never converted).
    #[must_use]
    pub fn vnd(&self) -> Option<Amount<Vnd>> {
        (self.currency == Currency::VND).then(|| self.amount.map(Vnd::new))
    }
}

/// Finds every money expression in `text` (normalized, in `lang`).
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_money::{scan_money, Amount, Currency, Per};
/// use vncoop_text::Lang;
/// let found = scan_money("income of 8-12 million VND/person/month", Lang::En);
/// assert_eq!(found[0].currency, Currency::VND);
/// assert_eq!(found[0].amount, Amount::Range { min: Decimal::from(8_000_000), max: Decimal::from(12_000_000) });
/// assert_eq!(found[0].per, vec![Per::Person, Per::Month]);
/// let usd = scan_money("VND1.93 trillion (US$82.05 million)", Lang::En);
/// assert_eq!(usd[1].currency, Currency::USD);
/// ```
#[must_use]
pub fn scan_money(text: &str, lang: Lang) -> Vec<MoneyMention> {
    scan_money_in(text, lang, &scan_numbers(text, lang))
}

/// [`scan_money`] over numbers already found by [`scan_numbers`] on the same text, for callers
/// that need both and should not scan twice.
///
/// ```
/// use vncoop_money::{scan_money, scan_money_in};
/// use vncoop_text::{scan_numbers, Lang};
/// let text = "464 HTX, doanh thu 3,825 tỷ đồng";
/// let numbers = scan_numbers(text, Lang::Vi);
/// assert_eq!(scan_money_in(text, Lang::Vi, &numbers), scan_money(text, Lang::Vi));
/// ```
#[must_use]
pub fn scan_money_in(text: &str, lang: Lang, numbers: &[NumberMatch]) -> Vec<MoneyMention> {
    let numbers: Vec<&NumberMatch> = numbers.iter().filter(|n| !n.percent).collect();
    let lone = one_unit(text, lang, &numbers);
    let mut found: Vec<MoneyMention> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let number = numbers[i];
        i += 1;
        if lone.iter().any(|m| m.span.contains(&number.span.start)) {
            continue;
        }
        // A currency word serves one amount: in "3 GBP 1 pence", "GBP" is not before "1".
        let taken = found.last().map_or(0, |m| m.span.end);
        let found_currency = currency_around(text, number, taken)
            .or_else(|| dong_implied(text, lang, number))
            .or_else(|| million_dong_after(text, lang, number));
        let Some((mut money, number)) = found_currency.and_then(|m| scaled(number, m)) else {
            if let Some(mention) = range_to_priced(text, lang, number, numbers.get(i).copied()) {
                found.push(mention);
                i += 1;
            } else if let Some(mention) = minor_alone(text, lang, number) {
                found.push(mention);
            }
            continue;
        };
        let mut amount = match number.max {
            Some(max) => Amount::Range {
                min: number.value,
                max,
            },
            None => Amount::hedged(number.value, hedge_before(&text[..money.start], lang)),
        };
        let mut ambiguous = number.ambiguous;
        // A range whose ends each carry the currency: "từ 1000 đồng đến 2000 đồng".
        if number.max.is_none() {
            if let Some(next) = numbers.get(i) {
                // The second amount must start after the first ends: in "7$3" one sign sits
                // between two numbers and cannot close the first and open the second.
                if let Some(upper) =
                    currency_around(text, next, money.end).filter(|u| u.currency == money.currency)
                {
                    let between = &text[money.end..upper.start];
                    if joins_range(between, &text[..money.start], lang)
                        && next.max.is_none()
                        && next.value > number.value
                    {
                        amount = Amount::Range {
                            min: number.value,
                            max: next.value,
                        };
                        money.end = upper.end;
                        ambiguous |= next.ambiguous;
                        i += 1;
                    }
                }
            }
        }
        if let Amount::Range { .. } = amount {
            money.start = range_opener_start(text, money.start, lang);
        }
        // "$20 and 43c", "2 đô 23": the minor units after the major ones.
        if amount.max().is_none() {
            if let Some((minor, end)) = minor_after(
                text,
                lang,
                money.currency,
                money.end,
                numbers.get(i).copied(),
            ) {
                if let Some(value) = amount.value().checked_add(minor) {
                    amount = amount.map(|_| value);
                    money.end = end;
                    i += 1;
                }
            }
        }
        found.push(priced(text, lang, money, amount, ambiguous));
    }
    if !lone.is_empty() {
        found.extend(lone);
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// `number` in the units of `money`'s currency: times the power of ten its word carries. `None`
/// when that overflows.
fn scaled(number: &NumberMatch, money: WithCurrency) -> Option<(WithCurrency, NumberMatch)> {
    let mut number = number.clone();
    if money.scale > 0 {
        let factor = Decimal::from(10_u64.checked_pow(money.scale)?);
        // Normalized, as a scale word's amount is: "5,2 trđ" is 5200000, not 5200000.0.
        number.value = number.value.checked_mul(factor)?.normalize();
        number.max = match number.max {
            Some(max) => Some(max.checked_mul(factor)?.normalize()),
            None => None,
        };
    }
    Some((money, number))
}

/// The name of the dollar that "a", "one", "một" or "satu" can stand before, per language.
fn dollar_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "dollar",
        Lang::Vi => "đô la",
        Lang::Id => "dolar",
    }
}

/// "a dollar", "one dollar", "một đô la", "satu dolar": one unit named by a word that is no
/// number on its own, with the minor units after it ("above a dollar and 42 cents").
fn one_unit(text: &str, lang: Lang, numbers: &[&NumberMatch]) -> Vec<MoneyMention> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(dollar_name(lang)) {
        let before = text[..at].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !matches!(
            word.to_lowercase().as_str(),
            "a" | "an" | "one" | "một" | "satu"
        ) {
            continue;
        }
        let Some((currency, len)) = currency_after(&text[at..]) else {
            continue;
        };
        let start = before.len() - word.len();
        let mut money = WithCurrency {
            currency,
            start,
            end: at + len,
            scale: 0,
        };
        let mut amount = Amount::hedged(Decimal::ONE, hedge_before(&text[..start], lang));
        let next = numbers.iter().find(|n| n.span.start >= money.end).copied();
        if let Some((minor, end)) = minor_after(text, lang, currency, money.end, next) {
            if let Some(value) = Decimal::ONE.checked_add(minor) {
                amount = amount.map(|_| value);
                money.end = end;
            }
        }
        found.push(priced(text, lang, money, amount, false));
    }
    found
}

/// The mention of `amount` in `money`'s currency, with the rate and the hedge written after it.
fn priced(
    text: &str,
    lang: Lang,
    money: WithCurrency,
    mut amount: Amount<Decimal>,
    ambiguous: bool,
) -> MoneyMention {
    let mut end = money.end;
    let (per, rate_len) = rate_after(&text[end..]);
    end += rate_len;
    if let Some((hedge, len)) = hedge_after(&text[end..], lang) {
        if amount.max().is_none() {
            amount = Amount::hedged(amount.value(), Some(hedge));
            end += len;
        }
    }
    MoneyMention {
        span: money.start..end,
        currency: money.currency,
        amount,
        per,
        ambiguous,
    }
}

/// "1000 tới 2000 đồng", "5 đến 7 tỷ đồng": a bare number joined as a range to an amount with a
/// currency takes that currency, and its scale when it has none ("5" is 5 tỷ).
fn range_to_priced(
    text: &str,
    lang: Lang,
    number: &NumberMatch,
    next: Option<&NumberMatch>,
) -> Option<MoneyMention> {
    let next = next?;
    if number.max.is_some() || next.max.is_some() || number.span.end > next.span.start {
        return None;
    }
    let upper = currency_around(text, next, number.span.end)?;
    if upper.start != next.span.start {
        return None;
    }
    let between = &text[number.span.end..next.span.start];
    if !joins_bare_range(between, &text[..number.span.start], lang) {
        return None;
    }
    let min = match (number.scale, next.scale) {
        (None, Some(e)) => number
            .value
            .checked_mul(Decimal::from(10u64.checked_pow(e)?))?,
        _ => number.value,
    };
    (min < next.value).then(|| {
        let start = range_opener_start(text, number.span.start, lang);
        priced(
            text,
            lang,
            WithCurrency { start, ..upper },
            Amount::Range {
                min,
                max: next.value,
            },
            number.ambiguous || next.ambiguous,
        )
    })
}

/// Words for the minor unit written after an amount's major units, per language: "$20 and
/// 43c", "2 đô 23 xu", "20 ringgit dan 43 sen". ("c" alone only in English, where "43c" is how
/// cents are written.)
fn minor_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "cents", "cent", "pennies", "penny", "pence", "¢", "c", "sen", "sens", "kopiykas",
        ],
        Lang::Vi => &["xen", "xu", "cents", "cent", "¢"],
        Lang::Id => &["sen", "cents", "cent", "¢"],
    }
}

/// Words that name hundredths of a US dollar on their own, with no amount before them: "10
/// cents", "mười xu". Pence, sen and kopiykas belong to other currencies and are read only
/// after their major unit.
fn cent_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["cents", "cent", "pennies", "penny", "¢", "c"],
        Lang::Vi => &["xen", "xu", "cents", "cent", "¢"],
        Lang::Id => &["cents", "cent", "¢"],
    }
}

/// The word of `words` at the start of `text` (after optional spaces), as its byte length.
fn minor_word_at(text: &str, words: &[&str]) -> Option<usize> {
    let trimmed = text.trim_start();
    let gap = text.len() - trimmed.len();
    // Most numbers are followed by a word none of these start with: passed over at once.
    let first = trimmed.chars().next()?.to_lowercase().next()?;
    if !words.iter().any(|w| w.starts_with(first)) {
        return None;
    }
    words
        .iter()
        .filter_map(|w| {
            let len = starts_with_word(trimmed, w)?;
            (!trimmed[len..].starts_with(char::is_alphanumeric)).then_some(len)
        })
        .max()
        .map(|len| gap + len)
}

/// "10 cents", "mười xu": cents alone are hundredths of a US dollar.
fn minor_alone(text: &str, lang: Lang, number: &NumberMatch) -> Option<MoneyMention> {
    if number.max.is_some() || number.scale.is_some() || !number.value.fract().is_zero() {
        return None;
    }
    let len = minor_word_at(&text[number.span.end..], cent_words(lang))?;
    let value = number.value.checked_div(Decimal::from(100))?;
    Some(priced(
        text,
        lang,
        WithCurrency {
            currency: Currency::USD,
            start: number.span.start,
            end: number.span.end + len,
            scale: 0,
        },
        Amount::hedged(value, hedge_before(&text[..number.span.start], lang)),
        number.ambiguous,
    ))
}

/// The minor units written right after an amount ending at `end`: "and 43c", " 43 cents",
/// " 23" at the end of the phrase. Returns their value in the major unit and where they end.
fn minor_after(
    text: &str,
    lang: Lang,
    currency: Currency,
    end: usize,
    next: Option<&NumberMatch>,
) -> Option<(Decimal, usize)> {
    let exponent = u32::from(currency.minor_unit_exponent()?);
    let next = next?;
    let limit = 10u64.checked_pow(exponent)?;
    if exponent == 0
        || next.max.is_some()
        || next.scale.is_some()
        || !next.value.fract().is_zero()
        || next.value.is_sign_negative()
        || next.value >= Decimal::from(limit)
        || next.span.start < end
    {
        return None;
    }
    // At least a space between: in "7$3" the sign sits between two amounts.
    let gap = &text[end..next.span.start];
    let joint = gap.trim().to_lowercase();
    if gap.is_empty() || !matches!(joint.as_str(), "" | "and" | "và" | "dan") {
        return None;
    }
    let after = &text[next.span.end..];
    let end = match minor_word_at(after, minor_words(lang)) {
        Some(len) => next.span.end + len,
        // A bare count of minor units ends the phrase: "$20 43", "hai đô 23".
        None if after.trim_start().is_empty()
            || after.trim_start().starts_with(['.', ',', ';', ')']) =>
        {
            next.span.end
        }
        None => return None,
    };
    let minor = next.value.checked_div(Decimal::from(limit))?;
    Some((minor, end))
}

/// A number with its currency: where the expression starts and ends.
struct WithCurrency {
    currency: Currency,
    start: usize,
    end: usize,
    /// The power of ten the currency word carries ("trđ", millions of dong: 6), 0 for most.
    scale: u32,
}

/// The currency of `number`: written right after it, else right before it but not before
/// `taken` (a word already read with the amount before).
fn currency_around(text: &str, number: &NumberMatch, taken: usize) -> Option<WithCurrency> {
    let after = &text[number.span.end..];
    let gap = after.len() - after.trim_start().len();
    if let Some((currency, len)) = currency_after(&after[gap..]) {
        return Some(WithCurrency {
            currency,
            start: number.span.start,
            end: number.span.end + gap + len,
            scale: 0,
        });
    }
    let before = &text[..number.span.start];
    let trimmed = before.trim_end();
    currency_before(trimmed)
        .filter(|(_, len)| trimmed.len() - len >= taken)
        .map(|(currency, len)| WithCurrency {
            currency,
            start: trimmed.len() - len,
            end: number.span.end,
            scale: 0,
        })
}

/// Scale words after which Vietnamese leaves out "đồng" when a rate follows.
const DONG_SCALES: [&str; 3] = ["triệu", "tỷ", "tỉ"];

/// "lợi nhuận bình quân 200 triệu/hợp tác xã", "thu nhập 4,5 triệu/người/tháng": millions or
/// billions priced per something with a slash are dong in Vietnamese even without "đồng"
/// (a count is never written per something).
fn dong_implied(text: &str, lang: Lang, number: &NumberMatch) -> Option<WithCurrency> {
    let after = text.get(number.span.end..)?;
    if lang != Lang::Vi || number.scale.is_none() || !after.starts_with('/') {
        return None;
    }
    let written = text.get(number.span.clone())?.to_lowercase();
    let scaled = DONG_SCALES.iter().any(|w| written.ends_with(w));
    (scaled && !rate_after(after).0.is_empty()).then_some(WithCurrency {
        currency: Currency::VND,
        start: number.span.start,
        end: number.span.end,
        scale: 0,
    })
}

/// Millions of dong in one word, as tables and statistical reports write them: "5,2 trđ",
/// "5,2 tr.đ", "5,2 tr.đồng", "5,2 tr đồng".
const MILLION_DONG_WORDS: [&str; 5] = ["trđ", "tr.đ", "tr.đồng", "tr đồng", "tr. đồng"];

/// "thu nhập 5,2 trđ/người/tháng": a number with no scale word, then millions of dong
/// abbreviated.
fn million_dong_after(text: &str, lang: Lang, number: &NumberMatch) -> Option<WithCurrency> {
    if lang != Lang::Vi {
        return None;
    }
    let written = text.get(number.span.clone())?;
    // "5,2 tr" is already read as millions ("tr." is the short "triệu"); "5,2 trđ" is not.
    let (from, scale) = match number.scale {
        None => (number.span.end, 6),
        Some(6) if written.len() > 2 && written.is_char_boundary(written.len() - 2) => {
            let short = &written[written.len() - 2..];
            if !short.eq_ignore_ascii_case("tr") {
                return None;
            }
            (number.span.end - 2, 0)
        }
        _ => return None,
    };
    let after = text.get(from..)?;
    let gap = after.len() - after.trim_start().len();
    let len = MILLION_DONG_WORDS
        .iter()
        .filter_map(|w| prefix_len(&after[gap..], w))
        .max()?;
    Some(WithCurrency {
        currency: Currency::VND,
        start: number.span.start,
        end: from + gap + len,
        scale,
    })
}

/// Whether `between` joins two amounts into a range, given the text `before` the first.
fn joins_range(between: &str, before: &str, lang: Lang) -> bool {
    let word = between.trim().to_lowercase();
    let opener = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    match (lang, word.as_str()) {
        (_, "-") => true,
        (Lang::Vi, "đến" | "tới") => opener == "từ",
        (Lang::Vi, "và") => opener == "giữa",
        (Lang::En, "to") => opener == "from",
        (Lang::En, "and") => opener == "between" || opener == "from",
        (Lang::Id, "sampai" | "hingga") => true,
        (Lang::Id, "dan") => opener == "antara",
        _ => false,
    }
}

/// Whether `between` joins a bare number to an amount after it: as [`joins_range`], and in
/// Vietnamese "đến"/"tới" with no "từ" ("1000 tới 2000 đồng").
fn joins_bare_range(between: &str, before: &str, lang: Lang) -> bool {
    let word = between.trim().to_lowercase();
    joins_range(between, before, lang)
        || (lang == Lang::Vi && matches!(word.as_str(), "đến" | "tới"))
}

/// Extends a range back over its opening word ("từ", "between", "antara", "dari").
fn range_opener_start(text: &str, start: usize, lang: Lang) -> usize {
    let before = text[..start].trim_end();
    let openers: &[&str] = match lang {
        Lang::Vi => &["từ", "giữa"],
        Lang::En => &["from", "between"],
        Lang::Id => &["dari", "antara"],
    };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if openers.contains(&word.to_lowercase().as_str()) {
        before.len() - word.len()
    } else {
        start
    }
}

/// Rate words after an amount: "/người/tháng", " per person per month", " a year".
fn rate_after(text: &str) -> (Vec<Per>, usize) {
    let mut per = Vec::new();
    let mut at = 0;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        let (intro_len, needs_space) = if let Some(after_slash) = trimmed.strip_prefix('/') {
            (trimmed.len() - after_slash.len(), false)
        } else if let Some(word) = {
            // Only the first few characters matter; never lower-case the rest of the text.
            let head: String = trimmed.chars().take(8).collect::<String>().to_lowercase();
            PER_INTRODUCERS.iter().find(|w| {
                head.strip_prefix(**w)
                    .is_some_and(|rest| rest.starts_with(' '))
            })
        } {
            (word.len(), true)
        } else {
            break;
        };
        let after_intro = &trimmed[intro_len..];
        let word_start = if needs_space {
            after_intro.len() - after_intro.trim_start().len()
        } else {
            0
        };
        match match_start(&after_intro[word_start..], PER_WORDS) {
            Some((unit, len)) => {
                per.push(unit);
                at += gap + intro_len + word_start + len;
            }
            None => break,
        }
    }
    (per, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, lang: Lang) -> MoneyMention {
        let found = scan_money(text, lang);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn vietnamese_millions_priced_per_something_are_dong() {
        let m = one("lợi nhuận bình quân khoảng 200 triệu/hợp tác xã", Lang::Vi);
        assert_eq!(m.currency, Currency::VND);
        assert_eq!(
            m.amount,
            Amount::About {
                value: d(200_000_000)
            }
        );
        assert_eq!(m.per, vec![Per::Cooperative]);
        let m = one("thu nhập 4,5 tỉ/năm", Lang::Vi);
        assert_eq!(
            (m.amount.value(), m.per),
            (d(4_500_000_000), vec![Per::Year])
        );
        // Not priced, priced after another unit, in thousands, or in another language.
        for (text, lang) in [
            ("có 2 triệu thành viên", Lang::Vi),
            ("sản lượng 1,2 triệu tấn/năm", Lang::Vi),
            ("giá 500 nghìn/người", Lang::Vi),
            ("3 triệu/", Lang::Vi),
            ("200 million/cooperative", Lang::En),
        ] {
            assert!(scan_money(text, lang).is_empty(), "{text}");
        }
    }

    #[test]
    fn millions_of_dong_in_one_word() {
        for text in [
            "thu nhập 5,2 trđ/người/tháng",
            "thu nhập 5,2 tr.đ/người/tháng",
            "thu nhập 5,2 Tr.đồng/người/tháng",
            "thu nhập 5,2 tr đồng/người/tháng",
        ] {
            let m = one(text, Lang::Vi);
            assert_eq!(m.amount.value().to_string(), "5200000", "{text}");
            assert_eq!(m.per, vec![Per::Person, Per::Month], "{text}");
            assert_eq!(&text[m.span.clone()], &text["thu nhập ".len()..], "{text}");
        }
        assert_eq!(
            one("từ 4 - 6 trđ/người/tháng", Lang::Vi).amount,
            Amount::Range {
                min: d(4_000_000),
                max: d(6_000_000)
            }
        );
        // A word that only opens like one is not one; a scale already read is not scaled again.
        assert!(scan_money("có 5 trđiểm", Lang::Vi).is_empty());
        assert!(scan_money("5 triệu trđ", Lang::Vi).len() <= 1);
    }

    #[test]
    fn seed_forms() {
        let m = one("average revenue 3,825 million VND", Lang::En);
        assert_eq!(
            m.amount,
            Amount::Exact {
                value: d(3_825_000_000)
            }
        );
        let m = one("VND 1,263 billion", Lang::En);
        assert_eq!(m.amount.value(), d(1_263_000_000_000));
        assert_eq!(m.span, 0..17);
        let m = one("1.7 billion VND/year", Lang::En);
        assert_eq!(
            (m.amount.value(), m.per.clone()),
            (Decimal::new(17, 1) * d(1_000_000_000), vec![Per::Year])
        );
        let m = one("over 100 billion VND", Lang::En);
        assert_eq!(
            m.amount,
            Amount::Over {
                value: d(100_000_000_000)
            }
        );
        assert_eq!(
            one("1.263 tỷ đồng", Lang::Vi).amount.value(),
            d(1_263_000_000_000)
        );
        assert_eq!(
            one("5 tỷ 300 triệu đồng", Lang::Vi).amount.value(),
            d(5_300_000_000)
        );
        assert_eq!(
            one("1,7 miliar VND", Lang::Id).amount.value(),
            d(1_700_000_000)
        );
        assert_eq!(one("650 triệu đ", Lang::Vi).amount.value(), d(650_000_000));
        assert_eq!(
            one("2.000 tỉ VNĐ", Lang::Vi).amount.value(),
            d(2_000_000_000_000)
        );
        let m = one("thu nhập 5,2 triệu đồng/người/tháng", Lang::Vi);
        assert_eq!(m.per, vec![Per::Person, Per::Month]);
        let m = one("4,8 juta VND per orang per bulan", Lang::Id);
        assert_eq!(m.per, vec![Per::Person, Per::Month]);
    }

    #[test]
    fn other_currencies_are_not_dong() {
        let m = one("Rp 1,7 miliar", Lang::Id);
        assert_eq!(m.currency, Currency::IDR);
        assert_eq!(m.vnd(), None);
        assert_eq!(one("US$82.05 million", Lang::En).currency, Currency::USD);
        assert!(scan_money("464 cooperatives", Lang::En).is_empty());
    }

    #[test]
    fn one_sign_between_two_numbers_is_not_a_range_nor_cents() {
        // The sign serves one amount: the first, which it follows.
        let found = scan_money("7$3", Lang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].amount, Amount::Exact { value: d(7) });
        let found = scan_money("3 GBP 1 pence", Lang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].amount,
            Amount::Exact {
                value: Decimal::new(301, 2)
            }
        );
    }

    #[test]
    fn minor_units_after_the_major_ones() {
        let cents = |text: &str, lang| one(text, lang).amount;
        let exact = |v: i64, scale| Amount::Exact {
            value: Decimal::new(v, scale),
        };
        assert_eq!(cents("$20 and 43c", Lang::En), exact(2043, 2));
        assert_eq!(cents("20 dollars 43 cents", Lang::En), exact(2043, 2));
        assert_eq!(cents("hai đô 23", Lang::Vi), exact(223, 2));
        assert_eq!(cents("2 đô la và 23 xen", Lang::Vi), exact(223, 2));
        assert_eq!(cents("20 ringgit dan 43 sen", Lang::Id), exact(2043, 2));
        assert_eq!(cents("ten cents", Lang::En), exact(10, 2));
        // Pence and sen alone are no dollars.
        assert!(scan_money("10 pence", Lang::En).is_empty());
        assert!(scan_money("10 sen", Lang::Id).is_empty());
        assert_eq!(
            cents("above a dollar and 42 cents", Lang::En),
            Amount::Over {
                value: Decimal::new(142, 2)
            }
        );
        // A count after an amount is no minor unit; dong and yen have none.
        assert_eq!(
            scan_money("US$20 and 43 cooperatives", Lang::En)[0].amount,
            exact(20, 0)
        );
        assert_eq!(scan_money("500 đồng 20", Lang::Vi)[0].amount, exact(500, 0));
        assert_eq!(scan_money("10 yen 5", Lang::Id)[0].amount, exact(10, 0));
    }

    #[test]
    fn every_currency_is_itself() {
        let currency = |text: &str, lang| one(text, lang).currency.code();
        assert_eq!(currency("20€", Lang::En), "EUR");
        assert_eq!(currency("£9", Lang::Vi), "GBP");
        assert_eq!(currency("500 triệu yên", Lang::Vi), "JPY");
        assert_eq!(currency("3 nhân dân tệ", Lang::Vi), "CNY");
        assert_eq!(currency("RM42", Lang::En), "MYR");
        assert_eq!(currency("42 BGN", Lang::En), "BGN");
        assert_eq!(currency("12 billion dong", Lang::En), "VND");
        assert_eq!(currency("lebih dari 80 miliar dong", Lang::Id), "VND");
        assert!(scan_money("5 đô thị loại II", Lang::Vi).is_empty());
        assert!(scan_money("2023 Dong Thap", Lang::En).is_empty());
        assert!(scan_money("12 HTX", Lang::Vi).is_empty());
    }

    #[test]
    fn ranges_with_the_currency_only_at_the_end() {
        let range = |min: i64, max: i64| Amount::Range {
            min: d(min),
            max: d(max),
        };
        assert_eq!(
            one("tầm khoảng 1000 tới 2000 đồng", Lang::Vi).amount,
            range(1000, 2000)
        );
        assert_eq!(
            one("5 đến 7 tỷ đồng", Lang::Vi).amount,
            range(5_000_000_000, 7_000_000_000)
        );
        assert_eq!(
            one("from 1.1 and 1.3 dollars", Lang::En).amount,
            Amount::Range {
                min: Decimal::new(11, 1),
                max: Decimal::new(13, 1)
            }
        );
        // A later, smaller number is no upper end.
        assert_eq!(
            one("7 đến 5 tỷ đồng", Lang::Vi).amount,
            Amount::Exact {
                value: d(5_000_000_000)
            }
        );
    }

    #[test]
    fn ranges_with_currency_on_both_ends() {
        let m = one("từ 1000 đồng đến 2000 đồng", Lang::Vi);
        assert_eq!(
            m.amount,
            Amount::Range {
                min: d(1000),
                max: d(2000)
            }
        );
        assert_eq!(m.span.start, 0);
        let m = one("dưới bảy ngàn đồng", Lang::Vi);
        assert_eq!(m.amount, Amount::Under { value: d(7000) });
        let m = one("từ 7000 đồng trở xuống", Lang::Vi);
        assert_eq!(m.amount, Amount::AtMost { value: d(7000) });
    }
}
