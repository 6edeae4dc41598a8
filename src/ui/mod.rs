//! The explorer window: assumptions on the left, views in the centre, a status line at the
//! bottom. The UI edits a `Scenario` and reads a `Projection`; it never computes finance itself.
//!
//! The shell, by role (as rerun's `app/` and egui's `wrap_app.rs`):
//! - this file: the application state ([`ExplorerApp`]), the preferences kept between runs
//!   ([`Prefs`]), the [`Command`] type and the frame ([`ExplorerApp::ui`]);
//! - `menu.rs` and the views return [`Command`]s; `commands.rs` applies them, all in one place,
//!   after the frame's UI;
//! - `file_ops.rs`: open, save, pin (in the background), the recovery copy, chart pictures;
//! - `dialogs.rs`: the windows that ask or tell; `status.rs`: the status line.

mod about;
pub mod assumptions;
pub mod chart_export;
mod commands;
mod dialogs;
pub mod document;
mod file_ops;
pub mod files;
mod keys;
mod menu;
pub mod properties;
pub mod recovery;
pub mod reference;
mod status;
pub mod studies;
pub mod views;

use crate::i18n::{self, Lang};
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};
use serde::{Deserialize, Serialize};

use crate::model::Scenario;
use crate::model::scenario::ReferenceName;
use crate::text::one_line;
use document::Document;
use files::{Picked, Picker, Purpose};
use views::chart::{CompareMode, Frame};
use views::{Measure, View, data::Table};

/// Preferences kept between runs (never the scenario itself).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub measure: Measure,
    pub table: Table,
    pub flows: views::flows::FlowsPrefs,
    pub map: views::map::MapPrefs,
    /// How charts show a pinned reference.
    pub compare_mode: CompareMode,
    /// Leave the uncertainty bands off the Overview, Bank and Fund charts (they are on by
    /// default whenever the scenario has a study).
    pub hide_bands: bool,
    /// `None`: follow the system.
    pub dark: Option<bool>,
    /// The assumptions panel is hidden (small screens, projectors), the views take the width.
    pub hide_panel: bool,
    pub recent: Vec<PathBuf>,
    /// In the browser, the scenarios opened or saved lately: each its name and its link's
    /// fragment (a page has no paths to open again).
    pub recent_links: Vec<(String, String)>,
    /// The language of the interface; `None`: the system's (until the user chooses one).
    pub lang: Option<Lang>,
}

/// Key under which eframe stores the preferences.
pub const PREFS_KEY: &str = "sco-explorer-prefs";
const MAX_RECENT: usize = 8;

/// Something the user asked for, from a menu, a shortcut, a button in a view, a dialog or a
/// drop: the one shape every part of the window returns instead of changing the state itself.
/// All of them are applied after the frame's UI by [`ExplorerApp::apply`].
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A new scenario from a preset (by id).
    New(&'static str),
    Open,
    OpenPath(PathBuf),
    /// A file given as its name and bytes (dropped on the web page).
    OpenBytes(String, std::sync::Arc<[u8]>),
    Save,
    SaveAs,
    /// The file dialog of Save As, once the title and description are said.
    ChooseSaveAsFile,
    /// File ▸ Properties: title, author, description and notes.
    Properties,
    ExportCsv,
    /// File ▸ Export brief…: the one-file HTML brief.
    ExportBrief,
    /// File ▸ Export Excel workbook…: the results, assumptions and charts as one `.xlsx`.
    ExportWorkbook,
    Undo,
    Redo,
    Quit,
    /// Pin a preset (by id) as the reference.
    PinPreset(&'static str),
    /// Pin a scenario file as the reference (asks for it).
    PinFile,
    /// Pin the scenario as it is now.
    PinSnapshot,
    Unpin,
    /// An edit made in the assumptions panel or a view. Edits join the current undo step
    /// until no pointer button is down, so that a whole slider drag is one step.
    Edit(Box<Scenario>),
    /// Replace the scenario in one undoable edit (a goal-seek answer), saying so.
    Replace(Box<Scenario>, String),
    /// File ▸ Properties, confirmed: one undoable edit of the metadata.
    SetProperties(properties::Draft),
    /// The user discarded the unsaved changes; then this.
    DiscardThen(Box<Command>),
    /// A path typed into the app's own path entry (no system dialog).
    PathTyped(Purpose, PathBuf),
    /// The answer to "pin the reference this file names?" (outside its folder).
    PinOffered(bool),
    /// The answer to "recover unsaved work?".
    Recover(bool),
    /// Focus a country (from the map), or clear the focus.
    Focus(Option<crate::model::Country>),
    /// File ▸ Copy link: the scenario's link to the web edition, on the clipboard.
    CopyLink,
    /// Open the scenario a link holds (pasted: a whole URL or its fragment); an empty text
    /// asks for the link (File ▸ Open link…).
    OpenLink(String),
    /// Edit ▸ Reset all: every assumption back at the baseline, in one undoable step (the
    /// title, notes, reference and uncertainty study stay).
    ResetAll,
    /// Put away the scenario's question and notes shown above the Overview.
    HideAbout,
}

impl Command {
    /// Whether the command would discard the open scenario.
    fn discards(&self) -> bool {
        matches!(
            self,
            Command::New(_)
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenBytes(..)
                | Command::Quit
        ) || matches!(self, Command::OpenLink(text) if !text.trim().is_empty())
    }
}

const SHORTCUTS: [(KeyboardShortcut, &str); 6] = [
    (KeyboardShortcut::new(Modifiers::COMMAND, Key::N), "new"),
    (KeyboardShortcut::new(Modifiers::COMMAND, Key::O), "open"),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S),
        "save-as",
    ),
    (KeyboardShortcut::new(Modifiers::COMMAND, Key::S), "save"),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
        "redo",
    ),
    (KeyboardShortcut::new(Modifiers::COMMAND, Key::Z), "undo"),
];

