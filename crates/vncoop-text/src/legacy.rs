//! Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VISCII, to and from Unicode, with
//! detection for bytes of unknown encoding.
//!
//! Older government files still come in these encodings. TCVN3 (TCVN 5712:1993, the `.VnTime`
//! fonts) was the northern standard, VNI the southern one (a base letter followed by a mark byte),
//! VISCII (RFC 1456) the overseas one.

use std::fmt;
use std::str::FromStr;

use icu_normalizer::ComposingNormalizerBorrowed;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::TextError;
use crate::legacy_tables::{TCVN3_HIGH, TCVN3_LOW, VISCII_HIGH, VISCII_LOW, VNI};

/// A text encoding of Vietnamese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (Unicode, TCVN 6909:2001).
    Utf8,
    /// TCVN3 / ABC (TCVN 5712:1993).
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VISCII (RFC 1456).
    Viscii,
    /// UTF-16, little-endian (read with or without its byte-order mark, written with it).
    Utf16Le,
    /// UTF-16, big-endian (read with or without its byte-order mark, written with it).
    Utf16Be,
}

impl Encoding {
    /// Every supported encoding.
    pub const ALL: [Encoding; 6] = [
        Encoding::Utf8,
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// Short lower-case name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viscii => "viscii",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
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
            "utf-16le" | "utf16le" => Ok(Encoding::Utf16Le),
            "utf-16be" | "utf16be" => Ok(Encoding::Utf16Be),
            _ => Err(TextError::UnknownEncoding {
                input: s.to_string(),
            }),
        }
    }
}

/// Decodes `bytes` from `encoding` into NFC Unicode text.
///
/// The single-byte encodings accept every byte (bytes without a Vietnamese meaning read as
/// Latin-1), so only UTF-8 and UTF-16 can fail.
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
        Encoding::Utf16Le => decode_utf16(bytes, u16::from_le_bytes)?,
        Encoding::Utf16Be => decode_utf16(bytes, u16::from_be_bytes)?,
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
            Encoding::Utf16Le | Encoding::Utf16Be => {
                if offset == 0 {
                    push_utf16(&mut out, 0xFEFF, encoding);
                }
                let mut units = [0u16; 2];
                for &unit in c.encode_utf16(&mut units).iter() {
                    push_utf16(&mut out, unit, encoding);
                }
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

fn push_utf16(out: &mut Vec<u8>, unit: u16, encoding: Encoding) {
    let bytes = if encoding == Encoding::Utf16Be {
        unit.to_be_bytes()
    } else {
        unit.to_le_bytes()
    };
    out.extend_from_slice(&bytes);
}

/// UTF-16 in the byte order `unit` reads, without its byte-order mark; an odd length or an
/// unpaired surrogate is an error at its byte offset.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, TextError> {
    let invalid = |offset: usize| TextError::InvalidBytes {
        encoding: "utf-16",
        offset,
    };
    if !bytes.len().is_multiple_of(2) {
        return Err(invalid(bytes.len() - 1));
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut at = 0;
    for decoded in char::decode_utf16(units) {
        let c = decoded.map_err(|_| invalid(at))?;
        at += 2 * c.len_utf16();
        text.push(c);
    }
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
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
    fn names_parse() {
        for encoding in Encoding::ALL {
            assert_eq!(encoding.name().parse::<Encoding>(), Ok(encoding));
        }
        assert!("latin-9".parse::<Encoding>().is_err());
        assert!(decode(&[0xff, 0xfe], Encoding::Utf8).is_err());
    }
}
