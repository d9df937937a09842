//! The `extract` suite: reads every `NAME.txt` beside a `NAME.gold.json` and compares the
//! observations found with the gold facts (format: the corpus README).
//!
//! A predicted observation matches a gold fact when indicator (with `jobs_created` read as
//! `other`), value (or `value_alt`; `value_max` for ranges), unit, qualifier (a range is the
//! gold's null), kind (an estimate is the gold's actual), period year and area agree (the
//! province, or for a gold `area: district` the district its scope names), and for OCOP
//! products the star levels. The document's own metadata is passed as hints, as a user
//! who knows where a page came from would: `as_of` as the reference date, and the province
//! when the gold says it is not named in the text.

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;
use vncoop::extract::{extract, Document};
use vncoop::model::{
    geography, local_units, Area, Indicator, Kind, Observation, Period, StarScope,
};

use crate::score::Scores;

/// One fact reduced to what is compared.
#[derive(Debug, Clone, PartialEq)]
struct Fact {
    indicator: String,
    values: Vec<Decimal>,
    max: Option<Decimal>,
    unit: String,
    qualifier: String,
    kind: String,
    year: Option<i32>,
    area: Area,
    stars: Option<StarScope>,
    evidence: String,
}

/// The fields a near miss can differ in, as named in the `errors extract` line.
const FIELDS: [&str; 7] = [
    "indicator",
    "unit",
    "period",
    "kind",
    "qualifier",
    "area",
    "stars",
];

impl Fact {
    fn matches(&self, p: &Fact) -> bool {
        self.same_value(p) && self.differences(p).is_empty()
    }

    fn same_value(&self, p: &Fact) -> bool {
        p.values.first().is_some_and(|v| self.values.contains(v)) && self.max == p.max
    }

    /// The compared fields in which the prediction `p` differs from this gold fact.
    fn differences(&self, p: &Fact) -> Vec<&'static str> {
        let same = [
            self.indicator == p.indicator,
            self.unit == p.unit,
            self.year == p.year,
            self.kind == p.kind,
            self.qualifier == p.qualifier,
            self.area == p.area,
            self.indicator != "ocop_products" || self.stars == p.stars,
        ];
        FIELDS
            .iter()
            .zip(same)
            .filter(|(_, same)| !same)
            .map(|(field, _)| *field)
            .collect()
    }

    fn describe(&self) -> String {
        format!(
            "{} {} {}{} {} {} {} {} stars={} | {}",
            self.indicator,
            self.values.first().copied().unwrap_or_default(),
            self.max.map(|m| format!("-{m} ")).unwrap_or_default(),
            self.unit,
            self.qualifier,
            self.kind,
            self.year.map_or("-".into(), |y| y.to_string()),
            area_name(&self.area),
            self.stars.map_or("-".into(), |s| s.to_string()),
            self.evidence.chars().take(90).collect::<String>()
        )
    }
}

fn area_name(area: &Area) -> String {
    match area {
        Area::Province { name, .. } => name.clone(),
        Area::District { name, .. } => format!("{name} district"),
        Area::Commune { name, .. } => format!("{name} commune"),
        Area::National => "national".into(),
        Area::Unknown => "unknown".into(),
    }
}

fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .or_else(|_| Decimal::from_scientific(&n.to_string()))
            .ok(),
        _ => None,
    }
}

/// The star levels a gold scope starts with ("3-star and 4-star; ...").
fn gold_stars(scope: &str) -> Option<StarScope> {
    let head = scope.split(';').next().unwrap_or("").trim();
    if head.starts_with("potential 5-star") || head.starts_with("5-star candidates") {
        return Some(StarScope::PotentialFive);
    }
    head.parse().ok()
}

/// The date the gold's `as_of` ends on.
fn as_of(gold: &Value) -> Option<NaiveDate> {
    gold.get("as_of")
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<Period>().ok())
        .and_then(|p| p.end())
}

/// The gold fact's area: national, the gold's province, or for `area: district` the district
/// its scope names ("...; Kim Boi district") or, when the scope says only "district", the
/// district the whole passage is about.
fn gold_area(gold: &Value, fact: &Value, on: Option<NaiveDate>) -> Area {
    let level = fact.get("area").and_then(Value::as_str);
    let province = match gold.get("province").and_then(Value::as_str) {
        Some(name) if level != Some("national") => {
            let on = on.unwrap_or_else(|| NaiveDate::from_ymd_opt(2025, 6, 30).unwrap_or_default());
            geography()
                .resolve(name, on)
                .map(|r| Area::of(&r))
                .unwrap_or(Area::Unknown)
        }
        _ => return Area::National,
    };
    if level != Some("district") {
        return province;
    }
    let scope = fact.get("scope").and_then(Value::as_str).unwrap_or("");
    let named = scope.split(';').map(str::trim).find(|part| {
        [" district", " city", " town"]
            .iter()
            .any(|w| part.ends_with(w))
    });
    let name = named.or_else(|| gold.get("district").and_then(Value::as_str));
    match name.and_then(|n| local_units().resolve(n, &province)) {
        Some(unit) => unit.area(),
        // A district the table does not know still differs from its province.
        None => Area::District {
            code: String::new(),
            name: name.unwrap_or("").to_string(),
            province: String::new(),
        },
    }
}

