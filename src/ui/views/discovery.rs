//! Scenario discovery (model.md §3b): define a bad outcome, and see which ranges of the study's
//! uncertain assumptions hold the runs where it happens. The runs and the peeling are worked
//! out on a background thread whenever the scenario or the outcome changes; a frame never waits.

mod svg;

use egui::{Color32, RichText, Ui};
use egui_plot::{Line, Plot, PlotPoints, Points};

use super::chart::{LegendItem, SwatchKind, chart_with_svg};
use super::table::{Cell, Table};
use crate::i18n::num;
use crate::model::discovery::{
    Condition, Op, Sample, Trajectory, density_without, peel, sample, sample_runs,
};
use crate::model::{Lever, Metric, Scenario};
use crate::t;
use crate::ui::Command;
use crate::ui::studies::{Job, Poll};

/// What a discovery was worked out for.
#[derive(Clone, Debug, PartialEq)]
pub struct DiscoveryKey {
    scenario: Scenario,
    condition: Condition,
}

type Answer = Result<(Sample, Trajectory), String>;

/// The view's own state: the outcome, the chosen step, the runs and the trajectory.
#[derive(Debug)]
pub struct DiscoveryState {
    pub metric: Metric,
    pub op: Op,
    pub value: f64,
    /// The step chosen on the trajectory (the knee until the user picks one).
    pub chosen: Option<usize>,
    /// The scatter's assumptions (indices into the sample), once the user has chosen them;
    /// until then the two whose limits matter most.
    pub pair: Option<(usize, usize)>,
    result: Option<(DiscoveryKey, Answer)>,
    job: Option<Job<DiscoveryKey, Answer>>,
}

impl Default for DiscoveryState {
    fn default() -> Self {
        DiscoveryState {
            metric: Metric::FirstBindingYear,
            op: Op::Below,
            value: 2035.0,
            chosen: None,
            pair: None,
            result: None,
            job: None,
        }
    }
}

impl DiscoveryState {
    /// Whether a trajectory is on screen (for tests).
    pub fn found(&self) -> bool {
        matches!(self.result, Some((_, Ok(_))))
    }

    fn condition(&self) -> Condition {
        Condition {
            metric: self.metric,
            op: self.op,
            value: self.value,
        }
    }

    /// Collects a finished job and starts one when the scenario or the outcome changed.
    fn update(&mut self, s: &Scenario, ctx: &egui::Context) {
        if let Some(job) = &self.job {
            match job.poll() {
                Poll::Ready(answer) => {
                    self.result = Some((job.key.clone(), answer));
                    self.job = None;
                    self.chosen = None;
                }
                Poll::Pending => {}
                Poll::Lost => self.job = None,
            }
        }
        let condition = self.condition();
        let fits = |k: &DiscoveryKey| k.condition == condition && k.scenario == *s;
        let current = self.result.as_ref().is_some_and(|(k, _)| fits(k));
        let running = self.job.as_ref().is_some_and(|j| fits(&j.key));
        if !current && !running && !ctx.input(|i| i.pointer.any_down()) {
            let key = DiscoveryKey {
                scenario: s.clone(),
                condition,
            };
            let scenario = s.clone();
            self.job = Some(if crate::platform::WEB {
                let (answer, wanted) = Slices::start(scenario, condition, ctx);
                Job::waiting(key, answer, wanted)
            } else {
                Job::spawn(key, ctx, move || {
                    let runs = u64::from(scenario.uncertainty.runs);
                    let sample = sample(&scenario, &condition, runs)
                        .map_err(|invalid| invalid.to_string())?;
                    let trajectory = peel(&sample);
                    Ok((sample, trajectory))
                })
            });
        }
    }
}

/// Runs sampled in one frame's slice in the browser (a few tens of milliseconds there).
const WEB_SLICE_RUNS: u64 = 200;

/// In the browser, where a frame waits for whatever runs in it: the study's runs sampled a
/// slice a frame, in order, then peeled; the same sample and boxes as the desktop's.
struct Slices {
    scenario: Scenario,
    condition: Condition,
    done: u64,
    sample: Option<Sample>,
    answer: std::sync::mpsc::Sender<Answer>,
    /// Dropped with the job: then nobody wants the answer, and the slices stop.
    wanted: std::sync::Weak<()>,
    ctx: egui::Context,
}

