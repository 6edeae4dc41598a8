//! File dialogs that never block a frame. The system dialog runs on its own thread and answers
//! through a channel; where there is no system dialog (no portal, no zenity), the app offers a
//! path entry of its own. Tests swap in a picker that answers from a script. In the browser
//! ([`WebPicker`]) a file to open comes from the browser's file picker as its name and bytes,
//! and a file to save is a download under the name suggested.

use crate::t;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
#[cfg(not(target_arch = "wasm32"))]
use std::time::{Duration, Instant};

/// What a dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportFolder,
    /// A scenario file to pin as the reference.
    PinReference,
    /// Where to save a chart's picture.
    SaveChart,
    /// Where to save a chart as SVG.
    SaveSvg,
    /// Where to write the brief (HTML).
    ExportBrief,
    /// Where to write the Excel workbook.
    ExportWorkbook,
}

impl Purpose {
    /// The extension a file chosen for this purpose gets when the user types a name without
    /// one (none for what is opened, or for a folder).
    pub fn extension(&self) -> Option<&'static str> {
        match self {
            Purpose::SaveAs => Some("ron"),
            Purpose::SaveChart => Some("png"),
            Purpose::SaveSvg => Some("svg"),
            Purpose::ExportBrief => Some("html"),
            Purpose::ExportWorkbook => Some("xlsx"),
            Purpose::Open | Purpose::PinReference | Purpose::ExportFolder => None,
        }
    }

    pub fn title(&self) -> String {
        match self {
            Purpose::Open => t!("purpose-open"),
            Purpose::SaveAs => t!("purpose-save-as"),
            Purpose::ExportFolder => t!("purpose-export-folder"),
            Purpose::PinReference => t!("purpose-pin-reference"),
            Purpose::SaveChart => t!("purpose-save-chart"),
            Purpose::SaveSvg => t!("purpose-save-svg"),
            Purpose::ExportBrief => t!("purpose-export-brief"),
            Purpose::ExportWorkbook => t!("purpose-export-xlsx"),
        }
    }
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No system dialog could be shown.
    Unavailable,
    /// A file chosen in the browser: its name and what it holds (there is no path).
    File {
        name: String,
        bytes: Vec<u8>,
    },
}

/// Something that can ask the user for a path without blocking the caller.
pub trait Picker {
    fn pick(&mut self, purpose: &Purpose, suggested_name: &str) -> Receiver<Picked>;
}

/// The system's file dialog (rfd), on a named thread.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub struct SystemPicker;

/// A dialog that closes faster than this without a path was not shown to anyone.
#[cfg(not(target_arch = "wasm32"))]
const TOO_FAST: Duration = Duration::from_millis(300);

#[cfg(not(target_arch = "wasm32"))]
impl Picker for SystemPicker {
    fn pick(&mut self, purpose: &Purpose, suggested_name: &str) -> Receiver<Picked> {
        let (tx, rx) = channel();
        let purpose = purpose.clone();
        let name = suggested_name.to_owned();
        let lang = crate::i18n::current();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                // Words from this thread speak the window's language.
                crate::i18n::set_for_thread(lang);
                let started = Instant::now();
                let dialog = rfd::FileDialog::new().set_title(purpose.title());
                let chosen = match purpose {
                    Purpose::Open | Purpose::PinReference => dialog
                        .add_filter(t!("filter-scenario"), &["ron"])
                        .pick_file(),
                    Purpose::SaveAs => dialog
                        .add_filter(t!("filter-scenario"), &["ron"])
                        .set_file_name(name)
                        .save_file(),
                    Purpose::ExportFolder => dialog.pick_folder(),
                    Purpose::SaveChart => dialog
                        .add_filter(t!("filter-png"), &["png"])
                        .set_file_name(name)
                        .save_file(),
                    Purpose::SaveSvg => dialog
                        .add_filter(t!("filter-svg"), &["svg"])
                        .set_file_name(name)
                        .save_file(),
                    Purpose::ExportBrief => dialog
                        .add_filter(t!("filter-html"), &["html", "htm"])
                        .set_file_name(name)
                        .save_file(),
                    Purpose::ExportWorkbook => dialog
                        .add_filter(t!("filter-xlsx"), &["xlsx"])
                        .set_file_name(name)
                        .save_file(),
                };
                let answer = match chosen {
                    Some(path) => Picked::Path(path),
                    None if started.elapsed() < TOO_FAST => Picked::Unavailable,
                    None => Picked::Cancelled,
                };
                let _ = tx.send(answer);
            });
        if spawned.is_err() {
            let (tx, rx) = channel();
            let _ = tx.send(Picked::Unavailable);
            return rx;
        }
        rx
    }
}

/// The browser's file picker for a file to open (its name and bytes come back); a file to
/// save is named as suggested and given as a download.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Default)]
pub struct WebPicker;

#[cfg(target_arch = "wasm32")]
impl Picker for WebPicker {
    fn pick(&mut self, purpose: &Purpose, suggested_name: &str) -> Receiver<Picked> {
        let (tx, rx) = channel();
        match purpose {
            Purpose::Open | Purpose::PinReference => {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title(purpose.title())
                    .add_filter(t!("filter-scenario"), &["ron"]);
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = match dialog.pick_file().await {
                        Some(file) => Picked::File {
                            name: file.file_name(),
                            bytes: file.read().await,
                        },
                        None => Picked::Cancelled,
                    };
                    let _ = tx.send(answer);
                });
            }
            // A folder of CSV files is one zip file in the browser.
            Purpose::ExportFolder => {
                let _ = tx.send(Picked::Path(PathBuf::from("results.zip")));
            }
            _ => {
                let _ = tx.send(Picked::Path(PathBuf::from(suggested_name)));
            }
        }
        rx
    }
}

/// A picker for tests: answers each request with the next scripted answer.
#[derive(Debug, Default)]
pub struct ScriptedPicker {
    pub answers: std::collections::VecDeque<Picked>,
    pub asked: Vec<Purpose>,
}

impl Picker for ScriptedPicker {
    fn pick(&mut self, purpose: &Purpose, _suggested_name: &str) -> Receiver<Picked> {
        self.asked.push(purpose.clone());
        let (tx, rx) = channel();
        let _ = tx.send(self.answers.pop_front().unwrap_or(Picked::Cancelled));
        rx
    }
}
