//! Focused behaviour of the projection engine, each on a scenario small enough to check by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use common::{check_invariants, close};
use sco_explorer::model::finance::{npv, ppmt};
use sco_explorer::model::scenario::{Amortisation, Instrument, Project};
use sco_explorer::model::{Country, Event, Scenario, Sector, project};

/// A bank with one loan: a US$ 1 bn sovereign project in Kazakhstan, disbursed at once,
/// no cancellations, no defaults, no generic demand, no fund.
fn one_loan(amortisation: Amortisation) -> Scenario {
    let mut s = Scenario::default();
    s.demand.first_year_approvals = 0.0;
    s.terms.disbursement_profile = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    s.terms.cancellation_rate = 0.0;
    s.terms.amortisation = amortisation;
    s.terms.tenor = 20;
    s.terms.grace = 5;
    s.risk.pd_multiplier = 0.0;
    s.fund.commitments = 0.0;
    s.projects.push(Project {
        name: "Test loan".into(),
        country: Country::KAZ,
        sector: Sector::Metals,
        instrument: Instrument::Bank,
        amount: 1.0,
        year: 2027,
        sovereign: true,
        source: "test".into(),
    });
    s
}

#[test]
fn an_annuity_loan_repays_the_standard_ppmt_schedule() {
    let s = one_loan(Amortisation::Annuity);
    let p = project(&s).expect("valid");
    let rate = s.pricing.base_rate + s.pricing.funding_spread + s.pricing.sovereign_spread;
    // Disbursed in 2027 (t = 0): interest only at ages 1–5, principal at ages 6–20.
    for age in 1..=5 {
        assert_eq!(p.bank[age].repayments, 0.0, "age {age}");
    }
    for k in 1..=15_u32 {
        let t = 5 + k as usize;
        let want = ppmt(rate, k, 15, -1.0);
        let got = p.bank[t].repayments;
        assert!(
            (got - want).abs() < 1e-12,
            "payment {k}: {got} vs ppmt {want}"
        );
    }
    // Paid off at age 20, nothing after.
    assert!(p.bank[20].loans.abs() < 1e-12, "{}", p.bank[20].loans);
    assert!(p.bank[21].repayments.abs() < 1e-12);
    // Interest is charged on the opening balance at the loan rate.
    assert!(close(p.bank[1].interest_income, rate * 1.0, 1e-12));
}

#[test]
fn an_equal_principal_loan_repays_one_fifteenth_a_year() {
    let s = one_loan(Amortisation::EqualPrincipal);
    let p = project(&s).expect("valid");
    for t in 6..=20 {
        assert!(
            close(p.bank[t].repayments, 1.0 / 15.0, 1e-12),
            "{t}: {}",
            p.bank[t].repayments
        );
    }
    assert!(p.bank[20].loans.abs() < 1e-12);
}

