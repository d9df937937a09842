//! Units below the province: the 696 districts before 1 July 2025 and the 3,321 communes from
//! that day, when districts were abolished (data: `data/README.md`).
//!
//! Names repeat across provinces (there are several "Châu Thành"), so a name is always resolved
//! within one province: districts within a pre-merger province, communes within a unit of the 34.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use vncoop_text::{fold, fold_with_offsets, Folded, Gazetteer, GazetteerBuilder};

use crate::observation::{Area, Era};

/// District (before 1 July 2025) or commune (from that day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocalLevel {
    /// Quận, huyện, thị xã or thành phố thuộc tỉnh, under a pre-merger province.
    District,
    /// Xã, phường or đặc khu, under one of the 34 units.
    Commune,
}

/// The easternmost longitude of the mainland (Mũi Đôi, Khánh Hòa, about 109.46° E); units
/// east of it are offshore archipelagos.
const MAINLAND_EAST: f64 = 109.5;

/// A district or commune.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalUnit {
    /// District or commune.
    pub level: LocalLevel,
    /// The official code (three digits for a district, five for a commune).
    pub code: String,
    /// The name with diacritics, without its type word ("Kim Bôi").
    pub name_vi: String,
    /// The name without diacritics ("Kim Boi").
    pub name_ascii: String,
    /// The type word as the table writes it ("huyện", "thị xã", "phường", ...).
    pub unit_type: String,
    /// Code of the province it lies in: a pre-merger code for a district, a 2025 code for a
    /// commune.
    pub province_code: String,
    /// Latitude of a centroid, in degrees.
    pub lat: f64,
    /// Longitude of a centroid, in degrees.
    pub lon: f64,
}

impl LocalUnit {
    /// The area this unit is, for an observation.
    #[must_use]
    pub fn area(&self) -> Area {
        let (code, name, province) = (
            self.code.clone(),
            self.name_vi.clone(),
            self.province_code.clone(),
        );
        match self.level {
            LocalLevel::District => Area::District {
                code,
                name,
                province,
            },
            LocalLevel::Commune => Area::Commune {
                code,
                name,
                province,
            },
        }
    }
}

/// A district or commune named in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalMention<'g> {
    /// Byte span of the name (without its type word) in the text.
    pub span: Range<usize>,
    /// The unit named.
    pub unit: &'g LocalUnit,
    /// Whether a type word stands right before or after the name ("huyện Kim Bôi", "Kim Boi
    /// district", "kabupaten ...").
    pub typed: bool,
}

/// Every district and commune, with a matcher for their names.
#[derive(Debug, Clone)]
pub struct LocalUnits {
    units: Vec<LocalUnit>,
    /// One small matcher per province and level, built on first use from the units listed
    /// (by index): a text is only ever searched for the units of its own province, and a run
    /// builds the matchers of the provinces it reads only.
    gazetteers: Vec<ProvinceUnits>,
    /// One matcher per level for the whole country, built on first use: for reports that name
    /// no province, or name provinces only in passing.
    nationwide: [OnceLock<Option<Gazetteer<usize>>>; 2],
    /// For each unit (by index), whether another unit of its level carries its name; built
    /// on first use.
    shared_names: OnceLock<Vec<bool>>,
}

/// The units of one province at one level, and their matcher once built.
#[derive(Debug, Clone)]
struct ProvinceUnits {
    key: (String, LocalLevel),
    units: Vec<usize>,
    gazetteer: OnceLock<Option<Gazetteer<usize>>>,
}

/// A matcher for the names of the `units` listed (by index); `None` when it cannot be built
/// (an empty or oversized list): names then still resolve one by one, and no mention is found.
fn gazetteer_of(all: &[LocalUnit], units: impl Iterator<Item = usize>) -> Option<Gazetteer<usize>> {
    let mut builder = GazetteerBuilder::new();
    for i in units {
        if let Some(u) = all.get(i) {
            builder.name(i, &u.name_vi).name(i, &u.name_ascii);
            // "Kỳ Anh (Huyện)": reports write "huyện Kỳ Anh"; the type word picks the unit.
            let bare = bare_name(&u.name_vi);
            if bare != u.name_vi {
                builder.name(i, bare).name(i, bare_name(&u.name_ascii));
            }
        }
    }
    builder.build().ok()
}

