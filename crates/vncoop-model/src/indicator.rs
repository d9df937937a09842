//! The closed vocabulary of indicators, with the unit each is measured in and how it
//! aggregates. `docs/indicators.md` documents each one.

use serde::{Deserialize, Serialize};

use crate::names::by_name;

/// What an observation measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Indicator {
    /// Cooperatives (hợp tác xã), people's credit funds included where a report counts them in.
    Cooperatives,
    /// Cooperative groups (tổ hợp tác).
    CooperativeGroups,
    /// Unions of cooperatives (liên hiệp hợp tác xã).
    UnionsOfCooperatives,
    /// People's credit funds (quỹ tín dụng nhân dân).
    PeoplesCreditFunds,
    /// Members (people).
    Members,
    /// Employees, regular workers (people).
    Employees,
    /// Jobs created (people).
    JobsCreated,
    /// Average revenue per cooperative (VND).
    AvgRevenuePerCooperative,
    /// Average profit per cooperative (VND).
    AvgProfitPerCooperative,
    /// Average income per member or worker (VND).
    AvgIncomePerWorker,
    /// Charter capital (VND; a total unless the scope says average).
    CharterCapital,
    /// Loans to cooperatives: an amount (VND) or the number of cooperatives that borrowed.
    LoansDisbursed,
    /// OCOP products (3 stars and up unless the star scope says otherwise).
    OcopProducts,
    /// Cooperatives that produce or take part in OCOP.
    OcopCooperatives,
    /// Cooperatives applying high technology.
    HighTechCooperatives,
    /// Cooperatives in value chains or production linkages.
    ValueChainCooperatives,
    /// Newly established cooperatives.
    NewCooperatives,
    /// Anything else a report quantifies; the scope says what.
    Other,
}

/// The unit a value is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unit {
    /// Organisations.
    Count,
    /// People.
    People,
    /// OCOP products.
    Products,
    /// Vietnamese dong.
    #[serde(rename = "VND")]
    Vnd,
    /// Percent (7.7 means 7.7 %).
    Percent,
    /// A multiple ("2.5 times").
    Ratio,
}

impl Unit {
    /// All units.
    pub const ALL: [Unit; 6] = [
        Unit::Count,
        Unit::People,
        Unit::Products,
        Unit::Vnd,
        Unit::Percent,
        Unit::Ratio,
    ];

    /// The name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::People => "people",
            Unit::Products => "products",
            Unit::Vnd => "VND",
            Unit::Percent => "percent",
            Unit::Ratio => "ratio",
        }
    }
}

by_name!(Unit, "unit");

impl Indicator {
    /// All indicators.
    pub const ALL: [Indicator; 18] = [
        Indicator::Cooperatives,
        Indicator::CooperativeGroups,
        Indicator::UnionsOfCooperatives,
        Indicator::PeoplesCreditFunds,
        Indicator::Members,
        Indicator::Employees,
        Indicator::JobsCreated,
        Indicator::AvgRevenuePerCooperative,
        Indicator::AvgProfitPerCooperative,
        Indicator::AvgIncomePerWorker,
        Indicator::CharterCapital,
        Indicator::LoansDisbursed,
        Indicator::OcopProducts,
        Indicator::OcopCooperatives,
        Indicator::HighTechCooperatives,
        Indicator::ValueChainCooperatives,
        Indicator::NewCooperatives,
        Indicator::Other,
    ];

