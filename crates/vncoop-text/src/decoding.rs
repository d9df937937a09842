//! Bytes of unknown encoding to text, by a documented rule that never invents data:
//!
//! 1. A UTF-16 byte-order mark: UTF-16 in that byte order.
//! 2. NUL bytes or many control bytes: binary data (or UTF-16 without its mark), rejected.
//! 3. Valid UTF-8: UTF-8.
//! 4. UTF-8 with a few damaged sequences among many valid multi-byte characters (stray bytes,
//!    a file cut inside a character): UTF-8, each damaged sequence replaced by U+FFFD and
//!    counted in [`Detection::replaced`].
//! 5. Otherwise a legacy encoding (TCVN3, VNI, VISCII), only when its reading yields frequent
//!    Vietnamese syllables clearly more than the runner-up; else the bytes are rejected.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::TextError;
use crate::legacy::{decode, Encoding};
use crate::legacy_tables::{TCVN3_LOW, VISCII_LOW};
use crate::vietnamese::is_vietnamese_letter;

/// What was detected, and how sure the reading is.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Detection {
    /// The encoding the bytes were read in.
    pub encoding: Encoding,
    /// From 0 to 1. 1 for clean UTF-8 or UTF-16; for damaged UTF-8, the share of non-ASCII
    /// sequences that were valid; for a legacy encoding, how far its reading beats the
    /// runner-up's.
    pub confidence: f32,
    /// Damaged UTF-8 sequences replaced by U+FFFD (0 unless the bytes were damaged UTF-8).
    #[cfg_attr(feature = "serde", serde(default))]
    pub replaced: usize,
}

/// Frequent Vietnamese syllables; decoded text full of them is decoded right.
const COMMON_SYLLABLES: &[&str] = &[
    "của", "và", "các", "có", "được", "trong", "hợp", "tác", "xã", "năm", "người", "những", "là",
    "tỉnh", "với", "đã", "cho", "này", "một", "không", "thành", "viên", "sản", "phẩm", "đồng",
    "triệu", "tỷ", "phát", "triển", "kinh", "tế", "tập", "thể", "đến", "số", "lượng", "trên",
    "đạt", "tăng", "so", "việc", "hoạt", "động", "nghiệp", "nông", "huyện", "theo", "về", "để",
];

/// Damaged UTF-8 is still UTF-8 when at most this share of its non-ASCII sequences is
/// damaged.
const MAX_DAMAGED_SHARE: f32 = 0.1;
/// Control bytes (other than tab, line breaks and form feed) above this share make binary data.
const MAX_CONTROL_SHARE: f32 = 0.01;
/// A legacy reading must find at least this share of frequent syllables among its words.
const MIN_SYLLABLE_SHARE: f32 = 0.05;
/// ... and beat the runner-up by this share of its own score.
const MIN_LEGACY_MARGIN: f32 = 0.3;

/// Guesses the encoding of `bytes`, or says why they cannot be read as text.
///
/// ```
/// use vncoop_text::{detect_encoding, encode, Encoding};
/// let tcvn = encode("Tỉnh Thái Bình có 464 hợp tác xã và các tổ hợp tác", Encoding::Tcvn3)?;
/// assert_eq!(detect_encoding(&tcvn)?.encoding, Encoding::Tcvn3);
/// assert!(detect_encoding(b"\x7fELF\x02\x01\x01\x00\x00\x00").is_err());
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn detect_encoding(bytes: &[u8]) -> Result<Detection, TextError> {
    detect(bytes).map(|(detection, _)| detection)
}

/// The detection, with the legacy reading when one was decoded to score it.
fn detect(bytes: &[u8]) -> Result<(Detection, Option<String>), TextError> {
    let sure = |encoding| Detection {
        encoding,
        confidence: 1.0,
        replaced: 0,
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok((sure(Encoding::Utf16Le), None));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok((sure(Encoding::Utf16Be), None));
    }
    reject_binary(bytes)?;
    // Most files are clean UTF-8: the standard check settles them without counting sequences.
    if std::str::from_utf8(bytes).is_ok() {
        return Ok((sure(Encoding::Utf8), None));
    }
    let (valid, damaged) = utf8_sequences(bytes);
    let share = damaged as f32 / (valid + damaged) as f32;
    if valid > 0 && share <= MAX_DAMAGED_SHARE {
        let detection = Detection {
            encoding: Encoding::Utf8,
            confidence: 1.0 - share,
            replaced: damaged,
        };
        return Ok((detection, None));
    }
    legacy(bytes, damaged).map(|(detection, text)| (detection, Some(text)))
}

