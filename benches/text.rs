//! Throughput of normalization, folding and number scanning over mixed vi/en/id report text.

// criterion_group! generates public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vncoop::text::{fold, normalize, scan_numbers, Lang};

/// About 1 MB of report text: the sample corpus repeated.
fn corpus() -> String {
    let samples = [
        include_str!("../examples/data/vi_thai_binh_2023.txt"),
        include_str!("../examples/data/vi_hung_yen_2024.txt"),
        include_str!("../examples/data/en_lam_dong_2024.txt"),
        include_str!("../examples/data/id_binh_thuan_2024.txt"),
    ];
    let mut text = String::new();
    while text.len() < 1 << 20 {
        for sample in samples {
            text.push_str(sample);
        }
    }
    text
}

fn text(c: &mut Criterion) {
    let raw = corpus();
    let nfc = normalize(&raw).into_string();
    let ascii: String = raw.chars().filter(char::is_ascii).collect();
    let mut group = c.benchmark_group("text");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(nfc.len() as u64));
    group.bench_function("normalize/already_normalized_mixed", |b| {
        b.iter(|| normalize(&nfc))
    });
    group.bench_function("fold/mixed", |b| b.iter(|| fold(&nfc)));
    group.bench_function("scan_numbers/mixed_as_vi", |b| {
        b.iter(|| scan_numbers(&nfc, Lang::Vi))
    });
    group.throughput(Throughput::Bytes(ascii.len() as u64));
    group.bench_function("normalize/ascii", |b| b.iter(|| normalize(&ascii)));
    group.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
