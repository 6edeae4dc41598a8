//! The explorer window: assumptions on the left, views in the centre, a status line at the
//! bottom. The UI edits a `Scenario` and reads a `Projection`; it never computes finance itself.
//!
//! Menus and shortcuts produce [`Action`]s that are applied after the frame's UI, so no panel
//! mutates the document from deep inside.

pub mod assumptions;
pub mod chart_export;
pub mod document;
pub mod files;
pub mod palette;
pub mod properties;
pub mod recovery;
pub mod reference;
pub mod studies;
pub mod views;

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};
use serde::{Deserialize, Serialize};

use crate::file;
use crate::model::Scenario;
use crate::model::scenario::ReferenceName;
use crate::presets::{PRESETS, preset};
use crate::text::{clipped, escaped};
use document::Document;
use files::{Picked, Picker, Purpose};
use views::chart::{CompareMode, Frame};
use views::compare::CompareCommand;
use views::{Measure, View, data::Table};

/// Preferences kept between runs (never the scenario itself).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub measure: Measure,
    pub table: Table,
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
}

/// Key under which eframe stores the preferences.
pub const PREFS_KEY: &str = "sco-explorer-prefs";
const MAX_RECENT: usize = 8;

/// Something the user asked for through a menu, a button, a shortcut or a drop.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new scenario from a preset (by id).
    New(&'static str),
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    /// File ▸ Properties: title, author, description and notes.
    Properties,
    ExportCsv,
    Undo,
    Redo,
    Quit,
}

