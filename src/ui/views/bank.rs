//! The bank: balance sheet, capital ratio against the floor with the binding years marked,
//! headroom, and income.

use egui::Ui;

use super::chart;
use crate::chart::named;

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    let h = ((ui.available_height() - 120.0) / 2.0).max(160.0);
    ui.columns(2, |cols| {
        chart::show(&mut cols[0], &named::balance_sheet(f), h);
        let ratio = named::capital_ratio(f, s.policy.capital_floor);
        chart::show(&mut cols[1], &ratio, h);
        chart::show(&mut cols[0], &named::lending(f), h);
        chart::show(&mut cols[1], &named::income(f), h);
    });
}
