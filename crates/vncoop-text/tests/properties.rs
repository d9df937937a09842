//! Property tests: the laws normalization, folding and number reading must keep for any input.

use icu_normalizer::DecomposingNormalizerBorrowed;
use proptest::prelude::*;
use rust_decimal::Decimal;
use vncoop_text::*;

/// Text built from Vietnamese, English and Indonesian pieces, typographic characters and
/// decomposed accents: the inputs normalization exists for.
fn report_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "hợp tác xã",
        "Hoà Bình",
        "hòa",
        "thuỷ",
        "THỦY",
        "quý",
        "giữ",
        "khuya",
        "uỷ ban",
        "Đắk Lắk",
        "ho\u{0300}a",
        "a\u{0301}",
        "\u{00A0}",
        "\u{2013}",
        "\u{201C}",
        "\u{200B}",
        "570,286",
        "1,7 tỷ",
        "18.930",
        "koperasi",
        " ",
        "\n",
        "7,7%",
        "₫",
        "x\u{0323}",
        "ñ",
        "-",
        "\u{FEFF}",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn normalize_is_idempotent(s in report_text()) {
        let once = normalize(&s).into_string();
        prop_assert_eq!(normalize(&once).into_string(), once);
    }

    #[test]
    fn normalize_is_idempotent_on_any_string(s in any::<String>()) {
        let once = normalize(&s).into_string();
        prop_assert_eq!(normalize(&once).into_string(), once);
    }

    #[test]
    fn span_map_stays_on_char_boundaries_and_covers(s in report_text()) {
        let n = normalize(&s);
        let text = n.as_str();
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for pair in boundaries.windows(2) {
            let back = n.original_range(pair[0]..pair[1]);
            prop_assert!(s.is_char_boundary(back.start) && s.is_char_boundary(back.end));
            prop_assert!(back.start <= back.end && back.end <= s.len());
            // The original bytes normalize to text that contains the normalized piece.
            let piece = &text[pair[0]..pair[1]];
            let renormalized = normalize(&s[back]).into_string();
            prop_assert!(renormalized.contains(piece) || piece.trim().is_empty(), "{:?} not in {:?}", piece, renormalized);
        }
    }

    #[test]
    fn fold_is_idempotent_and_ignores_composition(s in report_text()) {
        let folded = fold(&s);
        prop_assert_eq!(fold(&folded), folded.clone());
        let nfd = DecomposingNormalizerBorrowed::new_nfd().normalize(&s).into_owned();
        prop_assert_eq!(fold(&nfd), folded.clone());
        prop_assert_eq!(fold(normalize(&s).as_str()), folded);
    }

    #[test]
    fn fold_offsets_point_at_what_folded(s in prop_oneof![report_text(), any::<String>()]) {
        let folded = fold_with_offsets(&s);
        prop_assert_eq!(folded.as_str(), fold(&s));
        let text = folded.as_str();
        for (at, c) in text.char_indices() {
            let back = folded.original_range(at..at + c.len_utf8());
            prop_assert!(s.is_char_boundary(back.start) && s.is_char_boundary(back.end));
            prop_assert!(back.start < back.end && back.end <= s.len());
            // A letter comes from the character that folds to it; a space from a separator
            // (or a compatibility form holding one, "\u{FE78}").
            let original = fold(&s[back]);
            prop_assert!(original.contains(c) || (c == ' ' && original.trim().is_empty()), "{:?} from {:?}", c, original);
        }
    }

    #[test]
    fn lower_case_keeps_every_offset(s in prop_oneof![report_text(), any::<String>()]) {
        let lower = lower_in_place(&s);
        prop_assert_eq!(lower.len(), s.len());
        for (at, c) in s.char_indices() {
            prop_assert!(lower.is_char_boundary(at));
            let l = lower[at..].chars().next().unwrap_or(c);
            prop_assert!(l == c || c.to_lowercase().eq([l]));
        }
        // Lower case is lower case: a second pass changes nothing.
        prop_assert_eq!(lower_in_place(&lower), lower.clone());
    }

    #[test]
    fn numbers_round_trip_in_every_locale(mantissa in -10i64.pow(15)..10i64.pow(15), scale in 0u32..6) {
        let value = Decimal::new(mantissa, scale).normalize();
        for lang in Lang::ALL {
            let written = format_decimal(value, lang);
            let read = parse_number(&written, lang);
            prop_assert_eq!(read, Ok(value), "{} in {}", written, lang);
        }
    }

    #[test]
    fn scanning_never_panics(s in any::<String>()) {
        for lang in Lang::ALL {
            for m in scan_numbers(&s, lang) {
                prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            }
            let _ = parse_number(&s, lang);
        }
        let _ = detect_language(&s);
        let _ = sentences(&s);
    }

    #[test]
    fn sentences_cover_the_text_in_order(s in prop_oneof![report_text(), any::<String>(), "[a-zA-Z0-9 .,;!?\n…]{0,80}"]) {
        let spans = sentences(&s);
        let mut covered_to = 0;
        for span in &spans {
            prop_assert!(covered_to <= span.start && span.start < span.end && span.end <= s.len());
            prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
            let sentence = &s[span.clone()];
            prop_assert_eq!(sentence.trim(), sentence);
            // What lies between two sentences is only space.
            prop_assert!(s[covered_to..span.start].trim().is_empty(), "{:?}", &s[covered_to..span.start]);
            covered_to = span.end;
        }
        prop_assert!(s[covered_to..].trim().is_empty());
    }

    #[test]
    fn legacy_round_trip(s in "[a-zA-Z0-9 ,.ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐỲÝỶỸỴỪỨỬỮỰ]{0,40}") {
        for encoding in [Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii] {
            let bytes = encode(&s, encoding).unwrap();
            prop_assert_eq!(decode(&bytes, encoding).unwrap(), s.clone());
        }
    }
}
