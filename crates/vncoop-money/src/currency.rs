//! Currencies by their ISO 4217 code, and the words, signs and codes reports write them with.
//!
//! The codes, names and minor units come from the `iso_currency` crate (ISO 4217 as published
//! on Wikipedia); the words in Vietnamese, English and Indonesian are this crate's tables.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

#[cfg(feature = "serde")]
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::error::MoneyError;

/// A currency, by its ISO 4217 code. Only [`Currency::VND`] amounts ever become [`crate::Vnd`];
/// every other currency is reported as itself and never converted.
///
/// ```
/// use vncoop_money::Currency;
/// let euro: Currency = "EUR".parse()?;
/// assert_eq!(euro.code(), "EUR");
/// assert_eq!(euro.minor_unit_exponent(), Some(2));
/// assert_eq!(Currency::VND.minor_unit_exponent(), Some(0));
/// assert_eq!(Currency::JPY.to_string(), "JPY");
/// assert!("XYZ".parse::<Currency>().is_err());
/// # Ok::<(), vncoop_money::MoneyError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

impl Currency {
    /// Vietnamese dong: đồng, đ, ₫, VND, VNĐ, dong.
    pub const VND: Currency = Currency(iso_currency::Currency::VND);
    /// US dollar: USD, US$, $, đô la, dollar, dolar.
    pub const USD: Currency = Currency(iso_currency::Currency::USD);
    /// Indonesian rupiah: Rp, IDR, rupiah.
    pub const IDR: Currency = Currency(iso_currency::Currency::IDR);
    /// Euro: €, EUR, euro.
    pub const EUR: Currency = Currency(iso_currency::Currency::EUR);
    /// Pound sterling: £, GBP, pound, bảng Anh.
    pub const GBP: Currency = Currency(iso_currency::Currency::GBP);
    /// Japanese yen: ¥, JPY, yen, yên.
    pub const JPY: Currency = Currency(iso_currency::Currency::JPY);
    /// Chinese yuan: CNY, RMB, yuan, nhân dân tệ.
    pub const CNY: Currency = Currency(iso_currency::Currency::CNY);

    /// The currency with ISO 4217 code `code` ("EUR"), in upper case.
    pub fn from_code(code: &str) -> Option<Currency> {
        iso_currency::Currency::from_code(code).map(Currency)
    }

    /// The ISO 4217 code: "VND", "USD".
    #[must_use]
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The English name: "Vietnamese đồng", "Euro".
    #[must_use]
    pub fn name(&self) -> &str {
        self.0.name()
    }

    /// How many decimal places the minor unit takes (2 for cents, 0 for dong and yen); `None`
    /// for units with no minor unit (gold, special drawing rights).
    #[must_use]
    pub fn minor_unit_exponent(self) -> Option<u16> {
        self.0.exponent()
    }

    /// Whether this code is a fund, a precious metal or another special unit, not money that
    /// a report would state an amount in.
    fn is_money(self) -> bool {
        !self.0.is_fund() && !self.0.is_special()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;

    fn from_str(code: &str) -> Result<Currency, MoneyError> {
        Currency::from_code(code.trim()).ok_or_else(|| MoneyError::UnknownCurrency {
            input: code.to_string(),
        })
    }
}

#[cfg(feature = "serde")]
impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Currency, D::Error> {
        let code = String::deserialize(deserializer)?;
        code.parse().map_err(de::Error::custom)
    }
}

/// Where a currency word stands relative to its number.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// "20 euros", "1,7 tỷ đồng".
    After,
    /// "£10", "Rp 1,7 miliar".
    Before,
    /// "EUR 20" and "20 EUR", "ringgit 42" and "42 ringgit".
    Either,
}

use iso_currency::Currency as Iso;
use Side::{After, Before, Either};

