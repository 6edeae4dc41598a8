//! The window's studies: the pinned reference, the uncertainty runs in the background, the
//! tornado and goal seek. Nothing here draws; the views in `views::{compare, uncertainty,
//! sensitivity}` do.
//!
//! Background work never blocks a frame: each job runs on its own thread and the UI polls for
//! its answer. The uncertainty runs use a thread pool of their own, so a tornado asked for
//! meanwhile is not queued behind them, and refine progressively: bands are published after
//! 250 runs, then each time the count doubles (batches of at most 4,000). Any edit of the
//! scenario cancels the runs in flight; new ones start once the scenario has stayed the same for
//! 150 ms, so a slider drag leaves the cores to the window.
//!
//! In the browser there are no threads: the same work is queued ([`crate::platform::spawn`])
//! and done between frames, the uncertainty runs in slices of at most [`WEB_SLICE`], one a frame,
//! so that the page keeps drawing; the runs, their order and so the bands are the desktop's.

use crate::t;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use web_time::Instant;

use crate::model::goal_seek::{Goal, SeekError, Solution, seek};
use crate::model::scenario::ReferenceName;
use crate::model::sensitivity::{Span, Tornado, tornado};
use crate::model::uncertainty::{Accumulator, Bands, Sampler, simulate};
use crate::model::{Invalid, Metric, Projection, Scenario, project};

/// Runs in the first batch; later batches double the count, up to `MAX_BATCH`.
const FIRST_BATCH: u64 = 250;
/// Most runs in one batch: a cancelled study stops at the end of its batch, so this bounds
/// the work thrown away after an edit (4,000 runs take about 80 ms on two cores).
const MAX_BATCH: u64 = 4000;
/// How long the scenario must stay unchanged before its runs start: while a slider is being
/// dragged, the runs would take the cores the window needs and be cancelled a frame later.
const SETTLE: Duration = Duration::from_millis(150);
/// Runs between two looks at the clock in the browser (a few milliseconds' work there).
const WEB_BATCH: u64 = 50;
/// How long one frame's slice of the runs may take in the browser, where it holds up the
/// frame it runs in: the page stays responsive while the study fills the rest of each frame.
const WEB_SLICE: Duration = Duration::from_millis(25);

/// A scenario pinned for comparison.
#[derive(Debug)]
pub struct Pinned {
    pub name: ReferenceName,
    pub scenario: Scenario,
    pub projection: Projection,
    /// Where a pinned file is, so that its name in the scenario file can be made relative to
    /// wherever that file is saved.
    pub path: Option<PathBuf>,
}

impl Pinned {
    /// Pins a scenario; an invalid one cannot be compared with.
    pub fn new(name: ReferenceName, scenario: Scenario) -> Result<Pinned, Invalid> {
        let projection = project(&scenario)?;
        Ok(Pinned {
            name,
            scenario,
            projection,
            path: None,
        })
    }

    /// Records where the pinned file is.
    pub fn from_file(mut self, path: &Path) -> Self {
        self.path = Some(std::path::absolute(path).unwrap_or_else(|_| path.to_owned()));
        self
    }
}

/// How a scenario file in `dir` names the file at `target`: relative (`other.ron`,
/// `../shared/other.ron`) where both are on one root, else the absolute path. Forward slashes,
/// so that the file reads the same on every system.
pub fn reference_path(dir: Option<&Path>, target: &Path) -> String {
    let relative = dir.and_then(|dir| {
        let dir = std::path::absolute(dir).ok()?;
        let target = std::path::absolute(target).ok()?;
        let (from, to): (Vec<Component<'_>>, Vec<Component<'_>>) =
            (dir.components().collect(), target.components().collect());
        // Different roots (drives) cannot be bridged.
        if from.first() != to.first() {
            return None;
        }
        let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
        let ups = std::iter::repeat_n("..".to_owned(), from.len() - common);
        let downs = to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        Some(ups.chain(downs).collect::<Vec<_>>().join("/"))
    });
    relative.unwrap_or_else(|| target.display().to_string())
}

