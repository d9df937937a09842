//! Money parsing and scanning in each language, and the parse/format round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::money::{parse_vnd, scan_money, Vnd};
use vncoop::text::Lang;

fuzz_target!(|text: &str| {
    for lang in Lang::ALL {
        let _ = parse_vnd(text, lang);
        let _ = scan_money(text, lang);
    }
    if let Ok(vnd) = text.parse::<Vnd>() {
        let again: Vnd = vnd.to_string().parse().expect("a formatted amount parses");
        assert_eq!(again, vnd);
    }
});
