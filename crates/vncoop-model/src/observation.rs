//! `Observation`: one figure from one report, typed, with where and when it applies and where
//! it came from. `docs/formats.md` documents the JSON shape.

use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vncoop_money::{Amount, Per, Vnd};

use crate::indicator::{Indicator, Unit};
use crate::legal_form::LegalForm;
use crate::names::by_name;
use crate::ocop::StarScope;
use crate::period::Period;
use crate::provinces::{OldUnit, Unit as ProvinceUnit};
use crate::sector::Sector;

/// How the report hedges the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No hedge.
    Exact,
    /// "over", "more than", "hơn", "trên", "lebih dari".
    Over,
    /// "about", "estimated", "khoảng", "ước", "sekitar".
    About,
    /// "at least", "or more", "ít nhất", "trở lên", "setidaknya".
    AtLeast,
    /// "nearly", "under", "gần", "dưới", "hampir".
    Under,
    /// "at most", "không quá", "maksimal".
    AtMost,
    /// A range: `value` is the lower end, `max` the upper.
    Range,
}

impl Qualifier {
    /// Every qualifier.
    pub const ALL: [Qualifier; 7] = [
        Qualifier::Exact,
        Qualifier::Over,
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::Under,
        Qualifier::AtMost,
        Qualifier::Range,
    ];

    /// The snake_case name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::Under => "under",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

by_name!(Qualifier, "qualifier");

/// What the figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// Achieved.
    Actual,
    /// An estimate for a period not yet closed ("ước đạt", "estimated").
    Estimate,
    /// A goal, plan or forecast ("phấn đấu", "strive", "target", "diharapkan").
    Target,
    /// The difference from an earlier period (absolute, or percent with unit percent).
    Change,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 4] = [Kind::Actual, Kind::Estimate, Kind::Target, Kind::Change];

    /// The snake_case name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Actual => "actual",
            Kind::Estimate => "estimate",
            Kind::Target => "target",
            Kind::Change => "change",
        }
    }
}

by_name!(Kind, "kind");

/// Which administrative level the figure is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Era {
    /// One of the 63 units before 1 July 2025.
    Before2025,
    /// One of the 34 units from 1 July 2025.
    From2025,
}

impl Era {
    /// Both eras.
    pub const ALL: [Era; 2] = [Era::Before2025, Era::From2025];

    /// The name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Era::Before2025 => "before2025",
            Era::From2025 => "from2025",
        }
    }
}

by_name!(Era, "era");

/// Where the figure applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "level")]
pub enum Area {
    /// The whole country.
    National,
    /// A provincial unit, by its code in the table of its era.
    Province {
        /// The two-digit code.
        code: String,
        /// The name with diacritics.
        name: String,
        /// Which table the code belongs to.
        era: Era,
    },
    /// A district (before 1 July 2025) of a pre-merger province.
    District {
        /// The three-digit district code.
        code: String,
        /// The name with diacritics, without its type word.
        name: String,
        /// The code of its province (pre-merger table).
        province: String,
    },
    /// A commune or ward (from 1 July 2025) of one of the 34 units.
    Commune {
        /// The five-digit commune code.
        code: String,
        /// The name with diacritics, without its type word.
        name: String,
        /// The code of its province (2025 table).
        province: String,
    },
    /// Not stated and not known from the document.
    Unknown,
}

/// What subset the figure counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Scope {
    /// Sector, when the figure is for one sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// Legal form the figure is about, when it is not implied by the indicator
    /// ("members of cooperative groups").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<LegalForm>,
    /// OCOP star levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stars: Option<StarScope>,
    /// The basis of a rate ("per year", "per person").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per: Vec<Per>,
    /// Anything else, in words ("operating effectively", "newly established").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Where an observation came from.
///
/// The document id and the sentence are shared (`Arc<str>`): every observation of a document
/// points at one copy of its id, and every observation of a sentence at one copy of it, so a
/// long sentence with many figures costs its length once, not once per figure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provenance {
    /// The document id.
    pub document: Arc<str>,
    /// Byte span of the figure in the document's original text.
    pub span: Range<usize>,
    /// Byte span of the sentence in the original text.
    pub sentence: Range<usize>,
    /// The sentence itself.
    pub evidence: Arc<str>,
    /// The rule that produced the observation (shared: a run names a few hundred rules, for
    /// millions of observations).
    pub rule: Arc<str>,
}

impl Provenance {
    /// Where a figure came from: its document, its byte span and its sentence's in the
    /// original text, the sentence itself, and the rule that read it.
    ///
    /// ```
    /// use vncoop_model::Provenance;
    /// let text = "In 2023, the province had 464 cooperatives.";
    /// let p = Provenance::new("r.txt", 26..29, 0..text.len(), text, "en.count.noun_after");
    /// assert_eq!(&p.evidence[p.span.clone()], "464");
    /// ```
    #[must_use]
    pub fn new(
        document: impl Into<Arc<str>>,
        span: Range<usize>,
        sentence: Range<usize>,
        evidence: impl Into<Arc<str>>,
        rule: impl Into<Arc<str>>,
    ) -> Provenance {
        Provenance {
            document: document.into(),
            span,
            sentence,
            evidence: evidence.into(),
            rule: rule.into(),
        }
    }
}

