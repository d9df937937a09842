//! Bytes of unknown encoding: decoded by the documented rule or rejected, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vncoop::text::{decode, decode_detected, Encoding};

fuzz_target!(|bytes: &[u8]| {
    if let Ok((text, detection)) = decode_detected(bytes) {
        assert!((0.0..=1.0).contains(&detection.confidence));
        assert!(detection.replaced == 0 || detection.encoding == Encoding::Utf8);
        let _ = text;
    }
    for encoding in Encoding::ALL {
        let _ = decode(bytes, encoding);
    }
});