/// Progress of the uncertainty runs.
#[derive(Clone, Debug, Default)]
pub struct Progress {
    /// The latest summary (after the first batch).
    pub bands: Option<Arc<Bands>>,
    pub done: u64,
    pub total: u64,
    /// Why the study cannot run (an invalid distribution, say).
    pub error: Option<String>,
    pub finished: bool,
}

/// The uncertainty runs of the current scenario, on a background thread.
pub struct Runner {
    /// The scenario the runs in flight (or finished) are of.
    of: Option<Scenario>,
    /// A scenario waiting to settle before its runs start, and since when it has been as is.
    waiting: Option<(Scenario, Instant)>,
    cancel: Arc<AtomicBool>,
    progress: Arc<Mutex<Progress>>,
    pool: Option<Arc<rayon::ThreadPool>>,
    /// Asks for a repaint when a batch lands.
    repaint: Option<egui::Context>,
}

impl std::fmt::Debug for Runner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runner")
            .field("progress", &self.progress())
            .finish_non_exhaustive()
    }
}

impl Default for Runner {
    fn default() -> Self {
        let pool = rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("uncertainty-{i}"))
            .build()
            .ok()
            .map(Arc::new);
        Runner {
            of: None,
            waiting: None,
            cancel: Arc::new(AtomicBool::new(false)),
            progress: Arc::new(Mutex::new(Progress::default())),
            pool,
            repaint: None,
        }
    }
}

impl Runner {
    pub fn progress(&self) -> Progress {
        self.progress.lock().map(|p| p.clone()).unwrap_or_default()
    }

    /// Whether runs are under way or about to start (not finished, not failed).
    pub fn busy(&self) -> bool {
        self.waiting.is_some()
            || self.of.is_some() && {
                let p = self.progress();
                !p.finished && p.error.is_none()
            }
    }

    /// How far the runs have got, in a few words ("1000 of 2000 runs"); empty when idle.
    pub fn status(&self) -> String {
        if self.of.is_none() {
            return String::new();
        }
        let p = self.progress();
        match (&p.error, p.finished) {
            (Some(_), _) => t!("study-status-error"),
            (None, true) => t!("study-status-done", runs = p.done),
            (None, false) => t!("study-status-running", done = p.done, runs = p.total),
        }
    }

    /// The latest bands, if the runs are of `s` exactly (never another scenario's).
    pub fn bands_for(&self, s: &Scenario) -> Option<Arc<Bands>> {
        if self.of.as_ref() != Some(s) {
            return None;
        }
        self.progress.lock().ok().and_then(|p| p.bands.clone())
    }

    /// Starts the runs for `s` unless they are already running or done for it. Runs of an
    /// earlier scenario are cancelled at once; the new ones start when `s` has stayed the same
    /// for [`SETTLE`], so dragging a slider does not start (and cancel) a study every frame.
    pub fn ensure(&mut self, s: &Scenario, ctx: &egui::Context) {
        if self.of.as_ref() == Some(s) {
            self.waiting = None;
            return;
        }
        if self.of.is_some() {
            self.stop();
        }
        let now = Instant::now();
        let settled = match &self.waiting {
            Some((w, since)) if w == s => now.duration_since(*since) >= SETTLE,
            _ => {
                self.waiting = Some((s.clone(), now));
                // While it settles, the progress is of `s`: none of its runs done yet.
                self.progress = Arc::new(Mutex::new(Progress {
                    total: u64::from(s.uncertainty.runs),
                    ..Progress::default()
                }));
                false
            }
        };
        if settled {
            self.waiting = None;
            self.repaint = Some(ctx.clone());
            self.start(s.clone());
        } else {
            ctx.request_repaint_after(SETTLE);
        }
    }

