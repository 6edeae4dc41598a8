//! Speed of the projection engine. Target (issue 2): one baseline projection (25 years,
//! 10 borrowing countries, 10 sectors) in ≤ 50 µs median, so the model can rerun on every frame
//! of a slider drag.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sco_explorer::model::scenario::{Amortisation, Instrument, Project};
use sco_explorer::model::{Country, Scenario, Sector, project, project_into, project_valid};

fn baseline(c: &mut Criterion) {
    let s = Scenario::default();
    c.bench_function("project baseline (validate + project)", |b| {
        b.iter(|| project(black_box(&s)));
    });
    c.bench_function("project baseline (project only)", |b| {
        b.iter(|| project_valid(black_box(&s)));
    });
    // What the window does on every slider step: validate and recompute into the projection it
    // already holds, so no output buffer is allocated again.
    let mut out = project_valid(&s);
    c.bench_function("recompute baseline into the previous projection", |b| {
        b.iter(|| project_into(black_box(&s), &mut out));
    });
}

/// Issue 15: the sustainable lending rule looks ten years ahead every year; target ≤ 100 µs.
fn sustainable(c: &mut Criterion) {
    let mut s = Scenario::default();
    s.policy.lending_rule =
        sco_explorer::model::scenario::LendingRule::Sustainable { lookahead: 10 };
    c.bench_function(
        "project baseline, Sustainable(lookahead: 10) (validate + project)",
        |b| {
            b.iter(|| project(black_box(&s)).unwrap());
        },
    );
}

fn heavy(c: &mut Criterion) {
    // The longest horizon and tenor, every country borrowing, annuities, named projects.
    let mut s = Scenario::default();
    s.years = 40;
    s.terms.tenor = 35;
    s.terms.grace = 3;
    s.terms.amortisation = Amortisation::Annuity;
    for entry in s.countries.values_mut() {
        entry.member = true;
        entry.borrows = true;
        entry.weight = entry.weight.max(0.1);
    }
    for i in 0..20 {
        s.projects.push(Project {
            name: format!("Project {i}"),
            country: Country::ALL[i % 12],
            sector: Sector::ALL[i % 10],
            instrument: if i % 3 == 0 {
                Instrument::Fund
            } else {
                Instrument::Bank
            },
            amount: 0.5,
            year: 2027 + i as i32,
            sovereign: i % 2 == 0,
            source: "bench".into(),
        });
    }
    c.bench_function(
        "project worst case (40 years, 12 countries, 35-year annuities)",
        |b| b.iter(|| project(black_box(&s))),
    );
}

criterion_group!(benches, baseline, sustainable, heavy);
criterion_main!(benches);
