//! Provincial units: the 63 before 1 July 2025, the 34 after, and the map between them.
//!
//! Data: National Assembly Resolution 202/2025/QH15 (the merger) and Decision 19/2025/QĐ-TTg
//! (the new codes), compiled in `data/*.csv`.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use vncoop_text::{fold, fold_with_offsets, Folded, Gazetteer, GazetteerBuilder};

use crate::error::ModelError;
use crate::observation::{Area, Era};

/// The day the 34 new units started operating.
pub const MERGER_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2025, 7, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// Kind of provincial-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitType {
    /// A province (tỉnh).
    Province,
    /// A centrally-run city (thành phố trực thuộc trung ương).
    City,
}

/// A provincial unit of the 34 from 1 July 2025.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// Two-digit code (Decision 19/2025/QĐ-TTg).
    pub code: String,
    /// Name with diacritics.
    pub name_vi: String,
    /// Name without diacritics.
    pub name_ascii: String,
    /// Province or city on 1 July 2025.
    pub unit_type: UnitType,
    /// Other spellings seen in news.
    pub aliases: Vec<String>,
    /// Codes of the pre-merger units it was formed from.
    pub predecessors: Vec<String>,
}

/// A provincial unit of the 63 before 1 July 2025.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OldUnit {
    /// Two-digit code (Decision 124/2004/QĐ-TTg as updated).
    pub code: String,
    /// Name with diacritics.
    pub name_vi: String,
    /// Name without diacritics.
    pub name_ascii: String,
    /// Province or city on 30 June 2025.
    pub unit_type: UnitType,
    /// Other spellings seen in news (other tone placement, English forms, former names).
    pub aliases: Vec<String>,
    /// Code of the unit it belongs to from 1 July 2025.
    pub successor: String,
}

impl Unit {
    /// This unit as the area of an observation.
    ///
    /// ```
    /// use vncoop_model::{geography, Area, Era};
    /// let area = geography().unit("01").unwrap().area();
    /// assert_eq!(area, Area::Province { code: "01".into(), name: "Hà Nội".into(), era: Era::From2025 });
    /// ```
    #[must_use]
    pub fn area(&self) -> Area {
        Area::Province {
            code: self.code.clone(),
            name: self.name_vi.clone(),
            era: Era::From2025,
        }
    }
}

impl OldUnit {
    /// This unit as the area of an observation.
    ///
    /// ```
    /// use vncoop_model::{geography, Area, Era};
    /// let area = geography().old_unit("17").unwrap().area();
    /// assert_eq!(area, Area::Province { code: "17".into(), name: "Hoà Bình".into(), era: Era::Before2025 });
    /// ```
    #[must_use]
    pub fn area(&self) -> Area {
        Area::Province {
            code: self.code.clone(),
            name: self.name_vi.clone(),
            era: Era::Before2025,
        }
    }
}

/// What a name means on a date: the unit in force, and the pre-merger unit named, if the name was
/// that of a unit that no longer exists on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'g> {
    /// The unit from 1 July 2025 the name falls in (for a date before the merger, the successor
    /// of the pre-merger unit named; that unit itself is [`Resolved::old`]).
    pub unit: &'g Unit,
    /// The pre-merger unit the name designates, when it designates one.
    pub predecessor: Option<&'g OldUnit>,
    /// Whether the date falls before the merger (the predecessor is then the unit meant).
    pub before_merger: bool,
}

impl<'g> Resolved<'g> {
    /// The unit meant on the date: the pre-merger unit before 1 July 2025 when there is one.
    #[must_use]
    pub fn old(&self) -> Option<&'g OldUnit> {
        self.predecessor.filter(|_| self.before_merger)
    }
}

/// All provincial units and the merger map.
#[derive(Debug, Clone)]
pub struct Geography {
    old: Vec<OldUnit>,
    new: Vec<Unit>,
    /// Every name and alias, folded and stripped of "province"/"city" words, with its unit:
    /// computed once so that resolving a name folds only that name.
    keys: Vec<(String, Key)>,
    /// Every name and alias as written, for finding provinces in running text.
    gazetteer: Option<Gazetteer<Key>>,
}

/// A province named in a text.
#[derive(Debug, Clone)]
pub struct ProvinceMention<'g> {
    /// Byte span of the name in the text.
    pub span: std::ops::Range<usize>,
    /// The unit it names on the date asked for.
    pub resolved: Resolved<'g>,
}

/// Which unit a name key belongs to (index into `old` or `new`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Old(usize),
    New(usize),
}

/// The matching key of a name.
fn name_key(name: &str) -> String {
    strip_unit_words(&fold(name))
}

