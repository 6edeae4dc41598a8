//! The status line: the guardrail sentences (or the scenario's problems) on a line of their
//! own, the last notice and the file's state on the next.

use crate::t;
use egui::{RichText, Ui};

use super::ExplorerApp;
use crate::text::escaped;

/// Guardrail sentences the status line shows before "(+N more)".
const SHOWN_SENTENCES: usize = 3;

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
            // "(+1 more)": hovering the line shows every sentence, or every problem.
            let response = ui.label(text);
            if let Some(all) = self.guardrail_all() {
                response.on_hover_text(all);
            }
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
            let text = t!(
                "status-problems",
                count = self.doc.problems.len(),
                first = first.to_string()
            );
            return (escaped(&text).into_owned(), true);
        }
        let events = &self.doc.projection.events;
        let shown: Vec<String> = events
            .iter()
            .take(SHOWN_SENTENCES)
            .map(ToString::to_string)
            .collect();
        let more = events.len().saturating_sub(SHOWN_SENTENCES);
        let text = match (shown.is_empty(), more) {
            (true, _) => t!("status-no-guardrail"),
            (false, 0) => shown.join(" "),
            (false, more) => t!("status-and-more", sentences = shown.join(" "), more = more),
        };
        (text, false)
    }

    /// Every guardrail sentence (or every problem), one a line, when the status line shows
    /// only some of them.
    pub fn guardrail_all(&self) -> Option<String> {
        let problems = &self.doc.problems;
        if problems.len() > 1 {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            return Some(escaped(&lines.join("\n")).into_owned());
        }
        let events = &self.doc.projection.events;
        (problems.is_empty() && events.len() > SHOWN_SENTENCES).then(|| {
            let lines: Vec<String> = events.iter().map(ToString::to_string).collect();
            lines.join("\n")
        })
    }

    /// Whether the scenario is saved, in words that agree with the title.
    pub fn file_state(&self) -> String {
        match (&self.doc.path, self.doc.is_modified()) {
            (_, true) => t!("file-state-unsaved"),
            (Some(_), false) => t!("file-state-saved"),
            (None, false) => t!("file-state-never-saved"),
        }
    }
}
