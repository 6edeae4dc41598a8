//! The joint fund: calls, distributions, NAV, the J-curve, and IRR / TVPI / DPI.

use crate::t;
use egui::{RichText, Ui};

use super::chart;
use crate::chart::named;
use crate::chart::palette;

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let frame = &cx.frame;
    let p = frame.p;
    let f = &p.fund;
    ui.horizontal(|ui| {
        let ratio = |v: Option<f64>| v.map_or_else(|| t!("word-na"), crate::i18n::num::multiple);
        let irr = f.irr.map_or_else(|| t!("word-na"), palette::pct);
        ui.label(
            RichText::new(t!("fund-irr", value = irr))
                .strong()
                .size(16.0),
        )
        .on_hover_text(t!("fund-irr-help"));
        ui.separator();
        ui.label(
            RichText::new(t!("fund-tvpi", value = ratio(f.tvpi)))
                .strong()
                .size(16.0),
        )
        .on_hover_text(t!("fund-tvpi-help"));
        ui.separator();
        ui.label(
            RichText::new(t!("fund-dpi", value = ratio(f.dpi)))
                .strong()
                .size(16.0),
        )
        .on_hover_text(t!("fund-dpi-help"));
        ui.separator();
        ui.label(t!(
            "fund-coinvestment",
            value = palette::bn(p.summary.cumulative_coinvestment)
        ));
    });
    let h = ((ui.available_height() - 60.0) / 2.0).max(160.0);
    chart::show(ui, &named::fund_flows(frame), h);
    chart::show(ui, &named::j_curve(frame), h);
}
