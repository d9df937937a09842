//! Measures vncoop against external test suites and fails when a score falls below its ratchet.
//!
//! ```text
//! cargo run --release --example conformance -- SUITE PATH
//! ```
//!
//! SUITE is one of `numeral`, `normalize`, `money`, `format`, `provinces`, `extract` (see
//! `docs/conformance.md`).
//! PATH is a JSON-lines file or a folder of them; every record whose `dimension` belongs to the
//! suite is checked. The command prints each failure, then one line per language:
//! `score SUITE LANG PASSED/TOTAL`, and exits with status 1 when a language scores below the
//! ratchet in `ratchets.txt` beside this file (2 on a usage or input error).

mod extract_suite;
mod format_suite;
mod jsonl;
mod money;
mod normalize_suite;
mod numeral;
mod provinces;
mod ratchet;
mod score;

use std::path::Path;
use std::process::ExitCode;

use score::Scores;

const USAGE: &str =
    "usage: conformance SUITE PATH   (SUITE: numeral, normalize, money, format, provinces, extract)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [suite, path] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let path = Path::new(path);
    let result: Result<Scores, String> = match suite.as_str() {
        "numeral" => numeral::run(path),
        "normalize" => normalize_suite::run(path),
        "money" => money::run(path),
        "format" => format_suite::run(path),
        "provinces" => provinces::run(path),
        "extract" => extract_suite::run(path),
        other => Err(format!(
            "unknown or not yet available suite {other:?}\n{USAGE}"
        )),
    };
    let scores = match result {
        Ok(scores) => scores,
        Err(message) => {
            eprintln!("conformance: {message}");
            return ExitCode::from(2);
        }
    };
    scores.print(suite);
    let below = ratchet::check(&ratchet::suite_key(suite, path), &scores);
    for line in &below {
        eprintln!("below ratchet: {line}");
    }
    if below.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
