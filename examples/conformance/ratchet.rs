//! Ratchets: the lowest pass rate each suite and language may fall to. They only ever go up.

use std::path::Path;

use crate::score::Scores;

const RATCHETS: &str = include_str!("ratchets.txt");

/// The name a run's ratchets are filed under: the suite, and for `extract` the corpus folder as
/// well (`extract:seeds`, `extract:dev`), since each corpus has its own floor. Other folders
/// of the extract format have no ratchet.
pub fn suite_key(suite: &str, path: &Path) -> String {
    match (suite, path.file_name()) {
        ("extract", Some(name)) => format!("extract:{}", name.to_string_lossy()),
        _ => suite.to_string(),
    }
}

/// The lines of `scores` that fall below their ratchet.
pub fn check(suite: &str, scores: &Scores) -> Vec<String> {
    let mut below = Vec::new();
    for line in RATCHETS.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [s, lang, floor] = fields.as_slice() else {
            continue;
        };
        if *s != suite {
            continue;
        }
        let Ok(floor) = floor.parse::<f64>() else {
            continue;
        };
        if let Some(&(passed, total)) = scores.passed.get(*lang) {
            let rate = if total == 0 {
                1.0
            } else {
                passed as f64 / total as f64
            };
            if rate + 1e-9 < floor {
                below.push(format!("{suite} {lang} {passed}/{total} < {floor}"));
            }
        }
    }
    below
}
