//! "Explain the difference", in Compare: pick a result and how to gather the assumptions, and
//! read how much of the change each part accounts for (a waterfall with a hover label per bar),
//! the split into the world, our choices and their interaction, and for a result by year the
//! same split year by year.
//!
//! The explanation is worked out in the background whenever the reference, the scenario, the
//! result or the gathering changes: on the desktop on a thread of its own, in the browser a slice
//! of projections a frame, so that no frame waits for it. A newer question stops the older
//! one's work; the last answer stays on screen, marked as updating, until the new one comes.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;

use egui::{RichText, Ui};
use web_time::Instant;

use super::table::Table;
use crate::chart::palette;
use crate::explanation::{largest_year, method, signed_change};
use crate::model::Scenario;
use crate::model::attribution::{By, Explanation, Series, Target, Unexplained, Work};
use crate::t;
use crate::ui::studies::{Job, collect};

/// Projections between two looks at whether the answer is still wanted, on the desktop.
const DESKTOP_STEP: usize = 256;
/// Projections between two looks at the clock in the browser.
const WEB_STEP: usize = 16;
/// How long one frame's slice may take in the browser.
const WEB_SLICE: Duration = Duration::from_millis(25);

/// What an explanation answers.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainKey {
    pub reference: Scenario,
    pub current: Scenario,
    pub target: Target,
    pub by: By,
    /// The words of its labels.
    pub lang: crate::i18n::Lang,
}

type Answer = Result<Explanation, Unexplained>;

/// The explanation's state in the Compare view.
#[derive(Debug)]
pub struct ExplainState {
    pub target: Target,
    pub by: By,
    job: Option<Job<ExplainKey, Answer>>,
    /// Projections made and to make by the job under way.
    progress: Arc<[AtomicUsize; 2]>,
    result: Option<(ExplainKey, Answer)>,
    /// How tall the last answer stood on screen (its room is kept while the next is worked out).
    height: f32,
}

impl Default for ExplainState {
    fn default() -> Self {
        ExplainState {
            target: Target::Metric(crate::model::Metric::CumulativeFinancing),
            by: By::Auto,
            job: None,
            progress: Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]),
            result: None,
            height: 0.0,
        }
    }
}

impl ExplainState {
    /// Collects a finished answer and starts the work for the question on screen when no
    /// answer or work is of it (not while a pointer is down: a slider is being dragged).
    pub fn update(&mut self, reference: &Scenario, current: &Scenario, ctx: &egui::Context) {
        if let Some(answer) = collect(&mut self.job) {
            self.result = Some(answer);
        }
        let (target, by, lang) = (self.target, self.by, crate::i18n::current());
        let fits = |k: &ExplainKey| {
            k.target == target
                && k.by == by
                && k.lang == lang
                && k.reference == *reference
                && k.current == *current
        };
        let answered = self.result.as_ref().is_some_and(|(k, _)| fits(k));
        let running = self.job.as_ref().is_some_and(|j| fits(&j.key));
        if answered || running || ctx.input(|i| i.pointer.any_down()) {
            return;
        }
        let key = ExplainKey {
            reference: reference.clone(),
            current: current.clone(),
            target,
            by,
            lang,
        };
        self.progress = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
        let (rx, wanted) = Slices::start(&key, self.progress.clone(), ctx);
        // Dropping the old job lets its work stop at its next look.
        self.job = Some(Job::waiting(key, rx, wanted));
    }

    /// The answer on screen if it is of exactly this question (for the brief and tests).
    pub fn explanation_of(&self, reference: &Scenario, current: &Scenario) -> Option<&Explanation> {
        match &self.result {
            Some((k, Ok(e)))
                if k.reference == *reference
                    && k.current == *current
                    && k.lang == crate::i18n::current()
                    && k.target == self.target
                    && k.by == self.by =>
            {
                Some(e)
            }
            _ => None,
        }
    }

    /// Whether work is under way.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }
}

/// The work of one explanation, done in steps: the whole of it on a named thread on the
/// desktop, a slice a frame in the browser. It stops when its answer is no longer wanted.
struct Slices {
    work: Result<Work, Unexplained>,
    answer: Sender<Answer>,
    wanted: Weak<()>,
    progress: Arc<[AtomicUsize; 2]>,
    ctx: egui::Context,
}

