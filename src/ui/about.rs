//! What a received file says about itself: its question and notes, shown above the Overview
//! when a file that has them is opened (they are otherwise only in File ▸ Properties), until
//! the reader puts them away.

use egui::{RichText, Ui};

use super::{Command, ExplorerApp};
use crate::presets::{Field, shown};
use crate::t;
use crate::text::{clipped, escaped_lines};

/// The most of a note shown above the Overview; Properties has it whole.
const MAX_CHARS: usize = 2_000;

impl ExplorerApp {
    /// The scenario's question and notes, as one text that tells one file's from another's;
    /// `None` for a scenario not opened from a file, or one with neither.
    fn about_key(&self) -> Option<String> {
        let meta = &self.doc.scenario.meta;
        let key = format!("{}\n{}", meta.description.trim(), meta.notes.trim());
        (self.doc.path.is_some() && key.trim() != "").then_some(key)
    }

    /// Whether the question and notes show above the Overview now.
    pub fn shows_about(&self) -> bool {
        self.about_key()
            .is_some_and(|key| self.about_dismissed.as_ref() != Some(&key))
    }

    /// Puts the question and notes of the open file away (another file's show again).
    pub(super) fn hide_about(&mut self) {
        self.about_dismissed = self.about_key();
    }

    /// The question and notes in a frame, with a button that puts them away.
    pub(super) fn about_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        if !self.shows_about() {
            return;
        }
        let meta = &self.doc.scenario.meta;
        let question = shown(Field::Question, &meta.description);
        let notes = shown(Field::Notes, &meta.notes);
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(t!("about-heading")).strong());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .small_button(t!("about-hide"))
                            .on_hover_text(t!("about-hide-hint"))
                            .clicked()
                        {
                            commands.push(Command::HideAbout);
                        }
                    });
                });
                egui::ScrollArea::vertical()
                    .id_salt("about-scenario")
                    .max_height(110.0)
                    .show(ui, |ui| {
                        if !question.trim().is_empty() {
                            let text =
                                escaped_lines(&clipped(question.trim(), MAX_CHARS)).into_owned();
                            ui.label(RichText::new(text).italics());
                        }
                        if !notes.trim().is_empty() {
                            let text =
                                escaped_lines(&clipped(notes.trim(), MAX_CHARS)).into_owned();
                            ui.label(text);
                        }
                    });
            });
        ui.add_space(4.0);
    }
}
