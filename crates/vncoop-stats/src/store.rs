//! Reconciliation: observations from many documents become facts (reports that agree, with all
//! their sources) and conflicts (reports that disagree, with every candidate and the documented
//! choice). Nothing is dropped.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::Serialize;
use vncoop_model::{
    Area, Indicator, Kind, LegalForm, Observation, Period, Qualifier, Sector, Unit,
};
use vncoop_money::Per;

use crate::sources::{source_order, SourceLog, SourceWriter, Sources};

/// What makes two observations claims about the same quantity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[non_exhaustive]
pub struct Key {
    /// Indicator.
    pub indicator: Indicator,
    /// Unit.
    pub unit: Unit,
    /// Kind.
    pub kind: Kind,
    /// Area.
    pub area: Area,
    /// Period.
    pub period: Option<Period>,
    /// Baseline of a change.
    pub baseline: Option<Period>,
    /// Sector scope.
    pub sector: Option<Sector>,
    /// Legal-form scope.
    pub legal_form: Option<LegalForm>,
    /// Star scope, as text.
    pub stars: Option<String>,
    /// The basis of a rate: an amount per cooperative or per month is not the total amount.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub per: Vec<Per>,
    /// Free scope note.
    pub note: String,
    /// The document, when the area or the period is unknown: such a figure is a claim of its
    /// own report only, never compared with another report's "area unknown" or undated figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Arc<str>>,
}

impl Key {
    /// The key of an observation. A level "as of 31 December" and a level "in" that year are
    /// the same quantity, so both take the year.
    #[must_use]
    pub fn of(o: &Observation) -> Key {
        let period = match &o.period {
            Some(Period::Day(d)) if d.month() == 12 && d.day() == 31 => {
                Some(Period::Year(d.year()))
            }
            other => other.clone(),
        };
        Key {
            indicator: o.indicator,
            unit: o.unit,
            kind: o.kind,
            area: o.area.clone(),
            period,
            baseline: o.baseline.clone(),
            sector: o.scope.sector,
            legal_form: o.scope.legal_form,
            stars: o.scope.stars.map(|s| s.to_string()),
            per: o.scope.per.clone(),
            note: o.scope.note.clone(),
            document: (o.area == Area::Unknown || o.period.is_none())
                .then(|| o.provenance.document.clone()),
        }
    }

    /// The same key in another period.
    #[must_use]
    pub fn in_period(&self, period: Option<Period>) -> Key {
        Key {
            period,
            ..self.clone()
        }
    }
}

/// How a fact came to be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Derivation {
    /// The rule: "earlier_from_change", "growth", "total_from_average", "star_share".
    pub rule: &'static str,
    /// The facts it was computed from.
    pub inputs: Vec<Key>,
}

/// One quantity, with every report that states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Fact {
    /// What it is.
    pub key: Key,
    /// The value as chosen (the first agreeing report, or the resolution of a conflict).
    pub observation: Observation,
    /// How many reports state it, and the first of them (all of them are in the report's
    /// [`SourceLog`]).
    pub sources: Sources,
    /// Set when the fact was computed, not reported.
    pub derived: Option<Derivation>,
}

impl Fact {
    /// Whether this is a reported, actual level of `indicator` for a whole area: in the
    /// indicator's own unit, with no sector and no note narrowing it, and of cooperatives when
    /// a legal form is said (the members of cooperative groups or of unions are not the
    /// province's cooperative members; star levels are left to the caller).
    #[must_use]
    pub fn is_level_of(&self, indicator: Indicator) -> bool {
        self.derived.is_none()
            && self.key.indicator == indicator
            && self.key.kind == Kind::Actual
            && self.key.unit == indicator.unit()
            && self.key.sector.is_none()
            && self
                .key
                .legal_form
                .is_none_or(|form| form == LegalForm::Cooperative)
            && self.key.note.is_empty()
    }

    /// Which of several figures for one area to show: exact before hedged, then the latest.
    pub fn preference(&self) -> (bool, Option<NaiveDate>) {
        (
            self.observation.qualifier == Qualifier::Exact,
            self.key.period.as_ref().and_then(Period::end),
        )
    }
}

