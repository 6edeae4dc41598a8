//! The recovery copy of unsaved work: what a crash, a power cut or a killed process must not
//! take away.
//!
//! - The copy is written from the edit, not from a timer: whenever a committed edit leaves the
//!   document different from its file (a slider released, an entry confirmed, an undo), the
//!   scenario and the file it belongs to go to a named background thread that writes them
//!   atomically. An idle window draws no frames, so a timer would have waited for the next one.
//! - The writer keeps only the newest copy asked for, and removals go through it too, so a
//!   late write can never bring back a copy that a save has removed.
//! - The copy holds the file's path as well as the scenario (with the reference it names), so
//!   that recovered work is saved back where it came from and pins its reference again. An
//!   invalid scenario is kept too: the user was in the middle of it.
//! - Every window keeps its own copy: `recovery.ron`, `recovery-1.ron`, … (a slot each), with a
//!   lock beside it (`recovery.lock`, `recovery-1.lock`, …) that the window holds from its first
//!   copy until it ends; the system lets go of it however the window ends, a kill included. At
//!   start, only a copy whose lock nobody holds is offered (its window is gone), and the window
//!   that offers it holds that lock meanwhile, so that a second window started at the same
//!   time does not offer it too. Recovered work goes on in the copy it came from; declined
//!   work is removed. A copy an earlier version left (`recovery.ron`, no lock) is offered as
//!   before.

use crate::t;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::file;
use crate::model::Scenario;
use crate::platform::{Hold, Store};

/// The first window's recovery copy, inside the app's data folder (the one copy earlier
/// versions kept); other windows' copies are `recovery-1.ron`, `recovery-2.ron`, ….
pub const RECOVERY_FILE: &str = "recovery.ron";

/// How many windows may keep copies in one folder at once.
const MAX_SLOTS: u32 = 256;

/// The copy of slot `slot`: `recovery.ron`, `recovery-1.ron`, ….
fn copy_name(slot: u32) -> String {
    match slot {
        0 => RECOVERY_FILE.to_owned(),
        n => format!("recovery-{n}.ron"),
    }
}

/// The lock of slot `slot`, held by the window that writes its copy.
fn lock_name(slot: u32) -> String {
    match slot {
        0 => "recovery.lock".to_owned(),
        n => format!("recovery-{n}.lock"),
    }
}

/// The slot a copy's name gives, if it is a copy's name.
fn slot_of(name: &str) -> Option<u32> {
    if name == RECOVERY_FILE {
        return Some(0);
    }
    let n: u32 = name
        .strip_prefix("recovery-")?
        .strip_suffix(".ron")?
        .parse()
        .ok()?;
    (n > 0 && n < MAX_SLOTS && copy_name(n) == name).then_some(n)
}

/// What this process knows of the slots in its recovery folders: those its keepers write, and
/// the copy it found to offer ([`Copy::find`]) with the lock it holds meanwhile.
#[derive(Debug)]
struct Slot {
    dir: PathBuf,
    slot: u32,
    /// `Some` for a copy found to offer, not yet recovered or declined.
    claim: Option<Option<Hold>>,
}

static SLOTS: Mutex<Vec<Slot>> = Mutex::new(Vec::new());

fn slots() -> MutexGuard<'static, Vec<Slot>> {
    SLOTS.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The copy found to offer in `dir`, taken out of the list (its lock with it).
fn take_claim(dir: &Path) -> Option<(u32, Option<Hold>)> {
    let mut slots = slots();
    let i = slots
        .iter()
        .position(|s| s.dir == dir && s.claim.is_some())?;
    let slot = slots.remove(i);
    Some((slot.slot, slot.claim.flatten()))
}

/// Whether a keeper of this process writes slot `slot` of `dir`.
fn kept_here(dir: &Path, slot: u32) -> bool {
    slots()
        .iter()
        .any(|s| s.dir == dir && s.slot == slot && s.claim.is_none())
}

