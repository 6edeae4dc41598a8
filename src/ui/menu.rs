//! The menu bar and the keyboard shortcuts: both only produce [`Command`]s, applied after the
//! frame by [`ExplorerApp::request`].

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::{Command, ExplorerApp, SHORTCUTS};
use crate::ui::views::View;

impl ExplorerApp {
    pub(super) fn shortcuts(&self, ui: &Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.ctx().input_mut(|input| {
            for (shortcut, name) in SHORTCUTS {
                if input.consume_shortcut(&shortcut) {
                    commands.push(match name {
                        "new" => Command::New("baseline"),
                        "open" => Command::Open,
                        "save-as" => Command::SaveAs,
                        "save" => Command::Save,
                        "redo" => Command::Redo,
                        _ => Command::Undo,
                    });
                }
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)) {
                commands.push(Command::Redo);
            }
        });
        commands
    }

    pub(super) fn menu_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.menu_button("File", |ui| {
            ui.menu_button("New from preset", |ui| {
                for (id, title) in &self.preset_titles {
                    if ui.button(title).clicked() {
                        commands.push(Command::New(id));
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
                commands.push(Command::Open);
            }
            ui.add_enabled_ui(!self.prefs.recent.is_empty(), |ui| {
                ui.menu_button("Open recent", |ui| {
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::OpenPath(path));
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
                commands.push(Command::Save);
            }
            if ui
                .add(
                    egui::Button::new("Save as…")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[2].0)),
                )
                .clicked()
            {
                commands.push(Command::SaveAs);
            }
            if ui.button("Export CSV…").clicked() {
                commands.push(Command::ExportCsv);
            }
            ui.separator();
            if ui.button("Properties…").clicked() {
                commands.push(Command::Properties);
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                commands.push(Command::Quit);
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
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(
                    self.doc.can_redo(),
                    egui::Button::new("Redo")
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[4].0)),
                )
                .clicked()
            {
                commands.push(Command::Redo);
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
}
