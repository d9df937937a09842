//! Property tests: formatting and parsing are inverse in every language and style, parsing never
//! panics, and arithmetic never loses a dong.

use proptest::prelude::*;
use rust_decimal::Decimal;
use vncoop_money::*;
use vncoop_text::Lang;

fn whole_dong() -> impl Strategy<Value = Vnd> {
    (0i64..=9_999_999_999_999_999).prop_map(Vnd::from_dong)
}

fn any_amount() -> impl Strategy<Value = Vnd> {
    (0i64..=999_999_999_999_999, 0u32..4).prop_map(|(m, s)| Vnd::new(Decimal::new(m, s)))
}

/// Round amounts ("1.000 ₫", "5.000.000 ₫"): where grouping and decimal marks look alike.
fn round_dong() -> impl Strategy<Value = Vnd> {
    (1i64..1000, 1u32..6).prop_map(|(m, e)| Vnd::from_dong(m * 1000i64.pow(e)))
}

const STYLES: [Style; 4] = [Style::Full, Style::Words, Style::Compact, Style::Cldr];

proptest! {
    #[test]
    fn format_then_parse_gives_back_the_amount(v in any_amount()) {
        for lang in Lang::ALL {
            for style in STYLES {
                let written = format_vnd(v, lang, style);
                prop_assert_eq!(parse_vnd(&written, lang), Ok(v), "{} ({:?} {})", written, style, lang);
            }
        }
    }

    #[test]
    fn from_str_reads_display_and_formatters(v in whole_dong()) {
        prop_assert_eq!(v.to_string().parse::<Vnd>(), Ok(v));
        for lang in Lang::ALL {
            for style in STYLES {
                let written = format_vnd(v, lang, style);
                prop_assert_eq!(written.parse::<Vnd>(), Ok(v), "{}", written);
            }
        }
    }

    #[test]
    fn from_str_reads_display_of_round_amounts(v in round_dong()) {
        prop_assert_eq!(v.to_string().parse::<Vnd>(), Ok(v));
    }

    #[test]
    fn parsing_never_panics(s in any::<String>()) {
        for lang in Lang::ALL {
            let _ = parse_vnd(&s, lang);
            let _ = scan_money(&s, lang);
        }
        let _ = s.parse::<Vnd>();
    }

    #[test]
    fn arithmetic_never_loses_a_dong(a in any_amount(), b in any_amount(), n in 1u64..10_000) {
        let sum = a.checked_add(b).unwrap();
        prop_assert_eq!(sum.checked_sub(b).unwrap(), a);
        let total = a.checked_mul(n).unwrap();
        prop_assert_eq!(total.checked_div(n).unwrap(), a);
        let summed: Result<Vnd, MoneyError> = std::iter::repeat_n(a, n as usize % 50).sum();
        prop_assert_eq!(summed.unwrap(), a.checked_mul(n % 50).unwrap());
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_round_trips_as_a_string(v in any_amount()) {
        let json = serde_json::to_string(&v).unwrap();
        prop_assert!(json.starts_with('"'));
        prop_assert_eq!(serde_json::from_str::<Vnd>(&json).unwrap(), v);
    }
}

#[test]
fn overflow_and_bad_input_are_errors() {
    let huge = Vnd::new(Decimal::MAX);
    assert!(matches!(
        huge.checked_add(Vnd::from_dong(1)),
        Err(MoneyError::Overflow { .. })
    ));
    assert!(matches!(
        huge.checked_mul(2),
        Err(MoneyError::Overflow { .. })
    ));
    assert_eq!(
        Vnd::from_dong(1).checked_div(0),
        Err(MoneyError::DivideByZero)
    );
    assert_eq!(parse_vnd("", Lang::Vi), Err(MoneyError::Empty));
    assert!(matches!(
        parse_vnd("1,234.567,8 VND", Lang::En),
        Err(MoneyError::Number { .. })
    ));
    assert!(matches!(
        parse_vnd("12 bananas", Lang::En),
        Err(MoneyError::UnknownUnit { .. })
    ));
    assert!(matches!(
        parse_vnd("US$ 5", Lang::En),
        Err(MoneyError::NotDong { .. })
    ));
    assert!(matches!(
        parse_vnd("5-8 tỷ đồng", Lang::Vi),
        Err(MoneyError::NotExact { .. })
    ));
    assert!(parse_vnd("99999999999999999999999999999 tỷ đồng", Lang::Vi).is_err());
    assert_eq!(Vnd::new(Decimal::new(5, 1)).round_dong(), Vnd::from_dong(1));
    assert_eq!(
        Vnd::new(Decimal::new(-5, 1)).round_dong(),
        Vnd::from_dong(-1)
    );
}

/// Ways reports and peers write currencies other than dong, with the code each must read as.
const FOREIGN: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("dollars", "USD"),
    ("đô la", "USD"),
    ("Rp", "IDR"),
    ("rupiah", "IDR"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("euro", "EUR"),
    ("£", "GBP"),
    ("bảng Anh", "GBP"),
    ("yên", "JPY"),
    ("¥", "JPY"),
    ("nhân dân tệ", "CNY"),
    ("yuan", "CNY"),
    ("RM", "MYR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("won", "KRW"),
    ("₹", "INR"),
    ("CHF", "CHF"),
    ("SGD", "SGD"),
    ("KRW", "KRW"),
];

proptest! {
    /// No amount in another currency is ever read as dong, whatever the number, scale, side
    /// and language.
    #[test]
    fn no_foreign_amount_is_ever_dong(
        form in prop::sample::select(FOREIGN),
        n in 1u32..1_000_000,
        scale in prop::sample::select(&["", " triệu", " million", " juta", " tỷ", " billion"][..]),
        before in any::<bool>(),
        lang in prop::sample::select(&Lang::ALL[..]),
    ) {
        let (word, code) = form;
        let text = if before {
            format!("đạt {word} {n}{scale} ")
        } else {
            format!("đạt {n}{scale} {word} ")
        };
        let found = scan_money(vncoop_text::normalize(&text).as_str(), lang);
        for m in &found {
            prop_assert!(m.vnd().is_none(), "{} read as dong: {:?}", text, m);
        }
        if let Some(m) = found.first() {
            prop_assert_eq!(m.currency.code(), code, "{}", text);
        }
    }
}
