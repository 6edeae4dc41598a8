//! The joint fund: calls, distributions, NAV, the J-curve, and IRR / TVPI / DPI.

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
        let ratio = |v: Option<f64>| v.map_or("n/a".to_owned(), |v| format!("{v:.2}×"));
        ui.label(RichText::new(format!("IRR {}", f.irr.map_or("n/a".to_owned(), palette::pct))).strong().size(16.0))
            .on_hover_text("Internal rate of return of the investors' net cash flows (any NAV left at the horizon counts as a final inflow)");
        ui.separator();
        ui.label(RichText::new(format!("TVPI {}", ratio(f.tvpi))).strong().size(16.0)).on_hover_text("(distributions + NAV) / (calls + fees)");
        ui.separator();
        ui.label(RichText::new(format!("DPI {}", ratio(f.dpi))).strong().size(16.0)).on_hover_text("distributions / (calls + fees)");
        ui.separator();
        ui.label(format!("Co-investment mobilised: {}", palette::bn(p.summary.cumulative_coinvestment)));
    });
    let h = ((ui.available_height() - 60.0) / 2.0).max(160.0);
    let n = f.years.len();
    TimeChart::new(
        "fund-flows",
        "Fund cash flows and NAV (US$ bn)",
        p.start_year,
        n,
        ValueUnit::UsdBn,
    )
    .height(h)
    .lines_with(ui, frame, |p| {
        vec![
            Series::new("Calls", Color32::from_rgb(214, 69, 65), col(p, |y| y.calls)),
            Series::new(
                "Distributions",
                Color32::from_rgb(76, 175, 80),
                col(p, |y| y.distributions),
            ),
            Series::new("NAV", Color32::from_rgb(52, 120, 200), col(p, |y| y.nav)),
            Series::new("Fees", Color32::from_rgb(156, 117, 95), col(p, |y| y.fees)),
        ]
    });
    TimeChart::new(
        "fund-jcurve",
        "J-curve: investors' cumulative net cash flow (US$ bn)",
        p.start_year,
        n,
        ValueUnit::UsdBn,
    )
    .height(h)
    .lines_with(ui, frame, |p| {
        vec![
            Series::new(
                "Cumulative net cash flow",
                Color32::from_rgb(156, 99, 206),
                col(p, |y| y.cumulative_net),
            )
            .banded(Banded::FundCumulativeNet),
            Series::new(
                "Net cash flow",
                Color32::from_rgb(0, 172, 193),
                col(p, |y| y.net_cash_flow),
            )
            .dashed(),
        ]
    });
}
