//! Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VISCII, to and from Unicode, with
//! detection for bytes of unknown encoding.
//!
//! Older government files still come in these encodings. TCVN3 (TCVN 5712:1993, the `.VnTime`
//! fonts) was the northern standard, VNI the southern one (a base letter followed by a mark byte),
//! VISCII (RFC 1456) the overseas one.

use std::fmt;
use std::str::FromStr;

use icu_normalizer::ComposingNormalizerBorrowed;
use serde::{Deserialize, Serialize};

use crate::error::TextError;
use crate::legacy_tables::{TCVN3_HIGH, TCVN3_LOW, VISCII_HIGH, VISCII_LOW, VNI};
use crate::vietnamese::is_vietnamese_letter;

/// A text encoding of Vietnamese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// UTF-8 (Unicode, TCVN 6909:2001).
    Utf8,
    /// TCVN3 / ABC (TCVN 5712:1993).
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VISCII (RFC 1456).
    Viscii,
}

impl Encoding {
    /// Every supported encoding.
    pub const ALL: [Encoding; 4] = [
        Encoding::Utf8,
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
    ];

    /// Short lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viscii => "viscii",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Encoding {
    type Err = TextError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" | "unicode" => Ok(Encoding::Utf8),
            "tcvn3" | "tcvn" | "abc" | "tcvn-5712" | "tcvn5712" => Ok(Encoding::Tcvn3),
            "vni" | "vni-windows" => Ok(Encoding::Vni),
            "viscii" => Ok(Encoding::Viscii),
            _ => Err(TextError::UnknownEncoding {
                input: s.to_string(),
            }),
        }
    }
}

/// Decodes `bytes` from `encoding` into NFC Unicode text.
///
/// The single-byte encodings accept every byte (bytes without a Vietnamese meaning read as
/// Latin-1), so only UTF-8 can fail.
///
/// ```
/// use vncoop_text::{decode, Encoding};
/// assert_eq!(decode(b"H\xeep t\xb8c x\xb7", Encoding::Tcvn3)?, "Hợp tác xã");
/// assert_eq!(decode(b"H\xf4\xefp ta\xf9c xa\xf5", Encoding::Vni)?, "Hợp tác xã");
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, TextError> {
    let text = match encoding {
        Encoding::Utf8 => std::str::from_utf8(bytes)
            .map_err(|e| TextError::InvalidBytes {
                encoding: "utf-8",
                offset: e.valid_up_to(),
            })?
            .to_string(),
        Encoding::Tcvn3 => decode_single_byte(bytes, &TCVN3_HIGH, &TCVN3_LOW),
        Encoding::Viscii => decode_single_byte(bytes, &VISCII_HIGH, &VISCII_LOW),
        Encoding::Vni => decode_vni(bytes),
    };
    Ok(ComposingNormalizerBorrowed::new_nfc()
        .normalize(&text)
        .into_owned())
}

/// Encodes `text` in `encoding`: the inverse of [`decode`] for Vietnamese text. A character the
/// encoding cannot hold is an error that gives its position.
pub fn encode(text: &str, encoding: Encoding) -> Result<Vec<u8>, TextError> {
    let nfc = ComposingNormalizerBorrowed::new_nfc().normalize(text);
    let mut out = Vec::with_capacity(nfc.len());
    for (offset, c) in nfc.char_indices() {
        let unencodable = || TextError::InvalidBytes {
            encoding: encoding.name(),
            offset,
        };
        match encoding {
            Encoding::Utf8 => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Encoding::Tcvn3 | Encoding::Viscii => {
                let (high, low): (&[char; 128], &[(u8, char)]) = if encoding == Encoding::Tcvn3 {
                    (&TCVN3_HIGH, &TCVN3_LOW)
                } else {
                    (&VISCII_HIGH, &VISCII_LOW)
                };
                let byte = if let Some(&(b, _)) = low.iter().find(|&&(_, l)| l == c) {
                    b
                } else if let Some(i) = high.iter().position(|&h| h == c) {
                    0x80 + i as u8
                } else if c.is_ascii() && !low.iter().any(|&(b, _)| b == c as u8) {
                    c as u8
                } else {
                    return Err(unencodable());
                };
                out.push(byte);
            }
            Encoding::Vni => {
                if let Some((seq, _)) = VNI.iter().find(|&&(_, letter)| letter == c) {
                    out.extend_from_slice(seq);
                } else if c.is_ascii() {
                    out.push(c as u8);
                } else {
                    return Err(unencodable());
                }
            }
        }
    }
    Ok(out)
}

fn decode_single_byte(bytes: &[u8], high: &[char; 128], low: &[(u8, char)]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b >= 0x80 {
                high[usize::from(b - 0x80)]
            } else {
                low.iter()
                    .find(|&&(l, _)| l == b)
                    .map_or(char::from(b), |&(_, c)| c)
            }
        })
        .collect()
}

fn decode_vni(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        // VNI is sorted longest first, so the first hit is the longest.
        match VNI.iter().find(|(seq, _)| rest.starts_with(seq)) {
            Some((seq, letter)) => {
                out.push(*letter);
                at += seq.len();
            }
            None => {
                out.push(char::from(rest[0]));
                at += 1;
            }
        }
    }
    out
}

/// The result of encoding detection.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// The most likely encoding.
    pub encoding: Encoding,
    /// From 0 to 1: how far the evidence favours it over the runner-up.
    pub confidence: f32,
}