#[test]
fn write_downs_shrink_the_cohort_and_its_remaining_schedule() {
    let mut s = one_loan(Amortisation::EqualPrincipal);
    s.risk.pd_multiplier = 1.0;
    if let Some(kaz) = s.countries.get_mut(&Country::KAZ) {
        kaz.sovereign_pd = 0.02;
    }
    s.risk.sovereign_lgd = 0.5;
    let h: f64 = 0.01;
    let p = project(&s).expect("valid");
    // Year 1: the opening balance of 1 loses h.
    assert!(close(p.bank[1].losses, h, 1e-12));
    // Age 6: the first principal payment, scaled by six write-downs.
    assert!(close(p.bank[6].repayments, (1.0 - h).powi(6) / 15.0, 1e-12));
    assert!(
        p.bank[20].loans.abs() < 1e-12,
        "the written-down schedule still pays off"
    );
    check_invariants(&s, &p).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_binding_capital_floor_cuts_approvals_to_exactly_the_capacity() {
    let mut s = Scenario::default();
    s.demand.first_year_approvals = 10.0;
    s.demand.growth = 0.0;
    s.demand.ceiling = 50.0;
    s.demand.absorption_cap = 0.05;
    s.demand.country_cap = 1.0;
    s.policy.credit_conversion = 0.8;
    let p = project(&s).expect("valid");
    let binding: Vec<_> = p.bank.iter().filter(|y| y.binding).collect();
    assert!(
        !binding.is_empty(),
        "demand of 10 a year must outrun $10bn of paid-in capital"
    );
    for y in binding {
        let allowed = y.capacity / s.policy.credit_conversion;
        assert!(
            close(y.approvals, allowed, 1e-12),
            "{}: {} vs {allowed}",
            y.year,
            y.approvals
        );
        assert!(close(y.capital_cut, y.demand - allowed, 1e-12));
        let floor = y.opening_equity / y.exposure_after_approvals;
        assert!(
            floor >= s.policy.capital_floor - 1e-12,
            "{}: {floor}",
            y.year
        );
    }
    assert_eq!(
        p.summary.first_binding_year,
        p.bank.iter().find(|y| y.binding).map(|y| y.year)
    );
    assert!(matches!(
        p.events.first(),
        Some(Event::LendingLimitBinds { .. })
    ));
}

#[test]
fn switching_the_capital_limit_off_lets_all_demand_through() {
    let mut s = Scenario::default();
    s.policy.enforce_limit = false;
    let p = project(&s).expect("valid");
    assert!(p.bank.iter().all(|y| !y.binding && y.capital_cut == 0.0));
    assert!(
        p.summary.cumulative_approvals
            > project(&Scenario::default())
                .expect("valid")
                .summary
                .cumulative_approvals
    );
}

#[test]
fn country_caps_redistribute_by_water_filling_and_conserve_the_total() {
    let mut s = Scenario::default();
    s.policy.enforce_limit = false;
    s.demand.country_cap = 0.2;
    s.demand.absorption_cap = 0.05;
    let p = project(&s).expect("valid");
    for (t, y) in p.bank.iter().enumerate() {
        let programme = y.demand;
        // Every country at most 20 % of the programme…
        for c in Country::ALL {
            let got = p.bank_flows.approvals.country_total(t, c);
            assert!(
                got <= 0.2 * programme + 1e-12,
                "{} {c:?}: {got} of {programme}",
                y.year
            );
        }
        // …and what China's and India's caps cut off went to the others: nothing was lost.
        assert!(close(y.approvals + y.absorption_cut, programme, 1e-12));
    }
    let first = &p.bank[0];
    let chn = p.bank_flows.approvals.country_total(0, Country::CHN);
    assert!(
        close(chn, 0.2 * first.demand, 1e-12),
        "China is capped: {chn}"
    );
    assert!(first.absorption_cut < 1e-12, "the others absorb the excess");
    assert!(p.events.iter().any(|e| matches!(
        e,
        Event::CountryCap {
            country: Country::CHN,
            ..
        }
    )));
}

#[test]
fn absorption_caps_bind_small_economies_and_the_rest_is_redistributed() {
    let s = Scenario::default();
    let p = project(&s).expect("valid");
    // Kyrgyzstan: 1 % of US$ 14 bn of GDP is US$ 0.14 bn a year.
    for t in 0..p.years() {
        let kgz = p.bank_flows.approvals.country_total(t, Country::KGZ);
        assert!(kgz <= 0.01 * 14.0 + 1e-12, "{t}: {kgz}");
    }
    assert!(p.events.iter().any(|e| matches!(
        e,
        Event::AbsorptionCap {
            country: Country::KGZ,
            ..
        }
    )));
}

#[test]
fn a_project_that_does_not_fit_is_deferred_and_said_so() {
    let mut s = Scenario::default();
    s.demand.first_year_approvals = 0.0;
    // First-year capacity is paid-in 2 / floor 0.25 = 8; a 9 bn project waits a year.
    s.projects.push(Project {
        name: "Big corridor".into(),
        country: Country::PAK,
        sector: Sector::Transport,
        instrument: Instrument::Bank,
        amount: 9.0,
        year: 2027,
        sovereign: true,
        source: "test".into(),
    });
    s.projects.push(Project {
        name: "Small plant".into(),
        country: Country::KGZ,
        sector: Sector::Renewables,
        instrument: Instrument::Bank,
        amount: 0.1,
        year: 2027,
        sovereign: true,
        source: "test".into(),
    });
    let p = project(&s).expect("valid");
    assert!(
        close(p.bank[0].approvals, 0.1, 1e-12),
        "the small one fits in 2027"
    );
    assert!(p.bank[0].binding);
    assert!(
        close(p.bank[1].approvals, 9.0, 1e-12),
        "the big one is approved in 2028"
    );
    assert!(p.events.contains(&Event::ProjectDeferred {
        name: "Big corridor".into(),
        instrument: Instrument::Bank,
        planned: 2027,
        done: 2028,
    }));
    let text: Vec<String> = p.events.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t == "Big corridor (bank loan) was deferred from 2027 to 2028."),
        "{text:?}"
    );
}

