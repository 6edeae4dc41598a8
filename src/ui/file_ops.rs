//! File operations: the dialogs that pick a path, open, save, pin a reference (in the
//! background), the recovery copy, and a chart's picture.

use crate::t;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::document::Document;
use super::files::{Picked, Purpose};
use super::{ExplorerApp, MAX_RECENT, chart_export, reference, studies, today};
use crate::file;
use crate::model::Scenario;
use crate::model::scenario::ReferenceName;
use crate::presets::preset;
use crate::text::escaped;

impl ExplorerApp {
    pub(super) fn ask(&mut self, purpose: Purpose) {
        let name = match purpose {
            Purpose::ExportBrief => self.report_name("html"),
            Purpose::ExportWorkbook => self.report_name("xlsx"),
            _ => self.file_name(),
        };
        let rx = self.picker.pick(&purpose, &name);
        self.pending_dialog = Some((purpose, rx));
    }

    /// What a brief's or a workbook's file is called by default: the scenario file's name
    /// with `extension`.
    fn report_name(&self, extension: &str) -> String {
        Path::new(&self.file_name())
            .with_extension(extension)
            .display()
            .to_string()
    }

    /// The open file's name, or for one never saved a name made from its title (`scenario.ron`
    /// without one): what a save suggests.
    fn file_name(&self) -> String {
        self.doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || {
                    let title = crate::presets::shown(
                        crate::presets::Field::Title,
                        &self.doc.scenario.meta.title,
                    );
                    file_name_for(&title)
                },
                |n| n.to_string_lossy().into_owned(),
            )
    }

    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some((purpose, rx)) = self.pending_dialog.take() else {
            return;
        };
        match rx.try_recv() {
            Ok(answer) => self.picked(&purpose, answer),
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                self.pending_dialog = Some((purpose, rx));
                ctx.request_repaint_after(Duration::from_millis(100));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {}
        }
    }

    pub(super) fn picked(&mut self, purpose: &Purpose, answer: Picked) {
        match answer {
            Picked::Cancelled => match purpose {
                Purpose::SaveChart => self.chart_export = None,
                Purpose::SaveSvg => self.svg_export = None,
                _ => {}
            },
            Picked::Unavailable => {
                let suggested = self.suggested_path(purpose);
                self.path_entry = Some((purpose.clone(), suggested));
                self.path_entry_focus = true;
            }
            Picked::File { name, bytes } => match purpose {
                Purpose::Open => self.open_bytes(&name, &bytes),
                Purpose::PinReference => self.pin_bytes(&name, &bytes),
                _ => {}
            },
            Picked::Path(path) => {
                let path = match purpose.extension() {
                    Some(extension) if path.extension().is_none() => path.with_extension(extension),
                    _ => path,
                };
                self.picked_path(purpose, &path);
            }
        }
    }

    /// Does what the dialog was for with the path chosen (given its extension).
    fn picked_path(&mut self, purpose: &Purpose, path: &Path) {
        match purpose {
            Purpose::Open => self.open(path),
            Purpose::PinReference => self.pin_file(path),
            Purpose::SaveChart => self.save_chart(path),
            Purpose::SaveSvg => self.save_svg(path),
            Purpose::ExportBrief | Purpose::ExportWorkbook => {
                self.report_pending = Some((purpose.clone(), path.to_owned()));
            }
            Purpose::SaveAs => self.save(path),
            Purpose::ExportFolder if crate::platform::WEB => self.download_csv(path),
            Purpose::ExportFolder => {
                match crate::export::write_all(&self.doc.projection, None, path) {
                    Ok(paths) => self.notice(
                        &t!(
                            "notice-wrote-csv",
                            count = paths.len(),
                            folder = path.display().to_string()
                        ),
                        false,
                    ),
                    Err(e) => self.notice(&e.to_string(), true),
                }
            }
        }
    }

    /// The web edition's CSV export: the files `write_all` writes into a folder on the
    /// desktop, as one zip file downloaded under the name of `path`.
    fn download_csv(&mut self, path: &Path) {
        let made = crate::export::csv_files(&self.doc.projection, None)
            .map_err(|e| e.to_string())
            .and_then(|files| {
                let files: Vec<(&str, &[u8])> =
                    files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
                crate::zip::zip(&files, super::today_ymd())
                    .map(|bytes| (files.len(), bytes))
                    .map_err(|e| e.to_string())
            })
            .and_then(|(count, bytes)| {
                file::write_bytes(path, &bytes)
                    .map(|()| count)
                    .map_err(|e| e.to_string())
            });
        match made {
            Ok(count) => {
                let name = path.display().to_string();
                self.notice(
                    &t!("notice-downloaded-csv", name = name, count = count),
                    false,
                );
            }
            Err(e) => self.notice(&e, true),
        }
    }

    /// Opens a file; on any problem shows it and keeps the open scenario.
    pub fn open(&mut self, path: &Path) {
        self.opened(file::load(path), path);
    }

    /// Opens a file given as its name and bytes (the browser's file picker, a file dropped on
    /// the page), as [`ExplorerApp::open`] opens a path; a save later gives it the same name.
    pub fn open_bytes(&mut self, name: &str, bytes: &[u8]) {
        self.opened(file::read_bytes(bytes, Path::new(name)), Path::new(name));
    }

    /// Takes in a file read from `path`: the scenario it holds, or its problems.
    fn opened(&mut self, read: Result<file::Loaded, file::LoadError>, path: &Path) {
        match read {
            Ok(loaded) => {
                self.doc = Document::opened(loaded.scenario, path.to_owned());
                self.remember(path);
                self.pin_named_reference();
                let note = loaded
                    .notices
                    .first()
                    .cloned()
                    .unwrap_or_else(|| t!("notice-opened", path = path.display().to_string()));
                self.notice(&note, false);
                self.load_errors = None;
            }
            Err(e) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.load_errors = Some((name, e.lines(), false));
                self.notice(
                    &t!("notice-open-failed", path = path.display().to_string()),
                    true,
                );
            }
        }
    }

    /// Pins a scenario given as its name and bytes (the browser's file picker) as the
    /// reference; one that does not open leaves the reference as it was and shows why.
    pub(super) fn pin_bytes(&mut self, name: &str, bytes: &[u8]) {
        match file::read_bytes(bytes, Path::new(name)) {
            Ok(loaded) => {
                let reference = ReferenceName::File(name.to_owned());
                self.pin_scenario(reference, loaded.scenario, None);
            }
            Err(e) => {
                self.load_errors = Some((escaped(name).into_owned(), e.lines(), false));
                self.notice(&t!("notice-open-failed", path = name), true);
            }
        }
    }

    /// Pins a scenario file the user chose, read in the background; a file that does not open
    /// leaves the reference as it was and shows its problems.
    pub(super) fn pin_file(&mut self, path: &Path) {
        // Relative to the open file where possible, so that the pair can travel together;
        // made relative again wherever the scenario is saved.
        let dir = self.doc.path.as_ref().and_then(|own| own.parent());
        let name = ReferenceName::File(studies::reference_path(dir, path));
        self.start_reference_load(name, path.to_owned(), true);
    }

    pub(super) fn start_reference_load(
        &mut self,
        name: ReferenceName,
        path: PathBuf,
        chosen: bool,
    ) {
        self.notice(
            &t!(
                "notice-reading-reference",
                path = path.display().to_string()
            ),
            false,
        );
        self.reference_load = Some(reference::Loading::start(name, path, chosen, self.lang()));
    }

    /// Takes in a reference read in the background, once it is there.
    pub(super) fn poll_reference(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.reference_load else {
            return;
        };
        let Some(answer) = loading.poll() else {
            ctx.request_repaint_after(Duration::from_millis(50));
            return;
        };
        let Some(loading) = self.reference_load.take() else {
            return;
        };
        match answer {
            Ok(pinned) => {
                self.notice(
                    &t!("notice-comparing", reference = pinned.name.describe()),
                    false,
                );
                // Named in the file when saved, so that a reader can pin it again.
                self.doc.scenario.meta.reference = Some(pinned.name.clone());
                self.studies.pinned = Some(pinned);
            }
            Err(refused) => {
                self.notice(&loading.refusal_text(&refused), true);
                if loading.chosen && !refused.lines.is_empty() {
                    let name = escaped(&loading.path.display().to_string()).into_owned();
                    self.load_errors = Some((name, refused.lines, false));
                }
            }
        }
    }

    /// Pins a scenario (read from `path`, for a file); an invalid one leaves the reference as
    /// it was.
    pub(super) fn pin_scenario(
        &mut self,
        name: ReferenceName,
        scenario: Scenario,
        path: Option<&Path>,
    ) {
        match studies::Pinned::new(name.clone(), scenario) {
            Ok(pinned) => {
                let pinned = match path {
                    Some(path) => pinned.from_file(path),
                    None => pinned,
                };
                self.notice(&t!("notice-comparing", reference = name.describe()), false);
                self.studies.pinned = Some(pinned);
                // Named in the file when saved, so that a reader can pin it again.
                self.doc.scenario.meta.reference = Some(name);
            }
            Err(invalid) => self.notice(
                &t!(
                    "notice-cannot-compare",
                    reference = name.describe(),
                    reason = invalid.to_string()
                ),
                true,
            ),
        }
    }

    /// After opening a file, pins the reference it names: a preset at once, a file inside
    /// the scenario's folder in the background, a file outside it only once the user has seen
    /// where it points ([`reference`]).
    pub(super) fn pin_named_reference(&mut self) {
        self.studies.pinned = None;
        self.reference_load = None;
        self.reference_offer = None;
        let Some(name) = self.doc.scenario.meta.reference.clone() else {
            return;
        };
        match &name {
            ReferenceName::Preset(id) => match preset(id).and_then(|p| p.scenario().ok()) {
                Some(scenario) => {
                    if let Ok(pinned) = studies::Pinned::new(name.clone(), scenario) {
                        self.studies.pinned = Some(pinned);
                    }
                }
                None => self.cannot_pin_again(&name),
            },
            ReferenceName::File(rel) => {
                let dir = self.doc.path.as_ref().and_then(|p| p.parent());
                match reference::follow(dir, rel) {
                    reference::Follow::Now(path) => self.start_reference_load(name, path, false),
                    reference::Follow::Ask(path) => self.reference_offer = Some((name, path)),
                }
            }
            ReferenceName::Snapshot(_) => self.cannot_pin_again(&name),
        }
    }

    pub(super) fn cannot_pin_again(&mut self, name: &ReferenceName) {
        self.notice(
            &t!("notice-cannot-pin-again", reference = name.describe()),
            false,
        );
    }

    pub(super) fn save(&mut self, path: &Path) {
        if self.doc.is_modified() || self.doc.path.as_deref() != Some(path) {
            self.doc.scenario.meta.modified = today();
            if self.doc.scenario.meta.created.is_empty() {
                self.doc.scenario.meta.created = today();
            }
        }
        // A pinned file is named relative to where this one is saved (Save As may move it).
        let named = self.doc.scenario.meta.reference.clone();
        if let Some(source) = self.studies.pinned.as_ref().and_then(|p| p.path.as_deref()) {
            let name = studies::reference_path(path.parent(), source);
            self.doc.scenario.meta.reference = Some(ReferenceName::File(name));
        }
        match file::save(path, &self.doc.scenario) {
            Ok(()) => {
                self.doc.mark_saved(path.to_owned());
                self.remember(path);
                self.remove_recovery();
                let saved = t!("notice-saved", path = path.display().to_string());
                self.notice(&written_notice(path, saved), false);
            }
            Err(e) => {
                self.doc.scenario.meta.reference = named;
                self.notice(&t!("notice-not-saved"), true);
                self.save_error = Some(e.to_string());
            }
        }
    }

    pub(super) fn remember(&mut self, path: &Path) {
        // In the browser a file has a name but no place to open it from again: the scenario
        // is kept as a link instead.
        if crate::platform::WEB {
            if let Ok(fragment) = crate::link::encode(&self.doc.scenario) {
                let name = path.display().to_string();
                self.prefs.recent_links.retain(|(n, _)| *n != name);
                self.prefs.recent_links.insert(0, (name, fragment));
                self.prefs.recent_links.truncate(MAX_RECENT);
            }
            return;
        }
        self.prefs.recent.retain(|p| p != path);
        self.prefs.recent.insert(0, path.to_owned());
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// What the app's own path entry starts with: the open file's folder, and a file name
    /// where one is being chosen.
    pub(super) fn suggested_path(&self, purpose: &Purpose) -> String {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let name = match purpose {
            Purpose::SaveAs => self.file_name(),
            Purpose::ExportFolder => "results".to_owned(),
            Purpose::SaveChart => match &self.chart_export {
                Some(chart_export::Export::Naming(_, name)) => name.clone(),
                _ => "chart.png".to_owned(),
            },
            Purpose::SaveSvg => match &self.svg_export {
                Some(request) => chart_export::file_name(&request.title, "svg"),
                None => "chart.svg".to_owned(),
            },
            Purpose::ExportBrief => self.report_name("html"),
            Purpose::ExportWorkbook => self.report_name("xlsx"),
            Purpose::Open | Purpose::PinReference => String::new(),
        };
        // Where the user picks the file, the entry starts at the folder, ready for a name.
        let mut text = folder.join(&name).display().to_string();
        if name.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
        text
    }

    /// Moves a chart's picture on: a request made this frame is captured in the next (drawn
    /// without hover labels); the picture is then copied, or saved where the user says.
    pub(super) fn export_chart(&mut self, ctx: &egui::Context) {
        if let Some(svg) = chart_export::take_svg(ctx) {
            let name = chart_export::file_name(&svg.title, "svg");
            self.svg_export = Some(svg);
            let rx = self.picker.pick(&Purpose::SaveSvg, &name);
            self.pending_dialog = Some((Purpose::SaveSvg, rx));
            ctx.request_repaint();
            return;
        }
        if let Some((svg, copy)) = chart_export::take_raster(ctx) {
            match chart_export::raster(&svg.text) {
                Ok(image) => {
                    let request = chart_export::Request {
                        rect: egui::Rect::NOTHING,
                        title: svg.title,
                        copy,
                    };
                    self.chart_picture(&request, image, ctx);
                }
                Err(e) => self.notice(&t!("notice-cannot-encode", reason = e), true),
            }
            return;
        }
        if let Some(asked) = chart_export::Export::take_request(ctx) {
            self.chart_export = Some(asked);
            return;
        }
        let Some(export) = self.chart_export.take() else {
            return;
        };
        let (next, picture) = export.step(ctx);
        self.chart_export = next;
        if let Some((request, image)) = picture {
            self.chart_picture(&request, image, ctx);
        }
    }

    /// A chart's picture has been captured: copy it, or ask where to save it.
    pub fn chart_picture(
        &mut self,
        request: &chart_export::Request,
        image: egui::ColorImage,
        ctx: &egui::Context,
    ) {
        if request.copy {
            let [w, h] = image.size;
            ctx.copy_image(image);
            self.notice(&t!("notice-copied-chart", width = w, height = h), false);
        } else {
            let name = chart_export::file_name(&request.title, "png");
            self.chart_export = Some(chart_export::Export::Naming(image, name.clone()));
            let rx = self.picker.pick(&Purpose::SaveChart, &name);
            self.pending_dialog = Some((Purpose::SaveChart, rx));
            // The dialog is polled from the frames: make sure there is a next one.
            ctx.request_repaint();
        }
    }

    /// Writes the captured chart where the user chose.
    pub(super) fn save_chart(&mut self, path: &Path) {
        let Some(chart_export::Export::Naming(image, _)) = self.chart_export.take() else {
            return;
        };
        let written = chart_export::png(&image)
            .map_err(|e| t!("notice-cannot-encode", reason = e.to_string()))
            .and_then(|bytes| file::write_bytes(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.notice(
                &written_notice(
                    path,
                    t!("notice-saved-chart", path = path.display().to_string()),
                ),
                false,
            ),
            Err(e) => self.save_error = Some(e),
        }
    }

    /// Writes the chart's SVG where the user chose.
    pub(super) fn save_svg(&mut self, path: &Path) {
        let Some(request) = self.svg_export.take() else {
            return;
        };
        match file::write_text(path, &request.text) {
            Ok(()) => self.notice(
                &written_notice(
                    path,
                    t!("notice-saved-chart", path = path.display().to_string()),
                ),
                false,
            ),
            Err(e) => self.save_error = Some(e.to_string()),
        }
    }

    /// Moves a brief or a workbook on: it is written as soon as it can be, at once or when the
    /// scenario's uncertainty study has finished (the study is started, and its runs go on in
    /// the background meanwhile).
    pub(super) fn poll_report(&mut self, ctx: &egui::Context) {
        let Some((purpose, path)) = self.report_pending.clone() else {
            return;
        };
        let s = &self.doc.scenario;
        if self.doc.problems.is_empty() && !s.uncertainty.assumptions.is_empty() {
            self.studies.runner.ensure(s, ctx);
            let progress = self.studies.runner.progress();
            let done = progress.error.is_some()
                || (progress.finished && self.studies.runner.bands_for(s).is_some());
            if !done {
                let waiting = match purpose {
                    Purpose::ExportWorkbook => t!("notice-xlsx-waiting"),
                    _ => t!("notice-brief-waiting"),
                };
                if self.notice.as_ref().is_none_or(|n| n.text != waiting) {
                    self.notice(&waiting, false);
                }
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
        }
        self.report_pending = None;
        self.write_report(&purpose, &path);
    }

    /// Writes the brief (or the workbook) of the scenario as the window shows it: the pinned
    /// reference, the uncertainty study's results when they are of this scenario, and the
    /// tornado when one has been computed for it.
    fn write_report(&mut self, purpose: &Purpose, path: &Path) {
        if let Some(first) = self.doc.problems.first() {
            let text = t!(
                "status-problems",
                count = self.doc.problems.len(),
                first = first.to_string()
            );
            self.notice(&escaped(&text), true);
            return;
        }
        let s = &self.doc.scenario;
        let bands = self.studies.runner.bands_for(s);
        let tornado = match &self.studies.sensitivity.result {
            Some((key, Ok(t))) if key.scenario == *s => Some(t),
            _ => None,
        };
        let reference_name = self.studies.pinned.as_ref().map(|r| r.name.describe());
        let reference = self
            .studies
            .pinned
            .as_ref()
            .zip(reference_name.as_deref())
            .map(|(r, name)| crate::brief::Compared {
                name,
                scenario: &r.scenario,
                projection: &r.projection,
                explanation: self.studies.explain.explanation_of(&r.scenario, s),
            });
        let file_name = self.file_name();
        let today = today();
        let brief = crate::brief::Brief {
            scenario: s,
            projection: &self.doc.projection,
            file_name: &file_name,
            reference,
            bands: bands.as_deref(),
            tornado,
            today: &today,
        };
        let (made, wrote) = match purpose {
            Purpose::ExportWorkbook => (
                crate::workbook::xlsx(&brief).map_err(|e| e.to_string()),
                t!("notice-wrote-xlsx", path = path.display().to_string()),
            ),
            _ => (
                crate::brief::html(&brief).map(String::into_bytes),
                t!("notice-wrote-brief", path = path.display().to_string()),
            ),
        };
        let written =
            made.and_then(|bytes| file::write_bytes(path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.notice(&written_notice(path, wrote), false),
            Err(e) => self.save_error = Some(e),
        }
    }

    pub(super) fn remove_recovery(&mut self) {
        if let Some(keeper) = &mut self.recovery {
            keeper.remove();
        }
    }
}

/// A file name for a scenario titled `title`: the title without what Windows, macOS or Linux
/// forbid in a name (`<>:"/\\|?*`, control and bidi characters: see [`crate::text::is_unsafe`],
/// a trailing dot or space), at
/// most 60 characters, with `.ron`; `scenario.ron` when nothing is left.
fn file_name_for(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if crate::text::is_unsafe(c) || "<>:\"/\\|?*".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let stem: String = words.join(" ").chars().take(60).collect();
    let stem = stem.trim_end_matches(['.', ' ']);
    if stem.is_empty() {
        "scenario.ron".to_owned()
    } else {
        format!("{stem}.ron")
    }
}

/// What the status line says of a file written at `path`: `desktop` on the desktop; in the
/// browser, where the file is a download, that it was downloaded.
fn written_notice(path: &Path, desktop: String) -> String {
    if crate::platform::WEB {
        t!("notice-downloaded", name = path.display().to_string())
    } else {
        desktop
    }
}

#[cfg(test)]
mod tests {
    use super::file_name_for;

    #[test]
    fn a_title_makes_a_file_name_every_system_accepts() {
        assert_eq!(file_name_for("Baseline (edited)"), "Baseline (edited).ron");
        assert_eq!(
            file_name_for("Капитал 100 млрд: сценарий?"),
            "Капитал 100 млрд сценарий.ron"
        );
        assert_eq!(
            file_name_for("基准情景（已修改）"),
            "基准情景（已修改）.ron"
        );
        assert_eq!(file_name_for("a/b\\c\u{202E}d..."), "a b c d.ron");
        assert_eq!(file_name_for("  \t "), "scenario.ron");
        assert_eq!(file_name_for(&"x".repeat(200)).chars().count(), 64);
    }
}
