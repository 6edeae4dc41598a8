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
        // The preset's words go in the same step as the first edit, so that one undo takes
        // back both (undoing a step of its own would only bring them back to be renamed).
        self.stop_claiming_to_be_a_preset();
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

    /// Once the user changes an assumption of a preset opened as it is, the scenario stops
    /// claiming to be the preset: it takes [`crate::presets::edited_copy_meta`], in the same
    /// undo step as the change (undo gives the preset back, words and all). Words the user has
    /// already changed are theirs, and a file of the user's own is never renamed.
    fn stop_claiming_to_be_a_preset(&mut self) {
        if self.scenario.meta != self.saved.meta
            || crate::presets::same_assumptions(&self.scenario, &self.saved)
        {
            return;
        }
        if let Some(preset) = crate::presets::unchanged(&self.saved) {
            self.scenario.meta = crate::presets::edited_copy_meta(preset, &self.scenario.meta);
        }
    }

    /// The words to give `next`, a scenario about to replace this one (Reset all): those of
    /// the preset that was opened when `next` makes its assumptions again and the words are
    /// still the ones its first edit gave it, so that resetting an edited preset gives back
    /// the preset, words and all; `None` otherwise (the words stay).
    pub fn preset_words_for(&self, next: &Scenario) -> Option<crate::model::scenario::Metadata> {
        let preset = crate::presets::unchanged(&self.saved)?;
        (crate::presets::same_assumptions(next, &self.saved)
            && self.scenario.meta == crate::presets::edited_copy_meta(preset, &self.saved.meta))
        .then(|| self.saved.meta.clone())
    }

    /// Validates and, if the scenario changed since the last projection, recomputes.
    /// Returns whether the projection was recomputed.
    pub fn refresh(&mut self) -> bool {
        if self.projected.as_ref() == Some(&self.scenario) {
            return false;
        }
        self.stop_claiming_to_be_a_preset();
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

    fn baseline() -> Scenario {
        crate::presets::preset("baseline")
            .and_then(|p| p.scenario().ok())
            .expect("the baseline preset")
    }

    #[test]
    fn an_edited_preset_stops_claiming_to_be_the_preset_and_undo_gives_it_back() {
        let preset = baseline();
        let mut doc = Document::new(preset.clone());
        doc.refresh();
        assert_eq!(doc.scenario.meta, preset.meta, "opening changes nothing");
        // As the window does it: the edit is committed, then the projection refreshed.
        doc.scenario.capital.subscribed = 100.0;
        doc.commit_edits();
        doc.refresh();
        doc.commit_edits();
        let meta = &doc.scenario.meta;
        assert_eq!(meta.title, "Baseline (edited)");
        assert_eq!(meta.author, "");
        assert_eq!(
            meta.description, "",
            "the preset's question no longer applies"
        );
        assert!(meta.notes.contains("“Baseline”"), "{}", meta.notes);
        assert!(
            meta.notes.contains(&preset.meta.description),
            "{}",
            meta.notes
        );
        assert_eq!(meta.created, preset.meta.created);
        // One undo takes back the edit and the words with it.
        doc.undo();
        doc.refresh();
        assert_eq!(doc.scenario, preset);
        assert!(!doc.is_modified());
        // A second edit after the first renames nothing further.
        doc.redo();
        doc.scenario.capital.paid_in_ratio = 0.3;
        doc.refresh();
        assert_eq!(doc.scenario.meta.title, "Baseline (edited)");
    }

    #[test]
    fn the_users_own_words_and_files_are_never_renamed() {
        // Words the user changed first stay theirs.
        let mut doc = Document::new(baseline());
        doc.scenario.meta.title = "Capital at 100 bn".into();
        doc.refresh();
        doc.scenario.capital.subscribed = 100.0;
        doc.refresh();
        assert_eq!(doc.scenario.meta.title, "Capital at 100 bn");
        assert_ne!(doc.scenario.meta.author, "");
        // A file titled like a preset whose assumptions are not the preset's (an old edited
        // copy) is the user's: editing it renames nothing.
        let mut old = baseline();
        old.capital.subscribed = 80.0;
        let mut doc = Document::opened(old, "old.ron".into());
        doc.scenario.capital.subscribed = 90.0;
        doc.refresh();
        assert_eq!(doc.scenario.meta.title, "Baseline");
        // A scenario of the user's own.
        let mut own = Scenario::default();
        own.meta.title = "Mine".into();
        let mut doc = Document::new(own);
        doc.scenario.capital.subscribed = 90.0;
        doc.refresh();
        assert_eq!(doc.scenario.meta.title, "Mine");
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
