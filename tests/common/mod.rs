//! Shared test support: random valid scenarios and the invariants of model.md §5.
#![allow(dead_code)]

use proptest::prelude::*;
use sco_explorer::model::assumptions::{COUNTRY_SCALARS, SCALARS};
use sco_explorer::model::scenario::{
    Amortisation, FundContributions, Instrument, Project, ShareRule, sector_map,
};
use sco_explorer::model::{Country, N_SECTORS, Projection, Scenario, Sector};

/// Enough uniforms for one scenario.
pub const DRAWS: usize = 400;

/// A proptest strategy for random valid scenarios.
pub fn valid_scenario() -> impl Strategy<Value = Scenario> {
    prop::collection::vec(0.0..1.0_f64, DRAWS).prop_map(|u| scenario_from(&u))
}

/// Reads uniforms one at a time; wraps around if a scenario needs more than were drawn.
struct Draws<'a> {
    u: &'a [f64],
    i: usize,
}

impl Draws<'_> {
    fn next(&mut self) -> f64 {
        let v = self.u[self.i % self.u.len()];
        self.i += 1;
        v
    }

    /// A value in [min, max], exactly at an end one time in ten.
    fn range(&mut self, min: f64, max: f64) -> f64 {
        let u = self.next();
        if u < 0.05 {
            min
        } else if u > 0.95 {
            max
        } else {
            min + (u - 0.05) / 0.9 * (max - min)
        }
    }

    fn int(&mut self, min: i64, max: i64) -> i64 {
        (min as f64 + self.next() * (max - min + 1) as f64)
            .floor()
            .min(max as f64) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.next() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.int(0, items.len() as i64 - 1) as usize]
    }
}

