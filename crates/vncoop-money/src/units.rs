//! Currency and rate words as data.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// What an amount is per: "VND/person/month" is per person and per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Per {
    /// Per year.
    Year,
    /// Per month.
    Month,
    /// Per day.
    Day,
    /// Per person (người, orang, capita).
    Person,
    /// Per worker (lao động, pekerja).
    Worker,
    /// Per member (thành viên, anggota).
    Member,
    /// Per household (hộ, rumah tangga).
    Household,
    /// Per cooperative (HTX, koperasi).
    Cooperative,
    /// Per hectare.
    Hectare,
}

impl Per {
    /// The snake_case name, as serde writes it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Per::Year => "year",
            Per::Month => "month",
            Per::Day => "day",
            Per::Person => "person",
            Per::Worker => "worker",
            Per::Member => "member",
            Per::Household => "household",
            Per::Cooperative => "cooperative",
            Per::Hectare => "hectare",
        }
    }
}

/// Rate words (lower case), longest first.
pub(crate) const PER_WORDS: &[(&str, Per)] = &[
    ("hợp tác xã", Per::Cooperative),
    ("rumah tangga", Per::Household),
    ("tenaga kerja", Per::Worker),
    ("thành viên", Per::Member),
    ("co-operative", Per::Cooperative),
    ("cooperative", Per::Cooperative),
    ("household", Per::Household),
    ("lao động", Per::Worker),
    ("xã viên", Per::Member),
    ("labourer", Per::Worker),
    ("employee", Per::Worker),
    ("koperasi", Per::Cooperative),
    ("hectare", Per::Hectare),
    ("hektare", Per::Hectare),
    ("pekerja", Per::Worker),
    ("anggota", Per::Member),
    ("héc-ta", Per::Hectare),
    ("capita", Per::Person),
    ("person", Per::Person),
    ("people", Per::Person),
    ("worker", Per::Worker),
    ("member", Per::Member),
    ("hektar", Per::Hectare),
    ("annum", Per::Year),
    ("month", Per::Month),
    ("tháng", Per::Month),
    ("tahun", Per::Year),
    ("bulan", Per::Month),
    ("người", Per::Person),
    ("orang", Per::Person),
    ("hecta", Per::Hectare),
    ("year", Per::Year),
    ("năm", Per::Year),
    ("ngày", Per::Day),
    ("hari", Per::Day),
    ("jiwa", Per::Person),
    ("head", Per::Person),
    ("coop", Per::Cooperative),
    ("day", Per::Day),
    ("htx", Per::Cooperative),
    ("hộ", Per::Household),
    ("yr", Per::Year),
    ("ha", Per::Hectare),
    ("kk", Per::Household),
];

/// Words that introduce a rate: "per", "mỗi", "a", "each", "setiap".
pub(crate) const PER_INTRODUCERS: &[&str] =
    &["per", "mỗi", "một", "each", "a", "an", "setiap", "tiap"];

/// Strips the longest entry of `table` that `text` starts with (case-insensitive) and that
/// ends at a word boundary; returns the value and the byte length matched.
pub(crate) fn match_start<T: Copy>(text: &str, table: &[(&str, T)]) -> Option<(T, usize)> {
    let lower = text.chars().take(16).collect::<String>().to_lowercase();
    table.iter().find_map(|&(word, value)| {
        let rest = lower.strip_prefix(word)?;
        let boundary = !rest.chars().next().is_some_and(char::is_alphanumeric)
            || !word.chars().last().is_some_and(char::is_alphanumeric);
        // Map the matched lower-case length back to the original (same char count).
        let chars = word.chars().count();
        let len: usize = text.chars().take(chars).map(char::len_utf8).sum();
        boundary.then_some((value, len))
    })
}