#[test]
fn the_fund_returns_everything_by_the_end_of_its_life_and_its_irr_solves_npv() {
    let s = Scenario::default();
    let p = project(&s).expect("valid");
    let f = &p.fund;
    let life_end = (s.fund.first_year + s.fund.fund_life as i32 - 1 - s.start_year) as usize;
    assert_eq!(f.years[life_end].nav, 0.0);
    let calls: f64 = f.years.iter().map(|y| y.calls).sum();
    assert!(close(calls, s.fund.commitments, 1e-12));
    // The last investment-period year calls all that is left.
    assert!(f.years[4].calls > 0.0 && f.years[5].calls == 0.0);
    let flows: Vec<f64> = f.years[..=life_end]
        .iter()
        .map(|y| y.net_cash_flow)
        .collect();
    let irr = f
        .irr
        .expect("a fund with calls and distributions has an IRR");
    assert!(
        npv(irr, &flows).abs() < 1e-9,
        "NPV at the IRR: {}",
        npv(irr, &flows)
    );
    let dist: f64 = f.years.iter().map(|y| y.distributions).sum();
    let fees: f64 = f.years.iter().map(|y| y.fees).sum();
    assert!(close(
        f.tvpi.unwrap_or_default(),
        dist / (calls + fees),
        1e-12
    ));
    // The J-curve: negative early, rising after the investment period.
    assert!(f.years[0].cumulative_net < 0.0);
    assert!(f.years[life_end].cumulative_net > f.years[4].cumulative_net);
}

#[test]
fn a_fund_alive_at_the_horizon_counts_its_nav_in_irr_and_tvpi() {
    let mut s = Scenario::default();
    s.fund.first_year = s.end_year() - 3;
    let p = project(&s).expect("valid");
    let f = &p.fund;
    let nav = f.years.last().map(|y| y.nav).unwrap_or_default();
    assert!(nav > 0.0);
    let mut flows: Vec<f64> = f
        .years
        .iter()
        .filter(|y| y.fund_year > 0)
        .map(|y| y.net_cash_flow)
        .collect();
    if let Some(last) = flows.last_mut() {
        *last += nav;
    }
    let irr = f.irr.expect("interim IRR");
    assert!(npv(irr, &flows).abs() < 1e-9);
}

#[test]
fn a_later_start_delays_everything() {
    let mut s = Scenario::default();
    s.capital.first_year = 2030;
    let p = project(&s).expect("valid");
    for y in p.bank.iter().take(3) {
        assert!(!y.operating && y.approvals == 0.0 && y.paid_in == 0.0 && y.equity == 0.0);
    }
    let base = project(&Scenario::default()).expect("valid");
    assert!(close(p.bank[3].approvals, base.bank[0].approvals, 1e-12));
}