fn names<'a>(
    name_vi: &'a str,
    name_ascii: &'a str,
    aliases: &'a [String],
) -> impl Iterator<Item = &'a str> {
    [name_vi, name_ascii]
        .into_iter()
        .chain(aliases.iter().map(String::as_str))
}

const MERGER_CSV: &str = include_str!("../data/vn_provinces_2025_merger.csv");
const UNITS_CSV: &str = include_str!("../data/vn_provinces_34_2025.csv");

/// The built-in geography (parsed once).
pub fn geography() -> &'static Geography {
    static GEOGRAPHY: OnceLock<Geography> = OnceLock::new();
    GEOGRAPHY.get_or_init(Geography::built_in)
}

fn unit_type(text: &str) -> UnitType {
    if text.starts_with("thanh_pho") {
        UnitType::City
    } else {
        UnitType::Province
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

impl Geography {
    fn built_in() -> Geography {
        let mut old = Vec::new();
        let mut reader = csv::Reader::from_reader(MERGER_CSV.as_bytes());
        for row in reader.records().flatten() {
            let field = |i: usize| row.get(i).unwrap_or("").to_string();
            old.push(OldUnit {
                code: field(0),
                name_vi: field(1),
                unit_type: unit_type(&field(2)),
                name_ascii: field(3),
                aliases: list(&field(4)),
                successor: field(5),
            });
        }
        let mut new = Vec::new();
        let mut reader = csv::Reader::from_reader(UNITS_CSV.as_bytes());
        for row in reader.records().flatten() {
            let field = |i: usize| row.get(i).unwrap_or("").to_string();
            let note = field(4);
            // The column holds either aliases or a note; notes contain spaces and digits.
            let aliases = if note.chars().any(|c| c.is_ascii_digit()) {
                Vec::new()
            } else {
                list(&note)
            };
            new.push(Unit {
                code: field(0),
                name_vi: field(1),
                name_ascii: field(2),
                unit_type: unit_type(&field(3)),
                aliases,
                predecessors: list(&field(5)),
            });
        }
        let mut keys = Vec::new();
        for (i, u) in old.iter().enumerate() {
            keys.extend(
                names(&u.name_vi, &u.name_ascii, &u.aliases).map(|n| (name_key(n), Key::Old(i))),
            );
        }
        for (i, u) in new.iter().enumerate() {
            keys.extend(
                names(&u.name_vi, &u.name_ascii, &u.aliases).map(|n| (name_key(n), Key::New(i))),
            );
        }
        let mut builder = GazetteerBuilder::new();
        for (i, u) in old.iter().enumerate() {
            for n in names(&u.name_vi, &u.name_ascii, &u.aliases) {
                builder.name(Key::Old(i), n);
            }
        }
        for (i, u) in new.iter().enumerate() {
            for n in names(&u.name_vi, &u.name_ascii, &u.aliases) {
                builder.name(Key::New(i), n);
            }
        }
        // Building only fails on an empty or oversized name list; the geography still resolves
        // names without it, and `mentions` then finds none.
        let gazetteer = builder.build().ok();
        Geography {
            old,
            new,
            keys,
            gazetteer,
        }
    }

    /// Every province or city named in `text`, resolved on the date `on`, in text order.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use vncoop_model::geography;
    /// let on = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let found = geography().mentions("Thai Binh province has 464 cooperatives", on);
    /// assert_eq!(found[0].span, 0..9);
    /// assert_eq!(found[0].resolved.old().map(|u| u.code.as_str()), Some("34"));
    /// ```
    #[must_use]
    pub fn mentions(&self, text: &str, on: NaiveDate) -> Vec<ProvinceMention<'_>> {
        self.mentions_in(&fold_with_offsets(text), on)
    }

    /// Like [`Geography::mentions`], over a text already folded with [`fold_with_offsets`].
    #[must_use]
    pub fn mentions_in(&self, folded: &Folded, on: NaiveDate) -> Vec<ProvinceMention<'_>> {
        let Some(gazetteer) = &self.gazetteer else {
            return Vec::new();
        };
        gazetteer
            .find_all_in(folded)
            .into_iter()
            .filter_map(|m| {
                let name = match m.key {
                    Key::Old(i) => &self.old.get(i)?.name_vi,
                    Key::New(i) => &self.new.get(i)?.name_vi,
                };
                let resolved = self.resolve(name, on).ok()?;
                Some(ProvinceMention {
                    span: m.span,
                    resolved,
                })
            })
            .collect()
    }

    /// The 63 pre-merger units.
    #[must_use]
    pub fn old_units(&self) -> &[OldUnit] {
        &self.old
    }

    /// The 34 units from 1 July 2025.
    #[must_use]
    pub fn units(&self) -> &[Unit] {
        &self.new
    }

    /// The unit with this code from 1 July 2025.
    #[must_use]
    pub fn unit(&self, code: &str) -> Option<&Unit> {
        self.new.iter().find(|u| u.code == code)
    }

    /// The pre-merger unit with this code.
    #[must_use]
    pub fn old_unit(&self, code: &str) -> Option<&OldUnit> {
        self.old.iter().find(|u| u.code == code)
    }

    /// The unit a pre-merger unit became part of.
    #[must_use]
    pub fn successor(&self, old: &OldUnit) -> Option<&Unit> {
        self.unit(&old.successor)
    }

    /// The pre-merger units a unit was formed from.
    #[must_use]
    pub fn predecessors(&self, unit: &Unit) -> Vec<&OldUnit> {
        unit.predecessors
            .iter()
            .filter_map(|code| self.old_unit(code))
            .collect()
    }

    /// Resolves a name (any case, with or without accents, with "tỉnh", "thành phố", "province",
    /// "city", "provinsi" around it) on a date.
    ///
    /// After the merger an old name resolves to its successor with the old unit kept as
    /// predecessor; a name shared by an old and a new unit ("Lào Cai") means the new unit. Before
    /// the merger every name means the old unit, given with its successor.
    pub fn resolve(&self, name: &str, on: NaiveDate) -> Result<Resolved<'_>, ModelError> {
        let key = name_key(name);
        let unknown = || ModelError::UnknownProvince {
            name: name.to_string(),
        };
        if key.is_empty() {
            return Err(unknown());
        }
        let before_merger = on < MERGER_DATE;
        let old = self.keys.iter().find_map(|(k, unit)| match unit {
            Key::Old(i) if *k == key => self.old.get(*i),
            _ => None,
        });
        let new = self.keys.iter().find_map(|(k, unit)| match unit {
            Key::New(i) if *k == key => self.new.get(*i),
            _ => None,
        });
        let (unit, predecessor) = match (old, new, before_merger) {
            (Some(old), _, true) => (self.successor(old).ok_or_else(unknown)?, Some(old)),
            (_, Some(new), false) => (new, old.filter(|o| o.successor == new.code)),
            (Some(old), _, false) => (self.successor(old).ok_or_else(unknown)?, Some(old)),
            (None, Some(new), true) => (new, None),
            (None, None, _) => return Err(unknown()),
        };
        Ok(Resolved {
            unit,
            predecessor,
            before_merger,
        })
    }
}

