//! Money expressions parsed per second, and MB/s of money-dense text.

// criterion_group! generates public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vncoop::money::scan_money;
use vncoop::text::Lang;

const SENTENCES: [&str; 4] = [
    "Doanh thu bình quân đạt 3,825 tỷ đồng, lợi nhuận 396 triệu đồng, thu nhập 5,2 triệu đồng/người/tháng. ",
    "Average revenue was 3,825 million VND, profit VND 650 million/year and income 8-12 million VND/person/month. ",
    "Pendapatan rata-rata 1,7 miliar VND per tahun dan 4,8 juta VND per orang per bulan. ",
    "Vốn điều lệ hơn 1.263 tỷ đồng, dư nợ 5 tỷ 300 triệu đồng. ",
];

fn money(c: &mut Criterion) {
    let langs = [Lang::Vi, Lang::En, Lang::Id, Lang::Vi];
    let mut texts: Vec<(String, Lang)> = Vec::new();
    for (sentence, lang) in SENTENCES.iter().zip(langs) {
        texts.push((sentence.repeat(2500), lang));
    }
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let scan_all = || -> usize { texts.iter().map(|(t, l)| scan_money(t, *l).len()).sum() };
    let expressions = scan_all();
    let mut group = c.benchmark_group("money");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("scan_money/bytes", |b| b.iter(scan_all));
    group.throughput(Throughput::Elements(expressions as u64));
    group.bench_function("scan_money/expressions", |b| b.iter(scan_all));
    group.finish();
}

criterion_group!(benches, money);
criterion_main!(benches);
