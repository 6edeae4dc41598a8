//! The bank: balance sheet, capital ratio against the floor with the binding years marked,
//! headroom, and income.

use crate::t;
use egui::{Color32, Ui};
use egui_plot::{HLine, Line, PlotPoints, Span};

use super::chart::{
    Frame, LegendItem, RATIO_CAP_PCT, Series, SwatchKind, TimeChart, ValueUnit, band_areas,
    chart_with_legend,
};
use crate::i18n::num;
use crate::model::BankYear;
use crate::model::uncertainty::Series as Banded;
use crate::model::{Projection, Scenario};

/// One account of the bank, year by year.
fn col(p: &Projection, account: fn(&BankYear) -> f64) -> Vec<f64> {
    p.bank.iter().map(account).collect()
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    let p = f.p;
    let n = p.years();
    let h = ((ui.available_height() - 120.0) / 2.0).max(160.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.columns(2, |cols| {
            TimeChart::new(
                "bank-balance",
                &t!("chart-balance-sheet"),
                p.start_year,
                n,
                ValueUnit::UsdBn,
            )
            .height(h)
            .lines_with(&mut cols[0], f, |p| {
                vec![
                    Series::new(
                        t!("series-loans"),
                        Color32::from_rgb(52, 120, 200),
                        col(p, |y| y.loans),
                    )
                    .banded(Banded::Loans),
                    Series::new(
                        t!("series-undisbursed"),
                        Color32::from_rgb(120, 170, 230),
                        col(p, |y| y.undisbursed),
                    )
                    .dashed(),
                    Series::new(
                        t!("series-liquid"),
                        Color32::from_rgb(0, 172, 193),
                        col(p, |y| y.liquid_assets),
                    ),
                    Series::new(
                        t!("series-borrowings"),
                        Color32::from_rgb(214, 69, 65),
                        col(p, |y| y.borrowings),
                    ),
                    Series::new(
                        t!("series-equity"),
                        Color32::from_rgb(76, 175, 80),
                        col(p, |y| y.equity),
                    ),
                ]
            });
            capital_ratio_chart(&mut cols[1], f, s, h);
            TimeChart::new(
                "bank-lending",
                &t!("chart-lending"),
                p.start_year,
                n,
                ValueUnit::UsdBn,
            )
            .height(h)
            .lines_with(&mut cols[0], f, |p| {
                let mut series = lending_series(p).to_vec();
                // The most the bank may approve each year under its lending rule (none drawn
                // when the limit is not enforced).
                if p.bank
                    .iter()
                    .all(|y| !y.operating || y.lending_limit.is_some())
                {
                    series.push(Series::new(
                        t!("series-lending-limit"),
                        Color32::from_rgb(230, 150, 30),
                        col(p, |y| y.lending_limit.unwrap_or_default()),
                    ));
                }
                series.push(Series::new(
                    t!("series-repayments"),
                    Color32::from_rgb(156, 99, 206),
                    col(p, |y| y.repayments),
                ));
                series
            });
            TimeChart::new(
                "bank-income",
                &t!("chart-income"),
                p.start_year,
                n,
                ValueUnit::UsdBn,
            )
            .height(h)
            .lines_with(&mut cols[1], f, |p| {
                vec![
                    Series::new(
                        t!("series-interest"),
                        Color32::from_rgb(52, 120, 200),
                        col(p, |y| y.interest_income),
                    ),
                    Series::new(
                        t!("series-fees"),
                        Color32::from_rgb(0, 172, 193),
                        col(p, |y| y.fee_income),
                    ),
                    Series::new(
                        t!("series-treasury"),
                        Color32::from_rgb(120, 170, 230),
                        col(p, |y| y.treasury_income),
                    ),
                    Series::new(
                        t!("series-funding-cost"),
                        Color32::from_rgb(214, 69, 65),
                        col(p, |y| -y.funding_cost),
                    ),
                    Series::new(
                        t!("series-operating-cost"),
                        Color32::from_rgb(156, 117, 95),
                        col(p, |y| -y.opex),
                    ),
                    Series::new(
                        t!("series-credit-losses"),
                        Color32::from_rgb(233, 88, 143),
                        col(p, |y| -y.losses),
                    ),
                    Series::new(
                        t!("series-net-income"),
                        Color32::from_rgb(76, 175, 80),
                        col(p, |y| y.net_income),
                    ),
                ]
            });
        });
    });
}

/// Demand, approvals and disbursements by year: the lending series the Overview and the Bank
/// view both chart, defined once so they look the same in both.
pub fn lending_series(p: &Projection) -> [Series; 3] {
    [
        Series::new(t!("series-demand"), Color32::GRAY, col(p, |y| y.demand)).dashed(),
        Series::new(
            t!("series-approvals"),
            Color32::from_rgb(52, 120, 200),
            col(p, |y| y.approvals),
        )
        .banded(Banded::Approvals),
        Series::new(
            t!("series-disbursements"),
            Color32::from_rgb(0, 150, 136),
            col(p, |y| y.disbursements),
        ),
    ]
}