impl Slices {
    fn start(
        key: &ExplainKey,
        progress: Arc<[AtomicUsize; 2]>,
        ctx: &egui::Context,
    ) -> (Receiver<Answer>, Arc<()>) {
        let (answer, rx) = channel();
        let wanted = Arc::new(());
        let (a, b, target, by, lang) = (
            key.reference.clone(),
            key.current.clone(),
            key.target,
            key.by,
            key.lang,
        );
        let weak = Arc::downgrade(&wanted);
        let ctx = ctx.clone();
        // If the work cannot start, the job sees its channel closed and reports it lost.
        let _ = crate::platform::spawn("explain", move || {
            crate::i18n::set_for_thread(lang);
            let work = Work::new(&a, &b, target, by);
            if let Ok(w) = &work {
                progress[1].store(w.total(), Ordering::Relaxed);
            }
            let slices = Slices {
                work,
                answer,
                wanted: weak,
                progress,
                ctx,
            };
            if crate::platform::WEB {
                slices.slice();
            } else {
                slices.all();
            }
        });
        (rx, wanted)
    }

    /// Whether the answer is still wanted (a newer question drops the old job).
    fn wanted(&self) -> bool {
        self.wanted.upgrade().is_some()
    }

    /// Does all the work here (a desktop thread), looking between steps whether it is wanted.
    fn all(mut self) {
        if let Ok(work) = &mut self.work {
            loop {
                if self.wanted.upgrade().is_none() {
                    return;
                }
                let more = work.step(DESKTOP_STEP);
                self.progress[0].store(work.done(), Ordering::Relaxed);
                self.ctx.request_repaint();
                if !more {
                    break;
                }
            }
        }
        self.answer();
    }

    /// Does one frame's slice (the browser), then queues the next or answers.
    fn slice(mut self) {
        if !self.wanted() {
            return;
        }
        if let Ok(work) = &mut self.work {
            let began = Instant::now();
            let mut more = true;
            while more && began.elapsed() < WEB_SLICE {
                more = work.step(WEB_STEP);
            }
            self.progress[0].store(work.done(), Ordering::Relaxed);
            if more {
                self.ctx.request_repaint();
                let _ = crate::platform::spawn("explain", move || self.slice());
                return;
            }
        }
        self.answer();
    }

    fn answer(self) {
        let answer = self.work.and_then(Work::finish);
        let _ = self.answer.send(answer);
        self.ctx.request_repaint();
    }
}

/// A result as the picker names it: a result by year says so.
fn picker_label(target: &Target) -> String {
    match target {
        Target::Metric(_) => target.label(),
        Target::Series(_) => t!("explain-by-year-entry", result = target.label()),
    }
}

/// The panel's groups, as "By group" makes parts of them.
fn group_names() -> String {
    crate::model::assumptions::Group::ALL
        .map(crate::model::assumptions::Group::title)
        .join(", ")
}

/// Every result the explanation offers: the sensitivity view's, then the results by year.
fn targets(s: &Scenario) -> Vec<Target> {
    let mut out: Vec<Target> = super::sensitivity::metrics(s)
        .into_iter()
        .map(Target::Metric)
        .collect();
    out.extend(Series::ALL.map(Target::Series));
    out
}

