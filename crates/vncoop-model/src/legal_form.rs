//! Legal forms of the collective economy under the Law on Cooperatives 2012 (No. 23/2012/QH13,
//! in force 1 July 2013) and 2023 (No. 17/2023/QH15, in force 1 July 2024).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use vncoop_text::Lang;

use crate::names::by_name;

/// A form of organisation that reports count, or the representative body that reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// Tổ hợp tác (THT): a group bound by a cooperation contract, without legal personality.
    CooperativeGroup,
    /// Hợp tác xã (HTX).
    Cooperative,
    /// Liên hiệp hợp tác xã (LH HTX): a business whose members are cooperatives.
    UnionOfCooperatives,
    /// Quỹ tín dụng nhân dân (QTDND): a credit institution in cooperative form, counted among
    /// cooperatives in national statistics.
    PeoplesCreditFund,
    /// Liên minh Hợp tác xã (national or provincial): the representative body. It reports,
    /// organises and supports; it is never counted as an economic unit.
    CooperativeAlliance,
}

/// The cooperative law in force on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CooperativeLaw {
    /// Law No. 18/2003/QH11 and earlier.
    Before2013,
    /// Law No. 23/2012/QH13, 1 July 2013 to 30 June 2024.
    Law2012,
    /// Law No. 17/2023/QH15, from 1 July 2024.
    Law2023,
}

impl CooperativeLaw {
    /// The law in force on `date`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use vncoop_model::CooperativeLaw;
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap();
    /// assert_eq!(CooperativeLaw::in_force(d), CooperativeLaw::Law2023);
    /// ```
    #[must_use]
    pub fn in_force(date: NaiveDate) -> Self {
        if date >= ymd(2024, 7, 1) {
            CooperativeLaw::Law2023
        } else if date >= ymd(2013, 7, 1) {
            CooperativeLaw::Law2012
        } else {
            CooperativeLaw::Before2013
        }
    }
}

