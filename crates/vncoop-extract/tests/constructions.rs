//! One test per construction of report prose, with sentences written for the test in each
//! language where the construction occurs. Each row: what the extractor must read from it.

use vncoop_extract::{extract, Document, Reason};
use vncoop_model::{Area, Era, Indicator, Kind, Qualifier, Sector, Unit};

/// (indicator, value, unit, kind, qualifier, note) of every observation, in text order.
fn read(text: &str) -> Vec<(Indicator, String, Unit, Kind, Qualifier, String)> {
    extract(&Document::new("t", text))
        .observations
        .into_iter()
        .map(|o| {
            (
                o.indicator,
                o.value.normalize().to_string(),
                o.unit,
                o.kind,
                o.qualifier,
                o.scope.note,
            )
        })
        .collect()
}

/// (value, kind, period) of every observation of `text`, in text order; no period is "".
fn values_kinds_periods(text: &str) -> Vec<(String, Kind, String)> {
    extract(&Document::new("t", text))
        .observations
        .into_iter()
        .map(|o| {
            let period = o.period.as_ref().map(|p| p.to_string()).unwrap_or_default();
            (o.value.normalize().to_string(), o.kind, period)
        })
        .collect()
}

/// Fails unless each of `texts` reads as `expected`: (value, kind, period) in text order.
fn assert_each_reads(texts: &[&str], expected: &[(&str, Kind, &str)]) {
    let expected: Vec<(String, Kind, String)> = expected
        .iter()
        .map(|&(value, kind, period)| (value.to_string(), kind, period.to_string()))
        .collect();
    for text in texts {
        assert_eq!(values_kinds_periods(text), expected, "{text}");
    }
}

