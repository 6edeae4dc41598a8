//! What an explanation can move from one scenario to the other: every assumption of the file
//! that the projection reads, one at a time, except those that are only valid together, which
//! move as one (model.md §3c):
//! - the tenor and the grace period (grace must stay below the tenor);
//! - the fund's investment period and life (the period must stay below the life);
//! - the six shares of the disbursement profile (they sum to 1);
//! - the share rule with every member's custom bank share, and who pays into the fund with
//!   every custom fund share (custom shares sum to 1 and are needed under the custom rule);
//! - a country's sector mix, the fund's mandate and the call rates, each a set of shares.
//!
//! The study's own settings (seed, runs, distributions) and the metadata do not change a
//! projection and are never moved.

use super::super::assumptions::{COUNTRY_SCALARS, Class, CountrySpec, Group, SCALARS, ScalarSpec};
use super::super::compare::Difference;
use super::super::lever::Lever;
use super::super::reference::{Country, Sector};
use super::super::scenario::{CountryAssumptions, Scenario, sector_array};

/// One assumption, or a set only valid together, that can take the other scenario's value.
#[derive(Clone, Copy, Debug)]
pub enum Move {
    /// A scalar of the catalogue (the horizon included).
    Scalar(&'static ScalarSpec),
    TenorAndGrace,
    InvestmentPeriodAndLife,
    DisbursementProfile,
    /// `capital.share_rule` and every country's `bank_share`.
    ShareRule,
    /// `fund.contributions` and every country's `fund_share`.
    FundContributions,
    Amortisation,
    EnforceLimit,
    SpreadFollows,
    Member(Country),
    Borrows(Country),
    /// One country's value of a per-country scalar.
    CountryScalar(&'static CountrySpec, Country),
    SectorMix(Country),
    Tilt(Sector),
    Mandate,
    CallRates,
    /// The named project at this place in the list (added, removed or changed).
    Project(usize),
}

impl PartialEq for Move {
    /// Each move has a path of its own.
    fn eq(&self, other: &Self) -> bool {
        self.path() == other.path()
    }
}

/// The scalars that move with another one, and so are not moves of their own.
const TOGETHER: [&str; 4] = [
    "terms.tenor",
    "terms.grace",
    "fund.investment_period",
    "fund.fund_life",
];

impl Move {
    /// Every move between `a` and `b`, whether they differ or not, in file order.
    pub fn all(a: &Scenario, b: &Scenario) -> Vec<Move> {
        let mut out: Vec<Move> = SCALARS
            .iter()
            .filter(|spec| {
                !TOGETHER.contains(&spec.path)
                    && !spec.path.starts_with("terms.disbursement_profile")
            })
            .map(Move::Scalar)
            .collect();
        out.extend([
            Move::TenorAndGrace,
            Move::InvestmentPeriodAndLife,
            Move::DisbursementProfile,
            Move::ShareRule,
            Move::FundContributions,
            Move::Amortisation,
            Move::EnforceLimit,
            Move::SpreadFollows,
        ]);
        for c in Country::ALL {
            out.extend([Move::Member(c), Move::Borrows(c)]);
            out.extend(
                COUNTRY_SCALARS
                    .iter()
                    .map(|spec| Move::CountryScalar(spec, c)),
            );
            out.push(Move::SectorMix(c));
        }
        out.extend(Sector::ALL.map(Move::Tilt));
        out.extend([Move::Mandate, Move::CallRates]);
        out.extend((0..a.projects.len().max(b.projects.len())).map(Move::Project));
        out
    }

    /// The moves whose values differ between `a` and `b`.
    pub fn between(a: &Scenario, b: &Scenario) -> Vec<Move> {
        Move::all(a, b)
            .into_iter()
            .filter(|m| m.differs(a, b))
            .collect()
    }

    /// Whether `a` and `b` hold different values here.
    pub fn differs(&self, a: &Scenario, b: &Scenario) -> bool {
        let bits = |x: f64, y: f64| x.to_bits() != y.to_bits();
        let shares = |get: fn(&CountryAssumptions) -> Option<f64>| {
            Country::ALL.iter().any(|c| {
                get(a.country(*c)).map(f64::to_bits) != get(b.country(*c)).map(f64::to_bits)
            })
        };
        match self {
            Move::Scalar(spec) => bits((spec.get)(a), (spec.get)(b)),
            Move::TenorAndGrace => a.terms.tenor != b.terms.tenor || a.terms.grace != b.terms.grace,
            Move::InvestmentPeriodAndLife => {
                a.fund.investment_period != b.fund.investment_period
                    || a.fund.fund_life != b.fund.fund_life
            }
            Move::DisbursementProfile => a
                .terms
                .disbursement_profile
                .iter()
                .zip(&b.terms.disbursement_profile)
                .any(|(x, y)| bits(*x, *y)),
            Move::ShareRule => {
                a.capital.share_rule != b.capital.share_rule || shares(|c| c.bank_share)
            }
            Move::FundContributions => {
                a.fund.contributions != b.fund.contributions || shares(|c| c.fund_share)
            }
            Move::Amortisation => a.terms.amortisation != b.terms.amortisation,
            Move::EnforceLimit => a.policy.enforce_limit != b.policy.enforce_limit,
            Move::SpreadFollows => {
                a.pricing.spread_follows_assessment != b.pricing.spread_follows_assessment
            }
            Move::Member(c) => a.country(*c).member != b.country(*c).member,
            Move::Borrows(c) => a.country(*c).borrows != b.country(*c).borrows,
            Move::CountryScalar(spec, c) => {
                bits((spec.get)(a.country(*c)), (spec.get)(b.country(*c)))
            }
            Move::SectorMix(c) => {
                let (x, y) = (
                    sector_array(&a.country(*c).sector_mix),
                    sector_array(&b.country(*c).sector_mix),
                );
                x.iter().zip(&y).any(|(x, y)| bits(*x, *y))
            }
            Move::Tilt(k) => bits(Lever::Tilt(*k).get(a), Lever::Tilt(*k).get(b)),
            Move::Mandate => {
                let (x, y) = (sector_array(&a.fund.mandate), sector_array(&b.fund.mandate));
                x.iter().zip(&y).any(|(x, y)| bits(*x, *y))
            }
            Move::CallRates => {
                a.fund.call_rates.len() != b.fund.call_rates.len()
                    || a.fund
                        .call_rates
                        .iter()
                        .zip(&b.fund.call_rates)
                        .any(|(x, y)| bits(*x, *y))
            }
            Move::Project(i) => a.projects.get(*i) != b.projects.get(*i),
        }
    }

    /// Gives `to` the value that `from` holds here. A named project is not moved alone (the
    /// list is rebuilt at once, see [`with_moves`]): places shift when one is removed.
    fn apply(&self, to: &mut Scenario, from: &Scenario) {
        match self {
            Move::Scalar(spec) => (spec.set)(to, (spec.get)(from)),
            Move::TenorAndGrace => {
                to.terms.tenor = from.terms.tenor;
                to.terms.grace = from.terms.grace;
            }
            Move::InvestmentPeriodAndLife => {
                to.fund.investment_period = from.fund.investment_period;
                to.fund.fund_life = from.fund.fund_life;
            }
            Move::DisbursementProfile => {
                to.terms.disbursement_profile = from.terms.disbursement_profile;
            }
            Move::ShareRule => {
                to.capital.share_rule = from.capital.share_rule;
                for c in Country::ALL {
                    let share = from.country(c).bank_share;
                    if to.country(c).bank_share != share {
                        entry(to, c).bank_share = share;
                    }
                }
            }
            Move::FundContributions => {
                to.fund.contributions = from.fund.contributions;
                for c in Country::ALL {
                    let share = from.country(c).fund_share;
                    if to.country(c).fund_share != share {
                        entry(to, c).fund_share = share;
                    }
                }
            }
            Move::Amortisation => to.terms.amortisation = from.terms.amortisation,
            Move::EnforceLimit => to.policy.enforce_limit = from.policy.enforce_limit,
            Move::SpreadFollows => {
                to.pricing.spread_follows_assessment = from.pricing.spread_follows_assessment;
            }
            Move::Member(c) => entry(to, *c).member = from.country(*c).member,
            Move::Borrows(c) => entry(to, *c).borrows = from.country(*c).borrows,
            Move::CountryScalar(spec, c) => (spec.set)(entry(to, *c), (spec.get)(from.country(*c))),
            Move::SectorMix(c) => entry(to, *c).sector_mix = from.country(*c).sector_mix.clone(),
            Move::Tilt(k) => Lever::Tilt(*k).set(to, Lever::Tilt(*k).get(from)),
            Move::Mandate => to.fund.mandate = from.fund.mandate.clone(),
            Move::CallRates => to.fund.call_rates = from.fund.call_rates.clone(),
            Move::Project(_) => {}
        }
    }

    /// Whether a path of [`crate::model::compare::differences`] belongs to this move.
    pub fn owns(&self, path: &str) -> bool {
        let country_key = |c: &Country, key: &str| {
            path.strip_prefix("countries.")
                .and_then(|rest| rest.strip_prefix(c.code()))
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| rest == key || rest.starts_with(&format!("{key}.")))
        };
        let any_country = |key: &str| Country::ALL.iter().any(|c| country_key(c, key));
        match self {
            Move::Scalar(spec) => path == spec.path,
            Move::TenorAndGrace => matches!(path, "terms.tenor" | "terms.grace"),
            Move::InvestmentPeriodAndLife => {
                matches!(path, "fund.investment_period" | "fund.fund_life")
            }
            Move::DisbursementProfile => path.starts_with("terms.disbursement_profile"),
            Move::ShareRule => path == "capital.share_rule" || any_country("bank_share"),
            Move::FundContributions => path == "fund.contributions" || any_country("fund_share"),
            Move::Amortisation => path == "terms.amortisation",
            Move::EnforceLimit => path == "policy.enforce_limit",
            Move::SpreadFollows => path == "pricing.spread_follows_assessment",
            Move::Member(c) => country_key(c, "member"),
            Move::Borrows(c) => country_key(c, "borrows"),
            Move::CountryScalar(spec, c) => country_key(c, spec.key),
            Move::SectorMix(c) => country_key(c, "sector_mix"),
            Move::Tilt(k) => path == super::super::assumptions::tilt_path(*k),
            Move::Mandate => path.starts_with("fund.mandate."),
            Move::CallRates => path == "fund.call_rates",
            Move::Project(i) => path == format!("projects[{i}]"),
        }
    }

    /// Its first path in the file, which names its panel group and its class.
    fn path(&self) -> String {
        match self {
            Move::Scalar(spec) => spec.path.to_owned(),
            Move::TenorAndGrace => "terms.tenor".into(),
            Move::InvestmentPeriodAndLife => "fund.investment_period".into(),
            Move::DisbursementProfile => "terms.disbursement_profile".into(),
            Move::ShareRule => "capital.share_rule".into(),
            Move::FundContributions => "fund.contributions".into(),
            Move::Amortisation => "terms.amortisation".into(),
            Move::EnforceLimit => "policy.enforce_limit".into(),
            Move::SpreadFollows => "pricing.spread_follows_assessment".into(),
            Move::Member(c) => format!("countries.{}.member", c.code()),
            Move::Borrows(c) => format!("countries.{}.borrows", c.code()),
            Move::CountryScalar(spec, c) => spec.path(*c),
            Move::SectorMix(c) => format!("countries.{}.sector_mix", c.code()),
            Move::Tilt(k) => super::super::assumptions::tilt_path(*k),
            Move::Mandate => "fund.mandate".into(),
            Move::CallRates => "fund.call_rates".into(),
            Move::Project(i) => format!("projects[{i}]"),
        }
    }

    pub fn group(&self) -> Group {
        // Every move's path is one of the file's sections.
        Group::of_path(&self.path()).unwrap_or(Group::Policy)
    }

    pub fn class(&self) -> Class {
        Class::of_path(&self.path())
    }

    /// What it is, in words.
    pub fn label(&self) -> String {
        use crate::t;
        match self {
            Move::Scalar(spec) => spec.label(),
            Move::TenorAndGrace => t!("explain-tenor-grace"),
            Move::InvestmentPeriodAndLife => t!("explain-fund-period-life"),
            Move::DisbursementProfile => t!("explain-disbursement-profile"),
            Move::ShareRule => t!("explain-share-rule"),
            Move::FundContributions => t!("explain-fund-contributions"),
            Move::Amortisation => t!("diff-amortisation"),
            Move::EnforceLimit => t!("diff-enforce-limit"),
            Move::SpreadFollows => t!("diff-spread-follows"),
            Move::Member(c) => t!("diff-country-member", country = c.name()),
            Move::Borrows(c) => t!("diff-country-borrows", country = c.name()),
            Move::CountryScalar(spec, c) => spec.label_for(*c),
            Move::SectorMix(c) => t!("explain-sector-mix", country = c.name()),
            Move::Tilt(k) => t!("diff-tilt", sector = k.name()),
            Move::Mandate => t!("explain-mandate"),
            Move::CallRates => t!("diff-call-rates"),
            Move::Project(i) => t!("diff-project", number = i + 1),
        }
    }

    /// The differences of the Compare table that this move carries.
    pub fn details(&self, differences: &[Difference]) -> Vec<Difference> {
        differences
            .iter()
            .filter(|d| self.owns(&d.path))
            .cloned()
            .collect()
    }
}

/// A country's entry in `s`, made from its current (neutral) values where the file has none.
fn entry(s: &mut Scenario, c: Country) -> &mut CountryAssumptions {
    let current = s.country(c).clone();
    s.countries.entry(c).or_insert(current)
}

/// `a` with `b`'s values of the moves `moved` (a predicate over the moves' places in `moves`).
pub fn with_moves(
    a: &Scenario,
    b: &Scenario,
    moves: &[Move],
    moved: impl Fn(usize) -> bool,
) -> Scenario {
    let mut s = a.clone();
    let mut projects_moved = false;
    for (i, m) in moves.iter().enumerate() {
        if moved(i) {
            m.apply(&mut s, b);
            projects_moved |= matches!(m, Move::Project(_));
        }
    }
    if projects_moved {
        let place_moved = |place: usize| {
            moves
                .iter()
                .enumerate()
                .any(|(i, m)| matches!(m, Move::Project(p) if *p == place) && moved(i))
        };
        s.projects = (0..a.projects.len().max(b.projects.len()))
            .filter_map(|place| {
                let from = if place_moved(place) { b } else { a };
                from.projects.get(place).cloned()
            })
            .collect();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compare::differences;
    use crate::model::scenario::{Project, ShareRule};

    #[test]
    fn every_difference_of_compare_belongs_to_exactly_one_move() {
        let a = Scenario::default();
        let mut b = crate::presets::preset("sustainable_lending")
            .and_then(|p| p.scenario().ok())
            .unwrap_or_default();
        b.capital.share_rule = ShareRule::Custom;
        for (i, c) in Country::ALL.into_iter().enumerate() {
            let e = entry(&mut b, c);
            e.bank_share = Some(if i == 0 { 1.0 } else { 0.0 });
            e.sector_mix.insert(Sector::Energy, 0.5);
        }
        b.terms.tenor = 25;
        b.projects.push(Project {
            name: "X".into(),
            ..Project::default()
        });
        b.seed += 1;
        let moves = Move::all(&a, &b);
        for d in differences(&a, &b) {
            let owners = moves.iter().filter(|m| m.owns(&d.path)).count();
            let study = d.path == "seed" || d.path.starts_with("uncertainty");
            assert_eq!(owners, usize::from(!study), "{}", d.path);
        }
    }

    #[test]
    fn moving_everything_gives_the_other_scenario() {
        let a = Scenario::default();
        let mut b = a.clone();
        b.terms.tenor = 30;
        b.terms.grace = 8;
        b.countries.remove(&Country::IND);
        b.projects.push(Project {
            name: "Port".into(),
            ..Project::default()
        });
        let moves = Move::between(&a, &b);
        let s = with_moves(&a, &b, &moves, |_| true);
        assert_eq!(s.terms, b.terms);
        assert_eq!(s.projects, b.projects);
        assert_eq!(s.country(Country::IND), b.country(Country::IND));
        let none = with_moves(&a, &b, &moves, |_| false);
        assert_eq!(none, a);
    }
}
