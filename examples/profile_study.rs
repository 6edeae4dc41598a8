//! Profiles the uncertainty runs: `cargo run --profile profiling --example profile_study`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use sco_explorer::model::uncertainty::{Accumulator, Sampler, simulate};
use sco_explorer::model::{Scenario, project_valid};

fn main() {
    if std::env::args().any(|a| a == "--runs-only") {
        let s = Scenario::default();
        let sampler = Sampler::new(&s).unwrap();
        let t = Instant::now();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let n = pool.install(|| simulate(&s, &sampler, 0..10_000).len());
        println!(
            "{n} runs on 1 thread: {:.1} µs a run",
            t.elapsed().as_secs_f64() / n as f64 * 1e6
        );
        return;
    }
    let mut s = Scenario::default();
    s.uncertainty.runs = 10_000;
    if std::env::args().any(|a| a == "--bands-only") {
        let sampler = Sampler::new(&s).unwrap();
        let mut acc = Accumulator::new(&s);
        acc.extend(simulate(&s, &sampler, 0..10_000));
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let t = Instant::now();
        pool.install(|| {
            for _ in 0..20 {
                std::hint::black_box(acc.bands());
            }
        });
        println!(
            "bands on 1 thread: {:.1} ms",
            t.elapsed().as_secs_f64() / 20.0 * 1e3
        );
        return;
    }
    let sampler = Sampler::new(&s).unwrap();
    let t = Instant::now();
    for _ in 0..2000 {
        std::hint::black_box(project_valid(&s));
    }
    println!(
        "project_valid: {:.1} µs",
        t.elapsed().as_secs_f64() / 2000.0 * 1e6
    );
    let drawn: Vec<Scenario> = (0..2000)
        .map(|i| {
            let mut d = s.clone();
            sampler.draw_into(i, &mut d);
            d
        })
        .collect();
    let t = Instant::now();
    for d in &drawn {
        std::hint::black_box(project_valid(d));
    }
    println!(
        "project_valid on drawn scenarios: {:.1} µs",
        t.elapsed().as_secs_f64() / 2000.0 * 1e6
    );
    let t = Instant::now();
    for d in &drawn {
        std::hint::black_box(d.validate().is_ok());
    }
    println!(
        "validate: {:.1} µs",
        t.elapsed().as_secs_f64() / 2000.0 * 1e6
    );
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let t = Instant::now();
            let runs = simulate(&s, &sampler, 0..10_000);
            let ran = t.elapsed();
            let t = Instant::now();
            let mut acc = Accumulator::new(&s);
            acc.extend(runs);
            let kept = t.elapsed();
            for _ in 0..3 {
                let t = Instant::now();
                std::hint::black_box(acc.bands());
                println!("  bands again: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
            }
            let t = Instant::now();
            std::hint::black_box(acc.bands());
            println!(
                "{threads} thread(s): runs {:.0} ms, accumulate {:.0} ms, bands {:.0} ms",
                ran.as_secs_f64() * 1e3,
                kept.as_secs_f64() * 1e3,
                t.elapsed().as_secs_f64() * 1e3
            );
        });
    }
}
