//! The vncoop pipeline: reports in, a sourced summary out.
//!
//! ```text
//! cargo run --release --example pipeline              # the embedded sample corpus
//! cargo run --release --example pipeline -- DIR|FILE… # your own reports (*.txt)
//! ```
//!
//! Each report is decoded (UTF-8 or a legacy Vietnamese encoding, detected), normalized, its
//! language identified and its sentences and numbers found. Unreadable files are reported with
//! their reason and the run goes on.

mod corpus;

use std::process::ExitCode;

use vncoop::text::{detect_language, normalize, scan_numbers, sentences, Lang};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (documents, rejected) = if args.is_empty() {
        println!("vncoop pipeline: embedded sample corpus (examples/data)");
        corpus::embedded()
    } else {
        corpus::from_paths(&args)
    };
    for rejection in &rejected {
        eprintln!("rejected {}: {}", rejection.name, rejection.reason);
    }
    println!();
    println!(
        "{:<28} {:>4} {:>5} {:>9} {:>7}  first numbers",
        "document", "lang", "conf", "sentences", "numbers"
    );
    let mut total_numbers = 0;
    for document in &documents {
        let text = normalize(&document.text);
        let guess = detect_language(text.as_str());
        let lang = guess.lang.unwrap_or(Lang::En);
        let sentence_count = sentences(text.as_str()).len();
        let numbers = scan_numbers(text.as_str(), lang);
        total_numbers += numbers.len();
        let preview: Vec<String> = numbers
            .iter()
            .take(5)
            .map(|m| {
                let original = &document.text[text.original_range(m.span.clone())];
                format!(
                    "{original:?}={}{}",
                    m.value,
                    if m.percent { "%" } else { "" }
                )
            })
            .collect();
        println!(
            "{:<28} {:>4} {:>5.2} {:>9} {:>7}  {}",
            document.name,
            guess.lang.map_or("?", Lang::code),
            guess.confidence,
            sentence_count,
            numbers.len(),
            preview.join(" ")
        );
    }
    println!();
    println!(
        "documents read: {}, rejected: {}, numbers found: {}",
        documents.len(),
        rejected.len(),
        total_numbers
    );
    ExitCode::SUCCESS
}
