//! Periods and observations from text and JSON: parsed or refused, and what parses prints back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::model::{Observation, Period};

fuzz_target!(|text: &str| {
    if let Ok(period) = text.parse::<Period>() {
        let again: Period = period.to_string().parse().expect("a printed period parses");
        assert_eq!(again, period);
    }
    if let Ok(observation) = serde_json::from_str::<Observation>(text) {
        let json = serde_json::to_string(&observation).expect("an observation prints");
        let _: Observation = serde_json::from_str(&json).expect("a printed observation parses");
    }
});
