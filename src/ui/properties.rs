//! File ▸ Properties: the scenario's title, author, description and notes. They travel with
//! the file (its `meta` block), so the window must let people write them: a $100bn scenario
//! should not go out still titled "Baseline". The dialog edits a draft; OK applies it as one
//! undoable edit, Cancel (or Escape) leaves the scenario as it was.

use crate::t;
use egui::Ui;

use crate::model::scenario::Metadata;
use crate::presets::{Field, shown};

/// What the dialog is editing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub title: String,
    pub author: String,
    pub description: String,
    pub notes: String,
    /// Save As asks for these first, then for the file (the title is what Compare, the brief
    /// and whoever opens the file know the scenario by).
    pub then_save_as: bool,
}

impl Draft {
    /// The draft of these metadata, a preset's own texts in the reader's language.
    pub fn of(meta: &Metadata) -> Draft {
        Draft {
            title: shown(Field::Title, &meta.title).into_owned(),
            author: shown(Field::Author, &meta.author).into_owned(),
            description: shown(Field::Question, &meta.description).into_owned(),
            notes: shown(Field::Notes, &meta.notes).into_owned(),
            then_save_as: false,
        }
    }

    /// The draft Save As starts with.
    pub fn before_save_as(meta: &Metadata) -> Draft {
        Draft {
            then_save_as: true,
            ..Draft::of(meta)
        }
    }

    /// The metadata with this draft written into it. A field left as it was shown keeps the
    /// file's own text (a preset's English), so that the file never holds a translation the
    /// reader did not write.
    pub fn applied_to(&self, meta: &Metadata) -> Metadata {
        let kept = |field, old: &str, new: &str| {
            if new == shown(field, old) {
                old.to_owned()
            } else {
                new.to_owned()
            }
        };
        Metadata {
            title: kept(Field::Title, &meta.title, self.title.trim()),
            author: kept(Field::Author, &meta.author, self.author.trim()),
            description: kept(Field::Question, &meta.description, &self.description),
            notes: kept(Field::Notes, &meta.notes, &self.notes),
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
    let (title, body, ok) = if draft.then_save_as {
        (
            t!("properties-save-as-title"),
            t!("properties-save-as-body"),
            t!("properties-choose-file"),
        )
    } else {
        (
            t!("properties-title"),
            t!("properties-body"),
            t!("button-ok"),
        )
    };
    // On its first frame a window is laid out before its size is known (the grid's columns,
    // the wrapped text): that frame is laid out again before it is shown, so the dialog never
    // appears half drawn or off centre.
    let id = egui::Id::unique("properties-dialog");
    if ctx.memory(|m| m.area_rect(id).is_none()) {
        ctx.request_discard("the Properties dialog's first frame");
    }
    super::dialogs::dialog(title)
        .id(id)
        .resizable(true)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(body);
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
                if ui.button(ok).clicked() {
                    outcome = Some(Outcome::Apply(draft.clone()));
                }
                if ui.button(t!("button-cancel")).clicked() || super::keys::escape(ui.ctx()) {
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