/// Currency words, signs and prefixes, in lower case. A three-letter ISO code in upper case is
/// read on either side without being listed here ("42 BGN", "UAH 3.04").
pub(crate) const CURRENCY_WORDS: &[(&str, Iso, Side)] = &[
    // Dong. "dong" alone only after a number, in lower case: "12 billion dong".
    ("đồng", Iso::VND, After),
    ("dong", Iso::VND, After),
    ("vietnamese dong", Iso::VND, Either),
    ("vnđ", Iso::VND, Either),
    ("vnd", Iso::VND, Either),
    ("vn$", Iso::VND, Before),
    ("₫", Iso::VND, Either),
    ("đ", Iso::VND, After),
    // US dollar; "$" alone is the US dollar in reports about Vietnam.
    ("đô la mỹ", Iso::USD, After),
    ("đô-la", Iso::USD, After),
    ("đô la", Iso::USD, After),
    ("đô mỹ", Iso::USD, After),
    ("đô", Iso::USD, After),
    ("us dollars", Iso::USD, After),
    ("dollars", Iso::USD, After),
    ("dollar", Iso::USD, After),
    ("dolar as", Iso::USD, After),
    ("dolar", Iso::USD, After),
    ("bucks", Iso::USD, After),
    ("us$", Iso::USD, Either),
    ("$", Iso::USD, Either),
    // Rupiah.
    ("rupiah", Iso::IDR, After),
    ("rp.", Iso::IDR, Before),
    ("rp", Iso::IDR, Either),
    // Euro.
    ("euros", Iso::EUR, After),
    ("euro", Iso::EUR, After),
    ("€ur", Iso::EUR, After),
    ("€", Iso::EUR, Either),
    // Pounds.
    ("pounds sterling", Iso::GBP, After),
    ("pound sterling", Iso::GBP, After),
    ("bảng anh", Iso::GBP, After),
    ("pounds", Iso::GBP, After),
    ("pound", Iso::GBP, After),
    ("£", Iso::GBP, Either),
    ("lebanese pounds", Iso::LBP, After),
    ("lebanese pound", Iso::LBP, After),
    ("egyptian pounds", Iso::EGP, After),
    ("egyptian pound", Iso::EGP, After),
    ("egyptianpound", Iso::EGP, After),
    ("genihat masriya", Iso::EGP, After),
    ("geneh", Iso::EGP, After),
    ("l.e.", Iso::EGP, After),
    ("l.e", Iso::EGP, After),
    ("le", Iso::EGP, After),
    // Asian currencies.
    ("yên nhật", Iso::JPY, After),
    ("yên", Iso::JPY, After),
    ("yen", Iso::JPY, After),
    ("¥", Iso::JPY, Either),
    ("nhân dân tệ", Iso::CNY, After),
    ("renminbi", Iso::CNY, After),
    ("yuan", Iso::CNY, After),
    ("rmb", Iso::CNY, Either),
    ("rupees", Iso::INR, After),
    ("rupee", Iso::INR, After),
    ("rs.", Iso::INR, Before),
    ("rs", Iso::INR, Either),
    ("₹", Iso::INR, Either),
    ("malaysian ringgits", Iso::MYR, Either),
    ("malaysia ringgits", Iso::MYR, Either),
    ("malaysian ringgit", Iso::MYR, Either),
    ("malaysia ringgit", Iso::MYR, Either),
    ("ringgits", Iso::MYR, Either),
    ("ringgit", Iso::MYR, Either),
    ("rm", Iso::MYR, Either),
    ("baht", Iso::THB, After),
    ("bạt", Iso::THB, After),
    ("฿", Iso::THB, Either),
    ("won", Iso::KRW, After),
    ("₩", Iso::KRW, Either),
    ("riel", Iso::KHR, After),
    ("kip", Iso::LAK, After),
    ("pesos", Iso::PHP, After),
    ("peso", Iso::PHP, After),
    ("₱", Iso::PHP, Either),
    ("s$", Iso::SGD, Before),
    ("a$", Iso::AUD, Before),
    ("c$", Iso::CAD, Before),
    ("hk$", Iso::HKD, Before),
    ("nt$", Iso::TWD, Before),
    ("tugriks", Iso::MNT, After),
    ("tugrik", Iso::MNT, After),
    ("₮", Iso::MNT, Either),
    // Elsewhere.
    ("swiss francs", Iso::CHF, After),
    ("kuwaiti dinars", Iso::KWD, After),
    ("kuwaiti dinar", Iso::KWD, After),
    ("qatari riyals", Iso::QAR, After),
    ("qatari riyal", Iso::QAR, After),
    ("saudi riyals", Iso::SAR, After),
    ("saudi riyal", Iso::SAR, After),
    ("saudiriyal", Iso::SAR, After),
    ("dirhams", Iso::AED, After),
    ("dirham", Iso::AED, After),
    ("shekels", Iso::ILS, After),
    ("shekel", Iso::ILS, After),
    ("₪", Iso::ILS, Either),
    ("hryvnias", Iso::UAH, After),
    ("hryvnia", Iso::UAH, After),
    ("₴", Iso::UAH, Either),
    ("rúp", Iso::RUB, After),
    ("roubles", Iso::RUB, After),
    ("rubles", Iso::RUB, After),
    ("₽", Iso::RUB, Either),
];

