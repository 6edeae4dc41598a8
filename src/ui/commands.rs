//! Applying what the user asked for: every [`Command`] goes through [`ExplorerApp::apply`],
//! after the frame's UI, so no panel changes the document from deep inside.

use super::dialogs::LinkEntry;
use super::document::Document;
use super::files::{Picked, Purpose};
use super::{Command, ExplorerApp, properties, today_ymd};
use crate::i18n::num;
use crate::link::{self, LinkError};
use crate::model::Scenario;
use crate::model::scenario::ReferenceName;
use crate::presets::preset;
use crate::t;

impl ExplorerApp {
    /// Applies a command, asking first where it would discard unsaved work.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        // An error the user has seen leaves the status line once they act: it was about what
        // they did before.
        if self.notice.as_ref().is_some_and(|n| n.error) {
            self.notice = None;
        }
        // A link that does not open says why in its dialog, before unsaved work is asked about.
        if let Command::OpenLink(text) = &command
            && !text.trim().is_empty()
            && let Err(e) = link::decode(text)
        {
            self.link_failed(&e);
            return;
        }
        if command.discards()
            && self.doc.is_modified()
            && !(command == Command::Quit && self.quit_confirmed)
        {
            self.confirm = Some(command);
            return;
        }
        match command {
            Command::New(id) => match preset(id).map(|p| p.scenario()) {
                Some(Ok(scenario)) => {
                    self.doc = Document::new(scenario);
                    self.notice(&t!("notice-new-from-preset"), false);
                }
                _ => self.notice(&t!("notice-preset-unreadable", id = id), true),
            },
            Command::Open => self.ask(Purpose::Open),
            Command::OpenPath(path) => self.open(&path),
            Command::OpenBytes(name, bytes) => self.open_bytes(&name, &bytes),
            Command::Save => match self.doc.path.clone() {
                Some(path) => self.save(&path),
                None => {
                    self.properties =
                        Some(properties::Draft::before_save_as(&self.doc.scenario.meta));
                }
            },
            Command::SaveAs => {
                self.properties = Some(properties::Draft::before_save_as(&self.doc.scenario.meta));
            }
            Command::ChooseSaveAsFile => self.ask(Purpose::SaveAs),
            Command::Properties => {
                self.properties = Some(properties::Draft::of(&self.doc.scenario.meta));
            }
            Command::ExportCsv => self.ask(Purpose::ExportFolder),
            Command::ExportBrief => self.ask(Purpose::ExportBrief),
            Command::ExportWorkbook => self.ask(Purpose::ExportWorkbook),
            // A notice about an edit ("Applied (Undo takes it back)") is stale once it is undone.
            Command::Undo => {
                self.doc.undo();
                self.notice = self.notice.take().filter(|n| n.error);
            }
            Command::Redo => {
                self.doc.redo();
                self.notice = self.notice.take().filter(|n| n.error);
            }
            Command::Quit => {
                self.quit_confirmed = true;
                self.remove_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::PinPreset(id) => match preset(id).map(crate::presets::Preset::scenario) {
                Some(Ok(scenario)) => {
                    let name = ReferenceName::Preset(id.to_owned());
                    self.pin_scenario(name, scenario, None);
                }
                _ => self.notice(&t!("notice-preset-unreadable", id = id), true),
            },
            Command::PinFile => self.ask(Purpose::PinReference),
            Command::PinSnapshot => {
                let name = t!(
                    "snapshot-what",
                    title = crate::presets::shown(
                        crate::presets::Field::Title,
                        &self.doc.scenario.meta.title
                    )
                    .as_ref(),
                    date = num::calendar_date(today_ymd())
                );
                let scenario = self.doc.scenario.clone();
                self.pin_scenario(ReferenceName::Snapshot(name), scenario, None);
            }
            Command::Unpin => {
                self.studies.pinned = None;
                self.doc.scenario.meta.reference = None;
            }
            Command::Edit(next) => self.doc.scenario = *next,
            Command::Replace(next, notice) => {
                self.doc.replace(*next);
                self.edit_notice(&notice);
            }
            Command::SetProperties(draft) => {
                let mut next = self.doc.scenario.clone();
                next.meta = draft.applied_to(&next.meta);
                if next != self.doc.scenario {
                    self.doc.replace(next);
                    self.edit_notice(&t!("notice-properties-changed"));
                }
            }
            Command::DiscardThen(next) => {
                self.doc.mark_discarded();
                self.apply(*next, ctx);
            }
            Command::PathTyped(purpose, path) => self.picked(&purpose, Picked::Path(path)),
            Command::PinOffered(yes) => {
                if let Some((name, path)) = self.reference_offer.take() {
                    if yes {
                        self.start_reference_load(name, path, false);
                    } else {
                        self.notice(
                            &t!("notice-not-compared", path = path.display().to_string()),
                            false,
                        );
                    }
                }
            }
            Command::Recover(yes) => {
                if let Some(copy) = self.recovery_offer.take() {
                    if yes {
                        self.doc = Document::recovered(copy.scenario, copy.path);
                        self.pin_named_reference();
                    } else {
                        self.remove_recovery();
                    }
                }
            }
            Command::Focus(country) => self.focus = country,
            Command::CopyLink => self.copy_link(ctx),
            Command::OpenLink(text) => self.open_link(&text),
            Command::ResetAll => {
                let next = self.reset_all();
                if next != self.doc.scenario {
                    self.doc.replace(next);
                    self.edit_notice(&t!("notice-reset-all"));
                }
            }
            Command::HideAbout => self.hide_about(),
        }
    }
}

