//! Older layouts of the scenario file and how each is upgraded. A schema change adds one
//! struct for the old layout here and one function that turns it into the next.

use serde::Deserialize;

use crate::model::scenario::{
    Capital, CapitalPolicy, CountryAssumptions, Demand, FundAssumptions, LoanTerms, Metadata,
    Pricing, Project, Risk, SCHEMA, Scenario,
};
use crate::model::{Country, Sector};
use std::collections::BTreeMap;

/// Fields that only schema 1 had at the top level (they moved into `meta` in schema 2).
pub const V1_TOP_LEVEL: [&str; 4] = ["title", "author", "description", "notes"];

/// Schema 1 (the first release): metadata fields at the top level, no `meta` block.
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScenarioV1 {
    #[serde(rename = "schema")]
    _schema: u32,
    title: String,
    author: String,
    description: String,
    notes: String,
    start_year: i32,
    years: u32,
    capital: Capital,
    demand: Demand,
    countries: BTreeMap<Country, CountryAssumptions>,
    sector_tilt: BTreeMap<Sector, f64>,
    terms: LoanTerms,
    pricing: Pricing,
    risk: Risk,
    policy: CapitalPolicy,
    fund: FundAssumptions,
    projects: Vec<Project>,
    seed: u64,
}

impl Default for ScenarioV1 {
    fn default() -> Self {
        let s = Scenario::default();
        ScenarioV1 {
            _schema: 1,
            title: s.meta.title,
            author: s.meta.author,
            description: s.meta.description,
            notes: s.meta.notes,
            start_year: s.start_year,
            years: s.years,
            capital: s.capital,
            demand: s.demand,
            countries: s.countries,
            sector_tilt: s.sector_tilt,
            terms: s.terms,
            pricing: s.pricing,
            risk: s.risk,
            policy: s.policy,
            fund: s.fund,
            projects: s.projects,
            seed: s.seed,
        }
    }
}

/// Schema 1 → current: the metadata moves into `meta`; the study is the baseline's.
pub fn upgrade_v1(old: ScenarioV1) -> Scenario {
    Scenario {
        schema: SCHEMA,
        meta: Metadata {
            title: old.title,
            author: old.author,
            description: old.description,
            notes: old.notes,
            ..Metadata::default()
        },
        start_year: old.start_year,
        years: old.years,
        capital: old.capital,
        demand: old.demand,
        countries: old.countries,
        sector_tilt: old.sector_tilt,
        terms: old.terms,
        pricing: old.pricing,
        risk: old.risk,
        policy: old.policy,
        fund: old.fund,
        projects: old.projects,
        seed: old.seed,
        uncertainty: Default::default(),
    }
}
