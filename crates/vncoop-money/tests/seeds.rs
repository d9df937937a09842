//! Every money fact of the seed articles (in `../shared/corpus/seeds` beside the repository, when
//! it is there) is found inside its evidence with the gold value, bound and currency.

use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;
use vncoop_money::{scan_money, Amount, Currency};
use vncoop_text::{normalize, Lang};

#[test]
fn seed_money_facts_are_found() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no seeds at {}: skipped", dir.display());
        return;
    };
    let mut checked = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(path.with_extension("gold.json")).unwrap(),
        )
        .unwrap();
        let lang: Lang = gold["lang"].as_str().unwrap().parse().unwrap();
        let text = normalize(&std::fs::read_to_string(&path).unwrap()).into_string();
        for fact in gold["facts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["unit"] == "VND")
        {
            let evidence = normalize(fact["evidence"].as_str().unwrap()).into_string();
            let at = text.find(&evidence).expect("evidence is in the text");
            let want: Decimal = fact["value"].to_string().parse().unwrap();
            let found = scan_money(&text, lang)
                .into_iter()
                .find(|m| m.span.start >= at && m.span.end <= at + evidence.len());
            let found = found.unwrap_or_else(|| panic!("no money in {evidence:?}"));
            assert_eq!(found.currency, Currency::VND);
            assert_eq!(found.amount.value(), want, "{evidence}");
            let qualifier = match found.amount {
                Amount::Exact { .. } => "exact",
                Amount::About { .. } => "about",
                Amount::Over { .. } => "over",
                Amount::AtLeast { .. } => "at_least",
                Amount::Under { .. } => "under",
                Amount::AtMost { .. } => "at_most",
                Amount::Range { .. } => "range",
            };
            if let Some(q) = fact["qualifier"].as_str() {
                assert_eq!(qualifier, q, "{evidence}");
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "seeds hold money facts");
}