/// A date from constant parts (the dates laws and decisions took effect).
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl LegalForm {
    /// All forms, in reporting order.
    pub const ALL: [LegalForm; 5] = [
        LegalForm::CooperativeGroup,
        LegalForm::Cooperative,
        LegalForm::UnionOfCooperatives,
        LegalForm::PeoplesCreditFund,
        LegalForm::CooperativeAlliance,
    ];

    /// Whether statistics count this form as an economic unit (the alliance is not).
    #[must_use]
    pub fn is_counted(self) -> bool {
        self != LegalForm::CooperativeAlliance
    }

    /// Whether the form has legal personality.
    #[must_use]
    pub fn has_legal_personality(self) -> bool {
        self != LegalForm::CooperativeGroup
    }

    /// The minimum number of members the law in force on `date` requires, counted in people for
    /// groups and cooperatives and in cooperatives for unions. `None` where no cooperative law
    /// sets one: the alliance, people's credit funds (State Bank rules), and before 2013.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use vncoop_model::LegalForm;
    /// let d2020 = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// let d2025 = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(LegalForm::Cooperative.minimum_members(d2020), Some(7));
    /// assert_eq!(LegalForm::Cooperative.minimum_members(d2025), Some(5));
    /// ```
    #[must_use]
    pub fn minimum_members(self, date: NaiveDate) -> Option<u32> {
        use CooperativeLaw::*;
        match (self, CooperativeLaw::in_force(date)) {
            (LegalForm::Cooperative, Law2012) => Some(7),
            (LegalForm::Cooperative, Law2023) => Some(5),
            (LegalForm::UnionOfCooperatives, Law2012) => Some(4),
            (LegalForm::UnionOfCooperatives, Law2023) => Some(3),
            // Before 2024 groups fell under the Civil Code and Decree 77/2019 (two members).
            (LegalForm::CooperativeGroup, Law2012 | Law2023) => Some(2),
            _ => None,
        }
    }

    /// The words and abbreviations reports in `lang` use for the form, as written (matching folds
    /// case and diacritics). The alliance's list holds the names that contain a union's words
    /// ("Provincial Cooperative Union", "Serikat Koperasi Provinsi"): a longest-match search then
    /// tells the representative body from a union that is counted.
    #[must_use]
    pub fn terms(self, lang: Lang) -> &'static [&'static str] {
        use Lang::*;
        match (self, lang) {
            (LegalForm::CooperativeGroup, Vi) => &["tổ hợp tác", "THT", "tổ hợp tác xã"],
            (LegalForm::CooperativeGroup, En) => &[
                "cooperative group",
                "cooperative groups",
                "co-operative group",
                "co-operative groups",
                // A plural noun before "groups", as translations write it.
                "cooperatives groups",
                "co-operatives groups",
                "cooperative team",
                "cooperative teams",
                "pre-cooperative",
                "pre-cooperatives",
            ],
            (LegalForm::CooperativeGroup, Id) => &["kelompok koperasi", "kelompok kerja sama"],
            (LegalForm::Cooperative, Vi) => &["hợp tác xã", "HTX", "HTXNN", "xã viên hợp tác xã"],
            (LegalForm::Cooperative, En) => &[
                "cooperative",
                "cooperatives",
                "co-operative",
                "co-operatives",
                "coop",
                "coops",
            ],
            (LegalForm::Cooperative, Id) => &["koperasi"],
            (LegalForm::UnionOfCooperatives, Vi) => {
                &[
                    "liên hiệp hợp tác xã",
                    "liên hiệp HTX",
                    "liên hiệp các hợp tác xã",
                    "liên hiệp các HTX",
                    // The older "liên hợp" spelling, still seen in reports.
                    "liên hợp hợp tác xã",
                    "liên hợp HTX",
                    "LH HTX",
                    "LHHTX",
                ]
            }
            (LegalForm::UnionOfCooperatives, En) => &[
                "union of cooperatives",
                "unions of cooperatives",
                "cooperative union",
                "cooperative unions",
                "cooperatives' union",
                "cooperatives' unions",
                "co-operative union",
                "co-operative unions",
                "unions of co-operatives",
                "union of co-operatives",
                "cooperative federation",
                "cooperative federations",
                "federation of cooperatives",
                "federations of cooperatives",
                // A sector named inside the phrase ("94 unions of agricultural cooperatives").
                "union of agricultural cooperatives",
                "unions of agricultural cooperatives",
                "agricultural cooperative union",
                "agricultural cooperative unions",
            ],
            (LegalForm::UnionOfCooperatives, Id) => &["serikat koperasi", "gabungan koperasi"],
            (LegalForm::PeoplesCreditFund, Vi) => &["quỹ tín dụng nhân dân", "QTDND", "quỹ TDND"],
            (LegalForm::PeoplesCreditFund, En) => &[
                "people's credit fund",
                "people's credit funds",
                "people’s credit funds",
                "peoples credit funds",
                "PCF",
                "PCFs",
            ],
            (LegalForm::PeoplesCreditFund, Id) => {
                &["dana kredit rakyat", "dana perkreditan rakyat"]
            }
            (LegalForm::CooperativeAlliance, Vi) => {
                &["liên minh hợp tác xã", "liên minh HTX", "LMHTX"]
            }
            (LegalForm::CooperativeAlliance, En) => &[
                "provincial cooperative union",
                "city cooperative union",
                "cooperative alliance",
                "cooperative association",
                "provincial cooperative alliance",
                "vietnam cooperative alliance",
                "VCA",
            ],
            (LegalForm::CooperativeAlliance, Id) => &[
                "serikat koperasi provinsi",
                "persatuan koperasi provinsi",
                "aliansi koperasi",
                "serikat koperasi vietnam",
                "federasi koperasi",
            ],
        }
    }

    /// The snake_case name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            LegalForm::CooperativeGroup => "cooperative_group",
            LegalForm::Cooperative => "cooperative",
            LegalForm::UnionOfCooperatives => "union_of_cooperatives",
            LegalForm::PeoplesCreditFund => "peoples_credit_fund",
            LegalForm::CooperativeAlliance => "cooperative_alliance",
        }
    }
}

by_name!(LegalForm, "legal form");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn membership_follows_the_law_in_force() {
        let before = ymd(2024, 6, 30);
        let after = ymd(2024, 7, 1);
        assert_eq!(LegalForm::Cooperative.minimum_members(before), Some(7));
        assert_eq!(LegalForm::Cooperative.minimum_members(after), Some(5));
        assert_eq!(
            LegalForm::UnionOfCooperatives.minimum_members(before),
            Some(4)
        );
        assert_eq!(
            LegalForm::UnionOfCooperatives.minimum_members(after),
            Some(3)
        );
        assert_eq!(LegalForm::CooperativeAlliance.minimum_members(after), None);
        assert_eq!(
            LegalForm::Cooperative.minimum_members(ymd(2010, 1, 1)),
            None
        );
    }

    #[test]
    fn the_alliance_is_not_counted() {
        assert!(!LegalForm::CooperativeAlliance.is_counted());
        assert!(LegalForm::PeoplesCreditFund.is_counted());
        assert!(!LegalForm::CooperativeGroup.has_legal_personality());
    }

    #[test]
    fn names_round_trip() {
        for form in LegalForm::ALL {
            assert_eq!(form.to_string().parse::<LegalForm>(), Ok(form));
        }
        assert!("kolkhoz".parse::<LegalForm>().is_err());
    }
}