/// A valid scenario built from uniforms in [0, 1).
pub fn scenario_from(u: &[f64]) -> Scenario {
    let mut d = Draws { u, i: 0 };
    let mut s = Scenario::default();
    for spec in SCALARS {
        let v = if spec.integer {
            d.int(spec.min as i64, spec.max as i64) as f64
        } else {
            d.range(spec.min, spec.max)
        };
        (spec.set)(&mut s, v);
    }
    // Rules that tie assumptions together.
    s.start_year = d.int(2025, 2035) as i32;
    s.capital.first_year = s.start_year + d.int(0, 5) as i32;
    s.fund.first_year = s.start_year + d.int(0, 6) as i32;
    if s.terms.grace >= s.terms.tenor {
        s.terms.grace = s.terms.tenor - 1;
    }
    if s.fund.investment_period >= s.fund.fund_life {
        s.fund.investment_period = s.fund.fund_life - 1;
    }
    s.terms.amortisation = d.pick(&[Amortisation::EqualPrincipal, Amortisation::Annuity]);
    let mut profile = [0.0; 6];
    for v in &mut profile {
        *v = if d.chance(0.2) { 0.0 } else { d.next() };
    }
    profile[d.int(0, 5) as usize] += 0.1;
    let sum: f64 = profile.iter().sum();
    s.terms.disbursement_profile = profile.map(|v| v / sum);
    s.policy.enforce_limit = d.chance(0.85);
    // The rating lens's options: the risk-based limit half the time, the funding feedback a
    // third of it.
    if d.chance(0.5) {
        s.policy.min_rac = None;
    }
    s.pricing.spread_follows_assessment = d.chance(0.3);

    // Countries: membership, borrowing and per-country values.
    for c in Country::ALL {
        let member = d.chance(0.85);
        let borrows = d.chance(0.8);
        let entry = s.countries.entry(c).or_default();
        entry.member = member;
        entry.borrows = borrows;
        for spec in COUNTRY_SCALARS {
            let v = if spec.integer {
                d.int(spec.min as i64, spec.max as i64) as f64
            } else {
                d.range(spec.min, spec.max)
            };
            (spec.set)(entry, v);
        }
        let mut mix = [0.0; N_SECTORS];
        for v in &mut mix {
            *v = if d.chance(0.4) { 0.0 } else { d.next() };
        }
        mix[d.int(0, N_SECTORS as i64 - 1) as usize] += 0.2;
        let sum: f64 = mix.iter().sum();
        entry.sector_mix = sector_map(mix.map(|v| v / sum));
    }
    // At least one member and one borrower with weight.
    let anchor = d.pick(&Country::ALL);
    if let Some(entry) = s.countries.get_mut(&anchor) {
        entry.member = true;
        entry.borrows = true;
        entry.weight = entry.weight.max(0.1);
    }
    for sector in Sector::ALL {
        let tilt = if d.chance(0.6) {
            1.0
        } else {
            d.range(0.0, 3.0)
        };
        s.sector_tilt.insert(sector, tilt);
    }
    // Keep at least one sector tilted up so no borrower's mix is emptied entirely.
    for sector in Sector::ALL {
        s.sector_tilt.insert(sector, s.tilt(sector).max(0.05));
    }

    // Share rules.
    let members: Vec<Country> = Country::ALL
        .into_iter()
        .filter(|c| s.country(*c).member)
        .collect();
    s.capital.share_rule = d.pick(&[
        ShareRule::Equal,
        ShareRule::Gdp,
        ShareRule::Hybrid,
        ShareRule::Custom,
    ]);
    let min_cap = 1.0 / members.len() as f64;
    if s.capital.share_cap < min_cap {
        s.capital.share_cap = min_cap.clamp(0.1, 1.0);
    }
    if s.capital.share_rule == ShareRule::Custom {
        set_custom_shares(&mut s, &members, &mut d, |e, v| e.bank_share = Some(v));
    }
    s.fund.contributions = d.pick(&[FundContributions::SameAsBank, FundContributions::Custom]);
    if s.fund.contributions == FundContributions::Custom {
        set_custom_shares(&mut s, &members, &mut d, |e, v| e.fund_share = Some(v));
    }
    let calls = d.int(1, 6) as usize;
    s.fund.call_rates = (0..calls).map(|_| d.range(0.0, 1.0)).collect();
    let mut mandate = [0.0; N_SECTORS];
    for v in &mut mandate {
        *v = if d.chance(0.5) { 0.0 } else { d.next() };
    }
    mandate[d.int(0, N_SECTORS as i64 - 1) as usize] += 0.1;
    let sum: f64 = mandate.iter().sum();
    s.fund.mandate = sector_map(mandate.map(|v| v / sum));

    // Named projects for borrowing countries.
    let borrowers: Vec<Country> = Country::ALL
        .into_iter()
        .filter(|c| s.country(*c).borrows)
        .collect();
    let n_projects = d.int(0, 6);
    for i in 0..n_projects {
        let instrument = d.pick(&[Instrument::Bank, Instrument::Fund]);
        s.projects.push(Project {
            name: format!("Project {i}"),
            country: d.pick(&borrowers),
            sector: d.pick(&Sector::ALL),
            instrument,
            amount: d.range(0.01, 8.0),
            year: s.start_year + d.int(0, i64::from(s.years) - 1) as i32,
            sovereign: d.chance(0.6),
            source: "test".into(),
        });
    }
    s
}

fn set_custom_shares(
    s: &mut Scenario,
    members: &[Country],
    d: &mut Draws<'_>,
    set: impl Fn(&mut sco_explorer::model::scenario::CountryAssumptions, f64),
) {
    let raw: Vec<f64> = members.iter().map(|_| d.next() + 0.01).collect();
    let sum: f64 = raw.iter().sum();
    for (c, v) in members.iter().zip(raw) {
        if let Some(entry) = s.countries.get_mut(c) {
            set(entry, v / sum);
        }
    }
}

/// |a − b| within `rel` of the larger magnitude (or of 1 for small numbers).
pub fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1.0)
}