fn gold_facts(gold: &Value) -> Vec<Fact> {
    let on = as_of(gold);
    let facts = gold
        .get("facts")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    facts
        .iter()
        .map(|f| {
            let text = |k: &str| f.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let values = [f.get("value"), f.get("value_alt")]
                .into_iter()
                .flatten()
                .filter_map(decimal)
                .collect();
            let qualifier = match f.get("qualifier").and_then(Value::as_str) {
                Some(q) => q.to_string(),
                None => "range".to_string(),
            };
            Fact {
                indicator: text("indicator"),
                values,
                max: f.get("value_max").and_then(decimal),
                unit: text("unit"),
                qualifier,
                kind: text("kind"),
                year: f
                    .get("period")
                    .and_then(Value::as_str)
                    .and_then(|p| p.parse::<Period>().ok())
                    .map(|p| p.year()),
                area: gold_area(gold, f, on),
                stars: gold_stars(&text("scope")),
                evidence: text("evidence"),
            }
        })
        .collect()
}

fn predicted_fact(o: &Observation) -> Fact {
    let indicator = match o.indicator {
        Indicator::JobsCreated => "other".to_string(),
        other => other.to_string(),
    };
    let kind = match o.kind {
        Kind::Estimate => "actual".to_string(),
        other => other.to_string(),
    };
    let qualifier = o.qualifier.to_string();
    Fact {
        indicator,
        values: vec![o.value.normalize()],
        max: o.max.map(|m| m.normalize()),
        // The gold counts jobs created under `other` in organisations' unit.
        unit: match o.indicator {
            Indicator::JobsCreated => "count".to_string(),
            _ => o.unit.to_string(),
        },
        qualifier,
        kind,
        year: o.period.as_ref().map(Period::year),
        area: match &o.area {
            Area::Unknown => Area::National,
            a => a.clone(),
        },
        stars: o.scope.stars,
        evidence: format!("{} [{}]", o.provenance.evidence, o.provenance.rule),
    }
}

fn documents(path: &Path) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut v: Vec<PathBuf> = fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        v.sort();
        v
    } else {
        vec![path.to_path_buf()]
    };
    let pairs: Vec<(PathBuf, PathBuf)> = files
        .into_iter()
        .filter_map(|txt| {
            let gold = txt.with_extension("gold.json");
            gold.is_file().then_some((txt, gold))
        })
        .collect();
    if pairs.is_empty() {
        return Err(format!(
            "no NAME.txt with NAME.gold.json at {}",
            path.display()
        ));
    }
    Ok(pairs)
}

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for (txt, gold_path) in documents(path)? {
        let text = fs::read_to_string(&txt).map_err(|e| format!("{}: {e}", txt.display()))?;
        let gold_text =
            fs::read_to_string(&gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let gold: Value = serde_json::from_str(&gold_text)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let lang = gold
            .get("lang")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        let name = txt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut doc = Document::new(name.clone(), text);
        if let Some(date) = as_of(&gold) {
            doc = doc.published(date);
        }
        let in_text = gold
            .get("province_in_text")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        if let (false, Some(p)) = (in_text, gold.get("province").and_then(Value::as_str)) {
            doc = doc.province(p);
        }
        let predicted: Vec<Fact> = extract(&doc)
            .observations
            .iter()
            .map(predicted_fact)
            .collect();
        let gold = gold_facts(&gold);
        let mut used = vec![false; predicted.len()];
        let mut tp = 0;
        let mut gold_used = vec![false; gold.len()];
        for (g, g_used) in gold.iter().zip(gold_used.iter_mut()) {
            let hit = predicted
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && g.matches(p))
                .map(|(i, _)| i);
            match hit {
                Some(i) => {
                    used[i] = true;
                    *g_used = true;
                    tp += 1;
                }
                None => scores
                    .failures
                    .push(format!("extract {name} missed   {}", g.describe())),
            }
        }
        for (p, _) in predicted.iter().zip(&used).filter(|(_, u)| !**u) {
            scores
                .failures
                .push(format!("extract {name} spurious {}", p.describe()));
        }
        count_errors(&name, (&gold, &gold_used), (&predicted, &used), &mut scores);
        scores.documents.push(format!(
            "document extract {name} {lang} recall {tp}/{} precision {tp}/{}",
            gold.len(),
            predicted.len()
        ));
        for (key, total) in [("recall", gold.len()), ("precision", predicted.len())] {
            let entry = scores.passed.entry(format!("{lang}-{key}")).or_default();
            entry.0 += tp;
            entry.1 += total;
        }
    }
    Ok(scores)
}

/// Pairs each gold fact left unmatched with an unmatched prediction of the same value that
/// differs in exactly one field (a near miss, counted under that field); what stays unpaired
/// is counted as missed or spurious.
fn count_errors(
    name: &str,
    (gold, gold_used): (&[Fact], &[bool]),
    (predicted, used): (&[Fact], &[bool]),
    scores: &mut Scores,
) {
    let mut paired = used.to_vec();
    for (g, _) in gold.iter().zip(gold_used).filter(|(_, u)| !**u) {
        let near = predicted.iter().enumerate().find_map(|(i, p)| {
            let fields = g.differences(p);
            (!paired[i] && g.same_value(p) && fields.len() == 1).then(|| (i, fields[0]))
        });
        let field = match near {
            Some((i, field)) => {
                paired[i] = true;
                scores.near.push(format!(
                    "near extract {name} {field}: gold {} / predicted {}",
                    g.describe(),
                    predicted[i].describe()
                ));
                field
            }
            None => "missed",
        };
        *scores.errors.entry(field).or_default() += 1;
    }
    let spurious = paired.iter().filter(|p| !**p).count();
    *scores.errors.entry("spurious").or_default() += spurious;
}