/// Upper-case words that look like ISO codes but are far more often something else.
const NOT_CODES: [&str; 6] = ["ALL", "TOP", "CUP", "MOP", "SOS", "BAM"];

/// The entries of [`CURRENCY_WORDS`] that can stand on each side, by the character they start
/// with (after a number) or end with (before one): most numbers are followed by a word no
/// currency word starts with, and are passed over without lower-casing anything.
// Looked up for every number: a few dozen keys are found faster by comparison than by hashing.
struct WordIndex {
    after: BTreeMap<char, Vec<usize>>,
    before: BTreeMap<char, Vec<usize>>,
}

fn word_index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = WordIndex {
            after: BTreeMap::new(),
            before: BTreeMap::new(),
        };
        for (i, (word, _, side)) in CURRENCY_WORDS.iter().enumerate() {
            if let (Some(first), true) = (word.chars().next(), *side != Before) {
                index.after.entry(first).or_default().push(i);
            }
            if let (Some(last), true) = (word.chars().next_back(), *side != After) {
                index.before.entry(last).or_default().push(i);
            }
        }
        index
    })
}

/// The lower-case form of `c` when it is one character (as for every letter of the tables).
fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Of the entries `candidates`, the longest word that `found` finds in the text: its currency
/// and the byte length it takes there.
fn longest_word(
    candidates: &[usize],
    found: impl Fn(&str) -> Option<usize>,
) -> Option<(Currency, usize)> {
    candidates
        .iter()
        .filter_map(|&i| CURRENCY_WORDS.get(i))
        .filter_map(|(word, iso, _)| found(word).map(|len| (word.len(), Currency(*iso), len)))
        .max_by_key(|(word_len, _, _)| *word_len)
        .map(|(_, currency, len)| (currency, len))
}

/// Whether `c`, beside a word whose own edge is `edge`, ends the word: a letter or digit
/// continues a word that ends in one ("dong" in "dongle"), never a sign ("$5").
fn boundary(c: Option<char>, edge: Option<char>) -> bool {
    !c.is_some_and(char::is_alphanumeric) || !edge.is_some_and(char::is_alphanumeric)
}

