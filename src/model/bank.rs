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
use super::lens::{self, Assessment, Balances, Credit, GrossIncome, Lens};
use super::loan_book::{BookTerms, Line, LoanBook, YearFlows};
use super::projection::{BankFlows, BankYear, Cube, Cut, Event, Limits, N_LOAN_TYPES, YearSplit};
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
    funding_spread: f64,
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
    // Borrowing costs this year's spread over the whole look-ahead; loans keep their price.
    let f = funding_spread;
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
    // The rating lens: each line's risk weight, and its undisbursed commitments (generic
    // lines, then project lines).
    let lens_lines = Lens::new(
        s,
        &ctx.ratings,
        project_lines.cells.iter().map(|&(c, _, kind)| (c, kind)),
    );
    let mut line_undisbursed = vec![0.0; generic_book.width() + project_book.width()];
    let mut gross_income = GrossIncome::default();
    let eligible_callable = lens::eligible_callable(s, &ctx.bank_shares, &ctx.ratings);
    let mut last_assessment: Option<Assessment> = None;
    let mut lowest_assessment: Option<Assessment> = None;
    let mut assessment_falls = Vec::new();

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
        // The own funding spread: the scenario's, or set by last year's assessment.
        let funding_spread = match last_assessment {
            Some(a) if s.pricing.spread_follows_assessment => a.funding_spread(),
            _ => f,
        };

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
        let open = Opening {
            equity,
            retained,
            loans,
            undisbursed,
            borrowings,
            liquid,
            loans_by_type: opening_loans_by_type,
        };
        let sustainable = unit.as_ref().map(|unit| {
            let books = [&generic_book, &project_book];
            let due = |s: usize| {
                let op = s + 1 - first;
                if op <= instalments { instalment } else { 0.0 }
            };
            sustainable_level(
                s,
                &books,
                t,
                &open,
                paid_in,
                &due,
                unit,
                hard,
                funding_spread,
            )
        });
        // Income on the opening balances, known before approvals (step 9 adds front-end fees;
        // the risk-based limit weighs it).
        let opening_income = OpeningIncome {
            interest: (0..N_LOAN_TYPES)
                .map(|l| loan_rate[l] * opening_loans_by_type[l])
                .sum(),
            commitment: s.pricing.commitment_fee * undisbursed,
            treasury: (r - 0.001) * liquid,
            funding: (r + funding_spread) * borrowings,
            opex: policy.opex_fixed + policy.opex_variable * loans,
        };
        let limit_room = if policy.enforce_limit {
            sustainable.map_or(hard, |level| level.max(0.0))
        } else {
            f64::INFINITY
        };
        let lending_limit = policy.enforce_limit.then_some(limit_room);

        // 3. Approvals: named projects first, in file order, while capacity lasts; generic
        // demand fills what capacity remains, spread by water-filling under the caps.
        let generic_demand = (s.demand.first_year_approvals
            * (1.0 + s.demand.growth).powi(op_year as i32 - 1))
        .min(s.demand.ceiling);
        let ask = |room: f64| allocate(s, ctx, &pending, year, generic_demand, room);
        let mut plan = ask(limit_room);
        // The risk-based limit: fewer approvals where the year-end RAC would fall below it.
        let mut risk_room = None;
        if let Some(min_rac) = policy.min_rac {
            let books = [&generic_book, &project_book];
            let year_end = RiskYear::new(
                s,
                &lens_lines,
                books,
                &line_undisbursed,
                t,
                opening_equity,
                opening_income,
                gross_income,
            );
            (plan, risk_room) = year_end.limit(min_rac, plan, &ask, |plan, out| {
                plan.line_amounts(s, &project_lines, out);
            });
        }
        let room = risk_room.map_or(limit_room, |r| r.min(limit_room));
        let Allocation {
            projects: financed,
            project_approvals,
            demand,
            programme,
            caps,
            generic,
            placed,
        } = plan;
        pending.retain(|i| !financed.contains(i));
        for &i in &financed {
            if let Some(line) = project_lines.line_of[i] {
                project_book.approve(t, line, s.projects[i].amount);
            }
            Event::financed(&s.projects[i], year, events);
        }
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
                let sovereign = amount * s.demand.sovereign_share;
                generic_book.approve(t, generic_line(i, 0), sovereign);
                generic_book.approve(t, generic_line(i, 1), amount - sovereign);
            }
        }
        let approvals = project_approvals + placed;
        let capital_cut = (demand - project_approvals - programme).max(0.0);
        let absorption_cut = (programme - placed).max(0.0);
        unabsorbed += absorption_cut;
        let binding = room.is_finite() && capital_cut > EPS;
        let cut_by = if binding {
            Some(if risk_room.is_some_and(|r| r < limit_room - EPS) {
                Cut::Risk
            } else if sustainable.is_some_and(|level| level < hard - EPS) {
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
        let limits = Limits {
            floor: ((floor_limit - (loans + ccf * undisbursed)) / ccf).max(0.0),
            statutory: ((statutory_limit - (loans + ccf * undisbursed)) / ccf).max(0.0),
            // A one-year look-ahead is the hard limit, not a limit of its own.
            sustainable: sustainable
                .filter(|_| policy.lending_rule.lookahead() > 1)
                .map(|level| level.max(0.0)),
            risk: risk_room,
        };
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

        // 9. Income on opening balances (all but the front-end fees worked out above).
        let fee_income = s.pricing.front_end_fee * approvals + opening_income.commitment;
        let OpeningIncome {
            interest: interest_income,
            treasury: treasury_income,
            funding: funding_cost,
            opex,
            ..
        } = opening_income;
        let net_income =
            interest_income + fee_income + treasury_income - funding_cost - opex - losses;

        // 10. Equity.
        let closing_equity = equity + paid_in + net_income;
        retained += net_income;

        // 11. Funding: borrow what loans and the liquidity buffer need beyond equity.
        let closing_borrowings =
            (closing_loans + policy.liquidity_ratio * disbursements - closing_equity).max(0.0);
        let closing_liquid = closing_equity + closing_borrowings - closing_loans;

        // 12. Ratios, and the rating lens.
        let exposure = closing_loans + ccf * closing_undisbursed;
        // One pass over the lines: each one's commitments, and its exposure weighed.
        let mut credit = Credit::default();
        fn row(book: &LoanBook, t: usize) -> [&[f64]; 3] {
            let at = t * book.width()..(t + 1) * book.width();
            [
                &book.loans[at.clone()],
                &book.approvals[at.clone()],
                &book.disbursements[at],
            ]
        }
        let (generic_undisbursed, project_undisbursed) =
            line_undisbursed.split_at_mut(generic_book.width());
        lens_lines.add_generic(
            &mut credit,
            1.0 - chi,
            row(&generic_book, t),
            generic_undisbursed,
        );
        let [closing, approved, out] = row(&project_book, t);
        for (i, u) in project_undisbursed.iter_mut().enumerate() {
            *u += (1.0 - chi) * approved[i] - out[i];
            lens_lines.add(&mut credit, generic_book.width() + i, closing[i], *u);
        }
        let gross = interest_income + treasury_income - funding_cost + fee_income;
        let balances = Balances {
            liquid: closing_liquid,
            mean_gross_income: gross_income.mean_with(gross),
        };
        gross_income.record(gross);
        let rwa = lens_lines.rwa(&credit, &balances);
        let rac = lens::rac(closing_equity, rwa);
        let assessment = rac.map(Assessment::of);
        if let (Some(now), Some(before)) = (assessment, last_assessment)
            && now > before
            && lowest_assessment.is_none_or(|low| now > low)
        {
            assessment_falls.push(Event::AssessmentFalls {
                year,
                from: before,
                to: now,
            });
        }
        if let Some(now) = assessment {
            last_assessment = Some(now);
            lowest_assessment = Some(lowest_assessment.map_or(now, |low| low.max(now)));
        }
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
            limits,
            funding_spread,
            rwa,
            rac,
            assessment,
            eligible_callable,
            rac_with_callable: lens::rac(closing_equity + eligible_callable, rwa),
            equity_to_assets: ratio(closing_equity, closing_loans + closing_liquid),
            liquidity_ratio: None,
        });

        equity = closing_equity;
        loans = closing_loans;
        undisbursed = closing_undisbursed;
        borrowings = closing_borrowings;
        liquid = closing_liquid;
        opening_loans_by_type = flows.loans;
    }

    // Liquidity: liquid assets at a year's end against the next year's disbursements.
    for t in 1..out_years.len() {
        let next = out_years[t].disbursements;
        let year = &mut out_years[t - 1];
        if year.operating {
            year.liquidity_ratio = ratio(year.liquid_assets, next);
        }
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
    // The lens's sentences come after the lending's: the assessment's falls, then a fact of
    // the scenario rather than of a year.
    events.append(&mut assessment_falls);
    if let Some(fact) = callable_left_out(s, ctx, eligible_callable) {
        events.push(fact);
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

/// A year's approvals as [`allocate`] would make them, before they are made.
#[derive(Clone, Debug, Default)]
struct Allocation {
    /// Named projects approved (indices into `Scenario::projects`), in file order.
    projects: Vec<usize>,
    project_approvals: f64,
    /// Named projects due plus generic demand.
    demand: f64,
    /// The generic programme capacity allows.
    programme: f64,
    /// Each country's cap on generic lending this year.
    caps: [f64; N_COUNTRIES],
    /// Generic approvals by country.
    generic: [f64; N_COUNTRIES],
    placed: f64,
}

impl Allocation {
    fn total(&self) -> f64 {
        self.project_approvals + self.placed
    }

    /// The approvals on every line (generic lines, then project lines) into `out`.
    fn line_amounts(&self, s: &Scenario, lines: &ProjectLines, out: &mut [f64]) {
        out.fill(0.0);
        for (c, amount) in self.generic.iter().enumerate() {
            let sovereign = amount * s.demand.sovereign_share;
            out[generic_line(c, 0)] = sovereign;
            out[generic_line(c, 1)] = amount - sovereign;
        }
        let offset = N_COUNTRIES * N_LOAN_TYPES;
        for &i in &self.projects {
            if let Some(line) = lines.line_of[i] {
                out[offset + line] += s.projects[i].amount;
            }
        }
    }
}

/// What the bank would approve in `year` with `room` (US$ bn of approvals): the named projects
/// due, in file order, while room lasts (one that does not fit waits, and a later, smaller one
/// may fit), then generic demand spread by water-filling under the country caps.
fn allocate(
    s: &Scenario,
    ctx: &Context,
    pending: &[usize],
    year: i32,
    generic_demand: f64,
    mut room: f64,
) -> Allocation {
    let mut plan = Allocation {
        demand: generic_demand,
        ..Allocation::default()
    };
    let mut by_country = [0.0; N_COUNTRIES];
    for &i in pending {
        let pr = &s.projects[i];
        if pr.year > year {
            continue;
        }
        plan.demand += pr.amount;
        if pr.amount > room + EPS {
            continue;
        }
        room -= pr.amount;
        plan.project_approvals += pr.amount;
        by_country[pr.country.index()] += pr.amount;
        plan.projects.push(i);
    }
    plan.programme = generic_demand.min(room.max(0.0));
    for c in Country::ALL {
        let i = c.index();
        if ctx.weights[i] > 0.0 {
            let absorption_room =
                (s.demand.absorption_cap * c.info().gdp_bn - by_country[i]).max(0.0);
            plan.caps[i] = (s.demand.country_cap * plan.programme).min(absorption_room);
        }
    }
    plan.generic = water_fill(plan.programme, &ctx.weights, &plan.caps);
    plan.placed = plan.generic.iter().filter(|a| **a > 0.0).sum();
    plan
}

/// A year's income on its opening balances, before approvals (model.md §2, step 9, without
/// the front-end fees on the year's approvals and the write-downs).
#[derive(Clone, Copy, Debug)]
struct OpeningIncome {
    interest: f64,
    commitment: f64,
    treasury: f64,
    funding: f64,
    opex: f64,
}

/// A year's end as it would be with a given set of approvals, for the risk-based limit: every
/// line's loans and commitments without the year's approvals, and what one unit approved on a
/// line adds; the equity, liquidity and gross income that follow (model.md §2, steps 4–11, for
/// the part that moves with approvals).
struct RiskYear<'a> {
    lens: &'a Lens,
    /// Per line, without this year's approvals: closing loans, closing undisbursed.
    base: Vec<(f64, f64)>,
    /// Per line, the share of an approval disbursed this year.
    first_share: Vec<f64>,
    kept: f64,
    front_end_fee: f64,
    liquidity_ratio: f64,
    /// Year-end equity, loans and the year's disbursements without the year's approvals.
    equity: f64,
    loans: f64,
    disbursed: f64,
    /// This year's gross income without front-end fees, and the years before.
    gross: f64,
    history: GrossIncome,
    amounts: Vec<f64>,
}

impl<'a> RiskYear<'a> {
    #[allow(clippy::too_many_arguments)]
    fn new(
        s: &Scenario,
        lens: &'a Lens,
        books: [&LoanBook; 2],
        undisbursed_by_line: &[f64],
        t: usize,
        opening_equity: f64,
        income: OpeningIncome,
        history: GrossIncome,
    ) -> Self {
        let kept = 1.0 - s.terms.cancellation_rate;
        let mut base = Vec::with_capacity(undisbursed_by_line.len());
        let mut first_share = Vec::with_capacity(undisbursed_by_line.len());
        let (mut loans, mut disbursed, mut write_downs) = (0.0, 0.0, 0.0);
        for book in books {
            for i in 0..book.width() {
                let (closing, out, lost) = book.preview(t, i);
                base.push((closing, undisbursed_by_line[base.len()] - out));
                first_share.push(book.first_year_share(i));
                loans += closing;
                disbursed += out;
                write_downs += lost;
            }
        }
        let OpeningIncome {
            interest,
            commitment,
            treasury,
            funding,
            opex,
        } = income;
        let net_income = interest + commitment + treasury - funding - opex - write_downs;
        RiskYear {
            lens,
            amounts: vec![0.0; base.len()],
            base,
            first_share,
            kept,
            front_end_fee: s.pricing.front_end_fee,
            liquidity_ratio: s.policy.liquidity_ratio,
            equity: opening_equity + net_income,
            loans,
            disbursed,
            gross: interest + treasury - funding + commitment,
            history,
        }
    }

    /// Year-end `E − min_rac·RWA` with `scale` times `self.amounts` approved.
    fn surplus(&self, min_rac: f64, scale: f64) -> f64 {
        let total: f64 = scale * self.amounts.iter().sum::<f64>();
        let new_loans: f64 = self
            .amounts
            .iter()
            .zip(&self.first_share)
            .map(|(a, d)| scale * a * d)
            .sum();
        let equity = self.equity + self.front_end_fee * total;
        let loans = self.loans + new_loans;
        let disbursed = self.disbursed + new_loans;
        let borrowings = (loans + self.liquidity_ratio * disbursed - equity).max(0.0);
        let balances = Balances {
            liquid: equity + borrowings - loans,
            mean_gross_income: self
                .history
                .mean_with(self.gross + self.front_end_fee * total),
        };
        let mut credit = Credit::default();
        for (i, ((&(l, u), &a), &d)) in self
            .base
            .iter()
            .zip(&self.amounts)
            .zip(&self.first_share)
            .enumerate()
        {
            let a = scale * a;
            self.lens
                .add(&mut credit, i, l + a * d, u + a * (self.kept - d));
        }
        equity - min_rac * self.lens.rwa(&credit, &balances)
    }

    /// The largest multiple of `self.amounts` that keeps the year-end RAC at or above
    /// `min_rac`, up to `most` (by bisection, keeping the feasible end).
    fn largest(&self, min_rac: f64, most: f64) -> f64 {
        if self.surplus(min_rac, 0.0) < 0.0 {
            return 0.0;
        }
        let (mut lo, mut hi) = (0.0, most);
        if self.surplus(min_rac, hi) >= 0.0 {
            return hi;
        }
        for _ in 0..60 {
            let mid = 0.5 * (lo + hi);
            if self.surplus(min_rac, mid) >= 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
            if hi - lo <= 1e-12 * most.max(1.0) {
                break;
            }
        }
        lo
    }

    /// The year's approvals under the risk-based limit, starting from the allocation the other
    /// limits allow, and the most the risk limit allows (US$ bn; `None` when there was nothing
    /// to weigh). Each round weighs the allocation last made; caps and projects that move it
    /// are met by allocating again; after a few rounds the room shrinks until it fits.
    fn limit(
        mut self,
        min_rac: f64,
        plan: Allocation,
        ask: &dyn Fn(f64) -> Allocation,
        amounts: impl Fn(&Allocation, &mut [f64]),
    ) -> (Allocation, Option<f64>) {
        let total = plan.total();
        if total <= EPS {
            return (plan, None);
        }
        amounts(&plan, &mut self.amounts);
        if self.surplus(min_rac, 1.0) >= 0.0 {
            // Not binding: how far it could go at this allocation (for the timeline).
            let mut most = 2.0;
            while most < 1e6 && self.surplus(min_rac, most) >= 0.0 {
                most *= 2.0;
            }
            let room = total * self.largest(min_rac, most);
            return (plan, Some(room));
        }
        let mut room = total * self.largest(min_rac, 1.0);
        for round in 0..40 {
            let plan = ask(room);
            let total = plan.total();
            if total <= EPS {
                return (plan, Some(room.max(0.0)));
            }
            amounts(&plan, &mut self.amounts);
            if self.surplus(min_rac, 1.0) >= 0.0 {
                return (plan, Some(room));
            }
            room = if round < 6 {
                total * self.largest(min_rac, 1.0)
            } else {
                0.9 * room
            };
        }
        (ask(0.0), Some(0.0))
    }
}
/// The fact the lens must say plainly (model.md §2): callable capital that does not count
/// because its members are rated below the threshold, with the member whose upgrade would
/// count the most.
fn callable_left_out(s: &Scenario, ctx: &Context, counted: f64) -> Option<Event> {
    let threshold = s.policy.callable_threshold;
    let mut total = 0.0;
    let mut largest: Option<(Country, f64)> = None;
    for (c, amount) in lens::callable_by_member(s, &ctx.bank_shares) {
        total += amount;
        if !ctx.ratings[c.index()].at_least(threshold) && largest.is_none_or(|(_, a)| amount > a) {
            largest = Some((c, amount));
        }
    }
    let largest = largest?;
    (total > EPS).then_some(Event::CallableLeftOut {
        threshold,
        counted,
        total,
        largest,
    })
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
