//! Speed of the studies (issue 5), on this 2-core machine:
//! - 10,000 uncertainty runs of the baseline, summarised into bands: ≤ 250 ms;
//! - a full tornado (every lever at both ends of its range): ≤ 50 ms.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sco_explorer::model::goal_seek::{Goal, seek};
use sco_explorer::model::sensitivity::{Span, tornado};
use sco_explorer::model::uncertainty::{Accumulator, Sampler, run_study, simulate};
use sco_explorer::model::{Lever, Metric, Scenario};

fn uncertainty(c: &mut Criterion) {
    let mut s = Scenario::default();
    s.uncertainty.runs = 10_000;
    let mut group = c.benchmark_group("uncertainty");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("10000 runs of the baseline, with bands", |b| {
        b.iter(|| run_study(black_box(&s)).unwrap());
    });
    // The two halves, to see where the time goes.
    let sampler = Sampler::new(&s).unwrap();
    group.bench_function("10000 runs of the baseline, runs only", |b| {
        b.iter(|| simulate(black_box(&s), &sampler, 0..10_000));
    });
    let mut acc = Accumulator::new(&s);
    acc.extend(simulate(&s, &sampler, 0..10_000));
    group.bench_function("bands of 10000 runs", |b| b.iter(|| acc.bands()));
    group.finish();
}

fn sensitivity(c: &mut Criterion) {
    let s = Scenario::default();
    c.bench_function("tornado of the baseline, range ends", |b| {
        b.iter(|| tornado(black_box(&s), Metric::CumulativeFinancing, Span::RangeEnds).unwrap());
    });
    let goal = Goal {
        lever: Lever::find("capital.subscribed").unwrap(),
        metric: Metric::FirstBindingYear,
        target: 2040.0,
    };
    c.bench_function("goal seek subscribed capital for 2040", |b| {
        b.iter(|| seek(black_box(&s), &goal).unwrap());
    });
}

criterion_group!(benches, uncertainty, sensitivity);
criterion_main!(benches);
