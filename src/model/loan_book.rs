//! A loan book: a set of independent lines of lending (one per country and loan type, or per
//! named-project cell), each with its own disbursement delay, write-down rate and repayment
//! schedule, stepped one year at a time (model.md §2, steps 4–8).
//!
//! Everything a line does to an approval is linear (disburse, write down, repay), so the bank
//! keeps one line per country × loan type for generic lending and splits it across sectors in
//! fixed shares only when the per-sector flows are wanted.
//!
//! **Repayments by cohort, in constant time.** A cohort disbursed `a` years ago repays
//! `D · q^a · schedule(a)` this year, where `q = 1 − PD·LGD` (every year's write-down shrinks the
//! cohort and its remaining schedule). Money disbursed in year `v` pays nothing that year,
//! interest only to age `G`, principal at ages `G+1 … N`. Both schedules are geometric in age:
//! equal principal is `1/(N−G)`; the annuity's principal part (`ppmt`) is `c·ρ^(a−G−1)` with
//! `ρ = 1 + rate`, `c = rate / (ρ^(N−G) − 1)`. So repayments are `scale · S_t` with the window
//! `S_t = Σ_{a=G+1..N} D_{t−a}·Q^a`, `Q = q·ρ`, which updates in constant time:
//! `S_t = Q·S_{t−1} + Q^(G+1)·D_{t−G−1} − Q^(N+1)·D_{t−N−1}`.
//! The tests check this against the direct sum over cohorts with `ppmt`.

use super::projection::N_LOAN_TYPES;
use super::scenario::{Amortisation, DISBURSEMENT_YEARS, Scenario};

/// The terms every line of a book shares.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BookTerms {
    pub grace: usize,
    pub tenor: usize,
    /// Share of an approval disbursed `j` years after approval, net of cancellations.
    pub disbursed: [f64; DISBURSEMENT_YEARS],
    /// Repayment per unit of window, by loan type.
    pub scale: [f64; N_LOAN_TYPES],
    /// Growth of annuity principal payments `ρ` by loan type (1 for equal principal).
    pub growth: [f64; N_LOAN_TYPES],
}

impl BookTerms {
    pub fn new(s: &Scenario, loan_rate: [f64; N_LOAN_TYPES]) -> Self {
        let payments = f64::from(s.terms.tenor - s.terms.grace);
        let grace = s.terms.grace as i32;
        let mut growth = [1.0; N_LOAN_TYPES];
        let mut scale = [1.0 / payments; N_LOAN_TYPES];
        if s.terms.amortisation == Amortisation::Annuity {
            for l in 0..N_LOAN_TYPES {
                let rate = loan_rate[l];
                if rate != 0.0 {
                    let rho = 1.0 + rate;
                    growth[l] = rho;
                    // ppmt(rate, k, n, −1) = rate·ρ^(k−1) / (ρ^n − 1), with k = a − G.
                    scale[l] = rate / (rho.powf(payments) - 1.0) * rho.powi(-grace - 1);
                }
            }
        }
        let keep = 1.0 - s.terms.cancellation_rate;
        BookTerms {
            grace: s.terms.grace as usize,
            tenor: s.terms.tenor as usize,
            disbursed: s.terms.disbursement_profile.map(|d| d * keep),
            scale,
            growth,
        }
    }
}

/// One line of lending: who borrows and what that does to the schedule.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub delay: usize,
    /// Annual write-down rate `PD·LGD`.
    pub hazard: f64,
    /// Index of the loan type (0 sovereign, 1 non-sovereign).
    pub kind: usize,
}

/// Per-line coefficients of the repayment window.
#[derive(Clone, Copy, Debug, Default)]
struct WindowCoefficients {
    ratio: f64,
    enter: f64,
    leave: f64,
    scale: f64,
}

/// What a book did in one year, summed over its lines.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct YearFlows {
    pub disbursements: f64,
    pub repayments: f64,
    pub losses: f64,
    /// Closing loans by loan type.
    pub loans: [f64; N_LOAN_TYPES],
}

/// What one line did in one year ([`LoanBook::advance`]).
#[derive(Clone, Copy, Debug)]
struct LineYear {
    disbursed: f64,
    lost: f64,
    repaid: f64,
    closing: f64,
    /// The repayment window after the year.
    window: f64,
}

/// Flows of every line by year, stored `[year][line]`.
#[derive(Clone, Debug)]
pub(crate) struct LoanBook {
    lines: Vec<Line>,
    coefficients: Vec<WindowCoefficients>,
    terms: BookTerms,
    pub approvals: Vec<f64>,
    pub disbursements: Vec<f64>,
    pub repayments: Vec<f64>,
    pub losses: Vec<f64>,
    pub loans: Vec<f64>,
    window: Vec<f64>,
}

impl LoanBook {
    pub fn new(lines: Vec<Line>, terms: BookTerms, years: usize) -> Self {
        let coefficients = lines
            .iter()
            .map(|line| {
                let q = (1.0 - line.hazard) * terms.growth[line.kind];
                WindowCoefficients {
                    ratio: q,
                    enter: q.powi(terms.grace as i32 + 1),
                    leave: q.powi(terms.tenor as i32 + 1),
                    scale: terms.scale[line.kind],
                }
            })
            .collect();
        let n = lines.len() * years;
        LoanBook {
            coefficients,
            terms,
            approvals: vec![0.0; n],
            disbursements: vec![0.0; n],
            repayments: vec![0.0; n],
            losses: vec![0.0; n],
            loans: vec![0.0; n],
            window: vec![0.0; lines.len()],
            lines,
        }
    }

