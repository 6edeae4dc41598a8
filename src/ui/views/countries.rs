//! Flows by country over time, and each member's net position: paid in against received.

use crate::t;
use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::chart::{LegendItem, Series, SwatchKind, TimeChart, ValueUnit, chart_with_legend};
use super::{Measure, measure_picker};
use crate::model::{Country, Projection, Sector};
use crate::ui::palette;

const PAID_IN_COLOR: Color32 = Color32::from_rgb(200, 90, 80);
const RECEIVED_COLOR: Color32 = Color32::from_rgb(70, 150, 200);

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
    TimeChart::new(
        "countries",
        &title,
        p.start_year,
        p.years(),
        ValueUnit::UsdBn,
    )
    .height(half)
    .stacked_with(ui, frame, series);

    let title = t!("chart-net-position");
    let (paid_name, received_name) = (t!("series-paid-in"), t!("series-received"));
    let shown: Vec<_> = p
        .countries
        .iter()
        .filter(|c| c.paid_in_bank + c.contributed_fund + c.received_bank + c.received_fund > 0.0)
        .collect();
    let mut paid = Vec::new();
    let mut received = Vec::new();
    for (i, c) in shown.iter().enumerate() {
        let x = i as f64;
        // A country focused on the map stands out; the others fade.
        let fade = |colour: Color32| match cx.focus {
            Some(f) if f != c.country => colour.gamma_multiply(0.3),
            _ => colour,
        };
        paid.push(
            Bar::new(x - 0.2, -(c.paid_in_bank + c.contributed_fund))
                .width(0.38)
                .fill(fade(PAID_IN_COLOR))
                .name(t!("bar-paid-in", country = c.country.name())),
        );
        received.push(
            Bar::new(x + 0.2, c.received_bank + c.received_fund)
                .width(0.38)
                .fill(fade(RECEIVED_COLOR))
                .name(t!("bar-received", country = c.country.name())),
        );
    }
    let labels: Vec<String> = shown.iter().map(|c| c.country.code().to_owned()).collect();
    // The codes are written under the bars inside the plot, every one of them (axis ticks
    // would thin them out on a narrow chart); the bars' names say the country in full.
    let lowest = paid.iter().map(|b| b.value).fold(0.0f64, f64::min);
    let highest = received.iter().map(|b| b.value).fold(0.0f64, f64::max);
    let label_y = lowest - 0.04 * (highest - lowest).max(1e-9);
    let items = [
        LegendItem::new(&paid_name, PAID_IN_COLOR, SwatchKind::Area),
        LegendItem::new(&received_name, RECEIVED_COLOR, SwatchKind::Area),
    ];
    chart_with_legend(
        ui,
        "net-positions",
        &title,
        &items,
        |ui, hidden, width, _| {
            let shown = |name: &str| !hidden.iter().any(|h| h == name);
            Plot::new("net-positions")
                .y_grid_spacer(super::chart::value_grid)
                .height(half)
                .width(width)
                .show_axes([false, true])
                .include_y(label_y - 0.08 * (highest - lowest).max(1e-9))
                .y_axis_label(ValueUnit::UsdBn.axis())
                .y_axis_formatter(|mark, _| ValueUnit::UsdBn.tick(mark))
                .allow_scroll(false)
                .show(ui, |plot| {
                    for (i, code) in labels.iter().enumerate() {
                        plot.text(
                            egui_plot::Text::new(
                                "",
                                egui_plot::PlotPoint::new(i as f64, label_y),
                                egui::RichText::new(code).small(),
                            )
                            .anchor(egui::Align2::CENTER_TOP),
                        );
                    }
                    if shown(&paid_name) {
                        plot.bar_chart(BarChart::new(&paid_name, paid).color(PAID_IN_COLOR));
                    }
                    if shown(&received_name) {
                        plot.bar_chart(
                            BarChart::new(&received_name, received).color(RECEIVED_COLOR),
                        );
                    }
                })
                .response
        },
    );
}
