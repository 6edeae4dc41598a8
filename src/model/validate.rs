//! Validation: every range and rule of model.md, checked before a projection runs.
//!
//! A value outside its range is a problem that names the field and the allowed range; nothing
//! is silently clamped. All problems are collected, not only the first.

use std::fmt;

use super::assumptions::{
    COUNTRY_SCALARS, PROJECT_AMOUNT_RANGE, SCALARS, TILT_RANGE, Unit, tilt_path, trim,
};
use super::reference::{Country, Sector};
use super::scenario::{FundContributions, Instrument, Scenario, ShareRule};

/// Tolerance on shares and profiles that must sum to 1.
pub const SUM_TOLERANCE: f64 = 1e-6;

/// One thing wrong with a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Path of the field in the scenario file, e.g. `capital.paid_in_ratio`.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// What would be accepted, where that can be said briefly.
    pub allowed: Option<String>,
    /// The other fields whose values make this a problem, most direct first (`start_year` for
    /// a year outside the horizon): where a file that leaves `field` out is pointed to.
    pub depends_on: Vec<String>,
}

impl Problem {
    pub(crate) fn new(
        field: impl Into<String>,
        message: impl Into<String>,
        allowed: Option<String>,
    ) -> Self {
        Problem {
            field: field.into(),
            message: message.into(),
            allowed,
            depends_on: Vec::new(),
        }
    }