    /// Cancels the runs in flight, if any.
    pub fn stop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        self.of = None;
        // Nothing of the cancelled runs stays readable (the thread keeps its own handle).
        self.progress = Arc::new(Mutex::new(Progress::default()));
    }

    fn start(&mut self, s: Scenario) {
        self.cancel.store(true, Ordering::Relaxed);
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(Progress {
            total: u64::from(s.uncertainty.runs),
            ..Progress::default()
        }));
        self.cancel = cancel.clone();
        self.progress = progress.clone();
        self.of = Some(s.clone());
        let pool = self.pool.clone();
        let repaint = self.repaint.clone();
        let lang = crate::i18n::current();
        let batches = match Batches::new(s, cancel, progress, repaint) {
            Ok(batches) => batches,
            Err(why) => {
                if let Ok(mut p) = self.progress.lock() {
                    p.error = Some(why);
                }
                return;
            }
        };
        let spawned = if crate::platform::WEB {
            // One slice now, the next queued by it (see `Batches::slices`).
            crate::platform::spawn("uncertainty", move || batches.slices())
        } else {
            crate::platform::spawn("uncertainty", move || {
                // Words from this thread speak the window's language.
                crate::i18n::set_for_thread(lang);
                let mut batches = batches;
                let mut work = || while batches.step(MAX_BATCH) {};
                match pool {
                    Some(pool) => pool.install(work),
                    None => work(),
                }
            })
        };
        if let Err(e) = spawned
            && let Ok(mut p) = self.progress.lock()
        {
            p.error = Some(t!("study-no-thread", reason = e.to_string()));
        }
    }
}

/// The uncertainty runs of one scenario, batch by batch: the first of [`FIRST_BATCH`] runs,
/// then each as many runs as are done, up to a most. The bands are published after each batch.
struct Batches {
    s: Scenario,
    sampler: Sampler,
    acc: Accumulator,
    done: u64,
    total: u64,
    cancel: Arc<AtomicBool>,
    progress: Arc<Mutex<Progress>>,
    repaint: Option<egui::Context>,
}

impl Batches {
    /// The runs of `s`; an error (in words) where its study cannot run.
    fn new(
        s: Scenario,
        cancel: Arc<AtomicBool>,
        progress: Arc<Mutex<Progress>>,
        repaint: Option<egui::Context>,
    ) -> Result<Batches, String> {
        let sampler = Sampler::new(&s).map_err(|invalid| invalid.to_string())?;
        Ok(Batches {
            acc: Accumulator::new(&s),
            total: u64::from(s.uncertainty.runs),
            s,
            sampler,
            done: 0,
            cancel,
            progress,
            repaint,
        })
    }

    /// Runs the next batch (at most `most` runs) and publishes the bands; whether runs remain
    /// (and the study has not been cancelled).
    fn step(&mut self, most: u64) -> bool {
        let more = self.advance(most);
        if !self.cancel.load(Ordering::Relaxed) {
            self.publish();
        }
        more
    }

    /// Runs the next batch (at most `most` runs) without publishing; whether runs remain (and
    /// the study has not been cancelled).
    fn advance(&mut self, most: u64) -> bool {
        if self.done >= self.total || self.cancel.load(Ordering::Relaxed) {
            return false;
        }
        let batch = if self.done == 0 {
            FIRST_BATCH
        } else {
            self.done
        };
        let end = (self.done + batch.min(most)).min(self.total);
        self.acc
            .extend(simulate(&self.s, &self.sampler, self.done..end));
        self.done = end;
        self.done < self.total && !self.cancel.load(Ordering::Relaxed)
    }

    /// Publishes the bands of the runs done so far, and asks for a frame to show them.
    fn publish(&self) {
        let bands = Arc::new(self.acc.bands());
        let (done, finished) = (self.done, self.done >= self.total);
        if let Ok(mut p) = self.progress.lock() {
            p.bands = Some(bands);
            p.done = done;
            p.finished = finished;
        }
        if let Some(ctx) = &self.repaint {
            ctx.request_repaint();
        }
    }

