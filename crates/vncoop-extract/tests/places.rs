//! Figures said of a district or commune, with sentences written for the test in each language.

use vncoop_extract::{extract, Document, Reason};
use vncoop_model::Area;

/// (value, area name or level) of every observation, in text order.
fn areas(text: &str) -> Vec<(String, String)> {
    extract(&Document::new("t", text))
        .observations
        .into_iter()
        .map(|o| {
            let area = match o.area {
                Area::District { name, .. } => name,
                Area::Commune { name, .. } => format!("xã {name}"),
                Area::Province { name, .. } => format!("tỉnh {name}"),
                Area::National => "national".into(),
                Area::Unknown => "unknown".into(),
            };
            (o.value.normalize().to_string(), area)
        })
        .collect()
}

fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
    rows.iter()
        .map(|(v, a)| (v.to_string(), a.to_string()))
        .collect()
}

#[test]
fn a_place_after_the_figure_is_its_location() {
    let en = areas(
        "In 2022 Hoa Binh province set up 9 new cooperatives: 6 cooperatives in Kim Boi district \
         and 3 in Luong Son.",
    );
    assert_eq!(
        en,
        pairs(&[("9", "tỉnh Hoà Bình"), ("6", "Kim Bôi"), ("3", "Lương Sơn")])
    );
    let vi = areas("Năm 2022, tỉnh Hòa Bình có 413 HTX, trong đó 25 HTX tại huyện Kim Bôi.");
    assert_eq!(vi, pairs(&[("413", "tỉnh Hoà Bình"), ("25", "Kim Bôi")]));
    let id = areas(
        "Pada tahun 2022, provinsi Hoa Binh memiliki 413 koperasi, termasuk 25 koperasi di \
         distrik Kim Boi.",
    );
    assert_eq!(id, pairs(&[("413", "tỉnh Hoà Bình"), ("25", "Kim Bôi")]));
}

#[test]
fn a_list_of_places_after_one_figure_stays_the_provinces() {
    let vi = areas(
        "Năm 2023, tỉnh Hòa Bình công nhận 34 sản phẩm OCOP ở huyện Kim Bôi, Lương Sơn và Tân Lạc.",
    );
    assert_eq!(vi, pairs(&[("34", "tỉnh Hoà Bình")]));
}

#[test]
fn a_place_as_subject_holds_for_its_clause() {
    let vi = areas("Năm 2023, tỉnh Hòa Bình có 120 sản phẩm OCOP. Huyện Kim Bôi có 12 sản phẩm, gồm 4 sản phẩm 4 sao.");
    assert_eq!(
        vi,
        pairs(&[
            ("120", "tỉnh Hoà Bình"),
            ("12", "Kim Bôi"),
            ("4", "Kim Bôi")
        ])
    );
    let en = areas(
        "In 2023 Hoa Binh province had 120 OCOP products. Kim Boi district has 12 OCOP \
         products, including 4 four-star products.",
    );
    assert_eq!(
        en,
        pairs(&[
            ("120", "tỉnh Hoà Bình"),
            ("12", "Kim Bôi"),
            ("4", "Kim Bôi")
        ])
    );
    // A place named in passing is not the subject.
    let en = areas("At a conference held in Kim Boi district, Hoa Binh province reported 413 cooperatives in 2023.");
    assert_eq!(en, pairs(&[("413", "tỉnh Hoà Bình")]));
}

#[test]
fn each_gives_one_figure_per_place() {
    let en = areas(
        "In 2022, of the 12 new cooperatives of Hoa Binh province, Cao Phong and Tan Lac \
         districts have established 2 cooperatives each.",
    );
    assert_eq!(
        en,
        pairs(&[
            ("12", "tỉnh Hoà Bình"),
            ("2", "Cao Phong"),
            ("2", "Tân Lạc")
        ])
    );
    // Without "each", two places share one figure: it is neither's, nor the province's.
    let en =
        areas("In 2022 in Hoa Binh province, Cao Phong and Tan Lac districts have 9 cooperatives.");
    assert_eq!(en, pairs(&[]));
}

#[test]
fn after_the_merger_places_are_communes() {
    let vi = areas("Ngày 1/9/2025, tỉnh Phú Thọ có 1.200 HTX, trong đó 15 HTX ở xã Kim Bôi.");
    assert_eq!(vi, pairs(&[("1200", "tỉnh Phú Thọ"), ("15", "xã Kim Bôi")]));
}

