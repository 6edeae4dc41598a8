//! The rating lens (model.md §2, "The rating lens"; issue 25): RAC by hand, the risk weights
//! and callable capital rules, the invariants with the risk-based limit on presets and random
//! scenarios, the funding feedback, and the hard limit unchanged when the lens only watches.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use common::{check_invariants, close, valid_scenario};
use proptest::prelude::*;
use sco_explorer::model::lens::{self, Assessment};
use sco_explorer::model::projection::{Cut, Event};
use sco_explorer::model::reference::Rating;
use sco_explorer::model::scenario::LendingRule;
use sco_explorer::model::{Country, Metric, Scenario, project};

/// One member, Kazakhstan (BBB), lending in year 1 only what it disburses at once, with no
/// income of any kind in year 1 (nothing is open yet) and no liquidity buffer.
fn one_country() -> Scenario {
    let mut s = Scenario::default();
    for (c, entry) in s.countries.iter_mut() {
        entry.member = *c == Country::KAZ;
        entry.borrows = *c == Country::KAZ;
        entry.sovereign_pd = 0.0;
    }
    s.years = 10;
    s.capital.share_cap = 1.0;
    s.demand.country_cap = 1.0;
    s.terms.disbursement_profile = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    s.terms.cancellation_rate = 0.0;
    s.pricing.front_end_fee = 0.0;
    s.pricing.commitment_fee = 0.0;
    s.policy.opex_fixed = 0.0;
    s.policy.opex_variable = 0.0;
    s.policy.liquidity_ratio = 0.0;
    s.risk.non_sovereign_pd = 0.0;
    s.projects.clear();
    s
}

#[test]
fn rac_by_hand_on_one_country() {
    for (pct, gamma) in [(0.0, 0.0), (0.5, 2.0), (0.9, 5.0)] {
        let mut s = one_country();
        s.policy.preferred_creditor = pct;
        s.policy.concentration_factor = gamma;
        let p = project(&s).unwrap();
        let y = &p.bank[0];
        // Year 1: paid-in S·p/n, approvals 1.5, all disbursed; no income.
        let equity = 50.0 * 0.2 / 5.0;
        let approvals = 1.5;
        assert!(close(y.equity, equity, 1e-12), "{}", y.equity);
        assert!(close(y.approvals, approvals, 1e-12));
        assert!(close(y.loans, approvals, 1e-12));
        assert_eq!(y.undisbursed, 0.0);
        let sovereign = 0.75 * approvals * 0.5 * (1.0 - pct); // BBB sovereign 50 %
        let other = 0.25 * approvals * 1.0; // BBB corporate 100 %
        let concentration = 1.0 + gamma * (1.0 - 0.10); // one country: HHI = 1
        let liquid = equity - approvals; // no borrowing: E > L
        let rwa = (sovereign + other) * concentration + 0.10 * liquid;
        assert!(close(y.rwa, rwa, 1e-12), "pct {pct}: RWA {} ≠ {rwa}", y.rwa);
        assert!(close(y.rac.unwrap(), equity / rwa, 1e-12));
        assert_eq!(y.assessment, Some(Assessment::of(equity / rwa)));
        assert!(close(
            y.equity_to_assets.unwrap(),
            equity / (approvals + liquid),
            1e-12
        ));
        // Nothing counts: Kazakhstan is BBB, the threshold AA.
        assert_eq!(y.eligible_callable, 0.0);
        assert_eq!(y.rac_with_callable, y.rac);
    }
}

