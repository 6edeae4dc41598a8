//! The status line: the guardrail sentences (or the scenario's problems) on a line of their
//! own, the last notice and the file's state on the next.

use egui::{RichText, Ui};

use super::ExplorerApp;
use crate::text::escaped;

impl ExplorerApp {
    /// The status line: the guardrail sentences (or the scenario's problems) on a line of their
    /// own, then the last notice and the file's state on the next, so that neither is ever
    /// drawn over the other.
    pub(super) fn status_ui(&self, ui: &mut Ui) {
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
}
