//! The seam between the explorer and what it runs on: a desktop (threads, files, a data
//! folder) or a browser tab (one thread, downloads, the browser's storage). Everything above it
//! (the model, the charts as data, the views, the brief, the links) is one code for both
//! editions, as eframe keeps its `native/` and `web/` runners behind one `App` trait.
//!
//! - [`spawn`]: background work. On the desktop a named thread; in the browser the work waits
//!   in a queue that [`run_queued`] empties between frames (a long study queues its next slice
//!   itself, so that the page keeps drawing and answering).
//! - [`Store`]: where the recovery copies of unsaved work are kept: files in the app's data
//!   folder, or entries in the browser's local storage; and [`Hold`], how a window says it is
//!   still there (an OS file lock, or a heartbeat in the browser).
//! - [`WEB`]: whether this is the web edition, for the few words and menu entries that differ
//!   (a save is a download there; there is no folder to write CSV files into).
//! - The clock is `web_time` (std's own on the desktop); the clipboard is egui's, on both.
//! - The web edition's own pieces (downloads, the page's address) are in `web`.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
pub use web::{Hold, Store, WEB, has_queued, run_queued, spawn};
