//! The preset scenarios in `scenarios/`, built into the binary so that "New from preset" works
//! wherever the app is installed. The files are the source: edit them, not this list.

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
pub const PRESETS: [Preset; 10] = [
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

    /// The preset's scenario, its title, question and author in the reader's language: a new
    /// scenario from a preset is the reader's own, to describe in their words, and a preset
    /// pinned as the reference is named in them.
    pub fn scenario(&self) -> Result<crate::model::Scenario, crate::file::LoadError> {
        let mut scenario = crate::file::read(self.text, self.id)?.scenario;
        scenario.meta.title = self.title();
        scenario.meta.description = self.question();
        scenario.meta.author = crate::i18n::tr("preset-author");
        Ok(scenario)
    }
}
