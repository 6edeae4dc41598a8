//! Headline figures with units, and small charts of what matters most.

use egui::{Color32, RichText, Ui};

use super::chart::{Series, TimeChart, ValueUnit};
use crate::model::{Country, Projection, Scenario, Sector};
use crate::ui::palette;

/// One headline figure in a box of fixed width, so that a row wraps whole figures.
fn figure(ui: &mut Ui, label: &str, value: String, help: &str) {
    ui.allocate_ui(egui::vec2(150.0, 44.0), |ui| {
        ui.set_min_width(150.0);
        ui.vertical(|ui| {
            ui.label(RichText::new(label).small().weak());
            ui.label(RichText::new(value).size(17.0).strong())
                .on_hover_text(help);
        });
    });
}

pub fn overview_ui(ui: &mut Ui, p: &Projection, s: &Scenario) {
    let m = &p.summary;
    let last = p.year(p.years().saturating_sub(1));
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 8.0);
        figure(
            ui,
            &format!("Financing {}–{last}", p.start_year),
            palette::bn(m.cumulative_financing),
            "Bank disbursements plus fund investments over the horizon, US$ billion",
        );
        figure(
            ui,
            "Bank approvals",
            palette::bn(m.cumulative_approvals),
            "Cumulative approvals, US$ billion",
        );
        figure(
            ui,
            "Peak approvals",
            m.peak_approvals_year.map_or("none".into(), |y| {
                format!("{} in {y}", palette::bn(m.peak_approvals))
            }),
            "Largest annual approvals",
        );
        figure(
            ui,
            "Capital limit binds",
            m.first_binding_year
                .map_or("never".into(), |y| format!("from {y}")),
            "First year the capital floor or the statutory multiple cut approvals",
        );
        figure(
            ui,
            "Lowest capital ratio",
            match (m.min_capital_ratio, m.min_capital_ratio_year) {
                (Some(r), Some(y)) => format!("{} in {y}", palette::pct(r)),
                _ => "n/a".into(),
            },
            &format!(
                "Lowest year-end E/(L + ccf·U); the floor is {}",
                palette::pct(s.policy.capital_floor)
            ),
        );
        figure(
            ui,
            &format!("Equity {last}"),
            palette::bn(m.final_equity),
            "Paid-in capital plus retained earnings at the end of the horizon",
        );
        figure(
            ui,
            "Fund IRR",
            m.fund_irr.map_or("n/a".into(), palette::pct),
            "Investors' internal rate of return",
        );
        figure(
            ui,
            "Fund TVPI",
            m.fund_tvpi.map_or("n/a".into(), |v| format!("{v:.2}×")),
            "Total value to paid-in",
        );
    });
    ui.separator();
    let n = p.years();
    let h = ((ui.available_height() - 70.0) / 2.0).max(140.0);
    ui.columns(2, |cols| {
        TimeChart::new(
            "overview-approvals",
            "Approvals and demand (US$ bn a year)",
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .lines(&mut cols[0], &super::bank::lending_series(p));
        let floor = s.policy.capital_floor * 100.0;
        TimeChart::new(
            "overview-ratio",
            "Capital ratio against the floor (%)",
            p.start_year,
            n,
            ValueUnit::Percent,
        )
        .height(h)
        .lines(
            &mut cols[1],
            &[
                Series::new(
                    "Capital ratio",
                    Color32::from_rgb(76, 175, 80),
                    p.bank
                        .iter()
                        .map(|y| y.capital_ratio.map_or(0.0, |r| (r * 100.0).min(400.0)))
                        .collect(),
                ),
                Series::new("Floor", Color32::from_rgb(214, 69, 65), vec![floor; n]).dashed(),
            ],
        );
        let by_sector: Vec<Series> = Sector::ALL
            .into_iter()
            .map(|k| {
                let values = (0..n)
                    .map(|t| {
                        p.bank_flows.disbursements.sector_total(t, k)
                            + p.fund.investments.sector_total(t, k)
                    })
                    .collect();
                Series::new(k.name(), palette::sector(k), values)
            })
            .collect();
        TimeChart::new(
            "overview-sectors",
            "Financing by sector (US$ bn a year)",
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .stacked(&mut cols[0], &by_sector);
        let by_country: Vec<Series> = Country::ALL
            .into_iter()
            .map(|c| {
                Series::new(
                    c.name(),
                    palette::country(c),
                    (0..n).map(|t| p.financing(t, c)).collect(),
                )
            })
            .collect();
        TimeChart::new(
            "overview-countries",
            "Financing by country (US$ bn a year)",
            p.start_year,
            n,
            ValueUnit::UsdBn,
        )
        .height(h)
        .stacked(&mut cols[1], &by_country);
    });
}
