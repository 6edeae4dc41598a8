//! Sensitivity and goal seek: which assumptions move a chosen result most (a tornado), and
//! what value of one assumption would reach a target.

use crate::t;
use crate::ui::Command;
use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::chart::{LegendItem, SwatchKind, chart_with_legend};
use crate::model::goal_seek::{Goal, Solution};
use crate::model::sensitivity::{Outcome, Tornado};
use crate::model::{Country, Lever, Metric, Projection, Scenario, Sector};
use crate::ui::palette;
use crate::ui::studies::{GoalSeek, Sensitivity};

/// Bars drawn in the chart (the table lists them all).
const SHOWN: usize = 15;
const LOW: Color32 = Color32::from_rgb(52, 120, 200);
const HIGH: Color32 = Color32::from_rgb(230, 126, 34);

/// Every result a user can rank by or aim at, for the pickers.
fn metrics(s: &Scenario) -> Vec<Metric> {
    let mut out = Metric::PLAIN.to_vec();
    out.insert(
        1,
        Metric::CumulativeFinancingBy((s.start_year + 13).min(s.end_year())),
    );
    out.extend(Country::ALL.map(Metric::CountryFinancing));
    out.extend(Sector::ALL.map(Metric::SectorFinancing));
    out.extend(Country::ALL.map(Metric::NetPosition));
    out
}

pub(super) fn metric_picker(
    ui: &mut Ui,
    id: &str,
    metric: &mut Metric,
    s: &Scenario,
    label: egui::Id,
) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(metric.label())
        .width(280.0)
        .height(420.0)
        .show_ui(ui, |ui| {
            for m in metrics(s) {
                ui.selectable_value(metric, m, m.label());
            }
        })
        .response
        .labelled_by(label);
    if let Metric::CumulativeFinancingBy(year) = metric {
        let by = ui.label(t!("sens-by"));
        ui.add(crate::ui::exact_entry(ui, year).range(s.start_year..=s.end_year()))
            .labelled_by(by.id);
    }
}

#[must_use]
pub fn show(
    ui: &mut Ui,
    cx: &super::Context<'_>,
    sens: &mut Sensitivity,
    goal: &mut GoalSeek,
) -> Option<Command> {
    let (s, p) = (cx.scenario, cx.frame.p);
    // The ranking is worked out in the background, for a valid scenario only.
    if cx.problems.is_empty() {
        sens.update(s, ui.ctx());
    }
    let mut apply = None;
    egui::Panel::bottom("goal-seek")
        .resizable(false)
        .show(ui, |ui| apply = goal_ui(ui, goal, s));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("sens-result"));
        metric_picker(ui, "tornado-metric", &mut sens.metric, s, label.id);
        ui.separator();
        ui.label(t!("sens-move"));
        ui.selectable_value(&mut sens.relative, None, t!("sens-to-ends"));
        ui.selectable_value(&mut sens.relative, Some(0.2), t!("sens-by-20"));
        if sens.is_stale() {
            ui.spinner();
        }
    });
    match &sens.result {
        None => {
            ui.spinner();
        }
        Some((_, Err(e))) => {
            ui.colored_label(
                palette::ERROR,
                t!("sens-no-tornado", reason = e.to_string()),
            );
        }
        Some((key, Ok(t))) => {
            let p_for_format = (key.scenario == *s).then_some(p);
            tornado_chart(ui, t, p_for_format);
            tornado_table(ui, t, p_for_format);
        }
    }
    apply
}