/// Frequent Vietnamese syllables; decoded text full of them is decoded right.
const COMMON_SYLLABLES: &[&str] = &[
    "của", "và", "các", "có", "được", "trong", "hợp", "tác", "xã", "năm", "người", "những", "là",
    "tỉnh", "với", "đã", "cho", "này", "một", "không", "thành", "viên", "sản", "phẩm", "đồng",
    "triệu", "tỷ", "phát", "triển", "kinh", "tế", "tập", "thể", "đến", "số", "lượng", "trên",
    "đạt", "tăng", "so", "việc", "hoạt", "động", "nghiệp", "nông", "huyện", "theo", "về", "để",
];

/// Guesses the encoding of `bytes`.
///
/// Valid UTF-8 wins when it holds Vietnamese letters or is plain ASCII; otherwise each legacy
/// decoding is scored by how many frequent Vietnamese syllables it yields and how few stray
/// symbols.
///
/// ```
/// use vncoop_text::{detect_encoding, encode, Encoding};
/// let tcvn = encode("Tỉnh Thái Bình có 464 hợp tác xã và các tổ hợp tác", Encoding::Tcvn3)?;
/// assert_eq!(detect_encoding(&tcvn).encoding, Encoding::Tcvn3);
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn detect_encoding(bytes: &[u8]) -> Detection {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let confidence = if text.is_ascii() || text.chars().any(is_vietnamese_letter) {
            1.0
        } else {
            0.6
        };
        return Detection {
            encoding: Encoding::Utf8,
            confidence,
        };
    }
    let mut scored: Vec<(Encoding, f32)> = [Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii]
        .into_iter()
        .map(|encoding| {
            let text = decode(bytes, encoding).unwrap_or_default();
            (encoding, plausibility(&text))
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, best_score) = scored[0];
    let runner_up = scored.get(1).map_or(0.0, |s| s.1);
    let confidence = if best_score <= 0.0 {
        0.0
    } else {
        ((best_score - runner_up.max(0.0)) / best_score).clamp(0.0, 1.0)
    };
    Detection {
        encoding: best,
        confidence,
    }
}

/// Decodes bytes of unknown encoding; returns the text and what was detected.
pub fn decode_detected(bytes: &[u8]) -> Result<(String, Detection), TextError> {
    let detection = detect_encoding(bytes);
    decode(bytes, detection.encoding).map(|text| (text, detection))
}

/// Score of a decoded text: frequent syllables found, minus characters that no Vietnamese text
/// holds (symbols from the Latin-1 range, stray combining marks).
fn plausibility(text: &str) -> f32 {
    let mut words = 0.0f32;
    let mut hits = 0.0f32;
    let mut strays = 0.0f32;
    for word in text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation()) {
        if word.is_empty() {
            continue;
        }
        words += 1.0;
        let lower = word.to_lowercase();
        if COMMON_SYLLABLES.contains(&lower.as_str()) {
            hits += 1.0;
        }
        strays += word
            .chars()
            .filter(|&c| !c.is_ascii() && !is_vietnamese_letter(c))
            .count() as f32;
    }
    if words == 0.0 {
        return 0.0;
    }
    (hits - strays) / words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every Vietnamese letter, lower and upper case.
    fn repertoire() -> String {
        let mut s = String::new();
        for row in [
            "aàáảãạăằắẳẵặâầấẩẫậ",
            "eèéẻẽẹêềếểễệ",
            "iìíỉĩị",
            "oòóỏõọôồốổỗộơờớởỡợ",
            "uùúủũụưừứửữự",
            "yỳýỷỹỵ",
            "đ",
        ] {
            s.push_str(row);
            s.push(' ');
            s.push_str(&row.to_uppercase());
            s.push(' ');
        }
        s
    }

    #[test]
    fn full_repertoire_round_trips() {
        let text = repertoire();
        for encoding in Encoding::ALL {
            let bytes = encode(&text, encoding).unwrap();
            assert_eq!(decode(&bytes, encoding).unwrap(), text, "{encoding}");
        }
    }

    #[test]
    fn known_renderings() {
        // As the same words look when legacy bytes are shown as Latin-1.
        let latin1 = |s: &str| s.chars().map(|c| c as u8).collect::<Vec<u8>>();
        assert_eq!(
            decode(&latin1("Hîp t¸c x·"), Encoding::Tcvn3).unwrap(),
            "Hợp tác xã"
        );
        assert_eq!(
            decode(&latin1("Ninh B×nh"), Encoding::Tcvn3).unwrap(),
            "Ninh Bình"
        );
        assert_eq!(
            decode(&latin1("Xin chaøo caùc baïn"), Encoding::Vni).unwrap(),
            "Xin chào các bạn"
        );
    }

    #[test]
    fn detection_on_each_encoding() {
        let text = "Năm 2023, toàn tỉnh có 464 hợp tác xã, 235 tổ hợp tác với hơn 570 nghìn thành viên; doanh thu bình quân của các hợp tác xã đạt 3,8 tỷ đồng.";
        for encoding in Encoding::ALL {
            let bytes = encode(text, encoding).unwrap();
            let detection = detect_encoding(&bytes);
            assert_eq!(detection.encoding, encoding);
            assert!(detection.confidence > 0.3, "{encoding}: {detection:?}");
            assert_eq!(decode_detected(&bytes).unwrap().0, text);
        }
    }

    #[test]
    fn names_parse() {
        for encoding in Encoding::ALL {
            assert_eq!(encoding.name().parse::<Encoding>(), Ok(encoding));
        }
        assert!("latin-9".parse::<Encoding>().is_err());
        assert!(decode(&[0xff, 0xfe], Encoding::Utf8).is_err());
    }
}