/// E / (L + ccf·U) against the floor, with the years the limit binds shaded.
fn capital_ratio_chart(ui: &mut Ui, f: &Frame<'_>, s: &Scenario, height: f32) {
    let p = f.p;
    let title = t!("chart-bank-ratio");
    let ratio_name = t!("series-capital-ratio");
    let reference_name = t!("chart-series-reference", name = ratio_name.as_str());
    let binds_name = t!("series-limit-binds");
    let years: Vec<f64> = (0..p.years()).map(|t| f64::from(p.year(t))).collect();
    let floor = s.policy.capital_floor * 100.0;
    let green = Color32::from_rgb(76, 175, 80);
    let red = Color32::from_rgb(214, 69, 65);
    let amber = Color32::from_rgba_unmultiplied(230, 150, 30, 40);
    let band = f
        .bands
        .and_then(|b| b.band(Banded::CapitalRatio).map(|band| (b, band)));
    let floor_name = t!("series-floor-at", floor = num::percent(floor, 0));
    let mut items = vec![LegendItem::new(&ratio_name, green, SwatchKind::Line)];
    if band.is_some() {
        items.push(LegendItem::band(&ratio_name, green));
    }
    if f.reference.is_some() {
        items.push(LegendItem::new(&reference_name, green, SwatchKind::Dashed));
    }
    items.push(LegendItem::new(&floor_name, red, SwatchKind::Dashed));
    items.push(LegendItem::new(
        &binds_name,
        Color32::from_rgb(230, 150, 30),
        SwatchKind::Area,
    ));
    let band_name = LegendItem::band(&ratio_name, green).name;
    chart_with_legend(
        ui,
        "bank-capital-ratio",
        &title,
        &items,
        |ui, hidden, width, capturing| {
            let shown = |name: &str| !hidden.iter().any(|h| h == name);
            let points: PlotPoints<'_> = p
                .bank
                .iter()
                .zip(&years)
                .filter_map(|(y, x)| {
                    y.capital_ratio
                        .map(|r| [*x, (r * 100.0).min(RATIO_CAP_PCT)])
                })
                .collect();
            let plot = egui_plot::Plot::new("bank-capital-ratio")
                .y_grid_spacer(super::chart::value_grid)
                .height(height)
                .width(width)
                .link_cursor(super::chart::time_link(), [true, false])
                .x_axis_label(t!("axis-year"))
                .y_axis_label("%")
                .y_axis_formatter(|mark, _| ValueUnit::Percent.tick(mark))
                .allow_scroll(false)
                .include_y(0.0)
                .include_y(floor * 2.0)
                .show_x(!capturing)
                .show_y(!capturing)
                .show_crosshair(!capturing);
            plot.show(ui, |plot| {
                if shown(&binds_name) {
                    for (y, x) in p.bank.iter().zip(&years) {
                        if y.binding {
                            plot.add(
                                Span::new(binds_name.as_str(), (x - 0.5)..=(x + 0.5)).fill(amber),
                            );
                        }
                    }
                }
                if shown(&floor_name) {
                    plot.hline(
                        HLine::new(floor_name.clone(), floor)
                            .color(red)
                            .style(egui_plot::LineStyle::dashed_loose()),
                    );
                }
                // The study's bands; the ratios of both scenarios stay on one axis in either
                // compare mode, so the bands do too.
                if let Some((bands, band)) = band
                    && shown(&band_name)
                {
                    let range = (100.0, RATIO_CAP_PCT);
                    band_areas(plot, band, bands.start_year, range, green, &ratio_name);
                }
                if shown(&ratio_name) {
                    plot.line(
                        Line::new(ratio_name.as_str(), points)
                            .color(green)
                            .width(2.0),
                    );
                }
                // The reference's ratio, dashed (in either compare mode: a difference of
                // ratios against one floor would hide where each stands).
                if let Some(r) = f.reference
                    && shown(&reference_name)
                {
                    let points: PlotPoints<'_> = r
                        .bank
                        .iter()
                        .enumerate()
                        .filter_map(|(t, y)| {
                            y.capital_ratio
                                .map(|v| [f64::from(r.year(t)), (v * 100.0).min(RATIO_CAP_PCT)])
                        })
                        .collect();
                    plot.line(
                        Line::new(reference_name.as_str(), points)
                            .color(green)
                            .width(2.0)
                            .style(egui_plot::LineStyle::dashed_loose()),
                    );
                }
            })
            .response
        },
    );
}
