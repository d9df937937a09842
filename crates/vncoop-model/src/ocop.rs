//! OCOP (One Commune One Product, "Mỗi xã một sản phẩm"): star ratings, scores, who certifies
//! which rating on a date, certificate validity and product groups.
//!
//! Sources: Decision 1048/QĐ-TTg (21 Aug 2019), Decision 148/QĐ-TTg (24 Feb 2023) and
//! Decision 1489/QĐ-TTg (6 July 2025), as summarised in the project's domain notes.

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vncoop_text::Lang;

use crate::error::ModelError;
use crate::legal_form::ymd;

/// An OCOP star rating: always 1 to 5.
///
/// ```
/// use vncoop_model::Stars;
/// let four = Stars::new(4)?;
/// assert!(four.is_certified());
/// assert!(Stars::new(6).is_err());
/// # Ok::<(), vncoop_model::ModelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Stars(u8);

impl Stars {
    /// A rating of `n` stars; an error unless 1 ≤ n ≤ 5.
    pub fn new(n: u8) -> Result<Self, ModelError> {
        if (1..=5).contains(&n) {
            Ok(Stars(n))
        } else {
            Err(ModelError::Stars(n.into()))
        }
    }

    /// The number of stars.
    #[must_use]
    pub fn get(self) -> u8 {
        self.0
    }

    /// Only 3, 4 and 5 stars make a product an "OCOP product".
    #[must_use]
    pub fn is_certified(self) -> bool {
        self.0 >= 3
    }

    /// The stars a score earns under the published bands (the same under 1048/2019 and
    /// 148/2023): 90–100 five, 70–<90 four, 50–<70 three, 30–<50 two, below 30 one.
    #[must_use]
    pub fn for_score(score: Score) -> Stars {
        let s = score.get();
        let n = if s >= Decimal::from(90) {
            5
        } else if s >= Decimal::from(70) {
            4
        } else if s >= Decimal::from(50) {
            3
        } else if s >= Decimal::from(30) {
            2
        } else {
            1
        };
        Stars(n)
    }
}

impl TryFrom<u8> for Stars {
    type Error = ModelError;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Stars::new(n)
    }
}

impl From<Stars> for u8 {
    fn from(s: Stars) -> u8 {
        s.0
    }
}

impl fmt::Display for Stars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-star", self.0)
    }
}

impl FromStr for Stars {
    type Err = ModelError;
    /// Reads "4", "4-star", "4 stars", "4★".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits: String = s.trim().chars().take_while(char::is_ascii_digit).collect();
        let rest = s.trim()[digits.len()..].trim();
        let tail_ok = matches!(rest, "" | "-star" | " star" | "star" | "stars" | "★");
        match digits.parse::<u8>() {
            Ok(n) if tail_ok => Stars::new(n),
            _ => Err(ModelError::UnknownName {
                what: "star rating",
                name: s.to_string(),
            }),
        }
    }
}

/// An OCOP evaluation score: 0 to 100 points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Score(Decimal);

impl Score {
    /// A score; an error outside 0–100.
    pub fn new(points: Decimal) -> Result<Self, ModelError> {
        if points >= Decimal::ZERO && points <= Decimal::from(100) {
            Ok(Score(points))
        } else {
            Err(ModelError::Score(points.to_string()))
        }
    }

    /// The points.
    #[must_use]
    pub fn get(self) -> Decimal {
        self.0
    }
}

impl TryFrom<Decimal> for Score {
    type Error = ModelError;
    fn try_from(d: Decimal) -> Result<Self, Self::Error> {
        Score::new(d)
    }
}

impl From<Score> for Decimal {
    fn from(s: Score) -> Decimal {
        s.0
    }
}

/// The decision that sets OCOP criteria and rating levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OcopRules {
    /// Before Decision 1048 took effect (the 2018 programme's interim rules).
    Before2019,
    /// Decision 1048/QĐ-TTg of 21 Aug 2019.
    Decision1048Of2019,
    /// Decision 148/QĐ-TTg of 24 Feb 2023.
    Decision148Of2023,
    /// Decision 148 as amended by Decision 1489/QĐ-TTg of 6 July 2025 (no more districts).
    Decision1489Of2025,
}

/// Who rates and certifies a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RatingLevel {
    /// District People's Committee.
    District,
    /// Province People's Committee.
    Province,
    /// Central level (the ministry in charge of agriculture).
    Central,
}

/// A certificate is valid for 36 months from the recognition decision.
pub const CERTIFICATE_MONTHS: u32 = 36;