    /// In the browser: runs of [`WEB_BATCH`] for at most [`WEB_SLICE`] of this frame, the bands
    /// published once at its end, then the rest queued for the frames that follow.
    fn slices(mut self) {
        let started = Instant::now();
        let mut more = true;
        while more && started.elapsed() < WEB_SLICE {
            more = self.advance(WEB_BATCH);
        }
        if self.cancel.load(Ordering::Relaxed) {
            return;
        }
        self.publish();
        if more {
            let _ = crate::platform::spawn("uncertainty", move || self.slices());
        }
    }
}

/// What polling a job gives.
#[derive(Debug)]
pub enum Poll<T> {
    Ready(T),
    Pending,
    /// The job ended without an answer (its thread could not start, or panicked).
    Lost,
}

/// A computation on a background thread whose answer the UI polls for.
#[derive(Debug)]
pub struct Job<K, T> {
    /// What was asked, to tell a stale answer from a fresh one.
    pub key: K,
    rx: Receiver<T>,
    /// Held while the answer is wanted: work done in slices stops once it is dropped.
    _wanted: Option<Arc<()>>,
}

impl<K: PartialEq, T: Send + 'static> Job<K, T> {
    /// A job whose work sends its answer on `rx` itself (in slices between frames, in the
    /// browser), and stops when `wanted` has no other holder than the job, once it is dropped.
    pub fn waiting(key: K, rx: Receiver<T>, wanted: Arc<()>) -> Self {
        Job {
            key,
            rx,
            _wanted: Some(wanted),
        }
    }

    pub fn spawn(key: K, ctx: &egui::Context, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        // If the thread cannot start, `poll` reports the job as lost.
        let lang = crate::i18n::current();
        let _ = crate::platform::spawn("study", move || {
            // Words from this thread speak the window's language.
            crate::i18n::set_for_thread(lang);
            let _ = tx.send(work());
            ctx.request_repaint();
        });
        Job {
            key,
            rx,
            _wanted: None,
        }
    }

    /// The answer when it has come.
    pub fn poll(&self) -> Poll<T> {
        match self.rx.try_recv() {
            Ok(v) => Poll::Ready(v),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

/// The answer of `job` with what it answers, once it has come (the job is then gone); a lost
/// job is dropped, so that the next look starts it again.
pub fn collect<K: PartialEq + Clone, T: Send + 'static>(
    job: &mut Option<Job<K, T>>,
) -> Option<(K, T)> {
    let answer = match job.as_ref()?.poll() {
        Poll::Ready(answer) => answer,
        Poll::Pending => return None,
        Poll::Lost => {
            *job = None;
            return None;
        }
    };
    job.take().map(|j| (j.key, answer))
}

/// What a tornado was computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoKey {
    pub scenario: Scenario,
    pub metric: Metric,
    pub span: Span,
}

/// The sensitivity view's state.
#[derive(Debug)]
pub struct Sensitivity {
    pub metric: Metric,
    /// `None`: range ends; otherwise ± this fraction.
    pub relative: Option<f64>,
    pub result: Option<(TornadoKey, Result<Tornado, String>)>,
    pub job: Option<Job<TornadoKey, Result<Tornado, String>>>,
}

impl Default for Sensitivity {
    fn default() -> Self {
        Sensitivity {
            metric: Metric::CumulativeFinancing,
            relative: None,
            result: None,
            job: None,
        }
    }
}

impl Sensitivity {
    pub fn span(&self) -> Span {
        self.relative.map_or(Span::RangeEnds, Span::Relative)
    }

    /// Keeps the tornado current for `s`: collects a finished job, starts one when needed.
    pub fn update(&mut self, s: &Scenario, ctx: &egui::Context) {
        if let Some(answer) = collect(&mut self.job) {
            self.result = Some(answer);
        }
        // Compared in place: the scenario is cloned only when a new tornado is started.
        let (metric, span) = (self.metric, self.span());
        let fits = |k: &TornadoKey| k.metric == metric && k.span == span && k.scenario == *s;
        let current = self.result.as_ref().is_some_and(|(k, _)| fits(k));
        let running = self.job.as_ref().is_some_and(|j| fits(&j.key));
        if !current && !running {
            let key = TornadoKey {
                scenario: s.clone(),
                metric,
                span,
            };
            let scenario = s.clone();
            self.job = Some(Job::spawn(key, ctx, move || {
                tornado(&scenario, metric, span).map_err(|e| e.to_string())
            }));
        }
    }

