//! The reference a scenario file names (`meta.reference: Some(File("…"))`), and any file the
//! user pins: which are followed, how they are read without ever blocking a frame, and how a
//! reference is named for people ([`ReferenceName::describe`]).
//!
//! A file can come from anyone, and what it names is read on the reader's machine. The rule:
//! - A name that stays inside the scenario's own folder (`stress.ron`, `refs/stress.ron`: what
//!   the app writes for a reference saved beside or below the file) is followed when the file
//!   is opened.
//! - Anything else (an absolute path, a name that climbs out with `..`, or any name when the
//!   scenario has no folder yet) is not followed until the user has seen where it points and
//!   said yes.
//! - Either way the file is read on a named background thread, through the same bounded
//!   reader as every scenario file (regular files only, at most 5 MB, a pipe refused without
//!   blocking), so the window draws its first frame whatever the name points at.
//! - A reference that cannot be pinned says why in one line that quotes nothing from inside
//!   it: it may not be a scenario at all.

use crate::t;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::studies::Pinned;
use crate::file;
use crate::i18n::Lang;
use crate::model::scenario::ReferenceName;
use crate::text::{escaped, one_line};

/// Whether a named file may be read at once, or only once the user has seen where it points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Follow {
    /// Inside the scenario's folder: read it.
    Now(PathBuf),
    /// Outside it: show this path and ask first.
    Ask(PathBuf),
}

/// Where the file name `name`, written in a scenario file in folder `dir`, points.
pub fn follow(dir: Option<&Path>, name: &str) -> Follow {
    let named = Path::new(name);
    let inside = named
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        && named.components().next().is_some();
    match dir {
        Some(dir) if inside => Follow::Now(dir.join(named)),
        Some(dir) => Follow::Ask(lexical(&dir.join(named))),
        None => Follow::Ask(lexical(named)),
    }
}

/// An absolute path with `.` and `..` worked out on the text alone (no link is followed), to
/// show the user where a name points.
fn lexical(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Why a reference could not be pinned.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// One line, quoting nothing from inside the file.
    pub reason: String,
    /// Every problem, one per line (escaped), for a file the user chose.
    pub lines: Vec<String>,
}

/// A reference being read and projected on a background thread.
#[derive(Debug)]
pub struct Loading {
    pub name: ReferenceName,
    pub path: PathBuf,
    /// Whether the user chose the file (then its problems are shown whole).
    pub chosen: bool,
    answer: Receiver<Result<Pinned, Refused>>,
}

impl Loading {
    /// Starts reading `path` as the reference `name`; its refusals speak `lang`, the window's
    /// language (passed in: the window may start a load before its first frame has set it).
    pub fn start(name: ReferenceName, path: PathBuf, chosen: bool, lang: Lang) -> Loading {
        let (tx, answer) = channel();
        let (job_name, job_path) = (name.clone(), path.clone());
        let spawned = crate::platform::spawn("reference-loader", move || {
            // Words from this thread speak the window's language.
            crate::i18n::set_for_thread(lang);
            let _ = tx.send(load(job_name, &job_path));
        });
        // No thread to be had: the answer is that it could not be read.
        let answer = match spawned {
            Ok(_) => answer,
            Err(e) => {
                let (tx, rx) = channel();
                let _ = tx.send(Err(Refused {
                    reason: t!("reference-cannot-start", reason = e.to_string()),
                    lines: Vec::new(),
                }));
                rx
            }
        };
        Loading {
            name,
            path,
            chosen,
            answer,
        }
    }

    /// The answer, once there is one.
    pub fn poll(&self) -> Option<Result<Pinned, Refused>> {
        match self.answer.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Refused {
                reason: t!("reference-stopped"),
                lines: Vec::new(),
            })),
        }
    }

    /// "… could not be pinned: …", for the status line.
    pub fn refusal_text(&self, refused: &Refused) -> String {
        escaped(&t!(
            "reference-refused",
            path = self.path.display().to_string(),
            reason = refused.reason.as_str()
        ))
        .into_owned()
    }
}

/// Reads, validates and projects a reference file (on the loader thread).
fn load(name: ReferenceName, path: &Path) -> Result<Pinned, Refused> {
    let loaded = file::load(path).map_err(|e| Refused {
        reason: e.summary(),
        lines: e.lines(),
    })?;
    Pinned::new(name, loaded.scenario)
        .map(|pinned| pinned.from_file(path))
        .map_err(|invalid| Refused {
            reason: t!("reference-invalid", count = invalid.0.len()),
            lines: invalid
                .0
                .iter()
                .map(|p| escaped(&p.to_string()).into_owned())
                .collect(),
        })
}

// How a reference is named for people: said here, above the model, because a preset is named
// by its title, which the presets know.
impl ReferenceName {
    /// For people: "preset baseline", "file other.ron", "snapshot …".
    pub fn describe(&self) -> String {
        match self {
            // A preset by its title in the reader's language (its id if it is not one we know).
            ReferenceName::Preset(id) => t!(
                "reference-preset",
                id = crate::presets::preset(id).map_or_else(|| id.clone(), |p| p.title())
            ),
            ReferenceName::File(path) => {
                t!("reference-file", path = one_line(path, 120).to_string())
            }
            ReferenceName::Snapshot(what) => {
                t!("reference-snapshot", what = one_line(what, 120).to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_inside_the_folder_are_followed_and_others_are_asked_about() {
        let dir = Path::new("/work/scenarios");
        assert_eq!(
            follow(Some(dir), "stress.ron"),
            Follow::Now(dir.join("stress.ron"))
        );
        assert_eq!(
            follow(Some(dir), "refs/stress.ron"),
            Follow::Now(dir.join("refs/stress.ron"))
        );
        assert_eq!(
            follow(Some(dir), "../refs/stress.ron"),
            Follow::Ask(PathBuf::from("/work/refs/stress.ron"))
        );
        assert_eq!(
            follow(Some(dir), "refs/../../../../etc/passwd"),
            Follow::Ask(PathBuf::from("/etc/passwd"))
        );
        assert_eq!(
            follow(Some(dir), "/dev/zero"),
            Follow::Ask(PathBuf::from("/dev/zero"))
        );
        assert!(matches!(follow(Some(dir), ""), Follow::Ask(_)));
        assert!(matches!(follow(None, "stress.ron"), Follow::Ask(_)));
    }
}
