//! Flows by sector over time, stacked.

use crate::t;
use egui::Ui;

use super::chart::{Series, TimeChart, ValueUnit};
use super::{Measure, measure_picker};
use crate::chart::palette;
use crate::model::{Country, Projection, Sector};

pub fn show(ui: &mut Ui, cx: &super::Context<'_>, measure: &mut Measure) {
    let frame = &cx.frame;
    measure_picker(ui, measure);
    let p = frame.p;
    let m = *measure;
    let series = |p: &Projection| -> Vec<Series> {
        Sector::ALL
            .into_iter()
            .map(|k| {
                let values = (0..p.years())
                    .map(|t| Country::ALL.into_iter().map(|c| m.cell(p, t, c, k)).sum())
                    .collect();
                Series::new(k.name(), palette::sector(k), values)
            })
            .collect()
    };
    let title = t!("chart-measure-by-sector", measure = measure.title());
    let chart = TimeChart::new("sectors", title, p.start_year, p.years(), ValueUnit::UsdBn)
        .stacked_with(frame, series);
    let height = ui.available_height() - 40.0;
    super::chart::show(ui, &chart, height);
}