#[test]
fn operational_risk_follows_the_basic_indicator_approach() {
    let s = one_country();
    let p = project(&s).unwrap();
    // Gross income = interest + treasury − funding + fees, each year's from the accounts.
    let gross: Vec<f64> = p
        .bank
        .iter()
        .map(|y| y.interest_income + y.treasury_income - y.funding_cost + y.fee_income)
        .collect();
    for t in 1..p.bank.len() {
        let y = &p.bank[t];
        let window: Vec<f64> = gross[t.saturating_sub(2)..=t]
            .iter()
            .copied()
            .filter(|g| *g > 0.0)
            .collect();
        let mean = if window.is_empty() {
            0.0
        } else {
            window.iter().sum::<f64>() / window.len() as f64
        };
        // Credit RWA by hand from the accounts: one country, everything disbursed at once.
        let kaz = 0.75 * y.loans * 0.5 * 0.5 + 0.25 * y.loans;
        let credit = kaz * (1.0 + 2.0 * 0.9);
        let rwa = credit + 0.10 * y.liquid_assets + 12.5 * 0.15 * mean;
        assert!(close(y.rwa, rwa, 1e-9), "{}: {} ≠ {rwa}", y.year, y.rwa);
    }
}

#[test]
fn risk_weights_follow_basel_two() {
    use Rating::*;
    let table = [
        (Aaa, 0.0, 0.2),
        (Aa, 0.0, 0.2),
        (A, 0.2, 0.5),
        (Bbb, 0.5, 1.0),
        (Bb, 1.0, 1.0),
        (B, 1.0, 1.5),
        (Ccc, 1.5, 1.5),
        (Unrated, 1.0, 1.0),
    ];
    for (rating, sovereign, other) in table {
        assert_eq!(rating.risk_weights(), [sovereign, other], "{rating:?}");
        // Each weight shows in a one-country bank's RWA (no preferred-creditor discount, no
        // concentration add-on, loans only sovereign or only not).
        for (share, weight) in [(1.0, sovereign), (0.0, other)] {
            let mut s = one_country();
            s.countries.get_mut(&Country::KAZ).unwrap().rating = rating;
            s.policy.preferred_creditor = 0.0;
            s.policy.concentration_factor = 0.0;
            s.demand.sovereign_share = share;
            let y = project(&s).unwrap().bank[0].clone();
            let expected = 1.5 * weight + 0.10 * y.liquid_assets;
            assert!(close(y.rwa, expected, 1e-12), "{rating:?} {share}");
        }
    }
}

#[test]
fn callable_capital_counts_only_from_members_rated_at_the_threshold() {
    use Rating::*;
    assert!(Aaa.at_least(Aa) && Aa.at_least(Aa));
    assert!(!A.at_least(Aa) && !Unrated.at_least(Aa) && !Unrated.at_least(Bbb));
    assert!(A.at_least(A) && Bbb.at_least(Bbb) && !Bb.at_least(Bbb));
    // On today's ratings, nothing counts, and the projection says so plainly.
    let s = Scenario::default();
    let p = project(&s).unwrap();
    let last = p.bank.last().unwrap();
    assert_eq!(last.eligible_callable, 0.0);
    let fact = p.events.iter().find_map(|e| match e {
        Event::CallableLeftOut {
            counted,
            total,
            largest,
            threshold,
        } => Some((*counted, *total, *largest, *threshold)),
        _ => None,
    });
    let (counted, total, (country, amount), threshold) = fact.expect("the callable fact");
    assert_eq!(counted, 0.0);
    assert!(close(total, 40.0, 1e-12));
    assert_eq!(country, Country::CHN);
    assert_eq!(threshold, Aa);
    let china = p.countries[Country::CHN.index()].bank_share * 40.0;
    assert!(close(amount, china, 1e-12));
    // China rated AA: its callable capital counts, and RAC with it rises by that over RWA.
    let mut up = s.clone();
    up.countries.get_mut(&Country::CHN).unwrap().rating = Aa;
    let q = project(&up).unwrap();
    let y = q.bank.last().unwrap();
    assert!(close(y.eligible_callable, china, 1e-12));
    assert!(close(
        y.rac_with_callable.unwrap(),
        (y.equity + china) / y.rwa,
        1e-12
    ));
    // A threshold of A counts China (A) and no one else.
    let mut a = s.clone();
    a.policy.callable_threshold = A;
    let y = project(&a).unwrap().bank.last().unwrap().clone();
    assert!(close(y.eligible_callable, china, 1e-12));
    // BBB adds India and Kazakhstan.
    let mut bbb = s;
    bbb.policy.callable_threshold = Bbb;
    let q = project(&bbb).unwrap();
    let shares = |c: Country| q.countries[c.index()].bank_share * 40.0;
    let expected = shares(Country::CHN) + shares(Country::IND) + shares(Country::KAZ);
    assert!(close(
        q.bank.last().unwrap().eligible_callable,
        expected,
        1e-12
    ));
}