/// The copy in slot `slot`, if there is a readable one.
fn read_copy(store: &Store, slot: u32) -> Option<Copy> {
    let text = store.read(&copy_name(slot))?;
    file::options().from_str(&text).ok()
}

/// What the recovery copy holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    /// The file the work belongs to; `None` for a scenario never saved.
    pub path: Option<PathBuf>,
    pub scenario: Scenario,
}

impl Copy {
    /// The copy in `dir` of a window that is gone (a crash, a kill, a power cut), if there is
    /// a readable one; the first slot's first. A copy whose window still runs is not offered:
    /// its lock is held. The copy found is held by this process until it is recovered (its
    /// work goes on in it) or declined (it is removed: [`Keeper::remove`]), and is the one
    /// found again if asked twice.
    ///
    /// Within one process (tests drive several windows in one), a copy that this process's own
    /// keeper writes counts as gone: a real process has one window, and looks before it writes.
    pub fn find(dir: &Path) -> Option<Copy> {
        let store = Store::in_folder(dir);
        let claimed = slots()
            .iter()
            .find(|s| s.dir == dir && s.claim.is_some())
            .map(|s| s.slot);
        if let Some(slot) = claimed {
            return read_copy(&store, slot);
        }
        let mut found: Vec<u32> = store.names().iter().filter_map(|n| slot_of(n)).collect();
        found.sort_unstable();
        for slot in found {
            let hold = if kept_here(dir, slot) {
                None
            } else {
                match store.hold(&lock_name(slot)) {
                    Ok(Some(hold)) => Some(hold),
                    // Its window still runs.
                    Ok(None) => continue,
                    // No locks here (a file system without them): offered, as before.
                    Err(_) => None,
                }
            };
            let Some(copy) = read_copy(&store, slot) else {
                continue;
            };
            slots().push(Slot {
                dir: dir.to_owned(),
                slot,
                claim: Some(hold),
            });
            return Some(copy);
        }
        None
    }

    /// "“Title” (stress.ron)" or "“Title” (never saved)", for the prompt.
    pub fn describe(&self) -> String {
        let title = crate::presets::shown(crate::presets::Field::Title, &self.scenario.meta.title);
        let title = crate::text::clipped(&title, 80);
        let text = match self.path.as_ref().and_then(|p| p.file_name()) {
            Some(name) => t!(
                "recovery-describe-file",
                title = title.to_string(),
                file = name.to_string_lossy().into_owned()
            ),
            None => t!("recovery-describe-unsaved", title = title.to_string()),
        };
        crate::text::escaped(&text).into_owned()
    }
}

enum Job {
    Write(Box<Copy>),
    Remove,
}

/// Keeps the recovery copy in step with the document.
#[derive(Debug)]
pub struct Keeper {
    /// The writer thread's queue; `None` where the copy is written at once (the web edition,
    /// whose storage is quick and has no threads, or a desktop that could not start one).
    jobs: Option<Sender<Job>>,
    worker: Option<JoinHandle<()>>,
    /// The writer, where there is no thread to own it.
    direct: Option<Writer>,
    /// What was last sent to the writer: `Some` while a copy exists (or is being written).
    kept: Option<Copy>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Job::Write(_) => "Write",
            Job::Remove => "Remove",
        })
    }
}

/// Writes and removes one window's copy: the slot it writes is chosen at its first copy.
#[derive(Debug)]
struct Writer {
    store: Store,
    dir: PathBuf,
    /// This window's slot and the lock it holds (`None` where the system has no locks).
    own: Option<(u32, Option<Hold>)>,
}

impl Writer {
    fn new(dir: &Path) -> Writer {
        Writer {
            store: Store::in_folder(dir),
            dir: dir.to_owned(),
            own: None,
        }
    }

