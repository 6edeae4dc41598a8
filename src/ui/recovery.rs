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
        let bytes = file::read_bounded(&dir.join(RECOVERY_FILE)).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        file::options().from_str(&text).ok()
    }

    /// "“Title” (stress.ron)" or "“Title” (never saved)", for the prompt.
    pub fn describe(&self) -> String {
        let title = crate::text::clipped(&self.scenario.meta.title, 80);
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
    dir: PathBuf,
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

impl Keeper {
    /// A keeper writing into `dir` (created when first needed).
    pub fn new(dir: PathBuf) -> Keeper {
        let (tx, rx) = channel::<Job>();
        let folder = dir.clone();
        let worker = std::thread::Builder::new()
            .name("recovery-writer".into())
            .spawn(move || {
                while let Ok(mut job) = rx.recv() {
                    // Only the newest job matters.
                    while let Ok(newer) = rx.try_recv() {
                        job = newer;
                    }
                    let path = folder.join(RECOVERY_FILE);
                    match job {
                        Job::Write(copy) => {
                            let _ = std::fs::create_dir_all(&folder);
                            let pretty = ron::ser::PrettyConfig::new().struct_names(false);
                            if let Ok(text) = ron::ser::to_string_pretty(&*copy, pretty) {
                                let _ = file::write_text(&path, &text);
                            }
                        }
                        Job::Remove => {
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                }
            })
            .ok();
        Keeper {
            dir,
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
            // No thread could be started: do it here rather than not at all.
            None => {
                if let Job::Remove = job {
                    let _ = std::fs::remove_file(self.dir.join(RECOVERY_FILE));
                }
            }
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
