//! Speed of scenario files and of what is written from them. Targets: load + validate +
//! project a preset in ≤ 2 ms (issue 3); a brief of the baseline with a 2,000-run study in
//! ≤ 1 s (issue 14; the study, the charts, the Flows diagram, the map and the HTML together);
//! the Excel workbook of the baseline with a 2,000-run study in ≤ 1 s (issue 27: the study
//! and every sheet, chart and table, zipped).
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

fn brief(c: &mut Criterion) {
    let mut s = model::Scenario::default();
    s.uncertainty.runs = 2_000;
    let p = model::project(&s).expect("valid");
    let today = "2026-11-24";
    let write = |bands: Option<&model::uncertainty::Bands>| {
        let b = sco_explorer::brief::Brief {
            scenario: &s,
            projection: &p,
            file_name: "baseline.ron",
            reference: None,
            bands,
            tornado: None,
            today,
        };
        sco_explorer::brief::html(&b).expect("written")
    };
    let mut group = c.benchmark_group("brief");
    group.sample_size(10);
    group.bench_function("baseline, 2000-run study run and brief written", |b| {
        b.iter(|| {
            let bands = model::uncertainty::run_study(black_box(&s)).expect("valid");
            write(Some(&bands))
        });
    });
    let bands = model::uncertainty::run_study(&s).expect("valid");
    group.bench_function("baseline brief written from a finished study", |b| {
        b.iter(|| write(Some(black_box(&bands))));
    });
    group.finish();
}

fn workbook(c: &mut Criterion) {
    let mut s = model::Scenario::default();
    s.uncertainty.runs = 2_000;
    let p = model::project(&s).expect("valid");
    let write = |bands: Option<&model::uncertainty::Bands>| {
        let b = sco_explorer::brief::Brief {
            scenario: &s,
            projection: &p,
            file_name: "baseline.ron",
            reference: None,
            bands,
            tornado: None,
            today: "2026-12-03",
        };
        sco_explorer::workbook::xlsx(&b).expect("written")
    };
    let mut group = c.benchmark_group("workbook");
    group.sample_size(10);
    group.bench_function("baseline, 2000-run study run and workbook written", |b| {
        b.iter(|| {
            let bands = model::uncertainty::run_study(black_box(&s)).expect("valid");
            write(Some(&bands))
        });
    });
    let bands = model::uncertainty::run_study(&s).expect("valid");
    group.bench_function("baseline workbook written from a finished study", |b| {
        b.iter(|| write(Some(black_box(&bands))));
    });
    group.finish();
    let bytes = write(Some(&bands));
    eprintln!(
        "the workbook of the baseline with a 2000-run study: {} bytes",
        bytes.len()
    );
}

criterion_group!(benches, files, brief, workbook);
criterion_main!(benches);