#[test]
fn a_document_about_one_district_is_that_districts() {
    let doc = Document::new(
        "t",
        "Kim Boi district boasts 58 cooperatives\n\nLast year, the district established four new cooperatives.",
    )
    .province("Hoa Binh");
    let found = extract(&doc);
    assert_eq!(found.observations.len(), 2);
    for o in &found.observations {
        assert!(
            matches!(&o.area, Area::District { name, .. } if name == "Kim Bôi"),
            "{:?}",
            o.area
        );
    }
}

#[test]
fn a_province_as_subject_inside_a_national_report_is_that_provinces() {
    for text in [
        "Năm 2023, cả nước có 29.000 HTX. Đồng Nai hiện có 881 HTX và 2 liên hiệp HTX.",
        "In 2023, the whole country had 29,000 cooperatives. Dong Nai currently has 881 cooperatives and 2 cooperative unions.",
        "Pada tahun 2023, di seluruh negeri terdapat 29.000 koperasi. Dong Nai saat ini memiliki 881 koperasi dan 2 serikat koperasi.",
    ] {
        assert_eq!(
            areas(text),
            pairs(&[("29000", "national"), ("881", "tỉnh Đồng Nai"), ("2", "tỉnh Đồng Nai")]),
            "{text}"
        );
    }
}

#[test]
fn a_report_naming_only_one_district_of_the_country_is_that_districts() {
    for text in [
        "Thuan Chau district boasts 58 cooperatives\nIn 2023, 4 new cooperatives were set up.",
        "Huyện Thuận Châu có 58 hợp tác xã\nNăm 2023, thành lập mới 4 hợp tác xã.",
        "Distrik Thuan Chau memiliki 58 koperasi\nPada tahun 2023, 4 koperasi baru didirikan.",
    ] {
        let found = areas(text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|(_, a)| a == "Thuận Châu"),
            "{text}: {found:?}"
        );
    }
    // "Châu Thành" is a district of several provinces: no one place.
    let found = areas("Chau Thanh district boasts 58 cooperatives.");
    assert_eq!(found, pairs(&[("58", "unknown")]));
}

#[test]
fn a_report_naming_districts_of_one_province_is_that_provinces() {
    // Hanoi is named in passing, twice; three districts of Hòa Bình say where the report is.
    let text = "Since the beginning of the year 12 new cooperatives have been established in the \
                whole province, of which Cao Phong and Tan Lac districts have established 2 \
                cooperatives each; Kim Boi has established 1. The Vietnam Union of Cooperatives \
                (headquartered in Hanoi) opened an office; Hanoi traders visited.";
    let found = areas(text);
    assert_eq!(
        found.first(),
        Some(&("12".to_string(), "tỉnh Hoà Bình".to_string()))
    );
    // Districts of two provinces say nothing: the province named stays.
    let text = "Hanoi has 120 cooperatives; traders came from Cao Phong, Kim Boi and Thuan Chau.";
    assert_eq!(areas(text), pairs(&[("120", "tỉnh Hà Nội")]));
}

#[test]
fn a_dateline_is_where_the_story_was_filed_from() {
    // A wire service files from its own city: that names no province of the story.
    for text in [
        "HANOI (VNA) - The whole province has 464 cooperatives.",
        "HÀ NỘI (TTXVN) - Toàn tỉnh có 464 HTX.",
        "HANOI (VNA) - Seluruh provinsi memiliki 464 koperasi.",
    ] {
        assert_eq!(areas(text), pairs(&[("464", "unknown")]), "{text}");
    }
    // The body's province decides over any dateline.
    assert_eq!(
        areas("HANOI (VNA) - Lam Dong province has 1,190 cooperatives."),
        pairs(&[("1190", "tỉnh Lâm Đồng")])
    );
    assert_eq!(
        areas("HÀ NỘI - Tỉnh Lâm Đồng có 1.190 HTX; toàn tỉnh có 150.000 thành viên."),
        pairs(&[("1190", "tỉnh Lâm Đồng"), ("150000", "tỉnh Lâm Đồng")])
    );
    // A provincial paper's bare dateline names its province when the body does not.
    assert_eq!(
        areas("LÂM ĐỒNG - Toàn tỉnh có 1.190 HTX."),
        pairs(&[("1190", "tỉnh Lâm Đồng")])
    );
}

