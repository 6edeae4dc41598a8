//! Speed of scenario files. Target (issue 3): load + validate + project a preset in ≤ 2 ms.
#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sco_explorer::{file, model, presets};

fn files(c: &mut Criterion) {
    let preset = presets::preset("named_projects").expect("shipped");
    c.bench_function("load + validate + project the named-projects preset", |b| {
        b.iter(|| {
            let loaded = file::read(black_box(preset.text), "named_projects.ron").expect("valid");
            model::project(&loaded.scenario).expect("valid")
        });
    });
    let scenario = file::read(preset.text, "named_projects.ron")
        .expect("valid")
        .scenario;
    c.bench_function("write the named-projects preset as text", |b| {
        b.iter(|| file::to_text(black_box(&scenario)).expect("writable"));
    });
}

criterion_group!(benches, files);
criterion_main!(benches);
