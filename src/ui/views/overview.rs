//! Headline figures with units ([`crate::headline`]), and small charts of what matters most.

use crate::t;
use egui::{RichText, Ui};

use super::chart;
use crate::chart::named;
use crate::headline;

/// The size of a headline figure's name, in points.
const LABEL_SIZE: f32 = 12.0;

/// One headline figure in a box of fixed width, so that a row wraps whole figures; with a
/// reference pinned, its change from the reference below it.
fn figure(ui: &mut Ui, label: &str, value: String, help: &str, delta: Option<String>) {
    ui.allocate_ui(egui::vec2(150.0, 60.0), |ui| {
        ui.set_min_width(150.0);
        ui.vertical(|ui| {
            // Larger than egui's small text (9 points), which Chinese characters at that size
            // make hard to read.
            ui.label(RichText::new(label).size(LABEL_SIZE));
            ui.label(RichText::new(value).size(17.0).strong())
                .on_hover_text(help);
            if let Some(delta) = delta {
                ui.label(RichText::new(delta).size(LABEL_SIZE - 1.0))
                    .on_hover_text(t!("overview-delta-hint"));
            }
        });
    });
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 8.0);
        for fig in headline::figures(f, s) {
            figure(ui, &fig.label, fig.value, &fig.help, fig.delta);
        }
    });
    ui.separator();
    let h = ((ui.available_height() - 70.0) / 2.0).max(140.0);
    ui.columns(2, |cols| {
        chart::show(&mut cols[0], &named::approvals(f), h);
        // The Bank view's chart, under the Overview's shorter heading.
        let ratio = crate::chart::Chart {
            id: "overview-ratio",
            title: t!("chart-ratio-floor"),
            ..named::capital_ratio(f, s.policy.capital_floor)
        };
        chart::show(&mut cols[1], &ratio, h);
        chart::show(&mut cols[0], &named::by_sector(f), h);
        chart::show(&mut cols[1], &named::by_country(f, cx.focus), h);
    });
}
