//! The joint investment fund, projected with the Takahashi–Alexander (2002) model (model.md §3).
//!
//! Readings written down here:
//! - **Fees** are paid by investors on top of calls, so paid-in capital for TVPI and DPI is
//!   calls + fees, and the net cash flow is distributions − calls − fees.
//! - **IRR** is of the net cash flows with the fund's first year at t = 0. Where the fund's life
//!   runs past the horizon, the NAV left in the last projected year counts as a final inflow
//!   (an interim IRR, as fund reports state it); TVPI likewise adds that NAV.
//! - **Call rates** past the end of the list repeat its last rate; the last investment-period
//!   year calls all that is left.
//! - **Named fund projects** take their amount from the calls of their year (or later, if that
//!   year's calls are too small), in file order; the rest of each call is split by the sector
//!   mandate and the pipeline weights of the borrowing countries.

use super::finance::irr;
use super::projection::{Event, FundProjection, FundYear, YearSplit};
use super::reference::N_COUNTRIES;
use super::scenario::{Instrument, Scenario, sector_array};
use super::{Context, Detail};

const EPS: f64 = 1e-9;

pub(crate) fn run(
    s: &Scenario,
    ctx: &Context,
    out: &mut FundProjection,
    events: &mut Vec<Event>,
    detail: Detail,
) {
    let f = &s.fund;
    let years = s.years as usize;
    let k = f.commitments;
    let ip = f.investment_period;
    let life = f.fund_life;
    let first = (f.first_year - s.start_year).max(0) as usize;
    let mandate = sector_array(&f.mandate);
    let mandate_sum: f64 = mandate.iter().sum();
    let weight_sum: f64 = ctx.weights.iter().sum();

    out.years.clear();
    // With `Detail::Totals` the cubes stay empty and only the splits are kept.
    let cells = detail == Detail::Cells;
    let cube_years = if cells { years } else { 0 };
    out.investments.reset(cube_years, 1);
    out.coinvestment.reset(cube_years, 1);
    out.invested.clear();
    out.invested.resize(years, YearSplit::default());
    out.contributions.clear();
    out.contributions.resize(years, [0.0; N_COUNTRIES]);
    out.irr = None;
    out.tvpi = None;
    out.dpi = None;
    let mut pending: Vec<usize> = s
        .projects
        .iter()
        .enumerate()
        .filter(|(_, p)| p.instrument == Instrument::Fund)
        .map(|(i, _)| i)
        .collect();

    let (mut nav, mut called, mut cumulative) = (0.0, 0.0, 0.0);
    let (mut total_calls, mut total_dist, mut total_fees) = (0.0, 0.0, 0.0);
    let mut net_flows = Vec::new();
    for t in 0..years {
        let year = s.start_year + t as i32;
        let age = if t >= first {
            (t - first + 1) as u32
        } else {
            0
        };
        if age == 0 || age > life || k <= 0.0 {
            out.years.push(FundYear {
                year,
                nav,
                cumulative_net: cumulative,
                ..FundYear::default()
            });
            continue;
        }
        let calls = if age <= ip {
            let rate = if age == ip {
                1.0
            } else {
                let i = (age as usize - 1).min(f.call_rates.len().saturating_sub(1));
                f.call_rates.get(i).copied().unwrap_or(1.0)
            };
            rate * (k - called)
        } else {
            0.0
        };
        let paid_rate = f
            .yield_rate
            .max((f64::from(age) / f64::from(life)).powf(f.bow));
        let grown = nav * (1.0 + f.growth);
        let distributions = paid_rate.min(1.0) * grown;
        let fees = if age <= ip {
            f.fee_investment_period * k
        } else {
            f.fee_after * nav
        };
        // In the last year of life the distribution rate is 1 and calls are over: NAV is 0.
        nav = grown + calls - distributions;
        called += calls;
        let net = distributions - calls - fees;
        cumulative += net;
        total_calls += calls;
        total_dist += distributions;
        total_fees += fees;
        net_flows.push(net);

        for c in 0..N_COUNTRIES {
            out.contributions[t][c] = calls * ctx.fund_shares[c];
        }

        // Investments: named projects first, then the mandate across borrowing countries.
        let (split, investments) = (&mut out.invested[t], &mut out.investments);
        let mut invest = |c: usize, k: usize, amount: f64| {
            split.add(c, k, amount);
            if cells {
                investments.add(t, c, k, 0, amount);
            }
        };
        let mut available = calls;
        pending.retain(|&i| {
            let p = &s.projects[i];
            if p.year > year || p.amount > available + EPS {
                return true;
            }
            available -= p.amount;
            invest(p.country.index(), p.sector.index(), p.amount);
            Event::financed(p, year, events);
            false
        });
        if available > 0.0 && weight_sum > 0.0 {
            for c in 0..N_COUNTRIES {
                let country_part = available * ctx.weights[c] / weight_sum;
                if country_part <= 0.0 {
                    continue;
                }
                // The split takes the country's part whole and each sector's share of it.
                split.by_country[c] += country_part * mandate_sum;
                for (sector, share) in mandate.iter().enumerate() {
                    split.by_sector[sector] += country_part * share;
                    if cells {
                        investments.add(t, c, sector, 0, country_part * share);
                    }
                }
            }
        }
        if cells {
            let (invested, coinvested) = (
                out.investments.year_slice(t),
                out.coinvestment.year_slice_mut(t),
            );
            for (co, inv) in coinvested.iter_mut().zip(invested) {
                *co = inv * f.coinvestment_multiple;
            }
        }

        out.years.push(FundYear {
            year,
            fund_year: age,
            calls,
            distributions,
            nav,
            fees,
            net_cash_flow: net,
            cumulative_net: cumulative,
        });
    }

    for i in pending {
        Event::not_financed(&s.projects[i], events);
    }

    // Returns, with any NAV still held at the horizon counted as a final inflow.
    let paid = total_calls + total_fees;
    if paid > EPS {
        if let Some(last) = net_flows.last_mut() {
            *last += nav;
        }
        out.irr = irr(&net_flows);
        out.tvpi = Some((total_dist + nav) / paid);
        out.dpi = Some(total_dist / paid);
    }
}
