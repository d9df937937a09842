//! Every money expression in the embedded sample corpus is found with its value, bounds and rate.

use vncoop::money::{scan_money, Amount, Currency, Per};
use vncoop::text::normalize;
use vncoop::{Decimal, Lang};

/// (text as written, amount, rate) for each money expression of a sample file.
type Expected = (&'static str, Amount<i64>, &'static [Per]);

fn check(file: &str, lang: Lang, expected: &[Expected]) {
    let text = normalize(file);
    let found = scan_money(text.as_str(), lang);
    let got: Vec<(String, Amount<Decimal>, Vec<Per>)> = found
        .iter()
        .map(|m| {
            assert_eq!(m.currency, Currency::VND);
            (
                text.as_str()[m.span.clone()].to_string(),
                m.amount,
                m.per.clone(),
            )
        })
        .collect();
    let want: Vec<(String, Amount<Decimal>, Vec<Per>)> = expected
        .iter()
        .map(|(s, a, p)| (s.to_string(), a.map(Decimal::from), p.to_vec()))
        .collect();
    assert_eq!(got, want);
}

fn exact(value: i64) -> Amount<i64> {
    Amount::Exact { value }
}

#[test]
fn vietnamese_samples() {
    check(
        include_str!("../examples/data/vi_thai_binh_2023.txt"),
        Lang::Vi,
        &[
            (
                "3,825 tỷ đồng",
                Amount::About {
                    value: 3_825_000_000,
                },
                &[],
            ),
            ("396 triệu đồng", exact(396_000_000), &[]),
        ],
    );
    check(
        include_str!("../examples/data/vi_hung_yen_2024.txt"),
        Lang::Vi,
        &[
            (
                "5,2 triệu đồng/người/tháng",
                exact(5_200_000),
                &[Per::Person, Per::Month],
            ),
            ("0,4 triệu đồng", exact(400_000), &[]),
            ("1.263 tỷ đồng", exact(1_263_000_000_000), &[]),
            ("18,5 tỷ đồng", exact(18_500_000_000), &[]),
            (
                "từ 6 đến 7 triệu đồng/người/tháng",
                Amount::Range {
                    min: 6_000_000,
                    max: 7_000_000,
                },
                &[Per::Person, Per::Month],
            ),
        ],
    );
    check(
        include_str!("../examples/data/vi_hung_yen_2025.txt"),
        Lang::Vi,
        &[
            (
                "4 tỷ đồng/HTX/năm",
                Amount::Under {
                    value: 4_000_000_000,
                },
                &[Per::Cooperative, Per::Year],
            ),
            (
                "410 triệu đồng/HTX",
                exact(410_000_000),
                &[Per::Cooperative],
            ),
        ],
    );
}

#[test]
fn english_and_indonesian_samples() {
    check(
        include_str!("../examples/data/en_lam_dong_2024.txt"),
        Lang::En,
        &[
            ("2,150 million VND", exact(2_150_000_000), &[]),
            ("260 million VND", exact(260_000_000), &[]),
            (
                "6-8 million VND per month",
                Amount::Range {
                    min: 6_000_000,
                    max: 8_000_000,
                },
                &[Per::Month],
            ),
            ("VND 1,250 billion", exact(1_250_000_000_000), &[]),
        ],
    );
    check(
        include_str!("../examples/data/id_binh_thuan_2024.txt"),
        Lang::Id,
        &[
            (
                "1,7 miliar VND per tahun",
                exact(1_700_000_000),
                &[Per::Year],
            ),
            (
                "4,8 juta VND per orang per bulan",
                Amount::About { value: 4_800_000 },
                &[Per::Person, Per::Month],
            ),
        ],
    );
}