/// Fails unless each of `texts` reads as `expected`: (indicator, value) in text order.
fn assert_each_counts(texts: &[&str], expected: &[(Indicator, &str)]) {
    let expected: Vec<(Indicator, String)> = expected
        .iter()
        .map(|&(indicator, value)| (indicator, value.to_string()))
        .collect();
    for text in texts {
        let found: Vec<(Indicator, String)> = read(text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(found, expected, "{text}");
    }
}

/// The note of every observation of `text`, in text order.
fn notes(text: &str) -> Vec<String> {
    read(text).into_iter().map(|f| f.5).collect()
}

/// Fails unless each of `texts` gives an observation noted `note`.
fn assert_each_noted(texts: &[&str], note: &str) {
    for text in texts {
        let notes = notes(text);
        assert!(notes.iter().any(|n| n == note), "{text}: {notes:?}");
    }
}

/// The area of every observation of `text`, in text order.
fn areas(text: &str) -> Vec<String> {
    extract(&Document::new("t", text))
        .observations
        .iter()
        .map(|o| o.area.to_string())
        .collect()
}

/// Fails unless `text` gives no observation and a number left out for which `why` holds.
fn assert_only_left_out(text: &str, why: impl Fn(&vncoop_extract::Diagnostic) -> bool) {
    let found = extract(&Document::new("t", text));
    assert!(
        found.observations.is_empty(),
        "{text}: {:?}",
        found.observations
    );
    assert!(
        found.diagnostics.iter().any(why),
        "{text}: {:?}",
        found.diagnostics
    );
}

/// Fails unless nothing of `text` is read and `count` of its figures are left out as `reason`.
fn assert_all_left_out_as(text: &str, reason: Reason, count: usize) {
    let found = extract(&Document::new("t", text));
    assert!(
        found.observations.is_empty(),
        "{text}: {:?}",
        found.observations
    );
    let left_out = found.diagnostics.iter().filter(|d| d.reason == reason);
    assert_eq!(left_out.count(), count, "{text}: {:?}", found.diagnostics);
}

/// Fails unless some figure of `text` is read as `indicator` with `value`.
fn assert_read_as(text: &str, indicator: Indicator, value: &str) {
    let found = read(text);
    assert!(
        found.iter().any(|f| f.0 == indicator && f.1 == value),
        "{text}: {found:?}"
    );
}

/// Fails unless no figure of `text` is read as `indicator`.
fn assert_never_read_as(text: &str, indicator: Indicator) {
    let found = read(text);
    assert!(found.iter().all(|f| f.0 != indicator), "{text}: {found:?}");
}

fn plan_fulfilment(value: &str, of: &str) -> (Indicator, String, Unit, Kind, Qualifier, String) {
    (
        Indicator::Other,
        value.to_string(),
        Unit::Percent,
        Kind::Actual,
        Qualifier::Exact,
        format!("plan fulfilment: {of}"),
    )
}

#[test]
fn plan_fulfilment_is_an_other_figure_labelled_by_what_was_planned() {
    let vi = read("Năm 2023, tỉnh Nam Định thành lập mới 12 HTX, đạt 120% kế hoạch năm.");
    assert_eq!(vi[1], plan_fulfilment("120", "new cooperatives"));
    let en = read(
        "In 2023, Nam Dinh province set up 12 new cooperatives, reaching 120% of the yearly plan.",
    );
    assert_eq!(en[1], plan_fulfilment("120", "new cooperatives"));
    let id = read("Pada tahun 2023, provinsi Nam Dinh mendirikan 12 koperasi baru, melampaui rencana sebesar 20%.");
    // Exceeding the plan by a rate: that rate is over the plan (as dev 003's gold has it).
    assert_eq!(id[1].5, "plan over-fulfilment: new cooperatives", "{id:?}");
    // A fulfilment verb right after a count, with no plan word.
    let vi = read("Năm 2023, tỉnh Nam Định có 310 HTX, đạt 101,2%; 1.200 THT.");
    assert_eq!(vi[1], plan_fulfilment("101.2", "cooperatives"));
    // Two plans in one sentence are two quantities.
    let en = read(
        "In 2023, Nam Dinh had 48,000 members, reaching 101% of the plan, and 1,200 cooperative \
         groups, reaching 62% of the plan.",
    );
    assert_eq!(en[1], plan_fulfilment("101", "members"));
    assert_eq!(en[3], plan_fulfilment("62", "cooperative groups"));
    // A plan with nothing before it is a plan of the whole report.
    let vi = read("Đạt 95% kế hoạch năm 2023 về phát triển kinh tế tập thể.");
    assert_eq!(vi.first().map(|f| f.5.as_str()), Some("plan fulfilment"));
}

#[test]
fn the_same_rate_of_two_plans_in_two_sentences_is_two_figures() {
    for (text, plans) in [
        (
            "Năm 2022, tỉnh Bình Thuận thành lập mới 10 HTX, đạt 100% kế hoạch. Doanh thu bình quân của 01 HTX là 2,2 tỷ đồng, đạt 100% kế hoạch.",
            ["new cooperatives", "avg revenue per cooperative"],
        ),
        (
            "In 2022, Binh Thuan set up 10 new cooperatives, reaching 100% of the plan. The average revenue of a cooperative was VND 2.2 billion, reaching 100% of the plan.",
            ["new cooperatives", "avg revenue per cooperative"],
        ),
        (
            "Pada tahun 2022, Binh Thuan mendirikan 10 koperasi baru, mencapai 100% dari rencana. Pendapatan rata-rata koperasi adalah 2,2 miliar VND, mencapai 100% dari rencana.",
            ["new cooperatives", "avg revenue per cooperative"],
        ),
    ] {
        let found = read(text);
        let rates: Vec<&(Indicator, String, Unit, Kind, Qualifier, String)> =
            found.iter().filter(|f| f.0 == Indicator::Other).collect();
        assert_eq!(rates.len(), 2, "{text}: {found:?}");
        for (rate, plan) in rates.iter().zip(plans) {
            assert_eq!(**rate, plan_fulfilment("100", plan), "{text}");
        }
    }
}

#[test]
fn words_before_the_noun_and_openings_that_point_back_make_parts() {
    assert_eq!(
        notes("In 2023, Nam Dinh had 455 cooperatives. Monitoring found 2 dissolved cooperatives."),
        ["", "part: dissolved"]
    );
    assert_eq!(
        notes("In 2023, Nam Dinh had 455 cooperatives and 4 cooperative unions with 26 member cooperatives."),
        ["", "", "part: member"]
    );
    let of_the_total = notes(
        "In 2023, Nam Dinh had 455 cooperatives. Of the total, 300 cooperatives have \
         re-registered under the new law.",
    );
    assert!(of_the_total[1].starts_with("part"), "{of_the_total:?}");
}

#[test]
fn a_count_made_every_year_is_per_year() {
    use vncoop_money::Per;
    for text in [
        "Nam Dinh strives to establish 20 cooperatives annually until 2030.",
        "Tỉnh Nam Định phấn đấu thành lập mới 20 HTX mỗi năm đến năm 2030.",
        "Provinsi Nam Dinh menargetkan pendirian 20 koperasi setiap tahun hingga 2030.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert_eq!(found[0].value, 20.into(), "{text}");
        assert_eq!(found[0].scope.per, [Per::Year], "{text}");
    }
    // Before the figure, with no mark between.
    for text in [
        "Giai đoạn 2021-2025, toàn tỉnh thành lập mới 142 HTX, bình quân mỗi năm thành lập mới 28 HTX.",
        "In 2021-2025 the province set up 142 cooperatives, on average each year establishing 28 cooperatives.",
        "Periode 2021-2025, provinsi mendirikan 142 koperasi, rata-rata setiap tahun didirikan 28 koperasi.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert!(found[0].scope.per.is_empty(), "{text}");
        assert_eq!(found[1].scope.per, [Per::Year], "{text}: {found:?}");
    }
    // A yearly word after a later figure belongs to that figure only.
    let found = extract(&Document::new(
        "t",
        "Nam Dinh has 500 cooperatives and will add 20 cooperatives annually.",
    ))
    .observations;
    assert!(found[0].scope.per.is_empty());
}

#[test]
fn one_cooperative_or_worker_as_the_unit_of_an_average_is_not_a_count() {
    for (text, indicator) in [
        (
            "Năm 2023, doanh thu bình quân của 01 HTX tỉnh Nam Định là 2,5 tỷ đồng.",
            Indicator::AvgRevenuePerCooperative,
        ),
        (
            "In 2023, the average revenue per 1 cooperative in Nam Dinh was 2.5 billion VND.",
            Indicator::AvgRevenuePerCooperative,
        ),
        (
            "Pada tahun 2023, pendapatan rata-rata setiap 1 koperasi di Nam Dinh adalah 2,5 miliar VND.",
            Indicator::AvgRevenuePerCooperative,
        ),
        (
            "Năm 2023, thu nhập bình quân của 01 lao động thường xuyên trong HTX đạt 70 triệu đồng/năm.",
            Indicator::AvgIncomePerWorker,
        ),
        (
            "In 2023, the average income per 1 worker in cooperatives was 70 million VND per year.",
            Indicator::AvgIncomePerWorker,
        ),
    ] {
        let found = extract(&Document::new("t", text));
        assert_eq!(found.observations.len(), 1, "{text}: {:?}", found.observations);
        assert_eq!(found.observations[0].indicator, indicator, "{text}");
        assert!(found
            .diagnostics
            .iter()
            .any(|d| d.reason == Reason::NotAFigure && d.text.trim_start_matches('0') == "1"));
    }
}

#[test]
fn star_levels_at_least() {
    use vncoop_model::StarScope;
    for text in [
        "In 2023, Nam Dinh had 89 OCOP products with at least three stars.",
        "Năm 2023, tỉnh Nam Định có 89 sản phẩm OCOP đạt tối thiểu 3 sao.",
        "Pada tahun 2023, Nam Dinh memiliki 89 produk OCOP dengan bintang 3 atau lebih.",
    ] {
        let found = extract(&Document::new("t", text));
        let stars = found.observations.first().and_then(|o| o.scope.stars);
        assert_eq!(
            stars.map(|s| s.to_string()),
            Some(
                StarScope::AtLeast {
                    stars: vncoop_model::Stars::new(3).unwrap()
                }
                .to_string()
            ),
            "{text}"
        );
    }
}

/// The star levels of every OCOP count of `text`, in text order ("-" for none).
fn star_levels(text: &str) -> Vec<(String, String)> {
    extract(&Document::new("t", text))
        .observations
        .iter()
        .filter(|o| o.indicator == Indicator::OcopProducts)
        .map(|o| {
            let stars = o.scope.stars.map_or("-".to_string(), |s| s.to_string());
            (o.value.to_string(), stars)
        })
        .collect()
}

#[test]
fn an_ocop_total_broken_into_star_levels_is_of_the_lowest_level_or_higher() {
    for text in [
        "Tính đến nay, tỉnh Nam Định có 302 sản phẩm OCOP, bao gồm 208 sản phẩm OCOP 3 sao và 94 sản phẩm OCOP 4 sao.",
        "Up to now, Nam Dinh province has recognized 302 OCOP products, of which 208 OCOP products have achieved 3 stars and 94 OCOP products have achieved 4 stars.",
        "Hingga saat ini, Provinsi Nam Dinh memiliki 302 produk OCOP, termasuk 208 produk bintang 3 dan 94 produk bintang 4.",
    ] {
        assert_eq!(
            star_levels(text),
            [("302", "3-star or higher"), ("208", "3-star"), ("94", "4-star")]
                .map(|(v, s)| (v.to_string(), s.to_string())),
            "{text}"
        );
    }
    // Parts that do not add up to the total may be a few of its levels only: it keeps none.
    assert_eq!(
        star_levels("Up to now, Nam Dinh province has recognized 302 OCOP products, of which 94 OCOP products have achieved 4 stars and 8 have achieved 5 stars.")[0].1,
        "-"
    );
}

#[test]
fn a_proportion_of_something_of_cooperatives_is_an_other_figure_noted_with_its_subject() {
    for (text, subject) in [
        (
            "Tỉnh Nam Định: tỷ lệ cán bộ quản lý HTX có trình độ cao đẳng, đại học tăng từ 11,5% năm 2016 lên 17% năm 2022.",
            "cán bộ quản lý HTX có trình độ cao đẳng, đại học",
        ),
        (
            "In Nam Dinh, the proportion of cooperative managers trained at university level has increased from 11.5% in 2016 to 17% in 2022.",
            "cooperative managers trained at university level",
        ),
        (
            "Di Nam Dinh, proporsi staf manajemen koperasi yang dilatih di universitas telah meningkat dari 11,5% pada tahun 2016 menjadi 17% pada tahun 2022.",
            "staf manajemen koperasi yang dilatih di universitas",
        ),
    ] {
        let note = format!("proportion: {subject}");
        assert_eq!(
            read(text),
            [
                (Indicator::Other, "11.5".into(), Unit::Percent, Kind::Actual, Qualifier::Exact, note.clone()),
                (Indicator::Other, "17".into(), Unit::Percent, Kind::Actual, Qualifier::Exact, note),
            ],
            "{text}"
        );
    }
    // A proportion of something outside the sector is no figure of it.
    assert!(read("Tỉnh Nam Định: tỷ lệ hộ nghèo giảm còn 2%.").is_empty());
    // The word that leads to the goal is no part of the subject.
    assert_each_noted(
        &["Quang Nam strives to raise the proportion of cooperatives operating effectively to            70% by 2026."],
        "proportion: cooperatives operating effectively",
    );
}

#[test]
fn rewards_and_support_amounts_are_other_money() {
    for (text, note) in [
        (
            "In 2024, Nam Dinh awarded 20 OCOP products, each product was VND 8,000,000.",
            "support or reward amount per product",
        ),
        (
            "Năm 2024, mức thưởng cho mỗi sản phẩm OCOP của tỉnh Nam Định là 8 triệu đồng.",
            "support or reward amount per product",
        ),
        (
            "Pada tahun 2024, Nam Dinh memberikan hadiah sebesar 8 juta VND untuk setiap produk \
             OCOP.",
            "support or reward amount per product",
        ),
        (
            "In 2024, each new cooperative in Nam Dinh was supported with 8 million VND.",
            "support or reward amount",
        ),
    ] {
        // "thường xuyên" (regular) folds like "thưởng" (reward): it is no reward word.
        let regular = extract(&Document::new(
            "t",
            "Năm 2024, thu nhập bình quân của lao động thường xuyên trong HTX tỉnh Nam Định là 5 triệu đồng/tháng.",
        ));
        assert_eq!(
            regular.observations[0].indicator,
            Indicator::AvgIncomePerWorker
        );
        let found = extract(&Document::new("t", text));
        let money: Vec<_> = found
            .observations
            .iter()
            .filter(|o| o.unit == Unit::Vnd)
            .map(|o| {
                (
                    o.indicator,
                    o.value.normalize().to_string(),
                    o.scope.note.clone(),
                )
            })
            .collect();
        assert_eq!(
            money,
            [(Indicator::Other, "8000000".to_string(), note.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_part_whose_noun_is_left_out_takes_the_noun_of_its_whole() {
    let en = read(
        "In 2023 Nam Dinh province set up 4 new cooperative groups: 3 in Hai Hau and 1 in Y Yen.",
    );
    let values: Vec<(Indicator, String)> = en.iter().map(|r| (r.0, r.1.clone())).collect();
    assert_eq!(
        values,
        [
            (Indicator::CooperativeGroups, "4".to_string()),
            (Indicator::CooperativeGroups, "3".to_string()),
            (Indicator::CooperativeGroups, "1".to_string()),
        ]
    );
    let vi =
        read("Năm 2023, tỉnh Nam Định có 120 sản phẩm OCOP, trong số đó 40 tại huyện Hải Hậu.");
    assert_eq!(vi.len(), 2);
    assert_eq!((vi[1].0, vi[1].1.as_str()), (Indicator::OcopProducts, "40"));
    // "of them" reaches back past the sentence, with the star levels of the whole.
    let doc = Document::new(
        "t",
        "In 2023 Nam Dinh province has 89 OCOP products with at least three stars.\n\nHai Hau district alone accounts for 48 of them.",
    );
    let found = extract(&doc).observations;
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].indicator, Indicator::OcopProducts);
    assert_eq!(found[1].scope.stars, found[0].scope.stars);
    assert!(found[1].scope.stars.is_some());
    // A bare figure with nothing before it to count stays unread.
    let id = read("Pada tahun 2023, 12 di antaranya.");
    assert!(id.is_empty());
    // "others": more of what was counted before.
    let en = brief("In 2023, Nam Dinh had 300 cooperatives operating while 25 others stopped.");
    assert_eq!((en[1].0, en[1].1.as_str()), (Indicator::Cooperatives, "25"));
    let id =
        brief("Pada tahun 2023, Nam Dinh memiliki 300 koperasi aktif dan 25 lainnya berhenti.");
    assert_eq!((id[1].0, id[1].1.as_str()), (Indicator::Cooperatives, "25"));
}

#[test]
fn a_share_of_a_money_total_is_an_other_figure() {
    for (text, note) in [
        (
            "Năm 2023, doanh thu từ thành viên chiếm 55% tổng doanh thu của HTX tỉnh Nam Định.",
            "share of revenue",
        ),
        (
            "In 2023, the collective economy contributed about 5% of GDP.",
            "share of GDP",
        ),
        (
            "Pada tahun 2023, kredit macet menyumbang 3,5% dari total saldo pinjaman koperasi.",
            "share of outstanding loans",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].2, found[0].5.as_str()),
            (Indicator::Other, Unit::Percent, note),
            "{text}"
        );
    }
    // A share of organisations stays theirs.
    let vi = read("Năm 2023, tỉnh Nam Định có 300 HTX, trong đó 60% HTX hoạt động hiệu quả.");
    assert_eq!((vi[1].0, vi[1].2), (Indicator::Cooperatives, Unit::Percent));
}

#[test]
fn a_money_total_growing_is_an_other_change_and_a_target_when_set_as_a_goal() {
    let vi = read("Năm 2023, tỉnh Nam Định có 300 HTX; doanh thu, lợi nhuận của HTX tăng 8%.");
    assert_eq!(
        (vi[1].0, vi[1].3, vi[1].5.as_str()),
        (Indicator::Other, Kind::Change, "profit growth")
    );
    let en = read("By 2030, Nam Dinh province strives to have 400 cooperatives; the revenue of cooperatives increased by 7% per year.");
    assert_eq!((en[1].0, en[1].3), (Indicator::Other, Kind::Target));
}

#[test]
fn the_income_of_workers_is_their_average_income() {
    for text in [
        "In 2023, the monthly income of laborers at cooperatives in Nam Dinh was VND6.5 million.",
        "Pada tahun 2023, pendapatan pekerja tetap koperasi di Nam Dinh adalah 64 juta VND/tahun.",
    ] {
        let found = read(text);
        assert_eq!(found[0].0, Indicator::AvgIncomePerWorker, "{text}");
    }
}

#[test]
fn an_income_per_capita_of_a_place_is_no_figure_of_the_sector() {
    for text in [
        "Năm 2023, thu nhập bình quân đầu người của xã Tân Hội đạt 66,5 triệu đồng/người/năm.",
        "In 2023, the average per capita income of Tan Hoi commune reached VND 66.5 million per \
         person per year.",
        "Pada tahun 2023, pendapatan rata-rata per kapita di komune Tan Hoi mencapai 66,5 juta \
         VND/orang/tahun.",
    ] {
        assert_only_left_out(text, |d| {
            d.reason == Reason::NoIndicator && d.text.contains("66")
        });
    }
    // Of the people of cooperatives, named before it, it is their income.
    for text in [
        "Năm 2023, bình quân một HTX đạt doanh thu 2,2 tỷ đồng, thu nhập đầu người 5,3 triệu \
         đồng/tháng.",
        "In 2023, the per capita income of cooperative members reached VND 5.3 million per month.",
        "Pada tahun 2023, pendapatan per kapita anggota koperasi mencapai 5,3 juta VND/bulan.",
    ] {
        assert_read_as(text, Indicator::AvgIncomePerWorker, "5300000");
    }
}

#[test]
fn money_per_hectare_is_what_land_yields_not_a_figure_of_the_sector() {
    for text in [
        "Năm 2023, thu nhập bình quân của hộ thành viên HTX ở Nam Định đạt 200 triệu đồng/ha/năm.",
        "In 2023, the average income of cooperative member households in Nam Dinh was VND 200 million per hectare.",
        "Pada tahun 2023, pendapatan rata-rata rumah tangga anggota koperasi di Nam Dinh sekitar 200 juta VND/ha/tahun.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::Measure && d.text.contains("200"));
    }
    // Per person or per year it is still income.
    let found = read("Pada tahun 2023, pendapatan rata-rata pekerja koperasi di Nam Dinh sekitar 60 juta VND/orang/tahun.");
    assert_eq!(found[0].0, Indicator::AvgIncomePerWorker);
}

#[test]
fn measures_ordinals_and_fractions_of_organisations_are_no_counts() {
    for (text, reason) in [
        ("In 2023, Nam Dinh province has 300 cooperatives farming nearly 72,000ha.", Reason::Measure),
        ("The 6th congress of the Nam Dinh Cooperative Alliance opened in 2023.", Reason::Measure),
        ("In 2023, the difference in income and expense of the People's Credit Funds reached 1.2.", Reason::Implausible),
        ("Năm 2023, số liệu HTX tại Bảng 2.1 cho thấy 2.1 thành viên.", Reason::Implausible),
    ] {
        let found = extract(&Document::new("t", text));
        assert!(
            found.diagnostics.iter().any(|d| d.reason == reason),
            "{text}: {:?}",
            found.diagnostics
        );
        assert!(found.observations.iter().all(|o| o.value.fract().is_zero()), "{text}");
    }
}

#[test]
fn figures_of_one_example_organisation_are_left_out_with_their_reason() {
    for text in [
        "Năm 2023, một HTX điển hình có 30 thành viên và doanh thu 2 tỷ đồng.",
        "In 2023, a typical cooperative had 30 members and revenue of VND 2 billion.",
    ] {
        assert_all_left_out_as(text, Reason::SingleOrganisation, 2);
    }
    // Without "one", model cooperatives are a class that is counted.
    let vi = brief("Năm 2023, toàn tỉnh có 20 HTX điển hình tiên tiến.");
    assert_eq!(vi[0].0, Indicator::Cooperatives);
}

#[test]
fn an_amount_without_currency_after_a_money_word_is_dong() {
    let en = read("In 2023, 26 cooperatives of Nam Dinh had revenue of VND 38.5 billion and profit 6.5 billion.");
    let money: Vec<(Unit, String)> = en
        .iter()
        .filter(|r| r.2 == Unit::Vnd)
        .map(|r| (r.2, r.1.clone()))
        .collect();
    assert_eq!(
        money,
        [
            (Unit::Vnd, "38500000000".to_string()),
            (Unit::Vnd, "6500000000".to_string())
        ]
    );
    assert!(en.iter().all(|r| r.2 != Unit::People));
}

#[test]
fn nouns_and_verbs_of_a_count_belong_to_it() {
    // "cooperative products" are products.
    let en = read("In 2023, Nam Dinh has 127 cooperative products meeting OCOP standards.");
    assert_eq!(en[0].0, Indicator::OcopProducts);
    // An establishing verb whose object is another noun does not reach the next figure.
    let en = read(
        "In 2023, Nam Dinh recorded 15 newly founded cooperatives and 1 dissolved cooperative.",
    );
    assert_eq!(
        (en[0].0, en[1].0),
        (Indicator::NewCooperatives, Indicator::Cooperatives)
    );
    // "increasing by" is a change.
    let en = read("In 2023, Nam Dinh had 1,158 cooperative groups, increasing by 12 cooperative groups compared to 2022.");
    assert_eq!(en[1].3, Kind::Change);
}

#[test]
fn from_a_to_b_gives_two_levels_not_two_changes() {
    for text in [
        "Pada tahun 2022, pendapatan pekerja tetap koperasi meningkat dari 51,3 juta VND/tahun pada tahun 2020 menjadi 64 juta VND/tahun.",
        "In 2022, the income of cooperative workers increased from 51.3 million VND/year in 2020 to 64 million VND/year.",
        "Năm 2022, thu nhập của người lao động trong HTX tăng từ 51,3 triệu đồng/năm năm 2020 lên 64 triệu đồng/năm.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let levels: Vec<(String, Kind, String)> = found
            .iter()
            .map(|o| {
                (
                    o.value.normalize().to_string(),
                    o.kind,
                    o.period.as_ref().map(|p| p.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            levels,
            [
                ("51300000".to_string(), Kind::Actual, "2020".to_string()),
                ("64000000".to_string(), Kind::Actual, "2022".to_string())
            ],
            "{text}"
        );
    }
}

#[test]
fn an_estimate_word_heading_a_money_phrase_hedges_its_amount() {
    let id = read("Saat ini, provinsi Nam Dinh memiliki 295 koperasi dengan perkiraan pendapatan rata-rata sebesar 2,2 miliar VND/koperasi/tahun.");
    assert_eq!(
        (id[1].0, id[1].4),
        (Indicator::AvgRevenuePerCooperative, Qualifier::About)
    );
    assert_eq!(id[0].4, Qualifier::Exact);
}

/// (indicator, value, unit, kind) of every observation, in text order.
fn brief(text: &str) -> Vec<(Indicator, String, Unit, Kind)> {
    read(text)
        .into_iter()
        .map(|(indicator, value, unit, kind, _, _)| (indicator, value, unit, kind))
        .collect()
}

#[test]
fn member_cooperatives_are_cooperatives() {
    let cooperatives = (
        Indicator::Cooperatives,
        "31".to_string(),
        Unit::Count,
        Kind::Actual,
    );
    for text in [
        "Năm 2023, Liên minh HTX tỉnh Nam Định có 31 HTX thành viên.",
        "Năm 2023, số hợp tác xã là thành viên của liên hiệp hợp tác xã tỉnh Nam Định là 31.",
        "In 2023, Nam Dinh had 3 cooperative unions with 31 member cooperatives.",
        "Pada tahun 2023, Nam Dinh memiliki 31 koperasi anggota.",
    ] {
        assert!(
            brief(text).contains(&cooperatives),
            "{text}: {:?}",
            brief(text)
        );
    }
}

#[test]
fn a_percentage_after_a_change_in_parentheses_is_the_same_change() {
    let vi =
        brief("Năm 2023, tỉnh Nam Định có 12.000 thành viên, tăng 480 thành viên (khoảng 4%).");
    assert_eq!(
        vi[2],
        (Indicator::Members, "4".into(), Unit::Percent, Kind::Change)
    );
    let en = brief("In 2023, Nam Dinh had 12,000 members, an increase of 480 members (4%).");
    assert_eq!(
        en[2],
        (Indicator::Members, "4".into(), Unit::Percent, Kind::Change)
    );
    // A share in parentheses after a level stays a share.
    let share = brief("Năm 2023, tỉnh Nam Định có 120 HTX nông nghiệp (60% HTX).");
    assert_eq!(share[1].3, Kind::Actual);
}

#[test]
fn a_percentage_change_takes_the_subject_of_its_change_word() {
    let want = (
        Indicator::Cooperatives,
        "7".into(),
        Unit::Percent,
        Kind::Change,
    );
    for text in [
        "So với năm 2022, số hợp tác xã tỉnh Nam Định tăng 7%.",
        "Compared with 2022, the number of cooperatives in Nam Dinh increased by 7%.",
        "Dibandingkan tahun 2022, jumlah koperasi di Nam Dinh meningkat 7%.",
    ] {
        assert_eq!(brief(text), vec![want.clone()], "{text}");
    }
    // A proportion of something else, of which cooperatives are only the owner, is no change
    // of cooperatives.
    let id = brief("Proporsi staf koperasi yang dilatih di Nam Dinh meningkat 7%.");
    assert!(id.iter().all(|o| o.0 != Indicator::Cooperatives), "{id:?}");
}

#[test]
fn a_change_takes_the_head_noun_of_its_subject() {
    // Vietnamese and Indonesian name the head first: members of cooperatives, revenue of
    // cooperatives.
    let members = (Indicator::Members, "7".into(), Unit::Percent, Kind::Change);
    for text in [
        "So với năm 2022, số thành viên HTX tỉnh Nam Định tăng 7%.",
        "Compared with 2022, the number of cooperative members in Nam Dinh increased by 7%.",
        "Dibandingkan tahun 2022, jumlah anggota koperasi di Nam Dinh meningkat 7%.",
    ] {
        assert_eq!(brief(text), vec![members.clone()], "{text}");
    }
    // The change of an average is that average's, as after its level ("... 3,1 tỷ đồng,
    // tăng 8,2%").
    let id = read("Pada tahun 2023, pendapatan rata-rata koperasi di Nam Dinh meningkat 7%.");
    assert_eq!(
        (id[0].0, id[0].3),
        (Indicator::AvgRevenuePerCooperative, Kind::Change)
    );
    // A total's change is noted for what grew.
    let id = read("Pada tahun 2023, total pendapatan koperasi di Nam Dinh meningkat 7%.");
    assert_eq!(
        (id[0].0, id[0].5.as_str()),
        (Indicator::Other, "revenue growth")
    );
    // Two subjects joined by "and" are not one owned by the other.
    let vi = brief("So với năm 2022, số thành viên và số HTX tỉnh Nam Định đều tăng 7%.");
    assert!(vi.iter().all(|o| o.0 != Indicator::Members), "{vi:?}");
}

#[test]
fn a_multiple_is_a_change_of_the_subject_of_its_change_word() {
    let want = |value: &str, qualifier| {
        (
            Indicator::Members,
            value.to_string(),
            Unit::Ratio,
            Kind::Change,
            qualifier,
            String::new(),
        )
    };
    for text in [
        "So với năm 2020, số thành viên HTX tỉnh Nam Định tăng 2 lần.",
        "Compared with 2020, the number of cooperative members in Nam Dinh increased 2 times.",
        "Dibandingkan tahun 2020, jumlah anggota koperasi di Nam Dinh meningkat 2 kali lipat.",
    ] {
        assert_eq!(read(text), vec![want("2", Qualifier::Exact)], "{text}");
    }
    let vi = read("So với năm 2020, số thành viên HTX tỉnh Nam Định tăng từ 1,5 đến 2 lần.");
    assert_eq!(vi, vec![want("1.5", Qualifier::Range)]);
    let en = read("In 2023, the revenue of cooperatives in Nam Dinh increased 1.5 times.");
    assert_eq!(
        (en[0].0, en[0].2, en[0].5.as_str()),
        (Indicator::Other, Unit::Ratio, "revenue growth")
    );
}

#[test]
fn a_year_like_number_before_its_noun_is_a_count() {
    let vi = brief("So với năm 2021, số HTX tỉnh Nam Định năm 2022 tăng 2036 hợp tác xã.");
    assert_eq!(
        vi,
        vec![(
            Indicator::Cooperatives,
            "2036".into(),
            Unit::Count,
            Kind::Change
        )]
    );
    let en = brief("Nam Dinh province has 2025 members in 2024.");
    assert_eq!(en[0].1, "2025");
    // After a time word it stays a year.
    assert!(brief("In 2023 cooperatives in Nam Dinh grew.").is_empty());
    assert!(brief("Đến năm 2025 HTX tỉnh Nam Định phát triển.").is_empty());
}

#[test]
fn a_list_of_figures_answers_a_list_of_nouns_item_by_item() {
    let want = |a: &str, b: &str| {
        vec![
            (Indicator::Cooperatives, a.to_string()),
            (Indicator::CooperativeGroups, b.to_string()),
        ]
    };
    for text in [
        "Năm 2023, số HTX và THT của tỉnh Nam Định lần lượt là 464 và 235.",
        "In 2023, the numbers of cooperatives and cooperative groups in Nam Dinh reached 464; and 235, respectively.",
        "Pada tahun 2023, jumlah koperasi dan kelompok koperasi di Nam Dinh masing-masing mencapai 464 dan 235.",
    ] {
        let got: Vec<(Indicator, String)> = brief(text).into_iter().map(|o| (o.0, o.1)).collect();
        assert_eq!(got, want("464", "235"), "{text}");
    }
    // Figures that name their own nouns are no answer to a list.
    let got: Vec<Indicator> =
        brief("Năm 2023, HTX và THT tỉnh Nam Định có 464 thành viên và 235 lao động.")
            .into_iter()
            .map(|o| o.0)
            .collect();
    assert_eq!(got, [Indicator::Members, Indicator::Employees]);
}

#[test]
fn a_date_opening_a_sentence_frames_the_figures_after_it() {
    for text in [
        "Năm 2021, dù dịch bệnh kéo dài, khu vực kinh tế tập thể tỉnh Nam Định vẫn ổn định. Tỉnh có 464 HTX.",
        "In 2021, despite the pandemic, the collective sector of Nam Dinh held steady. The province had 464 cooperatives.",
        "Pada tahun 2021, meskipun pandemi, sektor koperasi Nam Dinh tetap stabil. Provinsi ini memiliki 464 koperasi.",
    ] {
        let doc = Document::new("t", text).published(chrono::NaiveDate::from_ymd_opt(2022, 6, 1).unwrap());
        let found = extract(&doc).observations;
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].period.as_ref().map(|p| p.to_string()), Some("2021".into()), "{text}");
    }
}

#[test]
fn parts_of_a_total_are_kept_apart_by_what_is_said_of_them() {
    for (text, expected) in [
        (
            "Năm 2023, tỉnh Nam Định có 617 HTX, trong đó 544 HTX đang hoạt động, 73 HTX ngừng hoạt động.",
            ["", "part: đang hoạt động", "part: ngừng hoạt động"],
        ),
        (
            "In 2023, Nam Dinh had 617 cooperatives, of which 544 cooperatives were operating and 73 cooperatives had stopped.",
            ["", "part: were operating", "part: had stopped"],
        ),
        (
            "Pada tahun 2023, Nam Dinh memiliki 617 koperasi, di antaranya 544 koperasi aktif, 73 koperasi berhenti.",
            ["", "part: aktif", "part: berhenti"],
        ),
    ] {
        assert_eq!(notes(text), expected, "{text}");
        assert!(read(text).iter().all(|o| o.0 == Indicator::Cooperatives));
    }
}

#[test]
fn words_after_a_count_that_say_which_ones_make_it_a_part() {
    assert_eq!(
        notes("In 2023, Nam Dinh had 455 cooperatives, with 334 cooperatives active."),
        ["", "part: active"]
    );
    assert_eq!(
        notes("Năm 2023, tỉnh Nam Định có 12 HTX giải thể."),
        ["part: giải thể"]
    );
    assert_eq!(
        notes(
            "Pada tahun 2023, 15 koperasi baru didirikan di Nam Dinh, dan 5 koperasi dibubarkan."
        ),
        ["", "part: dibubarkan"]
    );
    // "active" with no total before it is the count itself.
    assert_eq!(
        notes("In 2023, Nam Dinh had 334 cooperatives active."),
        [""]
    );
}

#[test]
fn a_sentence_opening_with_of_these_lists_parts_of_the_count_before() {
    for text in [
        "Diharapkan pada akhir tahun 2024, provinsi Nam Dinh akan memiliki 430 produk OCOP. Dari jumlah tersebut, kelompok makanan terdapat 384 produk, kelompok minuman terdapat 46 produk.",
        "By the end of 2024, Nam Dinh province aims to have 430 OCOP products. Of these, the food group has 384 products, the drink group 46 products.",
        "Phấn đấu đến năm 2024, tỉnh Nam Định có 430 sản phẩm OCOP. Trong số đó, nhóm thực phẩm có 384 sản phẩm, nhóm đồ uống có 46 sản phẩm.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let got: Vec<(Indicator, String, Kind, Option<String>, bool)> = found
            .iter()
            .map(|o| {
                (
                    o.indicator,
                    o.value.to_string(),
                    o.kind,
                    o.period.as_ref().map(|p| p.to_string()),
                    o.scope.note.starts_with("part"),
                )
            })
            .collect();
        let target = |v: &str, part: bool| {
            (Indicator::OcopProducts, v.to_string(), Kind::Target, Some("2024".to_string()), part)
        };
        assert_eq!(
            got,
            [target("430", false), target("384", true), target("46", true)],
            "{text}"
        );
    }
}

#[test]
fn an_average_does_not_reach_past_a_semicolon_and_income_per_year_is_a_flow() {
    let money = |v: &str| v.to_string();
    for (text, first, second) in [
        (
            "Pada tahun 2023, pendapatan rata-rata koperasi di Ninh Thuan mencapai 1,2 miliar \
             VND/koperasi; pendapatan untuk anggota mencapai 640 miliar VND/tahun.",
            "1200000000",
            "640000000000",
        ),
        (
            "In 2023, the average revenue of cooperatives in Ninh Thuan reached VND 1.2 billion \
             per cooperative; the income of members reached VND 640 billion per year.",
            "1200000000",
            "640000000000",
        ),
    ] {
        let found = brief(text);
        assert!(
            found.contains(&(
                Indicator::AvgRevenuePerCooperative,
                money(first),
                Unit::Vnd,
                Kind::Actual
            )),
            "{text}: {found:?}"
        );
        assert!(
            found.contains(&(Indicator::Other, money(second), Unit::Vnd, Kind::Actual)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn two_figures_of_one_sentence_are_never_one_quantity() {
    // Each sentence gives two different values that the reading takes for the same quantity:
    // the later one carries the words said of it, so the two never meet as a conflict.
    for (text, later, words) in [
        (
            "In 2023 the province had 320 cooperatives, besides 12 cooperatives run by the army.",
            "12",
            "besides cooperatives run by the army",
        ),
        (
            "Năm 2023, toàn tỉnh có 320 HTX, ngoài ra còn 12 HTX của lực lượng vũ trang.",
            "12",
            "ngoài ra còn htx của lực lượng vũ trang",
        ),
        (
            "Pada tahun 2023 terdapat 510 koperasi, selain itu 14 koperasi di bawah dinas lain.",
            "14",
            "selain itu koperasi di bawah dinas lain",
        ),
    ] {
        let found = read(text);
        let first = &found[0];
        let second = found.iter().find(|f| f.1 == later).unwrap();
        assert_eq!(
            (first.0, first.2, first.3),
            (second.0, second.2, second.3),
            "{text}"
        );
        assert_eq!(first.5, "", "{text}: {found:?}");
        assert_eq!(second.5, words, "{text}: {found:?}");
    }
}

#[test]
fn a_change_of_an_average_is_per_what_the_average_is_per() {
    let found = extract(&Document::new(
        "t",
        "Năm 2024, thu nhập bình quân của người lao động trong HTX đạt 5,2 triệu \
         đồng/người/tháng, tăng 400.000 đồng so với năm 2023.",
    ))
    .observations;
    let level = found.iter().find(|o| o.kind == Kind::Actual).unwrap();
    let change = found.iter().find(|o| o.kind == Kind::Change).unwrap();
    assert_eq!(level.indicator, Indicator::AvgIncomePerWorker);
    assert_eq!(change.indicator, Indicator::AvgIncomePerWorker);
    assert!(!level.scope.per.is_empty());
    assert_eq!(change.scope.per, level.scope.per);
}

#[test]
fn products_recognized_in_the_period_are_kept_apart_from_the_running_total() {
    let notes = |text: &str| -> Vec<(String, String)> {
        read(text).into_iter().map(|f| (f.1, f.5)).collect()
    };
    let recognized = "recognized in the period".to_string();
    for (text, flow, stock) in [
        (
            "In 2024, the Provincial People's Committee recognized 131 OCOP products. Up to \
             now, the province has 302 OCOP products.",
            "131",
            "302",
        ),
        (
            "In 2024, the Provincial People's Committee awarded 131 OCOP products. To date, the \
             province has 302 OCOP products.",
            "131",
            "302",
        ),
        (
            "Năm 2024, UBND tỉnh công nhận 131 sản phẩm OCOP. Tính đến nay, toàn tỉnh có 302 \
             sản phẩm OCOP.",
            "131",
            "302",
        ),
        (
            "Pada tahun 2024, pemerintah provinsi menetapkan 131 produk OCOP. Hingga saat ini, \
             provinsi memiliki 302 produk OCOP.",
            "131",
            "302",
        ),
    ] {
        let found = notes(text);
        assert!(
            found.contains(&(flow.to_string(), recognized.clone())),
            "{text}: {found:?}"
        );
        assert!(
            found.contains(&(stock.to_string(), String::new())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_percentage_in_parentheses_after_a_count_is_that_counts_share() {
    for text in [
        "Năm 2024, cả nước có trên 4.000 HTX tham gia liên kết theo chuỗi giá trị (chiếm gần 13% \
         tổng số HTX).",
        "In 2024, over 4,000 cooperatives joined value chains (accounting for nearly 13% of all \
         cooperatives).",
        "Pada tahun 2024, lebih dari 4.000 koperasi bergabung dalam rantai nilai (mencakup hampir \
         13% dari seluruh koperasi).",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::ValueChainCooperatives, "{text}");
        assert_eq!(
            (found[1].0, found[1].1.as_str(), found[1].2),
            (Indicator::ValueChainCooperatives, "13", Unit::Percent),
            "{text}"
        );
    }
    // A change in parentheses stays a change; a money share stays a money share.
    let found = read("Năm 2024, toàn tỉnh có 120 HTX (tăng 10% so với năm 2023).");
    assert_eq!(
        (found[1].0, found[1].3),
        (Indicator::Cooperatives, Kind::Change)
    );
}

#[test]
fn diacritics_written_in_the_text_must_agree_with_the_word() {
    // "chia sẻ" (share) is no "sẽ" (will): the figures stay actual.
    let found = read(
        "Năm 2024, Liên minh HTX tỉnh chia sẻ kinh nghiệm; xây dựng 5 mô hình HTX với tổng giá trị \
         hỗ trợ 250 triệu đồng.",
    );
    assert!(!found.is_empty());
    assert!(found.iter().all(|f| f.3 == Kind::Actual), "{found:?}");
    // "mỗi" (each) is no "mới" (new).
    let found = read("Năm 2024, toàn tỉnh có 120 HTX, bình quân mỗi HTX có 25 thành viên.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
    // Text typed without any diacritic still reads.
    let found = read("Nam 2024, toan tinh thanh lap moi 12 hop tac xa.");
    assert_eq!(found[0].0, Indicator::NewCooperatives, "{found:?}");
}

#[test]
fn a_count_of_occasions_is_left_out_with_its_reason() {
    let text = "Năm 2024, Liên minh HTX tỉnh quảng bá trên 500 lượt sản phẩm OCOP tại các hội chợ.";
    let found = extract(&Document::new("t", text));
    assert!(found.observations.is_empty(), "{:?}", found.observations);
    assert!(found
        .diagnostics
        .iter()
        .any(|d| d.reason == Reason::Measure && d.text == "500"));
}

#[test]
fn people_per_organisation_are_an_average_not_a_total() {
    for text in [
        "Năm 2024, toàn tỉnh có 120 HTX, bình quân mỗi HTX có 25 thành viên.",
        "In 2024, the province had 120 cooperatives; on average each cooperative has 25 members.",
        "Pada tahun 2024, terdapat 120 koperasi, rata-rata setiap koperasi memiliki 25 anggota.",
        "Năm 2024, toàn tỉnh có 120 HTX, bình quân 25 thành viên/HTX.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].1.as_str(), found[1].5.as_str()),
            (Indicator::Other, "25", "average members per organisation"),
            "{text}"
        );
    }
    // A unit right after the people noun, or right before the count, with no average word.
    for text in [
        "In 2024, the province had 120 cooperatives with 25 members per cooperative.",
        "Pada tahun 2024, terdapat 120 koperasi, atau 25 anggota di setiap koperasi.",
        "Năm 2024, toàn tỉnh có 120 HTX, mỗi HTX có 25 thành viên.",
        "In 2024, the province had 120 cooperatives; each cooperative has 25 members.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].1.as_str()),
            (Indicator::Other, "25"),
            "{text}"
        );
    }
    // A unit and a joint before a count make a list, not a count per unit.
    let found = read("In 2023, the province has 464 cooperatives, one cooperative union and 235 cooperative groups.");
    assert_eq!(
        found.last().map(|f| f.0),
        Some(Indicator::CooperativeGroups),
        "{found:?}"
    );
    let found = read("Năm 2023, tỉnh có 464 HTX, một liên hiệp HTX và 235 tổ hợp tác.");
    assert_eq!(
        found.last().map(|f| f.0),
        Some(Indicator::CooperativeGroups),
        "{found:?}"
    );
    // Organisations per place are an average too, never a count of the province.
    for text in [
        "In 2019, one province has 220 cooperatives on average.",
        "In 2019, the leading region had 362 cooperatives in a province.",
        "Năm 2019, mỗi tỉnh có 220 HTX.",
        "Pada tahun 2019, setiap provinsi memiliki 220 koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].5.as_str()),
            (Indicator::Other, "average organisations per unit"),
            "{text}"
        );
    }
    // An average word right before the count makes it an average even when what it is per is
    // left to the reader; an average pace of founding stays a count of new organisations.
    for text in [
        "Năm 2022, cả nước có 125 liên hiệp HTX, trung bình có 6 HTX tham gia liên hiệp HTX.",
        "In 2022, the country had 125 cooperative unions, on average 6 cooperatives joining each.",
        "Pada tahun 2022, terdapat 125 serikat koperasi, rata-rata 6 koperasi bergabung.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].1.as_str()),
            (Indicator::Other, "6"),
            "{text}"
        );
    }
    let found = read("Pada tahun 2023, rata-rata 250 koperasi baru berdiri per bulan.");
    assert_eq!(found[0].0, Indicator::NewCooperatives, "{found:?}");
    // A fraction is fine for an average.
    let found = read("Năm 2024, toàn tỉnh có 120 HTX, bình quân 25,5 thành viên/HTX.");
    assert_eq!(found[1].1, "25.5");
    // A total of workers whose income is averaged stays a total.
    let found = read("Thu nhập bình quân của 1.500 lao động trong HTX đạt 5 triệu đồng/tháng.");
    assert_eq!(found[0].0, Indicator::Employees, "{found:?}");
}

#[test]
fn a_change_verb_gives_a_change_and_a_level_after_to_stays_a_level() {
    let kinds = |text: &str| -> Vec<(String, Kind)> {
        read(text).into_iter().map(|f| (f.1, f.3)).collect()
    };
    let change = |v: &str| (v.to_string(), Kind::Change);
    let level = |v: &str| (v.to_string(), Kind::Actual);
    assert_eq!(
        kinds("In 2024, the number of cooperatives rose to 512, up 12 from 2023."),
        [level("512"), change("12")]
    );
    assert_eq!(
        kinds("In 2024, the number of cooperatives increased 12% compared with 2023."),
        [change("12")]
    );
    assert_eq!(kinds("Năm 2024, số HTX tăng lên 512 HTX."), [level("512")]);
    assert_eq!(
        kinds("Năm 2024, số HTX tăng thêm 12 HTX, lên 512 HTX."),
        [change("12"), level("512")]
    );
    // A change word, a comma, then a word of reaching: the figure is the level arrived at.
    for text in [
        "In 2023, the number of cooperative members in Nam Dinh increased sharply, now reaching \
         over 12,000 members.",
        "Năm 2023, số thành viên HTX tỉnh Nam Định tăng mạnh, hiện đạt trên 12.000 thành viên.",
        "Pada tahun 2023, jumlah anggota koperasi di Nam Dinh meningkat tajam, saat ini mencapai \
         lebih dari 12.000 anggota.",
    ] {
        assert_eq!(kinds(text), [level("12000")], "{text}");
    }
    assert_eq!(
        kinds("Năm 2024, số thành viên HTX tăng 1.200 người, đạt 12.000 thành viên."),
        [change("1200"), level("12000")]
    );
    // "set up" is no "up": the count is of new cooperatives, and the total after it is a total.
    let found = read("In 2024, 12 cooperatives were set up, bringing the total to 512.");
    assert_eq!(
        found.iter().map(|f| (f.0, f.3)).collect::<Vec<_>>(),
        [
            (Indicator::NewCooperatives, Kind::Actual),
            (Indicator::Cooperatives, Kind::Actual)
        ]
    );
}

#[test]
fn a_decrease_is_a_negative_change() {
    for (text, value) in [
        ("Năm 2024, toàn tỉnh có 120 HTX, giảm 3 HTX so với năm 2023.", "-3"),
        (
            "In 2024, there were 120 cooperatives, a decrease of 3 cooperatives compared with 2023.",
            "-3",
        ),
        ("In 2024, the number of members fell by 5% compared with 2023.", "-5"),
        ("Pada tahun 2024, jumlah anggota menurun 2% dibandingkan tahun 2023.", "-2"),
        (
            "In 2024, average revenue was 2 billion VND, 100 million VND lower than in 2023.",
            "-100000000",
        ),
    ] {
        let found = read(text);
        let change = found.iter().find(|f| f.3 == Kind::Change);
        assert_eq!(change.map(|f| f.1.as_str()), Some(value), "{text}: {found:?}");
    }
    // An increase stays positive.
    let found = read("Năm 2024, toàn tỉnh có 120 HTX, tăng 3 HTX so với năm 2023.");
    assert_eq!(found[1].1, "3");
}

#[test]
fn a_count_with_a_predicate_after_a_total_is_a_part() {
    for text in [
        "Năm 2024, toàn tỉnh có 1.529 HTX. Năm 2024, 18 HTX đã tham gia sàn thương mại điện tử.",
        "In 2024, the province had 1,529 cooperatives. In 2024, 18 cooperatives have joined \
         e-commerce platforms.",
        "Pada tahun 2024, provinsi memiliki 1.529 koperasi. Pada tahun 2024, 18 koperasi telah \
         bergabung dengan platform e-commerce.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].5, "", "{text}");
        assert!(found[1].5.starts_with("part: "), "{text}: {found:?}");
    }
    // With no total before it, the count is the total.
    let found = read("In 2024, 1,529 cooperatives have been operating in the province.");
    assert_eq!(found[0].5, "");
}

#[test]
fn an_establishing_word_after_a_list_makes_every_item_new() {
    for text in [
        "Năm 2024, toàn tỉnh có 16 hợp tác xã (HTX) và 52 tổ hợp tác (THT) thành lập mới.",
        "In 2024, 16 cooperatives and 52 cooperative groups were newly established.",
        "Pada tahun 2024, 16 koperasi dan 52 kelompok koperasi baru didirikan.",
    ] {
        let found = read(text);
        assert_eq!(found[0].0, Indicator::NewCooperatives, "{text}: {found:?}");
        assert_eq!(
            found[1].0,
            Indicator::CooperativeGroups,
            "{text}: {found:?}"
        );
        assert_eq!(found[1].5, "newly established", "{text}: {found:?}");
    }
    // A list followed by a clause of its own is no establishment.
    let found = read("Năm 2024, toàn tỉnh có 430 HTX và 7.150 THT, thành lập mới 12 HTX.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
    assert_eq!(found[2].0, Indicator::NewCooperatives, "{found:?}");
}

#[test]
fn new_in_a_fixed_phrase_says_nothing_of_establishment() {
    for text in [
        "Năm 2024, tỉnh có 120 HTX kiểu mới hoạt động hiệu quả.",
        "Năm 2024, 100% số xã đạt chuẩn nông thôn mới có HTX hoạt động hiệu quả.",
        "In 2024, the province had 120 new-style cooperatives.",
        "Pada tahun 2024, provinsi memiliki 120 koperasi gaya baru.",
    ] {
        assert_never_read_as(text, Indicator::NewCooperatives);
    }
}

#[test]
fn collective_economic_organisations_are_a_total_of_their_own() {
    for text in [
        "Năm 2024, toàn tỉnh có 633 tổ chức kinh tế tập thể.",
        "In 2024, there were 633 collective economic organizations in the province.",
        "Pada tahun 2024, terdapat 633 organisasi ekonomi kolektif di provinsi ini.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].1.as_str(), found[0].2),
            (Indicator::Other, "633", Unit::Count),
            "{text}"
        );
        assert_eq!(found[0].5, "collective economic organisations");
    }
    // A comparison with the country's average does not make a province's goal national.
    let goal = extract(&Document::new(
        "t",
        "Tỉnh Hòa Bình: mục tiêu đến năm 2045, 90% tổ chức kinh tế tập thể hoạt động hiệu quả; \
         quy mô đạt mức trung bình cả nước.",
    ));
    assert!(
        matches!(&goal.observations[0].area, vncoop_model::Area::Province { code, .. } if code == "17"),
        "{:?}",
        goal.observations[0].area
    );
}

#[test]
fn a_support_word_before_the_next_figure_is_that_figures() {
    let found = read(
        "Năm 2024, Liên minh HTX tỉnh xây dựng 5 mô hình HTX gắn với chuỗi giá trị với tổng giá \
         trị hỗ trợ 250 triệu đồng.",
    );
    assert_eq!(found[0].0, Indicator::ValueChainCooperatives, "{found:?}");
    // Supported cooperatives stay supported.
    let found = read("Năm 2024, tỉnh hỗ trợ 5 HTX xây dựng chuỗi giá trị.");
    assert_eq!(found[0].5, "cooperatives supported", "{found:?}");
}

#[test]
fn respectively_pairs_a_list_of_changes_with_the_list_of_counts_before() {
    for text in [
        "Fifty cooperatives and 16 cooperative groups were established in Hoa Binh in 2022, an \
         increase of 35% and 14% respectively compared with 2021.",
        "Năm 2022, tỉnh thành lập mới 50 HTX và 16 THT, tăng lần lượt 35% và 14% so với năm 2021.",
        "Pada tahun 2022, didirikan 50 koperasi baru dan 16 kelompok koperasi, meningkat \
         masing-masing 35% dan 14% dibandingkan tahun 2021.",
    ] {
        let found: Vec<_> = read(text)
            .into_iter()
            .filter(|f| f.2 == Unit::Percent)
            .map(|f| (f.0, f.1, f.3))
            .collect();
        assert_eq!(
            found,
            [
                (Indicator::NewCooperatives, "35".to_string(), Kind::Change),
                (Indicator::CooperativeGroups, "14".to_string(), Kind::Change),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_date_after_a_list_of_counts_dates_every_item() {
    let doc = Document::new(
        "t",
        "Fifty cooperatives and 16 cooperative groups were established in the province in 2022.",
    )
    .published(chrono::NaiveDate::from_ymd_opt(2023, 1, 20).unwrap_or_default());
    let periods: Vec<String> = extract(&doc)
        .observations
        .iter()
        .map(|o| o.period.as_ref().map(|p| p.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(periods, ["2022", "2022"]);
    // "higher than that of 2021" names the baseline, not the period.
    let doc = Document::new(
        "t",
        "In 2022, members earned an average income of 54 million VND, 8.17% higher than that of \
         2021.",
    );
    let found = extract(&doc);
    let change = &found.observations[1];
    assert_eq!(
        change.period.as_ref().map(|p| p.to_string()).as_deref(),
        Some("2022")
    );
    assert_eq!(
        change.baseline.as_ref().map(|p| p.to_string()).as_deref(),
        Some("2021")
    );
}

#[test]
fn founding_words_tell_new_organisations_from_old_ones() {
    // "ra đời" (came into being) is an establishment, also a few words after the noun.
    let found = read("Từ năm 2002 - 2021, cả nước có 20.234 HTX phi nông nghiệp ra đời.");
    assert_eq!(found[0].0, Indicator::NewCooperatives, "{found:?}");
    // Founded before a date says how old they are.
    for text in [
        "Đến cuối năm 2016, toàn tỉnh có 79 HTX thành lập trước năm 2013 phải chuyển đổi.",
        "By the end of 2016, 79 cooperatives established before 2013 had to convert.",
        "Pada akhir 2016, 79 koperasi didirikan sebelum 2013 harus berubah.",
    ] {
        let found = read(text);
        assert_eq!(found[0].0, Indicator::Cooperatives, "{text}: {found:?}");
    }
    // The older spelling "liên hợp HTX" is a union of cooperatives.
    let found =
        read("Năm 2021, cả nước thành lập mới 21 liên hợp HTX, đồng thời giải thể 7 liên hợp HTX.");
    assert_eq!(found[0].0, Indicator::UnionsOfCooperatives, "{found:?}");
    assert_eq!(found[1].0, Indicator::UnionsOfCooperatives, "{found:?}");
}

#[test]
fn a_span_of_years_after_from_is_the_period_itself() {
    let doc = Document::new(
        "t",
        "Từ năm 2002 - 2021, cả nước có 20.234 HTX phi nông nghiệp ra đời.",
    )
    .published(chrono::NaiveDate::from_ymd_opt(2021, 12, 15).unwrap_or_default());
    let found = extract(&doc);
    let period = found.observations[0].period.as_ref().map(|p| p.to_string());
    assert_eq!(period.as_deref(), Some("2002/2021"));
}

#[test]
fn totals_and_values_named_before_a_list() {
    // A total named before its figure, with the next item of the list after it.
    let found = read(
        "Năm 2016, nâng tổng số HTX toàn tỉnh là 105 và 1 liên hiệp HTX với 7.244 thành viên.",
    );
    let pairs: Vec<_> = found.iter().map(|f| (f.0, f.1.as_str())).collect();
    assert_eq!(
        pairs,
        [
            (Indicator::Cooperatives, "105"),
            (Indicator::UnionsOfCooperatives, "1"),
            (Indicator::Members, "7244"),
        ]
    );
    // "tổng số 56 thành viên" is a total, not number 56.
    let found = read("Năm 2023, có 8 HTX đang hoạt động với tổng số 56 thành viên và 80 lao động.");
    assert_eq!(found[1].0, Indicator::Members, "{found:?}");
    assert_eq!(found[1].1, "56");
    // The value of production is a figure of its own.
    for text in [
        "Năm 2016, giá trị sản xuất kinh doanh của các HTX đạt trên 520 tỷ đồng, tăng 12%.",
        "In 2016, the production value of cooperatives reached 520 billion VND, up 12%.",
        "Pada tahun 2016, nilai produksi koperasi mencapai 520 miliar VND, meningkat 12%.",
    ] {
        let found = read(text);
        assert_eq!(found[0].5, "production value", "{text}: {found:?}");
        assert_eq!(
            (found[1].5.as_str(), found[1].3),
            ("production value", Kind::Change),
            "{text}"
        );
    }
    // A place's production value, with no organisation of the sector named, is farm output.
    for text in [
        "Năm 2024, tổng giá trị sản xuất của xã Tân Hội ước đạt 4.100 tỷ đồng, tăng gần 14%.",
        "In 2024, the total production value of Tan Hoi commune was estimated at VND 4,100 \
         billion, up nearly 14%.",
        "Pada tahun 2024, total nilai produksi komune Tan Hoi diperkirakan mencapai 4.100 miliar \
         VND, meningkat hampir 14%.",
    ] {
        assert_only_left_out(text, |d| {
            d.reason == Reason::NoIndicator && d.text.contains("4")
        });
    }
}

#[test]
fn a_money_word_after_the_amount_names_it() {
    let found = read(
        "In 2020, each cooperative earned about VND 4.3 billion (USD 188,900) in income and VND \
         314 million in profit on average.",
    );
    let money: Vec<_> = found
        .iter()
        .filter(|f| f.2 == Unit::Vnd)
        .map(|f| (f.0, f.1.as_str()))
        .collect();
    assert_eq!(
        money,
        [
            (Indicator::AvgRevenuePerCooperative, "4300000000"),
            (Indicator::AvgProfitPerCooperative, "314000000"),
        ]
    );
    // "on average" after a comma averages only what follows the comma.
    let found = read(
        "In 2020, cooperatives had a revenue of VND 500 billion, or VND 2 billion per \
         cooperative on average.",
    );
    assert_eq!(found[0].0, Indicator::Other, "{found:?}");
    // What people earn stays income.
    let found = read("In 2020, the average income of members in cooperatives was VND 52 million.");
    assert_eq!(found[0].0, Indicator::AvgIncomePerWorker, "{found:?}");
}

#[test]
fn the_start_of_a_change_is_its_baseline_not_the_period() {
    let doc = Document::new(
        "t",
        "There were 27,445 cooperatives nationwide in 2021, up 41 percent from 2013, employing \
         about 1.1 million workers.",
    )
    .published(chrono::NaiveDate::from_ymd_opt(2022, 2, 16).unwrap_or_default());
    let found = extract(&doc);
    let periods: Vec<String> = found
        .observations
        .iter()
        .map(|o| o.period.as_ref().map(|p| p.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(periods, ["2021", "2021", "2021"]);
    assert_eq!(
        found.observations[1]
            .baseline
            .as_ref()
            .map(|p| p.to_string())
            .as_deref(),
        Some("2013")
    );
}

#[test]
fn a_figure_counts_the_noun_right_after_it() {
    let indicators = |text: &str| -> Vec<(Indicator, String)> {
        read(text).into_iter().map(|o| (o.0, o.1)).collect()
    };
    // Provinces, districts and households are counted, not the cooperatives named after them.
    assert_eq!(
        indicators("At present, 16 provinces have no Cooperative Assistance Fund."),
        []
    );
    assert_eq!(
        indicators("Hiện còn 16 tỉnh chưa thành lập Quỹ hỗ trợ phát triển hợp tác xã."),
        []
    );
    assert_eq!(
        indicators("Saat ini, 16 provinsi belum memiliki Dana Pendukung Koperasi."),
        []
    );
    // The organisation noun right after the figure is still read.
    assert_eq!(
        indicators("Hiện có 120 HTX tại 9 huyện."),
        [(Indicator::Cooperatives, "120".to_string())]
    );
}

#[test]
fn a_day_without_its_year_is_no_figure() {
    let doc = Document::new(
        "t",
        "The minister spoke at a conference in Hanoi on July 20, where cooperatives were praised.",
    )
    .published(chrono::NaiveDate::from_ymd_opt(2019, 7, 21).unwrap_or_default());
    let found = extract(&doc);
    assert!(found.observations.is_empty());
    assert!(found
        .diagnostics
        .iter()
        .any(|d| d.text == "20" && d.reason == Reason::NotAFigure));
}

#[test]
fn a_percentage_after_a_count_with_a_comparison_is_its_change() {
    let kinds = |text: &str| -> Vec<(Indicator, String, Unit, Kind)> {
        read(text)
            .into_iter()
            .map(|f| (f.0, f.1, f.2, f.3))
            .collect()
    };
    let change = (
        Indicator::NewCooperatives,
        "46.5".to_string(),
        Unit::Percent,
        Kind::Change,
    );
    for text in [
        "In 2017, 2,226 new cooperatives were established, increasing 46.5 percent over the previous year.",
        "In 2017, the country had 2,226 new cooperatives, 46.5% higher compared to that of 2016.",
        "Pada tahun 2017, terdapat 2.226 koperasi baru, 46,5% lebih tinggi dibandingkan tahun 2016.",
    ] {
        let found = kinds(text);
        assert_eq!(found.get(1), Some(&change), "{text}: {found:?}");
    }
}

#[test]
fn the_cooperative_economy_is_no_count_of_cooperatives() {
    for text in [
        "In 2017, the contribution of the cooperative economy to economic growth was about 4-4.5 percent.",
        "Năm 2017, kinh tế hợp tác đóng góp khoảng 4-4,5%.",
        "Pada tahun 2017, kontribusi ekonomi koperasi sekitar 4-4,5 persen.",
    ] {
        let found = read(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_list_of_money_words_names_a_list_of_amounts_item_by_item() {
    let named = |text: &str| -> Vec<(Indicator, String, Unit)> {
        read(text).into_iter().map(|f| (f.0, f.1, f.2)).collect()
    };
    let revenue = |v: &str, u: Unit| (Indicator::AvgRevenuePerCooperative, v.to_string(), u);
    let profit = |v: &str, u: Unit| (Indicator::AvgProfitPerCooperative, v.to_string(), u);
    let en = named(
        "In 2019, the average revenue and profit of a cooperative were 1.6 billion VND and 200 \
         million VND, up 3.5 times and 4 times respectively against 2003.",
    );
    assert_eq!(
        en,
        [
            revenue("1600000000", Unit::Vnd),
            profit("200000000", Unit::Vnd),
            revenue("3.5", Unit::Ratio),
            profit("4", Unit::Ratio),
        ]
    );
    let vi = named(
        "Năm 2019, doanh thu và lợi nhuận bình quân của HTX đạt 1,6 tỷ đồng và 200 triệu đồng, \
         tăng lần lượt 3,5 lần và 4 lần so với năm 2003.",
    );
    assert_eq!(
        vi.first(),
        Some(&revenue("1600000000", Unit::Vnd)),
        "{vi:?}"
    );
    assert_eq!(vi.get(3), Some(&profit("4", Unit::Ratio)), "{vi:?}");
    let id = named(
        "Pada tahun 2019, pendapatan dan keuntungan rata-rata koperasi mencapai 1,6 miliar VND \
         dan 200 juta VND, masing-masing naik 3,5 kali dan 4 kali dibandingkan tahun 2003.",
    );
    assert_eq!(
        id.first(),
        Some(&revenue("1600000000", Unit::Vnd)),
        "{id:?}"
    );
    assert_eq!(id.get(3), Some(&profit("4", Unit::Ratio)), "{id:?}");
    // Amounts each said with its own money word, an aside in parentheses between them.
    let en = named(
        "In 2020, each cooperative earned about VND 4.1 billion (USD 180,000) in revenue and VND \
         300 million in profit on average, up 60 percent and 80 percent from 2013, respectively.",
    );
    assert_eq!(en.get(2), Some(&revenue("60", Unit::Percent)), "{en:?}");
    assert_eq!(en.get(3), Some(&profit("80", Unit::Percent)), "{en:?}");
    // One amount after the list of words: no pairing, the nearest word names it.
    let one =
        named("In 2019, the average revenue and profit of a cooperative was 200 million VND.");
    assert_eq!(one, [profit("200000000", Unit::Vnd)]);
}

#[test]
fn a_share_that_makes_up_a_whole_is_no_rise() {
    let found = read("In 2019, agricultural cooperatives make up 62 percent of all cooperatives.");
    assert!(found.iter().all(|f| f.3 != Kind::Change), "{found:?}");
}

#[test]
fn members_of_groups_and_dong_named_with_its_country() {
    let found = read("Năm 2017, toàn tỉnh có 189 tổ hợp tác với 3.610 tổ viên.");
    assert_eq!(found[1].0, Indicator::Members, "{found:?}");
    assert_eq!(found[1].1, "3610");
    let found = read(
        "Pada tahun 2020, pendapatan rata-rata satu koperasi adalah 2,44 miliar Dong Vietnam (VND).",
    );
    assert_eq!(
        found.first().map(|f| (f.0, f.1.as_str())),
        Some((Indicator::AvgRevenuePerCooperative, "2440000000"))
    );
}

#[test]
fn figures_of_a_region_are_left_out_with_their_reason() {
    for (text, national) in [
        (
            "Năm 2022, cả nước có 29.378 HTX; vùng Đồng bằng sông Hồng có 7.780 HTX, chiếm 26,5%.",
            "29378",
        ),
        (
            "In 2022, the country had 29,378 cooperatives; the Mekong Delta had 3,420 cooperatives.",
            "29378",
        ),
        (
            "Pada tahun 2022, seluruh negeri memiliki 29.378 koperasi; Delta Mekong memiliki 3.420 koperasi.",
            "29378",
        ),
    ] {
        let found = extract(&Document::new("t", text));
        let values: Vec<String> = found
            .observations
            .iter()
            .map(|o| o.value.normalize().to_string())
            .collect();
        assert_eq!(values, [national], "{text}");
        assert!(
            found.diagnostics.iter().any(|d| d.reason == Reason::Region),
            "{text}"
        );
    }
    // A province of a region keeps its figures.
    let found = read("In 2022, Dong Thap, a province of the Mekong Delta, had 200 cooperatives.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_list_of_changes_each_with_its_baseline() {
    let changes = |text: &str| -> Vec<(String, Kind, String)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .map(|o| {
                (
                    o.value.normalize().to_string(),
                    o.kind,
                    o.baseline.map(|b| b.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    };
    let expected = |a: &str, b: &str| {
        vec![
            ("588".to_string(), Kind::Actual, String::new()),
            (a.to_string(), Kind::Change, "2015".to_string()),
            (b.to_string(), Kind::Change, "2018".to_string()),
            ("480".to_string(), Kind::Actual, String::new()),
        ]
    };
    assert_eq!(
        changes(
            "In 2019, the province had 588 cooperatives, an increase of 338% over 2015 and 106% \
             over 2018, including 480 agricultural cooperatives."
        ),
        expected("338", "106")
    );
    assert_eq!(
        changes(
            "Năm 2019, toàn tỉnh có 588 HTX, tăng 338% so với năm 2015 và 106% so với năm 2018, \
             trong đó có 480 HTX nông nghiệp."
        ),
        expected("338", "106")
    );
}

#[test]
fn a_form_after_the_is_no_single_cooperative() {
    let found = read(
        "According to the Cooperative Association of Thanh Hoa Province, 66 cooperatives took \
         part in the program in 2023.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let found = read("In 2022, the cooperative groups had 1,200 members.");
    assert_eq!(
        found.first().map(|f| f.0),
        Some(Indicator::Members),
        "{found:?}"
    );
    // One named cooperative is still one organisation.
    let found = read("In 2022, the cooperative had 120 members.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_word_for_one_counts_in_a_list_of_organisations() {
    let union = |value: &str| {
        (
            Indicator::UnionsOfCooperatives,
            value.to_string(),
            Unit::Count,
            Kind::Actual,
        )
    };
    let en = brief("In 2023 the province had 464 cooperatives, one cooperative union and 235 cooperative groups.");
    assert_eq!(en.len(), 3);
    assert_eq!(en[1], union("1"));
    let vi = brief("Năm 2023 toàn tỉnh có 464 HTX, một liên hiệp HTX và 235 tổ hợp tác.");
    assert_eq!(vi.len(), 3);
    assert_eq!(vi[1], union("1"));
    let id = brief(
        "Pada tahun 2023 terdapat 464 koperasi, satu gabungan koperasi dan 235 kelompok koperasi.",
    );
    assert_eq!(id.len(), 3);
    assert_eq!(id[1], union("1"));
    // Outside a list it is an article or a pronoun.
    assert_eq!(
        brief("One cooperative union was visited by the delegation in 2023."),
        []
    );
    assert_eq!(
        brief("Một liên hiệp HTX đã được thành lập vào năm 2023."),
        []
    );
}

#[test]
fn a_lending_verb_makes_loans_and_borrowers() {
    let loans = |value: &str, unit: Unit| {
        (
            Indicator::LoansDisbursed,
            value.to_string(),
            unit,
            Kind::Actual,
        )
    };
    // Recipients of loans named by their noun, with no lending verb.
    for text in [
        "In 2023, loans from the support fund reached VND 45 billion for 112 cooperatives.",
        "Pada tahun 2023, pinjaman dari dana mencapai 45 miliar VND untuk 112 koperasi.",
    ] {
        assert_eq!(
            brief(text),
            [loans("45000000000", Unit::Vnd), loans("112", Unit::Count)],
            "{text}"
        );
    }
    let en = brief(
        "In 2023, the Cooperative Development Support Fund lent VND 12 billion to 40 cooperatives.",
    );
    assert_eq!(
        en,
        [loans("12000000000", Unit::Vnd), loans("40", Unit::Count)]
    );
    let en = brief("In 2023, 26 cooperatives were lent VND 6.2 billion for production.");
    assert_eq!(
        en,
        [loans("26", Unit::Count), loans("6200000000", Unit::Vnd)]
    );
    let vi = brief("Năm 2023, Quỹ hỗ trợ phát triển HTX đã cho vay 12 tỷ đồng đối với 40 HTX.");
    assert_eq!(
        vi,
        [loans("12000000000", Unit::Vnd), loans("40", Unit::Count)]
    );
    let vi = brief("Năm 2023, Quỹ đã giải ngân 20 tỷ đồng cho 30 HTX.");
    assert_eq!(
        vi,
        [loans("20000000000", Unit::Vnd), loans("30", Unit::Count)]
    );
    // "cho ... vay": the lending verb split around its borrowers.
    let vi = brief("Năm 2023, Quỹ đã cho 35 HTX vay với tổng số tiền 15 tỷ đồng.");
    assert_eq!(
        vi,
        [loans("35", Unit::Count), loans("15000000000", Unit::Vnd)]
    );
    let id = brief("Pada tahun 2023, dana tersebut menyalurkan pinjaman sebesar 12 miliar dong kepada 40 koperasi.");
    assert_eq!(
        id,
        [loans("12000000000", Unit::Vnd), loans("40", Unit::Count)]
    );
    // Paid out as support, it is no loan, and the organisations are supported.
    let en = read("In 2023, the province disbursed VND 5 billion to support 20 cooperatives.");
    assert_eq!(
        en.iter().map(|f| (f.0, f.5.as_str())).collect::<Vec<_>>(),
        [
            (Indicator::Other, "support or reward amount"),
            (Indicator::Other, "cooperatives supported")
        ]
    );
    // The fund's loans are the sector's, with no organisation named.
    let vi = brief("Năm 2024, dư nợ cho vay từ Quỹ hỗ trợ phát triển HTX là 18,5 tỷ đồng.");
    assert_eq!(vi, [loans("18500000000", Unit::Vnd)]);
    // Loans with no organisation of the collective economy in the clause are not its loans.
    assert_eq!(
        brief("In 2023, the bank lent VND 300 billion to farmers."),
        []
    );
}

#[test]
fn a_lower_bound_said_of_other_counted_things_is_a_threshold_not_a_count() {
    let threshold = |value: &str, unit: Unit| {
        (
            Indicator::Other,
            value.to_string(),
            unit,
            Kind::Actual,
            Qualifier::AtLeast,
            "threshold per unit".to_string(),
        )
    };
    let vi = read("Năm 2017, đã có 7/9 huyện trong tỉnh xây dựng được từ 2 mô hình HTX điển hình tiên tiến trở lên.");
    assert_eq!(vi, [threshold("2", Unit::Count)]);
    let vi = read("Năm 2023, toàn tỉnh có 50 HTX có từ 100 thành viên trở lên.");
    assert_eq!(vi[1], threshold("100", Unit::People));
    let en = read("In 2023, 12 communes had 2 or more cooperatives.");
    assert_eq!(en, [threshold("2", Unit::Count)]);
    let id = read("Pada tahun 2023, 12 komune memiliki 2 koperasi atau lebih.");
    assert_eq!(id, [threshold("2", Unit::Count)]);
    // A bound in a goal, or on a share, is no threshold.
    let vi = read("Năm 2024, tỉnh phấn đấu thành lập mới ít nhất 25 HTX.");
    assert_eq!(
        (vi[0].0, vi[0].4),
        (Indicator::NewCooperatives, Qualifier::AtLeast)
    );
    let en = read("In 2024 the province aims to set up at least 25 new cooperatives and to have 75% or more of cooperatives operating effectively.");
    assert_eq!(en.len(), 2);
    assert_eq!(en[1].0, Indicator::Cooperatives);
    // With nothing counted before it, a bound closed after the noun hedges a total.
    let vi = read("Phấn đấu đến năm 2025 có từ 50 HTX trở lên.");
    assert_eq!(vi.len(), 1);
    assert_eq!(
        (vi[0].0, vi[0].4),
        (Indicator::Cooperatives, Qualifier::AtLeast)
    );
}

#[test]
fn a_count_set_apart_by_a_bound_after_it_is_a_part_not_the_total() {
    let part = |value: &str, note: &str| {
        (
            Indicator::Cooperatives,
            value.to_string(),
            Unit::Count,
            Kind::Actual,
            Qualifier::Exact,
            format!("part: {note}"),
        )
    };
    let vi = read("Năm 2023, toàn tỉnh có 50 HTX có từ 100 thành viên trở lên.");
    assert_eq!(vi[0], part("50", "có từ 100 thành viên trở lên"));
    let en = read(
        "In 2023, the province had 420 cooperatives; 50 cooperatives had 100 members or more.",
    );
    assert_eq!(en[1], part("50", "had 100 members or more"));
    // A total followed by what its organisations hold together stays a total.
    let vi = read("Năm 2023, toàn tỉnh có 420 HTX với 10.000 thành viên.");
    assert_eq!(vi[0].5, "");
    assert_eq!(vi[1].0, Indicator::Members);
}

#[test]
fn an_amount_said_of_each_organisation_is_an_average() {
    let goal = (
        Indicator::AvgRevenuePerCooperative,
        "500000000".to_string(),
        Unit::Vnd,
        Kind::Target,
    );
    for text in [
        "In 2024, each cooperative strives to gain VND 500 million in revenue.",
        "Năm 2024, mỗi HTX phấn đấu đạt doanh thu 500 triệu đồng.",
        "Pada tahun 2024, setiap koperasi ditargetkan meraih pendapatan 500 juta dong.",
    ] {
        assert_eq!(brief(text), std::slice::from_ref(&goal), "{text}");
    }
}

#[test]
fn a_share_of_the_products_of_organisations_is_a_share_of_products() {
    let products = (
        Indicator::OcopProducts,
        "45".to_string(),
        Unit::Percent,
        Kind::Actual,
    );
    for text in [
        "Năm 2023, sản phẩm OCOP của HTX chiếm 45%.",
        "In 2023, OCOP products of cooperatives accounted for 45%.",
        "Pada tahun 2023, produk OCOP dari koperasi mencakup 45%.",
    ] {
        assert_eq!(brief(text), std::slice::from_ref(&products), "{text}");
    }
    // The organisations' own share stays theirs.
    let vi = brief("Năm 2023, HTX có sản phẩm OCOP chiếm 45%.");
    assert_eq!(vi.len(), 1);
    assert_eq!(vi[0].0, Indicator::OcopCooperatives);
}

#[test]
fn organisations_given_a_certificate_or_code_are_a_part_not_the_total() {
    for text in [
        "Tính đến năm 2025, toàn tỉnh có 1.529 HTX; 18 HTX được cấp giấy chứng nhận VietGAP.",
        "By 2025, the province had 1,529 cooperatives; 18 cooperatives have been certified VietGAP.",
        "Hingga 2025, provinsi memiliki 1.529 koperasi; 18 koperasi telah mendapatkan sertifikat VietGAP.",
        "Hingga 2025, provinsi memiliki 1.529 koperasi; enam koperasi di provinsi itu telah diberikan kode area penanaman.",
        "Tính đến năm 2025, toàn tỉnh có 1.529 HTX; 18 HTX đạt tiêu chuẩn VietGAP.",
        "Tính đến năm 2025, toàn tỉnh có 1.529 HTX; 18 HTX sản xuất theo tiêu chuẩn VietGAP.",
        "By 2025, the province had 1,529 cooperatives; 18 cooperatives met VietGAP standards.",
        "Hingga 2025, provinsi memiliki 1.529 koperasi; 18 koperasi memenuhi standar VietGAP.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::Cooperatives, "{text}");
        assert_eq!(
            (found[1].0, found[1].5.as_str()),
            (Indicator::Other, "organisations certified or granted a code"),
            "{text}"
        );
    }
    // A share of cooperatives stays a share of cooperatives, and a certificate said of
    // something named before the figure is not said of its organisations.
    let found = read("Năm 2024, 32% số HTX có sản phẩm được chứng nhận VietGAP.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
    // High technology said first sets them apart.
    assert_read_as(
        "Năm 2024, tỉnh có 27 HTX ứng dụng công nghệ cao theo tiêu chuẩn VietGAP.",
        Indicator::HighTechCooperatives,
        "27",
    );
}

#[test]
fn a_subject_called_new_before_its_noun_counts_new_organisations() {
    for text in [
        "In 2018, the total number of newly established cooperatives reached 41.",
        "The plan brings the number of newly established agricultural cooperatives in 2018 to 41.",
        "Pada tahun 2018, jumlah koperasi baru mencapai 41.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::NewCooperatives, "{text}");
    }
    // "new" said of the figure before, across a comma, leaves the total a total.
    let found = read(
        "In 2023, the district established four new cooperatives, bringing its total number of \
         cooperatives to 58.",
    );
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [Indicator::NewCooperatives, Indicator::Cooperatives]
    );
}

#[test]
fn a_fraction_of_organisations_is_a_part_and_its_whole() {
    let found = read(
        "Đến năm 2019, toàn tỉnh hiện có 139/143 hợp tác xã (HTX) đang hoạt động có hiệu quả.",
    );
    assert_eq!(
        found
            .iter()
            .map(|f| (f.0, f.1.as_str(), f.5.as_str()))
            .collect::<Vec<_>>(),
        [
            (
                Indicator::Cooperatives,
                "139",
                "part: đang hoạt động có hiệu quả"
            ),
            (Indicator::Cooperatives, "143", ""),
        ]
    );
    let found = read("In 2019, 139/143 cooperatives in the province operated effectively.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[1].1.as_str(), found[1].5.as_str()), ("143", ""));
    // Places counted, a part larger than its whole, and document numbers are no fractions of
    // organisations.
    for text in [
        "Năm 2024, 7/9 huyện có HTX hoạt động hiệu quả.",
        "Năm 2024, Nghị quyết số 14/2017 về phát triển HTX được sửa đổi.",
        "Năm 2024, kỷ niệm ngày 30/4 có 12 HTX tham gia.",
    ] {
        let found = read(text);
        assert!(
            found
                .iter()
                .all(|f| f.1 != "7" && f.1 != "14" && f.1 != "30"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn organisations_certified_to_operate_are_only_registered() {
    for text in [
        "In 2024, 12 cooperative groups are certified to operate by the communes.",
        "Năm 2024, 12 HTX được cấp giấy chứng nhận đăng ký kinh doanh.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_ne!(found[0].0, Indicator::Other, "{text}: {found:?}");
    }
}

#[test]
fn a_dateline_says_where_the_story_was_filed_not_what_a_figure_is_about() {
    let national =
        "HÀ NỘI — The Ministry of Agriculture plans to establish 1,600 new cooperatives \
                    this year. Nationwide, there are nearly 21,000 agricultural cooperatives.";
    assert_eq!(areas(national), ["Vietnam", "Vietnam"]);
    let tagged = "Hà Nội (TTXVN) - Cả nước hiện có 31.000 hợp tác xã.";
    assert_eq!(areas(tagged), ["Vietnam"]);
    // After a wire service's prefix.
    let wired = "VIETNAM, May 22 - HÀ NỘI — The Ministry of Agriculture plans to establish \
                 1,600 new cooperatives this year. Nationwide, there are nearly 21,000 \
                 agricultural cooperatives.";
    assert_eq!(areas(wired), ["Vietnam", "Vietnam"]);
    // With nothing else named, the dateline is still the report's place.
    let local = "QUẢNG NINH — The province has 650 cooperatives.";
    assert_eq!(areas(local), ["Quảng Ninh"]);
    // A place that opens a sentence as its subject is no dateline.
    let subject = "Cả nước có 31.000 HTX.\nHà Nội có 1.500 HTX.";
    assert_eq!(areas(subject), ["Vietnam", "Hà Nội"]);
}

#[test]
fn a_name_alone_on_the_last_line_signs_the_report_off() {
    // Vietnamese papers close a story with the writer's name, often a place name too.
    for text in [
        "Toàn tỉnh hiện có 360 HTX nông nghiệp.\n\nKHÁNH HÒA",
        "The province now has 360 agricultural cooperatives.\n\nKhanh Hoa",
        "Saat ini provinsi ini memiliki 360 koperasi pertanian.\n\nKhanh Hoa",
    ] {
        assert_eq!(areas(text), ["(area unknown)"], "{text}");
    }
    // A place on the last line with more words is a sentence of the report.
    assert_eq!(
        areas("Năm 2020 có 300 HTX.\nTỉnh Khánh Hòa có 360 HTX."),
        ["Khánh Hòa", "Khánh Hòa"]
    );
}

#[test]
fn every_item_of_a_list_after_a_colon_is_noted_the_first_too() {
    for (text, expected) in [
        (
            "Các HTX chuyển sang làm dịch vụ cho kinh tế hộ: 106 HTX dịch vụ làm đất, 131 HTX dịch vụ thủy lợi, 27 HTX dịch vụ bảo vệ thực vật.",
            ["htx dịch vụ làm đất", "htx dịch vụ thủy lợi", "htx dịch vụ bảo vệ thực vật"],
        ),
        (
            "Cooperatives now serve member households: 106 cooperatives ploughing, 131 cooperatives irrigating, 27 cooperatives breeding.",
            ["cooperatives ploughing", "cooperatives irrigating", "cooperatives breeding"],
        ),
        (
            "Koperasi kini melayani rumah tangga anggota: 106 koperasi membajak, 131 koperasi irigasi, 27 koperasi peternakan.",
            ["koperasi membajak", "koperasi irigasi", "koperasi peternakan"],
        ),
    ] {
        assert_eq!(notes(text), expected, "{text}");
        assert!(read(text).iter().all(|f| f.0 == Indicator::Cooperatives), "{text}");
    }
    // Without a colon, the first count is the total the others break down.
    let found = read("Toàn tỉnh có 362 HTX, 131 HTX dịch vụ thủy lợi.");
    assert_eq!(found[0].5, "", "{found:?}");
}

#[test]
fn a_non_agricultural_figure_has_no_sector() {
    // (text, value, note): "phi nông nghiệp" holds the agriculture word, but names every
    // sector but agriculture.
    for (text, value, note) in [
        (
            "Năm 2023, tỉnh Nam Định có 75 HTX nông nghiệp và 64 HTX phi nông nghiệp.",
            "64",
            "non-agricultural",
        ),
        (
            "The average income was 3-4.5 million VND/person/month in the agricultural sector, and 4-5 million VND/person/month in the non-agricultural sector.",
            "4000000",
            "non-agricultural",
        ),
        (
            "Pada tahun 2023, Nam Dinh memiliki 75 koperasi pertanian dan 64 koperasi non-pertanian.",
            "64",
            "non-agricultural",
        ),
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let figure = found
            .iter()
            .find(|o| o.value.normalize().to_string() == value)
            .unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert_eq!(figure.scope.sector, None, "{text}");
        assert_eq!(figure.scope.note, note, "{text}");
        // The agricultural figure before it keeps its sector.
        assert_eq!(found[0].scope.sector, Some(Sector::Agriculture), "{text}");
    }
    // A sector word of the item before a joint is that item's.
    let found = extract(&Document::new(
        "t",
        "At present, Thai Binh has 115 non-agricultural cooperatives and 85 people's credit funds.",
    ))
    .observations;
    assert_eq!(found[1].indicator, Indicator::PeoplesCreditFunds);
    assert_eq!(found[1].scope.sector, None);
}

#[test]
fn an_average_a_thousand_times_too_large_is_a_misplaced_separator() {
    for text in [
        "Năm 2025, doanh thu bình quân của HTX tỉnh Thái Nguyên đạt 3.150 tỷ đồng/năm.",
        "Pada tahun 2025, pendapatan rata-rata koperasi di Thai Nguyen mencapai 3.150 miliar VND/koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::AvgRevenuePerCooperative, "{text}");
        assert_eq!(found[0].1, "3150000000", "{text}");
    }
    // An average that any province can have is read as written.
    let found = read(
        "In 2025, the average revenue of a cooperative in Thai Nguyen reached VND 3,150 million.",
    );
    assert_eq!(found[0].1, "3150000000", "{found:?}");
}

#[test]
fn a_classifier_after_a_figure_repeats_the_subject_before_it() {
    for text in [
        "Năm 2025, số lượng tổ hợp tác của tỉnh Thái Nguyên đạt 5.261 tổ, tăng 65% so với năm 2020.",
        "In 2025, the number of cooperative groups in Thai Nguyen reached 5,261 groups, up 65% compared to 2020.",
        "Pada tahun 2025, jumlah kelompok koperasi di Thai Nguyen mencapai 5.261 kelompok, meningkat 65% dibandingkan tahun 2020.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::CooperativeGroups, "{text}");
        assert_eq!((found[0].1.as_str(), found[0].3), ("5261", Kind::Actual), "{text}");
        assert_eq!((found[1].0, found[1].3), (Indicator::CooperativeGroups, Kind::Change), "{text}");
    }
    // A word after the figure that names nothing of the subject is no classifier.
    assert_eq!(
        read("The province has 3,000 members in 5,261 groups.").len(),
        1
    );
}

#[test]
fn bare_shares_after_a_pointer_back_are_shares_of_the_count_before() {
    for text in [
        "Việt Nam now has 12,075 OCOP products. Among the products, 73.9 per cent achieved the three-star status, 24.7 per cent got four stars.",
        "Việt Nam now has 12,075 OCOP products, of which 73.9 per cent achieved the three-star status and 24.7 per cent got four stars.",
        "Cả nước có 12.075 sản phẩm OCOP. Trong số đó, 73,9% đạt 3 sao, 24,7% đạt 4 sao.",
        "Vietnam memiliki 12.075 produk OCOP. Dari jumlah tersebut, 73,9% mendapat bintang 3, 24,7% mendapat bintang 4.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, Unit, Option<String>, String)> = found
            .iter()
            .map(|o| {
                (
                    o.indicator,
                    o.value.normalize().to_string(),
                    o.unit,
                    o.scope.stars.map(|s| s.to_string()),
                    o.area.to_string(),
                )
            })
            .collect();
        let share = |value: &str, stars: &str| {
            (
                Indicator::OcopProducts,
                value.to_string(),
                Unit::Percent,
                Some(stars.to_string()),
                "Vietnam".to_string(),
            )
        };
        assert_eq!(read[1..], [share("73.9", "3-star"), share("24.7", "4-star")], "{text}");
        assert_eq!(read[0].4, "Vietnam", "{text}");
    }
    // Parts of a count of another place's report keep that count's place.
    let found = areas(
        "Hà Nội has 2,711 OCOP products. Across Việt Nam, 12,075 OCOP products have been rated. Among the products, 73.9 per cent achieved the three-star status.",
    );
    assert_eq!(found, ["Hà Nội", "Vietnam", "Vietnam"]);
}

#[test]
fn a_bare_count_with_a_star_level_after_it_is_a_part_of_the_products() {
    let found = extract(&Document::new(
        "t",
        "Hà Nội has six products rated five stars, 12 others that are potential five stars, 1,473 with four stars, and 1,220 with three stars.",
    ))
    .observations;
    let read: Vec<(String, String)> = found
        .iter()
        .map(|o| {
            let stars = o.scope.stars.map(|s| s.to_string()).unwrap_or_default();
            (o.value.to_string(), stars)
        })
        .collect();
    assert_eq!(
        read[2..],
        [
            ("1473".into(), "4-star".into()),
            ("1220".into(), "3-star".into())
        ]
    );
    assert!(found.iter().all(|o| o.indicator == Indicator::OcopProducts));
}

#[test]
fn no_phrase_reaches_across_a_clause_mark() {
    // "hợp tác xã; thành viên" is no "hợp tác xã thành viên": the count keeps its noun and the
    // next clause is about members.
    for text in [
        "Năm 2025, tỉnh Trà Vinh thành lập mới 10 hợp tác xã; thành viên hợp tác xã tăng 15%.",
        "In 2025, Tra Vinh set up 10 new cooperatives; cooperative members rose by 15%.",
        "Pada tahun 2025, Tra Vinh mendirikan 10 koperasi baru; anggota koperasi meningkat 15%.",
    ] {
        let found = read(text);
        let read: Vec<(Indicator, &str, Unit)> =
            found.iter().map(|f| (f.0, f.1.as_str(), f.2)).collect();
        assert_eq!(
            read,
            [
                (Indicator::NewCooperatives, "10", Unit::Count),
                (Indicator::Members, "15", Unit::Percent)
            ],
            "{text}"
        );
    }
}

#[test]
fn a_condition_set_by_law_is_no_figure() {
    for text in [
        "A co-operative must have at least seven members under the law, and a co-operative group, at least three.",
        "Theo Luật, hợp tác xã phải có tối thiểu 05 thành viên.",
        "Menurut undang-undang, koperasi harus memiliki minimal 9 anggota.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::Requirement);
    }
}

#[test]
fn a_bare_count_after_of_which_is_a_part_of_the_count_before() {
    for (text, note) in [
        (
            "By the end of 2025, Ca Mau had 493 cooperatives, of which 371 were operating stably.",
            "part: were operating stably",
        ),
        (
            "Đến cuối năm 2025, tỉnh Cà Mau có 493 hợp tác xã, trong đó 371 đang hoạt động ổn định.",
            "part: đang hoạt động ổn định",
        ),
        (
            "Pada akhir tahun 2025, Ca Mau memiliki 493 koperasi, yang mana 371 beroperasi dengan stabil.",
            "part: beroperasi dengan stabil",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!((found[1].0, found[1].1.as_str()), (Indicator::Cooperatives, "371"));
        assert_eq!(found[1].5, note, "{text}");
    }
}

#[test]
fn units_that_join_as_members_are_member_organisations() {
    for text in [
        "Năm 2020, Liên minh HTX tỉnh phấn đấu kết nạp thêm từ 15 - 20 đơn vị tham gia thành viên.",
        "In 2020, the provincial alliance admitted 15 units as new members.",
        "Pada tahun 2020, aliansi provinsi menerima 15 unit anggota baru.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].2),
            (Indicator::Other, Unit::Count),
            "{text}"
        );
        assert_eq!(found[0].5, "member organisations", "{text}");
    }
}

#[test]
fn branches_are_no_cooperatives_and_plural_groups_are_groups() {
    for text in [
        "Tien Giang has 197 agricultural cooperatives and 2 cooperative branches.",
        "Tỉnh Tiền Giang có 197 hợp tác xã nông nghiệp và 2 chi nhánh hợp tác xã.",
        "Tien Giang memiliki 197 koperasi pertanian dan 2 cabang koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, "197", "{text}");
    }
    let found = read("In 2023, Soc Trang set up 515 new co-operatives groups.");
    assert_eq!(
        (found[0].0, found[0].1.as_str()),
        (Indicator::CooperativeGroups, "515")
    );
}

#[test]
fn the_day_a_decision_was_signed_dates_no_figure() {
    for text in [
        "Theo Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng, hiện nay tỉnh Sóc Trăng có 218 hợp tác xã.",
        "Under Decision No. 1490/QD-TTg dated November 27, 2023, Soc Trang now has 218 cooperatives.",
        "Berdasarkan Keputusan Nomor 1490/QD-TTg tanggal 27 November 2023, Soc Trang kini memiliki 218 koperasi.",
    ] {
        let found = extract(&Document::new("t", text));
        assert_eq!(found.published, None, "{text}");
        let periods: Vec<Option<String>> = found
            .observations
            .iter()
            .map(|o| o.period.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(periods, [None], "{text}");
    }
}

#[test]
fn a_named_indonesian_cooperative_is_one_organisation() {
    for text in [
        "Pada bulan Oktober 2023, Koperasi Kopi Berkelanjutan Tenh Phong didirikan dengan 12 anggota.",
        "Pada tahun 2024, Koperasi Buah Bau Don memiliki 12 anggota.",
        // A name may open with its trade in title case.
        "Misalnya, Koperasi Layanan Umum Tuan Tu didirikan pada tahun 2016 dengan 13 anggota.",
        "Pada tahun 2024, Koperasi Pertanian Toan Duyen memiliki 12 anggota.",
        // Opening the sentence, with the sentence going on in lower case after the name.
        "Koperasi Long Hoi memiliki 44 anggota pada tahun 2023.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::SingleOrganisation);
    }
    // Forms and sectors in title case, as translations write them, name no one.
    for text in [
        "Sampai dengan 31 Oktober 2025, seluruh provinsi memiliki 3.066 Kelompok Koperasi; 1.529 Koperasi, 4 Serikat Koperasi dengan total 1.226 anggota.",
        "Pada tahun 2024, Koperasi Pertanian di provinsi ini memiliki 12.000 anggota.",
    ] {
        let found = read(text);
        assert!(found.iter().any(|f| f.0 == Indicator::Members), "{text}: {found:?}");
    }
}

#[test]
fn cooperatives_taking_part_in_something_are_a_part_of_the_total() {
    for (text, note) in [
        (
            "Ca Mau has 493 cooperatives. The rice industry has 30 cooperatives participating in the linkage.",
            "part: participating in the linkage",
        ),
        (
            "Cà Mau có 493 HTX. Ngành lúa gạo có 30 HTX tham gia liên kết.",
            "part: tham gia liên kết",
        ),
        (
            "Ca Mau memiliki 493 koperasi. Industri padi memiliki 30 koperasi berpartisipasi dalam keterkaitan.",
            "part: berpartisipasi dalam keterkaitan",
        ),
    ] {
        let found = read(text);
        assert_eq!((found[1].0, found[1].1.as_str()), (Indicator::Cooperatives, "30"), "{text}");
        assert_eq!(found[1].5, note, "{text}");
    }
}

#[test]
fn what_a_period_saw_established_is_new_and_others_stand_for_the_noun_before() {
    let found = read(
        "In the 2015 – 2020 period, Hoa Binh saw the establishment of 117 cooperative groups and \
         297 cooperatives. Meanwhile, 172 cooperatives were dissolved and 53 others were \
         transformed into cooperative groups and businesses under the 2012 Law on Cooperatives.",
    );
    let said: Vec<(Indicator, &str, &str)> = found
        .iter()
        .map(|f| (f.0, f.1.as_str(), f.5.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (Indicator::CooperativeGroups, "117", "newly established"),
            (Indicator::NewCooperatives, "297", ""),
            (Indicator::Cooperatives, "172", "part: were dissolved"),
            (
                Indicator::Cooperatives,
                "53",
                "part: others were transformed into cooperative groups"
            ),
        ]
    );
    // The law's year dates no figure.
    let periods: Vec<String> = extract(&Document::new(
        "t",
        "In 2020, 172 cooperatives were dissolved under the 2012 Law on Cooperatives.",
    ))
    .observations
    .iter()
    .map(|o| {
        o.period
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    })
    .collect();
    assert_eq!(periods, ["2020"]);
    let found = read("Pada periode 2015-2020, pendirian 297 koperasi tercatat di Hoa Binh.");
    assert_eq!(found[0].0, Indicator::NewCooperatives, "{found:?}");
    let found = read(
        "Selama tahun 2020, 172 koperasi dibubarkan dan 53 lainnya bertransformasi menjadi \
         kelompok koperasi.",
    );
    assert_eq!(
        (found[1].0, found[1].1.as_str()),
        (Indicator::Cooperatives, "53")
    );
}

#[test]
fn rates_paired_with_subjects_listed_after_a_level_are_theirs() {
    // Each rate is of another subject; none is a change of the average revenue before them.
    for text in [
        "In 2020, the average revenue of cooperatives in Hoa Binh stood at nearly 3.3 billion VND each, up 153.45 percent compared to 2015, with the average profit, labour income, and number of members per cooperative increasing 27.57 percent, 60 percent, and 42.74 percent, respectively.",
        "Năm 2020, doanh thu bình quân của HTX tỉnh Hòa Bình đạt gần 3,3 tỷ đồng, tăng 153,45% so với năm 2015; lợi nhuận bình quân, thu nhập của người lao động và số thành viên bình quân mỗi HTX tăng lần lượt 27,57%, 60% và 42,74%.",
        "Pada tahun 2020, pendapatan rata-rata koperasi di Hoa Binh mencapai 3,3 miliar VND, naik 153,45% dibandingkan tahun 2015, dengan keuntungan rata-rata, pendapatan pekerja, dan jumlah anggota per koperasi masing-masing meningkat 27,57%, 60%, dan 42,74%.",
    ] {
        let found: Vec<(Indicator, String, String)> = read(text)
            .into_iter()
            .map(|f| (f.0, f.1, f.5))
            .collect();
        let average_members = "average members per organisation".to_string();
        assert_eq!(
            found,
            [
                (Indicator::AvgRevenuePerCooperative, "3300000000".into(), String::new()),
                (Indicator::AvgRevenuePerCooperative, "153.45".into(), String::new()),
                (Indicator::AvgProfitPerCooperative, "27.57".into(), String::new()),
                (Indicator::AvgIncomePerWorker, "60".into(), String::new()),
                (Indicator::Other, "42.74".into(), average_members),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_breakdown_by_year_in_parentheses_counts_what_the_count_before_counts() {
    for text in [
        "In 2017, Nam Dinh planned 250-300 value chain based cooperative models (120-150 in 2018, 60-80 in 2019).",
        "Năm 2017, tỉnh Nam Định dự kiến có 250-300 mô hình HTX sản xuất theo chuỗi giá trị (120-150 năm 2018, 60-80 năm 2019).",
        "Pada tahun 2017, Nam Dinh menargetkan 250-300 model koperasi berbasis rantai nilai (120-150 pada tahun 2018, 60-80 pada tahun 2019).",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, String)> = found
            .iter()
            .map(|o| {
                let period = o.period.as_ref().map(ToString::to_string).unwrap_or_default();
                (o.indicator, o.value.to_string(), period)
            })
            .collect();
        let chain = |value: &str, year: &str| {
            (Indicator::ValueChainCooperatives, value.to_string(), year.to_string())
        };
        assert_eq!(read, [chain("250", "2017"), chain("120", "2018"), chain("60", "2019")], "{text}");
    }
}

#[test]
fn a_part_is_told_by_the_words_after_its_sector() {
    for (text, note) in [
        (
            "Tỉnh Tuyên Quang có 452 HTX. Có đến 58 HTX nông, lâm nghiệp không hoạt động hoặc hoạt động kém hiệu quả.",
            "part: nông, lâm nghiệp không hoạt động",
        ),
        (
            "Tuyen Quang has 452 cooperatives. As many as 58 agricultural cooperatives are not operating.",
            "part: are not operating",
        ),
        (
            "Tuyen Quang memiliki 452 koperasi. Sebanyak 58 koperasi pertanian tidak aktif.",
            "part: pertanian tidak aktif",
        ),
    ] {
        let found = read(text);
        assert_eq!((found[1].1.as_str(), found[1].5.as_str()), ("58", note), "{text}");
    }
}

#[test]
fn list_items_with_their_own_predicates_keep_them() {
    let en = read(
        "Nationwide there are nearly 21,000 cooperatives. There are close to 2,300 cooperatives \
         establishing enterprises, 145 directly involved in import-export activities, and 1,200 \
         participating in the OCOP programme.",
    );
    assert_eq!(en[1].0, Indicator::Cooperatives);
    assert_eq!(en[1].4, Qualifier::Under);
    assert_eq!(en[1].5, "part: establishing enterprises");
    // A shared predicate reaches every item.
    let vi = read("Năm 2023, tỉnh có 46 HTX, 12 THT tham gia chương trình OCOP.");
    assert_eq!(vi[0].0, Indicator::OcopCooperatives);
    // So does a predicate whose later figure counts something else.
    let id = read("Dari jumlah tersebut, 106 koperasi memiliki produk, dengan 184 produk OCOP.");
    assert_eq!(id[0].0, Indicator::OcopCooperatives);
}

#[test]
fn a_sector_inside_a_union_phrase_still_names_unions() {
    let en =
        read("Viet Nam now counts 94 unions of agricultural cooperatives and 21,000 cooperatives.");
    assert_eq!(en[0].0, Indicator::UnionsOfCooperatives);
    assert_eq!(en[1].0, Indicator::Cooperatives);
}

#[test]
fn plans_and_round_figures_in_english_and_indonesian() {
    let en = read("The ministry is planning to establish 1,600 new cooperatives in 2023.");
    assert_eq!(en[0].3, Kind::Target);
    let id = read("Provinsi berencana mendirikan 50 koperasi baru pada tahun 2025.");
    assert_eq!(id[0].3, Kind::Target);
    let en = read("In 2023 the province had some 300 cooperatives.");
    assert_eq!(en[0].4, Qualifier::About);
    let id = read("Pada tahun 2023 terdapat kurang lebih 300 koperasi.");
    assert_eq!(id[0].4, Qualifier::About);
}

#[test]
fn members_of_a_list_that_ends_with_the_alliance_are_everyone_s() {
    let vi = read(
        "Năm 2016, các hợp tác xã, quỹ tín dụng, liên minh hợp tác xã trong tỉnh có tổng vốn \
         điều lệ gần 1.400 tỷ đồng và 97 ngàn thành viên tham gia.",
    );
    assert_eq!(vi[1].0, Indicator::Members);
    // The alliance alone counts its own member units.
    let vi = read("Năm 2016, Liên minh hợp tác xã tỉnh có 150 thành viên.");
    assert_eq!(vi[0].0, Indicator::Other);
}

#[test]
fn a_month_joined_to_its_year_by_a_hyphen_is_a_date_not_a_range() {
    let found = extract(&Document::new(
        "t",
        "Đến đầu tháng 10-2016, trên địa bàn tỉnh có 287 hợp tác xã.",
    ));
    let periods: Vec<String> = found
        .observations
        .iter()
        .map(|o| {
            o.period
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(periods, ["2016-10"]);
}

#[test]
fn a_named_cooperative_is_one_organisation() {
    let found = extract(&Document::new(
        "t",
        "In 2022, Hoa Binh province had over 470 cooperatives. Average monthly income of \
         labourers at Tuan Chuyen livestock service cooperative ranges from 7-9 million VND per \
         person. The average revenue was 1.17 billion VND a cooperative.",
    ));
    let figures: Vec<String> = found
        .observations
        .iter()
        .map(|o| format!("{} {}", o.indicator, o.value))
        .collect();
    assert_eq!(
        figures,
        ["cooperatives 470", "avg_revenue_per_cooperative 1170000000"]
    );
    assert!(found
        .diagnostics
        .iter()
        .any(|d| d.reason == Reason::SingleOrganisation && d.text.contains("7-9")));
    // A name that opens the sentence, a currency or a function word before the noun names no
    // cooperative: the figures after it are read.
    let en = read("Lao Cai cooperative leaders said the province had 455 cooperatives in 2022.");
    assert_eq!(en.len(), 1);
    let en =
        read("In 2022, Lao Cai had 455 cooperatives; a cooperative had 16 members on average.");
    assert_eq!(en.len(), 2);
}

#[test]
fn millions_per_cooperative_without_dong_are_money_not_a_count() {
    let vi = read("Năm 2023, tỉnh Nam Định có 310 HTX, lợi nhuận bình quân khoảng 250 triệu/HTX.");
    assert_eq!(vi.len(), 2, "{vi:?}");
    assert_eq!(
        (vi[1].0, vi[1].1.as_str(), vi[1].2, vi[1].4),
        (
            Indicator::AvgProfitPerCooperative,
            "250000000",
            Unit::Vnd,
            Qualifier::About
        )
    );
}

#[test]
fn respective_changes_pair_with_amounts_before_a_date() {
    for text in [
        "Each cooperative earned nearly 3.6 billion VND in revenue and 366 million in profit \
         on average in 2022, respectively rising 35% and 71% year on year.",
        "Doanh thu và lợi nhuận bình quân của HTX đạt 3,6 tỷ đồng và 366 triệu đồng năm 2022, \
         tăng lần lượt 35% và 71%.",
    ] {
        let found = read(text);
        let changes: Vec<(Indicator, &str)> = found
            .iter()
            .filter(|o| o.3 == Kind::Change)
            .map(|o| (o.0, o.1.as_str()))
            .collect();
        assert_eq!(
            changes,
            [
                (Indicator::AvgRevenuePerCooperative, "35"),
                (Indicator::AvgProfitPerCooperative, "71")
            ],
            "{found:?}"
        );
    }
}

#[test]
fn cooperatives_unions_with_a_possessive_are_unions() {
    let en =
        read("Last year, there were 31,700 cooperatives and 158 cooperatives' unions nationwide.");
    assert_eq!(en[1].0, Indicator::UnionsOfCooperatives, "{en:?}");
}

#[test]
fn high_technology_after_a_list_is_said_of_every_item() {
    let high_tech = |text: &str| -> Vec<(Indicator, String, String)> {
        read(text).into_iter().map(|o| (o.0, o.1, o.5)).collect()
    };
    let expected = vec![
        (
            Indicator::HighTechCooperatives,
            "5000".to_string(),
            String::new(),
        ),
        (
            Indicator::CooperativeGroups,
            "500".to_string(),
            "applying high technology".to_string(),
        ),
    ];
    assert_eq!(
        high_tech("In 2024, Nam Dinh had 5,000 cooperatives and 500 cooperative groups applying high technology."),
        expected
    );
    assert_eq!(
        high_tech("Năm 2024, tỉnh Nam Định có 5.000 HTX và 500 THT ứng dụng công nghệ cao."),
        expected
    );
    assert_eq!(
        high_tech("Pada tahun 2024, Nam Dinh memiliki 5.000 koperasi dan 500 kelompok koperasi yang menerapkan teknologi tinggi."),
        expected
    );
    // Said of the last item only after a comma: the first is the total.
    let vi =
        high_tech("Năm 2024, tỉnh Nam Định có 5.000 HTX, trong đó 500 HTX ứng dụng công nghệ cao.");
    assert_eq!(vi[0].0, Indicator::Cooperatives, "{vi:?}");
}

#[test]
fn a_headline_figure_said_again_in_the_body_is_kept_once_with_the_body_date() {
    let periods = |text: &str| -> (Vec<(String, Option<String>)>, usize) {
        let out = extract(&Document::new("t", text));
        let repeats = out
            .diagnostics
            .iter()
            .filter(|d| d.reason == Reason::Repeated)
            .count();
        let read = out
            .observations
            .into_iter()
            .map(|o| (o.value.to_string(), o.period.map(|p| p.to_string())))
            .collect();
        (read, repeats)
    };
    let body_date = |value: &str, date: &str| (value.to_string(), Some(date.to_string()));
    let vi = periods(
        "TỈNH NAM ĐỊNH CÓ 420 HỢP TÁC XÃ\n\nĐến ngày 30/6/2019, tỉnh Nam Định có 420 hợp tác xã.",
    );
    assert_eq!(vi, (vec![body_date("420", "2019-06-30")], 1));
    let en = periods(
        "Nam Dinh has 420 cooperatives\n\nAs of June 30, 2019, Nam Dinh province had 420 \
         cooperatives.",
    );
    assert_eq!(en, (vec![body_date("420", "2019-06-30")], 1));
    let id = periods(
        "Nam Dinh memiliki 420 koperasi\n\nPada tahun 2019, provinsi Nam Dinh memiliki 420 \
         koperasi.",
    );
    assert_eq!(id, (vec![body_date("420", "2019")], 1));
    // Page chrome before the headline, figures in it too, does not hide it.
    let chrome = periods(
        "Share Facebook Twitter\n1,234 views\nTỈNH NAM ĐỊNH CÓ 420 HỢP TÁC XÃ\n\nĐến ngày \
         30/6/2019, tỉnh Nam Định có 420 hợp tác xã.",
    );
    assert_eq!(chrome, (vec![body_date("420", "2019-06-30")], 1));
    // The body says more of it, a hedge and a sector the headline drops.
    for text in [
        "Cả nước có 10.756 hợp tác xã\n\nNăm 2017, cả nước có hơn 10.756 hợp tác xã nông nghiệp.",
        "Vietnam has 10,756 cooperatives\n\nIn 2017, the country had over 10,756 agricultural cooperatives.",
        "Vietnam memiliki 10.756 koperasi\n\nPada tahun 2017, Vietnam memiliki lebih dari 10.756 koperasi pertanian.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].qualifier, Qualifier::Over, "{text}");
    }
    // A first line with its own date, or a full stop, is body text: its figure stands.
    let dated = periods(
        "In 2018, Nam Dinh province had 420 cooperatives.\nIn 2019, Nam Dinh province had 420 \
         cooperatives.",
    );
    assert_eq!(
        dated,
        (vec![body_date("420", "2018"), body_date("420", "2019")], 0)
    );
    // A rounded headline figure is a figure of its own.
    let rounded = periods(
        "Nam Dinh has nearly 500 cooperatives\n\nAs of June 30, 2019, Nam Dinh province had 479 \
         cooperatives.",
    );
    assert_eq!(rounded.0.len(), 2);
}

#[test]
fn a_status_after_a_count_makes_a_part_only_of_a_total_of_the_same_thing() {
    // Cooperatives then cooperative groups "operating in ...": two totals, no part.
    let en = notes(
        "In 2023, Nam Dinh province had 400 cooperatives and 1,200 cooperative groups operating \
         in many fields.",
    );
    assert_eq!(en, ["", ""]);
    let vi = notes("Năm 2023, tỉnh Nam Định có 400 HTX và 1.200 THT hoạt động trong nhiều ngành.");
    assert_eq!(vi, ["", ""]);
    let id = notes(
        "Pada tahun 2023, provinsi Nam Dinh memiliki 400 koperasi dan 1.200 kelompok koperasi \
         beroperasi.",
    );
    assert_eq!(id, ["", ""]);
    // The same status after a total of the same thing is a part of it.
    let en = notes("In 2023, Nam Dinh province had 400 cooperatives, 350 cooperatives operating.");
    assert_eq!(en, ["", "part: operating"]);
}

#[test]
fn interest_groups_are_an_other_count() {
    let interest_groups = (
        Indicator::Other,
        "678".to_string(),
        Unit::Count,
        Kind::Actual,
        Qualifier::Exact,
        "interest groups".to_string(),
    );
    for text in [
        "Năm 2023, tỉnh Cao Bằng có 678 nhóm sở thích với khoảng 9.000 thành viên.",
        "In 2023, Cao Bang province had 678 interest groups with about 9,000 members.",
        "Pada tahun 2023, provinsi Cao Bang memiliki 678 kelompok kepentingan dengan sekitar \
         9.000 anggota.",
    ] {
        let read = read(text);
        assert_eq!(read[0], interest_groups, "{text}");
        assert_eq!(
            (read[1].0, read[1].4),
            (Indicator::Members, Qualifier::About)
        );
    }
}

#[test]
fn organisations_that_own_or_run_what_is_counted_are_not_counted() {
    for text in [
        "In 2023, of the 19 large-field projects in Nam Dinh province, 12 are owned by \
         cooperatives.",
        "Năm 2023, trong 19 dự án cánh đồng lớn của tỉnh Nam Định, 12 dự án do HTX làm chủ.",
        "Pada tahun 2023, dari 19 proyek di provinsi Nam Dinh, 12 dikelola oleh koperasi.",
    ] {
        assert_never_read_as(text, Indicator::Cooperatives);
    }
}

#[test]
fn member_organisations_of_a_union_are_a_part_of_their_form() {
    let vi = read("Năm 2023, tỉnh Nam Định có 420 HTX; các liên hiệp HTX có 07 HTX thành viên.");
    assert_eq!(vi[1].5, "part: member");
    let id = read(
        "Pada tahun 2023, provinsi Nam Dinh memiliki 420 koperasi; serikat koperasi memiliki 7 \
         koperasi anggota.",
    );
    assert_eq!(id[1].5, "part: member");
    let en = read(
        "In 2023, Nam Dinh province had 420 cooperatives; its unions had 7 member cooperatives.",
    );
    assert_eq!(en[1].5, "part: member");
}

#[test]
fn amounts_of_a_sentence_about_one_other_form_are_scoped_to_it() {
    use vncoop_model::LegalForm;
    let forms = |text: &str| -> Vec<(Unit, Option<LegalForm>)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .map(|o| (o.unit, o.scope.legal_form))
            .collect()
    };
    let groups = Some(LegalForm::CooperativeGroup);
    let en = forms(
        "In 2023, Nam Dinh province had 27 cooperative groups with revenue of VND 2.1 billion.",
    );
    assert_eq!(en, [(Unit::Count, None), (Unit::Vnd, groups)]);
    let vi = forms("Năm 2023, tỉnh Nam Định có 27 tổ hợp tác với tổng doanh thu 2,1 tỷ đồng.");
    assert_eq!(vi, [(Unit::Count, None), (Unit::Vnd, groups)]);
    let id = forms(
        "Pada tahun 2023, provinsi Nam Dinh memiliki 27 kelompok koperasi dengan pendapatan 2,1 \
         miliar VND.",
    );
    assert_eq!(id, [(Unit::Count, None), (Unit::Vnd, groups)]);
    // Cooperatives, or several forms, leave the amount unscoped.
    let several = forms(
        "In 2023, Nam Dinh province had 400 cooperatives and 27 cooperative groups with revenue \
         of VND 2.1 billion.",
    );
    assert_eq!(several.last(), Some(&(Unit::Vnd, None)));
}

#[test]
fn a_reward_for_each_product_is_said_per_product() {
    let per_product = "support or reward amount per product";
    for text in [
        "Năm 2024, tỉnh Nam Định thưởng 20 sản phẩm OCOP, mỗi sản phẩm được thưởng 10 triệu đồng.",
        "In 2024, Nam Dinh province awarded 20 OCOP products, each product was VND 10,000,000.",
        "Pada tahun 2024, provinsi Nam Dinh memberikan penghargaan kepada 20 produk OCOP, setiap \
         produk mendapat hadiah 10 juta VND.",
    ] {
        let read = read(text);
        let reward = read.iter().find(|r| r.2 == Unit::Vnd);
        assert_eq!(reward.map(|r| r.5.as_str()), Some(per_product), "{text}");
    }
    // The total paid out is no amount per product.
    let total = read("In 2024, the total bonus for OCOP products was VND 1.08 billion.");
    assert_eq!(total[0].5, "support or reward amount");
}

#[test]
fn a_label_that_describes_the_counted_ones_makes_a_part() {
    for (text, note) in [
        (
            "Năm 2022, tỉnh Nam Định có 184 HTX.\n- Số HTX hoạt động hiệu quả: là 70 HTX.",
            "part: hoạt động hiệu quả",
        ),
        (
            "In 2022, Nam Dinh province had 184 cooperatives.\n- Number of cooperatives operating \
             effectively: 70.",
            "part: operating effectively",
        ),
        (
            "Pada tahun 2022, provinsi Nam Dinh memiliki 184 koperasi.\n- Jumlah koperasi aktif: \
             70 koperasi.",
            "part: aktif",
        ),
    ] {
        let read = read(text);
        assert_eq!(read.len(), 2, "{text}: {read:?}");
        assert_eq!(
            (read[0].5.as_str(), read[1].5.as_str()),
            ("", note),
            "{text}"
        );
    }
    // A label naming the organisations and nothing more is the total.
    let total = read("- Số HTX trên địa bàn tỉnh Nam Định năm 2022: 184 HTX.");
    assert_eq!(total[0].5, "");
}

#[test]
fn a_count_no_province_can_have_is_a_decimal_comma_or_is_left_out() {
    // A translation that kept the Vietnamese decimal comma: 12.345 thousand members.
    for text in [
        "In 2023, the cooperatives of Nam Dinh province attracted 12,345 thousand members.",
        "Pada tahun 2023, koperasi di provinsi Nam Dinh menarik 12.345 ribu anggota.",
        "Năm 2023, các HTX tỉnh Nam Định thu hút 12.345 nghìn thành viên.",
    ] {
        let found = extract(&Document::new("t", text));
        let members = &found.observations[0];
        assert_eq!(members.indicator, Indicator::Members, "{text}");
        assert_eq!(members.value, 12_345.into(), "{text}");
        assert!(members.provenance.rule.ends_with(".decimal_comma"));
    }
    // The same figure for the whole country is possible, and stays as written.
    let national =
        read("In 2023, the cooperatives of the whole country attracted 12,345 thousand members.");
    assert_eq!(national[0].1, "12345000");
    // An impossible count with no second reading is left out, with its reason.
    let found = extract(&Document::new(
        "t",
        "In 2023, Nam Dinh province had 250,000 cooperatives.",
    ));
    assert!(found.observations.is_empty(), "{:?}", found.observations);
    assert!(found
        .diagnostics
        .iter()
        .any(|d| d.text == "250,000" && d.reason == Reason::Implausible));
}

#[test]
fn members_belong_to_the_form_named_nearest_before_them() {
    use vncoop_model::LegalForm::{Cooperative, CooperativeGroup, UnionOfCooperatives};
    let forms = |text: &str| -> Vec<(String, Option<vncoop_model::LegalForm>)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .filter(|o| o.indicator == Indicator::Members)
            .map(|o| (o.value.normalize().to_string(), o.scope.legal_form))
            .collect()
    };
    let each = vec![
        ("73000".to_string(), Some(CooperativeGroup)),
        ("42500".to_string(), Some(Cooperative)),
    ];
    assert_eq!(
        forms("In 2023, Nam Dinh province has 4,500 cooperative groups with 73,000 members and 643 cooperatives with 42,500 members."),
        each
    );
    assert_eq!(
        forms("Năm 2023, tỉnh Nam Định có 4.500 tổ hợp tác với 73.000 thành viên và 643 HTX với 42.500 thành viên."),
        each
    );
    assert_eq!(
        forms("Pada tahun 2023, provinsi Nam Dinh memiliki 4.500 kelompok koperasi dengan 73.000 anggota dan 643 koperasi dengan 42.500 anggota."),
        each
    );
    // Forms joined by a conjunction share the figure after them: the first one stands for all.
    for text in [
        "Năm 2023, tỉnh Nam Định có 430 HTX và 7.150 THT với trên 200.000 thành viên.",
        "In 2023, Nam Dinh province had 430 cooperatives and 7,150 cooperative groups with over 200,000 members.",
        "Pada tahun 2023, provinsi Nam Dinh memiliki 430 koperasi dan 7.150 kelompok koperasi dengan lebih dari 200.000 anggota.",
        "Năm 2023, tổng số HTX tỉnh Nam Định là 105 và 1 liên hiệp HTX với 7.244 thành viên.",
    ] {
        assert_eq!(forms(text)[0].1, Some(Cooperative), "{text}");
    }
    // A form in parentheses closed before the figure is an aside.
    assert_eq!(
        forms("Năm 2023, tỉnh Nam Định có 194 HTX (bao gồm các quỹ tín dụng nhân dân) với 90.523 thành viên."),
        [("90523".to_string(), Some(Cooperative))]
    );
    // A form right after the members' noun is theirs.
    use vncoop_model::LegalForm::PeoplesCreditFund;
    let own = [
        ("54585".to_string(), Some(PeoplesCreditFund)),
        ("8512".to_string(), Some(Cooperative)),
    ];
    let found = forms("Năm 2022, các HTX tỉnh Nam Định có 66.221 thành viên, trong đó 54.585 thành viên quỹ tín dụng nhân dân, 8.512 thành viên HTX nông nghiệp.");
    assert_eq!(found[1..], own[..]);
    let found = forms("In 2022, the cooperatives of Nam Dinh had 66,221 members, of which 54,585 members of people's credit funds, 8,512 members of agricultural cooperatives.");
    assert_eq!(found[1..], own[..]);
    // The union that reports is not the one whose members are counted.
    assert_eq!(
        forms("Menurut laporan Serikat Koperasi Nam Dinh, pada tahun 2023 provinsi tersebut memiliki 219 koperasi dengan hampir 50.000 anggota."),
        [("50000".to_string(), Some(Cooperative))]
    );
    assert_eq!(
        forms("In 2023, the country had 164 cooperative unions with 1,200,000 members."),
        [("1200000".to_string(), Some(UnionOfCooperatives))]
    );
}

#[test]
fn a_list_of_years_pairs_with_a_list_of_figures_item_by_item() {
    let periods = |text: &str| -> Vec<(String, Option<String>)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .filter(|o| o.indicator == Indicator::Cooperatives)
            .map(|o| {
                (
                    o.value.normalize().to_string(),
                    o.period.map(|p| p.to_string()),
                )
            })
            .collect()
    };
    let paired = vec![
        ("2500".to_string(), Some("2025".to_string())),
        ("3000".to_string(), Some("2030".to_string())),
    ];
    for text in [
        "Nam Dinh aims to increase the total number of cooperatives by 2025 and 2030 to nearly 2,500 and over 3,000, respectively.",
        "Tỉnh Nam Định phấn đấu tổng số HTX đến năm 2025 và năm 2030 lần lượt đạt 2.500 và 3.000 HTX.",
        "Provinsi Nam Dinh menargetkan jumlah koperasi pada tahun 2025 dan 2030 masing-masing mencapai 2.500 dan 3.000 koperasi.",
    ] {
        assert_eq!(periods(text), paired, "{text}");
    }
    // Without a pairing word, the years are not the figures' one by one.
    let unpaired = periods(
        "Nam Dinh aims to have 2,500 cooperatives and 300 cooperative groups by 2025 and 2030.",
    );
    assert_eq!(unpaired.len(), 1);
    // A count whose noun came before it, closed by its date.
    assert_eq!(
        periods("Nam Dinh aims to increase the total number of cooperatives to 2,500 by 2025."),
        [("2500".to_string(), Some("2025".to_string()))]
    );
    assert_eq!(
        periods("Provinsi Nam Dinh menargetkan jumlah koperasi meningkat menjadi 2.500 pada tahun 2025."),
        [("2500".to_string(), Some("2025".to_string()))]
    );
    // A document number before its date is no count.
    assert_eq!(
        periods("Năm 2021, tỉnh Nam Định có 32 HTX đạt 80 điểm theo Thông tư 01 ngày 19/2/2020."),
        [("32".to_string(), Some("2021".to_string()))]
    );
}

#[test]
fn new_members_are_the_members_who_joined_not_all_of_them() {
    let new_members = |value: &str| {
        (
            Indicator::Members,
            value.to_string(),
            Unit::People,
            Kind::Actual,
            Qualifier::Exact,
            "new members".to_string(),
        )
    };
    let total = (
        Indicator::Members,
        "45000".to_string(),
        Unit::People,
        Kind::Actual,
        Qualifier::Exact,
        String::new(),
    );
    let vi = read("Năm 2023, các HTX tỉnh Nam Định kết nạp 1.200 thành viên mới, nâng tổng số thành viên lên 45.000 người.");
    assert_eq!(vi, [new_members("1200"), total.clone()]);
    let en = read("In 2023, cooperatives in Nam Dinh admitted 1,200 new members, bringing the total number of members to 45,000.");
    assert_eq!(en, [new_members("1200"), total]);
    let id = read("Pada tahun 2023, koperasi di provinsi Nam Dinh menerima 1.200 anggota baru.");
    assert_eq!(id, [new_members("1200")]);
    // "new" said of something else is not said of the members.
    let en = read("In 2023, Nam Dinh had 45,000 members under the new law.");
    assert_eq!(en[0].5, "");
}

#[test]
fn a_named_vietnamese_cooperative_and_the_next_sentence_about_it_are_one_organisation() {
    let single = |text: &str, figure: &str| {
        let found = extract(&Document::new("t", text));
        assert!(
            found
                .diagnostics
                .iter()
                .any(|d| d.text == figure && d.reason == Reason::SingleOrganisation),
            "{text}: {:?}",
            found.diagnostics
        );
        found.observations
    };
    // Named in one sentence, spoken of by its bare noun in the next.
    let read = single(
        "Năm 2023, ở huyện Thạnh Phú, HTX dịch vụ - sản xuất nông nghiệp Thạnh Phong đang là điển hình trong sản xuất xoài. HTX được thành lập từ năm 2016 với 149 thành viên.",
        "149",
    );
    assert!(read.is_empty(), "{read:?}");
    // Named in the sentence: what comes after the name is its own.
    let read = single(
        "Năm 2023, tỉnh Bến Tre có 159 HTX; HTX nông nghiệp Thạnh Phong có 149 thành viên.",
        "149",
    );
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].indicator, Indicator::Cooperatives);
    // English says "the cooperative".
    single(
        "In 2023, Thanh Phong agricultural cooperative is a model of mango farming. The cooperative was established in 2016 with 149 members.",
        "149",
    );
    // Cooperatives of a place, all of them, or of the country are no single one.
    for text in [
        "Năm 2023, các HTX tỉnh Bến Tre có 42.192 thành viên.",
        "Năm 2023, HTX trên địa bàn tỉnh Bến Tre có 42.192 thành viên.",
        "Theo Sách trắng Hợp tác xã Việt Nam năm 2023, cả nước có 42.192 HTX.",
    ] {
        let found = extract(&Document::new("t", text));
        assert_eq!(
            found.observations.len(),
            1,
            "{text}: {:?}",
            found.diagnostics
        );
    }
}

/// Fails unless `text` gives one observation, of `kept`, and leaves `single` out as said of
/// one organisation.
fn assert_only_one_read_and_one_left_of_one(text: &str, kept: &str, single: &str) {
    let found = extract(&Document::new("t", text));
    let read: Vec<String> = found
        .observations
        .iter()
        .map(|o| o.value.to_string())
        .collect();
    assert_eq!(read, [kept], "{text}");
    assert!(
        found
            .diagnostics
            .iter()
            .any(|d| d.text == single && d.reason == Reason::SingleOrganisation),
        "{text}: {:?}",
        found.diagnostics
    );
}

#[test]
fn a_bare_cooperative_after_one_is_that_one_until_organisations_are_named_again() {
    // Each text: the province's count, then one cooperative, then sentences about it by its
    // bare noun, some after an opening set off by a comma, some with no organisation named.
    for text in [
        "Năm 2023, tỉnh Bến Tre có 331 HTX. HTX này có 44 thành viên. Bình quân mỗi năm, HTX \
         cung ứng 2.500 tấn thanh long. Giá bán ổn định trên 15.000 đồng/kg. Ngoài ra, HTX còn \
         tạo việc làm cho 30 lao động.",
        "Pada tahun 2023, Provinsi Ben Tre memiliki 331 koperasi. Saat ini, koperasi ini \
         beranggotakan 44 orang. Rata-rata, setiap tahun, koperasi memasok sekitar 2.500 ton \
         buah naga. Harganya stabil di atas 15.000 VND/kg. Selain itu, koperasi juga \
         menciptakan lapangan kerja bagi sekitar 30 pekerja lokal.",
    ] {
        assert_only_one_read_and_one_left_of_one(text, "331", "30");
    }
    // Organisations named again end it, and so does an area named right after the bare noun:
    // it is then any cooperative.
    for text in [
        "Năm 2023, HTX này có 44 thành viên. HTX trên địa bàn tỉnh tạo việc làm cho 3.000 lao \
         động.",
        "Pada tahun 2023, koperasi ini beranggotakan 44 orang. Koperasi di provinsi ini \
         menciptakan lapangan kerja bagi 3.000 pekerja.",
        "Năm 2023, HTX này có 44 thành viên. Toàn tỉnh có 331 HTX. Ngoài ra, HTX tạo việc làm \
         cho 3.000 lao động.",
        "Pada tahun 2023, koperasi ini beranggotakan 44 orang. Provinsi ini memiliki 331 \
         koperasi. Selain itu, koperasi menciptakan lapangan kerja bagi 3.000 pekerja.",
    ] {
        assert_read_as(text, Indicator::Employees, "3000");
    }
}

#[test]
fn a_phrase_opening_a_sentence_about_one_organisation_is_said_of_it() {
    for text in [
        "Nam Dinh province has 300 cooperatives in 2023. With 10 founding members, Tan Phu \
         Cooperative now has 32 members.",
        "Năm 2023, tỉnh Nam Định có 300 HTX. Với 10 thành viên ban đầu, HTX này nay có 32 thành \
         viên.",
        "Pada tahun 2023, Provinsi Nam Dinh memiliki 300 koperasi. Dengan 10 anggota awal, \
         koperasi ini sekarang memiliki 32 anggota.",
    ] {
        assert_only_one_read_and_one_left_of_one(text, "300", "10");
    }
    // An opening with its own subject is no phrase of the one named after it.
    let found =
        read("Năm 2023, với 300 HTX, tỉnh Nam Định có HTX Tân Phú là điển hình với 32 thành viên.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0, found[0].1.as_str()),
        (Indicator::Cooperatives, "300")
    );
}

#[test]
fn a_subject_called_new_before_a_copula_makes_the_figure_new_organisations() {
    for text in [
        "Năm 2024, tỉnh Nam Định có 831 HTX. Số HTX thành lập mới năm 2024 là 112 HTX.",
        "In 2024, Nam Dinh had 831 cooperatives. The number of newly established cooperatives \
         in 2024 was 112 cooperatives.",
        "Pada tahun 2024, Nam Dinh memiliki 831 koperasi. Jumlah koperasi yang baru didirikan \
         pada tahun 2024 adalah 112 koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found[0].0, Indicator::Cooperatives, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].1.as_str()),
            (Indicator::NewCooperatives, "112"),
            "{text}: {found:?}"
        );
    }
    // A subject with a verb of its own between it and the figure is no label.
    let found = read("Năm 2024, ngoài các HTX mới, tỉnh Nam Định có 831 HTX.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
    let found =
        read("In 2024, besides new cooperatives the province of Nam Dinh has 831 cooperatives.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
}

#[test]
fn a_count_made_each_month_is_per_month_never_the_count_of_the_year() {
    use vncoop_money::Per;
    let per = |text: &str| -> Vec<(Indicator, String, Vec<Per>)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .map(|o| (o.indicator, o.value.normalize().to_string(), o.scope.per))
            .collect()
    };
    for text in [
        "Năm 2024, tỉnh Nam Định thành lập mới 120 HTX, bình quân 10 HTX thành lập mới mỗi tháng.",
        "In 2024, Nam Dinh set up 120 new cooperatives, an average of 10 new cooperatives per month.",
        "Pada tahun 2024, Nam Dinh mendirikan 120 koperasi baru, rata-rata 10 koperasi baru setiap bulan.",
    ] {
        let found = per(text);
        assert_eq!(
            found,
            [
                (Indicator::NewCooperatives, "120".to_string(), vec![]),
                (Indicator::NewCooperatives, "10".to_string(), vec![Per::Month]),
            ],
            "{text}"
        );
    }
    let found = per("Hanoi plans to set up 100 new cooperatives annually by 2030.");
    assert_eq!(found[0].2, [Per::Year]);
}

#[test]
fn a_change_with_its_own_noun_right_after_a_part_is_a_change_of_that_part() {
    for text in [
        "Năm 2024, tỉnh Nam Định có 831 HTX, tăng 12 HTX. Số HTX là thành viên của liên hiệp \
         HTX là 93, tăng 18 hợp tác xã (khoảng 24%) so với năm 2023.",
        "In 2024, Nam Dinh had 831 cooperatives, up 12 cooperatives. It had 93 member \
         cooperatives, an increase of 18 cooperatives (about 24%) compared to 2023.",
        "Pada tahun 2024, Nam Dinh memiliki 831 koperasi, naik 12 koperasi. Ada 93 koperasi \
         anggota, naik 18 koperasi (sekitar 24%) dibandingkan tahun 2023.",
    ] {
        let found = read(text);
        let notes: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.5.as_str())).collect();
        assert_eq!(
            notes,
            [
                ("831", ""),
                ("12", ""),
                ("93", "part: member"),
                ("18", "part: member"),
                ("24", "part: member")
            ],
            "{text}"
        );
    }
}

#[test]
fn a_change_after_a_part_is_a_change_of_that_part() {
    for (text, note) in [
        (
            "Năm 2024, tỉnh Nam Định có 831 HTX (tăng 4%); số HTX là thành viên của liên hiệp \
             HTX là 93 (tăng 2%).",
            "part: member",
        ),
        (
            "In 2024, Nam Dinh had 831 cooperatives, up 4%, and 93 member cooperatives, up 2%.",
            "part: member",
        ),
        (
            "Pada tahun 2024, Nam Dinh memiliki 831 koperasi, naik 4%, dan 93 koperasi anggota, \
             naik 2%.",
            "part: member",
        ),
    ] {
        let found = read(text);
        let notes: Vec<(&str, &str)> = found.iter().map(|f| (f.1.as_str(), f.5.as_str())).collect();
        assert_eq!(
            notes,
            [("831", ""), ("4", ""), ("93", note), ("2", note)],
            "{text}"
        );
    }
}

#[test]
fn a_share_of_managers_is_no_share_of_cooperatives() {
    for text in [
        "Năm 2024, cả nước có 31.500 cán bộ đạt trình độ đại học (chiếm 24,7% trong tổng số cán \
         bộ quản lý HTX).",
        "In 2024, 24.7% of cooperative managers in Nam Dinh had a university degree.",
        "Pada tahun 2024, 24,7% manajer koperasi di Nam Dinh berpendidikan universitas.",
    ] {
        assert_never_read_as(text, Indicator::Cooperatives);
    }
}

#[test]
fn a_sentence_pointing_back_makes_every_item_totalled_before_a_part() {
    for text in [
        "In 2022, Nam Dinh had 485 cooperatives and 209 cooperative groups. Of those, 405 \
         cooperatives and 168 cooperative groups are operating.",
        "Năm 2022, tỉnh Nam Định có 485 HTX và 209 THT. Trong số này, 405 HTX và 168 THT \
         đang hoạt động.",
        "Pada tahun 2022, Nam Dinh memiliki 485 koperasi dan 209 kelompok koperasi. Dari jumlah \
         itu, 405 koperasi dan 168 kelompok koperasi beroperasi.",
    ] {
        let found = read(text);
        let parts: Vec<bool> = found.iter().map(|f| !f.5.is_empty()).collect();
        assert_eq!(parts, [false, false, true, true], "{text}: {found:?}");
    }
}

#[test]
fn dissolved_classified_converted_and_older_organisations_are_parts() {
    for text in [
        "Năm 2022, tỉnh Nam Định có 105 HTX; đã giải thể 3 HTX.",
        "In 2022, Nam Dinh had 105 cooperatives and dissolved 3 cooperatives.",
        "Pada tahun 2022, Nam Dinh memiliki 105 koperasi dan membubarkan 3 koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found[1].5, "part: dissolved", "{text}: {found:?}");
    }
    for text in [
        "Năm 2016, tỉnh Nam Định có 79 HTX thành lập trước năm 2013.",
        "Năm 2016, tỉnh Nam Định có 74 HTX chuyển đổi theo Luật HTX năm 2012.",
        "Năm 2022, tỉnh Nam Định có 2 HTX xếp loại khá.",
        "In 2016, Nam Dinh had 79 cooperatives established before 2013.",
        "In 2016, Nam Dinh had 74 cooperatives transformed under the 2012 law.",
        "In 2022, Nam Dinh had 2 cooperatives classified as good.",
        "Pada tahun 2016, Nam Dinh memiliki 79 koperasi didirikan sebelum tahun 2013.",
    ] {
        let found = read(text);
        assert!(found[0].5.starts_with("part: "), "{text}: {found:?}");
    }
}

#[test]
fn a_national_count_below_any_the_country_had_is_left_out() {
    for text in [
        "Pada tahun 2025, terdapat 164 koperasi di seluruh negeri.",
        "In 2025, there were 164 cooperatives nationwide.",
        "Năm 2025, cả nước có 164 HTX.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::Implausible && d.text == "164");
    }
    // A province may have that many, and the country that many of a part.
    assert_eq!(
        read("In 2025, Nam Dinh province had 164 cooperatives.").len(),
        1
    );
    assert_eq!(
        read("In 2025, 164 dissolved cooperatives nationwide.").len(),
        1
    );
    // A dissolving verb before an earlier figure says nothing of the level after it.
    let found = read(
        "In 2025, 164 dissolved cooperatives nationwide were dissolved, and the country had \
         35,041 cooperatives.",
    );
    assert_eq!(found[1].5, "", "{found:?}");
}

#[test]
fn a_day_without_its_year_counts_nothing_even_with_no_reference_date() {
    for text in [
        "The forum on cooperatives in Hanoi took place on February 2.",
        "Hội nghị với các HTX diễn ra ngày 2/2 tại Hà Nội.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::NotAFigure && d.text == "2");
    }
}

#[test]
fn a_persons_given_name_is_no_province() {
    for text in [
        "At a conference with Deputy Prime Minister Vuong Dinh Hue, the alliance said that 19,487 \
         cooperatives were operating in 2017.",
        "Tại hội nghị với Phó Thủ tướng Vương Đình Huệ, Liên minh cho biết năm 2017 có 19.487 \
         HTX đang hoạt động.",
        "Dalam konferensi dengan Wakil Perdana Menteri Vuong Dinh Hue, aliansi mengatakan ada \
         19.487 koperasi yang beroperasi pada tahun 2017.",
    ] {
        assert_eq!(areas(text), ["(area unknown)"], "{text}");
    }
    // The province itself.
    assert_eq!(areas("In 2017, Hue had 300 cooperatives."), ["Huế"]);
}

#[test]
fn the_country_in_the_past_tense_is_the_whole_country() {
    assert_eq!(
        areas("At a conference in Hanoi, the alliance said that the country had 19,487 cooperatives in 2017."),
        ["Vietnam"]
    );
    assert_eq!(
        areas("Dalam konferensi di Hanoi, Vietnam memiliki 19.487 koperasi pada tahun 2017."),
        ["Vietnam"]
    );
}

#[test]
fn a_sector_opening_the_sentence_is_the_sector_of_its_figures() {
    use vncoop_model::Sector;
    let sectors = |text: &str| -> Vec<(Indicator, Option<Sector>)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .map(|o| (o.indicator, o.scope.sector))
            .collect()
    };
    for text in [
        "Năm 2023, huyện Kim Bôi có 30 HTX. Về lĩnh vực nông nghiệp, trên địa bàn có 11 HTX với \
         114 thành viên.",
        "In 2023, Kim Boi district had 30 cooperatives. In agriculture, there are 11 cooperatives \
         with 114 members.",
        "Pada tahun 2023, distrik Kim Boi memiliki 30 koperasi. Di bidang pertanian, terdapat 11 \
         koperasi dengan 114 anggota.",
    ] {
        let agriculture = Some(Sector::Agriculture);
        assert_eq!(
            sectors(text)[1..],
            [
                (Indicator::Cooperatives, agriculture),
                (Indicator::Members, agriculture)
            ],
            "{text}"
        );
    }
    // A sector named after the next item's joint is that item's.
    let found = sectors(
        "Năm 2023, trong lĩnh vực tiểu thủ công nghiệp có 3 HTX và lĩnh vực xây dựng có 2 HTX.",
    );
    assert_eq!(
        found,
        [
            (Indicator::Cooperatives, Some(Sector::IndustryHandicraft)),
            (Indicator::Cooperatives, Some(Sector::Construction))
        ]
    );
    assert_eq!(
        sectors("In 2022, Lao Cai had 95 cooperatives in the field of industry."),
        [(Indicator::Cooperatives, Some(Sector::IndustryHandicraft))]
    );
}

#[test]
fn an_establishing_verb_governs_every_item_of_its_list() {
    for text in [
        "Năm 2023, huyện Kim Bôi thành lập mới 10 tổ hợp tác và 2 hợp tác xã.",
        "In 2023, Kim Boi district established 10 cooperative groups and 2 cooperatives.",
        "Pada tahun 2023, distrik Kim Boi mendirikan 10 kelompok koperasi dan 2 koperasi.",
    ] {
        let found = read(text);
        assert_eq!(
            (found[0].0, found[0].5.as_str()),
            (Indicator::CooperativeGroups, "newly established"),
            "{text}"
        );
        assert_eq!(found[1].0, Indicator::NewCooperatives, "{text}: {found:?}");
    }
}

#[test]
fn the_cooperative_after_a_count_of_many_with_none_introduced_is_any_cooperative() {
    let generic = "In 2022, Lao Cai province had 455 cooperatives.\nThe cooperative's average \
                   profit is 88.2 million VND per year, and its average income is 765 million \
                   VND/year.";
    let found = read(generic);
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [
            Indicator::Cooperatives,
            Indicator::AvgProfitPerCooperative,
            Indicator::AvgRevenuePerCooperative
        ],
        "{found:?}"
    );
    // One cooperative introduced, by name or as "a cooperative": "the cooperative" is that one.
    for text in [
        "In 2022, Lao Cai province had 455 cooperatives. Tan Phu Cooperative is one of them.\nThe \
         cooperative's average profit is 88.2 million VND per year.",
        "In 2022, Lao Cai province had 455 cooperatives. We visited a cooperative in Bat Xat \
         district.\nThe cooperative has 50 members.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

#[test]
fn a_percentage_before_a_change_noun_is_a_change() {
    let found = read("In 2022, Lao Cai had 7,045 members, a 15% rise over the same time.");
    assert_eq!(
        (found[1].0, found[1].1.as_str(), found[1].3),
        (Indicator::Members, "15", Kind::Change)
    );
    let found = read("In 2022, Lao Cai had 455 cooperatives, a 3% decline from 2021.");
    assert_eq!(
        (found[1].0, found[1].1.as_str(), found[1].3),
        (Indicator::Cooperatives, "-3", Kind::Change)
    );
}

#[test]
fn the_people_an_employing_verb_counts_are_employees() {
    for text in [
        "In 2022, the cooperatives of Lao Cai province employ a total of 8,806 persons regularly.",
        "Pada tahun 2022, koperasi di provinsi Lao Cai mempekerjakan 8.806 orang.",
    ] {
        let found = read(text);
        assert_eq!(
            (found[0].0, found[0].1.as_str()),
            (Indicator::Employees, "8806"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn members_counted_in_units_are_member_organisations() {
    for text in [
        "In 2022, the total number of members of the Provincial Cooperative Union is 273 units.",
        "Năm 2022, tổng số thành viên của Liên minh HTX tỉnh là 273 đơn vị.",
        "Pada tahun 2022, jumlah anggota Serikat Koperasi Provinsi adalah 273 unit.",
    ] {
        let found = read(text);
        assert_eq!(
            (found[0].0, found[0].1.as_str(), found[0].5.as_str()),
            (Indicator::Other, "273", "member organisations"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_average_charter_capital_is_said_to_be_one_cooperatives_share() {
    for text in [
        "Năm 2024, tổng vốn điều lệ của các HTX tỉnh Nam Định là 2.109 tỷ đồng, bình quân 2,5 tỷ \
         đồng/HTX.",
        "In 2024, the total charter capital of cooperatives in Nam Dinh was VND 2,109 billion, \
         an average of VND 2.5 billion per cooperative.",
        "Pada tahun 2024, total modal dasar koperasi di Nam Dinh adalah 2.109 miliar VND, \
         rata-rata 2,5 miliar VND/koperasi.",
    ] {
        let found = read(text);
        let charter: Vec<(&str, &str)> = found
            .iter()
            .filter(|f| f.0 == Indicator::CharterCapital)
            .map(|f| (f.1.as_str(), f.5.as_str()))
            .collect();
        assert_eq!(
            charter,
            [
                ("2109000000000", ""),
                ("2500000000", "average per cooperative")
            ],
            "{text}"
        );
    }
}

#[test]
fn a_count_said_of_the_one_cooperative_right_after_it_is_left_out() {
    for text in [
        "Tan Phu Cooperative in Nam Dinh province makes rice noodles. Currently, there are about \
         100 employees working at the cooperative.",
        "HTX Tân Phú ở tỉnh Nam Định làm bún gạo. Hiện có khoảng 100 lao động làm việc tại HTX \
         này.",
        "Koperasi Tan Phu di provinsi Nam Dinh membuat bihun. Saat ini ada sekitar 100 pekerja \
         yang bekerja di koperasi ini.",
    ] {
        assert_only_left_out(text, |d| {
            d.text.contains("100") && d.reason == Reason::SingleOrganisation
        });
    }
    // The province's workers, with the cooperatives they work at in general, stay a count.
    let found = read("In 2024, Nam Dinh province had 12,000 workers at its cooperatives.");
    assert_eq!(found[0].0, Indicator::Employees);
}

#[test]
fn the_income_of_one_worker_standing_for_all_is_their_average_income() {
    let found = read(
        "In 2024, Nam Dinh province had 420 cooperatives. The monthly income of a regular \
         worker is averaged at 4.24 million VND.",
    );
    assert_eq!(found[1].0, Indicator::AvgIncomePerWorker, "{found:?}");
}

#[test]
fn a_figure_before_a_unit_of_time_is_a_duration() {
    for text in [
        "Sau 10 năm thực hiện luật HTX mới, tỉnh Nam Định có 420 HTX.",
        "After 10 years of the new cooperative law, Nam Dinh province has 420 cooperatives.",
        "Setelah 10 tahun undang-undang koperasi yang baru, provinsi Nam Dinh memiliki 420 \
         koperasi.",
    ] {
        let found = read(text);
        let values: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(values, ["420"], "{text}");
    }
    // A unit joined by a hyphen is still a unit: "the 15-year implementation".
    assert_only_left_out(
        "Collective economy and agricultural cooperatives have developed, the minister said at \
         a conference in Hanoi on July 20.The event aims to review the 15-year implementation \
         of the resolution.",
        |d| d.reason == Reason::Measure,
    );
    // A figure right before a date is no duration: "đạt 120 năm 2023", "135 năm nay".
    for text in [
        "Tỉnh Nam Định có số HTX đạt 120 năm 2023.",
        "Tỉnh Nam Định có số HTX đạt 120 năm nay.",
    ] {
        let found = extract(
            &Document::new("t", text)
                .published(chrono::NaiveDate::from_ymd_opt(2024, 8, 1).unwrap()),
        );
        assert!(
            found
                .diagnostics
                .iter()
                .all(|d| d.reason != Reason::Measure),
            "{text}: {:?}",
            found.diagnostics
        );
    }
}

#[test]
fn the_same_figure_twice_in_one_sentence_is_two_figures_and_a_repeat_in_another_is_one() {
    for text in [
        "Năm 2023, tỉnh Long An có 5 liên hiệp HTX. Trong đó, 1 liên hiệp HTX hoạt động hiệu \
         quả, 1 liên hiệp HTX đang đi vào hoạt động và 3 liên hiệp HTX ngưng hoạt động. Tỉnh \
         có 5 liên hiệp HTX.",
        "In 2023, Long An province had 5 unions of cooperatives. Of those, 1 union of \
         cooperatives operates effectively, 1 union of cooperatives is starting and 3 unions of \
         cooperatives stopped. The province has 5 unions of cooperatives.",
        "Pada tahun 2023, provinsi Long An memiliki 5 serikat koperasi. Dari jumlah tersebut, 1 \
         serikat koperasi beroperasi efektif, 1 serikat koperasi mulai beroperasi dan 3 serikat \
         koperasi berhenti. Provinsi memiliki 5 serikat koperasi.",
    ] {
        let out = extract(&Document::new("t", text));
        let values: Vec<String> = out
            .observations
            .iter()
            .map(|o| o.value.to_string())
            .collect();
        assert_eq!(values, ["5", "1", "1", "3"], "{text}");
        let repeats: Vec<&str> = out
            .diagnostics
            .iter()
            .filter(|d| d.reason == Reason::Repeated)
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!(repeats, ["5"], "{text}");
    }
}

#[test]
fn percentages_that_point_back_are_shares_of_the_count_before() {
    for (text, notes) in [
        (
            "Năm 2023, tỉnh Tuyên Quang có 159 HTX nông nghiệp, nhưng chỉ có 29,6% trong số này \
             hoạt động hiệu quả, hơn 50% hoạt động trung bình và 11,3% hoạt động yếu kém.",
            [
                "hoạt động hiệu quả",
                "hoạt động trung bình",
                "hoạt động yếu kém",
            ],
        ),
        (
            "In 2023, Tuyen Quang province had 159 agricultural cooperatives, but only 29.6% of \
             them operate effectively, over 50% operate averagely and 11.3% operate poorly.",
            ["operate effectively", "operate averagely", "operate poorly"],
        ),
        (
            "Pada tahun 2023, provinsi Tuyen Quang memiliki 159 koperasi pertanian, tetapi hanya \
             29,6% di antaranya beroperasi efektif, lebih dari 50% beroperasi sedang dan 11,3% \
             beroperasi lemah.",
            [
                "beroperasi efektif",
                "beroperasi sedang",
                "beroperasi lemah",
            ],
        ),
    ] {
        let found = read(text);
        let shares: Vec<(Indicator, &str, Unit, String)> = found
            .iter()
            .skip(1)
            .map(|f| (f.0, f.1.as_str(), f.2, f.5.clone()))
            .collect();
        let expected: Vec<(Indicator, &str, Unit, String)> = ["29.6", "50", "11.3"]
            .into_iter()
            .zip(notes)
            .map(|(v, n)| {
                (
                    Indicator::Cooperatives,
                    v,
                    Unit::Percent,
                    format!("part: {n}"),
                )
            })
            .collect();
        assert_eq!(shares, expected, "{text}");
    }
}

#[test]
fn an_establishing_verb_after_a_short_form_and_a_type_still_makes_the_count_new() {
    let found = read(
        "6 tháng đầu năm 2021, toàn tỉnh Hòa Bình có 17 hợp tác xã (HTX) cung ứng dịch vụ đăng \
         ký thành lập mới, gồm: 15 HTX nông nghiệp, 2 HTX phi nông nghiệp.",
    );
    let read: Vec<(Indicator, &str)> = found.iter().map(|f| (f.0, f.1.as_str())).collect();
    assert_eq!(
        read,
        [
            (Indicator::NewCooperatives, "17"),
            (Indicator::NewCooperatives, "15"),
            (Indicator::NewCooperatives, "2")
        ]
    );
}

/// (indicator, value, period) of every observation of `text`, in text order.
fn dated(text: &str) -> Vec<(Indicator, String, String)> {
    extract(&Document::new("t", text))
        .observations
        .into_iter()
        .map(|o| {
            let period = o.period.map(|p| p.to_string()).unwrap_or_default();
            (o.indicator, o.value.normalize().to_string(), period)
        })
        .collect()
}

#[test]
fn a_breakdown_by_year_in_parentheses_gives_each_year_its_figure() {
    for text in [
        "Giai đoạn 2018-2020, tỉnh Nam Định phấn đấu thành lập mới 250 HTX (120 HTX năm 2018, 70 \
         HTX năm 2019 và 60 HTX năm 2020).",
        "In 2018-2020, Nam Dinh province aims to establish 250 new cooperatives (120 in 2018, 70 \
         in 2019 and 60 in 2020).",
        "Pada periode 2018-2020, provinsi Nam Dinh menargetkan pembentukan 250 koperasi baru (120 \
         koperasi pada tahun 2018, 70 koperasi pada tahun 2019 dan 60 koperasi pada tahun 2020).",
    ] {
        let new = |value: &str, period: &str| {
            (
                Indicator::NewCooperatives,
                value.to_string(),
                period.to_string(),
            )
        };
        assert_eq!(
            dated(text),
            [
                new("250", "2018/2020"),
                new("120", "2018"),
                new("70", "2019"),
                new("60", "2020"),
            ],
            "{text}"
        );
        // Each year's figure is that quantity at another time, not a part set apart by a note.
        assert!(read(text).iter().all(|f| f.5.is_empty()), "{text}");
    }
}

#[test]
fn counts_in_parentheses_right_after_a_total_are_its_parts() {
    for (text, notes) in [
        (
            "Đến nay, tỉnh Hòa Bình có 415 HTX (366 HTX cung ứng dịch vụ và 49 HTX tạo việc làm) \
             đang hoạt động.",
            ["part: cung ứng dịch vụ", "part: tạo việc làm"],
        ),
        (
            "Hoa Binh province has 27,425 employees (13,158 regular employees, 14,267 seasonal \
             employees).",
            ["part: regular employees", "part: seasonal employees"],
        ),
        (
            "Saat ini provinsi Hoa Binh memiliki 415 koperasi (366 koperasi penyedia jasa dan 49 \
             koperasi penciptaan lapangan kerja).",
            ["part: penyedia jasa", "part: penciptaan lapangan kerja"],
        ),
    ] {
        let found = read(text);
        let parts: Vec<&str> = found[1..].iter().map(|f| f.5.as_str()).collect();
        assert_eq!(found[0].5, "", "{text}");
        assert_eq!(parts, notes, "{text}");
    }
}

#[test]
fn a_list_of_places_with_a_figure_each_gives_each_place_its_figure() {
    for text in [
        "Năm 2024, cả nước đã thành lập mới 1.942 hợp tác xã. Những địa phương dẫn đầu về số \
         lượng HTX thành lập mới bao gồm Quảng Ninh với 152 HTX, Hà Nội 120 HTX và Yên Bái 110 \
         HTX.",
        "In 2024, 1,942 new cooperatives were established nationwide. The localities leading in \
         newly established cooperatives were Quang Ninh with 152 cooperatives, Hanoi with 120 \
         and Yen Bai with 110.",
        "Pada tahun 2024, seluruh negeri membentuk 1.942 koperasi baru. Daerah yang memimpin \
         dalam jumlah koperasi yang baru didirikan adalah Quang Ninh dengan 152 koperasi, Hanoi \
         dengan 120 koperasi dan Yen Bai dengan 110 koperasi.",
    ] {
        let found = read(text);
        assert!(
            found.iter().all(|f| f.0 == Indicator::NewCooperatives),
            "{text}: {found:?}"
        );
        let values: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(values, ["1942", "152", "120", "110"], "{text}");
        assert_eq!(
            areas(text),
            ["Vietnam", "Quảng Ninh", "Hà Nội", "Yên Bái"],
            "{text}"
        );
    }
}

#[test]
fn a_share_is_noted_with_the_words_that_set_its_organisations_apart() {
    for (text, notes) in [
        (
            "Tỉnh Hòa Bình có 415 HTX; 32% số HTX có sản phẩm được chứng nhận VietGAP. Tỷ lệ HTX \
             yếu kém đạt dưới 2%.",
            ["part: có sản phẩm được chứng nhận", "part: yếu kém"],
        ),
        (
            "Hoa Binh province has 415 cooperatives; 40% of the cooperatives operate efficiently. \
             The rate of weak cooperatives is under 2%.",
            ["part: operate efficiently", "part: weak cooperatives"],
        ),
        (
            "Provinsi Hoa Binh memiliki 415 koperasi; 32% koperasi memiliki produk bersertifikat \
             VietGAP. Persentase koperasi lemah di bawah 2%.",
            ["part: memiliki produk bersertifikat vietgap", "part: lemah"],
        ),
    ] {
        let found = read(text);
        let shares: Vec<&str> = found
            .iter()
            .filter(|f| f.2 == Unit::Percent)
            .map(|f| f.5.as_str())
            .collect();
        assert_eq!(shares, notes, "{text}");
    }
    // A term between the share and its noun names the whole: no part.
    let found = read(
        "Phu Tho has 127 OCOP products, accounting for 49.03% of the total number of OCOP \
         products in the region.",
    );
    assert!(found.iter().all(|f| f.5.is_empty()), "{found:?}");
}

#[test]
fn a_figure_whose_verb_is_in_the_future_is_a_target() {
    for text in [
        "Năm 2019, dự báo đến năm 2025 có 2.000 HTX sẽ được thành lập mới trong cả nước.",
        "In 2019, the ministry said nearly 8,000 new cooperatives will be established in 2025.",
        "Pada tahun 2019, kementerian menyatakan 2.000 koperasi baru akan dibentuk pada tahun \
         2025.",
        // Reported speech: "would".
        "In 2023, the director said the province would set up 110 new cooperatives in 2025.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3, Kind::Target, "{text}");
    }
    // A plan the figure is measured against is no future: "đạt 109,35% chỉ tiêu kế hoạch".
    let found = read("Năm 2022, cả nước thành lập mới 187 HTX, đạt 109,35% chỉ tiêu kế hoạch.");
    assert!(found.iter().all(|f| f.3 == Kind::Actual), "{found:?}");
}

#[test]
fn a_heading_that_only_says_founded_lists_no_new_organisations() {
    for text in [
        "Tỉnh Hòa Bình có 415 HTX. Các huyện thành lập được cả HTX tạo việc làm và HTX cung ứng \
         dịch vụ gồm: Tân Lạc 36 HTX; Yên Thủy 35 HTX và Mai Châu 27 HTX.",
        "Hoa Binh province has 415 cooperatives. Districts that have established both \
         job-creating and service cooperatives include: Tan Lac 36 cooperatives; Yen Thuy 35 \
         cooperatives and Mai Chau 27 cooperatives.",
        "Provinsi Hoa Binh memiliki 415 koperasi. Distrik yang telah mendirikan koperasi \
         penciptaan lapangan kerja dan koperasi jasa meliputi: Tan Lac 36 koperasi; Yen Thuy 35 \
         koperasi dan Mai Chau 27 koperasi.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 4, "{text}: {found:?}");
        assert!(
            found.iter().all(|f| f.0 == Indicator::Cooperatives),
            "{text}: {found:?}"
        );
        assert_eq!(
            areas(text)[1..],
            [
                "Tân Lạc, Hoà Bình",
                "Yên Thủy, Hoà Bình",
                "Mai Châu, Hoà Bình"
            ],
            "{text}"
        );
    }
}

#[test]
fn after_a_semicolon_a_list_of_levels_goes_on_past_a_change_of_the_level_before() {
    for text in [
        "Năm 2012, tỉnh có 2.635 HTX, tăng 933 so với năm 2002; 830 THT, tăng 312 so với năm 2002.",
        "As of 2012, the province had 2,635 cooperatives, an increase of 933 compared to 2002; \
         830 cooperative groups, an increase of 312 compared to 2002.",
        "Pada tahun 2012, provinsi memiliki 2.635 koperasi, meningkat 933 dibandingkan tahun \
         2002; 830 kelompok koperasi, meningkat 312 dibandingkan tahun 2002.",
    ] {
        let found: Vec<(Indicator, String, Kind)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.3)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "2635".into(), Kind::Actual),
                (Indicator::Cooperatives, "933".into(), Kind::Change),
                (Indicator::CooperativeGroups, "830".into(), Kind::Actual),
                (Indicator::CooperativeGroups, "312".into(), Kind::Change),
            ],
            "{text}"
        );
    }
    // A change that opens its clause is shared by the items after it.
    let found = read("Fifty co-operatives and 16 cooperative groups were established, an increase of 35% and 14% respectively.");
    assert!(found[2..].iter().all(|f| f.3 == Kind::Change), "{found:?}");
}

#[test]
fn the_members_of_cooperatives_in_english_are_people() {
    // English puts the organisation word before the people it owns: "cooperative members" are
    // people, where "HTX thành viên" and "koperasi anggota" are member organisations.
    let found = read("Nghe An has 650,000 cooperative members and 12,000 co-operative workers.");
    let people: Vec<(Indicator, String, Unit)> =
        found.into_iter().map(|f| (f.0, f.1, f.2)).collect();
    assert_eq!(
        people,
        [
            (Indicator::Members, "650000".into(), Unit::People),
            (Indicator::Employees, "12000".into(), Unit::People),
        ]
    );
    assert_never_read_as(
        "Liên minh HTX tỉnh có 120 HTX thành viên.",
        Indicator::Members,
    );
}

#[test]
fn organisations_said_to_operate_after_their_total_are_a_part() {
    for (text, note) in [
        (
            "Nghe An has 840 cooperatives. 435 cooperatives operated effectively.",
            "part: operated effectively",
        ),
        (
            "Nghe An has 840 cooperatives. 435 cooperatives are operating effectively.",
            "part: are operating effectively",
        ),
        (
            "Nghệ An có 840 HTX. 435 HTX hoạt động hiệu quả.",
            "part: hoạt động hiệu quả",
        ),
        (
            "Nghe An memiliki 840 koperasi. 435 koperasi beroperasi secara efektif.",
            "part: beroperasi secara efektif",
        ),
    ] {
        assert_eq!(notes(text), ["", note], "{text}");
    }
}

#[test]
fn a_translation_spells_the_cooperative_either_way() {
    for word in ["cooperative", "co-operative"] {
        let text = format!(
            "In all, there are 455 {word}s in the province. The {word}s now have a total of 7,045 \
             members. The {word} employs a total of 8,806 persons regularly."
        );
        let found: Vec<(Indicator, String)> = read(&text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "455".into()),
                (Indicator::Members, "7045".into()),
                (Indicator::Employees, "8806".into()),
            ],
            "{text}"
        );
    }
}

#[test]
fn co_op_is_a_cooperative() {
    let found: Vec<(Indicator, String)> = read(
        "Quang Ngai province is home to 198 co-ops and 1,120 co-op groups; each co-op earned an \
         average profit of VND 310 million.",
    )
    .into_iter()
    .map(|f| (f.0, f.1))
    .collect();
    assert_eq!(
        found,
        [
            (Indicator::Cooperatives, "198".into()),
            (Indicator::CooperativeGroups, "1120".into()),
            (Indicator::AvgProfitPerCooperative, "310000000".into()),
        ]
    );
}

#[test]
fn others_dissolved_after_new_ones_are_no_new_ones() {
    for text in [
        "Trong năm, thành lập mới 21 HTX, giải thể 9 HTX khác.",
        "Last year, 21 new co-ops were established while 9 others were dissolved.",
        "Selama tahun ini, 21 koperasi baru didirikan, sementara 9 koperasi lainnya dibubarkan.",
    ] {
        let found: Vec<(Indicator, String)> = read(text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (Indicator::NewCooperatives, "21".into()),
                (Indicator::Cooperatives, "9".into()),
            ],
            "{text}"
        );
        assert!(notes(text)[1].starts_with("part: "), "{text}");
    }
}

#[test]
fn a_bare_figure_with_a_verb_of_having_counts_the_organisations_before_it() {
    for text in [
        "Some 65 co-ops have joined value chains, and 47 have OCOP products with three stars or \
         more.",
        "Sekitar 65 koperasi telah bergabung dalam rantai nilai, dan 47 memiliki produk OCOP \
         bintang 3 atau lebih.",
    ] {
        let found: Vec<(Indicator, String, Qualifier)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.4)).collect();
        assert_eq!(
            found,
            [
                (
                    Indicator::ValueChainCooperatives,
                    "65".into(),
                    Qualifier::About
                ),
                // "or more" closes the stars' bound, not the count's.
                (Indicator::OcopCooperatives, "47".into(), Qualifier::Exact),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_bare_figure_with_a_participle_counts_the_organisations_before_it() {
    for text in [
        "The province aims to have 250 co-ops by 2025, with at least 30 applying high technology.",
        "Provinsi menargetkan 250 koperasi pada tahun 2025, dengan setidaknya 30 menerapkan \
         teknologi tinggi.",
    ] {
        let found: Vec<(Indicator, String, Kind, Qualifier)> = read(text)
            .into_iter()
            .map(|f| (f.0, f.1, f.3, f.4))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Indicator::Cooperatives,
                    "250".into(),
                    Kind::Target,
                    Qualifier::Exact
                ),
                (
                    Indicator::HighTechCooperatives,
                    "30".into(),
                    Kind::Target,
                    Qualifier::AtLeast
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_percent_that_is_a_part_over_its_total_is_a_share_not_a_plan_fulfilled() {
    for text in [
        "Toàn tỉnh có 312 HTX. Trong đó, 281 HTX hoạt động hiệu quả, đạt 90%.",
        "The province has 312 cooperatives. Of these, 281 operate effectively, reaching 90%.",
        "Provinsi memiliki 312 koperasi. Dari jumlah tersebut, 281 beroperasi secara efektif, \
         mencapai 90%.",
    ] {
        let found: Vec<(Indicator, String, Unit)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.2)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "312".into(), Unit::Count),
                (Indicator::Cooperatives, "281".into(), Unit::Count),
                (Indicator::Cooperatives, "90".into(), Unit::Percent),
            ],
            "{text}"
        );
    }
    // A rate no count before it makes is the plan's.
    let found = read("Toàn tỉnh có 312 HTX. Trong đó, 281 HTX hoạt động hiệu quả, đạt 95%.");
    assert_eq!(found[2].0, Indicator::Other, "{found:?}");
    assert!(found[2].5.starts_with("plan fulfilment"), "{found:?}");
}

#[test]
fn a_rate_after_a_list_is_of_the_level_it_can_be_the_change_of() {
    for text in [
        "The city has 742 co-operatives, 42 people's credit funds and 2 co-operative unions, up \
         5.4 per cent over the same period last year.",
        "Thành phố có 742 HTX, 42 quỹ tín dụng nhân dân và 2 liên hiệp HTX, tăng 5,4% so với \
         cùng kỳ năm trước.",
        "Kota ini memiliki 742 koperasi, 42 dana kredit rakyat, dan 2 serikat koperasi, meningkat \
         5,4% dibandingkan periode yang sama tahun lalu.",
    ] {
        let found = read(text);
        let rate = found.iter().find(|f| f.2 == Unit::Percent);
        assert_eq!(
            rate.map(|f| (f.0, f.3)),
            Some((Indicator::Cooperatives, Kind::Change)),
            "{text}: {found:?}"
        );
    }
    // A rate no level before it can have changed by stays with the last: reports round their
    // rates from other figures too.
    let found = read("The city has 2 co-operative unions, up 5.4 per cent.");
    assert_eq!(found[1].0, Indicator::UnionsOfCooperatives, "{found:?}");
}

#[test]
fn a_breakdown_in_parentheses_is_no_item_of_the_list_around_it() {
    for text in [
        "Trong 9 tháng, toàn tỉnh thành lập mới 18 HTX (13 HTX nông nghiệp, 5 HTX phi nông \
         nghiệp) và 42 tổ hợp tác.",
        "In nine months, the province established 18 new cooperatives (13 agricultural \
         cooperatives, 5 non-agricultural cooperatives) and 42 cooperative groups.",
        "Dalam sembilan bulan, provinsi mendirikan 18 koperasi baru (13 koperasi pertanian, 5 \
         koperasi non-pertanian) dan 42 kelompok koperasi.",
    ] {
        let found = read(text);
        let groups = found.last();
        // Newly established, no total of groups, and of no sector the parentheses name.
        assert_eq!(
            groups.map(|f| (f.0, f.1.as_str(), f.5.as_str())),
            Some((Indicator::CooperativeGroups, "42", "newly established")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_change_counted_in_people_is_of_the_subject_before_its_change_word() {
    for text in [
        "So với cùng kỳ năm trước, số HTX tăng 15 HTX, số thành viên tăng 1.200 người.",
        "Compared with last year, the number of cooperatives rose by 15, the number of members \
         rose by 1,200 people.",
        "Dibandingkan tahun lalu, jumlah koperasi meningkat 15, jumlah anggota meningkat 1.200 \
         orang.",
    ] {
        let found: Vec<(Indicator, String, Kind)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.3)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "15".into(), Kind::Change),
                (Indicator::Members, "1200".into(), Kind::Change),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_rate_is_a_share_of_a_whole_named_right_after_it() {
    for text in [
        "Tỉnh Đắk Lắk có 532 HTX nông nghiệp, chiếm 78% trong tổng số 682 HTX.",
        "Dak Lak had 532 agricultural cooperatives, accounting for 78% of the total 682 \
         cooperatives in the province.",
        "Dak Lak memiliki 532 koperasi pertanian, mencakup 78% dari total 682 koperasi.",
    ] {
        let found: Vec<(Indicator, String, Unit)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.2)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "532".into(), Unit::Count),
                (Indicator::Cooperatives, "78".into(), Unit::Percent),
                (Indicator::Cooperatives, "682".into(), Unit::Count),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_bare_figure_before_a_passive_verb_counts_the_organisations_before_it() {
    let found: Vec<(Indicator, String)> =
        read("In the first half, 24 new cooperatives were founded, while 6 were dissolved.")
            .into_iter()
            .map(|f| (f.0, f.1))
            .collect();
    assert_eq!(
        found,
        [
            (Indicator::NewCooperatives, "24".into()),
            (Indicator::Cooperatives, "6".into()),
        ]
    );
}

#[test]
fn rates_after_a_change_word_pair_with_the_subjects_listed_before_it() {
    for text in [
        "The number of cooperatives and members increased by 12% and 8%, respectively, compared \
         to 2022.",
        "Số HTX và số thành viên tăng lần lượt 12% và 8% so với năm 2022.",
        "Jumlah koperasi dan anggota masing-masing meningkat 12% dan 8% dibandingkan tahun 2022.",
    ] {
        let found: Vec<(Indicator, String, Kind)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.3)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "12".into(), Kind::Change),
                (Indicator::Members, "8".into(), Kind::Change),
            ],
            "{text}"
        );
    }
    for text in [
        "The average revenue, profit and income of workers rose by 10.5%, 7.2% and 6.1%, \
         respectively.",
        "Doanh thu, lợi nhuận và thu nhập bình quân của người lao động tăng lần lượt 10,5%, 7,2% \
         và 6,1%.",
    ] {
        let found: Vec<Indicator> = read(text).into_iter().map(|f| f.0).collect();
        assert_eq!(
            found,
            [
                Indicator::AvgRevenuePerCooperative,
                Indicator::AvgProfitPerCooperative,
                Indicator::AvgIncomePerWorker,
            ],
            "{text}"
        );
    }
    // Fewer subjects than rates: no pairing, and nothing read from it.
    assert!(read("The number of members increased by 12% and 8%, respectively.").is_empty());
}

#[test]
fn rates_paired_with_amounts_each_said_of_its_own_money_word() {
    for text in [
        "The average revenue of a cooperative was about 5.2 billion VND, while the average profit \
         was 418 million VND, up 6% and 4% year-on-year, respectively.",
        "Doanh thu bình quân đạt 5,2 tỷ đồng/HTX, lợi nhuận bình quân 418 triệu đồng/HTX, tăng \
         lần lượt 6% và 4% so với năm 2023.",
        "Pendapatan rata-rata koperasi mencapai 5,2 miliar VND, sedangkan keuntungan rata-rata \
         418 juta VND, masing-masing naik 6% dan 4%.",
    ] {
        let rates: Vec<(Indicator, String, Kind)> = read(text)
            .into_iter()
            .filter(|f| f.2 == Unit::Percent)
            .map(|f| (f.0, f.1, f.3))
            .collect();
        assert_eq!(
            rates,
            [
                (
                    Indicator::AvgRevenuePerCooperative,
                    "6".into(),
                    Kind::Change
                ),
                (Indicator::AvgProfitPerCooperative, "4".into(), Kind::Change),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_count_expected_by_the_end_of_a_year_is_a_target_for_it() {
    for text in [
        "The ministry expects the number of cooperatives to reach 35,000 by the end of 2025.",
        "Bộ dự kiến số HTX sẽ đạt 35.000 HTX vào cuối năm 2025.",
        "Kementerian memperkirakan jumlah koperasi akan mencapai 35.000 pada akhir tahun 2025.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, Kind, Option<String>)> = found
            .iter()
            .map(|o| {
                (
                    o.indicator,
                    o.value.to_string(),
                    o.kind,
                    o.period.as_ref().map(ToString::to_string),
                )
            })
            .collect();
        assert_eq!(
            read,
            [(
                Indicator::Cooperatives,
                "35000".into(),
                Kind::Target,
                Some("2025".into())
            )],
            "{text}"
        );
    }
}

#[test]
fn organisations_linked_with_businesses_are_in_value_chains() {
    for text in [
        "Tiền Giang có 182 HTX. Có 61 HTX liên kết tiêu thụ sản phẩm với doanh nghiệp.",
        "Tien Giang has 182 cooperatives. 61 cooperatives have production linkages with \
         enterprises.",
        "Tien Giang memiliki 182 koperasi. Sebanyak 61 koperasi bermitra dengan perusahaan dalam \
         konsumsi produk.",
    ] {
        let found: Vec<Indicator> = read(text).into_iter().map(|f| f.0).collect();
        assert_eq!(
            found,
            [Indicator::Cooperatives, Indicator::ValueChainCooperatives],
            "{text}"
        );
    }
}

#[test]
fn the_organisations_support_is_given_to_are_counted_as_supported() {
    for text in [
        "Năm 2023, tỉnh hỗ trợ 12,5 tỷ đồng cho 95 HTX đầu tư kết cấu hạ tầng.",
        "In 2023, the province granted support worth 12.5 billion VND to 95 cooperatives for \
         infrastructure.",
        "Pada tahun 2023, provinsi memberikan dukungan senilai 12,5 miliar VND kepada 95 koperasi \
         untuk infrastruktur.",
        // "for": the support verb earlier in the clause reaches the organisations.
        "In 2023, the province supported investment worth 12.5 billion VND for 95 cooperatives.",
        "Pada tahun 2023, provinsi mendukung investasi senilai 12,5 miliar VND untuk 95 koperasi.",
    ] {
        let found: Vec<(Indicator, String, String)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.5)).collect();
        assert_eq!(
            found,
            [
                (
                    Indicator::Other,
                    "12500000000".into(),
                    "support or reward amount".into()
                ),
                (
                    Indicator::Other,
                    "95".into(),
                    "cooperatives supported".into()
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn the_organisations_whose_products_support_is_for_are_counted_as_supported() {
    for text in [
        "Sở Khoa học và Công nghệ hỗ trợ đăng ký nhãn hiệu cho sản phẩm OCOP của 5 HTX.",
        "The Department of Science and Technology supported trademark registration for the OCOP \
         products of 5 cooperatives.",
        "Departemen Sains dan Teknologi mendukung pendaftaran merek untuk produk OCOP dari 5 \
         koperasi.",
    ] {
        let found: Vec<(Indicator, String, String)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.5)).collect();
        assert_eq!(
            found,
            [(
                Indicator::Other,
                "5".into(),
                "cooperatives supported".into()
            )],
            "{text}"
        );
    }
    // Without a support word, the same words count cooperatives with OCOP products.
    assert_read_as(
        "Tỉnh có 120 sản phẩm OCOP của 35 HTX.",
        Indicator::OcopCooperatives,
        "35",
    );
}

#[test]
fn a_national_target_programme_is_a_name_not_a_goal() {
    for text in [
        "Tỉnh đã bố trí vốn từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới để hỗ trợ \
         12,5 tỷ đồng cho 95 HTX.",
        "The province allocated capital from the National Target Program on new rural \
         development to support 95 cooperatives with 12.5 billion VND.",
        "Provinsi mengalokasikan modal dari Program Target Nasional Pembangunan Pedesaan Baru \
         untuk mendukung 95 koperasi sebesar 12,5 miliar VND.",
    ] {
        let kinds: Vec<Kind> = read(text).into_iter().map(|f| f.3).collect();
        assert_eq!(kinds, [Kind::Actual, Kind::Actual], "{text}");
    }
}

/// (indicator, value, sector, note) of every observation of `text`, in text order.
fn scoped(text: &str) -> Vec<(Indicator, String, Option<Sector>, String)> {
    extract(&Document::new("t", text))
        .observations
        .into_iter()
        .map(|o| {
            (
                o.indicator,
                o.value.normalize().to_string(),
                o.scope.sector,
                o.scope.note,
            )
        })
        .collect()
}

#[test]
fn a_sector_named_with_commas_or_several_words_is_one_sector() {
    let agriculture = Some(Sector::Agriculture);
    let industry = Some(Sector::IndustryHandicraft);
    assert_eq!(
        scoped("Hà Tĩnh: trong lĩnh vực nông, lâm, ngư, diêm nghiệp có 593 hợp tác xã."),
        [(
            Indicator::Cooperatives,
            "593".into(),
            agriculture,
            String::new()
        )]
    );
    assert_eq!(
        scoped("Hà Tĩnh. Lĩnh vực công nghiệp - tiểu thủ công nghiệp, điện, có 83 HTX."),
        [(
            Indicator::Cooperatives,
            "83".into(),
            industry,
            String::new()
        )]
    );
    // Names of two sectors in the opening name neither.
    assert_eq!(
        scoped("Hà Tĩnh. Về nông nghiệp và xây dựng, có 83 HTX."),
        [(Indicator::Cooperatives, "83".into(), None, String::new())]
    );
}

#[test]
fn an_opening_that_sets_a_sector_apart_names_no_sector_of_what_follows() {
    for text in [
        "Along with agricultural cooperatives, Hung Yen has 65 people's credit funds.",
        "Ngoài các HTX nông nghiệp, Hưng Yên có 65 quỹ tín dụng nhân dân.",
        "Selain koperasi pertanian, Hung Yen memiliki 65 dana kredit rakyat.",
    ] {
        assert_eq!(
            scoped(text),
            [(
                Indicator::PeoplesCreditFunds,
                "65".into(),
                None,
                String::new()
            )],
            "{text}"
        );
    }
}

#[test]
fn the_services_of_a_sector_are_that_sector() {
    for text in [
        "Hà Tĩnh có 12 HTX dịch vụ nông nghiệp và 3 HTX dịch vụ điện.",
        "Provinsi Ha Tinh saat ini memiliki 12 koperasi jasa pertanian dan 3 koperasi jasa \
         listrik.",
    ] {
        let sectors: Vec<Option<Sector>> = scoped(text).into_iter().map(|f| f.2).collect();
        assert_eq!(
            sectors,
            [Some(Sector::Agriculture), Some(Sector::ElectricityWater)],
            "{text}"
        );
    }
}

#[test]
fn a_sector_after_the_noun_of_the_item_before_is_that_items() {
    for text in [
        "Cả nước có 60 HTX nông nghiệp, 28 HTX phi nông nghiệp và 12 quỹ tín dụng nhân dân.",
        "Hà Tĩnh có 366 HTX dịch vụ và 49 HTX tạo việc làm.",
        "Provinsi ini memiliki 7 koperasi yang bergerak di bidang transportasi dan 3 dana kredit \
         rakyat.",
    ] {
        let last = scoped(text).pop().expect("a figure");
        assert_eq!(last.2, None, "{text}: {last:?}");
        assert_eq!(last.3, "", "{text}: {last:?}");
    }
}

#[test]
fn a_share_after_a_count_is_of_the_counts_sector_and_part() {
    let rated = "part: xếp loại tốt".to_string();
    assert_eq!(
        scoped(
            "Hà Tĩnh có 593 HTX nông nghiệp (chiếm 57,57%). Trong số HTX tham gia xếp loại, có 64 \
             HTX xếp loại tốt (đạt 13,2%)."
        ),
        [
            (
                Indicator::Cooperatives,
                "593".into(),
                Some(Sector::Agriculture),
                String::new()
            ),
            (
                Indicator::Cooperatives,
                "57.57".into(),
                Some(Sector::Agriculture),
                String::new()
            ),
            (Indicator::Cooperatives, "64".into(), None, rated.clone()),
            (Indicator::Cooperatives, "13.2".into(), None, rated),
        ]
    );
    let found = scoped(
        "In Ca Mau, the classification showed that 21 cooperatives were operating well (6.3%) \
         and 113 cooperatives were operating fairly (34.1%).",
    );
    assert_eq!(found[1].3, found[0].3, "{found:?}");
    assert_eq!(found[3].3, found[2].3, "{found:?}");
    let found = scoped(
        "Provinsi ini memiliki 112 koperasi: 84 koperasi pertanian (mencakup 75%), 10 koperasi \
         kerajinan (mencakup 8,9%).",
    );
    let sectors: Vec<Option<Sector>> = found.iter().skip(1).map(|f| f.2).collect();
    assert_eq!(
        sectors,
        [
            Some(Sector::Agriculture),
            Some(Sector::Agriculture),
            Some(Sector::IndustryHandicraft),
            Some(Sector::IndustryHandicraft)
        ],
        "{found:?}"
    );
}

#[test]
fn a_share_of_the_new_organisations_is_of_the_new_ones() {
    let found = read(
        "Hà Tĩnh thành lập mới 24 HTX. Các HTX thành lập mới thuộc nhiều lĩnh vực, trong đó nông \
         - lâm - ngư nghiệp chiếm khoảng 50%.",
    );
    assert_eq!(found[1].0, Indicator::NewCooperatives, "{found:?}");
    assert_eq!((found[1].1.as_str(), found[1].2), ("50", Unit::Percent));
}

#[test]
fn a_count_of_two_legal_forms_together_is_of_neither() {
    for text in [
        "Hà Tĩnh có 89 tổ hợp tác, hợp tác xã sản xuất sản phẩm OCOP.",
        "Hung Yen has 89 agricultural cooperatives and cooperative groups.",
        "Hung Yen memiliki 89 koperasi dan kelompok koperasi.",
    ] {
        let found = scoped(text);
        assert_eq!(
            found,
            [(
                Indicator::Other,
                "89".into(),
                found[0].2,
                "cooperatives and cooperative groups".into()
            )],
            "{text}"
        );
    }
    // A people's credit fund is a cooperative of credit.
    let found = scoped("Dong Nai saat ini memiliki 881 koperasi, dana kredit rakyat.");
    assert_eq!(found[0].0, Indicator::Cooperatives, "{found:?}");
}

#[test]
fn a_part_is_not_named_by_the_word_leading_to_the_next_figure() {
    assert_eq!(
        notes("Hà Tĩnh hiện có 287 sản phẩm OCOP, trong đó có 110 sản phẩm của 89 HTX."),
        ["", "part of a total", ""]
    );
}

#[test]
fn a_cooperative_named_after_its_trades_is_one_cooperative() {
    // Its revenue is its own, not the province's.
    let found = read(
        "Hà Tĩnh: doanh thu của HTX thu mua và chế biến thủy, hải sản Phú Khương đạt gần 15 tỷ \
         đồng.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn organisations_singled_out_for_praise_are_a_part() {
    for (text, note) in [
        (
            "Năm 2024, tỉnh Hà Tĩnh có 10 HTX tiêu biểu được tôn vinh.",
            "part: tiêu biểu được tôn vinh",
        ),
        (
            "In 2024, Ha Tinh province had 10 typical cooperatives.",
            "part: typical",
        ),
        (
            "Pada tahun 2024, Provinsi Ha Tinh memiliki 10 koperasi unggulan.",
            "part: unggulan",
        ),
    ] {
        assert_eq!(notes(text), [note], "{text}");
    }
}

#[test]
fn the_items_listed_after_a_part_are_parts_of_it() {
    let found = scoped(
        "Theo đó, cả nước có 100 HTX tiêu biểu đạt giải thưởng năm 2024 với cơ cấu các lĩnh vực: \
         60 HTX nông nghiệp và 12 quỹ tín dụng nhân dân.",
    );
    let notes: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(notes.len(), 3, "{found:?}");
    assert!(
        notes
            .iter()
            .all(|n| *n == notes[0] && n.starts_with("part: ")),
        "{found:?}"
    );
}

#[test]
fn words_of_trade_that_name_no_sector_leave_the_figure_without_one() {
    for text in [
        "Hung Yen: the union has organised for over 100 cooperatives to participate in trade \
         promotion.",
        "Hưng Yên: Liên minh HTX tỉnh đã tổ chức cho hơn 100 HTX tham gia xúc tiến thương mại.",
        "Hung Yen: lebih dari 100 koperasi berpartisipasi dalam promosi perdagangan.",
        "In 2020, the average revenue from goods and services of cooperatives in Hoa Binh stood \
         at 3.3 billion VND each.",
    ] {
        let sectors: Vec<Option<Sector>> = scoped(text).into_iter().map(|f| f.2).collect();
        assert_eq!(sectors, [None], "{text}");
    }
}

#[test]
fn services_to_farming_are_agriculture() {
    let found = scoped(
        "Hưng Yên có 106 HTX dịch vụ làm đất, 355 HTX dịch vụ thủy lợi, 287 HTX dịch vụ bảo vệ \
         thực vật và 131 HTX dịch vụ giống cây trồng.",
    );
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(
        found.iter().all(|f| f.2 == Some(Sector::Agriculture)),
        "{found:?}"
    );
}

#[test]
fn a_verb_before_a_figure_is_no_sector_of_what_it_counts() {
    // "xây dựng" is the sector of construction, and the verb "to build".
    let found = scoped("Hà Tĩnh đã xây dựng 5 mô hình HTX gắn với chuỗi giá trị.");
    assert_eq!(found[0].2, None, "{found:?}");
    let found = scoped("Hà Tĩnh có 31 HTX vận tải, xây dựng 8 HTX.");
    assert_eq!(found[1].2, Some(Sector::Construction), "{found:?}");
}

#[test]
fn the_number_of_the_ones_a_label_describes_is_a_part() {
    for (text, note) in [
        (
            "Đắk Lắk có 630 HTX. Số HTX đang hoạt động là 496 HTX.",
            "part: đang hoạt động",
        ),
        (
            "Dak Lak had 630 cooperatives. The number of active cooperatives is 496.",
            "part: active",
        ),
        (
            "Dak Lak memiliki 630 koperasi. Jumlah koperasi aktif adalah 496.",
            "part: aktif",
        ),
    ] {
        assert_eq!(notes(text), ["", note], "{text}");
    }
}

#[test]
fn labour_income_is_what_a_worker_earns() {
    let found = read(
        "Dak Lak had 630 cooperatives. The average revenue of the cooperative is 1.5 billion \
         dong/year, regular labor income is expected to reach 45-48 million dong/year.",
    );
    let indicators: Vec<Indicator> = found.iter().map(|f| f.0).collect();
    assert_eq!(
        indicators,
        [
            Indicator::Cooperatives,
            Indicator::AvgRevenuePerCooperative,
            Indicator::AvgIncomePerWorker
        ]
    );
}

#[test]
fn a_non_agricultural_part_is_noted_so() {
    for (text, note) in [
        (
            "By June 2022, Dak Lak had 630 cooperatives, of which, agricultural cooperatives were \
             409 cooperatives, non-agricultural cooperatives had 221 cooperatives.",
            "part: non-agricultural",
        ),
        (
            "Đắk Lắk có 630 HTX, trong đó 409 HTX nông nghiệp và 221 HTX phi nông nghiệp.",
            "part: phi nông nghiệp",
        ),
    ] {
        assert_eq!(notes(text).pop().as_deref(), Some(note), "{text}");
    }
}

#[test]
fn a_count_repeated_to_point_back_lists_its_parts() {
    for text in [
        "Thành phố Kon Tum đã thành lập mới 34 HTX.\n\nTrong 34 HTX, có 21 HTX nông nghiệp; 8 \
         HTX giao thông vận tải.",
        "Kon Tum city has established 34 new cooperatives.\n\nOf the 34 cooperatives, 21 are \
         agricultural cooperatives and 8 are transport cooperatives.",
    ] {
        let found: Vec<(Indicator, String)> = read(text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (Indicator::NewCooperatives, "34".into()),
                (Indicator::NewCooperatives, "21".into()),
                (Indicator::NewCooperatives, "8".into()),
            ],
            "{text}"
        );
        let areas = areas(text);
        assert!(areas.iter().all(|a| *a == areas[0]), "{text}: {areas:?}");
    }
}

#[test]
fn the_year_of_a_law_after_its_short_form_dates_nothing() {
    let found = dated(
        "Sau gần 10 năm thực hiện Luật hợp tác xã (HTX) năm 2012, thành phố Kon Tum đã thành lập \
         mới 34 HTX.",
    );
    assert_eq!(
        found,
        [(Indicator::NewCooperatives, "34".into(), String::new())]
    );
}

#[test]
fn members_counted_with_workers_are_noted_so() {
    for text in [
        "Kon Tum có gần 9.000 thành viên và người lao động.",
        "Kon Tum has 643 cooperatives with over 9,000 members and employees.",
        "Kon Tum memiliki 643 koperasi dengan lebih dari 9.000 anggota dan pekerja.",
    ] {
        let last = read(text).pop().expect("a figure");
        assert_eq!(
            (last.0, last.1.as_str(), last.5.as_str()),
            (Indicator::Members, "9000", "members and workers combined"),
            "{text}"
        );
    }
}

#[test]
fn members_then_a_verb_of_employing_are_two_figures() {
    for text in [
        "The cooperatives have about 310,000 members and employ 21,500 regular workers.",
        "Koperasi memiliki 15.230 anggota dan mempekerjakan 9.870 pekerja.",
        "Tổng số thành viên HTX khoảng 310.000 thành viên, lao động thường xuyên khoảng 18.500 \
         người.",
    ] {
        let found: Vec<(Indicator, String)> = read(text).into_iter().map(|f| (f.0, f.5)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Members, String::new()),
                (Indicator::Employees, String::new())
            ],
            "{text}"
        );
    }
}

#[test]
fn organisations_admitted_as_members_are_a_part() {
    for text in [
        "Liên minh HTX tỉnh Kon Tum đã kết nạp 12 hợp tác xã làm thành viên chính thức.",
        "The Kon Tum Cooperative Alliance admitted 12 cooperatives as official members.",
        "Aliansi Koperasi Kon Tum menerima 12 koperasi sebagai anggota resmi.",
    ] {
        let found = notes(text);
        assert!(
            found.len() == 1 && found[0].starts_with("part: "),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_share_after_a_comma_is_of_the_sector_before_it() {
    for text in [
        "Cả nước có 29.021 HTX, trong đó có 19.384 HTX nông nghiệp, chiếm 68,8%.",
        "The country has 29,021 cooperatives, including 19,384 agricultural cooperatives, \
         accounting for 68.8%.",
        "Negara ini memiliki 29.021 koperasi, termasuk 19.384 koperasi pertanian, mencakup 68,8%.",
    ] {
        let last = scoped(text).pop().expect("a figure");
        assert_eq!(
            (last.1.as_str(), last.2),
            ("68.8", Some(Sector::Agriculture)),
            "{text}"
        );
    }
}

#[test]
fn a_report_scraped_without_its_line_breaks_reads_as_with_them() {
    for lines in [
        [
            "Phu Tho province: developing OCOP products in cooperatives",
            "Updated 05/08/2023 [GMT+7]",
            "The whole province has 581 active cooperatives with 12,000 members.",
        ],
        [
            "Toàn tỉnh có 931 tổ hợp tác và 833 HTX",
            "Thứ Sáu, 13/07/2018 (GMT+7)",
            "Theo Liên minh HTX tỉnh, toàn tỉnh có 833 HTX với 25.000 thành viên.",
        ],
        [
            "Toàn tỉnh có 61 HTX nông nghiệp giải thể",
            "20/09/2021 11:45",
            "Theo Sở Nông nghiệp, giai đoạn 2013 - 2020 toàn tỉnh có 61 HTX giải thể.",
        ],
        [
            "Koperasi di Dong Thap tumbuh pesat",
            "05/08/2023 (GMT+7)",
            "Menurut laporan, provinsi ini memiliki 115 koperasi dengan 8.000 anggota.",
        ],
    ] {
        let lined = read(&lines.join("\n"));
        assert!(!lined.is_empty(), "{lines:?}: {lined:?}");
        assert_eq!(read(&lines.join(" ")), lined, "{lines:?}");
    }
}

/// Fails unless `text` gives one figure, read as a part.
fn assert_one_part(text: &str) {
    let found = notes(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    assert!(found[0].starts_with("part: "), "{text}: {found:?}");
}

#[test]
fn organisations_recognised_by_an_authority_are_a_part_even_with_no_total_before() {
    for text in [
        "Năm 2024, tỉnh Thái Bình có 12 HTX được công nhận là HTX điển hình tiên tiến.",
        "In 2024, Thai Binh province had 9 cooperatives recognized as national typical cooperatives.",
        "Pada tahun 2024, provinsi Thai Binh memiliki 9 koperasi yang diakui sebagai koperasi \
         unggulan nasional.",
    ] {
        assert_one_part(text);
    }
    // Recognition is what OCOP cooperatives and OCOP products are counted for.
    assert_eq!(
        read("Năm 2024, tỉnh Thái Bình có 57 HTX được công nhận đạt OCOP.")
            .iter()
            .map(|f| (f.0, f.5.as_str()))
            .collect::<Vec<_>>(),
        [(Indicator::OcopCooperatives, "")]
    );
}

#[test]
fn organisations_set_apart_by_results_leaders_or_deeds_are_a_part_even_with_no_total_before() {
    for text in [
        "Năm 2024, tỉnh Thái Bình có 15 HTX thua lỗ.",
        "Năm 2024, tỉnh Thái Bình có 200 HTX có lãi.",
        "Năm 2024, tỉnh Thái Bình có 18 HTX do nữ làm giám đốc.",
        "Năm 2024, tỉnh Thái Bình có 10 HTX chưa có trụ sở làm việc.",
        "Năm 2024, tỉnh Thái Bình có 14 HTX xuất khẩu sản phẩm.",
        "In 2024, Thai Binh had 80 cooperatives operating at a loss.",
        "In 2024, Thai Binh had 40 cooperatives led by women.",
        "In 2024, Thai Binh had 22 cooperatives applying digital technology.",
        "In 2024, Thai Binh had 25 profitable cooperatives.",
        "Pada tahun 2024, Thai Binh memiliki 45 koperasi yang merugi.",
        "Pada tahun 2024, Thai Binh memiliki 40 koperasi yang dipimpin oleh perempuan.",
        "Pada tahun 2024, Thai Binh memiliki 10 koperasi yang belum memiliki kantor.",
        "Năm 2024, tỉnh Thái Bình có 120 HTX đạt loại tốt.",
        "In 2024, Thai Binh had 120 cooperatives rated good.",
        // Past where they are.
        "In 2024, 12 cooperatives in Thai Binh joined e-commerce platforms.",
        "Pada tahun 2024, 12 koperasi di Thai Binh bergabung dengan platform e-commerce.",
    ] {
        assert_one_part(text);
    }
    // Dissolved, whatever else is said of them.
    assert_eq!(
        notes("In 2024, the province dissolved 10 weak cooperatives."),
        ["part: dissolved"]
    );
    // How well they work may be said of every one counted: without a total before, a total.
    assert_eq!(
        notes(
            "As of May 2024, the whole province has over 650 cooperatives and 146 cooperative \
             groups operating effectively."
        ),
        ["", ""]
    );
    // What the reading already counts them for stays what it is.
    assert_read_as(
        "Năm 2024, tỉnh Thái Bình có 35 HTX ứng dụng công nghệ cao.",
        Indicator::HighTechCooperatives,
        "35",
    );
}

#[test]
fn up_from_an_earlier_figure_with_its_own_date_is_that_earlier_level() {
    for text in [
        "In 2024, Thai Binh had 464 cooperatives, up from 420 in 2020.",
        "In 2024, Thai Binh had 464 cooperatives, up from 420 cooperatives in 2020.",
        "Pada tahun 2024, Thai Binh memiliki 464 koperasi, naik dari 420 koperasi pada tahun 2020.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(String, Kind, Option<vncoop_model::Period>)> = found
            .iter()
            .map(|o| (o.value.to_string(), o.kind, o.period.clone()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    "464".to_string(),
                    Kind::Actual,
                    Some(vncoop_model::Period::Year(2024))
                ),
                (
                    "420".to_string(),
                    Kind::Actual,
                    Some(vncoop_model::Period::Year(2020))
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn the_largest_cooperative_is_one_organisation_not_the_sector() {
    for (text, single) in [
        (
            "Năm 2024, tỉnh Thái Bình có 464 HTX. Trong đó, HTX lớn nhất có 1.200 thành viên.",
            "1.200",
        ),
        (
            "In 2024, Thai Binh had 464 cooperatives. The largest cooperative has 1,200 members.",
            "1,200",
        ),
        (
            "Pada tahun 2024, Thai Binh memiliki 464 koperasi. Koperasi terbesar memiliki 1.200 \
             anggota.",
            "1.200",
        ),
        (
            "Năm 2024, tỉnh Thái Bình có 464 HTX; HTX có số thành viên đông nhất là 1.200 người.",
            "1.200",
        ),
        // A cooperative named in English, with a possessive.
        (
            "In 2024, Thai Binh had 464 cooperatives. The Thanh Cong cooperative's revenue \
             reached VND 5 billion.",
            "VND 5 billion",
        ),
    ] {
        assert_only_one_read_and_one_left_of_one(text, "464", single);
    }
}

#[test]
fn a_figure_of_years_ago_is_of_that_year() {
    let published = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).expect("a date");
    for text in [
        "Năm 2024, tỉnh Thái Bình có 464 HTX, 10 năm trước tỉnh chỉ có 200 HTX.",
        "In 2024, Thai Binh had 464 cooperatives; ten years ago it had only 200 cooperatives.",
        "Pada tahun 2024, Thai Binh memiliki 464 koperasi, sedangkan 10 tahun lalu hanya 200 \
         koperasi.",
    ] {
        let found = extract(&Document::new("t", text).published(published)).observations;
        let years: Vec<(String, Option<vncoop_model::Period>)> = found
            .iter()
            .map(|o| (o.value.to_string(), o.period.clone()))
            .collect();
        assert_eq!(
            years,
            [
                ("464".to_string(), Some(vncoop_model::Period::Year(2024))),
                ("200".to_string(), Some(vncoop_model::Period::Year(2014))),
            ],
            "{text}"
        );
    }
}

#[test]
fn the_terms_of_a_proportion_are_no_counts() {
    for text in [
        "Năm 2024, hơn 2/3 số HTX của tỉnh Thái Bình hoạt động hiệu quả.",
        "In 2024, two out of three cooperatives in Thai Binh operated effectively.",
        "Pada tahun 2024, dua dari tiga koperasi di Thai Binh beroperasi secara efektif.",
    ] {
        assert_all_left_out_as(text, Reason::Ratio, 2);
    }
    // Counts written as a fraction stay counts.
    assert_read_as(
        "Năm 2024, tỉnh Thái Bình có 143 HTX, trong đó 139/143 HTX hoạt động hiệu quả.",
        Indicator::Cooperatives,
        "139",
    );
}

#[test]
fn trade_online_and_things_electronic_name_no_sector() {
    for text in [
        "Năm 2024, tỉnh Thái Bình có 464 HTX, 12 HTX tham gia sàn thương mại điện tử.",
        "In 2024, Thai Binh had 464 cooperatives; 12 cooperatives joined e-commerce platforms.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert!(
            found.iter().all(|o| o.scope.sector.is_none()),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn bare_totals_after_a_list_of_counts_take_its_items_in_order() {
    use Indicator::{CooperativeGroups, Cooperatives, NewCooperatives};
    for text in [
        "Last year the province set up 35 new co-operatives and 80 co-operative groups, taking the total to 640 and 3,250.",
        "In 2024 the province set up 35 cooperatives and 80 cooperative groups, bringing the totals to 640 and 3,250 respectively.",
        "Năm 2024, tỉnh thành lập mới 35 HTX và 80 THT, nâng tổng số lên lần lượt 640 và 3.250.",
        "Pada 2024, provinsi mendirikan 35 koperasi dan 80 kelompok koperasi, sehingga totalnya menjadi 640 dan 3.250.",
    ] {
        let found: Vec<(Indicator, String)> =
            read(text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (NewCooperatives, "35".to_string()),
                (CooperativeGroups, "80".to_string()),
                (Cooperatives, "640".to_string()),
                (CooperativeGroups, "3250".to_string()),
            ],
            "{text}"
        );
    }
    // A total word with what it totals named: not this rule's, and no pairing.
    assert_never_read_as(
        "Năm 2024, tỉnh thành lập mới 35 HTX và 80 THT, nâng tổng số thành viên lên 640 và 3.250.",
        Cooperatives,
    );
}

#[test]
fn a_change_of_what_no_indicator_measures_is_left_out() {
    for text in [
        "Năm 2024, tỉnh có 934 tổ hợp tác với 46.800 thành viên; có 106 trang trại (tăng 8 trang trại so với cùng kỳ).",
        "In 2024, the province had 934 cooperative groups with 46,800 members; there were 106 farms, up 8 farms from 2023.",
    ] {
        let found = read(text);
        assert_eq!(
            found.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(),
            ["934", "46800"],
            "{text}"
        );
    }
    // Its own noun measured: still a change.
    assert_read_as(
        "Năm 2024, tỉnh có 934 tổ hợp tác, tăng 8 tổ hợp tác so với năm 2023.",
        Indicator::CooperativeGroups,
        "8",
    );
}

#[test]
fn a_figure_of_the_present_in_a_goal_keeps_to_its_aside_and_takes_no_deadline() {
    let goal = |v: &str| (v.to_string(), Kind::Target, "2021".to_string());
    let now = |v: &str| (v.to_string(), Kind::Actual, String::new());
    for text in [
        "Tỉnh đề ra chỉ tiêu đến năm 2021 có 226 HTX (hiện nay là 214 HTX) và 54.600 thành viên.",
        "The province aims to have 226 cooperatives by 2021 (currently 214 cooperatives) and 54,600 members.",
        "Provinsi menargetkan 226 koperasi pada tahun 2021 (saat ini 214 koperasi) dan 54.600 anggota.",
    ] {
        assert_eq!(
            values_kinds_periods(text),
            [goal("226"), now("214"), goal("54600")],
            "{text}"
        );
    }
    assert_eq!(
        values_kinds_periods("Tỉnh phấn đấu đến năm 2021 có 226 HTX; hiện nay có 214 HTX."),
        [goal("226"), now("214")]
    );
}

#[test]
fn organisations_set_up_over_a_span_of_time_are_dated_by_the_span() {
    let periods = |text: &str| -> Vec<String> {
        extract(&Document::new("t", text))
            .observations
            .iter()
            .map(|o| o.period.as_ref().map(|p| p.to_string()).unwrap_or_default())
            .collect()
    };
    for text in [
        "Từ năm 2021 đến tháng 6/2023, toàn tỉnh thành lập mới 26 HTX, nâng tổng số HTX lên 112 HTX.",
        "From 2021 to June 2023, the province set up 26 new cooperatives, bringing the total number of cooperatives to 112.",
        "Dari tahun 2021 hingga Juni 2023, provinsi memiliki 26 koperasi yang baru didirikan, sehingga jumlah total koperasi menjadi 112.",
    ] {
        // The new ones over the span; the total at its end.
        assert_eq!(periods(text), ["2021/2023-06", "2023-06"], "{text}");
    }
}

#[test]
fn members_of_interest_groups_are_kept_apart() {
    for text in [
        "The province has 12 cooperative groups with 168 members; 678 interest groups with about 9,000 members; and 460 cooperatives with 4,007 members.",
        "Tỉnh có 12 THT với 168 thành viên; 678 nhóm sở thích với khoảng 9.000 thành viên; và 460 HTX với 4.007 thành viên.",
        "Provinsi ini memiliki 12 kelompok koperasi dengan 168 anggota; 678 kelompok kepentingan, dengan sekitar 9.000 anggota; dan 460 koperasi dengan 4.007 anggota.",
    ] {
        let members: Vec<(String, String)> = read(text)
            .into_iter()
            .filter(|f| f.0 == Indicator::Members)
            .map(|f| (f.1, f.5))
            .collect();
        assert_eq!(
            members,
            [
                ("168".to_string(), String::new()),
                ("9000".to_string(), "members of interest groups".to_string()),
                ("4007".to_string(), String::new()),
            ],
            "{text}"
        );
    }
}

#[test]
fn organisations_named_as_agents_are_not_what_is_counted() {
    for text in [
        "The number of passenger vehicles operated by co-operatives increased from 500 to nearly 1,000.",
        "Số xe khách do các HTX vận tải quản lý tăng từ 500 lên gần 1.000.",
        "Jumlah kendaraan yang dioperasikan oleh koperasi meningkat dari 500 menjadi hampir 1.000.",
    ] {
        assert_all_left_out_as(text, Reason::NoIndicator, 2);
    }
}

#[test]
fn retail_is_trade_and_services() {
    for text in [
        "In the retail sector, there are 300 cooperatives.",
        "Trong lĩnh vực bán lẻ có 300 HTX.",
        "Di sektor ritel, terdapat 300 koperasi.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].scope.sector, Some(Sector::TradeServices), "{text}");
    }
}

#[test]
fn organisations_to_be_set_up_are_planned() {
    for text in [
        "1,600 more cooperatives to be formed in 2023",
        "In 2023, 500 cooperatives are to be set up in the province.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].3),
            (Indicator::NewCooperatives, Kind::Target),
            "{text}"
        );
    }
    // Set up, not to be: a result.
    let found = read("In 2023, 500 cooperatives were set up in the province.");
    assert_eq!(found[0].3, Kind::Actual, "{found:?}");
}

#[test]
fn so_many_more_or_fewer_than_a_year_before_is_a_change() {
    for (text, value) in [
        (
            "In 2024, Nghe An had 230 cooperatives, 15 more than in 2023.",
            "15",
        ),
        (
            "In 2024, Nghe An had 230 cooperatives, 15 fewer than last year.",
            "-15",
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].1.as_str(), found[1].3),
            (Indicator::Cooperatives, value, Kind::Change),
            "{text}"
        );
    }
}

#[test]
fn a_level_reached_before_the_earlier_level_it_came_from() {
    let level = |v: &str, p: &str| (v.to_string(), Kind::Actual, p.to_string());
    for text in [
        "In 2024, the number of cooperatives fell to 420 from 450 in 2022.",
        "Pada tahun 2024, jumlah koperasi turun menjadi 420 dari 450 pada tahun 2022.",
    ] {
        assert_eq!(
            values_kinds_periods(text),
            [level("420", "2024"), level("450", "2022")],
            "{text}"
        );
    }
}

#[test]
fn words_of_striving_and_seeking_set_goals() {
    for text in [
        "The province is striving to have 1,200 cooperatives by 2025.",
        "The province is targeting 1,200 cooperatives by 2025.",
        "The province seeks to have 1,200 cooperatives by 2025.",
        "Provinsi berusaha memiliki 1.200 koperasi pada tahun 2025.",
        "Provinsi mengupayakan 1.200 koperasi pada tahun 2025.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3, Kind::Target, "{text}");
    }
}

#[test]
fn a_described_subject_reaching_a_level_after_a_total_is_a_part() {
    for text in [
        "Toàn tỉnh có 1.050 HTX. Số HTX hoạt động hiệu quả tăng lên 520 HTX.",
        "Toàn tỉnh có 1.050 HTX. Số HTX hoạt động hiệu quả đạt 520 HTX.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(found[1].5.starts_with("part:"), "{text}: {found:?}");
    }
}

#[test]
fn organisations_earning_over_an_amount_are_a_class_and_the_amount_its_bound() {
    for text in [
        "In 2024, there were 12 cooperatives with revenue of over 10 billion VND.",
        "Năm 2024, có 12 HTX có doanh thu trên 10 tỷ đồng.",
        "Pada tahun 2024, terdapat 12 koperasi dengan pendapatan lebih dari 10 miliar VND.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(found[0].5.starts_with("part:"), "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].5.as_str()),
            (Indicator::Other, "threshold per unit"),
            "{text}"
        );
    }
    // Their total revenue is a sum, not a bound.
    let found = read("Năm 2024, có 12 HTX có tổng doanh thu trên 10 tỷ đồng.");
    assert!(
        found.iter().all(|f| f.5 != "threshold per unit"),
        "{found:?}"
    );
}

#[test]
fn what_is_held_for_organisations_or_people_is_not_them() {
    for text in [
        "The province will organize 30 training courses for members of cooperatives.",
        "The province organized 45 training courses for cooperative members.",
        "The alliance held 200 classes on cooperatives.",
        "Tỉnh tổ chức 30 lớp tập huấn cho thành viên HTX.",
        "Provinsi menyelenggarakan 30 kursus pelatihan bagi anggota koperasi.",
    ] {
        assert_all_left_out_as(text, Reason::NoIndicator, 1);
    }
    // Nothing between the figure and its noun: still counted.
    assert_read_as(
        "The alliance trained 600 members for the cooperatives.",
        Indicator::Members,
        "600",
    );
}

#[test]
fn grades_listed_after_a_count_are_parts_of_what_it_counts() {
    for text in [
        "Of the 300 cooperatives, 45 were rated good, 120 fair and 60 weak.",
        "In 2024, 45 cooperatives were classified as good, 120 as fair and 60 as weak.",
        "Of the 300 cooperatives, 45 were rated good, 120 average and 60 weak.",
        "Pada tahun 2024, 45 koperasi dinilai baik, 120 cukup baik dan 60 lemah.",
        "Năm 2024, có 45 HTX đạt loại tốt, 120 HTX loại khá, 60 HTX loại trung bình và 15 HTX yếu kém.",
    ] {
        let graded: Vec<_> = read(text)
            .into_iter()
            .filter(|f| f.1 != "300")
            .collect();
        assert!(graded.len() >= 3, "{text}: {graded:?}");
        for f in &graded {
            assert_eq!(f.0, Indicator::Cooperatives, "{text}: {graded:?}");
            assert!(f.5.starts_with("part:"), "{text}: {graded:?}");
        }
    }
}

#[test]
fn a_count_named_by_pointing_back_takes_the_count_before() {
    for text in [
        "In 2020 the province had 820 cooperatives. By 2024 the figure had risen to 1,050.",
        "In 2020 there were 820 cooperatives. Their number rose to 1,050 in 2024.",
        "Năm 2020 toàn tỉnh có 820 HTX. Đến năm 2024, con số này đã tăng lên 1.050.",
        "Pada tahun 2020 terdapat 820 koperasi. Jumlahnya meningkat menjadi 1.050 pada tahun 2024.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1].0, "1050", "{text}");
        assert_eq!(found[1].2, "2024", "{text}");
        assert_read_as(text, Indicator::Cooperatives, "1050");
    }
    // Other organisations named in between: whose number it is is not known.
    let text = "There were 160 transport co-operatives. Agricultural co-operatives also grew. \
                Their number rose to 49.";
    let found = read(text);
    assert!(found.iter().all(|f| f.1 != "49"), "{found:?}");
}

#[test]
fn bare_items_share_the_noun_of_the_last_and_pair_with_dates() {
    for text in [
        "In 2022 and 2023, 50 and 60 new cooperatives were established, respectively.",
        "Năm 2022 và 2023 lần lượt thành lập mới 50 và 60 HTX.",
        "Pada tahun 2022 dan 2023, masing-masing didirikan 50 dan 60 koperasi baru.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(
            found,
            vec![
                ("50".into(), Kind::Actual, "2022".into()),
                ("60".into(), Kind::Actual, "2023".into())
            ],
            "{text}"
        );
        assert!(
            read(text).iter().all(|f| f.0 == Indicator::NewCooperatives),
            "{text}"
        );
    }
    // The bounds of a range share no noun as two items.
    let found = read("Each commune has between 50 and 60 members.");
    assert!(found.len() <= 1, "{found:?}");
}

#[test]
fn a_share_of_a_count_given_right_after_it_is_of_what_that_count_counts() {
    for text in [
        "About 60 percent of the 215 cooperatives are operating effectively.",
        "Khoảng 60% trong số 215 HTX hoạt động hiệu quả.",
        "Khoảng 60% trong tổng số 215 HTX hoạt động hiệu quả.",
        "Sekitar 60 persen dari 215 koperasi beroperasi secara efektif.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].1.as_str(), found[0].2),
            (Indicator::Cooperatives, "60", Unit::Percent),
            "{text}"
        );
        assert!(found[0].5.starts_with("part: "), "{text}: {found:?}");
        assert_eq!(
            (found[1].1.as_str(), found[1].2),
            ("215", Unit::Count),
            "{text}"
        );
    }
}

#[test]
fn an_average_said_of_another_organisation_after_the_first_figure_is_of_that_one() {
    for text in [
        "The average revenue of a cooperative was VND2.1 billion, while that of a cooperative group was VND300 million.",
        "Doanh thu bình quân của HTX đạt 2,1 tỷ đồng, của tổ hợp tác đạt 300 triệu đồng.",
        "Pendapatan rata-rata koperasi mencapai 2,1 miliar VND, sedangkan kelompok koperasi 300 juta VND.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::AvgRevenuePerCooperative, "{text}");
        assert_eq!(found[1].0, Indicator::Other, "{text}: {found:?}");
    }
}

#[test]
fn a_sector_opening_a_sentence_before_what_there_is_scopes_every_item() {
    for text in [
        "Trong lĩnh vực bán lẻ có 3 liên hiệp HTX và 109 HTX.",
        "Di sektor ritel terdapat 3 serikat koperasi dan 109 koperasi.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        for o in &found {
            assert_eq!(o.scope.sector, Some(Sector::TradeServices), "{text}");
        }
    }
}

#[test]
fn more_or_fewer_before_a_figure_compared_with_a_year_is_a_change() {
    let found = read("Toàn tỉnh có 230 HTX, nhiều hơn 15 HTX so với năm 2023.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        (found[1].1.as_str(), found[1].3, found[1].4),
        ("15", Kind::Change, Qualifier::Exact)
    );
    let found = read("Toàn tỉnh có 230 HTX, ít hơn 5 HTX so với năm 2023.");
    assert_eq!((found[1].1.as_str(), found[1].3), ("-5", Kind::Change));
    // With nothing compared, "nhiều hơn" is a hedge.
    let found = read("Toàn tỉnh có nhiều hơn 15 HTX.");
    assert_eq!((found[0].3, found[0].4), (Kind::Actual, Qualifier::Over));
    // Higher or lower by an amount.
    for (text, change) in [
        (
            "Thu nhập bình quân của người lao động đạt 60 triệu đồng/năm, cao hơn 8 triệu đồng so \
             với năm 2023.",
            "8000000",
        ),
        (
            "Doanh thu bình quân đạt 2,1 tỷ đồng, thấp hơn 0,2 tỷ đồng so với năm 2022.",
            "-200000000",
        ),
        (
            "Pendapatan rata-rata pekerja mencapai 66 juta VND, lebih tinggi 11 juta VND \
             dibandingkan tahun 2023.",
            "11000000",
        ),
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(
            (found[1].0.as_str(), found[1].1, found[0].2.as_str()),
            (change, Kind::Change, ""),
            "{text}"
        );
    }
}

#[test]
fn an_amount_over_a_year_is_a_change_from_that_year() {
    let found = values_kinds_periods(
        "Average annual income of co-op workers stands at 66 million VND, an increase of 11 \
         million VND over 2023.",
    );
    assert_eq!(
        found,
        [
            ("66000000".into(), Kind::Actual, String::new()),
            ("11000000".into(), Kind::Change, String::new())
        ]
    );
}

#[test]
fn a_rated_percentage_is_a_share_of_the_organisations_named_before() {
    for text in [
        "The quality of cooperative operations has been improved, with 78.1% rated as fairly good or good.",
        "Chất lượng hoạt động của HTX được nâng lên, có 78,1% xếp loại khá, tốt.",
        "Kualitas operasional koperasi meningkat, dengan 78,1% dinilai baik dan cukup baik.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].0, found[0].2, found[0].3),
            (Indicator::Cooperatives, Unit::Percent, Kind::Actual),
            "{text}"
        );
        assert!(found[0].5.starts_with("part: "), "{text}: {found:?}");
    }
}

#[test]
fn fields_given_as_examples_are_no_sector_of_the_count() {
    for text in [
        "The city has 745 cooperatives and 8 cooperative unions operating in various fields such as agriculture, fisheries and construction.",
        "Thành phố có 8 liên hiệp HTX hoạt động trong nhiều lĩnh vực như nông nghiệp, thủy sản, xây dựng.",
        "Kota ini memiliki 8 serikat koperasi yang beroperasi di berbagai bidang seperti pertanian, perikanan dan konstruksi.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert!(!found.is_empty(), "{text}");
        for o in &found {
            assert_eq!(o.scope.sector, None, "{text}: {o:?}");
        }
    }
}

#[test]
fn a_share_after_a_comma_and_a_share_verb_is_of_the_count_before() {
    for text in [
        "Có 96 HTX tham gia liên kết theo chuỗi giá trị, chiếm 36,2% tổng số HTX.",
        "There were 96 cooperatives participating in value chains, accounting for 36.2% of all cooperatives.",
        "Terdapat 96 koperasi yang berpartisipasi dalam rantai nilai, mencakup 36,2% dari total koperasi.",
    ] {
        let found = read(text);
        let share = found.iter().find(|f| f.2 == Unit::Percent);
        assert_eq!(
            share.map(|f| (f.0, f.1.as_str())),
            Some((Indicator::ValueChainCooperatives, "36.2")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn membership_and_earnings_name_members_and_income() {
    assert_read_as(
        "Phu Yen had 265 cooperatives, with a combined membership of 41,250.",
        Indicator::Members,
        "41250",
    );
    assert_read_as(
        "Phu Yen had 512 cooperative groups, with a combined membership of 41,250.",
        Indicator::Members,
        "41250",
    );
    assert_read_as(
        "Regular workers earned an average of 5.8 million VND a month.",
        Indicator::AvgIncomePerWorker,
        "5800000",
    );
}

#[test]
fn items_after_a_share_are_parts_of_the_count_before_it_each_of_its_own_class() {
    let text = "Ninety-six cooperatives have joined value chains, accounting for 36.2 per cent of \
                the total; 24 apply high technology, and 41 have OCOP products.";
    let found = read(text);
    let of = |value: &str| found.iter().find(|f| f.1 == value).map(|f| f.0);
    assert_eq!(of("24"), Some(Indicator::HighTechCooperatives), "{found:?}");
    assert_eq!(of("41"), Some(Indicator::OcopCooperatives), "{found:?}");
    let text = "In 2024 the province established 18 new cooperatives, reaching 120 per cent of \
                the plan, while seven were dissolved.";
    let found = read(text);
    assert!(
        found
            .iter()
            .any(|f| f.1 == "7" && f.0 == Indicator::Cooperatives && f.5.starts_with("part:")),
        "{found:?}"
    );
}

#[test]
fn a_grade_that_labels_a_count_makes_it_a_part() {
    for text in [
        "Toàn tỉnh có 485 HTX. Số HTX đạt loại tốt là 96 HTX; loại khá 210 HTX.",
        "Toàn tỉnh có 485 HTX. Xếp loại tốt 96 HTX, khá 210 HTX, trung bình 60 HTX.",
    ] {
        let found = read(text);
        for f in found.iter().skip(1) {
            assert_eq!(f.0, Indicator::Cooperatives, "{text}: {found:?}");
            assert!(f.5.starts_with("part:"), "{text}: {found:?}");
        }
        assert!(found.len() >= 3, "{text}: {found:?}");
    }
}

#[test]
fn a_rate_a_plan_is_exceeded_by_is_over_fulfilment() {
    for text in [
        "In 2024, 62 new cooperatives were set up, exceeding the yearly target by 24 percent.",
        "Năm 2024 thành lập mới 62 HTX, vượt 24% kế hoạch.",
        "Pada tahun 2024 didirikan 62 koperasi baru, melampaui rencana sebesar 24%.",
    ] {
        let notes = notes(text);
        assert!(
            notes.iter().any(|n| n.starts_with("plan over-fulfilment")),
            "{text}: {notes:?}"
        );
    }
    let notes = notes("Năm 2024 thành lập mới 62 HTX, vượt kế hoạch, đạt 124%.");
    assert!(
        notes.iter().any(|n| n.starts_with("plan fulfilment")),
        "{notes:?}"
    );
}

#[test]
fn a_count_followed_by_its_share_of_the_total_is_a_part() {
    for text in [
        "The province has 870 cooperatives. Some 320 cooperatives, or 36.8 percent of the total, are agricultural ones.",
        "Toàn tỉnh có 870 HTX. Có 320 HTX (chiếm 36,8% tổng số HTX) hoạt động trong lĩnh vực nông nghiệp.",
        "Provinsi ini memiliki 870 koperasi. Sebanyak 320 koperasi, atau 36,8% dari total, bergerak di bidang pertanian.",
    ] {
        let found = read(text);
        let part = found.iter().find(|f| f.1 == "320");
        assert!(
            part.is_some_and(|f| f.5.starts_with("part")),
            "{text}: {found:?}"
        );
    }
    // A province's share of the country's total leaves its count whole.
    let found = read("Toàn tỉnh có 265 HTX, chiếm 5% tổng số HTX cả nước.");
    assert_eq!(found[0].5, "", "{found:?}");
}

#[test]
fn a_count_with_its_share_in_commas_is_the_part_the_words_after_name() {
    for (text, note) in [
        (
            "Nghe An has 1,012 cooperatives. A total of 512 cooperatives, or 50.6 percent, were \
             rated good.",
            "part: were rated good",
        ),
        (
            "Toàn tỉnh có 1.012 HTX. Có 512 HTX, chiếm 50,6%, xếp loại tốt.",
            "part: xếp loại tốt",
        ),
        (
            "Provinsi ini memiliki 1.012 koperasi. Sebanyak 512 koperasi, atau 50,6%, dinilai baik.",
            "part: dinilai baik",
        ),
    ] {
        let found = read(text);
        let part = found.iter().find(|f| f.1 == "512");
        assert_eq!(part.map(|f| f.5.as_str()), Some(note), "{text}: {found:?}");
    }
}

#[test]
fn parts_and_shares_are_of_the_place_of_their_whole_in_the_paragraph() {
    for text in [
        "Nghe An has 1,012 cooperatives.\n\nHa Tinh has 874 cooperatives. Of the total, 412 \
         cooperatives, or 47.1 percent, were rated good.",
        "Nghệ An có 1.012 HTX.\n\nHà Tĩnh có 874 HTX. Số HTX xếp loại tốt là 412 HTX, chiếm 47,1%.",
    ] {
        let areas = areas(text);
        assert_eq!(areas.len(), 4, "{text}: {areas:?}");
        assert!(
            areas[1..].iter().all(|a| a == &areas[1]),
            "{text}: {areas:?}"
        );
        assert_ne!(areas[0], areas[1], "{text}");
    }
    // The whole of another paragraph leaves a sentence of no place to the document's.
    let areas = areas("Nghệ An có 1.012 HTX.\n\nHà Tĩnh có 874 HTX.\n\nCó 412 HTX xếp loại tốt.");
    assert_eq!(areas[2], areas[0], "{areas:?}");
}

#[test]
fn workers_who_are_members_are_workers() {
    for text in [
        "Tổng số lao động thường xuyên 4.120 người, trong đó lao động là thành viên 3.250 người.",
        "Cooperatives employed 4,120 regular workers, of which 3,250 workers who are members.",
        "Koperasi mempekerjakan 4.120 pekerja tetap, di antaranya 3.250 pekerja yang merupakan anggota.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(found.iter().all(|f| f.0 == Indicator::Employees), "{text}: {found:?}");
        assert!(found[1].5.starts_with("part"), "{text}: {found:?}");
    }
}

#[test]
fn a_heading_word_before_a_colon_says_nothing_of_the_amounts_after_it() {
    let found = read(
        "4. Hỗ trợ: Quỹ hỗ trợ phát triển HTX đã giải ngân cho vay 14 dự án với số tiền 18,5 tỷ đồng.",
    );
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [Indicator::LoansDisbursed],
        "{found:?}"
    );
}

#[test]
fn the_items_of_a_list_of_changes_with_nouns_of_their_own_are_changes() {
    for text in [
        "Lam Dong had 612 co-ops with 18,000 members, up 42 co-ops and 1,350 members from a year earlier.",
        "Lâm Đồng có 612 HTX với 18.000 thành viên, tăng 42 HTX và 1.350 thành viên so với năm trước.",
        "Lam Dong memiliki 612 koperasi dengan 18.000 anggota, naik 42 koperasi dan 1.350 anggota dibandingkan tahun lalu.",
    ] {
        let found = read(text);
        assert_eq!(
            found.iter().map(|f| f.3).collect::<Vec<_>>(),
            [Kind::Actual, Kind::Actual, Kind::Change, Kind::Change],
            "{text}: {found:?}"
        );
        assert_eq!(found[3].0, Indicator::Members, "{text}");
    }
    // "a year earlier" is a baseline, not a rate per year.
    let found = extract(&Document::new(
        "t",
        "Lam Dong had 18,000 members, up 1,350 members from a year earlier.",
    ))
    .observations;
    assert!(found.iter().all(|o| o.scope.per.is_empty()), "{found:?}");
}

#[test]
fn places_that_follow_the_leading_one_count_what_it_counts() {
    for text in [
        "Lam Dong province: Duc Trong District leads with 87 co-ops, followed by Lam Ha with 65 and Di Linh with 58.",
        "Tỉnh Lâm Đồng: huyện Đức Trọng dẫn đầu với 87 HTX, tiếp theo là Lâm Hà với 65 HTX và Di Linh với 58 HTX.",
        "Provinsi Lam Dong: Kabupaten Duc Trong memimpin dengan 87 koperasi, diikuti oleh Lam Ha dengan 65 dan Di Linh dengan 58.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 3, "{text}: {found:?}");
        assert!(found.iter().all(|f| f.0 == Indicator::Cooperatives), "{text}");
        let areas = areas(text);
        assert!(areas[1].starts_with("Lâm Hà"), "{text}: {areas:?}");
    }
}

#[test]
fn a_predicate_said_after_of_which_is_the_parts_not_the_whole() {
    for text in [
        "The province has 22,800 cooperatives, of which 6,800 cooperatives join value chains.",
        "Toàn tỉnh có 22.800 HTX, trong đó 6.800 HTX liên kết theo chuỗi giá trị.",
        "Provinsi ini memiliki 22.800 koperasi, di antaranya 6.800 koperasi bergabung dalam rantai nilai.",
    ] {
        let found = read(text);
        assert_eq!(found[0].0, Indicator::Cooperatives, "{text}: {found:?}");
        assert_eq!(found[1].0, Indicator::ValueChainCooperatives, "{text}: {found:?}");
    }
}

#[test]
fn a_count_followed_by_a_hedged_share_of_the_total_is_a_part_and_the_share_its() {
    let found = read(
        "Cả nước có 33.500 HTX. Khu vực HTX nông nghiệp có 22.800 HTX, chiếm khoảng 68% tổng số HTX.",
    );
    assert!(found[1].5.starts_with("part"), "{found:?}");
    assert_eq!((found[2].1.as_str(), found[2].2), ("68", Unit::Percent));
    assert!(found[2].5.starts_with("part"), "{found:?}");
}

#[test]
fn the_change_of_an_average_named_before_it_is_that_average_s() {
    for text in [
        "Thu nhập bình quân của lao động trong HTX tăng 8%.",
        "The average income of workers in cooperatives rose 8%.",
        "Pendapatan rata-rata pekerja koperasi naik 8%.",
    ] {
        let found = read(text);
        assert_eq!(
            (found[0].0, found[0].3),
            (Indicator::AvgIncomePerWorker, Kind::Change),
            "{text}: {found:?}"
        );
    }
    assert_read_as(
        "Doanh thu bình quân của HTX tăng 5%.",
        Indicator::AvgRevenuePerCooperative,
        "5",
    );
    // "tăng bình quân 7%/năm": an average rate of growth of a total, no average's change.
    assert_never_read_as(
        "Doanh thu, lợi nhuận khu vực kinh tế tập thể tăng bình quân 7,0%/năm.",
        Indicator::AvgProfitPerCooperative,
    );
}

#[test]
fn parts_larger_than_the_new_organisations_before_are_parts_of_all() {
    let text =
        "Provinsi ini memiliki 412 koperasi. Tahun ini, 14 koperasi baru didirikan. Dari jumlah \
                tersebut, 260 koperasi bergerak di bidang pertanian.";
    let found = read(text);
    let part = found.iter().find(|f| f.1 == "260");
    assert_eq!(
        part.map(|f| f.0),
        Some(Indicator::Cooperatives),
        "{found:?}"
    );
}

#[test]
fn an_average_word_after_a_total_word_makes_the_later_amount_an_average() {
    for text in [
        "Total modal dasar koperasi mencapai 1.250 miliar VND, sedangkan pendapatan rata-rata per koperasi mencapai 3,4 miliar VND.",
        "Total charter capital reached VND1.25 trillion, while the average revenue per cooperative was VND3.4 billion.",
        "Tổng vốn điều lệ đạt 1.250 tỷ đồng, trong khi doanh thu bình quân mỗi HTX đạt 3,4 tỷ đồng.",
    ] {
        assert_read_as(text, Indicator::AvgRevenuePerCooperative, "3400000000");
    }
}

#[test]
fn former_provinces_named_in_a_list_after_the_merger_are_those_provinces() {
    let text = "Tây Ninh, ngày 10/9/2025. Tỉnh Tây Ninh có 715 HTX, trong đó Long An (cũ) 425 HTX \
                và Tây Ninh (cũ) 290 HTX.";
    let found = extract(&Document::new("t", text)).observations;
    let of = |value: u32| {
        found
            .iter()
            .find(|o| o.value == value.into())
            .map(|o| o.area.clone())
    };
    assert!(
        matches!(of(425), Some(Area::Province { ref code, era: Era::Before2025, .. }) if code == "80"),
        "{:?}",
        of(425)
    );
    assert!(
        matches!(of(290), Some(Area::Province { ref code, era: Era::Before2025, .. }) if code == "72"),
        "{:?}",
        of(290)
    );
    assert!(found
        .iter()
        .filter(|o| o.value != 715.into())
        .all(|o| o.scope.note.starts_with("part")));
}

#[test]
fn a_subject_said_to_be_in_the_province_still_takes_its_change() {
    let found =
        read("The number of cooperative members in the province fell 2.1 per cent to 38,400.");
    assert_eq!(
        found
            .iter()
            .map(|f| (f.0, f.1.as_str(), f.3))
            .collect::<Vec<_>>(),
        [
            (Indicator::Members, "-2.1", Kind::Change),
            (Indicator::Members, "38400", Kind::Actual)
        ],
        "{found:?}"
    );
}

#[test]
fn star_levels_listed_as_adjectives_or_with_one_each_count_their_products() {
    for text in [
        "Quang Nam now has 1,215 OCOP products, of which 98 are rated four stars and one five stars.",
        "Quang Nam now has 1,215 OCOP products, including 1,116 three-star, 98 four-star and one five-star products.",
    ] {
        let levels = star_levels(text);
        assert!(levels.contains(&("98".to_string(), "4-star".to_string())), "{text}: {levels:?}");
        assert!(levels.contains(&("1".to_string(), "5-star".to_string())), "{text}: {levels:?}");
    }
}

#[test]
fn a_count_described_after_its_share_in_parentheses_is_a_part() {
    for text in [
        "Seluruh provinsi memiliki 1.044 koperasi. Sebanyak 421 koperasi (40,3%) diklasifikasikan baik dan cukup baik.",
        "Toàn tỉnh có 1.044 HTX. Có 421 HTX (40,3%) được xếp loại tốt và khá.",
        "The province has 1,044 cooperatives. Some 421 cooperatives (40.3%) were classified as good or fair.",
    ] {
        let found = read(text);
        let part = found.iter().find(|f| f.1 == "421");
        assert!(
            part.is_some_and(|f| f.5.starts_with("part: ")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn parts_whose_noun_is_left_out_before_other_verbs_are_parts() {
    let found = read(
        "Of Binh Phuoc's 238 cooperatives, about half operate in agriculture, while 37 provide \
         transport services.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.1 == "37" && f.5.starts_with("part:")),
        "{found:?}"
    );
    let found = read(
        "The target for 2024 is to establish 15 new cooperatives, of which at least eight will be \
         in agriculture.",
    );
    assert!(
        found
            .iter()
            .any(|f| f.1 == "8" && f.0 == Indicator::NewCooperatives && f.3 == Kind::Target),
        "{found:?}"
    );
}

#[test]
fn a_goal_set_for_a_term_of_office_is_due_at_its_end() {
    for text in [
        "The alliance in the 2020-2025 tenure will strive to develop 250 cooperatives.",
        "Nhiệm kỳ 2020-2025, Liên minh phấn đấu phát triển 250 HTX.",
        "Pada periode 2020-2025, aliansi berupaya mengembangkan 250 koperasi.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(
            found,
            vec![("250".to_string(), Kind::Target, "2025".to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_word_of_the_present_dates_a_figure_by_the_report_not_by_an_earlier_year() {
    for text in [
        "Nghệ An, ngày 14/6/2024. Năm 2023, có 45 HTX điển hình. Hiện nay tỉnh có 67 HTX tham gia OCOP.",
        "Nghe An, June 14, 2024. In 2023, 45 cooperatives were model ones. Currently the province has 67 cooperatives with OCOP products.",
        "Nghe An, 14 Juni 2024. Pada tahun 2023, 45 koperasi menjadi teladan. Saat ini provinsi memiliki 67 koperasi dengan produk OCOP.",
    ] {
        let found = values_kinds_periods(text);
        let now = found.iter().find(|f| f.0 == "67").map(|f| f.2.as_str());
        assert!(now.is_some_and(|p| p.starts_with("2024")), "{text}: {found:?}");
    }
}

#[test]
fn a_breakdown_by_place_of_new_organisations_is_new_organisations_of_each_place() {
    for text in [
        "Hà Tĩnh, ngày 02/4/2024. Trong năm 2023 thành lập mới 142 HTX, nhiều nhất là huyện Hương Sơn với 25 HTX, tiếp đến huyện Kỳ Anh 21 HTX.",
        "Ha Tinh, April 2, 2024. In 2023, 142 new cooperatives were set up, most of them in Huong Son district with 25, followed by Ky Anh district with 21.",
        "Ha Tinh, 2 April 2024. Pada tahun 2023 didirikan 142 koperasi baru, terbanyak di Kabupaten Huong Son dengan 25 koperasi, diikuti oleh Ky Anh dengan 21.",
    ] {
        let found = read(text);
        assert!(
            found.iter().all(|f| f.0 == Indicator::NewCooperatives),
            "{text}: {found:?}"
        );
        assert_eq!(
            areas(text),
            ["Hà Tĩnh", "Hương Sơn, Hà Tĩnh", "Kỳ Anh (Huyện), Hà Tĩnh"],
            "{text}"
        );
    }
}

#[test]
fn groups_that_converted_to_cooperatives_are_a_part() {
    let found = read("Toàn tỉnh có 1.560 THT. Có 35 THT đủ điều kiện đã chuyển đổi lên HTX.");
    assert!(found[1].5.starts_with("part:"), "{found:?}");
}

#[test]
fn a_district_in_parentheses_after_a_named_cooperative_is_not_the_report_s_place() {
    let text =
        "Doanh thu của HTX Phú Khương (huyện Kỳ Anh) đạt gần 15 tỷ đồng. Trong lĩnh vực nông \
                nghiệp có 593 HTX.";
    assert!(
        areas(text).iter().all(|a| !a.contains("Kỳ Anh")),
        "{:?}",
        areas(text)
    );
}

#[test]
fn a_former_province_in_parentheses_names_the_region_its_clause_opens_with() {
    let text =
        "Gia Lai, ngày 15/10/2025. Tỉnh Gia Lai hiện có 1.205 HTX, trong đó khu vực phía Tây \
                (Gia Lai cũ) có 685 HTX, khu vực phía Đông (Bình Định cũ) có 520 HTX.";
    let found = extract(&Document::new("t", text)).observations;
    let era_code = |value: u32| {
        found
            .iter()
            .find(|o| o.value == value.into())
            .and_then(|o| match &o.area {
                Area::Province { code, era, .. } => Some((code.clone(), *era)),
                _ => None,
            })
    };
    assert_eq!(era_code(685), Some(("64".to_string(), Era::Before2025)));
    assert_eq!(era_code(520), Some(("52".to_string(), Era::Before2025)));
}

#[test]
fn a_date_of_the_figure_s_own_clause_beats_the_dateline() {
    let text = "TRA VINH, February 20, 2025 - Tra Vinh province had 188 cooperatives and 3,215 \
                cooperative groups at the end of 2024, according to the department.";
    let found = values_kinds_periods(text);
    assert!(found.iter().all(|f| f.2 == "2024"), "{found:?}");
    // With no date of its own, the figure keeps the dateline's.
    let found =
        values_kinds_periods("TRA VINH, February 20, 2025 - Tra Vinh has 188 cooperatives.");
    assert_eq!(found[0].2, "2025-02-20", "{found:?}");
}

#[test]
fn so_many_dissolved_after_so_many_established_are_dissolved_cooperatives() {
    let found = read("Last year, 16 cooperatives were established and nine dissolved.");
    assert_eq!(
        found
            .iter()
            .map(|f| (f.0, f.1.as_str()))
            .collect::<Vec<_>>(),
        [
            (Indicator::NewCooperatives, "16"),
            (Indicator::Cooperatives, "9")
        ],
        "{found:?}"
    );
    assert!(found[1].5.contains("dissolved"), "{found:?}");
}

#[test]
fn an_amount_with_its_own_money_word_is_not_the_amount_before_it() {
    for text in [
        "Toàn tỉnh có 52 QTDND với 98.450 thành viên; tổng nguồn vốn hoạt động đạt 6.820 tỷ đồng; dư nợ cho vay đạt 5.430 tỷ đồng.",
        "The province has 52 people's credit funds; their operating capital reached VND 6.82 trillion; outstanding loans reached VND 5.43 trillion.",
    ] {
        let found = read(text);
        let loans = found.iter().find(|f| f.1 == "5430000000000");
        assert_eq!(loans.map(|f| f.0), Some(Indicator::LoansDisbursed), "{text}: {found:?}");
    }
}

#[test]
fn an_amount_spent_to_support_is_a_support_amount() {
    assert_each_noted(
        &[
            "Ngân sách tỉnh đã bố trí 12,5 tỷ đồng để hỗ trợ 47 HTX.",
            "The provincial budget allocated VND 12.5 billion to support 47 cooperatives.",
            "Anggaran provinsi mengalokasikan 12,5 miliar VND untuk mendukung 47 koperasi.",
        ],
        "support or reward amount",
    );
}

#[test]
fn a_share_of_the_total_named_after_it_is_a_share_of_its_subject() {
    for text in [
        "Agricultural co-operatives account for 82 per cent of the total.",
        "Koperasi pertanian mencakup 82 persen dari total.",
        "HTX nông nghiệp chiếm 82% tổng số HTX.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].indicator, Indicator::Cooperatives, "{text}");
        assert_eq!(found[0].scope.sector, Some(Sector::Agriculture), "{text}");
    }
}

#[test]
fn a_date_after_a_list_of_amounts_dates_every_amount() {
    for text in [
        "Can Tho, June 5, 2024. The co-operatives had average annual revenue of VND4.6 billion (US$181,000) and profit of VND520 million in 2023.",
        "Cần Thơ, ngày 5/6/2024. Doanh thu bình quân đạt 4,6 tỷ đồng, lợi nhuận 520 triệu đồng trong năm 2023.",
        "Can Tho, 5 Juni 2024. Pendapatan rata-rata mencapai 4,6 miliar VND dan keuntungan 520 juta VND pada tahun 2023.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(found.iter().all(|f| f.2 == "2023"), "{text}: {found:?}");
    }
    // Each amount with its own date keeps it.
    let found = values_kinds_periods(
        "Cần Thơ, ngày 5/6/2024. Doanh thu bình quân năm 2024 đạt 4,6 tỷ đồng, lợi nhuận 520 triệu đồng năm 2023.",
    );
    assert_eq!(found[0].2, "2024", "{found:?}");
}

#[test]
fn the_place_of_a_counted_noun_phrase_is_its_figures_place() {
    for text in [
        "Ha Tinh has 1,100 cooperatives.\n\nThe number of cooperatives in Thai Binh is 1,300.",
        "Hà Tĩnh có 1.100 HTX.\n\nSố HTX tại tỉnh Thái Bình là 1.300 HTX.",
        "Ha Tinh memiliki 1.100 koperasi.\n\nJumlah koperasi di Thai Binh mencapai 1.300.",
    ] {
        let areas = areas(text);
        assert_eq!(areas.len(), 2, "{text}: {areas:?}");
        assert_ne!(areas[0], areas[1], "{text}");
    }
}

#[test]
fn newly_established_groups_of_a_term_run_over_the_term() {
    let found = values_kinds_periods(
        "Pada periode 2026-2030, provinsi menargetkan pembentukan 50 koperasi baru dan 150 \
         kelompok koperasi.",
    );
    assert!(found.iter().all(|f| f.2 == "2026/2030"), "{found:?}");
}

#[test]
fn a_level_to_reach_with_a_figure_of_what_it_has_is_read() {
    for text in [
        "By 2030, Ha Tinh expects the number of cooperatives to reach 1,100 with 120,000 members.",
        "Ha Tinh menargetkan jumlah koperasi mencapai 1.100 dengan 120.000 anggota pada tahun 2030.",
    ] {
        let found: Vec<(Indicator, String)> = read(text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "1100".into()),
                (Indicator::Members, "120000".into())
            ],
            "{text}"
        );
    }
}

#[test]
fn a_former_province_marked_in_parentheses_in_english_or_indonesian() {
    for text in [
        "After the merger, Gia Lai has 934 cooperatives. Binh Dinh (old) has 421 cooperatives.",
        "Setelah penggabungan, Gia Lai memiliki 934 koperasi. Dari jumlah tersebut, wilayah Binh \
         Dinh (lama) memiliki 421 koperasi.",
    ] {
        let areas = areas(text);
        assert_eq!(areas.len(), 2, "{text}: {areas:?}");
        assert!(areas[1].contains("Bình Định"), "{text}: {areas:?}");
    }
}

#[test]
fn products_owned_by_cooperatives_and_their_share_are_of_the_products() {
    for text in [
        "Toàn tỉnh có 617 sản phẩm OCOP, trong đó các HTX là chủ thể của 117 sản phẩm, chiếm 19%.",
        "The province has 617 OCOP products. Cooperatives own 117 of the products, or 19 percent.",
        "Provinsi ini memiliki 617 produk OCOP, di antaranya koperasi memiliki 117 produk, atau 19%.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 3, "{text}: {found:?}");
        assert!(
            found.iter().all(|f| f.0 == Indicator::OcopProducts),
            "{text}: {found:?}"
        );
        assert_eq!(found[2].2, Unit::Percent, "{text}");
        assert!(found[1].5.starts_with("part"), "{text}: {found:?}");
    }
}

#[test]
fn total_funds_and_working_capital_are_capital() {
    assert_each_noted(
        &[
            "Tỉnh có 15 Quỹ tín dụng nhân dân với tổng nguồn vốn 3.200 tỷ đồng.",
            "The cooperatives' working capital reached VND 3.2 trillion.",
        ],
        "total capital or assets",
    );
}

#[test]
fn a_change_right_after_its_level_is_of_the_levels_time() {
    let found = values_kinds_periods(
        "Nghe An now has 1,012 cooperatives, up 48 from a year earlier, the provincial \
         Cooperative Alliance said on January 9, 2025.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1, Kind::Change, "{found:?}");
    assert_eq!(found[0].2, found[1].2, "{found:?}");
}

#[test]
fn a_span_of_years_alone_in_parentheses_dates_its_sentence() {
    assert_each_reads(
        &[
            "Over the past five years (2020-2024), the number of cooperatives in Dak Lak increased by 172.",
            "Trong 5 năm qua (2020-2024), số HTX tỉnh Đắk Lắk tăng 172 HTX.",
            "Selama lima tahun terakhir (2020-2024), jumlah koperasi di Dak Lak bertambah 172 koperasi.",
        ],
        &[("172", Kind::Change, "2020/2024")],
    );
}

#[test]
fn a_goal_with_no_date_is_due_when_the_goal_before_it_in_the_paragraph_is() {
    for text in [
        "By 2030, Ha Tinh expects to have 1,100 cooperatives. Average revenue is projected at 3.5 \
         billion VND per cooperative per year.",
        "Đến năm 2030, Hà Tĩnh phấn đấu có 1.100 HTX. Doanh thu bình quân dự kiến đạt 3,5 tỷ \
         đồng/HTX/năm.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(
            found.iter().all(|f| f.1 == Kind::Target && f.2 == "2030"),
            "{text}: {found:?}"
        );
    }
    // Not past the paragraph.
    let found = values_kinds_periods(
        "By 2030, Ha Tinh expects to have 1,100 cooperatives.\n\nAverage revenue is projected at \
         3.5 billion VND per cooperative per year.",
    );
    assert_eq!(found[1].2, "", "{found:?}");
}

#[test]
fn an_establishing_verb_reaches_the_items_of_its_list_and_no_level_before_it() {
    use Indicator::{Cooperatives, NewCooperatives};
    for (text, first) in [
        (
            "Ha Tinh aims at establishing 50 new cooperatives and 150 cooperative groups each year.",
            NewCooperatives,
        ),
        (
            "Ha Tinh menargetkan pembentukan 50 koperasi baru dan 150 kelompok koperasi setiap \
             tahun.",
            NewCooperatives,
        ),
        (
            "In 2025 the province aims to have 750 cooperatives and set up 50 new cooperative \
             groups.",
            Cooperatives,
        ),
        ("Năm 2025, tỉnh phấn đấu có 750 HTX và thành lập mới 50 THT.", Cooperatives),
        (
            "Pada tahun 2025 provinsi menargetkan memiliki 750 koperasi dan mendirikan 50 kelompok \
             koperasi baru.",
            Cooperatives,
        ),
        (
            "Pada tahun 2025 provinsi menargetkan memiliki 750 koperasi dan 50 kelompok koperasi \
             baru.",
            Cooperatives,
        ),
    ] {
        let found = read(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[0].0, first, "{text}: {found:?}");
        assert_eq!(
            (found[1].0, found[1].5.as_str()),
            (Indicator::CooperativeGroups, "newly established"),
            "{text}"
        );
    }
}

#[test]
fn organisations_named_after_a_comma_are_the_subject_not_the_people_before() {
    for text in [
        "The cooperatives had 142,500 members, while cooperative groups numbered 1,210.",
        "Koperasi memiliki 142.500 anggota, sedangkan kelompok koperasi berjumlah 1.210.",
    ] {
        let found: Vec<Indicator> = read(text).into_iter().map(|f| f.0).collect();
        assert_eq!(
            found,
            [Indicator::Members, Indicator::CooperativeGroups],
            "{text}"
        );
    }
}

#[test]
fn a_figure_ranked_in_the_country_is_still_the_provinces() {
    for text in [
        "In 2024, the average revenue of cooperatives in Ho Chi Minh City reached 12.6 billion \
         VND, the highest in the country.",
        "Năm 2024, doanh thu bình quân của HTX tại TP Hồ Chí Minh đạt 12,6 tỷ đồng, cao nhất cả \
         nước.",
        "Pada tahun 2024, pendapatan rata-rata koperasi di Kota Ho Chi Minh mencapai 12,6 miliar \
         VND, tertinggi di seluruh negeri.",
    ] {
        let areas = areas(text);
        assert_eq!(areas.len(), 1, "{text}: {areas:?}");
        assert!(areas[0].contains("Hồ Chí Minh"), "{text}: {areas:?}");
    }
}

#[test]
fn what_is_said_of_a_subject_before_its_figure_sets_its_class() {
    for text in [
        "The number of cooperatives applying high technology in Lam Dong rose to 112 in 2024.",
        "Jumlah koperasi yang menerapkan teknologi tinggi di Lam Dong mencapai 112 pada tahun 2024.",
    ] {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, Indicator::HighTechCooperatives, "{text}");
    }
}

#[test]
fn a_level_after_a_rise_carries_the_later_date() {
    let found = values_kinds_periods(
        "The number of cooperatives in Lam Dong rose from 46 in 2020 to 113 in 2024. Average \
         income of workers reached 65 million VND per year, compared with 48 million VND in 2020.",
    );
    let income = found.iter().find(|f| f.0 == "65000000");
    assert_eq!(income.map(|f| f.2.as_str()), Some("2024"), "{found:?}");
}

#[test]
fn levels_a_goal_rises_from_are_todays_counts_item_by_item() {
    for text in [
        "Da Nang aims to have 400 cooperatives and 120 cooperative groups by 2030, up from the \
         current 310 and 95.",
        "Da Nang aims to have 400 cooperatives and 120 cooperative groups by 2030, up from 310 \
         and 95 at present.",
        "Da Nang menargetkan memiliki 400 koperasi dan 120 kelompok koperasi pada tahun 2030, \
         naik dari 310 dan 95 saat ini.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, Kind, Option<String>)> = found
            .iter()
            .map(|o| {
                (
                    o.indicator,
                    o.value.normalize().to_string(),
                    o.kind,
                    o.period.as_ref().map(ToString::to_string),
                )
            })
            .collect();
        let year = Some("2030".to_string());
        assert_eq!(
            read,
            [
                (
                    Indicator::Cooperatives,
                    "400".into(),
                    Kind::Target,
                    year.clone()
                ),
                (
                    Indicator::CooperativeGroups,
                    "120".into(),
                    Kind::Target,
                    year
                ),
                (Indicator::Cooperatives, "310".into(), Kind::Actual, None),
                (
                    Indicator::CooperativeGroups,
                    "95".into(),
                    Kind::Actual,
                    None
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn from_a_to_b_after_a_rise_is_two_levels_not_a_range() {
    for text in [
        "In 2024, the number of cooperatives in Nam Dinh increased from 780 to 1,000.",
        "Pada tahun 2024, jumlah koperasi di Nam Dinh meningkat dari 780 ke 1.000.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(
            found,
            [
                ("780".into(), Kind::Actual, String::new()),
                ("1000".into(), Kind::Actual, "2024".into()),
            ],
            "{text}"
        );
        assert!(read(text).iter().all(|f| f.4 == Qualifier::Exact), "{text}");
    }
    // Without a verb of a rise, "from A to B" is a range: "develop from 230 to 250".
    let found = read("Hai Duong will develop from 230 to 250 cooperatives by 2025.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].4, Qualifier::Range, "{found:?}");
}

#[test]
fn a_planned_rise_plans_only_its_later_level() {
    for text in [
        "The province plans to raise the number of cooperatives from 780 to 1,000 by 2030.",
        "Tỉnh phấn đấu tăng số HTX từ 780 HTX hiện nay lên 1.000 HTX vào năm 2030.",
        "Provinsi ini berupaya meningkatkan jumlah koperasi dari 780 menjadi 1.000 koperasi pada \
         tahun 2030.",
    ] {
        let kinds: Vec<(String, Kind)> = values_kinds_periods(text)
            .into_iter()
            .map(|f| (f.0, f.1))
            .collect();
        assert_eq!(
            kinds,
            [("780".into(), Kind::Actual), ("1000".into(), Kind::Target)],
            "{text}"
        );
    }
}

#[test]
fn a_quarter_in_words_dates_its_figures() {
    assert_each_reads(
        &[
            "In the first quarter of 2025, Tuyen Quang established 12 new cooperatives.",
            "Pada triwulan pertama 2025, Tuyen Quang mendirikan 12 koperasi baru.",
            "Trong quý I năm 2025, tỉnh Tuyên Quang thành lập mới 12 HTX.",
        ],
        &[("12", Kind::Actual, "2025-Q1")],
    );
}

#[test]
fn since_an_event_new_ones_run_over_the_span_and_the_total_is_at_its_end() {
    for text in [
        "Hanoi, December 20, 2025 - Since the merger on July 1, 2025, Quang Tri province \
         (including former Quang Binh) has established 96 new cooperatives, raising the total to \
         1,106.",
        "Hà Nội, ngày 20/12/2025 - Kể từ ngày 1/7/2025, tỉnh Quảng Trị (bao gồm cả Quảng Bình \
         cũ) đã thành lập mới 96 HTX, nâng tổng số lên 1.106 HTX.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, String, String)> = found
            .iter()
            .map(|o| {
                (
                    o.indicator,
                    o.value.normalize().to_string(),
                    o.period
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    o.area.to_string(),
                )
            })
            .collect();
        assert_eq!(read.len(), 2, "{text}: {read:?}");
        assert_eq!(
            (read[0].0, read[0].1.as_str(), read[0].2.as_str()),
            (Indicator::NewCooperatives, "96", "2025-07-01/2025"),
            "{text}"
        );
        assert_eq!(
            (read[1].0, read[1].1.as_str(), read[1].2.as_str()),
            (Indicator::Cooperatives, "1106", "2025"),
            "{text}"
        );
        // What the parentheses include is a part of the province, not the subject.
        assert!(
            read.iter().all(|r| r.3.contains("Quảng Trị")),
            "{text}: {read:?}"
        );
    }
}

#[test]
fn a_phrasal_verb_with_up_is_no_rise() {
    for text in [
        "Quang Tri sets up 96 cooperatives",
        "The province built up 40 cooperatives in 2024.",
        "Farmers took up 40 cooperative models in 2024.",
    ] {
        let kinds: Vec<Kind> = read(text).into_iter().map(|f| f.3).collect();
        assert!(!kinds.is_empty(), "{text}");
        assert!(
            kinds.iter().all(|k| *k != Kind::Change),
            "{text}: {kinds:?}"
        );
    }
}

#[test]
fn a_share_after_a_count_with_a_bound_in_its_words_is_the_counts() {
    for text in [
        "Có 215 HTX cung ứng từ 3 dịch vụ trở lên cho thành viên, chiếm 42%.",
        "There are 215 cooperatives providing three or more services to members, accounting for \
         42%.",
        "Terdapat 215 koperasi yang menyediakan 3 layanan atau lebih kepada anggota, atau 42%.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(Indicator, String, Unit)> = found
            .iter()
            .map(|o| (o.indicator, o.value.normalize().to_string(), o.unit))
            .collect();
        assert_eq!(
            read,
            [
                (Indicator::Cooperatives, "215".into(), Unit::Count),
                (Indicator::Cooperatives, "42".into(), Unit::Percent),
            ],
            "{text}"
        );
        // Services they provide are not the sector they are of.
        assert!(
            found.iter().all(|o| o.scope.sector.is_none()),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_heading_with_a_date_and_a_colon_dates_its_list() {
    let text = "Key figures for Ha Tinh in 2024:\n• Cooperatives: 1,245 (up 85 from 2023)\n• \
                Members: 98,000";
    let found = values_kinds_periods(text);
    assert_eq!(
        found,
        [
            ("1245".into(), Kind::Actual, "2024".into()),
            ("85".into(), Kind::Change, "2024".into()),
            ("98000".into(), Kind::Actual, "2024".into()),
        ]
    );
}

#[test]
fn a_classifier_right_after_a_figure_counts_the_noun_before_it() {
    for (text, indicator) in [
        (
            "Data tahun 2024: jumlah koperasi 1.245 unit, naik 85 unit dibandingkan tahun 2023.",
            Indicator::Cooperatives,
        ),
        (
            "Năm 2024, số THT: 3.410 tổ, với 28.500 thành viên.",
            Indicator::CooperativeGroups,
        ),
    ] {
        let found = read(text);
        assert_eq!(
            found.first().map(|f| f.0),
            Some(indicator),
            "{text}: {found:?}"
        );
    }
    // A classifier after a clause that only names the subject is no count of it.
    let found = read("Terkait koperasi, saat ini di seluruh provinsi terdapat 1.192 unit.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn figures_paired_with_places_by_respectively_are_each_places() {
    for text in [
        "Hanoi leads with 2,374 cooperatives. Ha Tinh and Quang Binh had 874 and 612 \
         cooperatives, respectively, at the end of 2024.",
        "Hà Nội dẫn đầu với 2.374 HTX. Đến cuối năm 2024, Hà Tĩnh và Quảng Bình lần lượt có 874 \
         HTX và 612 HTX.",
        "Hanoi memimpin dengan 2.374 koperasi. Pada akhir tahun 2024, Ha Tinh dan Quang Binh \
         masing-masing memiliki 874 dan 612 koperasi.",
    ] {
        let found = extract(&Document::new("t", text)).observations;
        let read: Vec<(String, String, String)> = found
            .iter()
            .skip(1)
            .map(|o| {
                (
                    o.value.normalize().to_string(),
                    o.area.to_string(),
                    o.period
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(read.len(), 2, "{text}: {read:?}");
        assert!(
            read[0].1.contains("Hà Tĩnh") && read[0].0 == "874",
            "{text}: {read:?}"
        );
        assert!(
            read[1].1.contains("Quảng Bình") && read[1].0 == "612",
            "{text}: {read:?}"
        );
        assert!(read.iter().all(|r| r.2 == "2024"), "{text}: {read:?}");
    }
}

#[test]
fn a_figure_of_several_places_together_is_no_ones() {
    for text in [
        "Ha Tinh has 874 cooperatives. Ha Tinh and Quang Binh together had 1,486 cooperatives.",
        "Hà Tĩnh có 874 HTX. Hà Tĩnh và Quảng Bình có tổng cộng 1.486 HTX.",
    ] {
        let found = extract(&Document::new("t", text));
        let values: Vec<String> = found
            .observations
            .iter()
            .map(|o| o.value.normalize().to_string())
            .collect();
        assert_eq!(values, ["874"], "{text}");
        assert!(
            found.diagnostics.iter().any(|d| d.reason == Reason::Region),
            "{text}: {:?}",
            found.diagnostics
        );
    }
}

#[test]
fn a_level_compared_with_in_a_goal_is_what_was_and_keeps_its_date() {
    assert_each_reads(
        &[
            "By 2030, the province targets average income of 80 million VND per worker per year, \
             compared with 62 million VND in 2024.",
            "Đến năm 2030, tỉnh phấn đấu thu nhập bình quân của người lao động đạt 80 triệu \
             đồng/người/năm, so với 62 triệu đồng năm 2024.",
            "Pada tahun 2030, provinsi menargetkan pendapatan rata-rata pekerja 80 juta VND per \
             orang per tahun, dibandingkan dengan 62 juta VND pada tahun 2024.",
        ],
        &[
            ("80000000", Kind::Target, "2030"),
            ("62000000", Kind::Actual, "2024"),
        ],
    );
    // "from 52% now" after a goal is today's share.
    let found = values_kinds_periods(
        "The province aims to raise the share of cooperatives operating effectively to 70% by \
         2030, from 52% now.",
    );
    assert_eq!(
        found[1],
        ("52".into(), Kind::Actual, String::new()),
        "{found:?}"
    );
}

#[test]
fn a_change_then_the_level_it_led_to_are_two_figures_with_one_date() {
    assert_each_reads(
        &[
            "Nghe An's cooperative membership fell by 1,200 to 45,300 people in 2024.",
            "Số thành viên HTX tỉnh Nghệ An giảm 1.200 người xuống còn 45.300 người trong năm \
             2024.",
            "Jumlah anggota koperasi di Provinsi Nghe An turun 1.200 orang menjadi 45.300 orang \
             pada tahun 2024.",
        ],
        &[
            ("-1200", Kind::Change, "2024"),
            ("45300", Kind::Actual, "2024"),
        ],
    );
    assert_each_reads(
        &[
            "The number of cooperatives in Nghe An rose by 85 to 1,046 at the end of 2024.",
            "Số HTX của tỉnh Nghệ An tăng 85 HTX lên 1.046 HTX vào cuối năm 2024.",
            "Jumlah koperasi di Provinsi Nghe An naik 85 unit menjadi 1.046 unit pada akhir \
             tahun 2024.",
        ],
        &[("85", Kind::Change, "2024"), ("1046", Kind::Actual, "2024")],
    );
    // A range of percents after "by" stays a range of a change.
    let found = read("Revenue of Nghe An's cooperatives increased by 10 to 15 percent in 2024.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, Kind::Change);
    // A date between the two names the first one's time, not a level it led to: "bằng 44,8%
    // ... năm 2017 đã tăng lên 52,8 triệu đồng".
    let found = values_kinds_periods(
        "Tỉnh Nghệ An: thu nhập của lao động HTX bằng 44,8% mức thu nhập khu vực doanh nghiệp \
         năm 2017, đã tăng lên 52,8 triệu đồng/người/năm năm 2019.",
    );
    assert_eq!(
        found[0],
        ("44.8".into(), Kind::Actual, "2017".into()),
        "{found:?}"
    );
}

#[test]
fn a_classifier_counts_the_noun_after_the_number_of() {
    assert_each_reads(
        &[
            "Jumlah koperasi di Provinsi Nghe An mencapai 1.046 unit pada akhir tahun 2024.",
            "The number of cooperatives in Nghe An reached 1,046 units at the end of 2024.",
        ],
        &[("1046", Kind::Actual, "2024")],
    );
}

#[test]
fn a_span_of_years_dates_its_paragraph_not_a_level_of_the_next() {
    assert_each_reads(
        &[
            "During the 2021-2025 period, Nghe An established 320 new cooperatives and 74 \
             cooperatives were dissolved.\nTotal charter capital of cooperatives in Nghe An \
             stood at VND1.25 trillion.",
            "Giai đoạn 2021-2025, tỉnh Nghệ An thành lập mới 320 HTX, giải thể 74 HTX.\nTổng \
             vốn điều lệ của các HTX tỉnh Nghệ An đạt 1.250 tỷ đồng.",
        ],
        &[
            ("320", Kind::Actual, "2021/2025"),
            ("74", Kind::Actual, "2021/2025"),
            ("1250000000000", Kind::Actual, ""),
        ],
    );
}

#[test]
fn a_place_in_a_national_ranking_keeps_the_province() {
    for text in [
        "Nghe An ranks 5th nationwide in the number of OCOP products, with 612 products.",
        "Nghe An ranked fifth in the country with 612 OCOP products.",
        "Tỉnh Nghệ An đứng thứ 5 cả nước về số sản phẩm OCOP với 612 sản phẩm.",
        "Provinsi Nghe An menempati peringkat ke-5 secara nasional dengan 612 produk OCOP.",
    ] {
        assert_eq!(areas(text), ["Nghệ An"], "{text}");
    }
    // The country's own figure stays the country's.
    assert_eq!(
        areas("Nationwide, there are 19,000 cooperatives, and Nghe An has 612 OCOP products."),
        ["Vietnam", "Nghệ An"]
    );
}

#[test]
fn a_level_listed_after_a_change_and_its_baseline_is_a_level() {
    for text in [
        "Nghe An has 1,046 cooperatives, 85 more than at the end of 2023, and 2,310 cooperative \
         groups.",
        "Nghe An has 1,046 cooperatives, an increase of 85 compared with 2023, and 2,310 \
         cooperative groups.",
        "Tỉnh Nghệ An có 1.046 HTX, tăng 85 HTX so với năm 2023, và 2.310 THT.",
    ] {
        let found: Vec<(Indicator, String, Kind)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.3)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "1046".into(), Kind::Actual),
                (Indicator::Cooperatives, "85".into(), Kind::Change),
                (Indicator::CooperativeGroups, "2310".into(), Kind::Actual),
            ],
            "{text}"
        );
    }
    // Changes listed each with its baseline stay changes.
    let found = values_kinds_periods(
        "Nghe An had 1,046 cooperatives, an increase of 85 cooperatives over 2015 and 40 over \
         2020.",
    );
    assert_eq!(found[2].1, Kind::Change, "{found:?}");
}

#[test]
fn during_a_period_is_a_span_of_years_not_a_term_of_office() {
    assert_each_reads(
        &["Selama periode 2021-2025, Provinsi Nghe An mendirikan 320 koperasi baru."],
        &[("320", Kind::Actual, "2021/2025")],
    );
    // A term of office stays one: its years date no figure.
    assert_each_reads(
        &[
            "Kongres Aliansi Koperasi Provinsi Nghe An periode 2021-2026 dihadiri 320 anggota \
           koperasi.",
        ],
        &[("320", Kind::Actual, "")],
    );
}

#[test]
fn a_date_after_what_a_count_has_dates_the_count() {
    for text in [
        "Nghe An supported 42 cooperatives with a total of VND 15 billion in 2024.",
        "Tỉnh Nghệ An có 42 HTX với 1.200 thành viên vào cuối năm 2024.",
        "Provinsi Nghe An memiliki 42 koperasi dengan 1.200 anggota pada akhir tahun 2024.",
    ] {
        let found = values_kinds_periods(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        for (_, kind, period) in &found {
            assert_eq!(
                (*kind, period.as_str()),
                (Kind::Actual, "2024"),
                "{text}: {found:?}"
            );
        }
    }
}

#[test]
fn the_others_dissolved_are_not_new_ones() {
    assert_each_counts(
        &[
            "In 2024, Bac Giang set up 52 new cooperatives and dissolved 74 weak ones.",
            "Năm 2024, tỉnh Bắc Giang thành lập mới 52 HTX, giải thể 74 HTX yếu kém.",
            "Pada tahun 2024, Provinsi Bac Giang mendirikan 52 koperasi baru dan membubarkan 74 \
             koperasi yang lemah.",
        ],
        &[
            (Indicator::NewCooperatives, "52"),
            (Indicator::Cooperatives, "74"),
        ],
    );
}

#[test]
fn years_counted_back_from_no_date_leave_the_figure_undated() {
    // No dateline to count back from: the year of the paragraph before is not the figure's.
    assert_each_reads(
        &[
            "In 2024, Bac Giang had 1,000 cooperatives.\nFive years ago, it had only 350 \
             cooperatives.",
            "Năm 2024, tỉnh Bắc Giang có 1.000 HTX.\nCách đây 5 năm, tỉnh chỉ có 350 HTX.",
            "Pada tahun 2024, Provinsi Bac Giang memiliki 1.000 koperasi.\n5 tahun yang lalu, \
             provinsi ini hanya memiliki 350 koperasi.",
        ],
        &[("1000", Kind::Actual, "2024"), ("350", Kind::Actual, "")],
    );
}

#[test]
fn a_level_reached_from_another_in_units_counts_the_noun() {
    for text in [
        "The number of cooperatives in Bac Giang rose from 780 units to 1,000 units.",
        "Số HTX của tỉnh Bắc Giang tăng từ 780 đơn vị lên 1.000 đơn vị.",
        "Jumlah koperasi di Provinsi Bac Giang meningkat dari 780 unit menjadi 1.000 unit.",
    ] {
        let found: Vec<(Indicator, String, Kind, String)> = read(text)
            .into_iter()
            .map(|f| (f.0, f.1, f.3, f.5))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Indicator::Cooperatives,
                    "780".into(),
                    Kind::Actual,
                    "earlier level".into()
                ),
                (
                    Indicator::Cooperatives,
                    "1000".into(),
                    Kind::Actual,
                    "".into()
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn money_in_short_forms_is_read() {
    let found = read("Thu nhập bình quân của người lao động trong HTX đạt 5,2 trđ/người/tháng.");
    assert_eq!(
        (found[0].0, found[0].1.as_str(), found[0].2),
        (Indicator::AvgIncomePerWorker, "5200000", Unit::Vnd),
        "{found:?}"
    );
    // "modal usaha", the capital a cooperative works with.
    let found = read("Total modal usaha koperasi di Provinsi Ha Tinh mencapai 1,5 triliun VND.");
    assert_eq!(
        (found[0].0, found[0].1.as_str(), found[0].2),
        (Indicator::Other, "1500000000000", Unit::Vnd),
        "{found:?}"
    );
}

#[test]
fn shares_listed_after_a_share_or_a_whole_are_shares_of_it() {
    for text in [
        "About 62 percent of cooperatives were rated good or fair, while only 8 percent were \
         weak.",
        "Of the 682 cooperatives, 62 percent are good and 8 percent are weak.",
        "Số HTX xếp loại tốt, khá chiếm 62%; loại yếu còn 8%.",
        "Trong tổng số 682 HTX, 62% đạt loại khá, tốt và 8% yếu kém.",
        "Sekitar 62 persen koperasi dinilai baik atau cukup, sedangkan hanya 8 persen yang \
         lemah.",
        "Di antara 682 koperasi, 62 persen dinilai baik dan 8 persen lemah.",
    ] {
        let shares: Vec<(Indicator, String)> = read(text)
            .into_iter()
            .filter(|f| f.2 == Unit::Percent)
            .map(|f| (f.0, f.1))
            .collect();
        assert_eq!(
            shares,
            [
                (Indicator::Cooperatives, "62".into()),
                (Indicator::Cooperatives, "8".into()),
            ],
            "{text}"
        );
    }
    // "of whom" points back to the people counted.
    let found = read("The cooperatives have 35,000 members, 42 percent of whom are women.");
    assert_eq!(
        (found[1].0, found[1].1.as_str(), found[1].2),
        (Indicator::Members, "42", Unit::Percent),
        "{found:?}"
    );
    // A change after a share is no share.
    let found = read("Tỷ lệ HTX hoạt động hiệu quả đạt 62%, tăng 8% so với năm 2023.");
    assert_eq!(found[1].3, Kind::Change, "{found:?}");
}

#[test]
fn a_noun_shared_with_the_next_item_brings_its_sector() {
    for text in [
        "Yen Son and Son Duong districts had 25 and 30 agricultural cooperatives, respectively.",
        "Huyện Yên Sơn và huyện Sơn Dương lần lượt có 25 và 30 HTX nông nghiệp.",
        "Kabupaten Yen Son dan Son Duong masing-masing memiliki 25 dan 30 koperasi pertanian.",
    ] {
        let sectors: Vec<Option<Sector>> = extract(&Document::new("t", text))
            .observations
            .iter()
            .map(|o| o.scope.sector)
            .collect();
        assert_eq!(sectors, [Some(Sector::Agriculture); 2], "{text}");
    }
}

#[test]
fn a_part_in_a_former_province_is_that_province_s() {
    for text in [
        "Provinsi Tuyen Quang memiliki 1.215 koperasi, termasuk 530 koperasi di bekas Provinsi \
         Ha Giang.",
        "Provinsi Tuyen Quang memiliki 1.215 koperasi, 530 di antaranya berada di bekas \
         Provinsi Ha Giang.",
        "Tỉnh Tuyên Quang có 1.215 HTX, trong đó 530 HTX tại tỉnh Hà Giang (cũ).",
        "Tuyen Quang province has 1,215 cooperatives, including 530 in the former Ha Giang \
         province.",
    ] {
        assert_eq!(areas(text), ["Tuyên Quang", "Hà Giang"], "{text}");
    }
}

#[test]
fn a_total_after_the_parts_it_was_brought_to_is_no_part() {
    for text in [
        "In 2024, 14 cooperatives were dissolved, bringing the total to 412.",
        "In 2024, 14 cooperatives were dissolved and 22 were merged, bringing the total to 412.",
        "Năm 2024, 14 HTX bị giải thể, nâng tổng số lên 412.",
        "Pada tahun 2024, 14 koperasi dibubarkan, sehingga totalnya menjadi 412.",
    ] {
        let found = read(text);
        let total = found.last().expect("the total");
        assert_eq!(
            (total.0, total.1.as_str(), total.5.as_str()),
            (Indicator::Cooperatives, "412", ""),
            "{text}"
        );
    }
}

#[test]
fn both_levels_of_a_step_in_a_proportion_are_of_the_proportion() {
    for (text, subject) in [
        (
            "Tỷ lệ lao động có trình độ sơ cấp, trung cấp trong HTX tăng từ 24,9% năm 2016 lên \
             34% năm 2022.",
            "lao động có trình độ sơ cấp, trung cấp trong HTX",
        ),
        (
            "The proportion of cooperative workers with intermediate training rose from 24.9% in \
             2016 to 34% in 2022.",
            "cooperative workers with intermediate training",
        ),
        (
            "Tingkat pekerja tingkat primer dan menengah di koperasi meningkat dari 24,9% pada \
             tahun 2016 menjadi 34% pada tahun 2022.",
            "pekerja tingkat primer dan menengah di koperasi",
        ),
    ] {
        let note = format!("proportion: {subject}");
        let found: Vec<(Indicator, String, String)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.5)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Other, "24.9".into(), note.clone()),
                (Indicator::Other, "34".into(), note),
            ],
            "{text}"
        );
    }
}

#[test]
fn the_later_level_of_a_step_measures_what_the_earlier_one_does() {
    // The earlier level is read by what comes before it; the later one, with nothing of its
    // own, takes the same reading.
    for text in [
        "Proporsi staf manajemen koperasi yang dilatih meningkat dari 11,5% pada tahun 2016 \
         menjadi 17% pada tahun 2022; tingkat pekerja terlatih meningkat dari 24,9% pada tahun \
         2016 menjadi 34% pada tahun 2022.",
        "Tỷ lệ cán bộ quản lý HTX được đào tạo tăng từ 11,5% năm 2016 lên 17% năm 2022; lao \
         động qua đào tạo tăng từ 24,9% năm 2016 lên 34% năm 2022.",
        "The proportion of trained cooperative managers rose from 11.5% in 2016 to 17% in 2022; \
         that of trained workers rose from 24.9% in 2016 to 34% in 2022.",
    ] {
        let found = read(text);
        let last_two: Vec<(Indicator, Unit)> =
            found.iter().rev().take(2).map(|f| (f.0, f.2)).collect();
        assert_eq!(last_two[0], last_two[1], "{text}: {found:?}");
        assert!(found.iter().any(|f| f.1 == "34"), "{text}: {found:?}");
    }
}

#[test]
fn a_title_year_dates_what_has_no_date_of_its_own() {
    for text in [
        "Kết quả phát triển kinh tế tập thể tỉnh Hà Tĩnh năm 2024\nToàn tỉnh có 1.245 HTX.",
        "Ha Tinh collective economy report 2024\nThe province has 1,245 cooperatives.",
        "Laporan ekonomi kolektif Provinsi Ha Tinh tahun 2024\nProvinsi ini memiliki 1.245 \
         koperasi.",
    ] {
        assert_eq!(
            values_kinds_periods(text),
            [("1245".to_string(), Kind::Actual, "2024".to_string())],
            "{text}"
        );
    }
    // A title that names a goal names the goal's year, not the report's.
    assert_each_reads(
        &[
            "Lạng Sơn đặt mục tiêu 500 HTX năm 2030\nHiện tỉnh có 372 HTX.",
            "Lang Son aims for 500 cooperatives in 2030\nThe province now has 372 cooperatives.",
        ],
        &[("500", Kind::Target, "2030"), ("372", Kind::Actual, "")],
    );
}

#[test]
fn bulleted_lines_under_a_tasks_heading_are_goals() {
    for text in [
        "Phương hướng năm 2025\n- Thành lập mới 60 HTX;\n- Nâng tỷ lệ HTX hoạt động hiệu quả \
         lên 65%.\nNăm 2024, toàn tỉnh có 1.215 HTX.",
        "Tasks for 2025\n- Establish 60 new cooperatives;\n- Raise the share of effective \
         cooperatives to 65%.\nIn 2024, the province had 1,215 cooperatives.",
        "Tugas tahun 2025\n- Mendirikan 60 koperasi baru;\n- Meningkatkan persentase koperasi \
         yang beroperasi efektif menjadi 65%.\nPada tahun 2024, provinsi ini memiliki 1.215 \
         koperasi.",
    ] {
        assert_eq!(
            values_kinds_periods(text),
            [
                ("60".to_string(), Kind::Target, "2025".to_string()),
                ("65".to_string(), Kind::Target, "2025".to_string()),
                ("1215".to_string(), Kind::Actual, "2024".to_string()),
            ],
            "{text}"
        );
    }
    // The share is of the ones its words set apart.
    assert_each_noted(
        &["Tasks for 2025\n- Raise the share of effective cooperatives to 65%."],
        "part: effective cooperatives",
    );
}

#[test]
fn bare_products_after_ocop_products_are_ocop_products() {
    for text in [
        "Toàn tỉnh Bình Định có 245 sản phẩm OCOP. Các HTX sở hữu 98 sản phẩm, chiếm 40%.",
        "Binh Dinh has 245 OCOP products. Cooperatives own 98 products, or 40 percent.",
        "Provinsi Binh Dinh memiliki 245 produk OCOP. Koperasi memiliki 98 produk, atau 40 \
         persen.",
    ] {
        let found: Vec<(Indicator, String, Unit)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.2)).collect();
        assert_eq!(
            found,
            [
                (Indicator::OcopProducts, "245".into(), Unit::Products),
                (Indicator::OcopProducts, "98".into(), Unit::Products),
                (Indicator::OcopProducts, "40".into(), Unit::Percent),
            ],
            "{text}"
        );
    }
    // Products said to be of something else are not.
    let found = read("Bình Định có 245 sản phẩm OCOP. Các HTX tiêu thụ 98 sản phẩm nông nghiệp.");
    assert!(
        found
            .iter()
            .all(|f| f.1 != "98" || f.0 != Indicator::OcopProducts),
        "{found:?}"
    );
}

#[test]
fn people_listed_respectively_are_of_the_organisations_at_their_place() {
    for text in [
        "Binh Dinh has 320 cooperatives and 1,100 cooperative groups, with total membership of \
         52,000 and 8,500, respectively.",
        "Tỉnh Bình Định có 320 HTX và 1.100 THT với số thành viên lần lượt là 52.000 và 8.500 \
         người.",
        "Provinsi Binh Dinh memiliki 320 koperasi dan 1.100 kelompok koperasi dengan jumlah \
         anggota masing-masing 52.000 dan 8.500 orang.",
    ] {
        let forms: Vec<(String, Option<vncoop_model::LegalForm>)> =
            extract(&Document::new("t", text))
                .observations
                .into_iter()
                .filter(|o| o.indicator == Indicator::Members)
                .map(|o| (o.value.normalize().to_string(), o.scope.legal_form))
                .collect();
        assert_eq!(
            forms,
            [
                ("52000".into(), Some(vncoop_model::LegalForm::Cooperative)),
                (
                    "8500".into(),
                    Some(vncoop_model::LegalForm::CooperativeGroup)
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_rate_of_change_is_dated_by_the_date_of_the_level_it_led_to() {
    assert_each_reads(
        &[
            "Revenue of Binh Dinh's OCOP entities rose 25% year-on-year to VND 1.2 trillion in \
             2024.",
            "Doanh thu của các HTX tỉnh Bình Định tăng 25% lên 1.200 tỷ đồng năm 2024.",
            "Pendapatan koperasi Provinsi Binh Dinh naik 25% menjadi 1,2 triliun VND pada tahun \
             2024.",
        ],
        &[
            ("25", Kind::Change, "2024"),
            ("1200000000000", Kind::Actual, "2024"),
        ],
    );
}

#[test]
fn a_bound_that_sets_counted_ones_apart_is_no_figure_and_the_count_is_a_part() {
    for (text, words) in [
        (
            "Tỉnh Bắc Giang có 1.000 HTX. Số HTX có doanh thu trên 1 tỷ đồng/năm là 120 HTX.",
            "có doanh thu trên 1 tỷ đồng/năm",
        ),
        (
            "Bac Giang has 1,000 cooperatives. The number of cooperatives with annual revenue of \
             over VND 1 billion is 120.",
            "with annual revenue of over VND 1 billion",
        ),
        (
            "Provinsi Bac Giang memiliki 1.000 koperasi. Jumlah koperasi dengan pendapatan lebih \
             dari 1 miliar VND per tahun mencapai 120 unit.",
            "dengan pendapatan lebih dari 1 miliar VND per tahun",
        ),
    ] {
        let found: Vec<(Indicator, String, String)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.5)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "1000".into(), "".into()),
                (
                    Indicator::Cooperatives,
                    "120".into(),
                    format!("part: {words}")
                ),
            ],
            "{text}"
        );
        let left_out = extract(&Document::new("t", text)).diagnostics;
        assert!(
            left_out.iter().any(|d| d.reason == Reason::Threshold),
            "{text}: {left_out:?}"
        );
    }
}

#[test]
fn a_level_after_a_change_with_no_figure_is_a_level() {
    assert_each_reads(
        &[
            "Năm 2024, số HTX của tỉnh Bắc Giang tăng gấp đôi, lên 48 HTX.",
            "In 2024, the number of cooperatives in Bac Giang increased sharply, to 48.",
            "Pada tahun 2024, jumlah koperasi di Provinsi Bac Giang meningkat tajam, menjadi 48 \
             unit.",
        ],
        &[("48", Kind::Actual, "2024")],
    );
}

#[test]
fn words_for_the_province_outweigh_a_national_goal_quoted_once() {
    for text in [
        "Đại hội Liên minh HTX tỉnh Quảng Bình\nNhiệm kỳ qua, toàn tỉnh thành lập mới 186 HTX, \
         nâng tổng số lên 520 HTX. Nghị quyết 20 đặt mục tiêu đến năm 2030 cả nước có 45.000 \
         HTX.",
        "Quang Binh cooperative congress\nThe whole province established 186 new cooperatives, \
         bringing the total to 520. Resolution 20 targets 45,000 cooperatives nationwide by \
         2030.",
        "Kongres koperasi Quang Binh\nSeluruh provinsi mendirikan 186 koperasi baru, sehingga \
         totalnya menjadi 520. Resolusi 20 menargetkan 45.000 koperasi secara nasional pada \
         tahun 2030.",
    ] {
        assert_eq!(
            areas(text),
            ["Quảng Bình", "Quảng Bình", "Vietnam"],
            "{text}"
        );
    }
}

#[test]
fn the_people_of_a_board_are_no_members_of_the_sector() {
    for text in [
        "The congress of the Quang Binh Cooperative Alliance elected 25 members to the executive \
         board.",
        "Đại hội Liên minh HTX tỉnh Quảng Bình bầu 25 thành viên vào Ban Chấp hành.",
        "Kongres Aliansi Koperasi Provinsi Quang Binh memilih 25 anggota dewan pengurus.",
    ] {
        assert_only_left_out(text, |d| d.reason == Reason::SingleOrganisation);
    }
    // The members of the sector, in a sentence that names a board too, are read.
    let found = read(
        "Quang Binh's cooperatives have 48,000 members; the congress elected 25 members to the \
         executive board.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "48000");
}

#[test]
fn a_change_with_no_noun_after_a_count_held_with_another_is_of_the_holder() {
    for text in [
        "By the end of 2024, Dak Lak had 512 cooperatives with more than 38,000 members, 24 more \
         than in 2023.",
        "Đến cuối năm 2024, tỉnh Đắk Lắk có 512 HTX với trên 38.000 thành viên, tăng 24 so với \
         năm 2023.",
        "Hingga akhir tahun 2024, Provinsi Dak Lak memiliki 512 koperasi dengan lebih dari \
         38.000 anggota, bertambah 24 dibandingkan tahun 2023.",
    ] {
        let found: Vec<(Indicator, String, Kind)> =
            read(text).into_iter().map(|f| (f.0, f.1, f.3)).collect();
        assert_eq!(
            found,
            [
                (Indicator::Cooperatives, "512".into(), Kind::Actual),
                (Indicator::Members, "38000".into(), Kind::Actual),
                (Indicator::Cooperatives, "24".into(), Kind::Change),
            ],
            "{text}"
        );
    }
    // A change that names whose it is keeps that.
    let found = read(
        "Phu Yen memiliki 512 kelompok koperasi dengan total 41.250 anggota, turun 1.120 orang \
         dibandingkan tahun 2023.",
    );
    assert_eq!(
        (found[2].0, found[2].1.as_str()),
        (Indicator::Members, "-1120"),
        "{found:?}"
    );
}

#[test]
fn money_given_to_help_cooperatives_is_support() {
    assert_each_noted(
        &[
            "The Tien Giang provincial budget provided VND 12.5 billion to help cooperatives build \
             warehouses.",
            "Ngân sách tỉnh Tiền Giang hỗ trợ 12,5 tỷ đồng cho các HTX xây dựng kho bãi.",
            "Anggaran Provinsi Tien Giang menyediakan 12,5 miliar VND untuk membantu koperasi \
             membangun gudang.",
        ],
        "support or reward amount",
    );
}

#[test]
fn others_at_the_end_of_a_sentence_stand_for_the_noun_said_before() {
    assert_each_counts(
        &[
            "During the 2021-2025 period, Nghe An established 320 new cooperatives and dissolved 74 \
             others.",
            "Selama periode 2021-2025, Provinsi Nghe An mendirikan 320 koperasi baru dan membubarkan \
             74 lainnya.",
        ],
        &[
            (Indicator::NewCooperatives, "320"),
            (Indicator::Cooperatives, "74"),
        ],
    );
}

#[test]
fn what_counted_ones_earn_over_a_bound_sets_them_apart() {
    let found = read("In 2024, 60 cooperatives in Thanh Hoa earned over VND 10 billion.");
    assert_eq!(
        (found[0].0, found[0].1.as_str(), found[0].5.as_str()),
        (
            Indicator::Cooperatives,
            "60",
            "part: in thanh hoa earned over vnd 10 billion"
        ),
        "{found:?}"
    );
    // What workers earn is their income.
    let found = read("In Lam Dong, cooperative workers earn 6-8 million VND per month on average.");
    assert_eq!(found[0].0, Indicator::AvgIncomePerWorker, "{found:?}");
}

#[test]
fn a_level_of_a_later_paragraph_is_at_the_end_of_a_span_of_months() {
    assert_each_reads(
        &[
            "9 tháng đầu năm 2025, tỉnh Tuyên Quang thành lập mới 35 HTX.\nXã Minh Tân có 12 HTX.",
            "In the first nine months of 2025, Tuyen Quang set up 35 new cooperatives.\nMinh Tan \
             commune has 12 cooperatives.",
            "Dalam sembilan bulan pertama tahun 2025, Provinsi Tuyen Quang mendirikan 35 koperasi \
             baru.\nKecamatan Minh Tan memiliki 12 koperasi.",
        ],
        &[
            ("35", Kind::Actual, "2025-01/2025-09"),
            ("12", Kind::Actual, "2025-09"),
        ],
    );
}
