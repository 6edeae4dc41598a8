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
//! - **Cohorts** are kept by the loan books (`loan_book.rs`): one line per country × loan type for
//!   generic lending, one per country × sector × loan type for named projects. Per-sector flows
//!   are generic lines split by the country's sector shares, plus the project lines.

use super::allocation::water_fill;
use super::loan_book::{BookTerms, Line, LoanBook, YearFlows};
use super::projection::{BankFlows, BankYear, Cube, Cut, Event, N_LOAN_TYPES, YearSplit};
use super::reference::{Country, N_COUNTRIES, N_SECTORS};
use super::scenario::{Instrument, LendingRule, MAX_LOOKAHEAD, Scenario};
use super::{Context, Detail};

/// Amounts below this (US$ bn, i.e. $1,000) count as zero when deciding whether something binds.
const EPS: f64 = 1e-9;

/// Where the bank loop writes; the buffers are reused from one projection to the next.
#[derive(Debug)]
pub(crate) struct BankOut<'a> {
    pub flows: &'a mut BankFlows,
    pub years: &'a mut Vec<BankYear>,
    pub paid_in_by_country: &'a mut Vec<[f64; N_COUNTRIES]>,
    pub events: &'a mut Vec<Event>,
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

/// The generic line of a country and loan type.
fn generic_line(country: usize, kind: usize) -> usize {
    country * N_LOAN_TYPES + kind
}

/// Named bank projects and the book lines they lend through.
#[derive(Debug)]
struct ProjectLines {
    /// (country, sector, loan type) of each line.
    cells: Vec<(usize, usize, usize)>,
    /// Line of each project in `Scenario::projects` (bank projects only).
    line_of: Vec<Option<usize>>,
}

impl ProjectLines {
    fn new(s: &Scenario) -> Self {
        let mut cells = Vec::new();
        let line_of = s
            .projects
            .iter()
            .map(|p| {
                (p.instrument == Instrument::Bank).then(|| {
                    let cell = (
                        p.country.index(),
                        p.sector.index(),
                        usize::from(!p.sovereign),
                    );
                    cells.iter().position(|c| *c == cell).unwrap_or_else(|| {
                        cells.push(cell);
                        cells.len() - 1
                    })
                })
            })
            .collect();
        ProjectLines { cells, line_of }
    }
}

/// The bank's balances at the start of a year.
#[derive(Clone, Copy, Debug)]
struct Opening {
    equity: f64,
    retained: f64,
    loans: f64,
    undisbursed: f64,
    borrowings: f64,
    liquid: f64,
    loans_by_type: [f64; N_LOAN_TYPES],
}

/// `e_j`, j = 0 … k−1: L + ccf·U at the end of age j of one unit approved (model.md §2,
/// "Lending rule"), spread over the generic lines as the year's programme would be (by the
/// countries' pipeline weights and the sovereign share), write-downs left out. Where no
/// country borrows, the unit stays undisbursed.
fn unit_exposures(
    s: &Scenario,
    ctx: &Context,
    lines: &[Line],
    terms: BookTerms,
    k: usize,
) -> Vec<f64> {
    let ccf = s.policy.credit_conversion;
    let kept = 1.0 - s.terms.cancellation_rate;
    let total: f64 = ctx.weights.iter().sum();
    if total <= 0.0 {
        return vec![ccf * kept; k];
    }
    let safe: Vec<Line> = lines.iter().map(|l| Line { hazard: 0.0, ..*l }).collect();
    let mut book = LoanBook::new(safe, terms, k);
    for c in 0..N_COUNTRIES {
        let share = ctx.weights[c] / total;
        if share > 0.0 {
            book.approve(0, generic_line(c, 0), share * s.demand.sovereign_share);
            book.approve(
                0,
                generic_line(c, 1),
                share * (1.0 - s.demand.sovereign_share),
            );
        }
    }
    let mut disbursed = 0.0;
    (0..k)
        .map(|j| {
            let f = book.step(j);
            disbursed += f.disbursements;
            let loans: f64 = f.loans.iter().sum();
            loans + ccf * (kept - disbursed)
        })
        .collect()
}

