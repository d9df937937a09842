//! Normalization, folding, numbers, sentences and language on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::text::{detect_language, fold, normalize, scan_numbers, sentences, Lang};

fuzz_target!(|text: &str| {
    let normalized = normalize(text);
    for span in sentences(normalized.as_str()) {
        assert!(normalized.as_str().get(span).is_some());
    }
    let _ = fold(text);
    let _ = detect_language(text);
    for lang in Lang::ALL {
        for number in scan_numbers(text, lang) {
            assert!(text.get(number.span.clone()).is_some());
        }
    }
});
