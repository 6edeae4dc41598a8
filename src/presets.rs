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
pub const PRESETS: [Preset; 8] = [
    preset!("baseline"),
    preset!("ndb_equal_shares"),
    preset!("aiib_gdp_100bn"),
    preset!("green_corridors"),
    preset!("industrial_fund_push"),
    preset!("stress"),
    preset!("delayed_start"),
    preset!("named_projects"),
];

/// Looks a preset up by id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