    pub fn width(&self) -> usize {
        self.lines.len()
    }

    /// Value of a measure for line `i` in year `t`.
    #[inline]
    pub fn at(series: &[f64], width: usize, t: usize, i: usize) -> f64 {
        series[t * width + i]
    }

    /// Adds an approval to line `i` in year `t` (before `step(t)`).
    pub fn approve(&mut self, t: usize, i: usize, amount: f64) {
        let w = self.width();
        self.approvals[t * w + i] += amount;
    }

    /// Runs steps 5–8 for year `t`: disbursements, write-downs, repayments, closing loans.
    ///
    /// Disbursements are scheduled forward: this year's approvals on a line add their shares to
    /// the line's `disbursements` of the years they fall in, so by year `t` its disbursements
    /// are complete (every approval until `t` is in) and stepping reads one number instead of
    /// summing over the profile.
    pub fn step(&mut self, t: usize) -> YearFlows {
        let w = self.width();
        let years = self.approvals.len() / w.max(1);
        let terms = self.terms;
        let mut out = YearFlows::default();
        for (i, line) in self.lines.iter().enumerate() {
            // 5. Disbursements: schedule this year's approvals, then take what falls due now.
            let approved = self.approvals[t * w + i];
            if approved != 0.0 {
                for (j, share) in terms.disbursed.iter().enumerate() {
                    let due = t + line.delay + j;
                    if due >= years {
                        break;
                    }
                    self.disbursements[due * w + i] += share * approved;
                }
            }
            let at = t * w + i;
            let opening = if t > 0 { self.loans[at - w] } else { 0.0 };
            let LineYear {
                disbursed,
                lost,
                repaid,
                closing,
                window,
            } = self.advance(i, t, opening, self.window[i]);
            self.window[i] = window;
            self.repayments[at] = repaid;
            self.losses[at] = lost;
            self.loans[at] = closing;
            out.disbursements += disbursed;
            out.repayments += repaid;
            out.losses += lost;
            out.loans[line.kind] += closing;
        }
        out
    }

    /// Line `i`'s closing loans, disbursements and write-downs in year `t` if nothing more were approved
    /// on it in year `t` (approvals already made that year count only once `step(t)` has
    /// scheduled them): what the risk-based lending limit starts from.
    pub fn preview(&self, t: usize, i: usize) -> (f64, f64, f64) {
        let w = self.width();
        let opening = if t > 0 {
            self.loans[(t - 1) * w + i]
        } else {
            0.0
        };
        let year = self.advance(i, t, opening, self.window[i]);
        (year.closing, year.disbursed, year.lost)
    }

    /// The share of an approval on line `i` disbursed in the year it is approved (net of
    /// cancellations; nothing where the line's disbursements are delayed).
    pub fn first_year_share(&self, i: usize) -> f64 {
        if self.lines[i].delay == 0 {
            self.terms.disbursed[0]
        } else {
            0.0
        }
    }

    /// Steps 6–8 for line `i` in year `t`, from its opening balance and its repayment window
    /// after year `t − 1`, with year `t`'s disbursements already scheduled: what `step` does
    /// to a line, and `ahead` with no approvals.
    // Always inlined: `step`'s loop over the lines is the engine's hottest, and with a third
    // caller (`preview`) the compiler stopped inlining it there on its own.
    #[inline(always)]
    fn advance(&self, i: usize, t: usize, opening: f64, window: f64) -> LineYear {
        let w = self.width();
        let terms = self.terms;
        let disbursed = self.disbursements[t * w + i];
        // 6. Write-down on the opening balance.
        let lost = self.lines[i].hazard * opening;
        // 7. Repayments by cohort through the running window.
        let k = self.coefficients[i];
        let mut window = window * k.ratio;
        if t > terms.grace {
            window += k.enter * self.disbursements[(t - terms.grace - 1) * w + i];
        }
        if t > terms.tenor {
            window -= k.leave * self.disbursements[(t - terms.tenor - 1) * w + i];
        }
        let repaid = k.scale * window;
        // 8. Closing loans.
        let closing = opening + disbursed - repaid - lost;
        LineYear {
            disbursed,
            lost,
            repaid,
            closing,
            window,
        }
    }

    /// What the book would do over the `out.len()` years from `t` with no approval from `t`
    /// on (its disbursements already scheduled, write-downs and repayments), added into
    /// `out`; years past the book's horizon are left as they are. The book itself is not
    /// changed: this is [`LoanBook::step`] without approvals, for the sustainable lending rule.
    pub fn ahead(&self, t: usize, out: &mut [YearFlows]) {
        let w = self.width();
        let years = self.approvals.len() / w.max(1);
        for (i, line) in self.lines.iter().enumerate() {
            let mut window = self.window[i];
            let mut loans = if t > 0 {
                self.loans[(t - 1) * w + i]
            } else {
                0.0
            };
            for (n, year) in out.iter_mut().enumerate() {
                let s = t + n;
                if s >= years {
                    break;
                }
                let next = self.advance(i, s, loans, window);
                (loans, window) = (next.closing, next.window);
                year.disbursements += next.disbursed;
                year.repayments += next.repaid;
                year.losses += next.lost;
                year.loans[line.kind] += loans;
            }
        }
    }
}