/// The section under the results table of Compare.
pub fn explain_ui(ui: &mut Ui, cx: &super::Context<'_>, state: &mut ExplainState) {
    let Some(pinned) = cx.pinned else {
        return;
    };
    let s = cx.scenario;
    ui.label(RichText::new(t!("explain-title")).strong())
        .on_hover_text(t!("explain-title-hint"));
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("explain-result"));
        egui::ComboBox::from_id_salt("explain-target")
            .selected_text(picker_label(&state.target))
            .width(280.0)
            .height(420.0)
            .show_ui(ui, |ui| {
                for target in targets(s) {
                    if matches!(target, Target::Series(Series::Approvals)) {
                        ui.separator();
                    }
                    ui.selectable_value(&mut state.target, target, picker_label(&target));
                }
            })
            .response
            .labelled_by(label.id);
        if let Target::Metric(crate::model::Metric::CumulativeFinancingBy(year)) = &mut state.target
        {
            let by = ui.label(t!("sens-by"));
            ui.add(crate::ui::exact_entry(ui, year).range(s.start_year..=s.end_year()))
                .labelled_by(by.id);
        }
        ui.separator();
        let label = ui.label(t!("explain-parts"));
        egui::ComboBox::from_id_salt("explain-by")
            .selected_text(state.by.label())
            .width(230.0)
            .show_ui(ui, |ui| {
                for by in By::ALL {
                    let hint = match by {
                        By::Auto => t!("explain-by-auto-hint"),
                        By::Assumption => t!("explain-by-assumption-hint"),
                        By::Group => t!("explain-by-group-hint", groups = group_names()),
                        By::Class => t!("explain-by-class-hint"),
                    };
                    ui.selectable_value(&mut state.by, by, by.label())
                        .on_hover_text(hint);
                }
            })
            .response
            .labelled_by(label.id);
        if state.busy() {
            ui.spinner();
            let [done, total] = [0, 1].map(|i| state.progress[i].load(Ordering::Relaxed));
            if total > 0 {
                ui.weak(t!("explain-progress", done = done, total = total));
            }
        }
    });
    if !cx.problems.is_empty() {
        ui.weak(t!("explain-fix-first"));
        return;
    }
    state.update(&pinned.scenario, s, ui.ctx());
    let top = ui.cursor().top();
    let shown = match &state.result {
        Some((key, answer)) if key.target == state.target && key.by == state.by => answer,
        _ => {
            // An answer to another question is not shown while the new one is worked out;
            // its room is kept, so that what is below does not jump up and back.
            ui.add_space(state.height);
            return;
        }
    };
    match shown {
        Err(Unexplained::Invalid { named, total }) => {
            ui.colored_label(palette::ERROR, t!("explain-invalid-list", count = *total));
            for c in named {
                ui.label(format!("• {}", crate::text::escaped(&c.to_string())));
            }
            if *total > named.len() {
                ui.label(t!("explain-invalid-more", count = total - named.len()));
            }
            ui.label(t!("explain-invalid-hint"));
        }
        Err(e) => {
            ui.label(e.to_string());
        }
        Ok(e) => {
            let study_differs =
                pinned.scenario.seed != s.seed || pinned.scenario.uncertainty != s.uncertainty;
            explanation_ui(ui, e, study_differs);
        }
    }
    state.height = ui.cursor().top() - top;
}

/// An explanation: how it was found, the pictures, the split.
fn explanation_ui(ui: &mut Ui, e: &Explanation, study_differs: bool) {
    ui.add(egui::Label::new(RichText::new(method(e)).weak()).wrap());
    if study_differs {
        // The Compare table below lists them among the assumptions that differ.
        ui.add(egui::Label::new(RichText::new(t!("explain-study-not-parts")).weak()).wrap());
    }
    let at = largest_year(e);
    if e.target.is_series() {
        super::chart::show(ui, &crate::chart::explain::by_year(e), 280.0);
        ui.add_space(6.0);
    }
    let chart = crate::chart::explain::waterfall(e, at, crate::chart::explain::SHOWN);
    let bars = match &chart.axis {
        crate::chart::Axis::Categories { labels, .. } => labels.len(),
        crate::chart::Axis::Years { .. } => 0,
    };
    super::chart::show(ui, &chart, (bars as f32 * 28.0 + 70.0).max(180.0));
    let unit = e.target.unit();
    let mut split = Table::new(
        "explain-split",
        ["explain-col-split", "explain-col-share"]
            .into_iter()
            .map(crate::i18n::tr),
    );
    let change = e.change();
    for (words, value) in [
        (t!("explain-row-world"), e.split.world[at]),
        (t!("explain-row-choices"), e.split.choices[at]),
        (t!("explain-row-interaction"), e.split.interaction[at]),
        (t!("explain-total-change"), change[at]),
    ] {
        split.row(vec![words.into(), signed_change(unit, value).into()]);
    }
    ui.label(RichText::new(t!("explain-split-heading")).strong())
        .on_hover_text(t!("explain-split-hint"));
    split.show(ui);
}
