//! Speed of the studies (issue 5), on this 2-core machine:
//! - 10,000 uncertainty runs of the baseline, summarised into bands: ≤ 250 ms;
//! - a full tornado (every lever at both ends of its range): ≤ 50 ms;
//! - PRIM over 10,000 runs with 20 uncertain assumptions: ≤ 100 ms (issue 16);
//! - explaining a difference exactly with 10 parts (1,024 projections): ≤ 100 ms (issue 26).
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
    // Issue 15: the same study under the sustainable lending rule; target ≤ 250 ms.
    let mut steady = s.clone();
    steady.policy.lending_rule =
        sco_explorer::model::scenario::LendingRule::Sustainable { lookahead: 10 };
    group.bench_function("10000 runs, Sustainable(lookahead: 10), with bands", |b| {
        b.iter(|| run_study(black_box(&steady)).unwrap());
    });
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

/// PRIM's peeling over 10,000 runs of 20 assumptions, the bad runs in a box of two of them.
fn discovery(c: &mut Criterion) {
    use sco_explorer::model::discovery::{Sample, peel};
    let (n, d) = (10_000, 20);
    // A fixed low-discrepancy grid: the same sample every time, no RNG.
    let values: Vec<Vec<f64>> = (0..d)
        .map(|j| {
            let a = (2.0 + f64::from(j)).sqrt().fract();
            (0..n).map(|i| ((i + 1) as f64 * a).fract()).collect()
        })
        .collect();
    let bad: Vec<bool> = (0..n)
        .map(|i| values[0][i] > 0.6 && values[3][i] < 0.5)
        .collect();
    let sample = Sample {
        paths: (0..d).map(|j| format!("x{j}")).collect(),
        runs: (0..n as u64).collect(),
        results: vec![0.0; n],
        values,
        bad,
        left_out: 0,
    };
    c.bench_function("PRIM over 10000 runs, 20 assumptions", |b| {
        b.iter(|| peel(black_box(&sample)));
    });
}

/// Issue 26: the baseline against a scenario that differs in ten assumptions, explained
/// exactly (2^10 coalitions), for a scalar result and for a result by year.
fn explain(c: &mut Criterion) {
    use sco_explorer::model::attribution::{By, Move, Series, Target, explain};
    let a = Scenario::default();
    let mut b = a.clone();
    b.capital.subscribed = 80.0;
    b.capital.paid_in_ratio = 0.25;
    b.demand.growth = 0.5;
    b.demand.ceiling = 15.0;
    b.terms.tenor = 25;
    b.pricing.base_rate = 0.045;
    b.pricing.sovereign_spread = 0.015;
    b.risk.pd_multiplier = 1.5;
    b.policy.capital_floor = 0.2;
    b.fund.commitments = 8.0;
    assert_eq!(Move::between(&a, &b).len(), 10);
    let mut group = c.benchmark_group("explain");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("10 parts exactly, cumulative financing", |bench| {
        bench.iter(|| {
            explain(
                black_box(&a),
                &b,
                Target::Metric(Metric::CumulativeFinancing),
                By::Assumption,
            )
            .unwrap()
        });
    });
    group.bench_function("10 parts exactly, loans outstanding by year", |bench| {
        bench.iter(|| {
            explain(
                black_box(&a),
                &b,
                Target::Series(Series::Loans),
                By::Assumption,
            )
            .unwrap()
        });
    });
}

criterion_group!(benches, uncertainty, sensitivity, discovery, explain);
criterion_main!(benches);