/// `SLL_t` (model.md §2, "Lending rule"): the largest level that, approved every year from `t`
/// on, passes every year's capacity test over the look-ahead, with the existing book projected
/// forward without approvals (its scheduled disbursements, repayments, write-downs, the
/// paid-in still due and its own net income). The window stops at the horizon's end: the
/// books hold nothing beyond it. `hard` is this year's term, `capacity / ccf`.
#[allow(clippy::too_many_arguments)]
fn sustainable_level(
    s: &Scenario,
    books: &[&LoanBook; 2],
    t: usize,
    open: &Opening,
    paid_in: f64,
    due: &dyn Fn(usize) -> f64,
    unit: &[f64],
    hard: f64,
) -> f64 {
    let policy = &s.policy;
    let (ccf, floor, m) = (
        policy.credit_conversion,
        policy.capital_floor,
        policy.statutory_multiple,
    );
    let (r, f) = (s.pricing.base_rate, s.pricing.funding_spread);
    let loan_rate = [
        r + f + s.pricing.sovereign_spread,
        r + f + s.pricing.non_sovereign_spread,
    ];
    let mut flows = [YearFlows::default(); MAX_LOOKAHEAD as usize];
    let window = &mut flows[..unit.len()];
    for book in books {
        book.ahead(t, window);
    }
    let years = s.years as usize;
    let mut level = hard;
    let Opening {
        mut equity,
        mut retained,
        mut loans,
        mut undisbursed,
        mut borrowings,
        mut liquid,
        loans_by_type: mut by_type,
    } = *open;
    let mut exposure_per_unit = 0.0;
    for (n, year) in window.iter().enumerate() {
        let at = t + n;
        let paid = if n == 0 { paid_in } else { due(at) };
        if n > 0 {
            if at >= years {
                break;
            }
            // Year `at`'s capacity test, the level approved in each year since `t`.
            exposure_per_unit += unit[n - 1];
            let limit = ((equity + paid) / floor).min(m * (s.capital.subscribed + retained));
            let room = limit - (loans + ccf * undisbursed);
            level = level.min(room / (ccf + exposure_per_unit));
        }
        // The existing book through year `at`, with no approvals: its own net income.
        let interest: f64 = (0..N_LOAN_TYPES).map(|l| loan_rate[l] * by_type[l]).sum();
        let net_income = interest + s.pricing.commitment_fee * undisbursed + (r - 0.001) * liquid
            - (r + f) * borrowings
            - (policy.opex_fixed + policy.opex_variable * loans)
            - year.losses;
        let closing_loans = loans + year.disbursements - year.repayments - year.losses;
        undisbursed -= year.disbursements;
        equity += paid + net_income;
        retained += net_income;
        borrowings =
            (closing_loans + policy.liquidity_ratio * year.disbursements - equity).max(0.0);
        liquid = equity + borrowings - closing_loans;
        loans = closing_loans;
        by_type = year.loans;
    }
    level
}

