//! Levers: every numeric assumption a study can move, addressed by its path in the scenario
//! file. Sensitivity, goal seek and the uncertainty runs all work on levers, so each of them
//! covers the same assumptions with the same labels, units and ranges as the panel.
//!
//! The horizon (`start_year`, `years`) is not a lever: moving it changes what is measured, not
//! the bank or the fund.

use super::assumptions::{
    COUNTRY_SCALARS, CountrySpec, Group, SCALARS, ScalarSpec, TILT_RANGE, Unit, tilt_path,
};
use super::reference::{Country, Sector};
use super::scenario::{CountryAssumptions, Scenario};

/// One numeric assumption.
#[derive(Clone, Copy, Debug)]
pub enum Lever {
    /// A scenario-wide scalar from the catalogue.
    Scalar(&'static ScalarSpec),
    /// One country's value of a per-country assumption.
    Country(&'static CountrySpec, Country),
    /// The tilt of one sector.
    Tilt(Sector),
}

impl PartialEq for Lever {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Lever::Scalar(a), Lever::Scalar(b)) => a.path == b.path,
            (Lever::Country(a, x), Lever::Country(b, y)) => a.key == b.key && x == y,
            (Lever::Tilt(a), Lever::Tilt(b)) => a == b,
            _ => false,
        }
    }
}

impl Lever {
    /// Every lever, in panel order: scalars, then each country's assumptions, then sector tilts.
    pub fn all() -> impl Iterator<Item = Lever> {
        let scalars = SCALARS
            .iter()
            .filter(|spec| spec.group != Group::Horizon)
            .map(Lever::Scalar);
        let countries = Country::ALL.into_iter().flat_map(|c| {
            COUNTRY_SCALARS
                .iter()
                .map(move |spec| Lever::Country(spec, c))
        });
        let tilts = Sector::ALL.into_iter().map(Lever::Tilt);
        scalars.chain(countries).chain(tilts)
    }

    /// The lever at a file path such as `capital.subscribed`, `countries.KAZ.sovereign_pd` or
    /// `sector_tilt.renewables`.
    pub fn find(path: &str) -> Option<Lever> {
        // Parsed, not searched: validation looks levers up on every uncertainty run.
        if let Some(rest) = path.strip_prefix("countries.") {
            let (code, key) = rest.split_once('.')?;
            let country = Country::from_code(code)?;
            let spec = COUNTRY_SCALARS.iter().find(|s| s.key == key)?;
            return Some(Lever::Country(spec, country));
        }
        if let Some(id) = path.strip_prefix("sector_tilt.") {
            return Sector::ALL
                .into_iter()
                .find(|s| s.id() == id)
                .map(Lever::Tilt);
        }
        SCALARS
            .iter()
            .find(|s| s.path == path && s.group != Group::Horizon)
            .map(Lever::Scalar)
    }

    /// Path in the scenario file.
    pub fn path(&self) -> String {
        match self {
            Lever::Scalar(spec) => spec.path.to_owned(),
            Lever::Country(spec, c) => spec.path(*c),
            Lever::Tilt(sector) => tilt_path(*sector),
        }
    }

    /// What it is, in words, with the country or sector it belongs to.
    pub fn label(&self) -> String {
        match self {
            Lever::Scalar(spec) => spec.label(),
            Lever::Country(spec, c) => spec.label_for(*c),
            Lever::Tilt(sector) => crate::t!("diff-tilt", sector = sector.name()),
        }
    }

    pub fn unit(&self) -> Unit {
        match self {
            Lever::Scalar(spec) => spec.unit,
            Lever::Country(spec, _) => spec.unit,
            Lever::Tilt(_) => Unit::Multiple,
        }
    }

    /// The allowed range (validation's, so a value inside it passes the range check).
    pub fn range(&self) -> (f64, f64) {
        match self {
            Lever::Scalar(spec) => (spec.min, spec.max),
            Lever::Country(spec, _) => (spec.min, spec.max),
            Lever::Tilt(_) => TILT_RANGE,
        }
    }

    /// Takes whole numbers only.
    pub fn integer(&self) -> bool {
        match self {
            Lever::Scalar(spec) => spec.integer,
            Lever::Country(spec, _) => spec.integer,
            Lever::Tilt(_) => false,
        }
    }

    pub fn get(&self, s: &Scenario) -> f64 {
        match self {
            Lever::Scalar(spec) => (spec.get)(s),
            Lever::Country(spec, c) => (spec.get)(s.country(*c)),
            Lever::Tilt(sector) => s.sector_tilt.get(sector).copied().unwrap_or(1.0),
        }
    }

    /// Writes `value` (rounded for whole-number levers). The caller validates afterwards.
    pub fn set(&self, s: &mut Scenario, value: f64) {
        let value = if self.integer() { value.round() } else { value };
        match self {
            Lever::Scalar(spec) => (spec.set)(s, value),
            Lever::Country(spec, c) => {
                // A country absent from the file is neutral; it gets an entry of its own.
                let current: CountryAssumptions = s.country(*c).clone();
                (spec.set)(s.countries.entry(*c).or_insert(current), value);
            }
            Lever::Tilt(sector) => {
                s.sector_tilt.insert(*sector, value);
            }
        }
    }

    /// `value` kept inside the range and rounded for whole-number levers.
    pub fn clamp(&self, value: f64) -> f64 {
        let (lo, hi) = self.range();
        let v = value.clamp(lo, hi);
        if self.integer() { v.round() } else { v }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_is_found_by_its_path_and_round_trips() {
        let base = Scenario::default();
        let mut n = 0;
        for lever in Lever::all() {
            n += 1;
            assert_eq!(Lever::find(&lever.path()), Some(lever));
            let (lo, hi) = lever.range();
            let target = lever.clamp(0.5 * (lo + hi));
            let mut s = base.clone();
            lever.set(&mut s, target);
            assert!((lever.get(&s) - target).abs() < 1e-12, "{}", lever.path());
        }
        assert!(n > 90, "scalars, 12 countries × 4 and 10 tilts: {n}");
        assert!(Lever::find("years").is_none(), "the horizon is not a lever");
        assert!(Lever::find("capital.nonsense").is_none());
    }
}