/// A message about the last file operation.
#[derive(Clone, Debug)]
struct Notice {
    text: String,
    error: bool,
    /// For a notice about an edit ("Every assumption is back at the baseline"): the scenario
    /// it describes; the notice leaves once the scenario changes again, when it is no longer
    /// true.
    about: Option<Box<Scenario>>,
}

/// The whole application state.
pub struct ExplorerApp {
    pub doc: Document,
    pub prefs: Prefs,
    pub picker: Box<dyn Picker>,
    panel: assumptions::PanelState,
    pending_dialog: Option<(Purpose, Receiver<Picked>)>,
    /// Our own path entry, where no system dialog is available.
    path_entry: Option<(Purpose, String)>,
    /// Give the path entry the keyboard when it first shows.
    path_entry_focus: bool,
    /// Text typed while a file dialog was being asked for, for the path entry if it shows.
    typed_ahead: String,
    /// The question and notes the reader put away (see `about.rs`).
    about_dismissed: Option<String>,
    /// An command waiting for the user to decide about unsaved changes.
    confirm: Option<Command>,
    /// Problems of a file that could not be opened.
    /// A file that failed to open: its name, its problems, and whether it was the file the
    /// window was started with (the baseline is then shown instead of it).
    load_errors: Option<(String, Vec<String>, bool)>,
    notice: Option<Notice>,
    /// Keeps the recovery copy of unsaved work; `None` disables it (tests, screenshots).
    recovery: Option<recovery::Keeper>,
    /// A recovery copy found at start, offered to the user.
    recovery_offer: Option<recovery::Copy>,
    /// Whether the app may close (set once the user has decided about unsaved work).
    pub quit_confirmed: bool,
    /// The window title last sent.
    title: String,
    /// The pinned reference, the uncertainty runs, the tornado and goal seek.
    pub studies: Studies,
    /// A reference file being read in the background.
    reference_load: Option<reference::Loading>,
    /// A reference the open file names outside its folder, shown to the user before it is
    /// followed: its name and where it points.
    reference_offer: Option<(ReferenceName, PathBuf)>,
    /// Why the last save failed, until the user has read it.
    save_error: Option<String>,
    /// The Properties dialog's draft, while it is open.
    properties: Option<properties::Draft>,
    /// A chart on its way out as a picture.
    chart_export: Option<chart_export::Export>,
    /// A chart written as SVG, waiting for the user to say where.
    svg_export: Option<chart_export::SvgRequest>,
    /// A brief or a workbook (by the dialog's purpose) and where it goes, once the
    /// uncertainty study it includes has finished.
    report_pending: Option<(Purpose, PathBuf)>,
    /// The system's language, read once, for when the user has not chosen one.
    system_lang: Lang,
    /// The embedded fonts (Chinese among them) are installed on the first frame.
    fonts_installed: bool,
    /// The country focused on the map, highlighted in the other views until cleared.
    pub focus: Option<crate::model::Country>,
    /// File ▸ Open link…: the link being pasted, and why the last one did not open.
    link_entry: Option<dialogs::LinkEntry>,
    /// A file dropped on the web page, being read by the browser.
    #[cfg(target_arch = "wasm32")]
    dropped: Option<crate::platform::web::Dropped>,
}

