//! Flows by country over time, and each member's net position: paid in against received.

use crate::t;
use egui::Ui;

use super::chart::{Series, TimeChart, ValueUnit};
use super::{Measure, measure_picker};
use crate::chart::named;
use crate::chart::palette;
use crate::model::{Country, Projection, Sector};

pub fn show(ui: &mut Ui, cx: &super::Context<'_>, measure: &mut Measure) {
    let frame = &cx.frame;
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
                Series::new(c.name(), palette::country_in_focus(c, cx.focus), values)
            })
            .collect()
    };
    let title = t!("chart-measure-by-country", measure = measure.title());
    let half = (ui.available_height() - 80.0) / 2.0;
    let chart = TimeChart::new(
        "countries",
        title,
        p.start_year,
        p.years(),
        ValueUnit::UsdBn,
    )
    .stacked_with(frame, series);
    super::chart::show(ui, &chart, half);
    super::chart::show(ui, &named::net_positions(p, cx.focus), half);
}
