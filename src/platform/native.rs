//! The desktop: background work on named threads, the recovery copy in a folder.

use std::path::{Path, PathBuf};

/// This is the desktop edition.
pub const WEB: bool = false;

/// Runs `work` on a thread of its own named `name`; an error when no thread could be started
/// (the caller then says so, or does the work itself).
pub fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .map(|_| ())
}

/// Nothing waits for a frame on the desktop: threads run by themselves.
pub fn run_queued() {}

/// Whether work waits for the next frame (never, on the desktop).
pub fn has_queued() -> bool {
    false
}

/// Small text files the app keeps for itself (the recovery copy), in a folder of its own.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// A store in `dir` (tests use a temporary folder).
    pub fn in_folder(dir: &Path) -> Store {
        Store {
            dir: dir.to_owned(),
        }
    }

    /// The text kept under `name`, if there is a readable one (bounded like any file read).
    pub fn read(&self, name: &str) -> Option<String> {
        let bytes = crate::file::read_bounded(&self.dir.join(name)).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// Keeps `text` under `name`, replacing what was there at once or not at all.
    pub fn write(&self, name: &str, text: &str) -> Result<(), String> {
        std::fs::create_dir_all(&self.dir).map_err(|e| e.to_string())?;
        crate::file::write_text(&self.dir.join(name), text).map_err(|e| e.to_string())
    }

    /// Forgets what is kept under `name`.
    pub fn remove(&self, name: &str) {
        let _ = std::fs::remove_file(self.dir.join(name));
    }

    /// The names of what the store keeps (the files in its folder), in no particular order.
    pub fn names(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .collect()
    }

    /// Holds `name` for this process for as long as the [`Hold`] lives, by an OS lock on the
    /// file of that name (created if missing; the lock ends with the process, however it ends):
    /// `Ok(None)` when another holder has it (another process, or another hold in this one),
    /// an error where the system cannot lock files.
    pub fn hold(&self, name: &str) -> Result<Option<Hold>, String> {
        std::fs::create_dir_all(&self.dir).map_err(|e| e.to_string())?;
        let path = self.dir.join(name);
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| e.to_string())?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Hold { path, _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e.to_string()),
        }
    }
}

/// A name held by this process ([`Store::hold`]); let go when dropped.
#[derive(Debug)]
pub struct Hold {
    path: PathBuf,
    _file: std::fs::File,
}

impl Hold {
    /// Removes the name from the store, then lets it go.
    pub fn release(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
