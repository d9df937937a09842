//! Reconcile + derive + check over one million synthetic observations.

// criterion_group! generates public functions without docs.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rust_decimal::Decimal;
use vncoop::model::{geography, Area, Era, Indicator, Kind, Observation, Period, Unit};
use vncoop::stats::{Report, Store};

/// 63 provinces × 20 years × 8 indicators, each stated by several reports (some disagreeing),
/// plus changes: 1,008,000 observations.
fn synthetic() -> Vec<(String, Vec<Observation>)> {
    let indicators = [
        (Indicator::Cooperatives, Unit::Count),
        (Indicator::CooperativeGroups, Unit::Count),
        (Indicator::UnionsOfCooperatives, Unit::Count),
        (Indicator::Members, Unit::People),
        (Indicator::Employees, Unit::People),
        (Indicator::OcopProducts, Unit::Products),
        (Indicator::AvgRevenuePerCooperative, Unit::Vnd),
        (Indicator::CharterCapital, Unit::Vnd),
    ];
    let mut reports = Vec::new();
    let mut n = 0u64;
    for (p, unit) in geography().old_units().iter().enumerate() {
        let area = Area::Province {
            code: unit.code.clone(),
            name: unit.name_vi.clone(),
            era: Era::Before2025,
        };
        let mut observations = Vec::new();
        for year in 2005..2025 {
            for (i, (indicator, u)) in indicators.iter().enumerate() {
                let base = Decimal::from(100 + p as i64 * 7 + (year - 2005) * 3 + i as i64);
                for report in 0..100u64 {
                    n += 1;
                    let disagree = report % 29 == 28;
                    let value = if disagree {
                        base.checked_add(Decimal::ONE).unwrap_or(base)
                    } else {
                        base
                    };
                    let mut o = Observation::new(*indicator, value, *u)
                        .with_period(Some(Period::Year(year as i32)));
                    o.area = area.clone();
                    o.provenance.document = format!("r{report}").into();
                    if report == 99 {
                        o.kind = Kind::Change;
                        o.value = Decimal::from(3);
                        o.baseline = Some(Period::Year(year as i32 - 1));
                    }
                    observations.push(o);
                }
            }
        }
        reports.push((format!("p{p}"), observations));
    }
    assert!(n >= 1_000_000);
    reports
}

fn stats(c: &mut Criterion) {
    let reports = synthetic();
    let count: usize = reports.iter().map(|(_, o)| o.len()).sum();
    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    group.throughput(Throughput::Elements(count as u64));
    // Grouping happens as observations are added, so the store is filled inside the timing.
    group.bench_function("reconcile+derive+check", |b| {
        b.iter_batched(
            || reports.clone(),
            |reports| {
                let mut store = Store::new();
                for (name, observations) in reports {
                    store.add(&name, None, observations);
                }
                Report::from(store).facts.len()
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, stats);
criterion_main!(benches);
