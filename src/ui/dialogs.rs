//! The windows that ask or tell something: unsaved changes, the app's own path entry, a file
//! that did not open, Properties, a failed save, a reference outside the scenario's folder,
//! recovered work, and a link to paste.

use crate::t;
use std::path::PathBuf;

use egui::{Key, RichText};

use super::{Command, ExplorerApp, keys, properties};
use crate::text::{escaped, one_line};

/// A window that asks or tells something: centred, never folded away.
pub(super) fn dialog<'a>(title: impl Into<egui::WidgetText>) -> egui::Window<'a> {
    egui::Window::new(title)
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
}

/// File ▸ Open link…: the link being pasted, and why the last one did not open.
#[derive(Clone, Debug, Default)]
pub(super) struct LinkEntry {
    text: String,
    /// Why the last link did not open: one sentence, or the located problems of its scenario
    /// (escaped).
    error: Vec<String>,
    /// Give the field the keyboard when it first shows.
    focus: bool,
}

impl LinkEntry {
    /// An empty entry, with the keyboard in it.
    pub(super) fn new() -> Self {
        LinkEntry {
            focus: true,
            ..LinkEntry::default()
        }
    }

    /// The link did not open: why, shown under it.
    pub(super) fn failed(&mut self, lines: Vec<String>) {
        self.error = lines;
    }
}

impl ExplorerApp {
    /// Why the link last pasted into File ▸ Open link… did not open, while its dialog shows.
    pub fn link_error(&self) -> Option<&[String]> {
        self.link_entry
            .as_ref()
            .map(|entry| entry.error.as_slice())
            .filter(|lines| !lines.is_empty())
    }

