//! Names seen in news resolve; names that are not provinces are errors; mentions in text.

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use vncoop_model::{geography, Area, Era, ModelError};

fn on(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn news_aliases_resolve_before_and_after_the_merger() {
    let cases = [
        ("Hanoi", "01"),
        ("Hà Nội", "01"),
        ("HCMC", "79"),
        ("TP.HCM", "79"),
        ("Ho Chi Minh City", "79"),
        ("Thừa Thiên Huế", "46"),
        ("Hoà Bình", "17"),
        ("Hòa Bình", "17"),
        ("Ba Ria-Vung Tau", "77"),
        ("Dak Lak", "66"),
    ];
    for (name, old_code) in cases {
        let before = geography().resolve(name, on(2024, 1, 1));
        let before = before.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            before.old().map(|u| u.code.as_str()),
            Some(old_code),
            "{name}"
        );
        let after = geography().resolve(name, on(2025, 8, 1)).unwrap();
        assert!(after.old().is_none(), "{name}");
    }
}

#[test]
fn a_name_that_is_not_a_province_says_so() {
    let err = geography().resolve("Atlantis", on(2024, 1, 1)).unwrap_err();
    assert_eq!(
        err,
        ModelError::UnknownProvince {
            name: "Atlantis".into()
        }
    );
    assert!(err.to_string().contains("Atlantis"));
}

#[test]
fn mentions_in_text_and_the_area_across_the_merger() {
    let text = "Thai Binh province has 464 cooperatives, while Hưng Yên has 600.";
    let found = geography().mentions(text, on(2023, 12, 26));
    let names: Vec<&str> = found.iter().map(|m| &text[m.span.clone()]).collect();
    assert_eq!(names, ["Thai Binh", "Hưng Yên"]);
    let area = Area::of(&found[0].resolved);
    assert_eq!(
        area,
        Area::Province {
            code: "34".into(),
            name: "Thái Bình".into(),
            era: Era::Before2025
        }
    );
    let successor = area.successor().unwrap();
    assert_eq!(
        successor,
        Area::Province {
            code: "33".into(),
            name: "Hưng Yên".into(),
            era: Era::From2025
        }
    );
    // After the merger the same name means the new unit.
    let later = geography().mentions(text, on(2025, 9, 1));
    assert_eq!(Area::of(&later[0].resolved), successor);
}