/// One figure from one report.
///
/// ```
/// use rust_decimal::Decimal;
/// use vncoop_model::{Area, Indicator, Kind, Observation, Period, Qualifier, Unit};
///
/// let obs = Observation::new(Indicator::Cooperatives, Decimal::from(464), Unit::Count)
///     .with_period(Some(Period::Year(2023)));
/// let json = serde_json::to_string(&obs)?;
/// let back: Observation = serde_json::from_str(&json)?;
/// assert_eq!(back, obs);
/// assert_eq!(back.qualifier, Qualifier::Exact);
/// assert_eq!(back.kind, Kind::Actual);
/// assert_eq!(back.area, Area::Unknown);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Observation {
    /// What is measured.
    pub indicator: Indicator,
    /// The value (for a range, its lower end); dong for [`Unit::Vnd`], see [`Observation::vnd`].
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// The upper end of a range.
    #[serde(
        default,
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub max: Option<Decimal>,
    /// The unit.
    pub unit: Unit,
    /// The hedge.
    pub qualifier: Qualifier,
    /// Actual, estimate, target or change.
    pub kind: Kind,
    /// For a change, the period it is measured from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Period>,
    /// Where.
    pub area: Area,
    /// When; `None` when the document gives no date.
    pub period: Option<Period>,
    /// Which subset.
    #[serde(default)]
    pub scope: Scope,
    /// Where it came from.
    pub provenance: Provenance,
}

impl Observation {
    /// An exact, actual observation with no area, period, scope or provenance yet.
    #[must_use]
    pub fn new(indicator: Indicator, value: Decimal, unit: Unit) -> Self {
        Observation {
            indicator,
            value,
            max: None,
            unit,
            qualifier: Qualifier::Exact,
            kind: Kind::Actual,
            baseline: None,
            area: Area::Unknown,
            period: None,
            scope: Scope::default(),
            provenance: Provenance::default(),
        }
    }

    /// Take value, range end and qualifier from an amount.
    #[must_use]
    pub fn with_amount(mut self, amount: Amount<Decimal>) -> Self {
        self.value = amount.value();
        self.max = amount.max();
        self.qualifier = match amount {
            Amount::Exact { .. } => Qualifier::Exact,
            Amount::About { .. } => Qualifier::About,
            Amount::Over { .. } => Qualifier::Over,
            Amount::AtLeast { .. } => Qualifier::AtLeast,
            Amount::Under { .. } => Qualifier::Under,
            Amount::AtMost { .. } => Qualifier::AtMost,
            Amount::Range { .. } => Qualifier::Range,
        };
        self
    }

    /// Set the period.
    #[must_use]
    pub fn with_period(mut self, period: Option<Period>) -> Self {
        self.period = period;
        self
    }

    /// The value in dong, when the unit is VND.
    #[must_use]
    pub fn vnd(&self) -> Option<Vnd> {
        (self.unit == Unit::Vnd).then(|| Vnd::new(self.value))
    }

    /// The value with its hedge.
    #[must_use]
    pub fn amount(&self) -> Amount<Decimal> {
        match (self.qualifier, self.max) {
            (Qualifier::Range, Some(max)) => Amount::Range {
                min: self.value,
                max,
            },
            (Qualifier::Exact | Qualifier::Range, _) => Amount::Exact { value: self.value },
            (Qualifier::About, _) => Amount::About { value: self.value },
            (Qualifier::Over, _) => Amount::Over { value: self.value },
            (Qualifier::AtLeast, _) => Amount::AtLeast { value: self.value },
            (Qualifier::Under, _) => Amount::Under { value: self.value },
            (Qualifier::AtMost, _) => Amount::AtMost { value: self.value },
        }
    }
}

/// The name of an area as tables and messages write it: "Vietnam", "Thái Bình", "Kim Bôi,
/// Hoà Bình" for a district with its province, "(area unknown)".
///
/// ```
/// use vncoop_model::Area;
/// assert_eq!(Area::National.to_string(), "Vietnam");
/// assert_eq!(Area::Unknown.to_string(), "(area unknown)");
/// ```
impl std::fmt::Display for Area {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Area::Province { name, .. } => f.write_str(name),
            Area::District { name, .. } | Area::Commune { name, .. } => match self.province() {
                Some(Area::Province { name: province, .. }) => write!(f, "{name}, {province}"),
                _ => f.write_str(name),
            },
            Area::National => f.write_str("Vietnam"),
            Area::Unknown => f.write_str("(area unknown)"),
        }
    }
}

impl Area {
    /// The area of a resolved province: the old unit when the date was before the merger, the
    /// new one otherwise.
    #[must_use]
    pub fn of(resolved: &crate::provinces::Resolved<'_>) -> Area {
        resolved
            .old()
            .map_or_else(|| resolved.unit.area(), OldUnit::area)
    }

    /// The province a district or commune lies in; a province itself; `None` otherwise.
    #[must_use]
    pub fn province(&self) -> Option<Area> {
        let geo = crate::provinces::geography();
        match self {
            Area::Province { .. } => Some(self.clone()),
            Area::District { province, .. } => geo.old_unit(province).map(OldUnit::area),
            Area::Commune { province, .. } => geo.unit(province).map(ProvinceUnit::area),
            Area::National | Area::Unknown => None,
        }
    }

    /// The post-merger unit this province belongs to (itself when already post-merger); `None`
    /// for national and unknown areas, and for districts and communes, whose figures are never
    /// added into a province's.
    #[must_use]
    pub fn successor(&self) -> Option<Area> {
        let Area::Province { code, era, .. } = self else {
            return None;
        };
        let geo = crate::provinces::geography();
        let unit = match era {
            Era::From2025 => geo.unit(code)?,
            Era::Before2025 => geo.successor(geo.old_unit(code)?)?,
        };
        Some(unit.area())
    }
}