/// How a conflict was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resolution {
    /// Every hedged claim holds for the one exact figure ("nearly 500" and 479, "over 35,000"
    /// and 35,041): the reports agree, and the exact figure is kept. Listed with the conflicts
    /// so that every claim stays visible, but no disagreement.
    WithinHedges,
    /// An exact figure beats a hedged one.
    ExactBeatsApproximate,
    /// The later publication wins.
    LaterPublication,
    /// The value stated by more reports wins.
    MoreSources,
    /// Nothing else decides: the claim whose first source has the smallest document id wins,
    /// so that the outcome never depends on the order documents were read in.
    DocumentOrder,
}

impl Resolution {
    /// The name used in every output, as in JSON: `exact_beats_approximate`...
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Resolution::WithinHedges => "within_hedges",
            Resolution::ExactBeatsApproximate => "exact_beats_approximate",
            Resolution::LaterPublication => "later_publication",
            Resolution::MoreSources => "more_sources",
            Resolution::DocumentOrder => "document_order",
        }
    }
}

impl std::fmt::Display for Resolution {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Reports that disagree about one quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Conflict {
    /// The quantity.
    pub key: Key,
    /// Every distinct claim, each with its sources.
    pub candidates: Vec<Fact>,
    /// Index into `candidates` of the claim kept in the facts.
    pub chosen: usize,
    /// Why.
    pub resolution: Resolution,
}

impl Conflict {
    /// Whether the claims really disagree: not when every hedged claim holds for the one
    /// exact figure ([`Resolution::WithinHedges`]).
    #[must_use]
    pub fn is_disagreement(&self) -> bool {
        self.resolution != Resolution::WithinHedges
    }
}

/// Observations from many documents, grouped as they are added: each key holds its distinct
/// claims, and each claim the observation read first (by document, then position), how many
/// reports state it and the first of them. Every source is written to the store's
/// [`SourceLog`], out of memory once it is large: memory grows with the facts, not with the
/// reports that state them.
#[derive(Debug, Default)]
pub struct Store {
    // Every observation's key is hashed: FxHash is several times cheaper than SipHash on these
    // short keys, and groups are sorted before anything is reported, so nothing depends on it.
    groups: FxHashMap<Key, Vec<Claim>>,
    claims: usize,
    sources: SourceWriter,
    added: usize,
}

/// One value claimed for one key, as the store holds it.
#[derive(Debug)]
struct Claim {
    /// Its number in the source log.
    id: usize,
    /// The observation read first.
    observation: Observation,
    sources: Sources,
    /// The latest publication date of the reports that state it.
    latest: Option<NaiveDate>,
}

/// Facts and conflicts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reconciled {
    /// One fact per key (conflicts contribute their chosen claim).
    pub facts: Vec<Fact>,
    /// Keys on which reports disagree.
    pub conflicts: Vec<Conflict>,
    /// Every source of the facts and of the conflicts' claims.
    #[serde(skip)]
    pub sources: SourceLog,
}

/// How far an "about" figure may be from the exact one it agrees with: a twentieth of itself
/// ("khoảng 500" holds for 479, "about 6.4 million" not for 5.935 million).
const ABOUT_TOLERANCE: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// Whether the claim `o` holds for the exact figure `value`: the same figure, or a hedge or
/// range it satisfies ("over 35,000" for 35,041; "about 500" within a twentieth of 500).
fn holds_for(o: &Observation, value: Decimal) -> bool {
    let bound = o.value;
    match o.qualifier {
        Qualifier::Exact => value == bound,
        Qualifier::Over => value > bound,
        Qualifier::AtLeast => value >= bound,
        Qualifier::Under => value < bound,
        Qualifier::AtMost => value <= bound,
        Qualifier::About => bound
            .checked_mul(ABOUT_TOLERANCE)
            .and_then(|tolerance| Some((value.checked_sub(bound)?.abs(), tolerance.abs())))
            .is_some_and(|(distance, tolerance)| distance <= tolerance),
        Qualifier::Range => o.max.is_some_and(|max| bound <= value && value <= max),
    }
}

fn same_claim(a: &Observation, b: &Observation) -> bool {
    a.value == b.value && a.max == b.max && a.qualifier == b.qualifier
}

