//! Everything a user needs is reachable through the facade alone: dates, decimals, money,
//! provinces and extraction, with no other dependency named.

use vncoop::extract::{extract, Document};
use vncoop::model::{geography, Indicator};
use vncoop::money::{parse_vnd, Currency, Vnd};
use vncoop::{Decimal, Lang, NaiveDate};

#[test]
fn dates_decimals_money_provinces_and_extraction_through_the_facade() {
    let day = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
    let province = geography().resolve("Lam Dong", day).unwrap();
    assert_eq!(
        province.old().map(|old| old.name_vi.as_str()),
        Some("Lâm Đồng")
    );

    let revenue = parse_vnd("1,7 tỷ đồng", Lang::Vi).unwrap();
    assert_eq!(
        revenue,
        Vnd::new(Decimal::new(17, 1) * Decimal::from(1_000_000_000))
    );
    assert_eq!("EUR".parse::<Currency>().unwrap(), Currency::EUR);

    let found = extract(&Document::new(
        "lam-dong",
        "Năm 2023, tỉnh Lâm Đồng có 464 hợp tác xã.",
    ));
    assert_eq!(found.observations[0].indicator, Indicator::Cooperatives);
    assert_eq!(found.observations[0].value, Decimal::from(464));
}