/// Decodes bytes of unknown encoding by the rule of [`detect_encoding`]; returns the text and
/// what was detected. Damaged UTF-8 is read with U+FFFD for each damaged sequence.
///
/// ```
/// use vncoop_text::{decode_detected, Encoding};
/// let (text, detection) = decode_detected("Hợp tác xã có 464 thành viên".as_bytes())?;
/// assert_eq!((text.as_str(), detection.encoding), ("Hợp tác xã có 464 thành viên", Encoding::Utf8));
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
pub fn decode_detected(bytes: &[u8]) -> Result<(String, Detection), TextError> {
    let (detection, legacy_text) = detect(bytes)?;
    let text = match legacy_text {
        Some(text) => text,
        // Clean UTF-8 is copied as it is; damaged UTF-8 gets U+FFFD for each damaged sequence.
        None if detection.encoding == Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        None => decode(bytes, detection.encoding)?,
    };
    Ok((text, detection))
}

/// NUL bytes or many control bytes: not text in any encoding vncoop reads.
fn reject_binary(bytes: &[u8]) -> Result<(), TextError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        // UTF-16 text without its mark has its NULs on one side of each pair of bytes.
        let nuls_at = |parity: usize| {
            bytes
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|&&b| b == 0)
                .count()
        };
        let (even, odd) = (nuls_at(0), nuls_at(1));
        let one_sided = even.max(odd) * 5 >= bytes.len() && even.min(odd) * 20 <= even.max(odd);
        return Err(TextError::Binary {
            offset,
            hint: if one_sided {
                "UTF-16 without a byte-order mark?"
            } else {
                "NUL byte"
            },
        });
    }
    // Legacy encodings put a few capitals on control positions; those are letters.
    let letter = |b: u8| {
        TCVN3_LOW
            .iter()
            .chain(VISCII_LOW.iter())
            .any(|&(l, _)| l == b)
    };
    let control =
        |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C) && !letter(b)) || b == 0x7F;
    let controls = bytes.iter().filter(|&&b| control(b)).count();
    if controls as f32 > MAX_CONTROL_SHARE * bytes.len() as f32 {
        let offset = bytes.iter().position(|&b| control(b)).unwrap_or(0);
        return Err(TextError::Binary {
            offset,
            hint: "control bytes",
        });
    }
    Ok(())
}

/// Valid non-ASCII UTF-8 characters and damaged sequences in `bytes`.
fn utf8_sequences(bytes: &[u8]) -> (usize, usize) {
    let mut valid = 0;
    let mut damaged = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        damaged += usize::from(!chunk.invalid().is_empty());
    }
    (valid, damaged)
}

/// The legacy encoding whose reading is clearly Vietnamese, if one is.
fn legacy(bytes: &[u8], damaged: usize) -> Result<(Detection, String), TextError> {
    let mut scored: Vec<(Encoding, f32, String)> =
        [Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii]
            .into_iter()
            .map(|encoding| {
                let text = decode(bytes, encoding).unwrap_or_default();
                (encoding, plausibility(&text), text)
            })
            .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (best, best_score, text) = scored.remove(0);
    let runner_up = scored.first().map_or(0.0, |s| s.1.max(0.0));
    let confidence = if best_score > 0.0 {
        ((best_score - runner_up) / best_score).clamp(0.0, 1.0)
    } else {
        0.0
    };
    if best_score < MIN_SYLLABLE_SHARE || confidence < MIN_LEGACY_MARGIN {
        return Err(TextError::UnknownBytes {
            damaged,
            best: best.name(),
        });
    }
    let detection = Detection {
        encoding: best,
        confidence,
        replaced: 0,
    };
    Ok((detection, text))
}

/// Score of a decoded text: the share of its words that are frequent syllables, minus
/// characters no Vietnamese text holds (symbols from the Latin-1 range, stray marks).
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