    /// Writes or removes the copy.
    fn perform(&mut self, job: Job) {
        match job {
            Job::Write(copy) => {
                let Some(slot) = self.slot() else {
                    return;
                };
                let pretty = ron::ser::PrettyConfig::new().struct_names(false);
                if let Ok(text) = ron::ser::to_string_pretty(&*copy, pretty) {
                    let _ = self.store.write(&copy_name(slot), &text);
                }
            }
            Job::Remove => {
                if let Some((slot, _)) = &self.own {
                    self.store.remove(&copy_name(*slot));
                }
                // A copy found at start and declined goes too.
                if let Some((slot, hold)) = take_claim(&self.dir) {
                    self.store.remove(&copy_name(slot));
                    if let Some(hold) = hold {
                        hold.release();
                    }
                }
            }
        }
    }

    /// This window's slot, chosen at its first copy: the slot of the copy it recovered, or the
    /// first whose lock is free and that holds no copy of a window that is gone.
    fn slot(&mut self) -> Option<u32> {
        if let Some((slot, _)) = &self.own {
            return Some(*slot);
        }
        let own = take_claim(&self.dir).or_else(|| {
            let names = self.store.names();
            (0..MAX_SLOTS).find_map(|slot| {
                if kept_here(&self.dir, slot) {
                    return None;
                }
                let hold = match self.store.hold(&lock_name(slot)) {
                    Ok(Some(hold)) => Some(hold),
                    Ok(None) => return None,
                    Err(_) => None,
                };
                // A gone window's copy waits to be offered.
                (!names.contains(&copy_name(slot))).then_some((slot, hold))
            })
        })?;
        slots().push(Slot {
            dir: self.dir.clone(),
            slot: own.0,
            claim: None,
        });
        let slot = own.0;
        self.own = Some(own);
        Some(slot)
    }
}

impl Drop for Writer {
    /// The window ends: its slot is free again (its lock file removed when no copy is left).
    fn drop(&mut self) {
        let Some((slot, hold)) = self.own.take() else {
            return;
        };
        slots().retain(|s| !(s.dir == self.dir && s.slot == slot && s.claim.is_none()));
        if let Some(hold) = hold
            && !self.store.names().contains(&copy_name(slot))
        {
            hold.release();
        }
    }
}

impl Keeper {
    /// A keeper writing into `dir` (created when first needed; in the browser, the name of
    /// the storage entry).
    pub fn new(dir: &Path) -> Keeper {
        let (tx, rx) = channel::<Job>();
        let worker = if crate::platform::WEB {
            None
        } else {
            let mut writer = Writer::new(dir);
            std::thread::Builder::new()
                .name("recovery-writer".into())
                .spawn(move || {
                    while let Ok(mut job) = rx.recv() {
                        // Only the newest job matters.
                        while let Ok(newer) = rx.try_recv() {
                            job = newer;
                        }
                        writer.perform(job);
                    }
                })
                .ok()
        };
        Keeper {
            jobs: worker.as_ref().map(|_| tx),
            direct: worker.is_none().then(|| Writer::new(dir)),
            worker,
            kept: None,
        }
    }

    /// Call after every committed edit: keeps a copy of unsaved work, and removes the copy
    /// once there is none.
    pub fn keep(&mut self, doc: &Document) {
        if doc.is_modified() {
            let unchanged = self
                .kept
                .as_ref()
                .is_some_and(|k| k.scenario == doc.scenario && k.path == doc.path);
            if !unchanged {
                let copy = Copy {
                    path: doc.path.clone(),
                    scenario: doc.scenario.clone(),
                };
                self.send(Job::Write(Box::new(copy.clone())));
                self.kept = Some(copy);
            }
        } else if self.kept.is_some() {
            self.remove();
        }
    }

    /// Removes the copy (after a save, a deliberate discard or a quit), and a copy found at
    /// start that the user declined.
    pub fn remove(&mut self) {
        self.kept = None;
        self.send(Job::Remove);
    }

    fn send(&mut self, job: Job) {
        match (&self.jobs, &mut self.direct) {
            (Some(jobs), _) => {
                let _ = jobs.send(job);
            }
            // No writer thread: do it here rather than not at all.
            (None, Some(writer)) => writer.perform(job),
            (None, None) => {}
        }
    }
}

impl Drop for Keeper {
    /// Lets the writer finish what it was asked (a removal at quit, say) before the app ends.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}