/// The window's studies (see [`studies`]).
#[derive(Debug, Default)]
pub struct Studies {
    pub pinned: Option<studies::Pinned>,
    pub runner: studies::Runner,
    pub sensitivity: studies::Sensitivity,
    pub goal: studies::GoalSeek,
    pub uncertainty: views::uncertainty::UncertaintyState,
    pub discovery: views::discovery::DiscoveryState,
    pub explain: views::explain::ExplainState,
}

impl std::fmt::Debug for ExplorerApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExplorerApp")
            .field("doc", &self.doc.name())
            .finish_non_exhaustive()
    }
}

impl ExplorerApp {
    /// The app on a scenario, with the given file picker and recovery folder.
    pub fn new(
        doc: Document,
        prefs: Prefs,
        picker: Box<dyn Picker>,
        recovery_dir: Option<PathBuf>,
    ) -> Self {
        // The copy a crash (or a closed tab) left is read before the keeper replaces it.
        let (recovery, recovery_offer) = match recovery_dir {
            Some(dir) => (
                Some(recovery::Keeper::new(&dir)),
                recovery::Copy::find(&dir),
            ),
            None => (None, None),
        };
        let mut app = ExplorerApp {
            doc,
            prefs,
            picker,
            panel: assumptions::PanelState::default(),
            pending_dialog: None,
            path_entry: None,
            path_entry_focus: false,
            typed_ahead: String::new(),
            about_dismissed: None,
            confirm: None,
            load_errors: None,
            notice: None,
            recovery,
            recovery_offer,
            quit_confirmed: false,
            title: String::new(),
            studies: Studies::default(),
            reference_load: None,
            reference_offer: None,
            save_error: None,
            properties: None,
            chart_export: None,
            svg_export: None,
            report_pending: None,
            system_lang: Lang::from_system(),
            fonts_installed: false,
            focus: None,
            link_entry: None,
            #[cfg(target_arch = "wasm32")]
            dropped: None,
        };
        app.pin_named_reference();
        // The file the window was started with is one opened lately too (File ▸ Open recent).
        if let Some(path) = app.doc.path.clone() {
            app.remember(&std::path::absolute(&path).unwrap_or(path));
        }
        app
    }

    /// The language the window speaks now.
    pub fn lang(&self) -> Lang {
        self.prefs.lang.unwrap_or(self.system_lang)
    }

    /// Follows the theme preference: dark, light, or the system's.
    pub fn follow_theme(&self, ctx: &egui::Context) {
        match self.prefs.dark {
            Some(true) => ctx.set_theme(egui::Theme::Dark),
            Some(false) => ctx.set_theme(egui::Theme::Light),
            None => ctx.set_theme(egui::ThemePreference::System),
        }
    }

    /// The window title: file name and a mark for unsaved changes.
    pub fn window_title(&self) -> String {
        let mark = if self.doc.is_modified() { " •" } else { "" };
        t!("window-title", name = self.doc.name(), mark = mark)
    }

