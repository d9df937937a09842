//! Reading JSON-lines test files: one file, or every `*.jsonl` below a folder.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use vncoop::text::Lang;

use crate::score::Scores;

/// Every record of every JSON-lines file at `path` whose `dimension` is one of `dimensions`.
pub fn records(path: &Path, dimensions: &[&str]) -> Result<Vec<Value>, String> {
    let mut files = Vec::new();
    collect_files(path, &mut files)?;
    if files.is_empty() {
        return Err(format!("no .jsonl file at {}", path.display()));
    }
    let mut out = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record: Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", file.display(), number + 1))?;
            let dimension = record
                .get("dimension")
                .and_then(Value::as_str)
                .unwrap_or("");
            if dimensions.contains(&dimension) {
                out.push(record);
            }
        }
    }
    Ok(out)
}

fn collect_files(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let entries = fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_files(&p, files)?;
        } else if p.extension().is_some_and(|e| e == "jsonl") {
            files.push(p);
        }
    }
    Ok(())
}

/// A string field, or "".
pub fn text<'a>(record: &'a Value, key: &str) -> &'a str {
    record.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A record in a language vncoop supports.
pub struct Case {
    /// The whole record.
    pub record: Value,
    /// The language as the record writes it.
    pub lang_code: String,
    /// The language.
    pub lang: Lang,
}

impl Case {
    /// A string field of the record, or "".
    pub fn text(&self, key: &str) -> &str {
        text(&self.record, key)
    }
}

/// The records of `dimensions` at `path` whose language vncoop supports; the others are counted
/// out of scope in `scores`.
pub fn cases(path: &Path, dimensions: &[&str], scores: &mut Scores) -> Result<Vec<Case>, String> {
    let mut out = Vec::new();
    for record in records(path, dimensions)? {
        let lang_code = text(&record, "lang").to_string();
        match lang_code.parse::<Lang>() {
            Ok(lang) => out.push(Case {
                record,
                lang_code,
                lang,
            }),
            Err(_) => scores.skip(&lang_code, "language not supported"),
        }
    }
    Ok(out)
}

/// A test phrase in lower case, for out-of-scope rules that look for words.
pub struct Phrase {
    /// The phrase in lower case.
    pub lower: String,
}

impl Phrase {
    pub fn new(input: &str) -> Self {
        Phrase {
            lower: input.to_lowercase(),
        }
    }

    /// Its words (letters and digits).
    pub fn words(&self) -> Vec<&str> {
        self.lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect()
    }

    /// Whether any of its words is in `list`.
    pub fn has_any(&self, list: &[&str]) -> bool {
        self.words().iter().any(|w| list.contains(w))
    }
}
