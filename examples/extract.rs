//! Reads one report and prints what was found in it, and what was left out and why.
//!
//! ```text
//! cargo run --release --example extract -- report.txt [YYYY-MM-DD] [PROVINCE]
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use vncoop::extract::{extract, Document, Extraction};
use vncoop::model::{Observation, Unit};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: extract FILE [PUBLISHED YYYY-MM-DD] [PROVINCE]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut doc = Document::new(path.clone(), text);
    if let Some(date) = args
        .get(1)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        doc = doc.published(date);
    }
    if let Some(province) = args.get(2) {
        doc = doc.province(province.clone());
    }
    let found = extract(&doc);
    // A closed output ("extract FILE | head") ends the listing quietly.
    let _ = print_readings(&doc, &found);
    ExitCode::SUCCESS
}

/// One line per observation (indicator, value, unit, qualifier, kind, period, area, rule,
/// the words read, the scope: sector, legal form and stars in braces, the note in brackets,
/// what a count is per), then one per number left out.
fn print_readings(doc: &Document, found: &Extraction) -> io::Result<()> {
    let mut out = io::stdout().lock();
    for o in &found.observations {
        writeln!(
            out,
            "{:<28} {:>16} {:<8} {:<9} {:<8} {:<10} {:<12} {:<12} {} {}{}{}",
            o.indicator.to_string(),
            o.value.to_string(),
            o.unit.to_string(),
            format!("{:?}", o.qualifier),
            format!("{:?}", o.kind),
            o.period.as_ref().map_or("-".into(), |p| p.to_string()),
            o.area.to_string(),
            o.provenance.rule,
            &doc.text[o.provenance.span.clone()],
            scope_text(o),
            if o.scope.note.is_empty() {
                String::new()
            } else {
                format!("[{}]", o.scope.note)
            },
            // Money says what it is per in its own words; a count per year or month does not.
            match (o.unit, o.scope.per.as_slice()) {
                (Unit::Vnd, _) | (_, []) => String::new(),
                (_, per) => format!(
                    " per {}",
                    per.iter().map(|p| p.name()).collect::<Vec<_>>().join("/")
                ),
            },
        )?;
    }
    for d in &found.diagnostics {
        writeln!(out, "left out {:?}: {:?}", d.reason, d.text)?;
    }
    Ok(())
}

/// Sector, legal form and star levels, in braces; nothing when the figure has none of them.
fn scope_text(o: &Observation) -> String {
    let scope = &o.scope;
    let parts: Vec<String> = [
        scope.sector.map(|s| s.to_string()),
        scope.legal_form.map(|f| f.to_string()),
        scope.stars.map(|s| format!("stars {s}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("{{{}}} ", parts.join(", "))
    }
}