impl Slices {
    /// Queues the first slice; the answer comes on the channel, and is wanted while the
    /// returned token is held.
    fn start(
        scenario: Scenario,
        condition: Condition,
        ctx: &egui::Context,
    ) -> (std::sync::mpsc::Receiver<Answer>, std::sync::Arc<()>) {
        let (answer, rx) = std::sync::mpsc::channel();
        let wanted = std::sync::Arc::new(());
        let slices = Slices {
            scenario,
            condition,
            done: 0,
            sample: None,
            answer,
            wanted: std::sync::Arc::downgrade(&wanted),
            ctx: ctx.clone(),
        };
        let _ = crate::platform::spawn("discovery", move || slices.next());
        (rx, wanted)
    }

    /// Samples the next slice of runs; queues the one after, or peels and answers.
    fn next(mut self) {
        if self.wanted.upgrade().is_none() {
            return;
        }
        let runs = u64::from(self.scenario.uncertainty.runs);
        let end = (self.done + WEB_SLICE_RUNS).min(runs);
        let part = match sample_runs(&self.scenario, &self.condition, self.done..end) {
            Ok(part) => part,
            Err(invalid) => {
                let _ = self.answer.send(Err(invalid.to_string()));
                return self.ctx.request_repaint();
            }
        };
        match &mut self.sample {
            Some(sample) => sample.append(part),
            None => self.sample = Some(part),
        }
        self.done = end;
        self.ctx.request_repaint();
        if self.done < runs {
            let _ = crate::platform::spawn("discovery", move || self.next());
        } else if let Some(sample) = self.sample.take() {
            let trajectory = peel(&sample);
            let _ = self.answer.send(Ok((sample, trajectory)));
        }
    }
}

