//! Speed of the window, headless (egui_kittest, no GPU). Targets (issue 4): one frame of the main
//! window on the baseline ≤ 2 ms median; one slider step including the recompute ≤ 4 ms.
//! Issue 13: a frame with the Flows (Sankey) or the Map view shown ≤ 2 ms. The table views (Data,
//! Uncertainty's percentiles, Sensitivity's ranking) are measured against the same 2 ms.
#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code

use criterion::{Criterion, criterion_group, criterion_main};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sco_explorer::model::Scenario;
use sco_explorer::ui::document::Document;
use sco_explorer::ui::files::ScriptedPicker;
use sco_explorer::ui::views::View;
use sco_explorer::ui::{ExplorerApp, Prefs};

fn harness(view: View) -> Harness<'static, ExplorerApp> {
    let prefs = Prefs {
        view,
        ..Prefs::default()
    };
    let app = ExplorerApp::new(
        Document::new(Scenario::default()),
        prefs,
        Box::new(ScriptedPicker::default()),
        None,
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    h.run_ok();
    h
}

fn frames(c: &mut Criterion) {
    for view in [
        View::Overview,
        View::Bank,
        View::Sectors,
        View::Flows,
        View::Map,
        View::Data,
        View::Uncertainty,
        View::Sensitivity,
    ] {
        let mut h = harness(view);
        c.bench_function(&format!("one frame, {} view", view.title()), |b| {
            b.iter(|| h.step());
        });
    }
    let mut h = harness(View::Overview);
    let mut value = 50.0;
    c.bench_function("one slider step with recompute, Overview view", |b| {
        b.iter(|| {
            value = if value >= 150.0 { 50.0 } else { value + 1.0 };
            h.get_by_role_and_label(Role::Slider, "Subscribed capital (US$ bn)")
                .set_value_accesskit(value);
            h.step();
        });
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