impl OcopRules {
    /// The rules in force on `date`.
    #[must_use]
    pub fn in_force(date: NaiveDate) -> Self {
        if date >= ymd(2025, 7, 6) {
            OcopRules::Decision1489Of2025
        } else if date >= ymd(2023, 2, 24) {
            OcopRules::Decision148Of2023
        } else if date >= ymd(2019, 8, 21) {
            OcopRules::Decision1048Of2019
        } else {
            OcopRules::Before2019
        }
    }

    /// Which level certifies a rating under these rules; `None` for 1 and 2 stars, which are
    /// not certified.
    ///
    /// ```
    /// use vncoop_model::{OcopRules, RatingLevel, Stars};
    /// let three = Stars::new(3)?;
    /// assert_eq!(OcopRules::Decision148Of2023.certified_by(three), Some(RatingLevel::District));
    /// assert_eq!(OcopRules::Decision1489Of2025.certified_by(three), Some(RatingLevel::Province));
    /// # Ok::<(), vncoop_model::ModelError>(())
    /// ```
    #[must_use]
    pub fn certified_by(self, stars: Stars) -> Option<RatingLevel> {
        match (self, stars.get()) {
            (_, 1 | 2) => None,
            (_, 5) => Some(RatingLevel::Central),
            (OcopRules::Decision148Of2023, 3) => Some(RatingLevel::District),
            _ => Some(RatingLevel::Province),
        }
    }

    /// The weights of parts A (product and community strength), B (marketing) and C (quality);
    /// `None` before 2019.
    #[must_use]
    pub fn part_weights(self) -> Option<[u8; 3]> {
        match self {
            OcopRules::Before2019 => None,
            OcopRules::Decision1048Of2019 => Some([35, 25, 40]),
            OcopRules::Decision148Of2023 | OcopRules::Decision1489Of2025 => Some([40, 25, 35]),
        }
    }
}

/// The last day a certificate recognised on `recognised` is valid (36 months later, minus a
/// day).
#[must_use]
pub fn certificate_valid_until(recognised: NaiveDate) -> Option<NaiveDate> {
    recognised
        .checked_add_months(Months::new(CERTIFICATE_MONTHS))
        .and_then(|d| d.pred_opt())
}

/// The six product groups of Decision 148/2023.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProductGroup {
    /// Thực phẩm.
    Food,
    /// Đồ uống.
    Beverages,
    /// Dược liệu và sản phẩm từ dược liệu.
    MedicinalHerbs,
    /// Thủ công mỹ nghệ.
    Handicrafts,
    /// Sinh vật cảnh.
    OrnamentalPlantsAnimals,
    /// Du lịch cộng đồng, du lịch sinh thái và điểm du lịch.
    Tourism,
}

impl ProductGroup {
    /// All groups.
    pub const ALL: [ProductGroup; 6] = [
        ProductGroup::Food,
        ProductGroup::Beverages,
        ProductGroup::MedicinalHerbs,
        ProductGroup::Handicrafts,
        ProductGroup::OrnamentalPlantsAnimals,
        ProductGroup::Tourism,
    ];

    /// The words reports in `lang` use for the group.
    #[must_use]
    pub fn terms(self, lang: Lang) -> &'static [&'static str] {
        use Lang::*;
        match (self, lang) {
            (ProductGroup::Food, Vi) => &["thực phẩm"],
            (ProductGroup::Food, En) => &["food"],
            (ProductGroup::Food, Id) => &["makanan"],
            (ProductGroup::Beverages, Vi) => &["đồ uống"],
            (ProductGroup::Beverages, En) => &["beverages", "beverage", "drinks"],
            (ProductGroup::Beverages, Id) => &["minuman"],
            (ProductGroup::MedicinalHerbs, Vi) => &["dược liệu", "thảo dược"],
            (ProductGroup::MedicinalHerbs, En) => &["medicinal herbs", "herbal products", "herbs"],
            (ProductGroup::MedicinalHerbs, Id) => &["tanaman obat", "herbal"],
            (ProductGroup::Handicrafts, Vi) => &["thủ công mỹ nghệ"],
            (ProductGroup::Handicrafts, En) => &["handicrafts", "fine arts"],
            (ProductGroup::Handicrafts, Id) => &["kerajinan tangan"],
            (ProductGroup::OrnamentalPlantsAnimals, Vi) => &["sinh vật cảnh"],
            (ProductGroup::OrnamentalPlantsAnimals, En) => &["ornamental plants", "bonsai"],
            (ProductGroup::OrnamentalPlantsAnimals, Id) => &["tanaman hias"],
            (ProductGroup::Tourism, Vi) => &["du lịch cộng đồng", "du lịch sinh thái", "du lịch"],
            (ProductGroup::Tourism, En) => &["community tourism", "eco-tourism", "tourism"],
            (ProductGroup::Tourism, Id) => &["pariwisata", "ekowisata"],
        }
    }
}

