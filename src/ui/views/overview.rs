//! Headline figures with units, and small charts of what matters most.

use crate::t;
use egui::{Color32, RichText, Ui};

use super::chart::{RATIO_CAP_PCT, Series, TimeChart, ValueUnit};
use crate::i18n::num;
use crate::model::uncertainty::Series as Banded;
use crate::model::{Country, Projection, Sector};
use crate::ui::palette;

/// One headline figure in a box of fixed width, so that a row wraps whole figures; with a
/// reference pinned, its change from the reference below it.
fn figure(ui: &mut Ui, label: &str, value: String, help: &str, delta: Option<String>) {
    ui.allocate_ui(egui::vec2(150.0, 60.0), |ui| {
        ui.set_min_width(150.0);
        ui.vertical(|ui| {
            ui.label(RichText::new(label).small().weak());
            ui.label(RichText::new(value).size(17.0).strong())
                .on_hover_text(help);
            if let Some(delta) = delta {
                ui.label(RichText::new(delta).small())
                    .on_hover_text(t!("overview-delta-hint"));
            }
        });
    });
}

/// "+1.25 bn vs ref": a change in US$ bn, or "same" when there is none.
fn delta_bn(now: f64, then: f64) -> String {
    let d = now - then;
    if d.abs() < 0.005 {
        t!("delta-same")
    } else {
        t!("delta-vs-reference", change = num::signed_money(d))
    }
}

/// A change in percentage points between two optional ratios.
fn delta_pp(now: Option<f64>, then: Option<f64>) -> String {
    match (now, then) {
        (Some(a), Some(b)) if ((a - b) * 100.0).abs() < 0.05 => t!("delta-same"),
        (Some(a), Some(b)) => t!("delta-vs-reference", change = num::pp((a - b) * 100.0)),
        (_, None) => t!("delta-reference-na"),
        (None, Some(b)) => t!("delta-reference-was", value = palette::pct(b)),
    }
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    let p = f.p;
    let m = &p.summary;
    let r = f.reference.map(|r| &r.summary);
    let bn_delta =
        |now: f64, pick: fn(&crate::model::Summary) -> f64| r.map(|r| delta_bn(now, pick(r)));
    let last = p.year(p.years().saturating_sub(1));
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 8.0);
        figure(
            ui,
            &t!(
                "overview-financing",
                from = num::year(p.start_year),
                to = num::year(last)
            ),
            palette::bn(m.cumulative_financing),
            &t!("overview-financing-help"),
            bn_delta(m.cumulative_financing, |r| r.cumulative_financing),
        );
        figure(
            ui,
            &t!("overview-approvals"),
            palette::bn(m.cumulative_approvals),
            &t!("overview-approvals-help"),
            bn_delta(m.cumulative_approvals, |r| r.cumulative_approvals),
        );
        figure(
            ui,
            &t!("overview-peak"),
            m.peak_approvals_year.map_or_else(
                || t!("word-none"),
                |y| {
                    t!(
                        "value-in-year",
                        value = palette::bn(m.peak_approvals),
                        year = num::year(y)
                    )
                },
            ),
            &t!("overview-peak-help"),
            bn_delta(m.peak_approvals, |r| r.peak_approvals),
        );
        figure(
            ui,
            &t!("overview-binds"),
            m.first_binding_year.map_or_else(
                || t!("word-never"),
                |y| t!("from-year", year = num::year(y)),
            ),
            &t!("overview-binds-help"),
            r.map(|r| match (m.first_binding_year, r.first_binding_year) {
                (a, b) if a == b => t!("delta-same"),
                (Some(a), Some(b)) => t!(
                    "delta-years",
                    count = (a - b).abs(),
                    change = num::signed(f64::from(a - b), 0)
                ),
                (_, Some(b)) => t!("delta-reference-from", year = num::year(b)),
                (_, None) => t!("delta-reference-never"),
            }),
        );
        figure(
            ui,
            &t!("overview-lowest-ratio"),
            match (m.min_capital_ratio, m.min_capital_ratio_year) {
                (Some(r), Some(y)) => {
                    t!(
                        "value-in-year",
                        value = palette::pct(r),
                        year = num::year(y)
                    )
                }
                _ => t!("word-na"),
            },
            &t!(
                "overview-lowest-ratio-help",
                floor = palette::pct(s.policy.capital_floor)
            ),
            r.map(|r| delta_pp(m.min_capital_ratio, r.min_capital_ratio)),
        );
        figure(
            ui,
            &t!("overview-equity", year = num::year(last)),
            palette::bn(m.final_equity),
            &t!("overview-equity-help"),
            bn_delta(m.final_equity, |r| r.final_equity),
        );
        figure(
            ui,
            &t!("overview-irr"),
            m.fund_irr.map_or_else(|| t!("word-na"), palette::pct),
            &t!("overview-irr-help"),
            r.map(|r| delta_pp(m.fund_irr, r.fund_irr)),
        );
        figure(
            ui,
            &t!("overview-tvpi"),
            m.fund_tvpi.map_or_else(|| t!("word-na"), num::multiple),
            &t!("overview-tvpi-help"),
            r.map(|r| match (m.fund_tvpi, r.fund_tvpi) {
                (Some(a), Some(b)) => {
                    t!(
                        "delta-vs-reference",
                        change = format!("{}×", num::signed(a - b, 2))
                    )
                }
                _ => t!("delta-reference-na"),
            }),
        );
    });
    ui.separator();
    let n = p.years();
    let h = ((ui.available_height() - 70.0) / 2.0).max(140.0);
    ui.columns(2, |cols| {
        TimeChart::new(
            "overview-approvals",
            &t!("chart-approvals-demand"),
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .lines_with(&mut cols[0], f, |p| super::bank::lending_series(p).to_vec());
        let floor = s.policy.capital_floor * 100.0;
        TimeChart::new(
            "overview-ratio",
            &t!("chart-ratio-floor"),
            p.start_year,
            n,
            ValueUnit::Percent,
        )
        .height(h)
        .lines_with(&mut cols[1], f, |p| {
            vec![
                Series::new(
                    t!("series-capital-ratio"),
                    Color32::from_rgb(76, 175, 80),
                    p.bank
                        .iter()
                        .map(|y| {
                            y.capital_ratio
                                .map_or(0.0, |r| (r * 100.0).min(RATIO_CAP_PCT))
                        })
                        .collect(),
                )
                .banded(Banded::CapitalRatio),
                Series::new(
                    t!("series-floor"),
                    Color32::from_rgb(214, 69, 65),
                    vec![floor; p.years()],
                )
                .dashed(),
            ]
        });
        let by_sector = |p: &Projection| -> Vec<Series> {
            Sector::ALL
                .into_iter()
                .map(|k| {
                    let values = (0..p.years()).map(|t| p.sector_financing(t, k)).collect();
                    Series::new(k.name(), palette::sector(k), values)
                })
                .collect()
        };
        TimeChart::new(
            "overview-sectors",
            &t!("chart-financing-sector"),
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .stacked_with(&mut cols[0], f, by_sector);
        let by_country = |p: &Projection| -> Vec<Series> {
            Country::ALL
                .into_iter()
                .map(|c| {
                    Series::new(
                        c.name(),
                        palette::country_in_focus(c, cx.focus),
                        (0..p.years()).map(|t| p.financing(t, c)).collect(),
                    )
                })
                .collect()
        };
        TimeChart::new(
            "overview-countries",
            &t!("chart-financing-country"),
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .stacked_with(&mut cols[1], f, by_country);
    });
}
