//! Which assumptions differ between two scenarios, with both values in the user's units: the
//! cause of a difference in results, not only the effect.

use super::assumptions::{COUNTRY_SCALARS, SCALARS, Unit, tilt_path};
use super::lever::Lever;
use super::reference::{Country, Sector};
use super::scenario::{
    Amortisation, FundContributions, Project, Scenario, ShareRule, sector_array,
};
use crate::i18n::num::trimmed;

/// One assumption that differs.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// Path in the scenario file.
    pub path: String,
    /// What it is, in words.
    pub label: String,
    pub first: String,
    pub second: String,
}

impl std::fmt::Display for Difference {
    /// One line, escaped: the values (a project's name, a study's path) come from the files.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let line = format!(
            "{} ({}): {} → {}",
            self.label, self.path, self.first, self.second
        );
        f.write_str(&crate::text::escaped(&line))
    }
}

/// Every assumption whose value differs between `a` and `b`, in file order. Metadata (title,
/// author, notes) is not an assumption and is not compared.
pub fn differences(a: &Scenario, b: &Scenario) -> Vec<Difference> {
    compared(a, b, false)
}

/// Every assumption of `a` and `b`, equal or not, in file order, with both values in words:
/// the workbook's list of inputs, in the same words as [`differences`].
pub fn every_assumption(a: &Scenario, b: &Scenario) -> Vec<Difference> {
    compared(a, b, true)
}

fn compared(a: &Scenario, b: &Scenario, keep_equal: bool) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut push = |path: String, label: String, first: String, second: String| {
        if keep_equal || first != second {
            out.push(Difference {
                path,
                label,
                first,
                second,
            });
        }
    };
    for spec in SCALARS {
        let (x, y) = ((spec.get)(a), (spec.get)(b));
        if keep_equal || x.to_bits() != y.to_bits() {
            push(
                spec.path.into(),
                spec.label(),
                spec.unit.format(x),
                spec.unit.format(y),
            );
        }
    }
    // The choices in the words the panel gives them.
    let rule = |r: ShareRule| {
        crate::i18n::tr(match r {
            ShareRule::Equal => "share-rule-equal",
            ShareRule::Gdp => "share-rule-gdp",
            ShareRule::Hybrid => "share-rule-hybrid",
            ShareRule::Custom => "share-rule-custom",
        })
    };
    let amortisation = |a: Amortisation| {
        crate::i18n::tr(match a {
            Amortisation::EqualPrincipal => "amortisation-equal-principal",
            Amortisation::Annuity => "amortisation-annuity",
        })
    };
    let contributions = |c: FundContributions| {
        crate::i18n::tr(match c {
            FundContributions::SameAsBank => "contributions-same",
            FundContributions::Custom => "contributions-custom",
        })
    };
    push(
        "capital.share_rule".into(),
        crate::t!("diff-share-rule"),
        rule(a.capital.share_rule),
        rule(b.capital.share_rule),
    );
    push(
        "terms.amortisation".into(),
        crate::t!("diff-amortisation"),
        amortisation(a.terms.amortisation),
        amortisation(b.terms.amortisation),
    );
    push(
        "policy.enforce_limit".into(),
        crate::t!("diff-enforce-limit"),
        yes_no(a.policy.enforce_limit),
        yes_no(b.policy.enforce_limit),
    );
    push(
        "pricing.spread_follows_assessment".into(),
        crate::t!("diff-spread-follows"),
        yes_no(a.pricing.spread_follows_assessment),
        yes_no(b.pricing.spread_follows_assessment),
    );
    push(
        "fund.contributions".into(),
        crate::t!("diff-fund-contributions"),
        contributions(a.fund.contributions),
        contributions(b.fund.contributions),
    );
    for c in Country::ALL {
        let (x, y) = (a.country(c), b.country(c));
        let at = |key: &str| format!("countries.{}.{key}", c.code());
        let name = c.name();
        push(
            at("member"),
            crate::t!("diff-country-member", country = name.as_str()),
            yes_no(x.member),
            yes_no(y.member),
        );
        push(
            at("borrows"),
            crate::t!("diff-country-borrows", country = name.as_str()),
            yes_no(x.borrows),
            yes_no(y.borrows),
        );
        for spec in COUNTRY_SCALARS {
            push(
                spec.path(c),
                spec.label_for(c),
                spec.unit.format((spec.get)(x)),
                spec.unit.format((spec.get)(y)),
            );
        }
        let share = |v: Option<f64>| {
            v.map_or_else(|| crate::t!("diff-not-set"), |v| Unit::Fraction.format(v))
        };
        push(
            at("bank_share"),
            crate::t!("diff-country-bank-share", country = name.as_str()),
            share(x.bank_share),
            share(y.bank_share),
        );
        push(
            at("fund_share"),
            crate::t!("diff-country-fund-share", country = name.as_str()),
            share(x.fund_share),
            share(y.fund_share),
        );
        let (mx, my) = (sector_array(&x.sector_mix), sector_array(&y.sector_mix));
        for k in Sector::ALL {
            push(
                format!("countries.{}.sector_mix.{}", c.code(), k.id()),
                crate::t!(
                    "diff-country-mix",
                    country = name.as_str(),
                    sector = k.name()
                ),
                // Relative weights: plain numbers, written as the reader writes them.
                trimmed(mx[k.index()]),
                trimmed(my[k.index()]),
            );
        }
    }
    for k in Sector::ALL {
        push(
            tilt_path(k),
            crate::t!("diff-tilt", sector = k.name()),
            // A tilt is a multiple, as the sliders, goal seek and the tornado write it.
            Unit::Multiple.format(a.tilt(k)),
            Unit::Multiple.format(b.tilt(k)),
        );
    }
    let (ma, mb) = (sector_array(&a.fund.mandate), sector_array(&b.fund.mandate));
    for k in Sector::ALL {
        push(
            format!("fund.mandate.{}", k.id()),
            crate::t!("diff-mandate", sector = k.name()),
            Unit::Fraction.format(ma[k.index()]),
            Unit::Fraction.format(mb[k.index()]),
        );
    }
    let rates = |s: &Scenario| {
        s.fund
            .call_rates
            .iter()
            .map(|r| Unit::Fraction.format(*r))
            .collect::<Vec<_>>()
            .join(", ")
    };
    push(
        "fund.call_rates".into(),
        crate::t!("diff-call-rates"),
        rates(a),
        rates(b),
    );
    for i in 0..a.projects.len().max(b.projects.len()) {
        push(
            format!("projects[{i}]"),
            crate::t!("diff-project", number = i + 1),
            describe_project(a.projects.get(i)),
            describe_project(b.projects.get(i)),
        );
    }
    push(
        "seed".into(),
        crate::t!("diff-seed"),
        a.seed.to_string(),
        b.seed.to_string(),
    );
    push(
        "uncertainty.runs".into(),
        crate::t!("diff-runs"),
        a.uncertainty.runs.to_string(),
        b.uncertainty.runs.to_string(),
    );
    // Distributions by assumption, whatever their order in the list.
    let study = |s: &Scenario, path: &str| {
        s.uncertainty
            .assumptions
            .iter()
            .find(|u| u.path == path)
            .map_or_else(
                || crate::t!("diff-fixed"),
                |u| match Lever::find(path) {
                    Some(lever) => u.distribution.describe(&lever),
                    None => u.distribution.kind().to_owned(),
                },
            )
    };
    let mut paths: Vec<&str> = Vec::new();
    for u in a
        .uncertainty
        .assumptions
        .iter()
        .chain(&b.uncertainty.assumptions)
    {
        if !paths.contains(&u.path.as_str()) {
            paths.push(&u.path);
        }
    }
    for path in paths {
        let label = Lever::find(path).map_or_else(|| path.to_owned(), |l| l.label());
        push(
            format!("uncertainty: {path}"),
            crate::t!("diff-distribution", assumption = label),
            study(a, path),
            study(b, path),
        );
    }
    out
}

