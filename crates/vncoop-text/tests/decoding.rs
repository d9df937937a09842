//! The decoding rule on damaged, binary, UTF-16 and legacy inputs: each gets the decision the
//! rule documents, and none is read as something it is not.

use vncoop_text::{decode_detected, detect_encoding, encode, Encoding, TextError};

const REPORT: &str = "Năm 2023, toàn tỉnh có 464 hợp tác xã, 235 tổ hợp tác với hơn 570 nghìn thành viên; doanh thu bình quân của các hợp tác xã đạt 3,8 tỷ đồng.";

fn encoding_of(bytes: &[u8]) -> Result<Encoding, TextError> {
    detect_encoding(bytes).map(|d| d.encoding)
}

#[test]
fn every_encoding_is_read_back() {
    for encoding in Encoding::ALL {
        let bytes = encode(REPORT, encoding).unwrap();
        let (text, detection) = decode_detected(&bytes).unwrap();
        assert_eq!(detection.encoding, encoding);
        assert_eq!(text, REPORT, "{encoding}");
        assert!(detection.confidence > 0.3, "{encoding}: {detection:?}");
        assert_eq!(detection.replaced, 0);
    }
}

#[test]
fn damaged_utf8_stays_utf8_with_replacements() {
    // Three stray bytes in a UTF-8 report.
    let mut bytes = REPORT.as_bytes().to_vec();
    for at in [10, 60, 120] {
        bytes.insert(at, 0xA9);
    }
    let (text, detection) = decode_detected(&bytes).unwrap();
    assert_eq!(detection.encoding, Encoding::Utf8);
    assert_eq!(detection.replaced, 3);
    assert!(detection.confidence < 1.0);
    assert!(text.contains("464 hợp tác xã"));
    assert_eq!(text.matches('\u{FFFD}').count(), 3);
    // A file cut inside its last character.
    let cut = &REPORT.as_bytes()[..REPORT.find("đồng").unwrap() + 1];
    let (text, detection) = decode_detected(cut).unwrap();
    assert_eq!(
        (detection.encoding, detection.replaced),
        (Encoding::Utf8, 1)
    );
    assert!(text.starts_with("Năm 2023, toàn tỉnh có 464 hợp tác xã"));
}

#[test]
fn binary_data_is_rejected() {
    let elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00";
    assert!(matches!(
        detect_encoding(elf),
        Err(TextError::Binary {
            hint: "NUL byte",
            ..
        })
    ));
    let controls: Vec<u8> = (0..200u8)
        .map(|i| if i % 7 == 0 { 0x1B } else { b'a' })
        .collect();
    assert!(matches!(
        detect_encoding(&controls),
        Err(TextError::Binary { .. })
    ));
    // Pseudo-random bytes: never taken for a legacy encoding.
    let mut state = 0x2545_F491_u32;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state % 255 + 1) as u8
        })
        .collect();
    assert!(detect_encoding(&noise).is_err());
}

#[test]
fn utf16_is_read_with_its_mark_and_named_without_it() {
    let le = encode(REPORT, Encoding::Utf16Le).unwrap();
    assert_eq!(encoding_of(&le).unwrap(), Encoding::Utf16Le);
    let without_mark = &le[2..];
    let error = detect_encoding(without_mark).unwrap_err();
    assert!(error.to_string().contains("UTF-16"), "{error}");
    // An odd length is damaged UTF-16, an error.
    let odd = &le[..le.len() - 1];
    assert!(decode_detected(odd).is_err());
}

#[test]
fn legacy_needs_vietnamese_to_show() {
    // Latin-1 French is not Vietnamese in any legacy encoding.
    let french: Vec<u8> = "Les coopératives agricoles ont été créées à côté des élèves"
        .chars()
        .map(|c| c as u8)
        .collect();
    assert!(matches!(
        detect_encoding(&french),
        Err(TextError::UnknownBytes { .. })
    ));
    let tcvn = encode(REPORT, Encoding::Tcvn3).unwrap();
    assert_eq!(encoding_of(&tcvn).unwrap(), Encoding::Tcvn3);
}