/// A name without the type the table adds in parentheses to tell two units of one name apart
/// ("Kỳ Anh (Huyện)", "Kỳ Anh (Thị xã)").
fn bare_name(name: &str) -> &str {
    match name.split_once(" (") {
        Some((bare, rest)) if rest.ends_with(')') => bare,
        _ => name,
    }
}

const DISTRICTS_CSV: &str = include_str!("../data/vn_districts_2024.csv");
const COMMUNES_CSV: &str = include_str!("../data/vn_communes_2025.csv");

/// Type words written before a local name ("huyện Kim Bôi", "kabupaten ..."), in lower case.
pub const TYPE_WORDS_BEFORE: [&str; 16] = [
    "huyện",
    "quận",
    "thị xã",
    "thành phố",
    "tp",
    "tp.",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
    "kabupaten",
    "distrik",
    "kecamatan",
    "kota",
    "district of",
    "commune of",
];

/// Type words written after a local name ("Kim Boi district"), in lower case.
pub const TYPE_WORDS_AFTER: [&str; 8] = [
    "district",
    "districts",
    "town",
    "city",
    "commune",
    "communes",
    "ward",
    "wards",
];

/// The type words folded for matching: (before, after).
fn folded_type_words() -> &'static (Vec<String>, Vec<String>) {
    static FOLDED: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    FOLDED.get_or_init(|| {
        let folded = |words: &[&str]| words.iter().map(|w| fold(w)).collect();
        (folded(&TYPE_WORDS_BEFORE), folded(&TYPE_WORDS_AFTER))
    })
}

/// The districts and communes (parsed on first use).
///
/// ```
/// use vncoop_model::{local_units, Area, Era, LocalLevel};
/// let hoa_binh = Area::Province { code: "17".into(), name: "Hoà Bình".into(), era: Era::Before2025 };
/// let found = local_units().mentions("3 in Kim Boi District and 1 in Luong Son", &hoa_binh);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].unit.name_vi, "Kim Bôi");
/// assert_eq!(found[0].unit.level, LocalLevel::District);
/// assert!(found[0].typed && !found[1].typed);
/// ```
pub fn local_units() -> &'static LocalUnits {
    static UNITS: OnceLock<LocalUnits> = OnceLock::new();
    UNITS.get_or_init(LocalUnits::built_in)
}

fn read(csv_text: &str, level: LocalLevel, into: &mut Vec<LocalUnit>) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    for row in reader.records().flatten() {
        let field = |i: usize| row.get(i).unwrap_or("").trim().to_string();
        let degrees = |i: usize| field(i).parse::<f64>().unwrap_or(f64::NAN);
        into.push(LocalUnit {
            level,
            province_code: field(0),
            code: field(2),
            name_vi: field(3),
            unit_type: field(4),
            name_ascii: field(5),
            lat: degrees(6),
            lon: degrees(7),
        });
    }
}

/// The folded name without the type words around it ("huyện Kim Bôi" -> "kim boi").
fn local_key(name: &str) -> String {
    let folded = fold(name);
    let mut rest = folded.as_str();
    let (type_before, type_after) = folded_type_words();
    for word in type_before {
        if let Some(r) = rest
            .strip_prefix(word.as_str())
            .and_then(|r| r.strip_prefix(' '))
        {
            rest = r;
            break;
        }
    }
    for word in type_after {
        if let Some(r) = rest
            .strip_suffix(word.as_str())
            .and_then(|r| r.strip_suffix(' '))
        {
            rest = r;
            break;
        }
    }
    rest.to_string()
}

