//! Compare: pin a reference (a preset, a file, or a snapshot of the current scenario), choose
//! how charts show it, and read what differs: headline results and, below them, the
//! assumptions that cause the difference.

use crate::t;
use crate::ui::Command;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::chart::CompareMode;
use crate::i18n::num;
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
    ui.horizontal_wrapped(|ui| {
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

pub fn show(ui: &mut Ui, cx: &super::Context<'_>) {
    let Some(pinned) = cx.pinned else {
        ui.add_space(20.0);
        ui.label(t!("compare-empty"));
        return;
    };
    let (s, p) = (cx.scenario, cx.frame.p);
    let (rs, rp) = (&pinned.scenario, &pinned.projection);
    ui.label(
        RichText::new(crate::text::escaped(&t!(
            "compare-header",
            current = crate::text::clipped(&s.meta.title, 120).to_string(),
            reference = crate::text::clipped(&rs.meta.title, 120).to_string(),
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
            let change = match (a, b) {
                (Some(a), Some(b)) if m.unit() == Unit::CalendarYear => {
                    let d = (a - b).round();
                    t!("change-years", count = d.abs(), change = num::signed(d, 0))
                }
                // A change of a ratio or a rate is in percentage points, never in percent.
                (Some(a), Some(b)) if matches!(m.unit(), Unit::Fraction | Unit::RatePerYear) => {
                    num::pp((a - b) * 100.0)
                }
                (Some(a), Some(b)) => {
                    let d = m.unit().format_sig(a - b, 3);
                    if a - b > 0.0 { format!("+{d}") } else { d }
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
    let half = (ui.available_height() * 0.42).max(160.0);
    // Wide tables scroll sideways rather than cut their last columns.
    ui.push_id("results", |ui| {
        egui::ScrollArea::horizontal().show(ui, |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .max_scroll_height(half)
                .column(Column::initial(280.0).resizable(true))
                .columns(Column::initial(150.0).resizable(true), 2)
                .column(Column::initial(150.0).at_least(110.0))
                .header(20.0, |mut h| {
                    for key in ["col-result", "col-reference", "col-current", "col-change"] {
                        h.col(|ui| {
                            ui.strong(crate::i18n::tr(key));
                        });
                    }
                })
                .body(|mut body| {
                    for (label, r, c, d) in &rows {
                        body.row(18.0, |mut row| {
                            for t in [label, r, c, d] {
                                row.col(|ui| {
                                    ui.label(t);
                                });
                            }
                        });
                    }
                });
        });
    });
    ui.separator();
    ui.label(RichText::new(t!("compare-differ", count = differ.len())).strong());
    if differ.is_empty() {
        ui.label(t!("compare-none-differ"));
        return;
    }
    ui.push_id("assumptions", |ui| {
        egui::ScrollArea::horizontal().show(ui, |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .column(Column::initial(280.0).resizable(true))
                .column(Column::initial(220.0).resizable(true))
                .columns(Column::initial(170.0).resizable(true), 2)
                .header(20.0, |mut h| {
                    for key in ["col-assumption", "col-path", "col-reference", "col-current"] {
                        h.col(|ui| {
                            ui.strong(crate::i18n::tr(key));
                        });
                    }
                })
                .body(|body| {
                    body.rows(18.0, differ.len(), |mut row| {
                        let d = &differ[row.index()];
                        for t in [&d.label, &d.path, &d.first, &d.second] {
                            let t = crate::text::escaped(t);
                            row.col(|ui| {
                                ui.label(t.as_ref()).on_hover_text(t.as_ref());
                            });
                        }
                    });
                });
        });
    });
}
