//! Sectors as provincial reports group cooperatives, with the words each language uses.

use serde::{Deserialize, Serialize};
use vncoop_text::Lang;

use crate::names::by_name;

/// A sector of activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sector {
    /// Agriculture, forestry, fishery and salt production.
    Agriculture,
    /// Industry and handicraft (tiểu thủ công nghiệp).
    IndustryHandicraft,
    /// Transport.
    Transport,
    /// Credit (people's credit funds).
    Credit,
    /// Electricity and water supply.
    ElectricityWater,
    /// Trade and services.
    TradeServices,
    /// Construction.
    Construction,
    /// Environment (sanitation, waste collection).
    Environment,
    /// Anything else, or "general" cooperatives.
    Other,
}

impl Sector {
    /// All sectors.
    pub const ALL: [Sector; 9] = [
        Sector::Agriculture,
        Sector::IndustryHandicraft,
        Sector::Transport,
        Sector::Credit,
        Sector::ElectricityWater,
        Sector::TradeServices,
        Sector::Construction,
        Sector::Environment,
        Sector::Other,
    ];

    /// The snake_case name used in JSON and CSV.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Sector::Agriculture => "agriculture",
            Sector::IndustryHandicraft => "industry_handicraft",
            Sector::Transport => "transport",
            Sector::Credit => "credit",
            Sector::ElectricityWater => "electricity_water",
            Sector::TradeServices => "trade_services",
            Sector::Construction => "construction",
            Sector::Environment => "environment",
            Sector::Other => "other",
        }
    }

    /// The words reports in `lang` use for the sector, as written (matching folds case and
    /// diacritics). Adjectives come first where a report writes "agricultural cooperatives".
    #[must_use]
    pub fn terms(self, lang: Lang) -> &'static [&'static str] {
        use Lang::*;
        match (self, lang) {
            (Sector::Agriculture, Vi) => &[
                "nông nghiệp",
                "nông, lâm, ngư nghiệp",
                "nông, lâm, ngư, diêm nghiệp",
                "nông, lâm nghiệp",
                "nông lâm nghiệp",
                "nông - lâm nghiệp",
                "lâm nghiệp",
                "thủy sản",
                "nuôi thủy sản",
                "trồng trọt",
                "chăn nuôi",
                "diêm nghiệp",
                "thủy lợi",
                "làm đất",
                "bảo vệ thực vật",
                "giống cây trồng",
                "HTXNN",
            ],
            (Sector::Agriculture, En) => &[
                "agricultural",
                "agriculture",
                "farming",
                "forestry",
                "fishery",
                "fisheries",
                "aquaculture",
                "salt production",
            ],
            (Sector::Agriculture, Id) => &["pertanian", "kehutanan", "perikanan", "produksi garam"],
            (Sector::IndustryHandicraft, Vi) => &[
                "công nghiệp",
                "tiểu thủ công nghiệp",
                "thủ công nghiệp",
                "tiểu thủ công",
            ],
            (Sector::IndustryHandicraft, En) => &[
                "handicraft",
                "industry and handicraft",
                "industrial",
                "industry",
                "small-scale industry",
                "cottage industry",
            ],
            (Sector::IndustryHandicraft, Id) => &["industri", "industri skala kecil", "kerajinan"],
            (Sector::Transport, Vi) => &["giao thông vận tải", "vận tải"],
            (Sector::Transport, En) => &["transport", "transportation", "transportation services"],
            (Sector::Transport, Id) => &["transportasi", "angkutan"],
            (Sector::Credit, Vi) => &["tín dụng"],
            (Sector::Credit, En) => &["credit"],
            (Sector::Credit, Id) => &["kredit", "perkreditan"],
            (Sector::ElectricityWater, Vi) => &["điện", "nước sạch", "điện nước"],
            (Sector::ElectricityWater, En) => &["electricity", "water supply", "clean water"],
            (Sector::ElectricityWater, Id) => &["listrik", "air bersih"],
            (Sector::TradeServices, Vi) => {
                &["thương mại", "dịch vụ", "thương mại, dịch vụ", "bán lẻ"]
            }
            (Sector::TradeServices, En) => &[
                "trade",
                "services",
                "trade and services",
                "commerce",
                "retail",
            ],
            (Sector::TradeServices, Id) => &["perdagangan", "jasa", "layanan", "ritel", "eceran"],
            (Sector::Construction, Vi) => &["xây dựng"],
            (Sector::Construction, En) => &["construction"],
            (Sector::Construction, Id) => &["konstruksi"],
            (Sector::Environment, Vi) => &["môi trường", "vệ sinh môi trường"],
            (Sector::Environment, En) => &["environment", "environmental sanitation"],
            (Sector::Environment, Id) => &["lingkungan"],
            (Sector::Other, Vi) => &["lĩnh vực khác", "tổng hợp"],
            (Sector::Other, En) => &["other sectors", "other services", "general"],
            (Sector::Other, Id) => &["layanan lainnya", "sektor lainnya"],
        }
    }
}

by_name!(Sector, "sector");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sector_has_words_in_every_language() {
        for sector in Sector::ALL {
            for lang in [Lang::Vi, Lang::En, Lang::Id] {
                assert!(!sector.terms(lang).is_empty(), "{sector} {lang}");
            }
            assert_eq!(sector.name().parse::<Sector>(), Ok(sector));
        }
    }
}