/// Removes the words that say "province"/"city" around a folded name.
fn strip_unit_words(folded: &str) -> String {
    let mut words: Vec<&str> = folded.split(' ').collect();
    const BEFORE: [&[&str]; 6] = [
        &["thanh", "pho"],
        &["tinh"],
        &["tp"],
        &["provinsi"],
        &["kota"],
        &["province", "of"],
    ];
    for prefix in BEFORE {
        if words.len() > prefix.len() && words[..prefix.len()] == *prefix {
            words.drain(..prefix.len());
            break;
        }
    }
    while words.len() > 1 && matches!(words.last(), Some(&("province" | "city"))) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn counts_and_map() {
        let g = geography();
        assert_eq!(g.old_units().len(), 63);
        assert_eq!(g.units().len(), 34);
        let predecessors: usize = g.units().iter().map(|u| u.predecessors.len()).sum();
        assert_eq!(predecessors, 63);
        for old in g.old_units() {
            let new = g.successor(old).unwrap();
            assert!(new.predecessors.contains(&old.code), "{}", old.name_vi);
        }
    }

    #[test]
    fn names_resolve_on_dates() {
        let g = geography();
        let r = g.resolve("TP.HCM", date(2024, 1, 1)).unwrap();
        assert_eq!(r.old().map(|o| o.code.as_str()), Some("79"));
        let r = g.resolve("Bà Rịa - Vũng Tàu", date(2025, 9, 1)).unwrap();
        assert_eq!(r.unit.code, "79");
        assert_eq!(r.predecessor.unwrap().code, "77");
        let r = g.resolve("Lào Cai", date(2025, 9, 1)).unwrap();
        assert_eq!(r.unit.code, "15");
        let r = g.resolve("Lào Cai", date(2024, 9, 1)).unwrap();
        assert_eq!(r.old().unwrap().code, "10");
        assert_eq!(
            g.resolve("hoa binh", date(2024, 1, 1))
                .unwrap()
                .old()
                .unwrap()
                .code,
            "17"
        );
        assert_eq!(
            g.resolve("Khánh Hoà", date(2024, 1, 1))
                .unwrap()
                .old()
                .unwrap()
                .code,
            "56"
        );
        assert!(matches!(
            g.resolve("Atlantis", date(2024, 1, 1)),
            Err(ModelError::UnknownProvince { .. })
        ));
    }
}