impl Action {
    /// Whether the action would discard the open scenario.
    fn discards(&self) -> bool {
        matches!(
            self,
            Action::New(_) | Action::Open | Action::OpenPath(_) | Action::Quit
        )
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
    /// An action waiting for the user to decide about unsaved changes.
    confirm: Option<Action>,
    /// Problems of a file that could not be opened.
    load_errors: Option<(String, Vec<String>)>,
    notice: Option<Notice>,
    /// Keeps the recovery copy of unsaved work; `None` disables it (tests, screenshots).
    recovery: Option<recovery::Keeper>,
    /// A recovery copy found at start, offered to the user.
    recovery_offer: Option<recovery::Copy>,
    /// Whether the app may close (set once the user has decided about unsaved work).
    pub quit_confirmed: bool,
    /// The window title last sent.
    title: String,
    /// Id and title of each preset, for the New menu (read once: parsing is ~1 ms a file).
    preset_titles: Vec<(&'static str, String)>,
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
}

/// The window's studies (see [`studies`]).
#[derive(Debug, Default)]
pub struct Studies {
    pub pinned: Option<studies::Pinned>,
    pub runner: studies::Runner,
    pub sensitivity: studies::Sensitivity,
    pub goal: studies::GoalSeek,
    pub uncertainty: views::uncertainty::UncertaintyState,
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
        let recovery_offer = recovery_dir.as_deref().and_then(recovery::Copy::find);
        let mut app = ExplorerApp {
            doc,
            prefs,
            picker,
            panel: assumptions::PanelState::default(),
            pending_dialog: None,
            path_entry: None,
            path_entry_focus: false,
            confirm: None,
            load_errors: None,
            notice: None,
            recovery: recovery_dir.map(recovery::Keeper::new),
            recovery_offer,
            quit_confirmed: false,
            title: String::new(),
            preset_titles: PRESETS
                .iter()
                .map(|p| {
                    let title = file::read(p.text, p.id)
                        .map_or_else(|_| p.id.to_owned(), |l| l.scenario.meta.title);
                    (p.id, title)
                })
                .collect(),
            studies: Studies::default(),
            reference_load: None,
            reference_offer: None,
            save_error: None,
            properties: None,
            chart_export: None,
        };
        app.pin_named_reference();
        app
    }

    /// The window title: file name and a mark for unsaved changes.
    pub fn window_title(&self) -> String {
        let mark = if self.doc.is_modified() { " •" } else { "" };
        format!(
            "{}{mark} — SCO development-finance explorer",
            self.doc.name()
        )
    }

    /// Draws one frame and applies what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui) {
        self.poll_reference(ui.ctx());
        let mut actions = self.shortcuts(ui);
        let mut pin_command: Option<CompareCommand> = None;
        let mut apply: Option<Scenario> = None;
        for dropped in ui.ctx().input(|i| i.raw.dropped_files.clone()) {
            actions.push(Action::OpenPath(dropped.path().to_owned()));
        }

        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut actions));
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
                        ui.heading("Assumptions");
                        if ui
                            .small_button("Hide")
                            .on_hover_text("Hide this panel (View ▸ Assumptions panel shows it)")
                            .clicked()
                        {
                            self.prefs.hide_panel = true;
                        }
                    });
                    let doc = &mut self.doc;
                    assumptions::assumptions_ui(
                        ui,
                        &mut self.panel,
                        &mut doc.scenario,
                        &doc.reference,
                        &doc.problems,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // The tabs wrap onto a second line rather than fall off the edge.
            ui.horizontal_wrapped(|ui| {
                if self.prefs.hide_panel
                    && ui
                        .button("▶ Assumptions")
                        .on_hover_text("Show the assumptions panel")
                        .clicked()
                {
                    self.prefs.hide_panel = false;
                }
                for v in View::ALL {
                    ui.selectable_value(&mut self.prefs.view, v, v.title());
                }
            });
            ui.separator();
            let view = self.prefs.view;
            // The study runs in the background while the Uncertainty view, or a view whose
            // charts show its bands, is open; an edit starts it again once it has settled.
            let has_study = self.doc.problems.is_empty()
                && !self.doc.scenario.uncertainty.assumptions.is_empty();
            let banded_view = matches!(view, View::Overview | View::Bank | View::Fund);
            let wants_bands = banded_view && !self.prefs.hide_bands;
            if has_study && (wants_bands || view == View::Uncertainty) {
                self.studies.runner.ensure(&self.doc.scenario, ui.ctx());
            }
            if !matches!(view, View::Uncertainty | View::Sensitivity | View::Data) {
                let mut show_bands = !self.prefs.hide_bands;
                let toggle = (has_study && banded_view).then(|| views::compare::BandsToggle {
                    show: &mut show_bands,
                    status: self.studies.runner.status(),
                });
                pin_command = views::compare::pin_bar(
                    ui,
                    self.studies.pinned.as_ref(),
                    &mut self.prefs.compare_mode,
                    &self.preset_titles,
                    toggle,
                );
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
            // Views sized to the window scroll when a legend below a narrow chart needs more.
            let scrolling = |ui: &mut Ui, id: &str, draw: &mut dyn FnMut(&mut Ui)| {
                egui::ScrollArea::vertical()
                    .id_salt(id)
                    .auto_shrink([false, false])
                    .show(ui, |ui| draw(ui));
            };
            match view {
                View::Overview => scrolling(ui, "overview-scroll", &mut |ui| {
                    views::overview::overview_ui(ui, &f, &self.doc.scenario);
                }),
                View::Sectors => views::sectors::sectors_ui(ui, &f, &mut self.prefs.measure),
                View::Countries => {
                    let measure = &mut self.prefs.measure;
                    scrolling(ui, "countries-scroll", &mut |ui| {
                        views::countries::countries_ui(ui, &f, measure);
                    });
                }
                View::Bank => views::bank::bank_ui(ui, &f, &self.doc.scenario),
                View::Fund => scrolling(ui, "fund-scroll", &mut |ui| views::fund::fund_ui(ui, &f)),
                View::Compare => views::compare::compare_ui(
                    ui,
                    (&self.doc.scenario, &self.doc.projection),
                    self.studies.pinned.as_ref(),
                ),
                View::Uncertainty => {
                    let progress = self.studies.runner.progress();
                    views::uncertainty::uncertainty_ui(
                        ui,
                        &mut self.studies.uncertainty,
                        &mut self.doc.scenario,
                        &self.doc.projection,
                        &progress,
                    );
                }
                View::Sensitivity => {
                    if self.doc.problems.is_empty() {
                        self.studies
                            .sensitivity
                            .update(&self.doc.scenario, ui.ctx());
                    }
                    if let Some(views::sensitivity::Apply(next)) =
                        views::sensitivity::sensitivity_ui(
                            ui,
                            &mut self.studies.sensitivity,
                            &mut self.studies.goal,
                            &self.doc.scenario,
                            &self.doc.projection,
                        )
                    {
                        apply = Some(next);
                    }
                }
                View::Data => {
                    if views::data::data_ui(ui, p, &mut self.prefs.table)
                        == views::data::DataCommand::ExportCsv
                    {
                        actions.push(Action::ExportCsv);
                    }
                }
            }
        });
        self.dialogs_ui(ui.ctx(), &mut actions);
        if let Some(command) = pin_command {
            self.pin(&command);
        }
        if let Some(next) = apply {
            // A goal-seek answer: one undoable edit.
            self.doc.replace(next);
            self.notice("Applied the goal-seek answer (Undo takes it back)", false);
        }

        // A whole slider drag is one undo step: commit only when no pointer button is down.
        if !ui.ctx().input(|i| i.pointer.any_down()) {
            self.doc.commit_edits();
        }
        self.doc.refresh();
        for action in actions {
            self.request(action, ui.ctx());
        }
        self.poll_dialog(ui.ctx());
        self.export_chart(ui.ctx());
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
            self.confirm = Some(Action::Quit);
        }
        let title = self.window_title();
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn shortcuts(&self, ui: &Ui) -> Vec<Action> {
        let mut actions = Vec::new();
        ui.ctx().input_mut(|input| {
            for (shortcut, name) in SHORTCUTS {
                if input.consume_shortcut(&shortcut) {
                    actions.push(match name {
                        "new" => Action::New("baseline"),
                        "open" => Action::Open,
                        "save-as" => Action::SaveAs,
                        "save" => Action::Save,
                        "redo" => Action::Redo,
                        _ => Action::Undo,
                    });
                }
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)) {
                actions.push(Action::Redo);
            }
        });
        actions
    }

    fn menu_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.menu_button("File", |ui| {
            ui.menu_button("New from preset", |ui| {
                for (id, title) in &self.preset_titles {
                    if ui.button(title).clicked() {
                        actions.push(Action::New(id));
                    }
                }
            });
            if ui
                .add(
                    egui::Button::new("Open…")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[1].0)),
                )
                .clicked()
            {
                actions.push(Action::Open);
            }
            ui.add_enabled_ui(!self.prefs.recent.is_empty(), |ui| {
                ui.menu_button("Open recent", |ui| {
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(Action::OpenPath(path));
                        }
                    }
                });
            });
            ui.separator();
            if ui
                .add(
                    egui::Button::new("Save")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[3].0)),
                )
                .clicked()
            {
                actions.push(Action::Save);
            }
            if ui
                .add(
                    egui::Button::new("Save as…")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[2].0)),
                )
                .clicked()
            {
                actions.push(Action::SaveAs);
            }
            if ui.button("Export CSV…").clicked() {
                actions.push(Action::ExportCsv);
            }
            ui.separator();
            if ui.button("Properties…").clicked() {
                actions.push(Action::Properties);
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            if ui
                .add_enabled(
                    self.doc.can_undo(),
                    egui::Button::new("Undo")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[5].0)),
                )
                .clicked()
            {
                actions.push(Action::Undo);
            }
            if ui
                .add_enabled(
                    self.doc.can_redo(),
                    egui::Button::new("Redo")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[4].0)),
                )
                .clicked()
            {
                actions.push(Action::Redo);
            }
        });
        ui.menu_button("View", |ui| {
            for v in View::ALL {
                ui.selectable_value(&mut self.prefs.view, v, v.title());
            }
            ui.separator();
            let mut shown = !self.prefs.hide_panel;
            if ui.checkbox(&mut shown, "Assumptions panel").changed() {
                self.prefs.hide_panel = !shown;
            }
            ui.separator();
            ui.label("Theme");
            ui.radio_value(&mut self.prefs.dark, None, "Follow the system");
            ui.radio_value(&mut self.prefs.dark, Some(false), "Light");
            ui.radio_value(&mut self.prefs.dark, Some(true), "Dark");
        });
    }

    /// The status line: the guardrail sentences (or the scenario's problems) on a line of their
    /// own, then the last notice and the file's state on the next, so that neither is ever
    /// drawn over the other.
    fn status_ui(&self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            let (text, problem) = self.guardrail_text();
            let mut text = RichText::new(text);
            if problem {
                text = text.color(ui.visuals().error_fg_color);
            }
            ui.label(text);
        });
        egui::Sides::new().shrink_left().truncate().show(
            ui,
            |ui| {
                if let Some(n) = &self.notice {
                    let colour = if n.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(&n.text).color(colour))
                        .on_hover_text(&n.text);
                }
            },
            |ui| {
                ui.label(RichText::new(self.file_state()).weak());
            },
        );
    }

    /// The guardrail sentences, or the first problem while the scenario is invalid (then
    /// `true`).
    pub fn guardrail_text(&self) -> (String, bool) {
        if let Some(first) = self.doc.problems.first() {
            let text = format!(
                "! {} problem(s): {first}. The charts show the last valid scenario.",
                self.doc.problems.len()
            );
            return (escaped(&text).into_owned(), true);
        }
        let events = &self.doc.projection.events;
        let shown: Vec<String> = events.iter().take(3).map(ToString::to_string).collect();
        let more = events.len().saturating_sub(3);
        let mut text = if shown.is_empty() {
            "No guardrail binds.".to_owned()
        } else {
            shown.join(" ")
        };
        if more > 0 {
            text.push_str(&format!(" (+{more} more)"));
        }
        (text, false)
    }

    /// Whether the scenario is saved, in words that agree with the title.
    pub fn file_state(&self) -> &'static str {
        match (&self.doc.path, self.doc.is_modified()) {
            (_, true) => "Unsaved changes",
            (Some(_), false) => "Saved",
            (None, false) => "Not saved to a file yet",
        }
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if let Some(action) = self.confirm.clone() {
            egui::Window::new("Unsaved changes")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(format!(
                        "{} has changes that are not saved.",
                        self.doc.name()
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Save first").clicked() {
                            self.confirm = None;
                            actions.push(Action::Save);
                            if !matches!(action, Action::Quit) {
                                actions.push(action.clone());
                            }
                        }
                        if ui.button("Discard changes").clicked() {
                            self.confirm = None;
                            self.doc.mark_discarded();
                            actions.push(action.clone());
                        }
                        if ui.button("Cancel").clicked() {
                            self.confirm = None;
                        }
                    });
                });
        }
        if let Some((purpose, mut text)) = self.path_entry.take() {
            let mut keep = true;
            egui::Window::new(purpose.title())
                .collapsible(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label("No system file dialog is available here; type the path instead.");
                    let label = ui.label("Path:");
                    let response = ui
                        .add(egui::TextEdit::singleline(&mut text).desired_width(420.0))
                        .labelled_by(label.id);
                    if std::mem::take(&mut self.path_entry_focus) {
                        response.request_focus();
                    }
                    ui.horizontal(|ui| {
                        let enter =
                            response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                        if ui.button("OK").clicked() || enter {
                            keep = false;
                            self.picked(&purpose, Picked::Path(PathBuf::from(text.trim())));
                        }
                        if ui.button("Cancel").clicked() {
                            keep = false;
                        }
                    });
                });
            if keep {
                self.path_entry = Some((purpose, text));
            }
        }
        if let Some((name, lines)) = self.load_errors.clone() {
            let mut open = true;
            egui::Window::new(format!("Could not open {}", escaped(&clipped(&name, 80))))
                .open(&mut open)
                .collapsible(false)
                .default_width(640.0)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(
                        "The open scenario is unchanged. Fix these in the file and open it again:",
                    );
                    egui::ScrollArea::vertical()
                        .max_height(300.0)
                        .show(ui, |ui| {
                            for line in &lines {
                                ui.label(RichText::new(line).monospace());
                            }
                        });
                });
            if !open {
                self.load_errors = None;
            }
        }
        if let Some(draft) = &mut self.properties {
            match properties::properties_ui(ctx, draft) {
                Some(properties::Outcome::Apply(draft)) => {
                    self.properties = None;
                    let mut next = self.doc.scenario.clone();
                    next.meta = draft.applied_to(&next.meta);
                    if next != self.doc.scenario {
                        self.doc.replace(next);
                        self.notice("Properties changed (Undo takes them back)", false);
                    }
                }
                Some(properties::Outcome::Cancel) => self.properties = None,
                None => {}
            }
        }
        if let Some(reason) = self.save_error.clone() {
            egui::Window::new("Could not save")
                .collapsible(false)
                .resizable(false)
                .default_width(480.0)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(escaped(&reason));
                    ui.label(
                        "Your changes are still here. Save them somewhere else, or fix the \
                              problem and save again.",
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Save as…").clicked() {
                            self.save_error = None;
                            actions.push(Action::SaveAs);
                        }
                        if ui.button("Close").clicked() {
                            self.save_error = None;
                        }
                    });
                });
        }
        if let Some((name, path)) = self.reference_offer.clone() {
            egui::Window::new("Pin the reference this file names?")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(
                        "This scenario names a reference file outside its own folder. It is \
                         only read if you say so:",
                    );
                    ui.label(RichText::new(escaped(&path.display().to_string())).monospace());
                    ui.horizontal(|ui| {
                        if ui.button("Pin it").clicked() {
                            self.reference_offer = None;
                            self.start_reference_load(name.clone(), path.clone(), false);
                        }
                        if ui.button("Not now").clicked() {
                            self.reference_offer = None;
                            self.notice(&format!("Not compared with {}", path.display()), false);
                        }
                    });
                });
        }
        if let Some(copy) = self.recovery_offer.clone() {
            egui::Window::new("Recover unsaved work?")
                .collapsible(false)
                .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                .show(ctx, |ui| {
                    ui.label(format!(
                        "A copy of unsaved work on {} was kept when the app last closed \
                         unexpectedly.",
                        copy.describe()
                    ));
                    ui.horizontal(|ui| {
                        if ui.button("Recover it").clicked() {
                            self.doc =
                                Document::recovered(copy.scenario.clone(), copy.path.clone());
                            self.recovery_offer = None;
                            self.pin_named_reference();
                        }
                        if ui.button("Discard it").clicked() {
                            self.remove_recovery();
                            self.recovery_offer = None;
                        }
                    });
                });
        }
    }

    /// Applies an action, asking first where it would discard unsaved work.
    pub fn request(&mut self, action: Action, ctx: &egui::Context) {
        if action.discards()
            && self.doc.is_modified()
            && !(action == Action::Quit && self.quit_confirmed)
        {
            self.confirm = Some(action);
            return;
        }
        match action {
            Action::New(id) => match preset(id).map(|p| file::read(p.text, p.id)) {
                Some(Ok(loaded)) => {
                    self.doc = Document::new(loaded.scenario);
                    self.notice("New scenario from a preset", false);
                }
                _ => self.notice(&format!("The preset {id} could not be read"), true),
            },
            Action::Open => self.ask(Purpose::Open),
            Action::OpenPath(path) => self.open(&path),
            Action::Save => match self.doc.path.clone() {
                Some(path) => self.save(&path),
                None => self.ask(Purpose::SaveAs),
            },
            Action::SaveAs => self.ask(Purpose::SaveAs),
            Action::Properties => {
                self.properties = Some(properties::Draft::of(&self.doc.scenario.meta));
            }
            Action::ExportCsv => self.ask(Purpose::ExportFolder),
            Action::Undo => self.doc.undo(),
            Action::Redo => self.doc.redo(),
            Action::Quit => {
                self.quit_confirmed = true;
                self.remove_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn ask(&mut self, purpose: Purpose) {
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || "scenario.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let rx = self.picker.pick(&purpose, &name);
        self.pending_dialog = Some((purpose, rx));
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
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

    fn picked(&mut self, purpose: &Purpose, answer: Picked) {
        match answer {
            Picked::Cancelled => {
                if *purpose == Purpose::SaveChart {
                    self.chart_export = None;
                }
            }
            Picked::Unavailable => {
                let suggested = self.suggested_path(purpose);
                self.path_entry = Some((purpose.clone(), suggested));
                self.path_entry_focus = true;
            }
            Picked::Path(path) => match purpose {
                Purpose::Open => self.open(&path),
                Purpose::PinReference => self.pin_file(&path),
                Purpose::SaveChart => self.save_chart(&path),
                Purpose::SaveAs => {
                    let path = if path.extension().is_none() {
                        path.with_extension("ron")
                    } else {
                        path
                    };
                    self.save(&path);
                }
                Purpose::ExportFolder => {
                    match crate::export::write_all(&self.doc.projection, None, &path) {
                        Ok(paths) => self.notice(
                            &format!("Wrote {} CSV files to {}", paths.len(), path.display()),
                            false,
                        ),
                        Err(e) => self.notice(&e.to_string(), true),
                    }
                }
            },
        }
    }

    /// Opens a file; on any problem shows it and keeps the open scenario.
    pub fn open(&mut self, path: &Path) {
        match file::load(path) {
            Ok(loaded) => {
                self.doc = Document::opened(loaded.scenario, path.to_owned());
                self.remember(path);
                self.pin_named_reference();
                let note = loaded
                    .notices
                    .first()
                    .cloned()
                    .unwrap_or_else(|| format!("Opened {}", path.display()));
                self.notice(&note, false);
                self.load_errors = None;
            }
            Err(e) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.load_errors = Some((name, e.lines()));
                self.notice(&format!("Could not open {}", path.display()), true);
            }
        }
    }

    /// Pins a reference as the compare controls ask.
    fn pin(&mut self, command: &CompareCommand) {
        match command {
            CompareCommand::PinPreset(id) => match preset(id).map(|p| file::read(p.text, p.id)) {
                Some(Ok(loaded)) => {
                    let name = ReferenceName::Preset((*id).to_owned());
                    self.pin_scenario(name, loaded.scenario, None);
                }
                _ => self.notice(&format!("The preset {id} could not be read"), true),
            },
            CompareCommand::PinFile => self.ask(Purpose::PinReference),
            CompareCommand::PinSnapshot => {
                let name = format!("of \"{}\" ({})", self.doc.scenario.meta.title, today());
                let scenario = self.doc.scenario.clone();
                self.pin_scenario(ReferenceName::Snapshot(name), scenario, None);
            }
            CompareCommand::Unpin => {
                self.studies.pinned = None;
                self.doc.scenario.meta.reference = None;
            }
        }
    }

    /// Pins a scenario file the user chose, read in the background; a file that does not open
    /// leaves the reference as it was and shows its problems.
    fn pin_file(&mut self, path: &Path) {
        // Relative to the open file where possible, so that the pair can travel together;
        // made relative again wherever the scenario is saved.
        let dir = self.doc.path.as_ref().and_then(|own| own.parent());
        let name = ReferenceName::File(studies::reference_path(dir, path));
        self.start_reference_load(name, path.to_owned(), true);
    }

    fn start_reference_load(&mut self, name: ReferenceName, path: PathBuf, chosen: bool) {
        self.notice(&format!("Reading the reference {}…", path.display()), false);
        self.reference_load = Some(reference::Loading::start(name, path, chosen));
    }

    /// Takes in a reference read in the background, once it is there.
    fn poll_reference(&mut self, ctx: &egui::Context) {
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
                self.notice(&format!("Comparing with {}", pinned.name.describe()), false);
                // Named in the file when saved, so that a reader can pin it again.
                self.doc.scenario.meta.reference = Some(pinned.name.clone());
                self.studies.pinned = Some(pinned);
            }
            Err(refused) => {
                self.notice(&loading.refusal_text(&refused), true);
                if loading.chosen && !refused.lines.is_empty() {
                    let name = escaped(&loading.path.display().to_string()).into_owned();
                    self.load_errors = Some((name, refused.lines));
                }
            }
        }
    }

    /// Pins a scenario (read from `path`, for a file); an invalid one leaves the reference as
    /// it was.
    fn pin_scenario(&mut self, name: ReferenceName, scenario: Scenario, path: Option<&Path>) {
        match studies::Pinned::new(name.clone(), scenario) {
            Ok(pinned) => {
                let pinned = match path {
                    Some(path) => pinned.from_file(path),
                    None => pinned,
                };
                self.notice(&format!("Comparing with {}", name.describe()), false);
                self.studies.pinned = Some(pinned);
                // Named in the file when saved, so that a reader can pin it again.
                self.doc.scenario.meta.reference = Some(name);
            }
            Err(invalid) => self.notice(
                &format!("Cannot compare with {}: {invalid}", name.describe()),
                true,
            ),
        }
    }

    /// After opening a file, pins the reference it names: a preset at once, a file inside
    /// the scenario's folder in the background, a file outside it only once the user has seen
    /// where it points ([`reference`]).
    fn pin_named_reference(&mut self) {
        self.studies.pinned = None;
        self.reference_load = None;
        self.reference_offer = None;
        let Some(name) = self.doc.scenario.meta.reference.clone() else {
            return;
        };
        match &name {
            ReferenceName::Preset(id) => {
                match preset(id).and_then(|p| file::read(p.text, p.id).ok()) {
                    Some(loaded) => {
                        if let Ok(pinned) = studies::Pinned::new(name.clone(), loaded.scenario) {
                            self.studies.pinned = Some(pinned);
                        }
                    }
                    None => self.cannot_pin_again(&name),
                }
            }
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

    fn cannot_pin_again(&mut self, name: &ReferenceName) {
        self.notice(
            &format!(
                "The file was compared with {}, which cannot be pinned again here",
                name.describe()
            ),
            false,
        );
    }

    fn save(&mut self, path: &Path) {
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
                self.notice(&format!("Saved {}", path.display()), false);
            }
            Err(e) => {
                self.doc.scenario.meta.reference = named;
                self.notice("Not saved: the changes are still only in this window", true);
                self.save_error = Some(e.to_string());
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        self.prefs.recent.retain(|p| p != path);
        self.prefs.recent.insert(0, path.to_owned());
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// Sets the one-line notice; escaped, since it may quote a path or a name from a file.
    fn notice(&mut self, text: &str, error: bool) {
        self.notice = Some(Notice {
            text: escaped(&clipped(text, 400)).into_owned(),
            error,
        });
    }

    /// What the app's own path entry starts with: the open file's folder, and a file name
    /// where one is being chosen.
    fn suggested_path(&self, purpose: &Purpose) -> String {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let name = match purpose {
            Purpose::SaveAs => self
                .doc
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || "scenario.ron".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                ),
            Purpose::ExportFolder => "results".to_owned(),
            Purpose::SaveChart => match &self.chart_export {
                Some(chart_export::Export::Naming(_, name)) => name.clone(),
                _ => "chart.png".to_owned(),
            },
            Purpose::Open | Purpose::PinReference => String::new(),
        };
        let path = folder.join(name);
        let mut text = path.display().to_string();
        if name_is_empty(purpose) && !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
        text
    }

    /// Moves a chart's picture on: a request made this frame is captured in the next (drawn
    /// without hover labels); the picture is then copied, or saved where the user says.
    fn export_chart(&mut self, ctx: &egui::Context) {
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
            self.notice(&format!("Copied the chart ({w} × {h} pixels)"), false);
        } else {
            let name = chart_export::file_name(&request.title);
            self.chart_export = Some(chart_export::Export::Naming(image, name.clone()));
            let rx = self.picker.pick(&Purpose::SaveChart, &name);
            self.pending_dialog = Some((Purpose::SaveChart, rx));
            // The dialog is polled from the frames: make sure there is a next one.
            ctx.request_repaint();
        }
    }

    /// Writes the captured chart where the user chose.
    fn save_chart(&mut self, path: &Path) {
        let Some(chart_export::Export::Naming(image, _)) = self.chart_export.take() else {
            return;
        };
        let path = if path.extension().is_none() {
            path.with_extension("png")
        } else {
            path.to_owned()
        };
        let written = chart_export::png(&image)
            .map_err(|e| format!("cannot encode the picture: {e}"))
            .and_then(|bytes| file::write_bytes(&path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.notice(&format!("Saved the chart to {}", path.display()), false),
            Err(e) => self.save_error = Some(e),
        }
    }

    /// The chart picture waiting for a file name or being captured, if any (for tests).
    pub fn chart_export(&self) -> Option<&chart_export::Export> {
        self.chart_export.as_ref()
    }

    fn remove_recovery(&mut self) {
        if let Some(keeper) = &mut self.recovery {
            keeper.remove();
        }
    }

    /// Shows the problems of a file that could not be opened.
    pub fn show_load_errors(&mut self, name: String, lines: Vec<String>) {
        self.load_errors = Some((name, lines));
    }

    /// The problems of the last file that failed to open, if its window is showing.
    pub fn load_errors(&self) -> Option<&[String]> {
        self.load_errors.as_ref().map(|(_, lines)| lines.as_slice())
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

/// Whether the path entry for `purpose` starts at a folder (the user picks the file).
fn name_is_empty(purpose: &Purpose) -> bool {
    matches!(purpose, Purpose::Open | Purpose::PinReference)
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
    if Num::INTEGRAL {
        entry.max_decimals(0).range(Num::MIN..=Num::MAX).speed(0.25)
    } else {
        entry
    }
}

/// Today's date as ISO 8601, from the system clock (UTC).
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
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
    format!("{year:04}-{month:02}-{day:02}")
}
