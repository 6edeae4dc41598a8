//! The joint fund: calls, distributions, NAV, the J-curve, and IRR / TVPI / DPI.

use crate::t;
use egui::{Color32, RichText, Ui};

use super::chart::{Series, TimeChart, ValueUnit};
use crate::model::FundYear;
use crate::model::Projection;
use crate::model::uncertainty::Series as Banded;
use crate::ui::palette;

/// One line of the fund's accounts, year by year.
fn col(p: &Projection, line: fn(&FundYear) -> f64) -> Vec<f64> {
    p.fund.years.iter().map(line).collect()
}

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
    let n = f.years.len();
    TimeChart::new(
        "fund-flows",
        &t!("chart-fund-flows"),
        p.start_year,
        n,
        ValueUnit::UsdBn,
    )
    .height(h)
    .lines_with(ui, frame, |p| {
        vec![
            Series::new(
                t!("series-calls"),
                Color32::from_rgb(214, 69, 65),
                col(p, |y| y.calls),
            ),
            Series::new(
                t!("series-distributions"),
                Color32::from_rgb(76, 175, 80),
                col(p, |y| y.distributions),
            ),
            Series::new(
                t!("series-nav"),
                Color32::from_rgb(52, 120, 200),
                col(p, |y| y.nav),
            ),
            Series::new(
                t!("series-management-fees"),
                Color32::from_rgb(156, 117, 95),
                col(p, |y| y.fees),
            ),
        ]
    });
    TimeChart::new(
        "fund-jcurve",
        &t!("chart-jcurve"),
        p.start_year,
        n,
        ValueUnit::UsdBn,
    )
    .height(h)
    .lines_with(ui, frame, |p| {
        vec![
            Series::new(
                t!("series-cumulative-net"),
                Color32::from_rgb(156, 99, 206),
                col(p, |y| y.cumulative_net),
            )
            .banded(Banded::FundCumulativeNet),
            Series::new(
                t!("series-net-cash-flow"),
                Color32::from_rgb(0, 172, 193),
                col(p, |y| y.net_cash_flow),
            )
            .dashed(),
        ]
    });
}