    /// Names the other fields a rule across fields depends on.
    fn depending_on(mut self, fields: &[&str]) -> Self {
        self.depends_on = fields.iter().map(|f| (*f).to_owned()).collect();
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The field stays as written in the file: that is what the reader must find.
        let text = match &self.allowed {
            Some(allowed) => crate::t!(
                "problem-display-allowed",
                field = self.field.as_str(),
                message = self.message.as_str(),
                allowed = allowed.as_str()
            ),
            None => crate::t!(
                "problem-display",
                field = self.field.as_str(),
                message = self.message.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// A scenario that cannot be projected, with every problem found.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", crate::t!("invalid-summary", count = .0.len(), first = first_line(.0)))]
pub struct Invalid(pub Vec<Problem>);

fn first_line(problems: &[Problem]) -> String {
    problems
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// Checks a number against a closed range, recording a problem that names the field. The name
/// is only built when there is a problem: validation runs on every edit.
///
/// The value is said as the file has it, so that the reader can find it, followed by the form
/// the panel shows where that differs (`0.9 (90 %)`); the allowed range is said in the panel's
/// form (`5 % to 50 %`), in the reader's conventions. `unit` is the assumption's unit, or `None`
/// for a plain number (a sector mix's weight).
fn check_range(
    problems: &mut Vec<Problem>,
    field: impl FnOnce() -> String,
    value: f64,
    (min, max): (f64, f64),
    unit: Option<Unit>,
) {
    let shown = |v: f64| match unit {
        Some(u @ (Unit::Fraction | Unit::RatePerYear | Unit::UsdBn | Unit::UsdBnPerYear)) => {
            u.format(v)
        }
        _ => crate::i18n::num::trimmed(v),
    };
    let allowed = || {
        Some(crate::t!(
            "range-allowed",
            min = shown(min),
            max = shown(max)
        ))
    };
    if !value.is_finite() {
        problems.push(Problem::new(
            field(),
            crate::t!("problem-not-finite"),
            allowed(),
        ));
    } else if value < min || value > max {
        let (in_file, in_panel) = (trim(value), shown(value));
        let message = if in_panel == in_file {
            crate::t!("problem-outside-allowed", value = in_file)
        } else {
            crate::t!(
                "problem-outside-allowed-shown",
                value = in_file,
                shown = in_panel
            )
        };
        problems.push(Problem::new(field(), message, allowed()));
    }
}

/// Checks that shares sum to 1; `depends_on` names the fields that make the sum matter.
fn check_sum_to_one(problems: &mut Vec<Problem>, field: &str, sum: f64, depends_on: &[&str]) {
    if sum.is_finite() && (sum - 1.0).abs() > SUM_TOLERANCE {
        problems.push(
            Problem::new(
                field,
                crate::t!("problem-sum", sum = trim(sum)),
                Some(crate::t!("problem-sum-allowed")),
            )
            .depending_on(depends_on),
        );
    }
}

fn check_year_in_horizon(problems: &mut Vec<Problem>, s: &Scenario, field: &str, year: i32) {
    if year < s.start_year || year > s.end_year() {
        problems.push(
            Problem::new(
                field,
                crate::t!("problem-outside-horizon", year = year.to_string()),
                Some(crate::t!(
                    "range-allowed",
                    min = s.start_year.to_string(),
                    max = s.end_year().to_string()
                )),
            )
            .depending_on(&["start_year", "years"]),
        );
    }
}

impl Scenario {
    /// Checks every range and rule; returns all problems found.
    pub fn validate(&self) -> Result<(), Invalid> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Invalid(problems))
        }
    }

    /// Every problem with the scenario, in file order.
    pub fn problems(&self) -> Vec<Problem> {
        let mut p = self.assumption_problems();
        self.uncertainty.problems(&mut p);
        p
    }

    /// The problems with the assumptions alone, the uncertainty study left out: what each
    /// uncertainty run checks, its study having been checked once before the runs.
    pub(crate) fn assumption_problems(&self) -> Vec<Problem> {
        let mut p = Vec::new();
        for spec in SCALARS {
            check_range(
                &mut p,
                || spec.path.to_owned(),
                (spec.get)(self),
                (spec.min, spec.max),
                Some(spec.unit),
            );
        }
        self.check_horizon_rules(&mut p);
        self.check_countries(&mut p);
        self.check_sectors(&mut p);
        self.check_terms(&mut p);
        self.check_fund(&mut p);
        self.check_projects(&mut p);
        p
    }

    fn check_horizon_rules(&self, p: &mut Vec<Problem>) {
        check_year_in_horizon(p, self, "capital.first_year", self.capital.first_year);
        check_year_in_horizon(p, self, "fund.first_year", self.fund.first_year);
    }

    fn check_countries(&self, p: &mut Vec<Problem>) {
        for (country, ca) in &self.countries {
            for spec in COUNTRY_SCALARS {
                check_range(
                    p,
                    || spec.path(*country),
                    (spec.get)(ca),
                    (spec.min, spec.max),
                    Some(spec.unit),
                );
            }
            for (sector, share) in &ca.sector_mix {
                let field = || format!("countries.{}.sector_mix.{}", country.code(), sector.id());
                check_range(p, field, *share, (0.0, 1.0), None);
            }
            for (field, share) in [("bank_share", ca.bank_share), ("fund_share", ca.fund_share)] {
                if let Some(share) = share {
                    let field = || format!("countries.{}.{field}", country.code());
                    check_range(p, field, share, (0.0, 1.0), Some(Unit::Fraction));
                }
            }
        }

        let members: Vec<Country> = Country::ALL
            .into_iter()
            .filter(|c| self.country(*c).member)
            .collect();
        if members.is_empty() {
            p.push(Problem::new(
                "countries",
                crate::t!("problem-no-member"),
                Some(crate::t!("problem-no-member-allowed")),
            ));
        } else if self.capital.share_rule != ShareRule::Custom
            && self.capital.share_cap * (members.len() as f64) < 1.0 - SUM_TOLERANCE
        {
            p.push(
                Problem::new(
                    "capital.share_cap",
                    crate::t!(
                        "problem-share-cap",
                        members = members.len(),
                        cap = trim(self.capital.share_cap)
                    ),
                    Some(crate::t!(
                        "problem-at-least",
                        value = trim(1.0 / members.len() as f64)
                    )),
                )
                .depending_on(&["countries", "capital.share_rule"]),
            );
        }
        if self.capital.share_rule == ShareRule::Custom {
            self.check_custom_shares(p, &members, "bank_share", "capital.share_rule", |c| {
                self.country(c).bank_share
            });
        }
        if self.fund.contributions == FundContributions::Custom {
            self.check_custom_shares(p, &members, "fund_share", "fund.contributions", |c| {
                self.country(c).fund_share
            });
        }

        let borrowers = Country::ALL
            .into_iter()
            .filter(|c| self.country(*c).borrows);
        let mut any_weight = false;
        for country in borrowers {
            let ca = self.country(country);
            let tilted: f64 = ca
                .sector_mix
                .iter()
                .map(|(sector, share)| share * self.tilt(*sector))
                .sum();
            any_weight |= ca.weight > 0.0;
            if ca.weight > 0.0 && tilted.is_finite() && tilted <= 0.0 {
                p.push(
                    Problem::new(
                        format!("countries.{}.sector_mix", country.code()),
                        crate::t!("problem-mix-zero"),
                        Some(crate::t!("problem-mix-zero-allowed")),
                    )
                    .depending_on(&["sector_tilt", "countries"]),
                );
            }
        }
        if !any_weight && self.demand.first_year_approvals > 0.0 {
            p.push(
                Problem::new(
                    "countries",
                    crate::t!("problem-no-weight"),
                    Some(crate::t!("problem-no-weight-allowed")),
                )
                .depending_on(&["demand.first_year_approvals"]),
            );
        }
    }

    fn check_custom_shares(
        &self,
        p: &mut Vec<Problem>,
        members: &[Country],
        key: &str,
        rule: &str,
        share: impl Fn(Country) -> Option<f64>,
    ) {
        let mut sum = 0.0;
        for &country in members {
            match share(country) {
                Some(v) => sum += v,
                None => p.push(
                    Problem::new(
                        format!("countries.{}.{key}", country.code()),
                        crate::t!("problem-custom-share"),
                        Some(crate::t!("problem-number-0-1")),
                    )
                    .depending_on(&[rule, "countries"]),
                ),
            }
        }
        check_sum_to_one(p, &format!("countries.*.{key}"), sum, &[rule, "countries"]);
    }

    fn check_sectors(&self, p: &mut Vec<Problem>) {
        for (sector, tilt) in &self.sector_tilt {
            check_range(p, || tilt_path(*sector), *tilt, TILT_RANGE, None);
        }
    }

    fn check_terms(&self, p: &mut Vec<Problem>) {
        if self.terms.grace >= self.terms.tenor {
            p.push(
                Problem::new(
                    "terms.grace",
                    crate::t!(
                        "problem-grace",
                        grace = self.terms.grace,
                        tenor = self.terms.tenor
                    ),
                    Some(crate::t!(
                        "range-allowed",
                        min = "0",
                        max = self.terms.tenor.saturating_sub(1).to_string()
                    )),
                )
                .depending_on(&["terms.tenor"]),
            );
        }
        let sum: f64 = self.terms.disbursement_profile.iter().sum();
        check_sum_to_one(p, "terms.disbursement_profile", sum, &[]);
    }

    fn check_fund(&self, p: &mut Vec<Problem>) {
        let f = &self.fund;
        if f.investment_period >= f.fund_life {
            p.push(
                Problem::new(
                    "fund.investment_period",
                    crate::t!(
                        "problem-investment-period",
                        period = f.investment_period,
                        life = f.fund_life
                    ),
                    Some(crate::t!(
                        "range-allowed",
                        min = "2",
                        max = f.fund_life.saturating_sub(1).to_string()
                    )),
                )
                .depending_on(&["fund.fund_life"]),
            );
        }
        if f.call_rates.is_empty() {
            p.push(Problem::new(
                "fund.call_rates",
                crate::t!("problem-no-call-rate"),
                Some(crate::t!("problem-call-rates-allowed")),
            ));
        }
        for (i, rate) in f.call_rates.iter().enumerate() {
            check_range(
                p,
                || format!("fund.call_rates[{i}]"),
                *rate,
                (0.0, 1.0),
                Some(Unit::Fraction),
            );
        }
        for (sector, share) in &f.mandate {
            check_range(
                p,
                || format!("fund.mandate.{}", sector.id()),
                *share,
                (0.0, 1.0),
                Some(Unit::Fraction),
            );
        }
        if f.commitments > 0.0 {
            let sum = f.mandate.values().sum();
            check_sum_to_one(p, "fund.mandate", sum, &["fund.commitments"]);
        }
    }

    fn check_projects(&self, p: &mut Vec<Problem>) {
        for (i, project) in self.projects.iter().enumerate() {
            let at = |key: &str| format!("projects[{i}].{key}");
            if project.name.trim().is_empty() {
                p.push(Problem::new(
                    at("name"),
                    crate::t!("problem-project-name"),
                    None,
                ));
            }
            check_range(
                p,
                || at("amount"),
                project.amount,
                PROJECT_AMOUNT_RANGE,
                Some(Unit::UsdBn),
            );
            check_year_in_horizon(p, self, &at("year"), project.year);
            let country = self.country(project.country);
            if project.instrument == Instrument::Bank && !country.borrows {
                let borrows = format!("countries.{}.borrows", project.country.code());
                p.push(
                    Problem::new(
                        at("country"),
                        crate::t!("problem-not-borrowing", country = project.country.name()),
                        Some(crate::t!("problem-not-borrowing-allowed")),
                    )
                    .depending_on(&[&borrows]),
                );
            }
        }
    }

    /// The tilt of a sector; 1 where the file does not name it.
    pub fn tilt(&self, sector: Sector) -> f64 {
        self.sector_tilt.get(&sector).copied().unwrap_or(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_is_valid() {
        assert_eq!(Scenario::default().problems(), vec![]);
    }

    #[test]
    fn out_of_range_value_names_field_and_range() {
        let mut s = Scenario::default();
        s.capital.paid_in_ratio = 0.7;
        let problems = s.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "capital.paid_in_ratio: 0.7 (70 %) is outside the allowed range (allowed: 5 % to 50 %)"
        );
    }

    #[test]
    fn non_finite_values_are_problems_not_clamps() {
        let mut s = Scenario::default();
        s.pricing.base_rate = f64::NAN;
        s.demand.growth = f64::INFINITY;
        let fields: Vec<_> = s.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["demand.growth", "pricing.base_rate"]);
    }

    #[test]
    fn all_problems_are_collected() {
        let mut s = Scenario::default();
        s.terms.grace = 25;
        s.terms.disbursement_profile = [0.5, 0.5, 0.5, 0.0, 0.0, 0.0];
        s.fund.investment_period = 8;
        s.fund.fund_life = 8;
        let text: Vec<_> = s.problems().iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|t| t.starts_with("terms.grace: 25 is outside")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("leaves nothing of a 20-year tenor"))
        );
        assert!(
            text.iter()
                .any(|t| t.contains("the shares sum to 1.5, not 1"))
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("fund.investment_period: an investment"))
        );
    }

    #[test]
    fn infeasible_share_cap_is_explained() {
        let mut s = Scenario::default();
        s.capital.share_cap = 0.10;
        for c in [Country::KGZ, Country::TJK] {
            if let Some(ca) = s.countries.get_mut(&c) {
                ca.member = false;
            }
        }
        let problems = s.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("8 members capped at 0.1"));
    }
}