fn yes_no(v: bool) -> String {
    crate::i18n::tr(if v { "word-yes" } else { "word-no" })
}

fn describe_project(p: Option<&Project>) -> String {
    match p {
        None => crate::t!("diff-no-project"),
        Some(p) => crate::t!(
            "diff-project-value",
            name = crate::presets::shown(crate::presets::Field::Project, &p.name).as_ref(),
            instrument = crate::i18n::tr(match p.instrument {
                super::scenario::Instrument::Bank => "instrument-bank",
                super::scenario::Instrument::Fund => "instrument-fund",
            }),
            country = p.country.name(),
            sector = p.sector.name(),
            amount = Unit::UsdBn.format(p.amount),
            year = p.year.to_string(),
            sovereign = if p.sovereign { "yes" } else { "no" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_scenarios_have_no_differences() {
        assert!(differences(&Scenario::default(), &Scenario::default()).is_empty());
    }

    #[test]
    fn differences_name_the_assumption_and_both_values_in_units() {
        let mut b = Scenario::default();
        b.capital.subscribed = 100.0;
        b.pricing.base_rate = 0.05;
        if let Some(kaz) = b.countries.get_mut(&Country::KAZ) {
            kaz.disbursement_delay = 2;
        }
        let d: Vec<String> = differences(&Scenario::default(), &b)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            d,
            vec![
                "Subscribed capital (capital.subscribed): 50 US$ bn → 100 US$ bn",
                "Base rate (pricing.base_rate): 3.5 %/yr → 5 %/yr",
                "Kazakhstan: disbursement delay (countries.KAZ.disbursement_delay): 0 years → 2 years",
            ]
        );
    }
}