/// The invariants, the risk-based limit among them, on every preset with the limit on and
/// off and the funding feedback on and off.
#[test]
fn every_preset_keeps_the_invariants_with_the_lens() {
    for preset in sco_explorer::presets::PRESETS {
        for min_rac in [None, Some(0.15), Some(0.23)] {
            for follows in [false, true] {
                let mut s = preset.scenario().unwrap();
                s.policy.min_rac = min_rac;
                s.pricing.spread_follows_assessment = follows;
                let p = project(&s).unwrap();
                if let Err(e) = check_invariants(&s, &p) {
                    panic!("{} {min_rac:?} {follows}: {e}", preset.id);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// On random valid scenarios (the generator draws ratings, the discount, the add-on, the
    /// threshold, the risk-based limit half the time and the feedback a third of it), under
    /// either lending rule: RWA ≥ 0, RAC is E / RWA, and never below the limit in a year
    /// with approvals.
    #[test]
    fn random_scenarios_keep_the_lens_invariants(s in valid_scenario(), k in 1u32..=12) {
        let mut s = s;
        if k > 6 {
            s.policy.lending_rule = LendingRule::Sustainable { lookahead: k };
        }
        let p = project(&s).expect("valid");
        if let Err(e) = check_invariants(&s, &p) {
            prop_assert!(false, "{e}");
        }
    }
}

/// With the risk-based limit set, a year it cuts says so (`cut_by = risk`), its RAC sits at
/// the limit (it lends up to it, not short of it), and the lens's results read it.
#[test]
fn the_risk_based_limit_lends_up_to_its_minimum() {
    // The baseline's RAC stays above 44 % under its 25 % equity floor: with the floor at 10 %,
    // a statutory multiple of 2.5 and demand up to 30 bn, 30 % binds first.
    let mut s = Scenario::default();
    s.policy.capital_floor = 0.10;
    s.policy.statutory_multiple = 2.5;
    s.demand.ceiling = 30.0;
    let free = project(&s).unwrap();
    s.policy.min_rac = Some(0.30);
    let p = project(&s).unwrap();
    let cut: Vec<_> = p
        .bank
        .iter()
        .filter(|y| y.cut_by == Some(Cut::Risk))
        .collect();
    assert!(!cut.is_empty(), "30 % binds");
    for y in &cut {
        assert!(y.binding);
        let rac = y.rac.unwrap();
        assert!(
            (0.30 - 1e-9..0.30 + 1e-6).contains(&rac),
            "{}: {rac}",
            y.year
        );
        assert_eq!(y.limits.risk.map(|r| r < y.demand), Some(true));
    }
    let lowest = Metric::MinRac.value(&p).unwrap();
    assert!(lowest >= 0.30 - 1e-9, "{lowest}");
    // Off, the same scenario lends more and its RAC falls further.
    assert!(free.summary.cumulative_approvals > p.summary.cumulative_approvals);
    assert!(free.summary.min_rac.unwrap() < lowest);
}

/// The funding feedback converges: on every preset the assessment, once it moves, does not
/// flip back and forth from year to year.
#[test]
fn the_funding_feedback_does_not_oscillate() {
    for preset in sco_explorer::presets::PRESETS {
        for min_rac in [None, Some(0.15)] {
            let mut s = preset.scenario().unwrap();
            s.pricing.spread_follows_assessment = true;
            s.policy.min_rac = min_rac;
            let p = project(&s).unwrap();
            let path: Vec<Assessment> = p.bank.iter().filter_map(|y| y.assessment).collect();
            for w in path.windows(3) {
                assert!(
                    !(w[0] != w[1] && w[2] == w[0]),
                    "{} {min_rac:?}: the assessment flips {:?}",
                    preset.id,
                    w
                );
            }
            // And the spread each year is the one last year's assessment sets.
            for pair in p.bank.windows(2) {
                if let (Some(a), true) = (pair[0].assessment, pair[1].operating) {
                    assert_eq!(pair[1].funding_spread, a.funding_spread());
                }
            }
        }
    }
}

/// The lens only watches unless asked to act: with the risk-based limit off and the spread
/// fixed, a one-year look-ahead still gives the hard limit's projection exactly, and lending
/// is what it was before the lens (cut only by the limits it had).
#[test]
fn a_one_year_look_ahead_is_still_the_hard_limit_with_the_lens() {
    for preset in sco_explorer::presets::PRESETS {
        let mut hard = preset.scenario().unwrap();
        hard.policy.lending_rule = LendingRule::HardLimit;
        hard.policy.min_rac = None;
        let mut one = hard.clone();
        one.policy.lending_rule = LendingRule::Sustainable { lookahead: 1 };
        let (a, b) = (project(&hard).unwrap(), project(&one).unwrap());
        assert_eq!(a, b, "{}", preset.id);
        assert!(a.bank.iter().all(|y| y.cut_by != Some(Cut::Risk)));
        // Moving the ratings moves the lens, never the lending.
        let mut rerated = hard.clone();
        for entry in rerated.countries.values_mut() {
            entry.rating = Rating::Ccc;
        }
        let c = project(&rerated).unwrap();
        for (x, y) in a.bank.iter().zip(&c.bank) {
            assert_eq!(x.approvals, y.approvals);
            assert!(y.rwa >= x.rwa - 1e-12);
        }
    }
}

/// The lens's results for studies: lowest RAC, the first year below very strong (the year
/// after the horizon when never), the years at very strong or better.
#[test]
fn the_lens_results_read_the_path() {
    let p = project(&Scenario::default()).unwrap();
    let racs: Vec<(i32, f64)> = p
        .bank
        .iter()
        .filter_map(|y| y.rac.map(|r| (y.year, r)))
        .collect();
    let lowest = racs.iter().map(|r| r.1).fold(f64::INFINITY, f64::min);
    assert_eq!(Metric::MinRac.value(&p), Some(lowest));
    let first = racs.iter().find(|r| r.1 < 0.15).map(|r| r.0);
    let after = p.start_year + p.years() as i32;
    assert_eq!(
        Metric::FirstBelowVeryStrong.value(&p),
        Some(f64::from(first.unwrap_or(after)))
    );
    let strong = racs.iter().filter(|r| r.1 >= 0.15).count();
    assert_eq!(Metric::YearsVeryStrong.value(&p), Some(strong as f64));
    for m in [
        Metric::MinRac,
        Metric::FirstBelowVeryStrong,
        Metric::YearsVeryStrong,
    ] {
        assert_eq!(Metric::parse(&m.id()), Ok(m));
    }
}

/// A guardrail sentence when the assessment falls to a new low, in three languages, with no
/// placeholder left.
#[test]
fn the_assessment_falls_in_words() {
    let mut s = Scenario::default();
    s.demand.ceiling = 30.0;
    s.policy.enforce_limit = false;
    let p = project(&s).unwrap();
    let falls: Vec<&Event> = p
        .events
        .iter()
        .filter(|e| matches!(e, Event::AssessmentFalls { .. }))
        .collect();
    assert!(!falls.is_empty());
    use sco_explorer::i18n::Lang;
    for lang in [Lang::En, Lang::Ru, Lang::Zh] {
        sco_explorer::i18n::set_for_thread(lang);
        for e in &falls {
            let text = e.to_string();
            assert!(!text.contains('{') && !text.contains('$'), "{text}");
        }
        let fact = p
            .events
            .iter()
            .find(|e| matches!(e, Event::CallableLeftOut { .. }))
            .unwrap()
            .to_string();
        assert!(!fact.contains('{'), "{fact}");
    }
    sco_explorer::i18n::set_for_thread(Lang::En);
    assert_eq!(lens::rac(1.0, 0.0), None);
}
