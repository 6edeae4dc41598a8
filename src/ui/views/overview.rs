//! Headline figures with units, and small charts of what matters most.

use crate::t;
use egui::{RichText, Ui};

use super::chart;
use crate::chart::{Frame, named, palette};
use crate::i18n::num;
use crate::model::Scenario;

/// One headline figure in a box of fixed width, so that a row wraps whole figures; with a
/// reference pinned, its change from the reference below it.
fn figure(ui: &mut Ui, label: &str, value: String, help: &str, delta: Option<String>) {
    ui.allocate_ui(egui::vec2(150.0, 60.0), |ui| {
        ui.set_min_width(150.0);
        ui.vertical(|ui| {
            ui.label(RichText::new(label).small());
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

/// One headline figure: what it is, its value, what it means, and its change from the pinned
/// reference when there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: String,
    pub value: String,
    pub help: String,
    pub delta: Option<String>,
}

/// The headline figures, as the Overview states them (and the brief repeats them).
pub fn figures(f: &Frame<'_>, s: &Scenario) -> Vec<Figure> {
    let p = f.p;
    let m = &p.summary;
    let r = f.reference.map(|r| &r.summary);
    let bn_delta =
        |now: f64, pick: fn(&crate::model::Summary) -> f64| r.map(|r| delta_bn(now, pick(r)));
    let last = p.year(p.years().saturating_sub(1));
    let figure = |label: &str, value: String, help: &str, delta: Option<String>| Figure {
        label: label.to_owned(),
        value,
        help: help.to_owned(),
        delta,
    };
    vec![
        figure(
            &t!(
                "overview-financing",
                from = num::year(p.start_year),
                to = num::year(last)
            ),
            palette::bn(m.cumulative_financing),
            &t!("overview-financing-help"),
            bn_delta(m.cumulative_financing, |r| r.cumulative_financing),
        ),
        figure(
            &t!("overview-approvals"),
            palette::bn(m.cumulative_approvals),
            &t!("overview-approvals-help"),
            bn_delta(m.cumulative_approvals, |r| r.cumulative_approvals),
        ),
        figure(
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
        ),
        figure(
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
        ),
        figure(
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
        ),
        figure(
            &t!("overview-equity", year = num::year(last)),
            palette::bn(m.final_equity),
            &t!("overview-equity-help"),
            bn_delta(m.final_equity, |r| r.final_equity),
        ),
        figure(
            &t!("overview-irr"),
            m.fund_irr.map_or_else(|| t!("word-na"), palette::pct),
            &t!("overview-irr-help"),
            r.map(|r| delta_pp(m.fund_irr, r.fund_irr)),
        ),
        figure(
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
        ),
    ]
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let (f, s) = (&cx.frame, cx.scenario);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 8.0);
        for fig in figures(f, s) {
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
