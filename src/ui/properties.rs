//! File ▸ Properties: the scenario's title, author, description and notes. They travel with
//! the file (its `meta` block), so the window must let people write them: a $100bn scenario
//! should not go out still titled "Baseline". The dialog edits a draft; OK applies it as one
//! undoable edit, Cancel (or Escape) leaves the scenario as it was.

use crate::t;
use egui::{Key, Ui};

use crate::model::scenario::Metadata;

/// What the dialog is editing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub title: String,
    pub author: String,
    pub description: String,
    pub notes: String,
}

impl Draft {
    pub fn of(meta: &Metadata) -> Draft {
        Draft {
            title: meta.title.clone(),
            author: meta.author.clone(),
            description: meta.description.clone(),
            notes: meta.notes.clone(),
        }
    }

    /// The metadata with this draft written into it.
    pub fn applied_to(&self, meta: &Metadata) -> Metadata {
        Metadata {
            title: self.title.trim().to_owned(),
            author: self.author.trim().to_owned(),
            description: self.description.clone(),
            notes: self.notes.clone(),
            ..meta.clone()
        }
    }
}

/// What the user decided in the dialog.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Apply(Draft),
    Cancel,
}

/// Draws the dialog; returns the user's decision once there is one.
pub fn properties_ui(ctx: &egui::Context, draft: &mut Draft) -> Option<Outcome> {
    let mut outcome = None;
    super::dialogs::dialog(t!("properties-title"))
        .resizable(true)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(t!("properties-body"));
            egui::Grid::new("properties")
                .num_columns(2)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    line_ui(ui, &t!("properties-field-title"), &mut draft.title);
                    line_ui(ui, &t!("properties-author"), &mut draft.author);
                    text_ui(ui, &t!("properties-question"), &mut draft.description);
                    text_ui(ui, &t!("properties-notes"), &mut draft.notes);
                });
            ui.horizontal(|ui| {
                if ui.button(t!("button-ok")).clicked() {
                    outcome = Some(Outcome::Apply(draft.clone()));
                }
                if ui.button(t!("button-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(Key::Escape))
                {
                    outcome = Some(Outcome::Cancel);
                }
            });
        });
    outcome
}

fn line_ui(ui: &mut Ui, label: &str, value: &mut String) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(380.0))
        .labelled_by(label.id);
    ui.end_row();
}

fn text_ui(ui: &mut Ui, label: &str, value: &mut String) {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_width(380.0)
            .desired_rows(4),
    )
    .labelled_by(label.id);
    ui.end_row();
}