pub(crate) fn run(s: &Scenario, ctx: &Context, out: BankOut<'_>, detail: Detail) {
    let years = s.years as usize;
    let first = (s.capital.first_year - s.start_year).max(0) as usize;
    let policy = &s.policy;
    let ccf = policy.credit_conversion;
    let chi = s.terms.cancellation_rate;
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

    // One line per country × loan type for generic lending; one per project cell.
    let mut arrears = [0.0; N_COUNTRIES];
    let mut lines = Vec::with_capacity(N_COUNTRIES * N_LOAN_TYPES);
    for c in Country::ALL {
        let ca = s.country(c);
        arrears[c.index()] = ca.arrears;
        let pd = [ca.sovereign_pd, s.risk.non_sovereign_pd];
        for kind in 0..N_LOAN_TYPES {
            lines.push(Line {
                delay: ca.disbursement_delay as usize,
                hazard: (pd[kind] * s.risk.pd_multiplier).min(1.0) * lgd[kind],
                kind,
            });
        }
    }
    let project_lines = ProjectLines::new(s);
    let project_book_lines = project_lines
        .cells
        .iter()
        .map(|&(c, _, kind)| lines[generic_line(c, kind)])
        .collect();
    let terms = BookTerms::new(s, loan_rate);
    // The sustainable rule's unit exposures, from the generic lines before they move. (With
    // a look-ahead of 1 it runs too, and gives the hard limit's numbers exactly: a test.)
    let unit = match policy.lending_rule {
        LendingRule::Sustainable { lookahead } if policy.enforce_limit => {
            let k = lookahead.clamp(1, MAX_LOOKAHEAD) as usize;
            Some(unit_exposures(s, ctx, &lines, terms, k))
        }
        _ => None,
    };
    // Paid-in capital due in each instalment year (the same every year), by member and in all.
    let instalment_by_country: [f64; N_COUNTRIES] = std::array::from_fn(|c| {
        subscribed * ctx.bank_shares[c] * p / instalments as f64 * (1.0 - arrears[c])
    });
    let instalment = instalment_by_country.iter().fold(0.0, |sum, pi| sum + pi);
    let mut generic_book = LoanBook::new(lines, terms, years);
    let mut project_book = LoanBook::new(project_book_lines, terms, years);

    let out_years = out.years;
    out_years.clear();
    let paid_in_by_country = out.paid_in_by_country;
    paid_in_by_country.clear();
    paid_in_by_country.resize(years, [0.0; N_COUNTRIES]);

    // Named bank projects waiting for approval, in file order.
    let mut pending: Vec<usize> = (0..s.projects.len())
        .filter(|&i| project_lines.line_of[i].is_some())
        .collect();
    let events = out.events;
    let mut absorption_caps = [CapRecord::default(); N_COUNTRIES];
    let mut country_caps = [CapRecord::default(); N_COUNTRIES];
    let mut binding_years = 0_u32;
    let mut binding_demand = 0.0;
    let mut binding_cut = 0.0;
    let mut first_binding = None;
    let mut statutory_years = 0_u32;
    let mut first_statutory = None;
    let mut sustainable_years = 0_u32;
    let mut first_sustainable = None;
    let mut unabsorbed = 0.0;

    // Balances at the end of the previous year.
    let (mut equity, mut retained, mut loans, mut undisbursed, mut borrowings, mut liquid) =
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let mut opening_loans_by_type = [0.0; N_LOAN_TYPES];

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
            paid_in_by_country[t] = instalment_by_country;
            paid_in = instalment;
        }

        // 2. Capacity under the capital limit.
        let opening_equity = equity + paid_in;
        let floor_limit = opening_equity / policy.capital_floor;
        let statutory_limit = policy.statutory_multiple * (subscribed + retained);
        let limit = floor_limit.min(statutory_limit);
        let capacity = (limit - (loans + ccf * undisbursed)).max(0.0);
        let hard = capacity / ccf;
        // The sustainable level over the look-ahead (never above the hard limit: this year is
        // in the window, its term is `capacity / ccf` itself).
        let sustainable = unit.as_ref().map(|unit| {
            let books = [&generic_book, &project_book];
            let open = Opening {
                equity,
                retained,
                loans,
                undisbursed,
                borrowings,
                liquid,
                loans_by_type: opening_loans_by_type,
            };
            let due = |s: usize| {
                let op = s + 1 - first;
                if op <= instalments { instalment } else { 0.0 }
            };
            sustainable_level(s, &books, t, &open, paid_in, &due, unit, hard)
        });
        let mut room = if policy.enforce_limit {
            sustainable.map_or(hard, |level| level.max(0.0))
        } else {
            f64::INFINITY
        };
        let lending_limit = policy.enforce_limit.then_some(room);

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
            by_country[pr.country.index()] += pr.amount;
            if let Some(line) = project_lines.line_of[i] {
                project_book.approve(t, line, pr.amount);
            }
            Event::financed(pr, year, events);
            false
        });

        // Generic demand fills what capacity remains, spread by water-filling under the caps.
        let programme = generic_demand.min(room.max(0.0));
        let mut caps = [0.0; N_COUNTRIES];
        for c in Country::ALL {
            let i = c.index();
            if ctx.weights[i] > 0.0 {
                let absorption_room =
                    (s.demand.absorption_cap * c.info().gdp_bn - by_country[i]).max(0.0);
                caps[i] = (s.demand.country_cap * programme).min(absorption_room);
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
            if amount > 0.0 {
                placed += amount;
                let sovereign = amount * s.demand.sovereign_share;
                generic_book.approve(t, generic_line(i, 0), sovereign);
                generic_book.approve(t, generic_line(i, 1), amount - sovereign);
            }
        }
        let approvals = project_approvals + placed;
        let capital_cut = (demand - project_approvals - programme).max(0.0);
        let absorption_cut = (programme - placed).max(0.0);
        unabsorbed += absorption_cut;
        let binding = policy.enforce_limit && capital_cut > EPS;
        let cut_by = if binding {
            Some(if sustainable.is_some_and(|level| level < hard - EPS) {
                Cut::Sustainable
            } else if statutory_limit < floor_limit {
                Cut::Statutory
            } else {
                Cut::Capital
            })
        } else {
            (absorption_cut > EPS).then_some(Cut::Absorption)
        };
        if cut_by == Some(Cut::Statutory) {
            statutory_years += 1;
            first_statutory.get_or_insert(year);
        }
        if cut_by == Some(Cut::Sustainable) {
            sustainable_years += 1;
            first_sustainable.get_or_insert((year, room));
        }
        if binding {
            binding_years += 1;
            binding_demand += demand;
            binding_cut += capital_cut;
            first_binding.get_or_insert((year, cut_by.unwrap_or(Cut::Capital)));
        }
        let exposure_after_approvals = loans + ccf * (undisbursed + approvals);

        // 4. Cancellations, taken at approval.
        let cancellations = chi * approvals;

        // 5–8. Disbursements, write-downs, repayments by cohort, closing loans.
        let flows = add_flows(generic_book.step(t), project_book.step(t));
        let disbursements = flows.disbursements;
        let repayments = flows.repayments;
        let losses = flows.losses;
        let closing_loans = loans + disbursements - repayments - losses;
        let closing_undisbursed = undisbursed + approvals - cancellations - disbursements;

        // 9. Income on opening balances.
        let interest_income: f64 = (0..N_LOAN_TYPES)
            .map(|l| loan_rate[l] * opening_loans_by_type[l])
            .sum();
        let fee_income =
            s.pricing.front_end_fee * approvals + s.pricing.commitment_fee * undisbursed;
        let treasury_income = (r - 0.001) * liquid;
        let funding_cost = (r + f) * borrowings;
        let opex = policy.opex_fixed + policy.opex_variable * loans;
        let net_income =
            interest_income + fee_income + treasury_income - funding_cost - opex - losses;

        // 10. Equity.
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
            lending_limit,
            cut_by,
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
            return_on_equity: (equity > EPS).then(|| net_income / equity),
        });

        equity = closing_equity;
        loans = closing_loans;
        undisbursed = closing_undisbursed;
        borrowings = closing_borrowings;
        liquid = closing_liquid;
        opening_loans_by_type = flows.loans;
    }

    if let Some((first_year, limit)) = first_binding {
        events.insert(
            0,
            Event::LendingLimitBinds {
                first_year,
                limit,
                years: binding_years,
                cut_share: if binding_demand > 0.0 {
                    binding_cut / binding_demand
                } else {
                    0.0
                },
            },
        );
    }
    if let Some((first_year, level)) = first_sustainable {
        events.insert(
            usize::from(binding_years > 0),
            Event::SustainableLevelSets {
                first_year,
                years: sustainable_years,
                level,
            },
        );
    }
    if let Some(first_year) = first_statutory {
        events.insert(
            usize::from(binding_years > 0) + usize::from(sustainable_years > 0),
            Event::StatutoryLimitBinds {
                first_year,
                years: statutory_years,
                multiple: policy.statutory_multiple,
            },
        );
    }
    for c in Country::ALL {
        let (absorption, single) = (absorption_caps[c.index()], country_caps[c.index()]);
        if let Some(first_year) = absorption.first_year {
            events.push(Event::AbsorptionCap {
                country: c,
                first_year,
                years: absorption.years,
            });
        }
        if let Some(first_year) = single.first_year {
            events.push(Event::CountryCap {
                country: c,
                first_year,
                years: single.years,
            });
        }
    }
    if unabsorbed > EPS {
        events.push(Event::Unabsorbed { total: unabsorbed });
    }
    for i in pending {
        Event::not_financed(&s.projects[i], events);
    }

    let flows = out.flows;
    let books = (&generic_book, &project_book, &project_lines, ctx);
    split_disbursements(&mut flows.disbursed, books);
    if detail == Detail::Totals {
        for cube in [
            &mut flows.approvals,
            &mut flows.disbursements,
            &mut flows.repayments,
            &mut flows.losses,
            &mut flows.loans,
        ] {
            cube.reset(0, N_LOAN_TYPES);
        }
        return;
    }
    sector_cube(&mut flows.approvals, books, |b| &b.approvals);
    sector_cube(&mut flows.disbursements, books, |b| &b.disbursements);
    sector_cube(&mut flows.repayments, books, |b| &b.repayments);
    sector_cube(&mut flows.losses, books, |b| &b.losses);
    sector_cube(&mut flows.loans, books, |b| &b.loans);
}

