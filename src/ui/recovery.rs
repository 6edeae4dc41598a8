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

use crate::t;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::file;
use crate::model::Scenario;
use crate::platform::Store;

/// The recovery copy's file name, inside the app's data folder.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// What the recovery copy holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    /// The file the work belongs to; `None` for a scenario never saved.
    pub path: Option<PathBuf>,
    pub scenario: Scenario,
}

impl Copy {
    /// Reads the copy in `dir`, if there is a readable one.
    pub fn find(dir: &Path) -> Option<Copy> {
        let text = Store::in_folder(dir).read(RECOVERY_FILE)?;
        file::options().from_str(&text).ok()
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
    store: Store,
    /// The writer thread's queue; `None` where the copy is written at once (the web edition,
    /// whose storage is quick and has no threads, or a desktop that could not start one).
    jobs: Option<Sender<Job>>,
    worker: Option<JoinHandle<()>>,
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

impl Job {
    /// Writes or removes the copy in `store`.
    fn perform(self, store: &Store) {
        match self {
            Job::Write(copy) => {
                let pretty = ron::ser::PrettyConfig::new().struct_names(false);
                if let Ok(text) = ron::ser::to_string_pretty(&*copy, pretty) {
                    let _ = store.write(RECOVERY_FILE, &text);
                }
            }
            Job::Remove => store.remove(RECOVERY_FILE),
        }
    }
}

impl Keeper {
    /// A keeper writing into `dir` (created when first needed; in the browser, the name of
    /// the storage entry).
    pub fn new(dir: &Path) -> Keeper {
        let store = Store::in_folder(dir);
        let (tx, rx) = channel::<Job>();
        let worker = if crate::platform::WEB {
            None
        } else {
            let folder = store.clone();
            std::thread::Builder::new()
                .name("recovery-writer".into())
                .spawn(move || {
                    while let Ok(mut job) = rx.recv() {
                        // Only the newest job matters.
                        while let Ok(newer) = rx.try_recv() {
                            job = newer;
                        }
                        job.perform(&folder);
                    }
                })
                .ok()
        };
        Keeper {
            store,
            jobs: worker.as_ref().map(|_| tx),
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

    /// Removes the copy (after a save, a deliberate discard or a quit).
    pub fn remove(&mut self) {
        self.kept = None;
        self.send(Job::Remove);
    }

    fn send(&self, job: Job) {
        match &self.jobs {
            Some(jobs) => {
                let _ = jobs.send(job);
            }
            // No writer thread: do it here rather than not at all.
            None => job.perform(&self.store),
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