    /// Whether the tornado on screen is of an earlier state (a newer one is computing).
    pub fn is_stale(&self) -> bool {
        self.job.is_some()
    }
}

/// The goal-seek panel's state.
#[derive(Debug)]
pub struct GoalSeek {
    /// Path of the assumption to solve for.
    pub lever: String,
    pub metric: Metric,
    pub target: f64,
    pub job: Option<Job<(), SeekAnswer>>,
    /// The last answer, with the scenario and goal it answers.
    pub answer: Option<SeekAnswer>,
}

/// A goal-seek answer with the scenario and goal it answers.
pub type SeekAnswer = (Scenario, Goal, Result<Solution, SeekError>);

impl Default for GoalSeek {
    fn default() -> Self {
        GoalSeek {
            lever: "capital.subscribed".into(),
            metric: Metric::FirstBindingYear,
            target: 2040.0,
            job: None,
            answer: None,
        }
    }
}

impl GoalSeek {
    pub fn solve(&mut self, s: &Scenario, goal: Goal, ctx: &egui::Context) {
        let scenario = s.clone();
        self.job = Some(Job::spawn((), ctx, move || {
            let answer = seek(&scenario, &goal);
            (scenario, goal, answer)
        }));
    }

    pub fn update(&mut self) {
        if let Some(job) = &self.job {
            match job.poll() {
                Poll::Ready(answer) => {
                    self.answer = Some(answer);
                    self.job = None;
                }
                Poll::Pending => {}
                Poll::Lost => self.job = None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bands of a study run in `most`-run slices, as the runner runs them.
    fn sliced(s: &Scenario, most: u64) -> (Bands, u64) {
        let progress = Arc::new(Mutex::new(Progress::default()));
        let cancel = Arc::new(AtomicBool::new(false));
        let mut batches =
            Batches::new(s.clone(), cancel, progress.clone(), None).expect("the study runs");
        let mut slices = 1;
        while batches.step(most) {
            slices += 1;
        }
        let p = progress.lock().expect("not poisoned").clone();
        assert!(p.finished);
        assert_eq!(p.done, u64::from(s.uncertainty.runs));
        let bands = p.bands.expect("published");
        (Bands::clone(&bands), slices)
    }

    #[test]
    fn the_browsers_slices_give_the_desktops_bands() {
        let mut s = crate::presets::preset("baseline")
            .and_then(|p| p.scenario().ok())
            .expect("the baseline reads");
        s.uncertainty.runs = 1300;
        let (desktop, desktop_slices) = sliced(&s, MAX_BATCH);
        let (web, web_slices) = sliced(&s, WEB_BATCH);
        assert_eq!(
            desktop, web,
            "the same runs, in the same order, give the same bands"
        );
        assert_eq!(web.runs, 1300);
        assert!(
            web_slices > desktop_slices,
            "{web_slices} vs {desktop_slices}"
        );
        // The whole study at once agrees too.
        let whole = crate::model::uncertainty::run_study(&s).expect("runs");
        assert_eq!(whole, desktop);
    }

    #[test]
    fn references_are_named_relative_to_the_saving_file() {
        let root = std::path::absolute("/data").unwrap_or_else(|_| PathBuf::from("/data"));
        let dir = root.join("work");
        let name = |target: &Path| reference_path(Some(&dir), target);
        assert_eq!(name(&dir.join("other.ron")), "other.ron");
        assert_eq!(name(&dir.join("refs").join("other.ron")), "refs/other.ron");
        assert_eq!(
            name(&root.join("shared").join("other.ron")),
            "../shared/other.ron"
        );
        let target = root.join("other.ron");
        assert_eq!(reference_path(None, &target), target.display().to_string());
    }
}