fn tornado_chart(ui: &mut Ui, t: &Tornado, p: Option<&Projection>) {
    let base = t.base.unwrap_or(0.0);
    let moving: Vec<_> = t
        .bars
        .iter()
        .filter(|b| b.swing(base) > 0.0)
        .take(SHOWN)
        .collect();
    let title = t!(
        "sens-title",
        result = t.metric.label(),
        base = t.metric.format(t.base, p)
    );
    if moving.is_empty() {
        ui.label(RichText::new(&title).strong());
        ui.label(t!("sens-none-moves"));
        return;
    }
    let scale = t.metric.unit().display_scale();
    let unit = match scale {
        100.0 => t!("unit-pp-long"),
        _ => match t.metric.unit() {
            crate::model::assumptions::Unit::CalendarYear => t!("unit-years"),
            crate::model::assumptions::Unit::Multiple => "×".to_owned(),
            _ => t!("unit-usd-bn"),
        },
    };
    let n = moving.len();
    let (mut low, mut high) = (Vec::new(), Vec::new());
    for (i, b) in moving.iter().enumerate() {
        // The largest swing at the top.
        let y = (n - 1 - i) as f64;
        let unit = b.lever.unit();
        if let Some(v) = b.low.value() {
            low.push(Bar::new(y, (v - base) * scale).width(0.7).name(t!(
                "sens-at",
                assumption = b.lever.label(),
                value = unit.format(b.low_value)
            )));
        }
        if let Some(v) = b.high.value() {
            high.push(Bar::new(y, (v - base) * scale).width(0.7).name(t!(
                "sens-at",
                assumption = b.lever.label(),
                value = unit.format(b.high_value)
            )));
        }
    }
    // Labels are drawn inside the plot, left of the bars, at full strength (axis tick labels
    // fade with their spacing): the x range is widened on the left to make room.
    let values = low.iter().chain(&high).map(|b| b.value);
    let (min, max) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = (max - min).max(1e-9);
    let label_x = min - 0.03 * span;
    let right = max + 0.05 * span;
    let labels: Vec<(f64, String)> = moving
        .iter()
        .enumerate()
        .map(|(i, b)| ((n - 1 - i) as f64, b.lever.label()))
        .collect();
    let height = (n as f32 * 26.0 + 60.0)
        .min(ui.available_height() * 0.55)
        .max(200.0);
    let text_color = ui.visuals().text_color();
    let (low_end, high_end) = (t!("sens-legend-low"), t!("sens-legend-high"));
    let items = [
        LegendItem::new(&low_end, LOW, SwatchKind::Area),
        LegendItem::new(&high_end, HIGH, SwatchKind::Area),
    ];
    chart_with_legend(ui, "tornado", &title, &items, |ui, hidden, width, _| {
        let shown = |name: &str| !hidden.iter().any(|h| h == name);
        Plot::new("tornado")
            .height(height)
            .width(width)
            .x_axis_label(t!(
                "sens-axis",
                result = t.metric.label().to_lowercase(),
                unit = unit.as_str()
            ))
            .show_axes([true, false])
            .include_x(label_room(ui, &labels, width, label_x, right))
            .include_x(right)
            .allow_scroll(false)
            .allow_drag(false)
            .allow_zoom(false)
            .show_grid([true, false])
            .x_axis_formatter(move |mark, _| {
                if mark.value < label_x {
                    String::new()
                } else {
                    format!("{}", mark.value)
                }
            })
            .show(ui, |plot| {
                if shown(&low_end) {
                    plot.bar_chart(BarChart::new(low_end.as_str(), low).horizontal().color(LOW));
                }
                if shown(&high_end) {
                    plot.bar_chart(
                        BarChart::new(high_end.as_str(), high)
                            .horizontal()
                            .color(HIGH),
                    );
                }
                for (y, label) in &labels {
                    plot.text(
                        egui_plot::Text::new(
                            "",
                            egui_plot::PlotPoint::new(label_x, *y),
                            RichText::new(label)
                                .text_style(egui::TextStyle::Body)
                                .color(text_color),
                        )
                        .anchor(egui::Align2::RIGHT_CENTER),
                    );
                }
            })
            .response
    });
}