#[test]
fn arrears_reduce_paid_in_capital_of_that_member_only() {
    let mut s = Scenario::default();
    if let Some(rus) = s.countries.get_mut(&Country::RUS) {
        rus.arrears = 0.5;
    }
    let p = project(&s).expect("valid");
    let base = project(&Scenario::default()).expect("valid");
    let rus = Country::RUS.index();
    assert!(close(
        p.paid_in_by_country[0][rus],
        0.5 * base.paid_in_by_country[0][rus],
        1e-12
    ));
    let ind = Country::IND.index();
    assert!(close(
        p.paid_in_by_country[0][ind],
        base.paid_in_by_country[0][ind],
        1e-12
    ));
}

#[test]
fn disbursement_delay_shifts_a_countrys_profile() {
    let mut s = one_loan(Amortisation::EqualPrincipal);
    if let Some(kaz) = s.countries.get_mut(&Country::KAZ) {
        kaz.disbursement_delay = 2;
    }
    let p = project(&s).expect("valid");
    assert_eq!(p.bank[0].disbursements, 0.0);
    assert_eq!(p.bank[1].disbursements, 0.0);
    assert!(close(p.bank[2].disbursements, 1.0, 1e-12));
}

#[test]
fn net_positions_add_paid_in_and_received() {
    let p = project(&Scenario::default()).expect("valid");
    let paid: f64 = p.countries.iter().map(|c| c.paid_in_bank).sum();
    assert!(
        close(paid, 50.0 * 0.2, 1e-12),
        "all of the paid-in capital is accounted for: {paid}"
    );
    let received: f64 = p
        .countries
        .iter()
        .map(|c| c.received_bank + c.received_fund)
        .sum();
    assert!(close(received, p.summary.cumulative_financing, 1e-12));
}

#[test]
fn an_out_of_range_value_is_refused_with_the_field_and_range() {
    let mut s = Scenario::default();
    s.policy.capital_floor = 0.9;
    s.fund.growth = f64::NAN;
    let err = project(&s).expect_err("invalid");
    let text: Vec<String> = err.0.iter().map(ToString::to_string).collect();
    assert!(
        text.contains(
            &"policy.capital_floor: 0.9 (90 %) is outside the allowed range (allowed: 10 % to 60 %)"
                .to_owned()
        ),
        "{text:?}"
    );
    assert!(
        text.contains(
            &"fund.growth: must be a finite number (allowed: −10 %/yr to 30 %/yr)".to_owned()
        ),
        "{text:?}"
    );
}

#[test]
fn recomputing_into_a_used_projection_gives_exactly_a_fresh_projection() {
    use sco_explorer::model::project_into;
    // A long, project-heavy scenario first, then the baseline into the same buffers.
    let mut long = one_loan(Amortisation::Annuity);
    long.years = 40;
    long.fund.commitments = 20.0;
    long.demand.first_year_approvals = 5.0;
    let mut out = project(&long).expect("valid");
    let base = Scenario::default();
    project_into(&base, &mut out).expect("valid");
    assert_eq!(out, project(&base).expect("valid"));
    // An invalid scenario leaves the previous projection untouched.
    let mut bad = base.clone();
    bad.years = 3;
    let before = out.clone();
    assert!(project_into(&bad, &mut out).is_err());
    assert_eq!(out, before);
}

/// bank.csv's `lending_limit` is what the hard limit lets the bank approve (`capacity / ccf`),
/// approvals never exceed it, and `cut_by` names the limit that cut demand: on the baseline the
/// capital floor from 2034, then the statutory multiple from 2038 (model.md §2, issue 15).
#[test]
fn the_limit_that_cuts_demand_is_named_floor_first_then_the_statutory_multiple() {
    use sco_explorer::model::projection::Cut;
    let s = Scenario::default();
    let p = project(&s).expect("valid");
    let ccf = s.policy.credit_conversion;
    for y in p.bank.iter().filter(|y| y.operating) {
        let limit = y.lending_limit.expect("the hard limit is on");
        assert!(close(limit, y.capacity / ccf, 1e-12), "{}", y.year);
        assert!(y.approvals <= limit + 1e-9, "{}", y.year);
        assert_eq!(
            y.binding,
            matches!(y.cut_by, Some(Cut::Capital | Cut::Statutory))
        );
    }
    let cut = |year: i32| {
        p.bank
            .iter()
            .find(|y| y.year == year)
            .and_then(|y| y.cut_by)
    };
    assert_eq!(cut(2033), None);
    assert_eq!(cut(2034), Some(Cut::Capital));
    assert_eq!(cut(2038), Some(Cut::Statutory));
    assert!(p.events.iter().any(|e| matches!(
        e,
        Event::StatutoryLimitBinds {
            first_year: 2038,
            ..
        }
    )));
    // Without the limit there is no limit to report.
    let mut free = s.clone();
    free.policy.enforce_limit = false;
    let p = project(&free).expect("valid");
    assert!(p.bank.iter().all(|y| y.lending_limit.is_none()));
    assert!(p.bank.iter().all(|y| y.cut_by != Some(Cut::Statutory)));
}

