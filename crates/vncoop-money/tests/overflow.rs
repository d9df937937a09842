//! Amounts beyond exact arithmetic are errors or are left unread, never a panic.

use vncoop_money::{parse_vnd, scan_money, Vnd};
use vncoop_text::{scan_numbers, Lang};

const TOO_LARGE: [&str; 5] = [
    "1000000000000000000000000000 hundred",
    "1000000000000000000000000000 trăm",
    "888888888888888888888888888ratus",
    "10000000000000000000000000000 dozen",
    "99999999999999999999999999999 nghìn tỷ đồng",
];

#[test]
fn too_large_amounts_are_errors() {
    for text in TOO_LARGE {
        for lang in [Lang::Vi, Lang::En, Lang::Id] {
            let _ = scan_numbers(text, lang);
            let _ = scan_money(text, lang);
            assert!(parse_vnd(text, lang).is_err(), "{text} ({lang:?})");
        }
        assert!(text.parse::<Vnd>().is_err(), "{text}");
    }
}
