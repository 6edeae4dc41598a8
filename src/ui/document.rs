//! The open scenario: what the user is editing, where it came from, whether it is saved, the
//! undo history, and the projection of its last valid state.
//!
//! State flows one way: controls edit `scenario`; `refresh` validates it and, only when it
//! changed, recomputes the projection (in place, no allocation); views draw `projection`.
//! An invalid scenario keeps the last valid projection on screen and lists its problems.

use crate::t;
use std::path::PathBuf;

use crate::model::{Problem, Projection, Scenario, project_into};

/// How many edits undo remembers.
const UNDO_DEPTH: usize = 200;

#[derive(Debug)]
pub struct Document {
    pub scenario: Scenario,
    /// The file it was opened from or last saved to; `None` for a new scenario.
    pub path: Option<PathBuf>,
    /// What was last opened or saved, to tell whether there are unsaved changes.
    saved: Scenario,
    /// The baseline the assumptions panel marks changes against and resets to.
    pub reference: Scenario,
    undo: Vec<Scenario>,
    redo: Vec<Scenario>,
    /// The state the last undo step ends at (edits since then form the next step).
    committed: Scenario,
    /// The scenario the projection was computed from.
    projected: Option<Scenario>,
    pub projection: Projection,
    /// Problems of the current scenario (empty when it is valid).
    pub problems: Vec<Problem>,
    /// Recovered after a crash: unsaved whatever it equals, until saved.
    recovered: bool,
}

impl Document {
    /// The built-in baseline, its title and question in the reader's language (the language
    /// must be set first): what the window and the page start on without a file or a link.
    pub fn baseline() -> Self {
        let baseline = crate::presets::preset("baseline").and_then(|p| p.scenario().ok());
        Document::new(baseline.unwrap_or_default())
    }

    /// A document for a scenario that is not (yet) in a file.
    pub fn new(scenario: Scenario) -> Self {
        let mut doc = Document {
            saved: scenario.clone(),
            reference: Scenario::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            committed: scenario.clone(),
            projected: None,
            projection: Projection::default(),
            problems: Vec::new(),
            path: None,
            recovered: false,
            scenario,
        };
        doc.refresh();
        doc
    }

    /// A document opened from a file.
    pub fn opened(scenario: Scenario, path: PathBuf) -> Self {
        let mut doc = Document::new(scenario);
        doc.path = Some(path);
        doc
    }

    /// A document recovered from the autosave copy after a crash: it is unsaved work, for the
    /// file it came from (if it had one).
    pub fn recovered(scenario: Scenario, path: Option<PathBuf>) -> Self {
        let mut doc = Document::new(scenario);
        doc.path = path;
        doc.recovered = true;
        doc
    }

    pub fn is_modified(&self) -> bool {
        self.recovered || self.scenario != self.saved
    }

    /// The name shown in the title bar (escaped: a file name or title may hold anything).
    pub fn name(&self) -> String {
        let name = match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => t!(
                "document-not-saved",
                title = crate::text::clipped(
                    &crate::presets::shown(crate::presets::Field::Title, &self.scenario.meta.title),
                    80
                )
                .to_string()
            ),
        };
        crate::text::escaped(&name).into_owned()
    }

    /// Records the edits made since the last step as one undo step. Call when no control is
    /// being dragged, so that a whole slider drag is one step.
    pub fn commit_edits(&mut self) {
        if self.scenario != self.committed {
            let previous = std::mem::replace(&mut self.committed, self.scenario.clone());
            self.undo.push(previous);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.scenario != self.committed
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) {
        self.commit_edits();
        if let Some(previous) = self.undo.pop() {
            self.redo
                .push(std::mem::replace(&mut self.scenario, previous));
            self.committed = self.scenario.clone();
        }
    }

    pub fn redo(&mut self) {
        if let Some(next) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.scenario, next));
            self.committed = self.scenario.clone();
        }
    }

    /// Replaces the whole scenario as one undoable edit (e.g. applying a goal-seek answer).
    pub fn replace(&mut self, scenario: Scenario) {
        self.commit_edits();
        self.scenario = scenario;
        self.commit_edits();
    }

    /// The user chose to discard the unsaved changes (the action that follows replaces them).
    pub fn mark_discarded(&mut self) {
        self.saved = self.scenario.clone();
        self.recovered = false;
    }

    /// The scenario was written to `path`.
    ///
    /// What saving itself wrote (the `modified` date, the reference's name relative to the
    /// new place) joins the last undo step rather than becoming a step of its own: one undo
    /// after a save takes back the user's last edit, not a date.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.saved = self.scenario.clone();
        self.committed = self.scenario.clone();
        self.recovered = false;
        self.path = Some(path);
    }

    /// Validates and, if the scenario changed since the last projection, recomputes.
    /// Returns whether the projection was recomputed.
    pub fn refresh(&mut self) -> bool {
        if self.projected.as_ref() == Some(&self.scenario) {
            return false;
        }
        match project_into(&self.scenario, &mut self.projection) {
            Ok(()) => {
                self.problems.clear();
                self.projected = Some(self.scenario.clone());
                true
            }
            Err(invalid) => {
                self.problems = invalid.0;
                // Remember what was checked, so an invalid state is not re-validated every frame;
                // the projection on screen stays that of the last valid state.
                self.projected = Some(self.scenario.clone());
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_of_many_changes_is_one_undo_step() {
        let mut doc = Document::new(Scenario::default());
        for v in [51.0, 55.0, 60.0, 70.0] {
            doc.scenario.capital.subscribed = v;
            doc.refresh();
        }
        doc.commit_edits();
        assert!(doc.is_modified());
        doc.undo();
        assert_eq!(doc.scenario.capital.subscribed, 50.0);
        assert!(!doc.is_modified());
        doc.redo();
        assert_eq!(doc.scenario.capital.subscribed, 70.0);
    }

    #[test]
    fn an_invalid_edit_keeps_the_last_valid_projection() {
        let mut doc = Document::new(Scenario::default());
        let before = doc.projection.summary.cumulative_financing;
        doc.scenario.terms.grace = 30;
        doc.refresh();
        assert!(!doc.problems.is_empty());
        assert_eq!(doc.projection.summary.cumulative_financing, before);
        doc.scenario.terms.grace = 5;
        doc.refresh();
        assert!(doc.problems.is_empty());
    }
}