    /// The snake_case name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Indicator::Cooperatives => "cooperatives",
            Indicator::CooperativeGroups => "cooperative_groups",
            Indicator::UnionsOfCooperatives => "unions_of_cooperatives",
            Indicator::PeoplesCreditFunds => "peoples_credit_funds",
            Indicator::Members => "members",
            Indicator::Employees => "employees",
            Indicator::JobsCreated => "jobs_created",
            Indicator::AvgRevenuePerCooperative => "avg_revenue_per_cooperative",
            Indicator::AvgProfitPerCooperative => "avg_profit_per_cooperative",
            Indicator::AvgIncomePerWorker => "avg_income_per_worker",
            Indicator::CharterCapital => "charter_capital",
            Indicator::LoansDisbursed => "loans_disbursed",
            Indicator::OcopProducts => "ocop_products",
            Indicator::OcopCooperatives => "ocop_cooperatives",
            Indicator::HighTechCooperatives => "high_tech_cooperatives",
            Indicator::ValueChainCooperatives => "value_chain_cooperatives",
            Indicator::NewCooperatives => "new_cooperatives",
            Indicator::Other => "other",
        }
    }

    /// The unit a level of this indicator is stated in. Percentages and ratios of any
    /// indicator are also allowed (shares and changes).
    #[must_use]
    pub fn unit(self) -> Unit {
        use Indicator::*;
        match self {
            Members | Employees | JobsCreated => Unit::People,
            AvgRevenuePerCooperative
            | AvgProfitPerCooperative
            | AvgIncomePerWorker
            | CharterCapital => Unit::Vnd,
            OcopProducts => Unit::Products,
            _ => Unit::Count,
        }
    }

    /// The largest figure in the indicator's own unit that a report can truly state, for one
    /// province or a smaller unit, or for the whole country (`national`); `None` for totals of
    /// money and for `Other`, which have no such bound.
    ///
    /// The bounds are orders of magnitude, not estimates: the country had about 101 million
    /// people in 2024 (GSO), its cooperatives at most 8.1 million members (end 2020, Vietnam
    /// Cooperative Alliance) and about 35,000 cooperatives and 120,000 cooperative groups. A
    /// province's people-count above 10 million or organisation-count above 100,000, or a
    /// national one above 100 million or 1 million, is a misread figure, such as a
    /// Vietnamese decimal comma kept by a translation ("15,434 thousand members").
    ///
    /// Averages have one bound everywhere. A cooperative's average revenue was about 4.6
    /// billion dong a year and its profit 421 million in 2025, a regular worker's income about
    /// 64 million a year (Ministry of Finance, report 768/BC-BTC); no province's average is a
    /// hundred times the country's. An average revenue or profit per organisation above 1,000
    /// billion dong, or an income per worker above 1 billion, is a misread figure, such as a
    /// thousands separator written for a decimal mark ("3.150 tỷ đồng/năm" for 3.15 billion).
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vncoop_model::Indicator;
    ///
    /// let province = Indicator::Members.ceiling(false).unwrap();
    /// assert!(Decimal::from(570_286) <= province);
    /// assert!(Decimal::from(15_434_000) > province);
    /// assert!(Decimal::from(15_434_000) <= Indicator::Members.ceiling(true).unwrap());
    /// assert_eq!(Indicator::CharterCapital.ceiling(false), None);
    /// let revenue = Indicator::AvgRevenuePerCooperative.ceiling(false).unwrap();
    /// assert!(Decimal::from(8_377_000_000_i64) <= revenue);
    /// assert!(Decimal::from(3_150_000_000_000_i64) > revenue);
    /// ```
    #[must_use]
    pub fn ceiling(self, national: bool) -> Option<rust_decimal::Decimal> {
        const BILLION: i64 = 1_000_000_000;
        let (province, country): (i64, i64) = match (self, self.unit()) {
            (Indicator::AvgRevenuePerCooperative | Indicator::AvgProfitPerCooperative, _) => {
                (1_000 * BILLION, 1_000 * BILLION)
            }
            (Indicator::AvgIncomePerWorker, _) => (BILLION, BILLION),
            (_, Unit::People) => (10_000_000, 100_000_000),
            (_, Unit::Count | Unit::Products) if self != Indicator::Other => (100_000, 1_000_000),
            _ => return None,
        };
        Some(rust_decimal::Decimal::from(if national {
            country
        } else {
            province
        }))
    }

    /// The smallest figure the whole country's level of the indicator can be, in its own
    /// unit; `None` where a report may truly state any figure.
    ///
    /// Vietnam counted 18,891 cooperatives in 2013, its fewest in the last decades, and 35,041
    /// at the end of 2025 (Vietnam Cooperative Alliance; Ministry of Finance); their members
    /// were 8.1 million at the end of 2020 and 5.8 million at the end of 2024. A national count
    /// of all cooperatives under 10,000 or of all their members under 1 million is a misread
    /// figure: a part taken for the whole, or another form translated as "cooperatives"
    /// ("164 koperasi" for 164 unions).
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vncoop_model::Indicator;
    ///
    /// assert_eq!(Indicator::Cooperatives.national_floor(), Some(Decimal::from(10_000)));
    /// assert_eq!(Indicator::CooperativeGroups.national_floor(), None);
    /// ```
    #[must_use]
    pub fn national_floor(self) -> Option<rust_decimal::Decimal> {
        match self {
            Indicator::Cooperatives => Some(rust_decimal::Decimal::from(10_000)),
            Indicator::Members => Some(rust_decimal::Decimal::from(1_000_000)),
            _ => None,
        }
    }

    /// Whether values for two areas (or two disjoint scopes) add up to the value for both.
    /// Averages do not: they roll up only weighted by the count behind them.
    #[must_use]
    pub fn is_additive(self) -> bool {
        !self.is_average() && self != Indicator::Other
    }

    /// Whether the indicator is a flow, counted over a period (organisations set up, jobs
    /// created, loans disbursed), not a level at a point in time.
    ///
    /// ```
    /// use vncoop_model::Indicator;
    /// assert!(Indicator::NewCooperatives.is_flow());
    /// assert!(!Indicator::Cooperatives.is_flow());
    /// ```
    #[must_use]
    pub fn is_flow(self) -> bool {
        matches!(
            self,
            Indicator::NewCooperatives | Indicator::JobsCreated | Indicator::LoansDisbursed
        )
    }

    /// Whether the indicator is an average per unit.
    #[must_use]
    pub fn is_average(self) -> bool {
        matches!(
            self,
            Indicator::AvgRevenuePerCooperative
                | Indicator::AvgProfitPerCooperative
                | Indicator::AvgIncomePerWorker
        )
    }

    /// For an average, the indicator whose count weighs it when rolling up.
    #[must_use]
    pub fn weight(self) -> Option<Indicator> {
        match self {
            Indicator::AvgRevenuePerCooperative | Indicator::AvgProfitPerCooperative => {
                Some(Indicator::Cooperatives)
            }
            Indicator::AvgIncomePerWorker => Some(Indicator::Employees),
            _ => None,
        }
    }
}

by_name!(Indicator, "indicator");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_are_not_additive_and_know_their_weight() {
        for i in Indicator::ALL {
            assert_eq!(i.name().parse::<Indicator>(), Ok(i));
            if i.is_average() {
                assert!(!i.is_additive());
                assert!(i.weight().is_some());
                assert_eq!(i.unit(), Unit::Vnd);
            }
        }
        assert!(Indicator::Cooperatives.is_additive());
        assert_eq!(Indicator::OcopProducts.unit(), Unit::Products);
        assert!("coops".parse::<Indicator>().is_err());
    }
}
