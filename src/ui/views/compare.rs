//! Compare: pin a reference (a preset, a file, or a snapshot of the current scenario), choose
//! how charts show it, and read what differs: headline results and, below them, the
//! assumptions that cause the difference.

use super::table::{Cell, Table};
use crate::t;
use crate::ui::Command;
use egui::{RichText, Ui};

use super::chart::CompareMode;
use crate::model::Metric;
use crate::model::compare::differences;
use crate::ui::studies::Pinned;

/// The pin controls and the compare mode: a row that also sits above the other views' charts.
/// The switch for uncertainty bands on the charts, with how far the runs have got.
#[derive(Debug)]
pub struct BandsToggle<'a> {
    pub show: &'a mut bool,
    pub status: String,
}

pub fn pin_bar(
    ui: &mut Ui,
    pinned: Option<&Pinned>,
    mode: &mut CompareMode,
    bands: Option<BandsToggle<'_>>,
) -> Option<Command> {
    let mut command = None;
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("pin-reference"));
        let shown = pinned.map_or_else(|| t!("pin-none"), |p| p.name.describe());
        egui::ComboBox::from_id_salt("pin-preset")
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                for preset in &crate::presets::PRESETS {
                    if ui
                        .selectable_label(false, preset.title())
                        .on_hover_text(preset.question())
                        .clicked()
                    {
                        command = Some(Command::PinPreset(preset.id));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(t!("pin-preset-hint"));
        if ui
            .button(t!("pin-file"))
            .on_hover_text(t!("purpose-pin-reference"))
            .clicked()
        {
            command = Some(Command::PinFile);
        }
        if ui
            .button(t!("pin-snapshot"))
            .on_hover_text(t!("pin-snapshot-hint"))
            .clicked()
        {
            command = Some(Command::PinSnapshot);
        }
        if pinned.is_some() {
            if ui.button(t!("pin-unpin")).clicked() {
                command = Some(Command::Unpin);
            }
            ui.separator();
            ui.label(t!("pin-charts-show"));
            ui.selectable_value(mode, CompareMode::Overlay, t!("pin-overlay"))
                .on_hover_text(t!("pin-overlay-hint"));
            ui.selectable_value(mode, CompareMode::Difference, t!("pin-difference"))
                .on_hover_text(t!("pin-difference-hint"));
        }
        if let Some(BandsToggle { show, status }) = bands {
            ui.separator();
            ui.checkbox(show, t!("pin-bands"))
                .on_hover_text(t!("pin-bands-hint"));
            if *show && !status.is_empty() {
                ui.weak(status);
            }
        }
    });
    command
}

pub fn show(ui: &mut Ui, cx: &super::Context<'_>, explain: &mut super::explain::ExplainState) {
    let Some(pinned) = cx.pinned else {
        ui.add_space(20.0);
        ui.label(t!("compare-empty"));
        return;
    };
    let (s, p) = (cx.scenario, cx.frame.p);
    let (rs, rp) = (&pinned.scenario, &pinned.projection);
    let (current, reference) = crate::presets::told_apart(&s.meta.title, &rs.meta.title);
    ui.label(
        RichText::new(crate::text::escaped(&t!(
            "compare-header",
            current = crate::text::clipped(&current, 120).to_string(),
            reference = crate::text::clipped(&reference, 120).to_string(),
            source = pinned.name.describe()
        )))
        .strong(),
    );
    ui.add_space(4.0);
    let mut metrics: Vec<Metric> = Metric::PLAIN.to_vec();
    metrics.insert(1, Metric::CumulativeFinancingBy(2040));
    let rows: Vec<(String, String, String, String)> = metrics
        .iter()
        .map(|m| {
            let (a, b) = (m.value(p), m.value(rp));
            use crate::model::assumptions::Unit;
            let unit = m.unit();
            let change = match (a, b) {
                (Some(a), Some(b)) => {
                    let d = if unit == Unit::CalendarYear {
                        (a - b).round()
                    } else {
                        a - b
                    };
                    // To the places amounts are shown with, a change that rounds to nothing
                    // says so ("+0" or "0×" read as a change); years and percentage points
                    // say their own zero.
                    let whole = matches!(
                        unit,
                        Unit::CalendarYear | Unit::Fraction | Unit::RatePerYear
                    );
                    if !whole && d.abs() < 0.005 {
                        t!("change-none")
                    } else {
                        crate::explanation::signed_change(unit, d)
                    }
                }
                _ => t!("word-na"),
            };
            (
                m.label(),
                m.format(b, Some(rp)),
                m.format(a, Some(p)),
                change,
            )
        })
        .collect();
    let differ = differences(rs, s);
    let mut results = Table::new(
        "compare-results",
        ["col-result", "col-reference", "col-current", "col-change"]
            .into_iter()
            .map(crate::i18n::tr),
    );
    for (label, r, c, d) in rows {
        results.row(vec![label.into(), r.into(), c.into(), d.into()]);
    }
    results.show(ui);
    ui.separator();
    super::explain::explain_ui(ui, cx, explain);
    ui.separator();
    ui.label(RichText::new(t!("compare-differ", count = differ.len())).strong());
    if differ.is_empty() {
        ui.label(t!("compare-none-differ"));
        return;
    }
    let mut assumptions = Table::new(
        "compare-assumptions",
        ["col-assumption", "col-path", "col-reference", "col-current"]
            .into_iter()
            .map(crate::i18n::tr),
    );
    // What a file says is shown escaped and cut; hovering a cell shows it whole.
    let cell = |text: &str| {
        let whole = crate::text::escaped(text).into_owned();
        Cell::from(crate::text::clipped(&whole, 80).into_owned()).hover(whole)
    };
    for d in &differ {
        assumptions.row(vec![
            cell(&d.label),
            cell(&d.path),
            cell(&d.first),
            cell(&d.second),
        ]);
    }
    assumptions.show(ui);
}
