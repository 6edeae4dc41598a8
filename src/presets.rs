//! The preset scenarios in `scenarios/`, built into the binary so that "New from preset" works
//! wherever the app is installed. The files are the source: edit them, not this list.

use std::borrow::Cow;

/// A preset: its file name (without `.ron`) and its text.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    pub id: &'static str,
    pub text: &'static str,
}

macro_rules! preset {
    ($id:literal) => {
        Preset {
            id: $id,
            text: include_str!(concat!("../scenarios/", $id, ".ron")),
        }
    };
}

/// Every preset, the baseline first.
pub const PRESETS: [Preset; 11] = [
    preset!("baseline"),
    preset!("ndb_equal_shares"),
    preset!("aiib_gdp_100bn"),
    preset!("green_corridors"),
    preset!("industrial_fund_push"),
    preset!("stress"),
    preset!("delayed_start"),
    preset!("named_projects"),
    preset!("sustainable_lending"),
    preset!("aiib_replay_2016"),
    preset!("very_strong_capital"),
];

/// Looks a preset up by id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

impl Preset {
    /// The preset's title in the reader's language (the file's own title is English).
    pub fn title(&self) -> String {
        crate::i18n::tr(&format!("preset-{}-title", self.id.replace('_', "-")))
    }

    /// The question the preset asks, in the reader's language.
    pub fn question(&self) -> String {
        crate::i18n::tr(&format!("preset-{}-question", self.id.replace('_', "-")))
    }

    /// The stem of the preset's translation keys: `preset-<id with dashes>`.
    fn key_stem(&self) -> String {
        format!("preset-{}", self.id.replace('_', "-"))
    }

    /// The preset's scenario, as its file has it: its title, question, author, notes and
    /// project names stay the file's English, so that a scenario saved in any language writes
    /// the preset's own text; [`shown`] puts them in the reader's language on screen.
    pub fn scenario(&self) -> Result<crate::model::Scenario, crate::file::LoadError> {
        Ok(crate::file::read(self.text, self.id)?.scenario)
    }
}

/// A text field of a scenario that, when it is exactly a preset's own, is shown in the
/// reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Question,
    Notes,
    Author,
    /// A named project's name.
    Project,
    /// A named project's source.
    Source,
}

/// One preset text: its field, its English (as the file has it) and its translation key.
#[derive(Clone, Debug)]
pub struct Known {
    pub field: Field,
    pub english: String,
    pub key: String,
}

/// Every translatable text of every preset (read once from the embedded files).
pub fn known() -> &'static [Known] {
    static KNOWN: std::sync::OnceLock<Vec<Known>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut all = Vec::new();
        for p in &PRESETS {
            let Ok(s) = p.scenario() else { continue };
            let stem = p.key_stem();
            let mut push = |field, english: &str, key: String| {
                if !english.trim().is_empty() {
                    all.push(Known {
                        field,
                        english: english.to_owned(),
                        key,
                    });
                }
            };
            push(Field::Title, &s.meta.title, format!("{stem}-title"));
            push(
                Field::Question,
                &s.meta.description,
                format!("{stem}-question"),
            );
            push(Field::Notes, &s.meta.notes, format!("{stem}-notes"));
            push(Field::Author, &s.meta.author, "preset-author".to_owned());
            for (i, project) in s.projects.iter().enumerate() {
                push(
                    Field::Project,
                    &project.name,
                    format!("{stem}-project-{}", i + 1),
                );
                push(
                    Field::Source,
                    &project.source,
                    format!("{stem}-source-{}", i + 1),
                );
            }
        }
        all
    })
}

/// The text to show for a scenario's `field`: its translation when the text is exactly a
/// preset's own (unchanged), else the text as it is. Files never hold the translation.
pub fn shown(field: Field, text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() || crate::i18n::current() == crate::i18n::Lang::En {
        return Cow::Borrowed(text);
    }
    match known()
        .iter()
        .find(|k| k.field == field && k.english == text)
    {
        Some(k) if crate::i18n::has(&k.key) => Cow::Owned(crate::i18n::tr(&k.key)),
        _ => Cow::Borrowed(text),
    }
}

/// The preset this scenario is, unchanged: its title and assumptions are exactly the preset's
/// (its dates and pinned reference may differ). An edited copy is no longer the preset.
pub fn unchanged(s: &crate::model::Scenario) -> Option<&'static Preset> {
    static PARSED: std::sync::OnceLock<Vec<(&'static Preset, crate::model::Scenario)>> =
        std::sync::OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        PRESETS
            .iter()
            .filter_map(|p| Some((p, p.scenario().ok()?)))
            .collect()
    });
    parsed
        .iter()
        .find(|(_, preset)| preset.meta.title == s.meta.title && same_assumptions(preset, s))
        .map(|(p, _)| *p)
}

/// Whether two scenarios make the same assumptions, whatever their titles, notes and dates.
pub fn same_assumptions(a: &crate::model::Scenario, b: &crate::model::Scenario) -> bool {
    let mut b = b.clone();
    b.meta = a.meta.clone();
    *a == b
}

/// The words a scenario started from a preset takes once the user changes an assumption, so
/// that its file, its brief and Compare stop claiming to be the preset: "Baseline (edited)",
/// no author, and the preset's question kept in the notes (with where it came from) rather than
/// asked above results it no longer answers. Written in the reader's language: the scenario is
/// the user's own from here on.
pub fn edited_copy_meta(
    preset: &Preset,
    meta: &crate::model::scenario::Metadata,
) -> crate::model::scenario::Metadata {
    let title = preset.title();
    crate::model::scenario::Metadata {
        title: crate::t!("preset-edited-title", title = title.as_str()),
        author: String::new(),
        description: String::new(),
        notes: crate::t!(
            "preset-edited-notes",
            title = title.as_str(),
            question = preset.question()
        ),
        ..meta.clone()
    }
}

/// Two scenarios' titles as shown side by side (Compare), in the reader's language. When they
/// read alike (a copy saved under its original's title, two files titled the same, two untitled
/// scenarios) each is marked, "X (this scenario)" and "X (the reference)", so that two
/// different scenarios are never named alike.
pub fn told_apart(current: &str, reference: &str) -> (String, String) {
    let titled = |title: &str| match shown(Field::Title, title).trim() {
        "" => crate::t!("brief-untitled"),
        title => title.to_owned(),
    };
    let (current, reference) = (titled(current), titled(reference));
    if current.to_lowercase() != reference.to_lowercase() {
        return (current, reference);
    }
    (
        crate::t!("name-alike-current", name = current.as_str()),
        crate::t!("name-alike-reference", name = reference.as_str()),
    )
}

#[cfg(test)]
mod told_apart_tests {
    use super::told_apart;

    #[test]
    fn two_scenarios_are_never_named_alike() {
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
        assert_eq!(
            told_apart("Baseline (edited)", "Baseline"),
            ("Baseline (edited)".into(), "Baseline".into())
        );
        assert_eq!(
            told_apart("Baseline", "baseline "),
            (
                "Baseline (this scenario)".into(),
                "baseline (the reference)".into()
            )
        );
        assert_eq!(
            told_apart("", " "),
            (
                "Untitled scenario (this scenario)".into(),
                "Untitled scenario (the reference)".into()
            )
        );
        crate::i18n::set_for_thread(crate::i18n::Lang::Ru);
        let (a, b) = told_apart("Baseline", "Baseline");
        assert_ne!(a, b);
        assert!(a.starts_with("Базовый сценарий"), "{a}");
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
    }
}