    /// Draws one frame and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        if !self.fonts_installed {
            // They take effect from the next frame, whose layout differs (the Chinese font's
            // line metrics): draw it at once.
            ui.ctx().set_fonts(fonts());
            // Scroll bars always shown where there is more to scroll to, in both themes: egui's
            // thin floating bars appear only under the pointer, and a table cut at the
            // window's edge then looks whole.
            ui.ctx()
                .all_styles_mut(|style| style.spacing.scroll = egui::style::ScrollStyle::solid());
            ui.ctx().request_repaint();
            self.fonts_installed = true;
        }
        i18n::set(self.lang());
        // In the browser, the background work queued since the last frame.
        crate::platform::run_queued();
        self.poll_reference(ui.ctx());
        let mut commands = self.shortcuts(ui);
        // A file dropped on the window has a path; one dropped on the page, a name and bytes
        // that the browser reads in its own time.
        for dropped in ui.ctx().input(|i| i.raw.dropped_files.clone()) {
            #[cfg(not(target_arch = "wasm32"))]
            commands.push(Command::OpenPath(dropped.path().to_owned()));
            #[cfg(target_arch = "wasm32")]
            {
                self.dropped = Some(crate::platform::web::read_dropped(&dropped, ui.ctx()));
            }
        }
        #[cfg(target_arch = "wasm32")]
        if let Some(read) = self.dropped.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.dropped = None;
            match read {
                Ok((name, bytes)) => commands.push(Command::OpenBytes(name, bytes.into())),
                Err(why) => self.notice(&why, true),
            }
        }

        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut commands));
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let wide = ui.available_width();
        if !self.prefs.hide_panel {
            egui::Panel::left("assumptions")
                .default_size((wide * 0.38).clamp(300.0, 470.0))
                .size_range(240.0..=(wide * 0.6).max(260.0))
                .resizable(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.heading(t!("panel-assumptions"));
                        if ui
                            .small_button(t!("panel-hide"))
                            .on_hover_text(t!("panel-hide-hint"))
                            .clicked()
                        {
                            self.prefs.hide_panel = true;
                        }
                        if ui
                            .add_enabled(
                                self.can_reset_all(),
                                egui::Button::new(t!("panel-reset-all")).small(),
                            )
                            .on_hover_text(t!("menu-reset-all-hint"))
                            .clicked()
                        {
                            commands.push(Command::ResetAll);
                        }
                    });
                    let doc = &self.doc;
                    commands.extend(assumptions::assumptions_ui(
                        ui,
                        &mut self.panel,
                        &doc.scenario,
                        &doc.reference,
                        &doc.problems,
                    ));
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // The tabs wrap onto a second line rather than fall off the edge.
            ui.horizontal_wrapped(|ui| {
                if self.prefs.hide_panel
                    && ui
                        .button(t!("panel-show"))
                        .on_hover_text(t!("panel-show-hint"))
                        .clicked()
                {
                    self.prefs.hide_panel = false;
                }
                for v in View::ALL {
                    ui.selectable_value(&mut self.prefs.view, v, v.title());
                }
                // The focus sits in the tabs' row, so that focusing a country on the map moves
                // nothing below (a second click lands where the first did).
                if let Some(c) = self.focus {
                    ui.separator();
                    ui.label(egui::RichText::new(t!("focus-showing", country = c.name())).strong());
                    if ui
                        .small_button(t!("focus-clear"))
                        .on_hover_text(t!("focus-clear-hint"))
                        .clicked()
                    {
                        commands.push(Command::Focus(None));
                    }
                }
            });
            ui.separator();
            let view = self.prefs.view;
            if view == View::Overview {
                self.about_ui(ui, &mut commands);
            }
            // The study runs in the background while the Uncertainty view, or a view whose
            // charts show its bands, is open; an edit starts it again once it has settled.
            let has_study = self.doc.problems.is_empty()
                && !self.doc.scenario.uncertainty.assumptions.is_empty();
            let banded_view = matches!(view, View::Overview | View::Bank | View::Fund);
            let wants_bands = banded_view && !self.prefs.hide_bands;
            if has_study && (wants_bands || view == View::Uncertainty) {
                self.studies.runner.ensure(&self.doc.scenario, ui.ctx());
            }
            if !matches!(
                view,
                View::Uncertainty | View::Discovery | View::Sensitivity | View::Data
            ) {
                let mut show_bands = !self.prefs.hide_bands;
                let toggle = (has_study && banded_view).then(|| views::compare::BandsToggle {
                    show: &mut show_bands,
                    status: self.studies.runner.status(),
                });
                commands.extend(views::compare::pin_bar(
                    ui,
                    self.studies.pinned.as_ref(),
                    &mut self.prefs.compare_mode,
                    toggle,
                ));
                self.prefs.hide_bands = !show_bands;
                ui.separator();
            }
            // After the switch, which may have just changed.
            let bands = if banded_view && !self.prefs.hide_bands {
                self.studies.runner.bands_for(&self.doc.scenario)
            } else {
                None
            };
            let p = &self.doc.projection;
            let f = Frame {
                p,
                reference: self.studies.pinned.as_ref().map(|r| &r.projection),
                mode: self.prefs.compare_mode,
                bands: bands.as_deref(),
            };
            let progress = self.studies.runner.progress();
            let cx = views::Context {
                scenario: &self.doc.scenario,
                frame: f,
                pinned: self.studies.pinned.as_ref(),
                problems: &self.doc.problems,
                progress: &progress,
                focus: self.focus,
            };
            let mut own = views::Own {
                measure: &mut self.prefs.measure,
                table: &mut self.prefs.table,
                flows: &mut self.prefs.flows,
                map: &mut self.prefs.map,
                uncertainty: &mut self.studies.uncertainty,
                discovery: &mut self.studies.discovery,
                sensitivity: &mut self.studies.sensitivity,
                goal: &mut self.studies.goal,
                explain: &mut self.studies.explain,
            };
            commands.extend(view.show(ui, &cx, &mut own));
        });
        self.dialogs_ui(ui.ctx(), &mut commands);

        for command in commands {
            self.apply(command, ui.ctx());
        }
        // A whole slider drag is one undo step: commit only when no pointer button is down.
        if !ui.ctx().input(|i| i.pointer.any_down()) {
            self.doc.commit_edits();
        }
        self.doc.refresh();
        if self
            .notice
            .as_ref()
            .and_then(|n| n.about.as_deref())
            .is_some_and(|about| *about != self.doc.scenario)
        {
            self.notice = None;
        }
        self.poll_dialog(ui.ctx());
        self.keep_typed_ahead(ui.ctx());
        keys::focus_ring(ui.ctx());
        self.export_chart(ui.ctx());
        self.poll_report(ui.ctx());
        // A copy of unsaved work, from every committed edit (not while the offer of an older
        // copy is waiting: that copy is the user's to decide about).
        if self.recovery_offer.is_none()
            && !ui.ctx().input(|i| i.pointer.any_down())
            && let Some(keeper) = &mut self.recovery
        {
            keeper.keep(&self.doc);
        }
        if ui.ctx().input(|i| i.viewport().close_requested())
            && !self.quit_confirmed
            && self.doc.is_modified()
        {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Command::Quit);
        }
        if crate::platform::has_queued() {
            ui.ctx().request_repaint();
        }
        let title = self.window_title();
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Sets the one-line notice; escaped, since it may quote a path or a name from a file.
    pub(super) fn notice(&mut self, text: &str, error: bool) {
        self.notice = Some(Notice {
            text: one_line(text, 400).to_string(),
            error,
            about: None,
        });
    }

    /// A notice about the edit just made, which leaves with the next edit.
    pub(super) fn edit_notice(&mut self, text: &str) {
        self.notice(text, false);
        if let Some(notice) = &mut self.notice {
            notice.about = Some(Box::new(self.doc.scenario.clone()));
        }
    }

    /// The chart picture waiting for a file name or being captured, if any (for tests).
    pub fn chart_export(&self) -> Option<&chart_export::Export> {
        self.chart_export.as_ref()
    }

    /// Shows the problems of the file the window was started with, which could not be opened.
    pub fn show_load_errors(&mut self, name: String, lines: Vec<String>) {
        self.load_errors = Some((name, lines, true));
    }

    /// The problems of the last file that failed to open, if its window is showing.
    pub fn load_errors(&self) -> Option<&[String]> {
        self.load_errors
            .as_ref()
            .map(|(_, lines, _)| lines.as_slice())
    }

    /// The reference file the open scenario names outside its folder, waiting for the user.
    pub fn reference_offer(&self) -> Option<&Path> {
        self.reference_offer
            .as_ref()
            .map(|(_, path)| path.as_path())
    }

    /// Whether a reference file is being read in the background.
    pub fn is_loading_reference(&self) -> bool {
        self.reference_load.is_some()
    }

    /// Why the last save failed, while its dialog is showing.
    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    /// The notice on the status line, if any.
    pub fn notice_text(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }

    /// Whether the unsaved-work prompt is showing.
    pub fn is_confirming(&self) -> bool {
        self.confirm.is_some()
    }
}

