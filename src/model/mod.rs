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
pub mod attribution;
mod bank;
pub mod compare;
pub mod discovery;
pub mod finance;
pub mod flows;
mod fund;
pub mod goal_seek;
pub mod lens;
pub mod lever;
mod loan_book;
pub mod metric;
pub mod projection;
pub mod reference;
pub mod scenario;
pub mod sensitivity;
pub mod uncertainty;
pub mod validate;

pub use lever::Lever;
pub use metric::Metric;
pub use projection::{
    BankFlows, BankYear, CountryPosition, Cube, Event, FundProjection, FundYear, LoanType,
    Projection, Summary, YearSplit,
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
    /// Each country's rating (the rating lens), read once.
    pub ratings: [reference::Rating; N_COUNTRIES],
}

impl Context {
    fn new(s: &Scenario) -> Self {
        let bank_shares = allocation::bank_shares(s);
        let fund_shares = allocation::fund_shares(s, &bank_shares);
        let sector_shares = allocation::sector_shares(s);
        // A country whose tilted sector mix is empty cannot absorb generic lending.
        let mut weights = allocation::pipeline_weights(s);
        for c in 0..N_COUNTRIES {
            if sector_shares[c].iter().sum::<f64>() <= 0.0 {
                weights[c] = 0.0;
            }
        }
        Context {
            bank_shares,
            fund_shares,
            weights,
            sector_shares,
            ratings: Country::ALL.map(|c| s.country(c).rating),
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
    let mut projection = Projection::default();
    project_valid_into(s, &mut projection);
    projection
}

/// Validates the scenario and projects it into `out`, reusing its buffers: the way to recompute
/// on every frame without allocating. On an invalid scenario `out` is left as it was.
pub fn project_into(s: &Scenario, out: &mut Projection) -> Result<(), Invalid> {
    s.validate()?;
    project_valid_into(s, out);
    Ok(())
}

pub(crate) fn project_valid_into(s: &Scenario, out: &mut Projection) {
    project_with(s, out, Detail::Cells);
}

/// How much of a projection to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Everything, cubes included.
    Cells,
    /// Everything but the year × country × sector cubes, which are left empty (zero years):
    /// the yearly accounts, the splits by country and by sector, positions, events and the
    /// summary are the same as with `Cells`. Uncertainty runs use this; writing five bank cubes
    /// and two fund cubes they never read was a third of a run's time.
    Totals,
}

/// Validates the scenario and projects it into `out` at the given detail: with
/// [`Detail::Totals`] for many projections whose cells nobody reads (a batch, a study).
pub fn project_detail_into(
    s: &Scenario,
    out: &mut Projection,
    detail: Detail,
) -> Result<(), Invalid> {
    s.validate()?;
    project_with(s, out, detail);
    Ok(())
}

/// Projects a valid scenario into `out` with the cubes filled or not.
pub(crate) fn project_with(s: &Scenario, out: &mut Projection, detail: Detail) {
    let ctx = Context::new(s);
    out.start_year = s.start_year;
    out.events.clear();
    bank::run(
        s,
        &ctx,
        bank::BankOut {
            flows: &mut out.bank_flows,
            years: &mut out.bank,
            paid_in_by_country: &mut out.paid_in_by_country,
            events: &mut out.events,
        },
        detail,
    );
    fund::run(s, &ctx, &mut out.fund, &mut out.events, detail);
    positions(
        &ctx,
        &out.paid_in_by_country,
        &out.bank_flows,
        &out.fund,
        &mut out.countries,
    );
    out.summary = summarise(out, s.fund.coinvestment_multiple);
}

fn positions(
    ctx: &Context,
    paid_in: &[[f64; N_COUNTRIES]],
    flows: &BankFlows,
    fund: &FundProjection,
    out: &mut Vec<CountryPosition>,
) {
    let received_bank = projection::country_sums(&flows.disbursed);
    let received_fund = projection::country_sums(&fund.invested);
    out.clear();
    out.extend(Country::ALL.into_iter().map(|c| {
        let i = c.index();
        CountryPosition {
            country: c,
            bank_share: ctx.bank_shares[i],
            fund_share: ctx.fund_shares[i],
            paid_in_bank: paid_in.iter().map(|row| row[i]).sum(),
            contributed_fund: fund.contributions.iter().map(|row| row[i]).sum(),
            received_bank: received_bank[i],
            received_fund: received_fund[i],
        }
    }));
}

/// The headline figures; co-investment is `multiple` times the fund's investments (fund.rs).
fn summarise(p: &Projection, coinvestment_multiple: f64) -> Summary {
    let invested: f64 = p.fund.invested.iter().map(YearSplit::total).sum();
    let mut s = Summary {
        cumulative_approvals: p.bank.iter().map(|y| y.approvals).sum(),
        cumulative_fund_investment: invested,
        cumulative_coinvestment: invested * coinvestment_multiple,
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
            s.first_binding_limit = y.cut_by;
        }
        if let Some(r) = y.capital_ratio
            && s.min_capital_ratio.is_none_or(|m| r < m)
        {
            s.min_capital_ratio = Some(r);
            s.min_capital_ratio_year = Some(y.year);
        }
        if let Some(r) = y.rac
            && s.min_rac.is_none_or(|m| r < m)
        {
            s.min_rac = Some(r);
            s.min_rac_year = Some(y.year);
        }
        if let Some(a) = y.assessment {
            if a.very_strong_or_better() {
                s.years_very_strong += 1;
            } else if s.first_below_very_strong.is_none() {
                s.first_below_very_strong = Some(y.year);
            }
        }
    }
    if let Some(last) = p.bank.last() {
        s.final_equity = last.equity;
        s.final_loans = last.loans;
    }
    s
}
