//! The menu bar and the keyboard shortcuts: both only produce [`Command`]s, applied after the
//! frame by [`ExplorerApp::request`].

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::{Command, ExplorerApp, SHORTCUTS};
use crate::i18n::{self, Lang};
use crate::presets::PRESETS;
use crate::t;
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
        // A menu closes once something in it is chosen, by the keyboard (Enter, Space) too:
        // egui closes it only for a click.
        let asked = commands.len();
        ui.menu_button(t!("menu-file"), |ui| {
            ui.menu_button(t!("menu-new-from-preset"), |ui| {
                for preset in &PRESETS {
                    if ui
                        .button(preset.title())
                        .on_hover_text(preset.question())
                        .clicked()
                    {
                        commands.push(Command::New(preset.id));
                    }
                }
            });
            if ui
                .add(
                    egui::Button::new(t!("menu-open"))
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[1].0)),
                )
                .clicked()
            {
                commands.push(Command::Open);
            }
            // In the browser, the scenarios opened or saved lately are kept as links.
            let recent = !self.prefs.recent.is_empty() || !self.prefs.recent_links.is_empty();
            ui.add_enabled_ui(recent, |ui| {
                ui.menu_button(t!("menu-open-recent"), |ui| {
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::OpenPath(path));
                        }
                    }
                    for (name, fragment) in &self.prefs.recent_links {
                        if ui
                            .button(crate::text::one_line(name, 80).to_string())
                            .clicked()
                        {
                            commands.push(Command::OpenLink(fragment.clone()));
                        }
                    }
                });
            });
            if ui.button(t!("menu-open-link")).clicked() {
                commands.push(Command::OpenLink(String::new()));
            }
            if ui
                .button(t!("menu-copy-link"))
                .on_hover_text(t!("menu-copy-link-hint"))
                .clicked()
            {
                commands.push(Command::CopyLink);
            }
            ui.separator();
            if ui
                .add(
                    egui::Button::new(t!("menu-save"))
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[3].0)),
                )
                .clicked()
            {
                commands.push(Command::Save);
            }
            if ui
                .add(
                    egui::Button::new(t!("menu-save-as"))
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[2].0)),
                )
                .clicked()
            {
                commands.push(Command::SaveAs);
            }
            if ui.button(t!("menu-export-csv")).clicked() {
                commands.push(Command::ExportCsv);
            }
            if ui
                .button(t!("menu-export-brief"))
                .on_hover_text(t!("menu-export-brief-hint"))
                .clicked()
            {
                commands.push(Command::ExportBrief);
            }
            if ui
                .button(t!("menu-export-xlsx"))
                .on_hover_text(t!("menu-export-xlsx-hint"))
                .clicked()
            {
                commands.push(Command::ExportWorkbook);
            }
            ui.separator();
            if ui.button(t!("menu-properties")).clicked() {
                commands.push(Command::Properties);
            }
            // A browser tab is closed by the browser.
            if !crate::platform::WEB {
                ui.separator();
                if ui.button(t!("menu-quit")).clicked() {
                    commands.push(Command::Quit);
                }
            }
            if commands.len() > asked {
                ui.close();
            }
        });
        ui.menu_button(t!("menu-edit"), |ui| {
            if ui
                .add_enabled(
                    self.doc.can_undo(),
                    egui::Button::new(t!("menu-undo"))
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[5].0)),
                )
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(
                    self.doc.can_redo(),
                    egui::Button::new(t!("menu-redo"))
                        .shortcut_text(ui.ctx().format_shortcut(&SHORTCUTS[4].0)),
                )
                .clicked()
            {
                commands.push(Command::Redo);
            }
            ui.separator();
            if ui
                .add_enabled(
                    self.can_reset_all(),
                    egui::Button::new(t!("menu-reset-all")),
                )
                .on_hover_text(t!("menu-reset-all-hint"))
                .clicked()
            {
                commands.push(Command::ResetAll);
            }
            if commands.len() > asked {
                ui.close();
            }
        });
        ui.menu_button(t!("menu-view"), |ui| {
            let before = (
                self.prefs.view,
                self.prefs.hide_panel,
                self.prefs.lang,
                self.prefs.dark,
            );
            for v in View::ALL {
                ui.selectable_value(&mut self.prefs.view, v, v.title());
            }
            ui.separator();
            let mut shown = !self.prefs.hide_panel;
            if ui
                .checkbox(&mut shown, t!("menu-assumptions-panel"))
                .changed()
            {
                self.prefs.hide_panel = !shown;
            }
            ui.separator();
            ui.menu_button(t!("menu-language"), |ui| {
                let current = self.lang();
                for lang in Lang::ALL {
                    if ui.radio(current == lang, lang.native_name()).clicked() {
                        self.prefs.lang = Some(lang);
                        // This frame's remaining text too.
                        i18n::set(lang);
                    }
                }
            });
            ui.separator();
            ui.label(t!("menu-theme"));
            ui.radio_value(&mut self.prefs.dark, None, t!("menu-theme-system"));
            ui.radio_value(&mut self.prefs.dark, Some(false), t!("menu-theme-light"));
            ui.radio_value(&mut self.prefs.dark, Some(true), t!("menu-theme-dark"));
            let after = (
                self.prefs.view,
                self.prefs.hide_panel,
                self.prefs.lang,
                self.prefs.dark,
            );
            if after != before {
                ui.close();
            }
        });
    }
}