#[test]
fn after_the_merger_a_former_province_is_the_pre_merger_unit() {
    use vncoop_model::Era;
    // (value, name, era) of every province figure.
    let provinces = |text: &str| -> Vec<(String, String, Era)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .filter_map(|o| match o.area {
                Area::Province { name, era, .. } => {
                    Some((o.value.normalize().to_string(), name, era))
                }
                _ => None,
            })
            .collect()
    };
    let expected = |rows: &[(&str, &str, Era)]| -> Vec<(String, String, Era)> {
        rows.iter()
            .map(|(v, n, e)| (v.to_string(), n.to_string(), *e))
            .collect()
    };
    // Hà Giang was merged into Tuyên Quang: its name now names the former province. Tuyên Quang
    // kept its name: only a mark makes it the former one.
    for text in [
        "Ngày 2/11/2025, tỉnh Tuyên Quang có 1.104 HTX, trong đó Hà Giang (cũ) có 512 HTX, \
         Tuyên Quang (cũ) có 592 HTX.",
        "On November 2, 2025, Tuyen Quang province had 1,104 cooperatives. Former Ha Giang \
         province has 512 cooperatives and former Tuyen Quang has 592.",
        "Pada 2 November 2025, provinsi Tuyen Quang memiliki 1.104 koperasi. Provinsi Ha Giang \
         lama memiliki 512 koperasi dan Tuyen Quang lama memiliki 592.",
    ] {
        assert_eq!(
            provinces(text),
            expected(&[
                ("1104", "Tuyên Quang", Era::From2025),
                ("512", "Hà Giang", Era::Before2025),
                ("592", "Tuyên Quang", Era::Before2025),
            ]),
            "{text}"
        );
    }
}

#[test]
fn a_second_province_with_its_own_figure_is_that_figures_place() {
    for text in [
        "In 2024, Ha Giang has 512 cooperatives and Tuyen Quang has 592.",
        "Năm 2024, Hà Giang có 512 HTX và Tuyên Quang có 592 HTX.",
        "Pada tahun 2024, Ha Giang memiliki 512 koperasi dan Tuyen Quang memiliki 592.",
    ] {
        assert_eq!(
            areas(text),
            pairs(&[("512", "tỉnh Hà Giang"), ("592", "tỉnh Tuyên Quang")]),
            "{text}"
        );
    }
}

#[test]
fn a_sentence_that_opens_on_a_place_gives_it_to_its_figures() {
    for text in [
        "An Giang province currently has 398 cooperatives. In Cho Moi district alone, there are \
         40 cooperatives.",
        "An Giang province currently has 398 cooperatives. Meanwhile, in the district of Cho \
         Moi, there are 40 cooperatives.",
        "Tỉnh An Giang hiện có 398 HTX. Riêng tại huyện Chợ Mới, có 40 HTX.",
        "Provinsi An Giang saat ini memiliki 398 koperasi. Di distrik Cho Moi, terdapat 40 \
         koperasi.",
    ] {
        assert_eq!(
            areas(text),
            pairs(&[("398", "tỉnh An Giang"), ("40", "Chợ Mới")]),
            "{text}"
        );
    }
    // A place named later in the sentence, or a phrase that is no location, does not.
    assert_eq!(
        areas("Tỉnh An Giang hiện có 398 HTX. Theo huyện Chợ Mới, năm nay tỉnh có thêm 40 HTX."),
        pairs(&[("398", "tỉnh An Giang"), ("40", "tỉnh An Giang")])
    );
}

#[test]
fn a_place_pointed_back_to_is_the_one_named_before_or_none() {
    // The district named before.
    assert_eq!(
        areas(
            "An Giang province currently has 398 cooperatives. In Cho Moi district alone, there \
             are 40 cooperatives. This district also has 12 cooperative groups."
        ),
        pairs(&[
            ("398", "tỉnh An Giang"),
            ("40", "Chợ Mới"),
            ("12", "Chợ Mới")
        ])
    );
    // A commune the map does not know: its figures are no one's, least of all the province's.
    for text in [
        "Tỉnh An Giang hiện có 398 HTX.\n\nTân Hội là một xã của tỉnh An Giang. Hiện nay, xã này \
         có 17 HTX với 1.200 thành viên.",
        "An Giang province currently has 398 cooperatives.\n\nTan Hoi is a commune in An Giang \
         province. Currently, the commune has 17 cooperatives with 1,200 members.",
        "Provinsi An Giang saat ini memiliki 398 koperasi.\n\nTan Hoi adalah komune di provinsi \
         An Giang. Saat ini, komune ini memiliki 17 koperasi dengan 1.200 anggota.",
    ] {
        assert_eq!(areas(text), pairs(&[("398", "tỉnh An Giang")]), "{text}");
        let found = extract(&Document::new("t", text));
        let localities: Vec<&str> = found
            .diagnostics
            .iter()
            .filter(|d| d.reason == Reason::Locality)
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!(localities.len(), 2, "{text}: {localities:?}");
    }
}