/// A row of controls that wraps onto a new row where the window is narrow, each label whole:
/// a label that does not fit moves to the next row rather than breaking inside itself (egui
/// would otherwise break «На / диаграммах:» or 图 / 表显示：).
pub fn controls_row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    ui.horizontal_wrapped(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        add(ui)
    })
}

/// Widgets that stay together on one row of a wrapping row ([`controls_row`]): a field's name
/// and its box, a choice and its options. A group's width is known only once it is drawn, so
/// the row breaks before it when last frame's width does not fit (a wrapping row cannot break
/// inside a group, which would run off the edge and widen the whole view with it).
pub fn keep_together<R>(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    let width_id = ui.scope_id().with(("keep-together", salt));
    let needed: f32 = ui.data(|d| d.get_temp(width_id)).unwrap_or(0.0);
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
    let group = ui.horizontal(add);
    let width = group.response.rect.width();
    ui.data_mut(|d| d.insert_temp(width_id, width));
    group.inner
}

/// An exact-entry field. Typing commits on Enter or when focus leaves and Escape cancels, so a
/// half-typed number (the 7 of 75, the 10 of 100) never reaches the scenario or its undo
/// history, and is never clamped to the minimum on the way. Dragging it still moves the value.
///
/// egui 0.37's `DragValue` with `update_while_editing(false)` applies the abandoned text in the
/// frame after an Escape (it sees the lost focus, no longer the key); writes in that frame are
/// ignored here, which makes Escape cancel.
pub fn exact_entry<'a, Num: egui::emath::Numeric>(
    ui: &Ui,
    value: &'a mut Num,
) -> egui::DragValue<'a> {
    let escape = egui::Id::unique("exact-entry-escape-frame");
    let frame = ui.ctx().cumulative_frame_nr();
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        ui.data_mut(|d| d.insert_temp(escape, frame));
    }
    let cancelled = ui.data(|d| d.get_temp::<u64>(escape)) == Some(frame.wrapping_sub(1));
    let entry = egui::DragValue::from_get_set(move |new: Option<f64>| {
        if let Some(new) = new
            && !cancelled
        {
            *value = Num::from_f64(new);
        }
        value.to_f64()
    })
    .update_while_editing(false);
    // A negative number shows a true minus sign, as the tables do; Russian writes a decimal
    // comma (and reads a point too), English and Chinese read a comma as a thousands
    // separator ("1,500" is 1500, never 1.5); a hyphen is read as a minus.
    let russian = i18n::current() == Lang::Ru;
    let entry = entry
        .custom_formatter(move |n, decimals| {
            let text = egui::emath::format_with_decimals_in_range(n, decimals).replace('-', "−");
            if russian {
                text.replace('.', ",")
            } else {
                text
            }
        })
        .custom_parser(move |text| {
            text.replace(',', if russian { "." } else { "" })
                .replace('−', "-")
                .replace([' ', '\u{a0}'], "")
                .trim()
                .parse()
                .ok()
        });
    if Num::INTEGRAL {
        entry.max_decimals(0).range(Num::MIN..=Num::MAX).speed(0.25)
    } else {
        entry
    }
}

/// Today's date as ISO 8601, from the system clock (UTC).
pub fn today() -> String {
    let (year, month, day) = today_ymd();
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date as (year, month, day), from the system clock (UTC).
pub fn today_ymd() -> (u16, u16, u16) {
    let days = web_time::SystemTime::now()
        .duration_since(web_time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Month 1–12 and day 1–31 always fit; a year past 65535 is not a clock's.
    let part = |v: i64| u16::try_from(v).unwrap_or(u16::MAX);
    (part(year), part(month), part(day))
}

/// egui's own fonts (Latin, Cyrillic, Greek, symbols) with Noto Sans SC after them, for Chinese:
/// embedded, so that the window never depends on the system's fonts (a subset of 3,900
/// characters, made by tools/subset-cjk-font.py; licence in assets/fonts/OFL.txt).
pub fn fonts() -> egui::FontDefinitions {
    const CJK: &str = "noto-sans-sc";
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        CJK.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/NotoSansSC-subset.otf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(CJK.to_owned());
    }
    fonts
}