impl LocalUnits {
    fn built_in() -> LocalUnits {
        let mut units = Vec::new();
        read(DISTRICTS_CSV, LocalLevel::District, &mut units);
        read(COMMUNES_CSV, LocalLevel::Commune, &mut units);
        let mut gazetteers: Vec<ProvinceUnits> = Vec::new();
        for (i, u) in units.iter().enumerate() {
            let key = (u.province_code.clone(), u.level);
            match gazetteers.iter_mut().find(|p| p.key == key) {
                Some(province) => province.units.push(i),
                None => gazetteers.push(ProvinceUnits {
                    key,
                    units: vec![i],
                    gazetteer: OnceLock::new(),
                }),
            }
        }
        LocalUnits {
            units,
            gazetteers,
            nationwide: [OnceLock::new(), OnceLock::new()],
            shared_names: OnceLock::new(),
        }
    }

    /// Every district and commune.
    pub fn all(&self) -> &[LocalUnit] {
        &self.units
    }

    /// The units directly below a province: its districts for a pre-merger province, its
    /// communes for one of the 34; for a district or commune, the units of its province.
    pub fn within(&self, province: &Area) -> impl Iterator<Item = &LocalUnit> + use<'_> {
        let wanted = below(province);
        self.units.iter().filter(move |u| {
            wanted
                .as_ref()
                .is_some_and(|(code, level)| u.level == *level && u.province_code == *code)
        })
    }

    /// Where a province lies, for a map: the mean latitude and longitude of the centroids of
    /// its districts (a pre-merger province) or communes (one of the 34), in degrees. `None`
    /// for an area that is not a province or has no unit below it.
    ///
    /// ```
    /// use vncoop_model::{local_units, Area, Era};
    /// let ha_noi = Area::Province { code: "01".into(), name: "Hà Nội".into(), era: Era::Before2025 };
    /// let (lat, lon) = local_units().centroid(&ha_noi).unwrap();
    /// assert!((20.5..21.5).contains(&lat) && (105.3..106.1).contains(&lon));
    /// ```
    #[must_use]
    pub fn centroid(&self, province: &Area) -> Option<(f64, f64)> {
        if !matches!(province, Area::Province { .. }) {
            return None;
        }
        let (mut lat, mut lon, mut n) = (0.0, 0.0, 0.0);
        // Offshore archipelagos (Hoàng Sa, Trường Sa) would pull a coastal province out to sea.
        for unit in self.within(province).filter(|u| u.lon <= MAINLAND_EAST) {
            lat += unit.lat;
            lon += unit.lon;
            n += 1.0;
        }
        (n > 0.0).then(|| (lat / n, lon / n))
    }

    /// The unit of `province` with this name (any case, with or without diacritics and type
    /// word).
    ///
    /// ```
    /// use vncoop_model::{local_units, Area, Era};
    /// let son_la = Area::Province { code: "14".into(), name: "Sơn La".into(), era: Era::Before2025 };
    /// let unit = local_units().resolve("Thuan Chau district", &son_la).unwrap();
    /// assert_eq!((unit.code.as_str(), unit.name_vi.as_str()), ("119", "Thuận Châu"));
    /// assert!(local_units().resolve("Kim Boi", &son_la).is_none());
    /// ```
    pub fn resolve(&self, name: &str, province: &Area) -> Option<&LocalUnit> {
        let key = local_key(name);
        if key.is_empty() {
            return None;
        }
        self.within(province)
            .find(|u| fold(&u.name_vi) == key || fold(&u.name_ascii) == key)
    }

    /// The one unit of `level` named with its type word in `text`, searched across the whole
    /// country, when its name belongs to no other unit of that level anywhere: "Thuan Chau
    /// district" is Thuận Châu in Sơn La, while "Chau Thanh district" is one of several. `None`
    /// when no unit, or more than one, is named so. `folded` is `text` folded by
    /// [`fold_with_offsets`]; it returns the unit and where it is first named.
    ///
    /// ```
    /// use vncoop_model::{local_units, LocalLevel};
    /// use vncoop_text::fold_with_offsets;
    /// let text = "Thuan Chau district boasts 58 cooperatives";
    /// let (unit, at) = local_units()
    ///     .unique_named_in(text, &fold_with_offsets(text), LocalLevel::District)
    ///     .unwrap();
    /// assert_eq!((unit.name_vi.as_str(), unit.province_code.as_str(), at), ("Thuận Châu", "14", 0));
    /// let text = "in Bac Tan Uyen district";
    /// let (unit, _) = local_units()
    ///     .unique_named_in(text, &fold_with_offsets(text), LocalLevel::District)
    ///     .unwrap();
    /// assert_eq!(unit.name_vi, "Bắc Tân Uyên");
    /// let text = "Chau Thanh district has 20 cooperatives";
    /// assert!(local_units().unique_named_in(text, &fold_with_offsets(text), LocalLevel::District).is_none());
    /// ```
    pub fn unique_named_in(
        &self,
        text: &str,
        folded: &Folded,
        level: LocalLevel,
    ) -> Option<(&LocalUnit, usize)> {
        let named = self.named_nationwide(text, folded, level, true);
        let (key, first) = named.first()?;
        if named.iter().any(|(other, _)| other != key) {
            return None;
        }
        let unit = self.units.get(*key)?;
        (!self.name_is_shared(*key)).then_some((unit, first.start))
    }

    /// The province most of the districts named in `text` lie in, searched across the whole
    /// country with or without their type word: "Cao Phong and Tan Lac districts ... Kim Boi
    /// ... Luong Son" are all in Hòa Bình. Only names that belong to one district in the whole
    /// country count; at least `at_least` different districts must be named, all in one
    /// province. `folded` is `text` folded by [`fold_with_offsets`].
    ///
    /// ```
    /// use vncoop_model::local_units;
    /// use vncoop_text::fold_with_offsets;
    /// let text = "Cao Phong and Tan Lac districts set up 2 cooperatives each; Kim Boi 1.";
    /// let code = local_units().province_of_districts_in(text, &fold_with_offsets(text), 2);
    /// assert_eq!(code, Some("17"));
    /// ```
    pub fn province_of_districts_in(
        &self,
        text: &str,
        folded: &Folded,
        at_least: usize,
    ) -> Option<&str> {
        let mut districts: Vec<&LocalUnit> = self
            .named_nationwide(text, folded, LocalLevel::District, false)
            .into_iter()
            .filter(|(key, _)| !self.name_is_shared(*key))
            .filter_map(|(key, _)| self.units.get(key))
            .collect();
        districts.sort_by(|a, b| a.code.cmp(&b.code));
        districts.dedup_by(|a, b| a.code == b.code);
        let province = &districts.first()?.province_code;
        let one_province = districts.iter().all(|u| &u.province_code == province);
        (one_province && districts.len() >= at_least).then_some(province.as_str())
    }

    /// The units of `level` named in `text` anywhere in the country (with their type word
    /// when `typed_only`), by index and span, in text order; where one name holds another
    /// ("Bac Tan Uyen" holds "Tan Uyen"), the longer one written.
    fn named_nationwide(
        &self,
        text: &str,
        folded: &Folded,
        level: LocalLevel,
        typed_only: bool,
    ) -> Vec<(usize, Range<usize>)> {
        let slot = match level {
            LocalLevel::District => 0,
            LocalLevel::Commune => 1,
        };
        let Some(gazetteer) = self.nationwide[slot]
            .get_or_init(|| {
                let of_level = self
                    .units
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| u.level == level);
                gazetteer_of(&self.units, of_level.map(|(i, _)| i))
            })
            .as_ref()
        else {
            return Vec::new();
        };
        let named: Vec<(usize, Range<usize>)> = gazetteer
            .find_all_in(folded)
            .into_iter()
            .filter(|m| !typed_only || typed(text, &m.span))
            .map(|m| (m.key, m.span))
            .collect();
        named
            .iter()
            .filter(|(_, span)| {
                !named.iter().any(|(_, other)| {
                    other.start <= span.start && span.end <= other.end && other.len() > span.len()
                })
            })
            .cloned()
            .collect()
    }

    /// Of two units of one province with one name ("Kỳ Anh (Huyện)", "Kỳ Anh (Thị xã)"), the
    /// one whose type word stands before `span` ("thị xã Kỳ Anh"); `unit` otherwise.
    fn of_type_before<'a>(
        &'a self,
        text: &str,
        span: &Range<usize>,
        unit: &'a LocalUnit,
    ) -> &'a LocalUnit {
        let bare = bare_name(&unit.name_vi);
        if bare == unit.name_vi {
            return unit;
        }
        let before = text.get(..span.start).unwrap_or("");
        let before = fold(&before[floor_boundary(before, before.len().saturating_sub(16))..]);
        let before = before.trim_end();
        self.units
            .iter()
            .filter(|u| {
                u.level == unit.level
                    && u.province_code == unit.province_code
                    && bare_name(&u.name_vi) == bare
            })
            .find(|u| {
                before
                    .strip_suffix(fold(&u.unit_type).as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            })
            .unwrap_or(unit)
    }

    /// Whether another unit of the same level anywhere carries the name of unit `index`.
    fn name_is_shared(&self, index: usize) -> bool {
        let shared = self.shared_names.get_or_init(|| {
            let mut count: HashMap<(LocalLevel, String), usize> = HashMap::new();
            let keys: Vec<(LocalLevel, String)> = self
                .units
                .iter()
                .map(|u| (u.level, fold(bare_name(&u.name_vi))))
                .collect();
            for key in &keys {
                *count.entry(key.clone()).or_default() += 1;
            }
            keys.iter()
                .map(|key| count.get(key).is_some_and(|n| *n > 1))
                .collect()
        });
        shared.get(index).copied().unwrap_or(false)
    }

    /// Every unit of `province` named in `text`, in text order. A name shared with the province
    /// itself ("Hải Dương") or of one syllable ("Vinh") is a unit below only with a type word
    /// ("TP Hải Dương", "thành phố Vinh").
    pub fn mentions<'a>(&'a self, text: &str, province: &Area) -> Vec<LocalMention<'a>> {
        self.mentions_in(text, &fold_with_offsets(text), province)
    }

    /// Like [`LocalUnits::mentions`], with `folded` the text folded by [`fold_with_offsets`].
    pub fn mentions_in<'a>(
        &'a self,
        text: &str,
        folded: &Folded,
        province: &Area,
    ) -> Vec<LocalMention<'a>> {
        let Some(wanted) = below(province) else {
            return Vec::new();
        };
        let Some(gazetteer) = self
            .gazetteers
            .iter()
            .find(|p| p.key == wanted)
            .and_then(|p| {
                p.gazetteer
                    .get_or_init(|| gazetteer_of(&self.units, p.units.iter().copied()))
                    .as_ref()
            })
        else {
            return Vec::new();
        };
        let province_key = match province {
            Area::Province { name, .. } => fold(name),
            _ => String::new(),
        };
        gazetteer
            .find_all_in(folded)
            .into_iter()
            .filter_map(|m| {
                let unit = self.of_type_before(text, &m.span, self.units.get(m.key)?);
                let typed = typed(text, &m.span);
                let folded_name = fold(&unit.name_vi);
                // "Long An (cũ) 425 HTX" in Tây Ninh names the former province, not the
                // commune of Long An: a unit named like any province needs its type word.
                let same_as_province =
                    folded_name == province_key || province_names().contains(&folded_name);
                // A name of one syllable ("Lang", "Vinh") is also a common word.
                let one_word = !unit.name_vi.contains(' ');
                (typed || !(same_as_province || one_word)).then_some(LocalMention {
                    span: m.span,
                    unit,
                    typed,
                })
            })
            .collect()
    }
}