fn add_flows(a: YearFlows, b: YearFlows) -> YearFlows {
    YearFlows {
        disbursements: a.disbursements + b.disbursements,
        repayments: a.repayments + b.repayments,
        losses: a.losses + b.losses,
        loans: [a.loans[0] + b.loans[0], a.loans[1] + b.loans[1]],
    }
}

/// Disbursements by year, by country and by sector: the same sums as the disbursement cube's,
/// without writing its cells.
fn split_disbursements(
    out: &mut Vec<YearSplit>,
    (generic, projects, lines, ctx): (&LoanBook, &LoanBook, &ProjectLines, &Context),
) {
    let g = &generic.disbursements;
    out.clear();
    // A country's generic lending spreads over sectors in its shares (which sum to 1, or to 0
    // for a country that takes none); the sector sums run over fixed-size rows, so they vectorise.
    let share_sums = ctx.sector_shares.map(|shares| shares.iter().sum::<f64>());
    out.extend(g.chunks_exact(generic.width()).map(|by_line| {
        let mut split = YearSplit::default();
        let (lines, _) = by_line.as_chunks::<N_LOAN_TYPES>();
        for (c, line) in lines.iter().enumerate().take(N_COUNTRIES) {
            let amount = line[0] + line[1];
            split.by_country[c] = amount * share_sums[c];
            for (acc, share) in split.by_sector.iter_mut().zip(&ctx.sector_shares[c]) {
                *acc += amount * share;
            }
        }
        split
    }));
    let (p, w) = (&projects.disbursements, projects.width());
    for (i, &(c, k, _)) in lines.cells.iter().enumerate() {
        for (t, split) in out.iter_mut().enumerate() {
            split.add(c, k, LoanBook::at(p, w, t, i));
        }
    }
}

