//! The bank's year loop (model.md §2, steps 1–12), with loans tracked by disbursement cohort.
//!
//! Readings of the spec that a development-bank analyst would expect, written down here:
//! - **Capacity check.** Approvals `A_t` may use `capacity_t / ccf`, so right after approving
//!   `L_{t−1} + ccf·(U_{t−1} + A_t) ≤ limit`; cancellations, taken at approval, only add headroom.
//! - **Named projects** use capital capacity only. They count against their country's absorption
//!   room (so generic lending there shrinks), but are not refused for exceeding it: a named
//!   project was chosen on purpose, and a 500 MW plant in Tajikistan is larger than 1 % of its GDP.
//!   A project that does not fit the remaining capacity is deferred; later (smaller) ones may fit.
//! - **Single-country cap.** `κ` applies to the year's generic lending programme (the generic
//!   demand that capital capacity allows), not to what is finally placed, so a cap can never
//!   shut the whole programme down.
//! - **Commitment fee** is charged on opening undisbursed balances, like every other income line.
//! - **Cohorts.** Money disbursed in year `v` pays nothing that year, interest only to age `G`,
//!   principal at ages `G+1 … N`. Each year's write-down `PD·LGD·L_{t−1}` shrinks every cohort
//!   and its remaining schedule by `(1 − PD·LGD)`, so a cohort of age `a` repays
//!   `D_v · (1 − PD·LGD)^a · schedule(a)`.

use super::Context;
use super::allocation::water_fill;
use super::finance::ppmt;
use super::projection::{BankFlows, BankYear, Cube, Event, LoanType, N_LOAN_TYPES};
use super::reference::{Country, N_COUNTRIES, N_SECTORS};
use super::scenario::{Amortisation, DISBURSEMENT_YEARS, Instrument, Scenario};

/// Amounts below this (US$ bn, i.e. $1,000) count as zero when deciding whether something binds.
const EPS: f64 = 1e-9;

/// What the bank loop produces.
#[derive(Debug)]
pub(crate) struct BankRun {
    pub flows: BankFlows,
    pub years: Vec<BankYear>,
    pub paid_in_by_country: Vec<[f64; N_COUNTRIES]>,
    pub events: Vec<Event>,
}

/// Counts the years a country sat at a cap, and the first of them.
#[derive(Clone, Copy, Debug, Default)]
struct CapRecord {
    first_year: Option<i32>,
    years: u32,
}

impl CapRecord {
    fn hit(&mut self, year: i32) {
        self.first_year.get_or_insert(year);
        self.years += 1;
    }
}

/// The repayment schedule as a share of the original cohort at each age `0..=N`.
fn schedule(s: &Scenario, rate: f64) -> Vec<f64> {
    let n = s.terms.tenor as usize;
    let g = s.terms.grace as usize;
    let payments = s.terms.tenor - s.terms.grace;
    let mut out = vec![0.0; n + 1];
    for (age, share) in out.iter_mut().enumerate().skip(g + 1) {
        *share = match s.terms.amortisation {
            Amortisation::EqualPrincipal => 1.0 / f64::from(payments),
            Amortisation::Annuity => ppmt(rate, (age - g) as u32, payments, -1.0),
        };
    }
    out
}

