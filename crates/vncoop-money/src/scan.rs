//! Money mentions in report text.

use std::ops::Range;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vncoop_text::{hedge_after, hedge_before, scan_numbers, Lang, NumberMatch};

use crate::amount::Amount;
use crate::units::{
    match_end, match_start, Currency, Per, CURRENCY_AFTER, CURRENCY_BEFORE, PER_INTRODUCERS,
    PER_WORDS,
};
use crate::vnd::Vnd;

/// An amount of money found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    pub fn vnd(&self) -> Option<Amount<Vnd>> {
        (self.currency == Currency::Vnd).then(|| self.amount.map(Vnd::new))
    }
}

/// Finds every money expression in `text` (normalized, in `lang`).
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_money::{scan_money, Amount, Currency, Per};
/// use vncoop_text::Lang;
/// let found = scan_money("income of 8-12 million VND/person/month", Lang::En);
/// assert_eq!(found[0].currency, Currency::Vnd);
/// assert_eq!(found[0].amount, Amount::Range { min: Decimal::from(8_000_000), max: Decimal::from(12_000_000) });
/// assert_eq!(found[0].per, vec![Per::Person, Per::Month]);
/// let usd = scan_money("VND1.93 trillion (US$82.05 million)", Lang::En);
/// assert_eq!(usd[1].currency, Currency::Usd);
/// ```
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
pub fn scan_money_in(text: &str, lang: Lang, numbers: &[NumberMatch]) -> Vec<MoneyMention> {
    let numbers: Vec<&NumberMatch> = numbers.iter().filter(|n| !n.percent).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let number = numbers[i];
        i += 1;
        let Some(money) = currency_around(text, number) else {
            continue;
        };
        let mut start = money.start;
        let mut end = money.end;
        let mut amount = match number.max {
            Some(max) => Amount::Range {
                min: number.value,
                max,
            },
            None => Amount::hedged(number.value, hedge_before(&text[..start], lang)),
        };
        let mut ambiguous = number.ambiguous;
        // A range whose ends each carry the currency: "từ 1000 đồng đến 2000 đồng".
        if number.max.is_none() {
            if let Some(next) = numbers.get(i) {
                // The second amount must start after the first ends: in "7$3" one sign sits
                // between two numbers and cannot close the first and open the second.
                if let Some(upper) = currency_around(text, next)
                    .filter(|u| u.currency == money.currency && u.start >= end)
                {
                    let between = &text[end..upper.start];
                    if joins_range(between, &text[..start], lang)
                        && next.max.is_none()
                        && next.value > number.value
                    {
                        amount = Amount::Range {
                            min: number.value,
                            max: next.value,
                        };
                        end = upper.end;
                        ambiguous |= next.ambiguous;
                        i += 1;
                    }
                }
            }
        }
        if let Amount::Range { .. } = amount {
            start = range_opener_start(text, start, lang);
        }
        let (per, rate_len) = rate_after(&text[end..]);
        end += rate_len;
        if let Some((hedge, len)) = hedge_after(&text[end..], lang) {
            if amount.max().is_none() {
                amount = Amount::hedged(amount.value(), Some(hedge));
                end += len;
            }
        }
        found.push(MoneyMention {
            span: start..end,
            currency: money.currency,
            amount,
            per,
            ambiguous,
        });
    }
    found
}

/// A number with its currency: where the expression starts and ends.
struct WithCurrency {
    currency: Currency,
    start: usize,
    end: usize,
}

fn currency_around(text: &str, number: &NumberMatch) -> Option<WithCurrency> {
    let after = &text[number.span.end..];
    let gap = after.len() - after.trim_start().len();
    if let Some((currency, len)) = match_start(&after[gap..], CURRENCY_AFTER) {
        return Some(WithCurrency {
            currency,
            start: number.span.start,
            end: number.span.end + gap + len,
        });
    }
    let before = &text[..number.span.start];
    let trimmed = before.trim_end();
    match_end(trimmed, CURRENCY_BEFORE).map(|(currency, len)| WithCurrency {
        currency,
        start: trimmed.len() - len,
        end: number.span.end,
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
        (Lang::En, "and") => opener == "between",
        (Lang::Id, "sampai" | "hingga") => true,
        (Lang::Id, "dan") => opener == "antara",
        _ => false,
    }
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
        assert_eq!(m.currency, Currency::Idr);
        assert_eq!(m.vnd(), None);
        assert_eq!(one("US$82.05 million", Lang::En).currency, Currency::Usd);
        assert!(scan_money("464 cooperatives", Lang::En).is_empty());
    }

    #[test]
    fn one_sign_between_two_numbers_is_not_a_range() {
        let found = scan_money("7$3", Lang::En);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].amount, Amount::Exact { value: d(7) });
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