impl Store {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Store::default()
    }

    /// Adds the observations of the report `document` (the document of those whose provenance
    /// names none), with its publication date when known (used to settle conflicts: a claim
    /// is as recent as the latest report that states it).
    pub fn add(
        &mut self,
        document: &str,
        published: Option<NaiveDate>,
        observations: impl IntoIterator<Item = Observation>,
    ) {
        for mut o in observations {
            if o.provenance.document.is_empty() {
                o.provenance.document = document.into();
            }
            self.added += 1;
            let claims = self.groups.entry(Key::of(&o)).or_default();
            let same = claims.iter().position(|c| same_claim(&c.observation, &o));
            let id = same.map_or(self.claims, |i| claims[i].id);
            self.sources.add(id, &mut o.provenance);
            match same {
                Some(i) => {
                    let claim = &mut claims[i];
                    claim.sources.note(&o.provenance);
                    claim.latest = claim.latest.max(published);
                    if source_order(&o.provenance, &claim.observation.provenance).is_lt() {
                        claim.observation = o;
                    }
                }
                None => {
                    let mut sources = Sources::default();
                    sources.note(&o.provenance);
                    // Most keys hold one claim: room for exactly that, not the four a first
                    // push reserves.
                    claims.reserve_exact(1);
                    claims.push(Claim {
                        id,
                        observation: o,
                        sources,
                        latest: published,
                    });
                    self.claims += 1;
                }
            }
        }
    }

    /// Writes every source added so far to the spill behind the store's [`SourceLog`] and
    /// says whether all of them could be kept (a full or unwritable temporary folder): a
    /// caller that must not lose a source checks this before it reconciles.
    ///
    /// ```
    /// let mut store = vncoop_stats::Store::new();
    /// assert!(store.flush().is_ok());
    /// ```
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.sources.flush()
    }

    /// How many observations were added.
    #[must_use]
    pub fn len(&self) -> usize {
        self.added
    }

    /// Whether no observation was added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added == 0
    }

    /// Agreeing reports become one fact with all their sources; disagreeing ones a conflict
    /// settled in this order: exact beats approximate, then the later publication, then the
    /// value more reports give, then the smallest document id.
    ///
    /// Nothing depends on the order observations were added: sources are in document and
    /// span order, a fact's observation is its first source's, claims follow their first
    /// source, and the last tie-break follows document ids.
    #[must_use]
    pub fn into_reconciled(self) -> Reconciled {
        let mut groups: Vec<(Key, Vec<Claim>)> = self.groups.into_iter().collect();
        groups.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut placed = vec![0; self.claims];
        let mut counts = Vec::with_capacity(self.claims);
        let mut out = Reconciled::default();
        for (key, mut claims) in groups {
            // A claim's observation is its first source's.
            claims
                .sort_by(|a, b| source_order(&a.observation.provenance, &b.observation.provenance));
            let settled = (claims.len() > 1).then(|| settle(&claims));
            let mut facts: Vec<Fact> = claims
                .into_iter()
                .map(|claim| {
                    if let Some(place) = placed.get_mut(claim.id) {
                        *place = counts.len();
                    }
                    counts.push(claim.sources.len());
                    Fact {
                        key: key.clone(),
                        observation: claim.observation,
                        sources: claim.sources.logged_as(counts.len() - 1),
                        derived: None,
                    }
                })
                .collect();
            match settled {
                None => out.facts.append(&mut facts),
                Some((chosen, resolution)) => {
                    out.facts.push(facts[chosen].clone());
                    out.conflicts.push(Conflict {
                        key,
                        candidates: facts,
                        chosen,
                        resolution,
                    });
                }
            }
        }
        out.sources = self.sources.finish(placed, counts);
        out
    }
}

/// Which of several claims for one key is kept, and why.
fn settle(claims: &[Claim]) -> (usize, Resolution) {
    let exact: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].observation.qualifier == Qualifier::Exact)
        .collect();
    if let [one] = exact[..] {
        let value = claims[one].observation.value;
        let agree = claims.iter().all(|c| holds_for(&c.observation, value));
        let resolution = if agree {
            Resolution::WithinHedges
        } else {
            Resolution::ExactBeatsApproximate
        };
        return (one, resolution);
    }
    let pool: Vec<usize> = if exact.is_empty() {
        (0..claims.len()).collect()
    } else {
        exact
    };
    if let Some(best) = pool.iter().filter_map(|&i| claims[i].latest).max() {
        let winners: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| claims[i].latest == Some(best))
            .collect();
        if winners.len() == 1 {
            return (winners[0], Resolution::LaterPublication);
        }
    }
    let most = pool
        .iter()
        .map(|&i| claims[i].sources.len())
        .max()
        .unwrap_or(0);
    let winners: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&i| claims[i].sources.len() == most)
        .collect();
    match winners.as_slice() {
        [one] => (*one, Resolution::MoreSources),
        _ => (
            pool.first().copied().unwrap_or(0),
            Resolution::DocumentOrder,
        ),
    }
}