    /// File ▸ Open link…: a field to paste the link into, Open and Cancel. Hidden while the
    /// unsaved-work prompt asks about the link it would open.
    fn link_entry_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if self.confirm.is_some() {
            return;
        }
        let Some(entry) = &mut self.link_entry else {
            return;
        };
        let mut keep = true;
        dialog(t!("dialog-open-link-title"))
            .resizable(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label(t!("dialog-open-link-body"));
                let label = ui.label(t!("dialog-link"));
                let response = ui
                    .add(
                        egui::TextEdit::multiline(&mut entry.text)
                            .desired_width(500.0)
                            .desired_rows(4),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut entry.focus) {
                    response.request_focus();
                }
                if response.changed() {
                    entry.error.clear();
                }
                if !entry.error.is_empty() {
                    egui::ScrollArea::vertical()
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for line in &entry.error {
                                ui.colored_label(ui.visuals().error_fg_color, line);
                            }
                        });
                }
                ui.horizontal(|ui| {
                    if ui.button(t!("button-open")).clicked() {
                        if entry.text.trim().is_empty() {
                            entry.error = vec![t!("link-entry-empty")];
                        } else {
                            commands.push(Command::OpenLink(entry.text.clone()));
                        }
                    }
                    if ui.button(t!("button-cancel")).clicked() || keys::escape(ui.ctx()) {
                        keep = false;
                    }
                });
            });
        if !keep {
            self.link_entry = None;
        }
    }

    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(command) = self.confirm.clone() {
            dialog(t!("dialog-unsaved-title"))
                .resizable(false)
                .show(ctx, |ui| {
                    ui.label(t!("dialog-unsaved-body", name = self.doc.name()));
                    ui.horizontal(|ui| {
                        if ui.button(t!("dialog-save-first")).clicked() {
                            self.confirm = None;
                            commands.push(Command::Save);
                            if !matches!(command, Command::Quit) {
                                commands.push(command.clone());
                            }
                        }
                        if ui.button(t!("dialog-discard-changes")).clicked() {
                            self.confirm = None;
                            commands.push(Command::DiscardThen(Box::new(command.clone())));
                        }
                        if ui.button(t!("button-cancel")).clicked() || keys::escape(ui.ctx()) {
                            self.confirm = None;
                        }
                    });
                });
        }
        if let Some((purpose, mut text)) = self.path_entry.take() {
            let mut keep = true;
            dialog(purpose.title()).show(ctx, |ui| {
                ui.label(t!("dialog-path-entry-body"));
                let label = ui.label(t!("dialog-path"));
                // The keyboard is given to the field before it is drawn, so that the keys typed
                // in the frame it first shows reach it, with the cursor at the end of the text.
                let id = ui.make_persistent_id("path-entry");
                let focus = std::mem::take(&mut self.path_entry_focus);
                if focus {
                    ui.memory_mut(|m| m.request_focus(id));
                    let mut state =
                        egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
                    let end = egui::text::CCursor::new(text.chars().count());
                    state
                        .cursor
                        .set_char_range(Some(egui::text::CCursorRange::one(end)));
                    state.store(ui.ctx(), id);
                }
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut text)
                            .id(id)
                            .desired_width(420.0),
                    )
                    .labelled_by(label.id);
                if focus {
                    // Asked again once the field is drawn: egui keeps the keyboard only on a
                    // widget it has seen this frame.
                    response.request_focus();
                }
                ui.horizontal(|ui| {
                    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                    if ui.button(t!("button-ok")).clicked() || enter {
                        keep = false;
                        let path = PathBuf::from(text.trim());
                        commands.push(Command::PathTyped(purpose.clone(), path));
                    }
                    if ui.button(t!("button-cancel")).clicked() || keys::escape(ui.ctx()) {
                        keep = false;
                    }
                });
            });
            if keep {
                self.path_entry = Some((purpose, text));
            }
        }
        if let Some((name, lines, at_start)) = self.load_errors.clone() {
            let mut open = true;
            let mut closed = false;
            dialog(t!(
                "dialog-open-failed-title",
                name = one_line(&name, 80).to_string()
            ))
            .open(&mut open)
            .default_width(640.0)
            .show(ctx, |ui| {
                ui.label(if at_start {
                    t!("dialog-open-failed-body-start")
                } else {
                    t!("dialog-open-failed-body")
                });
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for line in &lines {
                            ui.label(RichText::new(line).monospace());
                        }
                    });
                let close = ui.button(t!("button-close"));
                if close.clicked() || keys::escape(ui.ctx()) || keys::enter(ui.ctx(), &[&close]) {
                    closed = true;
                }
            });
            if !open || closed {
                self.load_errors = None;
            }
        }
        if let Some(draft) = &mut self.properties {
            match properties::properties_ui(ctx, draft) {
                Some(properties::Outcome::Apply(draft)) => {
                    self.properties = None;
                    let then_save_as = draft.then_save_as;
                    commands.push(Command::SetProperties(draft));
                    if then_save_as {
                        commands.push(Command::ChooseSaveAsFile);
                    }
                }
                Some(properties::Outcome::Cancel) => self.properties = None,
                None => {}
            }
        }
        if let Some(reason) = self.save_error.clone() {
            dialog(t!("dialog-save-failed-title"))
                .resizable(false)
                .default_width(480.0)
                .show(ctx, |ui| {
                    ui.label(escaped(&reason));
                    ui.label(t!("dialog-save-failed-body"));
                    ui.horizontal(|ui| {
                        let save_as = ui.button(t!("menu-save-as"));
                        if save_as.clicked() {
                            self.save_error = None;
                            commands.push(Command::SaveAs);
                        }
                        let close = ui.button(t!("button-close"));
                        if close.clicked()
                            || keys::escape(ui.ctx())
                            || keys::enter(ui.ctx(), &[&save_as, &close])
                        {
                            self.save_error = None;
                        }
                    });
                });
        }
        if let Some((_, path)) = &self.reference_offer {
            dialog(t!("dialog-pin-offer-title"))
                .resizable(false)
                .show(ctx, |ui| {
                    ui.label(t!("dialog-pin-offer-body"));
                    ui.label(RichText::new(escaped(&path.display().to_string())).monospace());
                    ui.horizontal(|ui| {
                        if ui.button(t!("dialog-pin-it")).clicked() {
                            commands.push(Command::PinOffered(true));
                        }
                        if ui.button(t!("dialog-not-now")).clicked() || keys::escape(ui.ctx()) {
                            commands.push(Command::PinOffered(false));
                        }
                    });
                });
        }
        self.link_entry_ui(ctx, commands);
        if let Some(copy) = self.recovery_offer.clone() {
            dialog(t!("dialog-recover-title")).show(ctx, |ui| {
                ui.label(t!("dialog-recover-body", scenario = copy.describe()));
                ui.horizontal(|ui| {
                    if ui.button(t!("dialog-recover-it")).clicked() {
                        commands.push(Command::Recover(true));
                    }
                    if ui.button(t!("dialog-discard-it")).clicked() {
                        commands.push(Command::Recover(false));
                    }
                });
            });
        }
    }
}
