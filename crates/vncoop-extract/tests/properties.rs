//! The extractor never panics, and every span it reports lies inside the text it was given.

use proptest::prelude::*;
use vncoop_extract::{extract, Document};

/// Report-like text: numbers with separators, scale words, currencies, hedges and the nouns
/// the rules look for, in any order.
fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "464",
        "1.384",
        "3,825",
        "7,7%",
        "12.5%",
        "tỷ đồng",
        "million VND",
        "miliar VND",
        "HTX",
        "cooperatives",
        "koperasi",
        "thành viên",
        "members",
        "anggota",
        "hơn",
        "about",
        "sekitar",
        "tăng",
        "an increase of",
        "compared to 2022",
        "so với năm 2022",
        "phấn đấu",
        "by the end of 2024",
        "3 sao",
        "4-star",
        "OCOP",
        "sản phẩm",
        "products",
        "Thái Bình",
        "Quang Ninh",
        ".",
        ",",
        ";",
        ":",
        "\n",
        "(",
        ")",
        "/năm",
        "per year",
        "the cooperative",
        "26/12/2023",
        "Tuesday, December 26, 2023",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
}

fn spans_are_sound(text: &str) -> Result<(), TestCaseError> {
    let found = extract(&Document::new("p", text));
    for o in &found.observations {
        prop_assert!(text.get(o.provenance.span.clone()).is_some());
        prop_assert!(text.get(o.provenance.sentence.clone()).is_some());
        prop_assert!(o.provenance.sentence.start <= o.provenance.span.start);
        prop_assert!(o.provenance.span.end <= o.provenance.sentence.end);
    }
    for d in &found.diagnostics {
        prop_assert!(text.get(d.span.clone()).is_some());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn report_like_text_never_panics(text in report_like()) {
        spans_are_sound(&text)?;
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        spans_are_sound(&text)?;
    }
}