/// The sustainable lending rule (model.md §2, issue 15): a look-ahead of one year gives the
/// hard limit's projection exactly, through the rule's own code.
#[test]
fn a_one_year_look_ahead_is_the_hard_limit_exactly() {
    use sco_explorer::model::scenario::LendingRule;
    for preset in sco_explorer::presets::PRESETS {
        let mut hard = preset.scenario().expect("a preset loads");
        hard.policy.lending_rule = LendingRule::HardLimit;
        let mut one = hard.clone();
        one.policy.lending_rule = LendingRule::Sustainable { lookahead: 1 };
        // Compared whole (every series), reported briefly.
        let same = project(&one).expect("valid") == project(&hard).expect("valid");
        assert!(
            same,
            "{}: a one-year look-ahead differs from the hard limit",
            preset.id
        );
    }
}

/// On the baseline, a ten-year look-ahead lends the same capital steadily: the peak about half
/// the hard limit's, no year-on-year fall above 10 %, the lowest capital ratio well above the
/// floor, and cumulative approvals within 10 % of the hard limit's (model.md §2 expects "a few
/// per cent": the rule leaves out the income new loans would earn, and stops at the horizon).
#[test]
fn a_ten_year_look_ahead_lends_the_same_capital_without_a_cliff() {
    use sco_explorer::model::projection::Cut;
    use sco_explorer::model::scenario::LendingRule;
    let hard = project(&Scenario::default()).expect("valid");
    let mut s = Scenario::default();
    s.policy.lending_rule = LendingRule::Sustainable { lookahead: 10 };
    let p = project(&s).expect("valid");
    let approvals: Vec<f64> = p.bank.iter().map(|y| y.approvals).collect();
    let worst_fall = approvals
        .windows(2)
        .filter(|w| w[0] > 0.0)
        .map(|w| (w[0] - w[1]) / w[0])
        .fold(0.0, f64::max);
    let hard_fall = hard
        .bank
        .windows(2)
        .filter(|w| w[0].approvals > 0.0)
        .map(|w| (w[0].approvals - w[1].approvals) / w[0].approvals)
        .fold(0.0, f64::max);
    assert!(hard_fall > 0.7, "the hard limit's cliff: {hard_fall}");
    assert!(worst_fall <= 0.10, "worst year-on-year fall {worst_fall}");
    let peak = p.summary.peak_approvals;
    assert!(
        peak < 0.6 * hard.summary.peak_approvals,
        "peak {peak} vs {}",
        hard.summary.peak_approvals
    );
    let lowest = p.summary.min_capital_ratio.expect("a ratio");
    assert!(
        lowest > s.policy.capital_floor + 0.05,
        "lowest ratio {lowest}"
    );
    let (cum, hard_cum) = (
        p.summary.cumulative_approvals,
        hard.summary.cumulative_approvals,
    );
    assert!(
        (cum - hard_cum).abs() / hard_cum < 0.10,
        "{cum} vs {hard_cum}"
    );
    // The years it sets approvals are named, and approvals never exceed the level.
    assert!(p.bank.iter().any(|y| y.cut_by == Some(Cut::Sustainable)));
    for y in p.bank.iter().filter(|y| y.operating) {
        let limit = y.lending_limit.expect("enforced");
        assert!(limit <= y.capacity / s.policy.credit_conversion + 1e-9);
        assert!(y.approvals <= limit + 1e-9);
    }
    assert!(
        p.events
            .iter()
            .any(|e| matches!(e, Event::SustainableLevelSets { .. }))
    );
}