impl ExplorerApp {
    /// The scenario with every assumption at the baseline's value (Edit ▸ Reset all); what is
    /// not an assumption (the title, author, question and notes, the pinned reference, the
    /// seed and the uncertainty study) stays as it was.
    pub(super) fn reset_all(&self) -> Scenario {
        let scenario = &self.doc.scenario;
        let mut next = Scenario {
            schema: scenario.schema,
            meta: scenario.meta.clone(),
            seed: scenario.seed,
            uncertainty: scenario.uncertainty.clone(),
            ..self.doc.reference.clone()
        };
        // An edited preset reset to itself is the preset again, words and all (and saved).
        if let Some(meta) = self.doc.preset_words_for(&next) {
            next.meta = meta;
        }
        next
    }

    /// Whether any assumption differs from the baseline (Reset all would change something).
    pub fn can_reset_all(&self) -> bool {
        self.reset_all() != self.doc.scenario
    }
}

/// Scenarios as links ([`crate::link`]): File ▸ Copy link and File ▸ Open link….
impl ExplorerApp {
    /// Puts the scenario's link on the clipboard and says how long it is (and, for a very long
    /// one, that some mail programs break it); a scenario with problems gets no link.
    fn copy_link(&mut self, ctx: &egui::Context) {
        match link::link_for(&self.doc.scenario) {
            Ok(url) => {
                let count = url.chars().count();
                let chars = num::decimal(count as f64, 0);
                let notice = if count > link::LONG_LINK_CHARS {
                    let max = num::decimal(link::LONG_LINK_CHARS as f64, 0);
                    t!(
                        "notice-link-copied-long",
                        chars = chars,
                        count = count,
                        max = max
                    )
                } else {
                    t!("notice-link-copied", chars = chars, count = count)
                };
                ctx.copy_text(url);
                self.notice(&notice, false);
            }
            Err(e) => self.notice(&e.to_string(), true),
        }
    }

    /// Opens the scenario a link holds in place of the open one, as opening a file does (it
    /// has no file until saved), and pins the reference it names. An empty text asks for the
    /// link; one that does not open says why in the dialog and keeps the open scenario.
    fn open_link(&mut self, text: &str) {
        if text.trim().is_empty() {
            self.link_entry = Some(LinkEntry::new());
            return;
        }
        match link::decode(text) {
            Ok(loaded) => {
                self.doc = Document::new(loaded.scenario);
                self.pin_named_reference();
                let note = loaded
                    .notices
                    .first()
                    .cloned()
                    .unwrap_or_else(|| t!("notice-opened-link"));
                self.notice(&note, false);
                self.load_errors = None;
                self.link_entry = None;
            }
            Err(e) => self.link_failed(&e),
        }
    }

    /// Shows why a link did not open, in its dialog.
    fn link_failed(&mut self, e: &LinkError) {
        self.link_entry
            .get_or_insert_with(LinkEntry::new)
            .failed(e.lines());
    }
}