/// The folded names of every province, before and after the 2025 merger.
fn province_names() -> &'static HashSet<String> {
    static NAMES: OnceLock<HashSet<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let geo = crate::provinces::geography();
        geo.old_units()
            .iter()
            .map(|u| fold(&u.name_vi))
            .chain(geo.units().iter().map(|u| fold(&u.name_vi)))
            .collect()
    })
}

/// The province code and level of the units directly below an area.
fn below(area: &Area) -> Option<(String, LocalLevel)> {
    match area {
        Area::Province {
            code,
            era: Era::Before2025,
            ..
        } => Some((code.clone(), LocalLevel::District)),
        Area::Province {
            code,
            era: Era::From2025,
            ..
        } => Some((code.clone(), LocalLevel::Commune)),
        Area::District { province, .. } => Some((province.clone(), LocalLevel::District)),
        Area::Commune { province, .. } => Some((province.clone(), LocalLevel::Commune)),
        Area::National | Area::Unknown => None,
    }
}

/// Whether a type word stands right before or after `span`.
fn typed(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let before = fold(&before[floor_boundary(before, before.len().saturating_sub(16))..]);
    let after = text.get(span.end..).unwrap_or("");
    let after = fold(&after[..ceil_boundary(after, 12)]);
    let (type_before, type_after) = folded_type_words();
    let before_word = type_before.iter().any(|w| {
        before
            .strip_suffix(w.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    let after_word = type_after.iter().any(|w| {
        after
            .strip_prefix(w.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    before_word || after_word
}

/// The largest char boundary at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary at or above `at` (or the end).
fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn province(code: &str, era: Era) -> Area {
        Area::Province {
            code: code.into(),
            name: String::new(),
            era,
        }
    }

    #[test]
    fn counts() {
        let all = local_units().all();
        let districts = all
            .iter()
            .filter(|u| u.level == LocalLevel::District)
            .count();
        assert_eq!(districts, 696);
        assert_eq!(all.len() - districts, 3321);
        assert!(all.iter().all(|u| u.lat.is_finite() && u.lon.is_finite()));
    }

    #[test]
    fn names_resolve_within_their_province_only() {
        let units = local_units();
        let binh_duong = province("74", Era::Before2025);
        let lai_chau = province("12", Era::Before2025);
        assert_eq!(units.resolve("Tân Uyên", &binh_duong).unwrap().code, "723");
        assert_eq!(
            units.resolve("huyen tan uyen", &lai_chau).unwrap().code,
            "111"
        );
        assert!(units.resolve("Bắc Tân Uyên", &lai_chau).is_none());
        let ha_noi_2025 = province("01", Era::From2025);
        let ba_dinh = units.resolve("phường Ba Đình", &ha_noi_2025).unwrap();
        assert_eq!(ba_dinh.level, LocalLevel::Commune);
        assert!(units.resolve("", &ha_noi_2025).is_none());
        assert!(units.resolve("Ba Đình", &Area::National).is_none());
    }

    #[test]
    fn a_name_shared_with_the_province_needs_its_type_word() {
        let hai_duong = Area::Province {
            code: "30".into(),
            name: "Hải Dương".into(),
            era: Era::Before2025,
        };
        let text = "tỉnh Hải Dương có 351 sản phẩm; TP Hải Dương có 10 sản phẩm, Chí Linh có 1";
        let found = local_units().mentions(text, &hai_duong);
        let names: Vec<&str> = found.iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(names, ["Hải Dương", "Chí Linh"]);
        assert!(found[0].span.start > 30);
    }

    #[test]
    fn two_units_of_one_name_are_told_apart_by_their_type_word() {
        let ha_tinh = province("42", Era::Before2025);
        let text = "huyện Kỳ Anh có 21 THT, thị xã Kỳ Anh có 15 THT";
        let found = local_units().mentions(text, &ha_tinh);
        let types: Vec<&str> = found.iter().map(|m| m.unit.unit_type.as_str()).collect();
        assert_eq!(types, ["huyện", "thị xã"]);
    }

    #[test]
    fn a_name_shared_with_any_province_needs_its_type_word() {
        // Tây Ninh since 2025 has a ward named Long An, also the name of the province merged
        // into it.
        let tay_ninh = province("80", Era::From2025);
        let text = "trong đó Long An (cũ) 425 HTX; phường Long An có 3 HTX";
        let found = local_units().mentions(text, &tay_ninh);
        let starts: Vec<usize> = found.iter().map(|m| m.span.start).collect();
        assert_eq!(
            starts,
            [text.find("phường Long An").unwrap() + "phường ".len()]
        );
    }
}