/// The back-test (model.md §2, issue 15): AIIB's first eight years replayed with the
/// baseline's terms land within ±25 % of AIIB's reported end-2023 loans outstanding (about
/// 23 bn), share of approvals disbursed (about 55 %) and equity (about 21.5 bn).
#[test]
fn the_aiib_replay_lands_within_a_quarter_of_aiibs_reported_end_2023_figures() {
    let s = sco_explorer::presets::preset("aiib_replay_2016")
        .expect("the preset")
        .scenario()
        .expect("it loads");
    let p = project(&s).expect("valid");
    let reported = [1.69, 2.50, 3.31, 4.54, 9.98, 9.9, 6.6, 11.4];
    for (i, want) in reported.iter().enumerate() {
        let y = &p.bank[i];
        assert_eq!(y.year, 2016 + i as i32);
        assert!(
            close(y.approvals, *want, 1e-9),
            "{}: {}",
            y.year,
            y.approvals
        );
    }
    let upto: Vec<_> = p.bank.iter().filter(|y| y.year <= 2023).collect();
    let end = upto.last().expect("2023");
    let approved: f64 = upto.iter().map(|y| y.approvals).sum();
    let disbursed: f64 = upto.iter().map(|y| y.disbursements).sum();
    let within = |model: f64, aiib: f64| (model - aiib).abs() <= 0.25 * aiib;
    assert!(within(end.loans, 23.0), "loans outstanding {}", end.loans);
    assert!(
        within(disbursed / approved, 0.55),
        "share disbursed {}",
        disbursed / approved
    );
    assert!(within(end.equity, 21.5), "equity {}", end.equity);
}

/// The sustainable level never rises with a longer look-ahead: where two look-aheads have led
/// to the same history, the longer one's window holds the shorter one's years and more.
#[test]
fn the_sustainable_level_is_non_increasing_in_the_look_ahead() {
    use sco_explorer::model::scenario::LendingRule;
    let with = |k: u32| {
        let mut s = Scenario::default();
        s.policy.lending_rule = LendingRule::Sustainable { lookahead: k };
        project(&s).expect("valid")
    };
    let mut compared = 0;
    for k in 1..15 {
        let (short, long) = (with(k), with(k + 1));
        for t in 0..short.bank.len() {
            let same_history = (0..t).all(|u| short.bank[u].approvals == long.bank[u].approvals);
            if !same_history {
                break;
            }
            if let (Some(a), Some(b)) = (short.bank[t].lending_limit, long.bank[t].lending_limit) {
                assert!(
                    b <= a + 1e-9,
                    "k = {k}, year {}: {b} > {a}",
                    short.bank[t].year
                );
                compared += 1;
            }
        }
    }
    assert!(compared >= 14, "{compared} years compared");
}