/// The left end of the x range that leaves room for the longest label left of the bars (the
/// labels are drawn inside the plot, and Russian ones run long): the share of the plot's
/// `width` the label needs, at most two thirds, turned into data units.
fn label_room(ui: &Ui, labels: &[(f64, String)], width: f32, label_x: f64, right: f64) -> f64 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let longest = labels
        .iter()
        .map(|(_, text)| {
            ui.painter()
                .layout_no_wrap(text.clone(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0f32, f32::max);
    let share = f64::from((longest + 16.0) / width.max(1.0)).clamp(0.2, 0.66);
    // (label_x - left) / (right - left) = share
    (label_x - share * right) / (1.0 - share)
}

fn tornado_table(ui: &mut Ui, t: &Tornado, p: Option<&Projection>) {
    let base = t.base.unwrap_or(0.0);
    // An invalid end says so briefly; the reason is in its tooltip.
    let cell = |ui: &mut Ui, o: &Outcome| match o {
        Outcome::Result(v) => {
            ui.label(t.metric.format(*v, p));
        }
        Outcome::Invalid(why) => {
            ui.label(t!("sens-invalid")).on_hover_text(why);
        }
    };
    egui::ScrollArea::both()
        .id_salt("tornado-table")
        .show(ui, |ui| {
            egui::Grid::new("tornado-grid")
                .striped(true)
                .spacing([14.0, 3.0])
                .show(ui, |ui| {
                    ui.strong("#");
                    for key in [
                        "col-assumption",
                        "sens-low-end",
                        "sens-result-low",
                        "sens-high-end",
                        "sens-result-high",
                        "sens-swing",
                    ] {
                        ui.strong(crate::i18n::tr(key));
                    }
                    ui.end_row();
                    for (i, b) in t.bars.iter().enumerate() {
                        let unit = b.lever.unit();
                        ui.label(format!("{}", i + 1));
                        ui.label(b.lever.label()).on_hover_text(b.lever.path());
                        ui.label(unit.format(b.low_value));
                        cell(ui, &b.low);
                        ui.label(unit.format(b.high_value));
                        cell(ui, &b.high);
                        ui.label(t.metric.unit().format_sig(b.swing(base), 3));
                        ui.end_row();
                    }
                });
        });
}

fn goal_ui(ui: &mut Ui, goal: &mut GoalSeek, s: &Scenario) -> Option<Command> {
    goal.update();
    let mut apply = None;
    ui.add_space(4.0);
    ui.label(RichText::new(t!("goal-title")).strong());
    ui.horizontal_wrapped(|ui| {
        let set = ui.label(t!("goal-set"));
        let lever = Lever::find(&goal.lever);
        egui::ComboBox::from_id_salt("goal-lever")
            .selected_text(lever.map_or_else(|| t!("goal-an-assumption"), |l| l.label()))
            .width(240.0)
            .height(420.0)
            .show_ui(ui, |ui| {
                for l in Lever::all() {
                    ui.selectable_value(&mut goal.lever, l.path(), l.label());
                }
            })
            .response
            .labelled_by(set.id);
        let so_that = ui.label(t!("goal-so-that"));
        metric_picker(ui, "goal-metric", &mut goal.metric, s, so_that.id);
        let reaches = ui.label(t!("goal-reaches"));
        let scale = goal.metric.unit().display_scale();
        let mut shown = goal.target * scale;
        let is_year = goal.metric.unit() == crate::model::assumptions::Unit::CalendarYear;
        let suffix = match (scale, goal.metric.unit()) {
            (100.0, _) => " %".to_owned(),
            (_, crate::model::assumptions::Unit::CalendarYear) => String::new(),
            _ => format!(" {}", t!("unit-usd-bn")),
        };
        if ui
            .add(
                crate::ui::exact_entry(ui, &mut shown)
                    .speed(0.1)
                    // A year is a whole number (2040, not 2040.0).
                    .max_decimals(if is_year { 0 } else { 6 })
                    .suffix(suffix),
            )
            .labelled_by(reaches.id)
            .changed()
        {
            goal.target = shown / scale;
        }
        let ready = lever.is_some() && goal.job.is_none();
        if ui
            .add_enabled(ready, egui::Button::new(t!("goal-solve")))
            .clicked()
            && let Some(lever) = lever
        {
            goal.solve(
                s,
                Goal {
                    lever,
                    metric: goal.metric,
                    target: goal.target,
                },
                ui.ctx(),
            );
        }
        if goal.job.is_some() {
            ui.spinner();
        }
    });
    if let Some((scenario, g, answer)) = &goal.answer {
        let stale = scenario != s;
        match answer {
            Err(e) => {
                ui.colored_label(palette::ERROR, e.to_string());
            }
            Ok(solution) => {
                let text = crate::export::goal_text(g, solution, scenario);
                ui.label(text);
                ui.horizontal(|ui| {
                    let verb = match solution {
                        Solution::Found { .. } => t!("goal-apply"),
                        Solution::Unreachable { .. } => t!("goal-apply-closest"),
                    };
                    let mut answered = scenario.clone();
                    g.lever.set(&mut answered, solution.value());
                    if &answered == s {
                        ui.label(RichText::new(t!("goal-applied")).small());
                    } else if stale {
                        ui.label(RichText::new(t!("goal-stale")).small());
                    } else if ui
                        .button(verb)
                        .on_hover_text(t!("goal-apply-hint"))
                        .clicked()
                    {
                        let mut next = s.clone();
                        g.lever.set(&mut next, solution.value());
                        apply = Some(Command::Replace(Box::new(next), t!("goal-applied-notice")));
                    }
                });
            }
        }
    }
    ui.add_space(4.0);
    apply
}
