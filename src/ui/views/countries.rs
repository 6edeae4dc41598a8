//! Flows by country over time, and each member's net position: paid in against received.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::chart::{Frame, Series, TimeChart, ValueUnit};
use super::{Measure, measure_picker};
use crate::model::{Country, Projection, Sector};
use crate::ui::palette;

pub fn countries_ui(ui: &mut Ui, frame: &Frame<'_>, measure: &mut Measure) {
    measure_picker(ui, measure);
    let p = frame.p;
    let m = *measure;
    let series = |p: &Projection| -> Vec<Series> {
        Country::ALL
            .into_iter()
            .map(|c| {
                let values = (0..p.years())
                    .map(|t| Sector::ALL.into_iter().map(|k| m.cell(p, t, c, k)).sum())
                    .collect();
                Series::new(c.name(), palette::country(c), values)
            })
            .collect()
    };
    let title = format!("{} by country (US$ bn a year)", measure.title());
    let half = (ui.available_height() - 80.0) / 2.0;
    TimeChart::new(
        "countries",
        &title,
        p.start_year,
        p.years(),
        ValueUnit::UsdBn,
    )
    .height(half)
    .stacked_with(ui, frame, series);

    ui.label(RichText::new("Net position over the horizon: paid in (bank capital + fund contributions) against received (disbursements + investments), US$ bn").strong());
    let shown: Vec<_> = p
        .countries
        .iter()
        .filter(|c| c.paid_in_bank + c.contributed_fund + c.received_bank + c.received_fund > 0.0)
        .collect();
    let mut paid = Vec::new();
    let mut received = Vec::new();
    for (i, c) in shown.iter().enumerate() {
        let x = i as f64;
        paid.push(
            Bar::new(x - 0.2, -(c.paid_in_bank + c.contributed_fund))
                .width(0.38)
                .name(format!("{} paid in", c.country.name())),
        );
        received.push(
            Bar::new(x + 0.2, c.received_bank + c.received_fund)
                .width(0.38)
                .name(format!("{} received", c.country.name())),
        );
    }
    let labels: Vec<String> = shown.iter().map(|c| c.country.code().to_owned()).collect();
    Plot::new("net-positions")
        .y_grid_spacer(super::chart::value_grid)
        .height(half)
        .legend(super::chart::legend())
        .y_axis_label("US$ bn")
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-9 && i >= 0.0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("Paid in (shown below zero)", paid)
                    .color(egui::Color32::from_rgb(200, 90, 80)),
            );
            plot.bar_chart(
                BarChart::new("Received", received).color(egui::Color32::from_rgb(70, 150, 200)),
            );
        });
}