/// With no income (rates, fees, costs and losses all zero, no liquidity to earn on) equity is
/// constant, and the sustainable level settles where a constant level approved every year
/// exactly fills the limit: X = E / (e_min · (ccf + Σ e_j)), with e_j (L + ccf·U at the end of
/// age j of one unit approved) worked out here from the disbursement profile and the equal-
/// principal schedule, independently of the engine.
#[test]
fn with_no_income_the_sustainable_level_converges_to_equity_over_the_unit_exposure() {
    use sco_explorer::model::scenario::{Amortisation, LendingRule};
    let mut s = Scenario::default();
    s.years = 40;
    s.capital.instalments = 1;
    s.demand.first_year_approvals = 10.0;
    s.demand.growth = 0.0;
    s.demand.ceiling = 50.0;
    s.demand.country_cap = 1.0;
    s.demand.absorption_cap = 0.05;
    s.terms.tenor = 8;
    s.terms.grace = 2;
    s.terms.amortisation = Amortisation::EqualPrincipal;
    s.terms.cancellation_rate = 0.0;
    s.pricing.base_rate = 0.0;
    s.pricing.funding_spread = 0.0;
    s.pricing.sovereign_spread = 0.0;
    s.pricing.non_sovereign_spread = 0.0;
    s.pricing.front_end_fee = 0.0;
    s.pricing.commitment_fee = 0.0;
    s.risk.pd_multiplier = 0.0;
    s.risk.non_sovereign_pd = 0.0;
    s.policy.opex_fixed = 0.0;
    s.policy.opex_variable = 0.0;
    s.policy.liquidity_ratio = 0.0;
    s.policy.lending_rule = LendingRule::Sustainable { lookahead: 15 };
    s.fund.commitments = 0.0;
    let p = project(&s).expect("valid");
    // e_j = 1 − principal repaid by the end of age j (ccf = 1, nothing cancelled): money
    // disbursed at age v repays 1/(N − G) a year at ages v + G + 1 … v + N.
    let (n, g) = (f64::from(s.terms.tenor), f64::from(s.terms.grace));
    let profile = s.terms.disbursement_profile;
    let e = |j: f64| {
        1.0 - profile
            .iter()
            .enumerate()
            .map(|(v, d)| d * ((j - v as f64 - g).clamp(0.0, n - g)) / (n - g))
            .sum::<f64>()
    };
    let sum_e: f64 = (0..40).map(|j| e(f64::from(j))).sum();
    let ccf = s.policy.credit_conversion;
    for y in p.bank.iter().rev().take(5) {
        let equity = y.opening_equity;
        let steady = equity / (s.policy.capital_floor * (ccf + sum_e));
        let level = y.lending_limit.expect("enforced");
        assert!(
            ((level - steady) / steady).abs() < 0.01,
            "{}: level {level} vs E/(e_min·(ccf + Σe)) = {steady}",
            y.year
        );
        assert!(
            close(y.net_income, 0.0, 1e-12),
            "no income: {}",
            y.net_income
        );
    }
}

/// `cut_by` names the statutory multiple where it binds first: half the capital paid in at
/// once makes the floor's limit (E / 0.25) twice the statutory one (1 × subscribed).
#[test]
fn cut_by_names_the_statutory_multiple_where_it_binds_first() {
    use sco_explorer::model::projection::Cut;
    let mut s = Scenario::default();
    s.capital.paid_in_ratio = 0.5;
    s.capital.instalments = 1;
    let p = project(&s).expect("valid");
    let first = p
        .bank
        .iter()
        .find(|y| y.binding)
        .expect("the limit binds within the horizon");
    assert_eq!(first.cut_by, Some(Cut::Statutory), "{}", first.year);
    assert!(matches!(
        p.events.get(1),
        Some(Event::StatutoryLimitBinds { .. })
    ));
}