/// The byte length of `word` (lower case) at the start of `text`, in any case. Compared
/// character by character: nothing is lower-cased or allocated.
pub(crate) fn starts_with_word(text: &str, word: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for w in word.chars() {
        if chars.next().map(|(_, c)| lower(c)) != Some(w) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Like [`starts_with_word`], ending at a word boundary.
pub(crate) fn prefix_len(text: &str, word: &str) -> Option<usize> {
    let len = starts_with_word(text, word)?;
    boundary(text[len..].chars().next(), word.chars().next_back()).then_some(len)
}

/// Like [`prefix_len`] for `word` at the end of `text`.
fn suffix_len(text: &str, word: &str) -> Option<usize> {
    let mut start = text.len();
    let mut chars = text.char_indices().rev();
    for w in word.chars().rev() {
        match chars.next() {
            Some((i, c)) if lower(c) == w => start = i,
            _ => return None,
        }
    }
    boundary(text[..start].chars().next_back(), word.chars().next()).then_some(text.len() - start)
}

/// A three-letter ISO code in upper case, as a whole word.
fn code(word: &str) -> Option<Currency> {
    (word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()) && !NOT_CODES.contains(&word))
        .then(|| Currency::from_code(word))
        .flatten()
        .filter(|c| c.is_money())
}

/// The currency written at the start of `text` (right after a number): its currency and byte
/// length in `text`.
pub(crate) fn currency_after(text: &str) -> Option<(Currency, usize)> {
    let first = text.chars().next()?;
    if first.is_ascii_uppercase() {
        let word_end = text
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(text.len());
        if let Some(found) = code(&text[..word_end]) {
            return Some((found, word_end));
        }
        // "Dong" with a capital is a place ("Dong Nai", "Dong Thap"), never the currency,
        // unless the country follows: "2,44 miliar Dong Vietnam".
        if text.starts_with("Dong") {
            let country = ["Dong Vietnam", "Dong Viet Nam", "Dong Việt Nam"]
                .into_iter()
                .find_map(|name| prefix_len(text, &name.to_lowercase()));
            return country.map(|len| (Currency::VND, len));
        }
    }
    let candidates = word_index().after.get(&lower(first))?;
    // "đô thị", "đô thành": a city, not a dollar.
    if matches!(first, 'đ' | 'Đ') && starts_with_word(text, "đô th").is_some() {
        return None;
    }
    longest_word(candidates, |word| prefix_len(text, word))
}

/// The currency written at the end of `text` (right before a number): its currency and byte
/// length in `text`.
pub(crate) fn currency_before(text: &str) -> Option<(Currency, usize)> {
    let last = text.chars().next_back()?;
    if last.is_ascii_uppercase() {
        let word_start = text
            .rfind(|c: char| !c.is_ascii_alphanumeric())
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        if let Some(found) = code(&text[word_start..]) {
            return Some((found, text.len() - word_start));
        }
    }
    let candidates = word_index().before.get(&lower(last))?;
    longest_word(candidates, |word| suffix_len(text, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_lower_case() {
        for (word, _, _) in CURRENCY_WORDS {
            assert_eq!(word.to_lowercase(), *word);
        }
    }

    #[test]
    fn codes_signs_and_words_on_each_side() {
        assert_eq!(currency_after("EUR 20"), Some((Currency::EUR, 3)));
        assert_eq!(
            currency_after("BGN"),
            Currency::from_code("BGN").map(|c| (c, 3))
        );
        assert_eq!(
            currency_after("malaysian ringgits"),
            Currency::from_code("MYR").map(|c| (c, 18))
        );
        assert_eq!(currency_after("tỷ"), None);
        assert_eq!(currency_after("HTX"), None);
        assert_eq!(currency_after("ALL"), None);
        assert_eq!(currency_after("Dong Nai"), None);
        assert_eq!(
            currency_after("Dong Vietnam (VND)"),
            Some((Currency::VND, "Dong Vietnam".len()))
        );
        assert_eq!(currency_after("đô thị loại II"), None);
        assert_eq!(currency_after("đô 23"), Some((Currency::USD, "đô".len())));
        assert_eq!(currency_after("dong."), Some((Currency::VND, 4)));
        assert_eq!(
            currency_after("đồng/năm"),
            Some((Currency::VND, "đồng".len()))
        );
        assert_eq!(currency_before("giá £"), Some((Currency::GBP, "£".len())));
        assert_eq!(currency_before("at US$"), Some((Currency::USD, 3)));
        assert_eq!(currency_before("price GBP"), Some((Currency::GBP, 3)));
        assert_eq!(
            currency_before("Rs."),
            Currency::from_code("INR").map(|c| (c, 3))
        );
        assert_eq!(currency_before("won"), None);
    }
}
