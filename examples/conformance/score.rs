//! Pass counts per language, and their printing.

use std::collections::BTreeMap;

/// Passed and total per language, plus cases counted out of scope with their reason.
#[derive(Debug, Default)]
pub struct Scores {
    pub passed: BTreeMap<String, (usize, usize)>,
    pub out_of_scope: BTreeMap<String, BTreeMap<&'static str, usize>>,
    pub failures: Vec<String>,
    /// Per-document lines (the extract suite).
    pub documents: Vec<String>,
    /// Near misses of the extract suite: a prediction with the gold's value, one field off.
    pub near: Vec<String>,
    /// Errors of the extract suite by field, with `missed` and `spurious`.
    pub errors: BTreeMap<&'static str, usize>,
}

/// The order of the `errors extract` line: the near-miss fields, then what stayed unpaired.
const ERROR_FIELDS: [&str; 9] = [
    "period",
    "kind",
    "qualifier",
    "area",
    "indicator",
    "unit",
    "stars",
    "missed",
    "spurious",
];

impl Scores {
    pub fn record(&mut self, lang: &str, passed: bool, failure: impl FnOnce() -> String) {
        self.tally(lang, passed);
        if !passed {
            self.failures.push(failure());
        }
    }

    /// Counts a case without listing its failure (for a case scored in two groups).
    pub fn tally(&mut self, lang: &str, passed: bool) {
        let entry = self.passed.entry(lang.to_string()).or_default();
        entry.1 += 1;
        entry.0 += usize::from(passed);
    }

    pub fn skip(&mut self, lang: &str, reason: &'static str) {
        *self
            .out_of_scope
            .entry(lang.to_string())
            .or_default()
            .entry(reason)
            .or_default() += 1;
    }

    pub fn print(&self, suite: &str) {
        for failure in &self.failures {
            println!("FAIL {failure}");
        }
        for line in &self.documents {
            println!("{line}");
        }
        if suite == "extract" {
            self.print_extract();
            return;
        }
        for (lang, reasons) in &self.out_of_scope {
            for (reason, count) in reasons {
                println!("out of scope {suite} {lang}: {count} ({reason})");
            }
        }
        for (lang, (passed, total)) in &self.passed {
            println!("score {suite} {lang} {passed}/{total}");
        }
    }

    /// Near misses, `errors extract FIELD N ...`, then `score extract LANG recall TP/GOLD
    /// precision TP/PREDICTED` per language and overall.
    fn print_extract(&self) {
        for line in &self.near {
            println!("{line}");
        }
        let fields = ERROR_FIELDS
            .iter()
            .map(|f| format!("{f} {}", self.errors.get(f).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(" ");
        println!("errors extract {fields}");
        let mut langs: Vec<&str> = self
            .passed
            .keys()
            .filter_map(|k| k.strip_suffix("-recall"))
            .collect();
        langs.dedup();
        let (mut tp, mut gold, mut predicted) = (0, 0, 0);
        for lang in langs {
            let (t, g) = self
                .passed
                .get(&format!("{lang}-recall"))
                .copied()
                .unwrap_or_default();
            let (_, p) = self
                .passed
                .get(&format!("{lang}-precision"))
                .copied()
                .unwrap_or_default();
            println!("score extract {lang} recall {t}/{g} precision {t}/{p}");
            tp += t;
            gold += g;
            predicted += p;
        }
        println!("score extract all recall {tp}/{gold} precision {tp}/{predicted}");
    }
}
