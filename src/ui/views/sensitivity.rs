//! Sensitivity and goal seek: which assumptions move a chosen result most (a tornado), and
//! what value of one assumption would reach a target.

use crate::t;
use crate::ui::Command;
use egui::{RichText, Ui};

use super::table::{Cell, Table};
use crate::chart::named;
use crate::chart::palette;
use crate::model::goal_seek::{Goal, Solution};
use crate::model::sensitivity::{Outcome, Tornado};
use crate::model::{Country, Lever, Metric, Projection, Scenario, Sector};
use crate::ui::studies::{GoalSeek, Sensitivity};

/// Bars drawn in the chart (the table lists them all).
const SHOWN: usize = 15;

/// Every result a user can rank by or aim at, for the pickers.
pub(super) fn metrics(s: &Scenario) -> Vec<Metric> {
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
    let s = cx.scenario;
    // The ranking is worked out in the background, for a valid scenario only.
    if cx.problems.is_empty() {
        sens.update(s, ui.ctx());
    }
    let mut apply = None;
    egui::Panel::bottom("goal-seek")
        .resizable(false)
        .show(ui, |ui| apply = goal_ui(ui, goal, s));
    // The chart's height is set by the view's room; the chart and its table scroll together.
    let room = ui.available_height();
    egui::ScrollArea::vertical()
        .id_salt("tornado")
        .auto_shrink([false, false])
        .show(ui, |ui| tornado_ui(ui, cx, sens, room));
    apply
}

/// The result and the moves to rank by, then the tornado and its table.
fn tornado_ui(ui: &mut Ui, cx: &super::Context<'_>, sens: &mut Sensitivity, room: f32) {
    let (s, p) = (cx.scenario, cx.frame.p);
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("sens-result"));
        metric_picker(ui, "tornado-metric", &mut sens.metric, s, label.id);
        ui.separator();
        // The choice and its name stay together on a row.
        crate::ui::keep_together(ui, "sens-move", |ui| {
            ui.label(t!("sens-move"));
            ui.selectable_value(&mut sens.relative, None, t!("sens-to-ends"));
            ui.selectable_value(&mut sens.relative, Some(0.2), t!("sens-by-20"));
        });
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
            tornado_chart(ui, t, p_for_format, room);
            tornado_table(ui, t, p_for_format);
        }
    }
}

fn tornado_chart(ui: &mut Ui, t: &Tornado, p: Option<&Projection>, room: f32) {
    match named::tornado(t, p, SHOWN) {
        Some(chart) => {
            let n = match &chart.axis {
                crate::chart::Axis::Categories { labels, .. } => labels.len(),
                crate::chart::Axis::Years { .. } => 0,
            };
            let height = (n as f32 * 26.0 + 60.0).min(room * 0.55).max(200.0);
            super::chart::show(ui, &chart, height);
        }
        None => {
            let title = named::tornado_title(t, p);
            ui.label(RichText::new(title).strong());
            ui.label(t!("sens-none-moves"));
        }
    }
}

fn tornado_table(ui: &mut Ui, t: &Tornado, p: Option<&Projection>) {
    let base = t.base.unwrap_or(0.0);
    // An invalid end says so briefly; the reason is in its tooltip.
    let outcome = |o: &Outcome| match o {
        Outcome::Result(v) => Cell::from(t.metric.format(*v, p)),
        Outcome::Invalid(why) => Cell::from(t!("sens-invalid")).hover(why.as_str()),
    };
    let headings = [
        "col-assumption",
        "sens-low-end",
        "sens-result-low",
        "sens-high-end",
        "sens-result-high",
        "sens-swing",
    ];
    let mut table = Table::new("tornado-table", headings.into_iter().map(crate::i18n::tr));
    for (i, b) in t.bars.iter().enumerate() {
        let unit = b.lever.unit();
        table.row(vec![
            Cell::from(t!("ranked", rank = i + 1, name = b.lever.label())).hover(b.lever.path()),
            Cell::from(unit.format(b.low_value)),
            outcome(&b.low),
            Cell::from(unit.format(b.high_value)),
            outcome(&b.high),
            Cell::from(t.metric.unit().format_sig(b.swing(base), 3)),
        ]);
    }
    // Every assumption has a row (over a hundred): the table scrolls in a box of its own, both
    // ways, so that its sideways scroll bar is in sight and the goal seek below stays near.
    table.show_scrolling(ui, TABLE_HEIGHT);
}

/// The height of the tornado's table box, in points (about fourteen rows).
const TABLE_HEIGHT: f32 = 340.0;

fn goal_ui(ui: &mut Ui, goal: &mut GoalSeek, s: &Scenario) -> Option<Command> {
    goal.update();
    let mut apply = None;
    ui.add_space(4.0);
    ui.label(RichText::new(t!("goal-title")).strong());
    crate::ui::controls_row(ui, |ui| {
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
        // Assumptions only: the words of a preset change with its first edit (see
        // `Document::commit_edits`), which makes no answer stale.
        let stale = !crate::presets::same_assumptions(scenario, s);
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
                    if crate::presets::same_assumptions(&answered, s) {
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
