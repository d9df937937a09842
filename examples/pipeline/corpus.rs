//! Where the pipeline's documents come from: the embedded sample corpus or the user's files.

use std::fs;
use std::path::{Path, PathBuf};

use vncoop::text::{decode_detected, Encoding};

/// A report, decoded to text.
pub struct Document {
    pub name: String,
    pub text: String,
}

/// An input that could not be read, and why.
pub struct Rejection {
    pub name: String,
    pub reason: String,
}

/// The sample corpus, compiled into the example so it runs from anywhere.
const EMBEDDED: &[(&str, &[u8])] = &[
    (
        "vi_thai_binh_2023.txt",
        include_bytes!("../data/vi_thai_binh_2023.txt"),
    ),
    (
        "vi_hung_yen_2024.txt",
        include_bytes!("../data/vi_hung_yen_2024.txt"),
    ),
    (
        "vi_hung_yen_2025.txt",
        include_bytes!("../data/vi_hung_yen_2025.txt"),
    ),
    (
        "en_thai_binh_2024.txt",
        include_bytes!("../data/en_thai_binh_2024.txt"),
    ),
    (
        "en_lam_dong_2024.txt",
        include_bytes!("../data/en_lam_dong_2024.txt"),
    ),
    (
        "id_binh_thuan_2024.txt",
        include_bytes!("../data/id_binh_thuan_2024.txt"),
    ),
];

pub fn embedded() -> (Vec<Document>, Vec<Rejection>) {
    let mut documents = Vec::new();
    let mut rejected = Vec::new();
    for (name, bytes) in EMBEDDED {
        read_bytes(name, bytes, &mut documents, &mut rejected);
    }
    (documents, rejected)
}

pub fn from_paths(args: &[String]) -> (Vec<Document>, Vec<Rejection>) {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut rejected = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if path.is_dir() {
            match fs::read_dir(path) {
                Ok(entries) => {
                    let mut found: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                        .collect();
                    found.sort();
                    files.extend(found);
                }
                Err(e) => rejected.push(Rejection {
                    name: arg.clone(),
                    reason: e.to_string(),
                }),
            }
        } else {
            files.push(path.to_path_buf());
        }
    }
    let mut documents = Vec::new();
    for file in files {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match fs::read(&file) {
            Ok(bytes) => read_bytes(&name, &bytes, &mut documents, &mut rejected),
            Err(e) => rejected.push(Rejection {
                name: file.display().to_string(),
                reason: e.to_string(),
            }),
        }
    }
    (documents, rejected)
}

/// Decodes one input by the rule of `decode_detected`: binary data and bytes no encoding
/// explains are rejected with the reason; damaged UTF-8 is read with replacement characters
/// and said so.
fn read_bytes(
    name: &str,
    bytes: &[u8],
    documents: &mut Vec<Document>,
    rejected: &mut Vec<Rejection>,
) {
    match decode_detected(bytes) {
        Ok((text, detection)) => {
            if detection.replaced > 0 {
                eprintln!(
                    "warning {name}: damaged UTF-8, {} invalid sequences read as U+FFFD",
                    detection.replaced
                );
            } else if detection.encoding != Encoding::Utf8 {
                eprintln!(
                    "note {name}: read as {} (confidence {:.2})",
                    detection.encoding, detection.confidence
                );
            }
            documents.push(Document {
                name: name.to_string(),
                text,
            });
        }
        Err(e) => rejected.push(Rejection {
            name: name.to_string(),
            reason: e.to_string(),
        }),
    }
}