#[must_use]
pub fn show(ui: &mut Ui, cx: &super::Context<'_>, state: &mut DiscoveryState) -> Option<Command> {
    let s = cx.scenario;
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("disc-outcome"));
        super::sensitivity::metric_picker(ui, "discovery-metric", &mut state.metric, s, label.id);
        // The condition (< or >, the value, its unit) stays together on a row.
        crate::ui::keep_together(ui, "disc-condition", |ui| {
            ui.selectable_value(&mut state.op, Op::Below, "<");
            ui.selectable_value(&mut state.op, Op::Above, ">");
            let unit = state.metric.unit();
            let scale = unit.display_scale();
            let mut shown = state.value * scale;
            if ui
                .add(
                    crate::ui::exact_entry(ui, &mut shown)
                        .speed(0.1)
                        .max_decimals(if unit == crate::model::assumptions::Unit::CalendarYear {
                            0
                        } else {
                            6
                        }),
                )
                .labelled_by(label.id)
                .changed()
            {
                state.value = shown / scale;
            }
            let suffix = unit.suffix();
            if !suffix.is_empty() {
                ui.label(suffix);
            }
        });
    });
    if s.uncertainty.assumptions.is_empty() {
        ui.label(t!("disc-no-study"));
        return None;
    }
    if !cx.problems.is_empty() {
        ui.label(t!("disc-invalid"));
        return None;
    }
    state.update(s, ui.ctx());
    if state.job.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("disc-working", runs = s.uncertainty.runs));
        });
    }
    let Some((key, answer)) = &state.result else {
        return None;
    };
    let (sample, trajectory) = match answer {
        Ok(found) => found,
        Err(e) => {
            ui.colored_label(crate::chart::palette::ERROR, e);
            return None;
        }
    };
    let condition = key.condition;
    let outcome = condition.text();
    ui.label(
        RichText::new(t!(
            "discovery-runs",
            runs = sample.bad.len(),
            bad = trajectory.bad,
            outcome = outcome.as_str(),
            left = sample.left_out
        ))
        .small(),
    );
    if trajectory.bad == 0 {
        ui.label(t!("discovery-no-bad", outcome = outcome.as_str()));
        return None;
    }
    let chosen = state
        .chosen
        .unwrap_or_else(|| trajectory.knee())
        .min(trajectory.steps.len() - 1);
    let step = &trajectory.steps[chosen];
    let full = &trajectory.full;
    let lost = density_without(sample, step, full);
    // The two limits that matter most, for the scatter.
    let mut ranked: Vec<(usize, f64)> = lost
        .iter()
        .map(|(j, without)| (*j, step.density - without))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut command = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::export::discovery_sentence(
                    sample, trajectory, chosen, &condition,
                ))
                .strong(),
            );
            let wide = ui.available_width() >= 760.0;
            let h = 260.0;
            let mut pick = None;
            let d = sample.values.len();
            let default_pair = {
                let x = ranked.first().map_or(0, |r| r.0);
                let y = ranked
                    .get(1)
                    .map(|r| r.0)
                    .unwrap_or(if d > 1 && x == 0 { 1 } else { 0 });
                (x, y)
            };
            let mut pair = state
                .pair
                .filter(|(x, y)| *x < d && *y < d)
                .unwrap_or(default_pair);
            let mut draw = |ui: &mut Ui, which: u8| match which {
                0 => pick = trajectory_chart(ui, trajectory, chosen, h),
                _ => {
                    if pair_picker(ui, sample, &mut pair) {
                        state.pair = Some(pair);
                    }
                    scatter(ui, sample, step, pair, h);
                }
            };
            if wide {
                ui.columns(2, |cols| {
                    draw(&mut cols[0], 0);
                    draw(&mut cols[1], 1);
                });
            } else {
                draw(ui, 0);
                draw(ui, 1);
            }
            if let Some(i) = pick {
                state.chosen = Some(i);
            }
            box_table(ui, sample, step, full, &lost);
            if ui
                .button(t!("disc-apply-centre"))
                .on_hover_text(t!("disc-apply-centre-hint"))
                .clicked()
            {
                let mut next = s.clone();
                for (j, _) in &lost {
                    if let Some(lever) = Lever::find(&sample.paths[*j]) {
                        let (lo, hi) = step.limits[*j];
                        lever.set(&mut next, (lo + hi) / 2.0);
                    }
                }
                command = Some(Command::Replace(Box::new(next), t!("disc-applied")));
            }
        });
    command
}