/// Which star levels an OCOP count covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum StarScope {
    /// Exactly these levels: "34 3-star and 4-star products", "18 products achieved 4 stars".
    Levels {
        /// Bit n set for n stars (bits 1 to 5).
        mask: u8,
    },
    /// This level or higher: "3 sao trở lên", "bintang 3 atau lebih".
    AtLeast {
        /// The lowest level.
        stars: Stars,
    },
    /// Rated 90+ by a province and proposed as five-star ("tiềm năng 5 sao").
    PotentialFive,
}

impl StarScope {
    /// One level.
    #[must_use]
    pub fn only(stars: Stars) -> Self {
        StarScope::Levels {
            mask: 1 << stars.get(),
        }
    }

    /// Add a level to a set of levels (other scopes are kept as they are).
    #[must_use]
    pub fn with(self, stars: Stars) -> Self {
        match self {
            StarScope::Levels { mask } => StarScope::Levels {
                mask: mask | 1 << stars.get(),
            },
            other => other,
        }
    }

    /// The levels in a `Levels` scope, lowest first.
    #[must_use]
    pub fn levels(self) -> Vec<Stars> {
        match self {
            StarScope::Levels { mask } => (1..=5)
                .filter(|n| mask & (1 << n) != 0)
                .filter_map(|n| Stars::new(n).ok())
                .collect(),
            StarScope::AtLeast { stars } => (stars.get()..=5)
                .filter_map(|n| Stars::new(n).ok())
                .collect(),
            StarScope::PotentialFive => Vec::new(),
        }
    }
}

impl fmt::Display for StarScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StarScope::Levels { .. } => {
                let names: Vec<String> = self.levels().iter().map(Stars::to_string).collect();
                f.write_str(&names.join(" and "))
            }
            StarScope::AtLeast { stars } => write!(f, "{stars} or higher"),
            StarScope::PotentialFive => f.write_str("potential 5-star"),
        }
    }
}

impl FromStr for StarScope {
    type Err = ModelError;
    /// Reads what `Display` writes: "4-star", "3-star and 4-star", "3-star or higher",
    /// "potential 5-star".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s == "potential 5-star" {
            return Ok(StarScope::PotentialFive);
        }
        if let Some(low) = s.strip_suffix(" or higher") {
            return Ok(StarScope::AtLeast {
                stars: low.parse()?,
            });
        }
        let mut mask = 0u8;
        for part in s.split(" and ") {
            mask |= 1 << part.parse::<Stars>()?.get();
        }
        Ok(StarScope::Levels { mask })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn score_bands() {
        let stars = |p: i64| Stars::for_score(Score::new(Decimal::from(p)).unwrap()).get();
        assert_eq!(
            [0, 29, 30, 49, 50, 69, 70, 89, 90, 100].map(stars),
            [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
        );
        assert!(Score::new(Decimal::from(101)).is_err());
        assert!(Score::new(Decimal::from(-1)).is_err());
    }

    #[test]
    fn who_certifies_depends_on_the_date() {
        let three = Stars::new(3).unwrap();
        let five = Stars::new(5).unwrap();
        let rules = |d| OcopRules::in_force(d);
        assert_eq!(rules(date(2020, 1, 1)), OcopRules::Decision1048Of2019);
        assert_eq!(
            rules(date(2024, 1, 1)).certified_by(three),
            Some(RatingLevel::District)
        );
        assert_eq!(
            rules(date(2025, 8, 1)).certified_by(three),
            Some(RatingLevel::Province)
        );
        assert_eq!(
            rules(date(2020, 1, 1)).certified_by(three),
            Some(RatingLevel::Province)
        );
        assert_eq!(
            rules(date(2025, 8, 1)).certified_by(five),
            Some(RatingLevel::Central)
        );
        assert_eq!(
            rules(date(2025, 8, 1)).certified_by(Stars::new(2).unwrap()),
            None
        );
        assert_eq!(
            OcopRules::Decision148Of2023.part_weights(),
            Some([40, 25, 35])
        );
    }

    #[test]
    fn certificates_last_three_years() {
        assert_eq!(
            certificate_valid_until(date(2023, 12, 29)),
            Some(date(2026, 12, 28))
        );
    }

    #[test]
    fn star_scopes_read_what_they_write() {
        let three = Stars::new(3).unwrap();
        let four = Stars::new(4).unwrap();
        for scope in [
            StarScope::only(four),
            StarScope::only(three).with(four),
            StarScope::AtLeast { stars: three },
            StarScope::PotentialFive,
        ] {
            assert_eq!(scope.to_string().parse::<StarScope>(), Ok(scope));
        }
        assert_eq!(
            StarScope::only(three).with(four).to_string(),
            "3-star and 4-star"
        );
        assert!("7-star".parse::<StarScope>().is_err());
    }
}