/// "Which limit binds" has one answer: on a bank whose statutory limit binds before its capital
/// floor (100 bn subscribed, 30 % paid in), the headline, the status line's sentence, the
/// study's probabilities, `summary`, the brief and `bank.csv` all say the lending limit binds
/// from the same year, name the same limit, and never call it the capital floor, in every
/// language.
#[test]
fn every_place_gives_the_same_answer_to_which_limit_binds() {
    use sco_explorer::chart::Frame;
    use sco_explorer::i18n::{self, Lang};
    use sco_explorer::model::projection::Cut;
    use sco_explorer::model::uncertainty::{Distribution, Uncertain, run_study};

    let mut s = Scenario::default();
    s.capital.subscribed = 100.0;
    s.capital.paid_in_ratio = 0.30;
    let p = project(&s).unwrap();
    let year = p.summary.first_binding_year.expect("the limit binds");
    let first = p.bank.iter().find(|y| y.binding).unwrap();
    assert_eq!(first.year, year);
    assert_eq!(
        first.cut_by,
        Some(Cut::Statutory),
        "this scenario is the statutory case"
    );
    assert_eq!(p.summary.first_binding_limit, Some(Cut::Statutory));
    // bank.csv: binding exactly in the years a lending limit cut demand, and says which.
    for y in &p.bank {
        let lending = matches!(
            y.cut_by,
            Some(Cut::Capital | Cut::Statutory | Cut::Sustainable)
        );
        assert_eq!(y.binding, lending, "{}", y.year);
    }
    let tables = sco_explorer::export::csv_files(&p, None).unwrap();
    let bank = String::from_utf8(
        tables
            .iter()
            .find(|(n, _)| *n == "bank.csv")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let header: Vec<&str> = bank.lines().next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let row = bank
        .lines()
        .find(|l| l.split(',').next() == Some(&year.to_string()))
        .unwrap();
    let cells: Vec<&str> = row.split(',').collect();
    assert_eq!(cells[col("binding")], "true");
    assert_eq!(cells[col("cut_by")], "statutory");

    let mut study = s.clone();
    study.uncertainty.runs = 100;
    study.uncertainty.assumptions = vec![Uncertain {
        path: "demand.growth".into(),
        distribution: Distribution::Uniform {
            min: 0.30,
            max: 0.40,
        },
    }];
    let bands = run_study(&study).unwrap();

    // What each language calls the lending limit and the statutory limit, and the old words
    // that named every binding year "the capital limit" or "the capital floor".
    let words = [
        (
            Lang::En,
            "lending limit",
            "statutory limit",
            &["capital limit", "capital floor binds"][..],
        ),
        (
            Lang::Ru,
            "лимит",
            "уставный лимит",
            &[
                "лимит капитала",
                "Минимальный уровень капитала ограничивает",
            ][..],
        ),
        (
            Lang::Zh,
            "贷款限额",
            "法定贷款限额",
            &["资本限额", "资本充足率下限在"][..],
        ),
    ];
    for (lang, limit, statutory, rejected) in words {
        i18n::set_for_thread(lang);
        let y = year.to_string();
        let headline = sco_explorer::headline::figures(&Frame::alone(&p), &s);
        let binds = &headline[3];
        let status = p.events[0].to_string();
        let probability = bands.sentences(s.start_year + 7)[0].clone();
        let summary = sco_explorer::export::summary_text(&p);
        let summary_line = summary
            .lines()
            .find(|l| l.contains(limit) && l.contains(&y))
            .unwrap_or_else(|| panic!("{lang:?}: summary says nothing of the limit: {summary}"))
            .to_owned();
        let brief = sco_explorer::brief::html(&sco_explorer::brief::Brief {
            scenario: &s,
            projection: &p,
            file_name: "a.ron",
            reference: None,
            bands: None,
            tornado: None,
            today: "2026-12-03",
        })
        .unwrap();
        for (place, text) in [
            ("headline label", binds.label.as_str()),
            ("status line", status.as_str()),
            ("probabilities", probability.as_str()),
        ] {
            assert!(
                text.to_lowercase().contains(limit),
                "{lang:?} {place}: {text}"
            );
        }
        for (place, text) in [
            ("headline", binds.value.as_str()),
            ("status line", status.as_str()),
            ("summary", summary_line.as_str()),
        ] {
            assert!(
                text.contains(&y),
                "{lang:?} {place} names another year: {text}"
            );
            assert!(
                text.contains(statutory),
                "{lang:?} {place} names another limit: {text}"
            );
        }
        assert!(brief.contains(&binds.value), "{lang:?} the brief's figure");
        assert!(brief.contains(&status), "{lang:?} the brief's sentence");
        for text in [
            &binds.label,
            &binds.value,
            &status,
            &probability,
            &summary,
            &brief,
        ] {
            for word in rejected {
                assert!(!text.contains(word), "{lang:?}: «{word}» in {text}");
            }
        }
    }
    i18n::set_for_thread(Lang::En);
}