/// Coverage against density, one point per peeling step; a click picks the nearest step.
fn trajectory_chart(ui: &mut Ui, t: &Trajectory, chosen: usize, height: f32) -> Option<usize> {
    let blue = Color32::from_rgb(52, 120, 200);
    let amber = Color32::from_rgb(230, 126, 34);
    let green = Color32::from_rgb(76, 175, 80);
    let (steps_name, chosen_name, pasted_name) =
        (t!("disc-steps"), t!("disc-chosen"), t!("disc-pasted"));
    let mut items = vec![
        LegendItem::new(&steps_name, blue, SwatchKind::Line),
        LegendItem::new(&chosen_name, amber, SwatchKind::Area),
    ];
    let pasted: Vec<[f64; 2]> = t
        .steps
        .iter()
        .filter(|s| s.pasted)
        .map(|s| [s.coverage, s.density])
        .collect();
    if !pasted.is_empty() {
        items.push(LegendItem::new(&pasted_name, green, SwatchKind::Area));
    }
    let mut picked = None;
    let points: Vec<[f64; 2]> = t.steps.iter().map(|s| [s.coverage, s.density]).collect();
    let title = t!("disc-trajectory");
    let mut layers = vec![
        svg::Layer {
            name: steps_name.clone(),
            color: blue,
            mark: svg::Mark::Line { width: 1.5 },
            points: points.clone(),
        },
        svg::Layer {
            name: steps_name.clone(),
            color: blue,
            mark: svg::Mark::Dots { radius: 3.0 },
            points: points.clone(),
        },
    ];
    if !pasted.is_empty() {
        layers.push(svg::Layer {
            name: pasted_name.clone(),
            color: green,
            mark: svg::Mark::Dots { radius: 4.0 },
            points: pasted.clone(),
        });
    }
    if let Some(p) = points.get(chosen) {
        layers.push(svg::Layer {
            name: chosen_name.clone(),
            color: amber,
            mark: svg::Mark::Dots { radius: 6.0 },
            points: vec![*p],
        });
    }
    let picture = svg::Picture {
        title: title.clone(),
        x_label: t!("disc-coverage"),
        y_label: t!("disc-density"),
        include_x: vec![0.0, 1.0],
        include_y: vec![0.0, 1.0],
        layers,
    };
    let write = |hidden: &[String]| svg::render(&picture, hidden);
    chart_with_svg(
        ui,
        "discovery-trajectory",
        &title,
        &items,
        Some(&write),
        |ui, _, width, _| {
            let response = Plot::new("discovery-trajectory")
                .height(height)
                .width(width)
                .x_axis_label(t!("disc-coverage"))
                .y_axis_label(t!("disc-density"))
                .include_x(0.0)
                .include_x(1.0)
                .include_y(0.0)
                .include_y(1.0)
                .allow_scroll(false)
                .allow_drag(false)
                .allow_zoom(false)
                .show(ui, |plot| {
                    plot.line(
                        Line::new(steps_name.as_str(), PlotPoints::from(points.clone()))
                            .color(blue),
                    );
                    plot.points(
                        Points::new(steps_name.as_str(), PlotPoints::from(points.clone()))
                            .radius(3.0)
                            .color(blue),
                    );
                    if !pasted.is_empty() {
                        plot.points(
                            Points::new(pasted_name.as_str(), PlotPoints::from(pasted.clone()))
                                .radius(4.0)
                                .color(green),
                        );
                    }
                    if let Some(p) = points.get(chosen) {
                        plot.points(
                            Points::new(chosen_name.as_str(), PlotPoints::from(vec![*p]))
                                .radius(6.0)
                                .color(amber),
                        );
                    }
                    if plot.response().clicked() {
                        picked = plot.pointer_coordinate().and_then(|at| {
                            points
                                .iter()
                                .enumerate()
                                .min_by(|(_, a), (_, b)| {
                                    let d = |p: &[f64; 2]| {
                                        (p[0] - at.x).powi(2) + (p[1] - at.y).powi(2)
                                    };
                                    d(a).total_cmp(&d(b))
                                })
                                .map(|(i, _)| i)
                        });
                    }
                });
            response.response
        },
    );
    picked
}

/// The runs on the two limits that matter most, bad runs highlighted, the box drawn.
/// Two lists to choose the scatter's assumptions from; returns whether the choice changed.
fn pair_picker(ui: &mut Ui, sample: &Sample, pair: &mut (usize, usize)) -> bool {
    let mut changed = false;
    crate::ui::controls_row(ui, |ui| {
        for (axis, which, id) in [
            (t!("disc-scatter-x"), &mut pair.0, "disc-x"),
            (t!("disc-scatter-y"), &mut pair.1, "disc-y"),
        ] {
            let label = ui.label(axis);
            egui::ComboBox::from_id_salt(id)
                .selected_text(crate::text::clipped(&sample.name(*which), 40).to_string())
                .width(180.0)
                .show_ui(ui, |ui| {
                    for j in 0..sample.values.len() {
                        changed |= ui.selectable_value(which, j, sample.name(j)).changed();
                    }
                })
                .response
                .labelled_by(label.id);
        }
    });
    changed
}

