//! The projection model: pure Rust, no UI. A [`Scenario`] of assumptions goes in, a
//! [`Projection`] of flows, accounts and headline figures comes out (shared/design/model.md).
//!
//! ```
//! let scenario = sco_explorer::model::Scenario::default();
//! let projection = sco_explorer::model::project(&scenario).expect("the baseline is valid");
//! assert!(projection.summary.cumulative_financing > 0.0);
//! ```

pub mod allocation;
pub mod assumptions;
mod bank;
pub mod finance;
mod fund;
pub mod projection;
pub mod reference;
pub mod scenario;
pub mod validate;

pub use projection::{
    BankFlows, BankYear, CountryPosition, Cube, Event, FundProjection, FundYear, LoanType,
    Projection, Summary,
};
pub use reference::{Country, N_COUNTRIES, N_SECTORS, Sector};
pub use scenario::Scenario;
pub use validate::{Invalid, Problem};

/// What the engine derives once from a scenario before the year loops.
#[derive(Debug)]
pub(crate) struct Context {
    pub bank_shares: [f64; N_COUNTRIES],
    pub fund_shares: [f64; N_COUNTRIES],
    /// Pipeline weights of borrowing countries whose tilted sector mix is not empty.
    pub weights: [f64; N_COUNTRIES],
    pub sector_shares: [[f64; N_SECTORS]; N_COUNTRIES],
    pub sector_rows_ok: [bool; N_COUNTRIES],
}

impl Context {
    fn new(s: &Scenario) -> Self {
        let bank_shares = allocation::bank_shares(s);
        let fund_shares = allocation::fund_shares(s, &bank_shares);
        let sector_shares = allocation::sector_shares(s);
        let mut sector_rows_ok = [false; N_COUNTRIES];
        let mut weights = allocation::pipeline_weights(s);
        for c in 0..N_COUNTRIES {
            sector_rows_ok[c] = sector_shares[c].iter().sum::<f64>() > 0.0;
            if !sector_rows_ok[c] {
                weights[c] = 0.0;
            }
        }
        Context {
            bank_shares,
            fund_shares,
            weights,
            sector_shares,
            sector_rows_ok,
        }
    }
}

/// Validates the scenario, then projects it.
pub fn project(s: &Scenario) -> Result<Projection, Invalid> {
    s.validate()?;
    Ok(project_valid(s))
}

/// Projects a scenario already known to be valid. On an invalid one the numbers are
/// meaningless (but it does not panic); call [`project`] unless you validated first.
pub fn project_valid(s: &Scenario) -> Projection {
    let ctx = Context::new(s);
    let bank = bank::run(s, &ctx);
    let mut events = bank.events;
    let fund = fund::run(s, &ctx, &mut events);
    let countries = positions(&ctx, &bank.paid_in_by_country, &bank.flows, &fund);
    let mut projection = Projection {
        start_year: s.start_year,
        bank_flows: bank.flows,
        bank: bank.years,
        paid_in_by_country: bank.paid_in_by_country,
        fund,
        countries,
        events,
        summary: Summary::default(),
    };
    projection.summary = summarise(&projection);
    projection
}

fn positions(
    ctx: &Context,
    paid_in: &[[f64; N_COUNTRIES]],
    flows: &BankFlows,
    fund: &FundProjection,
) -> Vec<CountryPosition> {
    Country::ALL
        .into_iter()
        .map(|c| {
            let i = c.index();
            CountryPosition {
                country: c,
                bank_share: ctx.bank_shares[i],
                fund_share: ctx.fund_shares[i],
                paid_in_bank: paid_in.iter().map(|row| row[i]).sum(),
                contributed_fund: fund.contributions.iter().map(|row| row[i]).sum(),
                received_bank: flows.disbursements.country_sum(c),
                received_fund: fund.investments.country_sum(c),
            }
        })
        .collect()
}

fn summarise(p: &Projection) -> Summary {
    let mut s = Summary {
        cumulative_approvals: p.bank.iter().map(|y| y.approvals).sum(),
        cumulative_fund_investment: p.fund.investments.grand_total(),
        cumulative_coinvestment: p.fund.coinvestment.grand_total(),
        fund_irr: p.fund.irr,
        fund_tvpi: p.fund.tvpi,
        fund_dpi: p.fund.dpi,
        ..Summary::default()
    };
    let disbursed: f64 = p.bank.iter().map(|y| y.disbursements).sum();
    s.cumulative_financing = disbursed + s.cumulative_fund_investment;
    for y in &p.bank {
        if y.approvals > s.peak_approvals {
            s.peak_approvals = y.approvals;
            s.peak_approvals_year = Some(y.year);
        }
        if y.binding && s.first_binding_year.is_none() {
            s.first_binding_year = Some(y.year);
        }
        if let Some(r) = y.capital_ratio
            && s.min_capital_ratio.is_none_or(|m| r < m)
        {
            s.min_capital_ratio = Some(r);
            s.min_capital_ratio_year = Some(y.year);
        }
    }
    if let Some(last) = p.bank.last() {
        s.final_equity = last.equity;
        s.final_loans = last.loans;
    }
    s
}
