//! MB/s of report text through normalize + extract, on the embedded sample corpus.

// criterion_group! generates public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vncoop::extract::{extract, Document};

const SAMPLES: [&str; 6] = [
    include_str!("../examples/data/vi_thai_binh_2023.txt"),
    include_str!("../examples/data/vi_hung_yen_2024.txt"),
    include_str!("../examples/data/vi_hung_yen_2025.txt"),
    include_str!("../examples/data/en_thai_binh_2024.txt"),
    include_str!("../examples/data/en_lam_dong_2024.txt"),
    include_str!("../examples/data/id_binh_thuan_2024.txt"),
];

fn extraction(c: &mut Criterion) {
    // About 1 MB per language group: each sample repeated as one long report.
    let docs: Vec<Document> = SAMPLES
        .iter()
        .enumerate()
        .map(|(i, s)| Document::new(format!("d{i}"), s.repeat(1_000_000 / 6 / s.len() + 1)))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let run = || -> usize { docs.iter().map(|d| extract(d).observations.len()).sum() };
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("normalize+extract/bytes", |b| b.iter(run));
    // The samples as they are, one report each: what a corpus of real reports costs, with the
    // work done once per document (language, dateline, provinces) counted in.
    let reports: Vec<Document> = SAMPLES
        .iter()
        .enumerate()
        .map(|(i, s)| Document::new(format!("r{i}"), *s))
        .collect();
    let report_bytes: usize = reports.iter().map(|d| d.text.len()).sum();
    group.throughput(Throughput::Bytes(report_bytes as u64));
    group.bench_function("normalize+extract/reports", |b| {
        b.iter(|| -> usize { reports.iter().map(|d| extract(d).observations.len()).sum() })
    });
    group.finish();
}

/// Text with no sentence end (a scrape without punctuation, a flattened table): the cost per
/// byte must not grow with the length, so 1 MB takes about ten times what 100 KB takes.
fn no_sentence_ends(c: &mut Criterion) {
    let mut group = c.benchmark_group("no_sentence_ends");
    group.sample_size(10);
    for size in [100_000, 1_000_000] {
        let flat: String = SAMPLES[0].replace(['.', '\n'], " ");
        let doc = Document::new("flat", flat.repeat(size / flat.len() + 1));
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(format!("{}KB", size / 1000), |b| {
            b.iter(|| extract(&doc).diagnostics.len())
        });
    }
    group.finish();
}

criterion_group!(benches, extraction, no_sentence_ends);
criterion_main!(benches);