fn scatter(
    ui: &mut Ui,
    sample: &Sample,
    step: &crate::model::discovery::Step,
    (x, y): (usize, usize),
    height: f32,
) {
    let name = |j: usize| sample.name(j);
    // An axis names the assumption and its unit, in the reader's terms.
    let axis = |j: usize| match Lever::find(&sample.paths[j]) {
        Some(l) if !l.unit().suffix().is_empty() => {
            t!(
                "label-with-unit",
                label = l.label(),
                unit = l.unit().suffix()
            )
        }
        _ => name(j),
    };
    let scale = |j: usize| Lever::find(&sample.paths[j]).map_or(1.0, |l| l.unit().display_scale());
    let (sx, sy) = (scale(x), scale(y));
    let red = Color32::from_rgb(214, 69, 65);
    let grey = Color32::from_gray(140);
    let amber = Color32::from_rgb(230, 126, 34);
    let (bad_name, good_name, box_name) =
        (t!("disc-bad-runs"), t!("disc-other-runs"), t!("disc-box"));
    let items = [
        LegendItem::new(&bad_name, red, SwatchKind::Area),
        LegendItem::new(&good_name, grey, SwatchKind::Area),
        LegendItem::new(&box_name, amber, SwatchKind::Line),
    ];
    let title = t!("disc-scatter", x = name(x), y = name(y));
    let (mut bad, mut good) = (Vec::new(), Vec::new());
    for i in 0..sample.bad.len() {
        let p = [sample.values[x][i] * sx, sample.values[y][i] * sy];
        if sample.bad[i] {
            bad.push(p);
        } else {
            good.push(p);
        }
    }
    let (x0, x1) = (step.limits[x].0 * sx, step.limits[x].1 * sx);
    let (y0, y1) = (step.limits[y].0 * sy, step.limits[y].1 * sy);
    let corners = vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    let picture = svg::Picture {
        title: title.clone(),
        x_label: axis(x),
        y_label: axis(y),
        include_x: Vec::new(),
        include_y: Vec::new(),
        layers: vec![
            svg::Layer {
                name: good_name.clone(),
                color: grey,
                mark: svg::Mark::Dots { radius: 1.5 },
                points: good.clone(),
            },
            svg::Layer {
                name: bad_name.clone(),
                color: red,
                mark: svg::Mark::Dots { radius: 1.5 },
                points: bad.clone(),
            },
            svg::Layer {
                name: box_name.clone(),
                color: amber,
                mark: svg::Mark::Line { width: 2.0 },
                points: corners.clone(),
            },
        ],
    };
    let write = |hidden: &[String]| svg::render(&picture, hidden);
    chart_with_svg(
        ui,
        "discovery-scatter",
        &title,
        &items,
        Some(&write),
        |ui, hidden, width, _| {
            let shown = |n: &str| !hidden.iter().any(|h| h == n);
            let mut plot = Plot::new("discovery-scatter")
                .height(height)
                .width(width)
                .x_axis_label(axis(x));
            // The vertical axis's title only where it fits along the axis (it ran into the
            // heading in Russian); the heading names both assumptions.
            if super::chart::fits_along(ui, &axis(y), height - 48.0) {
                plot = plot.y_axis_label(axis(y));
            }
            plot.allow_scroll(false)
                .show(ui, |plot| {
                    if shown(&good_name) {
                        plot.points(
                            Points::new(good_name.as_str(), good)
                                .radius(1.5)
                                .color(grey),
                        );
                    }
                    if shown(&bad_name) {
                        plot.points(Points::new(bad_name.as_str(), bad).radius(1.5).color(red));
                    }
                    if shown(&box_name) {
                        plot.line(
                            Line::new(box_name.as_str(), PlotPoints::from(corners))
                                .color(amber)
                                .width(2.0),
                        );
                    }
                })
                .response
        },
    );
}

/// The chosen box: each limit, the range sampled, and how much density is lost without it.
fn box_table(
    ui: &mut Ui,
    sample: &Sample,
    step: &crate::model::discovery::Step,
    full: &[(f64, f64)],
    lost: &[(usize, f64)],
) {
    let value = |j: usize, v: f64| sample.format(j, v);
    let headings = [
        "col-assumption",
        "discovery-col-lower",
        "discovery-col-upper",
        "discovery-col-range",
        "discovery-col-without",
    ];
    let mut table = Table::new("discovery-box", headings.into_iter().map(crate::i18n::tr));
    for (j, without) in lost {
        let j = *j;
        table.row(vec![
            Cell::from(sample.name(j)).hover(sample.paths[j].as_str()),
            Cell::from(value(j, step.limits[j].0)),
            Cell::from(value(j, step.limits[j].1)),
            Cell::from(t!(
                "range-allowed",
                min = value(j, full[j].0),
                max = value(j, full[j].1)
            )),
            Cell::from(num::pct(*without)),
        ]);
    }
    table.show(ui);
}
