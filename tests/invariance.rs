//! What is read must not depend on layout: doubled spaces, tabs, no-break spaces, CRLF line
//! ends and decomposed (NFD) text give the same observations as the original, on every sample
//! report. Only the spans differ (they point into each variant's own bytes).

// Test helpers fail loudly, like the tests they serve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use vncoop::extract::{extract, Document};
use vncoop::model::Observation;

/// An observation without its provenance.
fn meaning(o: &Observation) -> String {
    let mut o = o.clone();
    o.provenance = Default::default();
    serde_json::to_string(&o).unwrap()
}

fn read(name: &str, text: String) -> Vec<String> {
    extract(&Document::new(name, text))
        .observations
        .iter()
        .map(meaning)
        .collect()
}

fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// A change of layout applied to a whole text.
type Variant = fn(&str) -> String;

#[test]
fn layout_does_not_change_what_is_read() {
    let variants: [(&str, Variant); 4] = [
        ("doubled spaces", |t| t.replace(' ', "  ")),
        ("tabs and no-break spaces", |t| t.replace(' ', " \t\u{a0}")),
        ("CRLF", |t| t.replace('\n', "\r\n")),
        ("trailing spaces", |t| t.replace('\n', "   \n")),
    ];
    for (name, text) in samples() {
        let original = read(&name, text.clone());
        assert!(!original.is_empty(), "{name}");
        for (variant, change) in variants {
            assert_eq!(
                read(&name, change(&text)),
                original,
                "{name}: {variant} changed the observations"
            );
        }
    }
}

#[test]
fn reading_order_does_not_change_the_statistics() {
    use vncoop::stats::{check, derive, Store};
    let read: Vec<_> = samples()
        .into_iter()
        .map(|(name, text)| {
            let found = extract(&Document::new(name.clone(), text));
            (name, found.published, found.observations)
        })
        .collect();
    let outcome = |order: &mut dyn Iterator<Item = &(String, _, Vec<Observation>)>| {
        let mut store = Store::new();
        for (name, published, observations) in order {
            store.add(name, *published, observations.iter().cloned());
        }
        let reconciled = store.into_reconciled();
        let derived = derive(&reconciled.facts);
        let findings = check(&reconciled.facts);
        serde_json::to_string(&(reconciled, derived, findings)).unwrap()
    };
    let forward = outcome(&mut read.iter());
    assert!(
        forward.contains("candidates"),
        "the samples hold a conflict"
    );
    let backward = outcome(&mut read.iter().rev());
    // On failure, show where the two outcomes part rather than both whole.
    if let Some(at) = forward
        .char_indices()
        .zip(backward.chars())
        .find(|((_, a), b)| a != b)
        .map(|((i, _), _)| i)
    {
        let context: String = forward[at..].chars().take(300).collect();
        panic!("outcomes differ at byte {at}: {context}");
    }
    assert_eq!(backward.len(), forward.len());
}