pub(crate) fn run(s: &Scenario, ctx: &Context) -> BankRun {
    let years = s.years as usize;
    let first = (s.capital.first_year - s.start_year).max(0) as usize;
    let policy = &s.policy;
    let ccf = policy.credit_conversion;
    let chi = s.terms.cancellation_rate;
    let profile = s.terms.disbursement_profile;
    let tenor = s.terms.tenor as usize;
    let grace = s.terms.grace as usize;
    let subscribed = s.capital.subscribed;
    let p = s.capital.paid_in_ratio;
    let instalments = s.capital.instalments as usize;
    let r = s.pricing.base_rate;
    let f = s.pricing.funding_spread;
    let loan_rate = [
        r + f + s.pricing.sovereign_spread,
        r + f + s.pricing.non_sovereign_spread,
    ];
    let lgd = [s.risk.sovereign_lgd, s.risk.non_sovereign_lgd];

    // Per country: disbursement delay, and the annual write-down rate PD·LGD by loan type.
    let mut delay = [0_usize; N_COUNTRIES];
    let mut hazard = [[0.0; N_LOAN_TYPES]; N_COUNTRIES];
    let mut arrears = [0.0; N_COUNTRIES];
    for c in Country::ALL {
        let ca = s.country(c);
        delay[c.index()] = ca.disbursement_delay as usize;
        arrears[c.index()] = ca.arrears;
        let pd = [ca.sovereign_pd, s.risk.non_sovereign_pd];
        for l in 0..N_LOAN_TYPES {
            hazard[c.index()][l] = (pd[l] * s.risk.pd_multiplier).min(1.0) * lgd[l];
        }
    }

    // Repayment kernel by age, country and loan type: (1 − h)^a · schedule(a).
    let schedules = [schedule(s, loan_rate[0]), schedule(s, loan_rate[1])];
    let mut kernel = vec![[[0.0; N_LOAN_TYPES]; N_COUNTRIES]; tenor + 1];
    for (age, row) in kernel.iter_mut().enumerate().skip(grace + 1) {
        for c in 0..N_COUNTRIES {
            for l in 0..N_LOAN_TYPES {
                row[c][l] = (1.0 - hazard[c][l]).powi(age as i32) * schedules[l][age];
            }
        }
    }

    let mut flows = BankFlows {
        approvals: Cube::zeros(years, N_LOAN_TYPES),
        disbursements: Cube::zeros(years, N_LOAN_TYPES),
        repayments: Cube::zeros(years, N_LOAN_TYPES),
        losses: Cube::zeros(years, N_LOAN_TYPES),
        loans: Cube::zeros(years, N_LOAN_TYPES),
    };
    let mut out_years = Vec::with_capacity(years);
    let mut paid_in_by_country = vec![[0.0; N_COUNTRIES]; years];

    // Named bank projects waiting for approval, in file order.
    let mut pending: Vec<usize> = s
        .projects
        .iter()
        .enumerate()
        .filter(|(_, pr)| pr.instrument == Instrument::Bank)
        .map(|(i, _)| i)
        .collect();
    let mut events = Vec::new();
    let mut absorption_caps = [CapRecord::default(); N_COUNTRIES];
    let mut country_caps = [CapRecord::default(); N_COUNTRIES];
    let mut binding_years = 0_u32;
    let mut binding_demand = 0.0;
    let mut binding_cut = 0.0;
    let mut first_binding = None;
    let mut unabsorbed = 0.0;
    // Countries that have ever had approvals: only they need the cohort loops.
    let mut lends_to = [false; N_COUNTRIES];

    // Balances at the end of the previous year.
    let (mut equity, mut retained, mut loans, mut undisbursed, mut borrowings, mut liquid) =
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);

    for t in 0..years {
        let year = s.start_year + t as i32;
        if t < first {
            out_years.push(BankYear {
                year,
                ..BankYear::default()
            });
            continue;
        }
        let op_year = t - first + 1;

        // 1. Paid-in capital.
        let mut paid_in = 0.0;
        if op_year <= instalments {
            for c in 0..N_COUNTRIES {
                let pi =
                    subscribed * ctx.bank_shares[c] * p / instalments as f64 * (1.0 - arrears[c]);
                paid_in_by_country[t][c] = pi;
                paid_in += pi;
            }
        }

        // 2. Capacity under the capital limit.
        let opening_equity = equity + paid_in;
        let limit = (opening_equity / policy.capital_floor)
            .min(policy.statutory_multiple * (subscribed + retained));
        let capacity = (limit - (loans + ccf * undisbursed)).max(0.0);
        let mut room = if policy.enforce_limit {
            capacity / ccf
        } else {
            f64::INFINITY
        };

        // 3. Approvals: named projects first, in file order, while capacity lasts.
        let generic_demand = (s.demand.first_year_approvals
            * (1.0 + s.demand.growth).powi(op_year as i32 - 1))
        .min(s.demand.ceiling);
        let mut demand = generic_demand;
        let mut project_approvals = 0.0;
        let mut by_country = [0.0; N_COUNTRIES];
        pending.retain(|&i| {
            let pr = &s.projects[i];
            if pr.year > year {
                return true;
            }
            demand += pr.amount;
            if pr.amount > room + EPS {
                return true;
            }
            room -= pr.amount;
            project_approvals += pr.amount;
            let (c, k) = (pr.country.index(), pr.sector.index());
            by_country[c] += pr.amount;
            let l = usize::from(!pr.sovereign);
            flows.approvals.add(t, c, k, l, pr.amount);
            lends_to[c] = true;
            if year > pr.year {
                events.push(Event::ProjectDeferred {
                    name: pr.name.clone(),
                    instrument: Instrument::Bank,
                    planned: pr.year,
                    done: year,
                });
            }
            false
        });

        // Generic demand fills what capacity remains, spread by water-filling under the caps.
        let programme = generic_demand.min(room.max(0.0));
        let mut caps = [0.0; N_COUNTRIES];
        let mut absorption_room = [0.0; N_COUNTRIES];
        for c in Country::ALL {
            let i = c.index();
            if ctx.weights[i] > 0.0 && ctx.sector_rows_ok[i] {
                absorption_room[i] =
                    (s.demand.absorption_cap * c.info().gdp_bn - by_country[i]).max(0.0);
                caps[i] = (s.demand.country_cap * programme).min(absorption_room[i]);
            }
        }
        let generic = water_fill(programme, &ctx.weights, &caps);
        let mut placed = 0.0;
        for c in Country::ALL {
            let i = c.index();
            let amount = generic[i];
            if ctx.weights[i] > 0.0 && programme > EPS && amount >= caps[i] - EPS {
                if caps[i] < s.demand.country_cap * programme - EPS {
                    absorption_caps[i].hit(year);
                } else {
                    country_caps[i].hit(year);
                }
            }
            if amount <= 0.0 {
                continue;
            }
            placed += amount;
            lends_to[i] = true;
            let sovereign = amount * s.demand.sovereign_share;
            for k in 0..N_SECTORS {
                let share = ctx.sector_shares[i][k];
                if share > 0.0 {
                    flows.approvals.add(t, i, k, 0, sovereign * share);
                    flows
                        .approvals
                        .add(t, i, k, 1, (amount - sovereign) * share);
                }
            }
        }
        let approvals = project_approvals + placed;
        let capital_cut = (demand - project_approvals - programme).max(0.0);
        let absorption_cut = (programme - placed).max(0.0);
        unabsorbed += absorption_cut;
        let binding = policy.enforce_limit && capital_cut > EPS;
        if binding {
            binding_years += 1;
            binding_demand += demand;
            binding_cut += capital_cut;
            first_binding.get_or_insert(year);
        }
        let exposure_after_approvals = loans + ccf * (undisbursed + approvals);

        // 4. Cancellations, taken at approval.
        let cancellations = chi * approvals;

        // 5. Disbursements of each approval cohort, shifted by the country's delay.
        for c in (0..N_COUNTRIES).filter(|&c| lends_to[c]) {
            for (j, d) in profile.iter().enumerate().take(DISBURSEMENT_YEARS) {
                let lag = j + delay[c];
                if *d == 0.0 || lag > t {
                    continue;
                }
                let factor = d * (1.0 - chi);
                let base = flows.approvals.index(t - lag, c, 0, 0);
                let dest = flows.disbursements.index(t, c, 0, 0);
                let width = N_SECTORS * N_LOAN_TYPES;
                for x in 0..width {
                    let a = flows.approvals.data_at(base + x);
                    flows.disbursements.data_add(dest + x, factor * a);
                }
            }
        }

        // 6–8. Write-downs on opening loans, repayments by cohort, closing loans.
        if t > 0 {
            for c in (0..N_COUNTRIES).filter(|&c| lends_to[c]) {
                let prev = flows.loans.index(t - 1, c, 0, 0);
                let here = flows.loans.index(t, c, 0, 0);
                for k in 0..N_SECTORS {
                    for l in 0..N_LOAN_TYPES {
                        let x = k * N_LOAN_TYPES + l;
                        let w = hazard[c][l] * flows.loans.data_at(prev + x);
                        flows.losses.data_add(here + x, w);
                    }
                }
                for age in (grace + 1)..=tenor.min(t) {
                    let k_age = kernel[age][c];
                    let src = flows.disbursements.index(t - age, c, 0, 0);
                    for x in 0..N_SECTORS * N_LOAN_TYPES {
                        let paid = flows.disbursements.data_at(src + x) * k_age[x % N_LOAN_TYPES];
                        flows.repayments.data_add(here + x, paid);
                    }
                }
            }
        }
        for c in (0..N_COUNTRIES).filter(|&c| lends_to[c]) {
            let here = flows.loans.index(t, c, 0, 0);
            for x in 0..N_SECTORS * N_LOAN_TYPES {
                let opening = if t > 0 {
                    flows.loans.data_at(here + x - flows.loans.year_len())
                } else {
                    0.0
                };
                let closing = opening + flows.disbursements.data_at(here + x)
                    - flows.repayments.data_at(here + x)
                    - flows.losses.data_at(here + x);
                flows.loans.data_set(here + x, closing);
            }
        }
        let disbursements = flows.disbursements.total(t);
        let repayments = flows.repayments.total(t);
        let losses = flows.losses.total(t);
        let closing_loans = loans + disbursements - repayments - losses;
        let closing_undisbursed = undisbursed + approvals - cancellations - disbursements;

        // 9. Income on opening balances.
        let interest_income = if t > 0 {
            (0..N_LOAN_TYPES)
                .map(|l| loan_rate[l] * flows.loans.type_total(t - 1, LoanType::ALL[l]))
                .sum()
        } else {
            0.0
        };
        let fee_income =
            s.pricing.front_end_fee * approvals + s.pricing.commitment_fee * undisbursed;
        let treasury_income = (r - 0.001) * liquid;
        let funding_cost = (r + f) * borrowings;
        let opex = policy.opex_fixed + policy.opex_variable * loans;
        let net_income =
            interest_income + fee_income + treasury_income - funding_cost - opex - losses;

        // 10. Equity.
        let opening_equity_for_roe = equity;
        let closing_equity = equity + paid_in + net_income;
        retained += net_income;

        // 11. Funding: borrow what loans and the liquidity buffer need beyond equity.
        let closing_borrowings =
            (closing_loans + policy.liquidity_ratio * disbursements - closing_equity).max(0.0);
        let closing_liquid = closing_equity + closing_borrowings - closing_loans;

        // 12. Ratios.
        let exposure = closing_loans + ccf * closing_undisbursed;
        out_years.push(BankYear {
            year,
            operating: true,
            paid_in,
            callable: subscribed * (1.0 - p),
            demand,
            limit,
            capacity,
            binding,
            capital_cut,
            absorption_cut,
            approvals,
            cancellations,
            disbursements,
            undisbursed: closing_undisbursed,
            repayments,
            losses,
            loans: closing_loans,
            interest_income,
            fee_income,
            treasury_income,
            funding_cost,
            opex,
            net_income,
            opening_equity,
            exposure_after_approvals,
            equity: closing_equity,
            retained_earnings: retained,
            borrowings: closing_borrowings,
            liquid_assets: closing_liquid,
            capital_ratio: ratio(closing_equity, exposure),
            equity_to_loans: ratio(closing_equity, closing_loans),
            leverage: (closing_equity > EPS).then(|| closing_borrowings / closing_equity),
            return_on_equity: (opening_equity_for_roe > EPS)
                .then(|| net_income / opening_equity_for_roe),
        });

        equity = closing_equity;
        loans = closing_loans;
        undisbursed = closing_undisbursed;
        borrowings = closing_borrowings;
        liquid = closing_liquid;
    }

    if binding_years > 0 {
        events.insert(
            0,
            Event::CapitalLimitBinds {
                first_year: first_binding.unwrap_or(s.start_year),
                years: binding_years,
                cut_share: if binding_demand > 0.0 {
                    binding_cut / binding_demand
                } else {
                    0.0
                },
            },
        );
    }
    for c in Country::ALL {
        if let Some(first_year) = absorption_caps[c.index()].first_year {
            events.push(Event::AbsorptionCap {
                country: c,
                first_year,
                years: absorption_caps[c.index()].years,
            });
        }
        if let Some(first_year) = country_caps[c.index()].first_year {
            events.push(Event::CountryCap {
                country: c,
                first_year,
                years: country_caps[c.index()].years,
            });
        }
    }
    if unabsorbed > EPS {
        events.push(Event::Unabsorbed { total: unabsorbed });
    }
    for i in pending {
        let pr = &s.projects[i];
        events.push(Event::ProjectNotFinanced {
            name: pr.name.clone(),
            instrument: Instrument::Bank,
            planned: pr.year,
        });
    }

    BankRun {
        flows,
        years: out_years,
        paid_in_by_country,
        events,
    }
}

/// `num / den` where the denominator is meaningfully positive.
fn ratio(num: f64, den: f64) -> Option<f64> {
    (den > EPS).then(|| num / den)
}