/// Checks every invariant of model.md §5 on one projection; returns what failed.
pub fn check_invariants(s: &Scenario, p: &Projection) -> Result<(), String> {
    let tol = 1e-9;
    let mut fail = Vec::new();
    let bank = &p.bank_flows;
    let cubes = [
        ("approvals", &bank.approvals),
        ("disbursements", &bank.disbursements),
        ("repayments", &bank.repayments),
        ("losses", &bank.losses),
        ("loans", &bank.loans),
        ("investments", &p.fund.investments),
        ("coinvestment", &p.fund.coinvestment),
    ];
    // Slices add up: Σ countries = Σ sectors = total, every flow and year.
    for (name, cube) in cubes {
        for t in 0..p.years() {
            let total = cube.total(t);
            let by_country: f64 = Country::ALL
                .into_iter()
                .map(|c| cube.country_total(t, c))
                .sum();
            let by_sector: f64 = Sector::ALL
                .into_iter()
                .map(|k| cube.sector_total(t, k))
                .sum();
            if !close(by_country, total, tol) || !close(by_sector, total, tol) {
                fail.push(format!(
                    "{name} {t}: countries {by_country} sectors {by_sector} total {total}"
                ));
            }
        }
    }
    // The splits by country and by sector are the cubes' sums.
    for (name, splits, cube) in [
        ("disbursed", &bank.disbursed, &bank.disbursements),
        ("invested", &p.fund.invested, &p.fund.investments),
    ] {
        if splits.len() != p.years() {
            fail.push(format!("{name}: {} years of splits", splits.len()));
        }
        for (t, split) in splits.iter().enumerate() {
            for c in Country::ALL {
                let (a, b) = (split.by_country[c.index()], cube.country_total(t, c));
                if !close(a, b, tol) {
                    fail.push(format!("{name} {t} {c:?}: split {a} vs cells {b}"));
                }
            }
            for k in Sector::ALL {
                let (a, b) = (split.by_sector[k.index()], cube.sector_total(t, k));
                if !close(a, b, tol) {
                    fail.push(format!("{name} {t} {k:?}: split {a} vs cells {b}"));
                }
            }
        }
    }
    let coinvested = p.fund.coinvestment.grand_total();
    if !close(p.summary.cumulative_coinvestment, coinvested, tol) {
        fail.push(format!(
            "co-investment: summary {} vs cells {coinvested}",
            p.summary.cumulative_coinvestment
        ));
    }
    for (t, y) in p.bank.iter().enumerate() {
        for (name, cube_total, year_total) in [
            ("approvals", bank.approvals.total(t), y.approvals),
            (
                "disbursements",
                bank.disbursements.total(t),
                y.disbursements,
            ),
            ("repayments", bank.repayments.total(t), y.repayments),
            ("losses", bank.losses.total(t), y.losses),
            ("loans", bank.loans.total(t), y.loans),
        ] {
            if !close(cube_total, year_total, tol) {
                fail.push(format!(
                    "{} {name}: cells {cube_total} vs accounts {year_total}",
                    y.year
                ));
            }
        }
        // The balance sheet balances: L + Q = B + E.
        let assets = y.loans + y.liquid_assets;
        let liabilities = y.borrowings + y.equity;
        if !close(assets, liabilities, tol) {
            fail.push(format!(
                "{}: L + Q = {assets} but B + E = {liabilities}",
                y.year
            ));
        }
        // The capital limit holds right after approvals.
        if s.policy.enforce_limit && y.approvals > 1e-12 {
            if y.exposure_after_approvals > y.limit * (1.0 + tol) + tol {
                fail.push(format!(
                    "{}: exposure {} above the limit {}",
                    y.year, y.exposure_after_approvals, y.limit
                ));
            }
            let ratio = y.opening_equity / y.exposure_after_approvals;
            if ratio < s.policy.capital_floor * (1.0 - tol) {
                fail.push(format!("{}: approvals push E/(L+ccf·U) to {ratio}", y.year));
            }
        }
        // The rating lens: RWA is never negative, RAC is E / RWA, and the risk-based limit
        // holds in every year with approvals.
        if y.rwa < -tol || !y.rwa.is_finite() {
            fail.push(format!("{}: RWA {}", y.year, y.rwa));
        }
        if let Some(rac) = y.rac
            && !close(rac * y.rwa, y.equity, tol)
        {
            fail.push(format!("{}: RAC {rac} ≠ E / RWA", y.year));
        }
        if let (Some(min), Some(rac)) = (s.policy.min_rac, y.rac)
            && y.approvals > 1e-9
            && rac < min - tol
        {
            fail.push(format!(
                "{}: RAC {rac} below the risk-based limit {min} with approvals {}",
                y.year, y.approvals
            ));
        }
        if y.eligible_callable > y.callable * (1.0 + tol) + tol {
            fail.push(format!(
                "{}: eligible callable {} above callable {}",
                y.year, y.eligible_callable, y.callable
            ));
        }
        for (name, v) in [
            ("approvals", y.approvals),
            ("disbursements", y.disbursements),
            ("repayments", y.repayments),
            ("undisbursed", y.undisbursed),
            ("loans", y.loans),
            ("liquid assets", y.liquid_assets),
            ("borrowings", y.borrowings),
        ] {
            if v < -tol * (1.0 + y.loans.abs()) {
                fail.push(format!("{} {name} is negative: {v}", y.year));
            }
        }
    }
    // Commitments and loans are conserved.
    let sum = |f: fn(&sco_explorer::model::BankYear) -> f64| p.bank.iter().map(f).sum::<f64>();
    let (a, dsb, c, r, w) = (
        sum(|y| y.approvals),
        sum(|y| y.disbursements),
        sum(|y| y.cancellations),
        sum(|y| y.repayments),
        sum(|y| y.losses),
    );
    let last = p.bank.last().cloned().unwrap_or_default();
    if !close(a, dsb + c + last.undisbursed, tol) {
        fail.push(format!(
            "commitments: ΣA {a} ≠ ΣD {dsb} + ΣC {c} + U_T {}",
            last.undisbursed
        ));
    }
    if !close(dsb, r + w + last.loans, tol) {
        fail.push(format!(
            "loans: ΣD {dsb} ≠ ΣR {r} + ΣW {w} + L_T {}",
            last.loans
        ));
    }
    // The fund.
    let f = &s.fund;
    let calls: f64 = p.fund.years.iter().map(|y| y.calls).sum();
    if calls > f.commitments * (1.0 + tol) + tol {
        fail.push(format!(
            "fund calls {calls} exceed commitments {}",
            f.commitments
        ));
    }
    let ip_end = f.first_year + f.investment_period as i32 - 1;
    if ip_end <= s.end_year() && !close(calls, f.commitments, tol) {
        fail.push(format!(
            "investment period over but calls {calls} ≠ K {}",
            f.commitments
        ));
    }
    let life_end = f.first_year + f.fund_life as i32 - 1;
    for y in &p.fund.years {
        if y.year >= life_end && y.nav.abs() > tol {
            fail.push(format!(
                "fund NAV {} in {} after its life ended in {life_end}",
                y.nav, y.year
            ));
        }
    }
    for (t, y) in p.fund.years.iter().enumerate() {
        let contributed: f64 = p.fund.contributions[t].iter().sum();
        if !close(contributed, y.calls, tol) {
            fail.push(format!(
                "{}: contributions {contributed} ≠ calls {}",
                y.year, y.calls
            ));
        }
        let invested = p.fund.investments.total(t);
        if invested > y.calls * (1.0 + tol) + tol {
            fail.push(format!(
                "{}: invested {invested} more than called {}",
                y.year, y.calls
            ));
        }
    }
    // No NaN or infinity anywhere.
    if let Some(bad) = first_non_finite(p) {
        fail.push(format!("non-finite value: {bad}"));
    }
    if fail.is_empty() {
        Ok(())
    } else {
        Err(fail.join("\n"))
    }
}

/// Looks through every number in the projection (via its Debug form, where Rust prints
/// non-finite floats as the words `NaN` and `inf`).
fn first_non_finite(p: &Projection) -> Option<String> {
    let debug = format!("{p:?}");
    debug
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
        .find(|token| *token == "NaN" || *token == "inf")
        .map(|token| format!("found {token} in the projection"))
}

/// Makes a named pipe (FIFO) with the system's `mkfifo`.
#[cfg(unix)]
pub fn make_fifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}
