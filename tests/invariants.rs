//! The invariants of model.md §5, on the baseline and on random valid scenarios.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use common::{check_invariants, valid_scenario};
use proptest::prelude::*;
use sco_explorer::model::flows::{Flows, Measure};
use sco_explorer::model::scenario::LendingRule;
use sco_explorer::model::{Detail, Projection, Scenario, project, project_detail_into};

#[test]
fn baseline_keeps_every_invariant() {
    let s = Scenario::default();
    let p = project(&s).expect("the baseline is valid");
    if let Err(e) = check_invariants(&s, &p) {
        panic!("{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_scenarios_keep_every_invariant(s in valid_scenario()) {
        let problems = s.problems();
        prop_assert!(problems.is_empty(), "generator made an invalid scenario: {problems:?}");
        let p = project(&s).expect("validated above");
        if let Err(e) = check_invariants(&s, &p) {
            prop_assert!(false, "{e}");
        }
    }

    /// A lean projection (no cubes, as uncertainty runs use) keeps every other figure exactly.
    #[test]
    fn a_lean_projection_keeps_everything_but_the_cells(s in valid_scenario()) {
        let full = project(&s).expect("valid");
        let mut lean = Projection::default();
        project_detail_into(&s, &mut lean, Detail::Totals).expect("valid");
        prop_assert_eq!(lean.bank_flows.disbursements.years(), 0);
        prop_assert_eq!(lean.fund.investments.years(), 0);
        prop_assert_eq!(&lean.bank, &full.bank);
        prop_assert_eq!(&lean.bank_flows.disbursed, &full.bank_flows.disbursed);
        prop_assert_eq!(&lean.fund.invested, &full.fund.invested);
        prop_assert_eq!(&lean.fund.years, &full.fund.years);
        prop_assert_eq!(&lean.countries, &full.countries);
        prop_assert_eq!(&lean.events, &full.events);
        prop_assert_eq!(&lean.summary, &full.summary);
        // And the same buffers then take a full projection again.
        project_detail_into(&s, &mut lean, Detail::Cells).expect("valid");
        prop_assert_eq!(&lean, &full);
    }
}

/// Repayments straight from the definition: every cohort `v` repays
/// `D_v · (1 − PD·LGD)^a · schedule(a)` at age `a = t − v`, with the schedule from `ppmt`.
fn repayments_by_direct_sum(s: &Scenario, p: &Projection) -> Vec<f64> {
    use sco_explorer::model::finance::ppmt;
    use sco_explorer::model::scenario::Amortisation;
    use sco_explorer::model::{Country, LoanType, Sector};
    let (n, g) = (s.terms.tenor as usize, s.terms.grace as usize);
    let payments = s.terms.tenor - s.terms.grace;
    let d = &p.bank_flows.disbursements;
    let mut out = vec![0.0; p.years()];
    for c in Country::ALL {
        for l in LoanType::ALL {
            let (pd, lgd, spread) = match l {
                LoanType::Sovereign => (
                    s.country(c).sovereign_pd,
                    s.risk.sovereign_lgd,
                    s.pricing.sovereign_spread,
                ),
                LoanType::NonSovereign => (
                    s.risk.non_sovereign_pd,
                    s.risk.non_sovereign_lgd,
                    s.pricing.non_sovereign_spread,
                ),
            };
            let h = (pd * s.risk.pd_multiplier).min(1.0) * lgd;
            let rate = s.pricing.base_rate + s.pricing.funding_spread + spread;
            for t in 0..p.years() {
                for age in (g + 1)..=n.min(t) {
                    let schedule = match s.terms.amortisation {
                        Amortisation::EqualPrincipal => 1.0 / f64::from(payments),
                        Amortisation::Annuity => ppmt(rate, (age - g) as u32, payments, -1.0),
                    };
                    let cohort: f64 = Sector::ALL
                        .into_iter()
                        .map(|k| d.get(t - age, c, k, l))
                        .sum();
                    out[t] += cohort * (1.0 - h).powi(age as i32) * schedule;
                }
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn repayments_equal_the_direct_sum_over_cohorts(s in valid_scenario()) {
        let p = project(&s).expect("valid");
        let direct = repayments_by_direct_sum(&s, &p);
        for (t, y) in p.bank.iter().enumerate() {
            prop_assert!(
                common::close(y.repayments, direct[t], 1e-9),
                "{}: engine {} vs direct {}", y.year, y.repayments, direct[t]
            );
        }
    }
}

#[test]
fn baseline_repayments_equal_the_direct_sum_over_cohorts() {
    let s = Scenario::default();
    let p = project(&s).expect("valid");
    let direct = repayments_by_direct_sum(&s, &p);
    for (t, y) in p.bank.iter().enumerate() {
        assert!(common::close(y.repayments, direct[t], 1e-12), "{}", y.year);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The Flows diagram is a sources-and-uses statement: whatever the scenario, the period
    /// and the measure, what enters equals what leaves, and every node that both receives and
    /// sends passes on exactly what it gets, grouped or not.
    #[test]
    fn the_flows_balance_for_any_period_and_measure(
        s in valid_scenario(),
        a in 0usize..40,
        len in 0usize..40,
        approvals in any::<bool>(),
        share in 0.0f64..0.2,
    ) {
        let p = project(&s).expect("valid");
        let measure = if approvals { Measure::Approvals } else { Measure::Disbursements };
        let flows = Flows::new(&p, a, a + len, measure);
        for f in [&flows, &flows.grouped(share)] {
            let (sources, uses) = f.sources_and_uses();
            let tolerance = 1e-9 * sources.max(1.0);
            prop_assert!((sources - uses).abs() <= tolerance, "sources {} uses {}", sources, uses);
            prop_assert!(f.imbalance() <= tolerance, "a node is off by {}", f.imbalance());
            prop_assert!(f.links.iter().all(|l| l.value.is_finite() && l.value > 0.0));
        }
        prop_assert!((flows.grouped(share).total() - flows.total()).abs() <= 1e-9 * flows.total().max(1.0));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The sustainable lending rule keeps every invariant, the capital floor among them, on
    /// random valid scenarios with any look-ahead; and it never lends more in a year than the
    /// hard limit would allow that year.
    #[test]
    fn the_sustainable_rule_keeps_every_invariant(s in valid_scenario(), k in 1u32..=15) {
        let mut s = s;
        s.policy.lending_rule = LendingRule::Sustainable { lookahead: k };
        let p = project(&s).expect("still valid");
        if let Err(e) = check_invariants(&s, &p) {
            prop_assert!(false, "{e}");
        }
        for y in p.bank.iter().filter(|y| y.operating) {
            if let Some(limit) = y.lending_limit {
                prop_assert!(limit >= 0.0);
                prop_assert!(limit <= y.capacity / s.policy.credit_conversion * (1.0 + 1e-12) + 1e-12);
                prop_assert!(y.approvals <= limit * (1.0 + 1e-9) + 1e-9);
            }
        }
    }
}

/// The floor invariant under the sustainable rule on every preset.
#[test]
fn every_preset_keeps_every_invariant_under_the_sustainable_rule() {
    for preset in sco_explorer::presets::PRESETS {
        let mut s = preset.scenario().expect("a preset loads");
        s.policy.lending_rule = LendingRule::Sustainable { lookahead: 10 };
        let p = project(&s).expect("valid");
        if let Err(e) = check_invariants(&s, &p) {
            panic!("{}: {e}", preset.id);
        }
    }
}