/// A measure per year × country × sector × loan type: each country's generic line split by its
/// sector shares, plus the named-project lines.
fn sector_cube(
    cube: &mut Cube,
    (generic, projects, lines, ctx): (&LoanBook, &LoanBook, &ProjectLines, &Context),
    measure: impl Fn(&LoanBook) -> &Vec<f64>,
) {
    let g = measure(generic);
    let years = g.len() / generic.width();
    cube.reset(years, N_LOAN_TYPES);
    for (t, by_line) in g.chunks_exact(generic.width()).enumerate() {
        // Generic lines are ordered country-major, loan type minor, like the cube's cells.
        let countries = cube
            .year_slice_mut(t)
            .chunks_exact_mut(N_SECTORS * N_LOAN_TYPES);
        for ((cells, line), shares) in countries
            .zip(by_line.chunks_exact(N_LOAN_TYPES))
            .zip(&ctx.sector_shares)
        {
            for (cell, share) in cells.chunks_exact_mut(N_LOAN_TYPES).zip(shares) {
                cell[0] = line[0] * share;
                cell[1] = line[1] * share;
            }
        }
    }
    let (p, w) = (measure(projects), projects.width());
    for (i, &(c, k, l)) in lines.cells.iter().enumerate() {
        for t in 0..years {
            cube.add(t, c, k, l, LoanBook::at(p, w, t, i));
        }
    }
}

/// `num / den` where the denominator is meaningfully positive.
fn ratio(num: f64, den: f64) -> Option<f64> {
    (den > EPS).then(|| num / den)
}
