//! The rating lens (model.md §2, "The rating lens"): the bank's capital as the rating agencies
//! and peer banks measure it, every year. A transparent approximation from public rules (Basel
//! II's standardised risk weights, S&P's assessment scale for multilateral lenders, Fitch's and
//! S&P's treatment of callable capital), not any agency's model.
//!
//! Readings of the spec that a development-bank analyst would expect, written down here:
//! - **Exposure** of a line (a country and loan type, generic or a named project's) is
//!   `L + ccf·U` at year end, with `U` the line's undisbursed commitments (approvals net of
//!   cancellations, less disbursements), so the lines add up to the bank's `L + ccf·U`.
//! - **Negative or nil equity** gives a RAC of zero or below, "very weak"; a year without risk
//!   (no exposure, no liquid assets, no income) has no RAC at all.
//! - **Callable capital** of a member is its share of `S·(1 − p)`, counted when the member is
//!   rated at or above the threshold; unrated members never count.
//! - **The risk-based limit** (`policy.min_rac`) solves for the largest approval total that
//!   keeps the year-end RAC at or above the minimum with the year's allocation held in
//!   proportion; everything that moves with approvals is exact (the share disbursed in the year
//!   of approval, the front-end fee, the liquidity buffer and funding it sets, the
//!   concentration), so the year-end RAC meets the minimum to rounding. The bank loop
//!   re-allocates and solves again when caps move the allocation.

use super::projection::N_LOAN_TYPES;
use super::reference::{Country, N_COUNTRIES, Rating};
use super::scenario::Scenario;

/// Share of liquid assets counted as risk-weighted (high-grade placements; *illustrative*).
pub const LIQUID_WEIGHT: f64 = 0.10;
/// Operational risk under Basel II's basic indicator approach (¶649): 15 % of mean positive
/// gross income, times 12.5 to express it as risk-weighted assets.
pub const OPERATIONAL_FACTOR: f64 = 12.5 * 0.15;
/// Concentration counts above this Herfindahl index over countries (*illustrative*).
pub const HHI_FREE: f64 = 0.10;

/// The capital assessment on the scale of S&P's criteria for multilateral lending institutions,
/// from the risk-adjusted capital ratio. An assessment of capital, never a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Assessment {
    ExtremelyStrong,
    VeryStrong,
    Strong,
    Adequate,
    Moderate,
    Weak,
    VeryWeak,
}

impl Assessment {
    /// Best first.
    pub const ALL: [Assessment; 7] = [
        Assessment::ExtremelyStrong,
        Assessment::VeryStrong,
        Assessment::Strong,
        Assessment::Adequate,
        Assessment::Moderate,
        Assessment::Weak,
        Assessment::VeryWeak,
    ];

    /// The lowest RAC of each assessment (the scale of model.md: ≥ 23 %, 15 %, 10 %, 7 %, 5 %,
    /// 3 %; below 3 % very weak).
    pub fn lower_bound(self) -> f64 {
        match self {
            Assessment::ExtremelyStrong => 0.23,
            Assessment::VeryStrong => 0.15,
            Assessment::Strong => 0.10,
            Assessment::Adequate => 0.07,
            Assessment::Moderate => 0.05,
            Assessment::Weak => 0.03,
            Assessment::VeryWeak => f64::NEG_INFINITY,
        }
    }

    /// The RAC where the next better assessment begins (`None` for extremely strong).
    pub fn upper_bound(self) -> Option<f64> {
        Assessment::ALL
            .iter()
            .rev()
            .map(|b| b.lower_bound())
            .find(|b| *b > self.lower_bound())
    }

    pub fn of(rac: f64) -> Assessment {
        Assessment::ALL
            .into_iter()
            .find(|a| rac >= a.lower_bound())
            .unwrap_or(Assessment::VeryWeak)
    }

    /// The id written in `bank.csv`.
    pub fn id(self) -> &'static str {
        match self {
            Assessment::ExtremelyStrong => "extremely_strong",
            Assessment::VeryStrong => "very_strong",
            Assessment::Strong => "strong",
            Assessment::Adequate => "adequate",
            Assessment::Moderate => "moderate",
            Assessment::Weak => "weak",
            Assessment::VeryWeak => "very_weak",
        }
    }

    /// Its name in the reader's language.
    pub fn label(self) -> String {
        crate::i18n::tr(&format!("assessment-{}", self.id().replace('_', "-")))
    }

    /// The own funding spread a bank with this assessment pays over the base rate, when the
    /// spread follows the assessment (*illustrative*: the ladder of supranational bond spreads
    /// by rating, model.md).
    pub fn funding_spread(self) -> f64 {
        match self {
            Assessment::ExtremelyStrong => 0.0020,
            Assessment::VeryStrong => 0.0035,
            Assessment::Strong => 0.0060,
            Assessment::Adequate => 0.0100,
            Assessment::Moderate => 0.0150,
            Assessment::Weak => 0.0250,
            Assessment::VeryWeak => 0.0400,
        }
    }

    /// Whether this is "very strong" or better.
    pub fn very_strong_or_better(self) -> bool {
        self <= Assessment::VeryStrong
    }
}

/// What the lens needs to know of one line of lending.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LensLine {
    pub country: usize,
    /// Risk weight, after the preferred-creditor discount for sovereign loans.
    pub weight: f64,
}

/// The lens's fixed inputs for a scenario: the risk weight of every line of both loan books
/// (generic lines, then project lines).
#[derive(Debug)]
pub(crate) struct Lens {
    pub lines: Vec<LensLine>,
    pub ccf: f64,
    pub concentration: f64,
}

/// Exposure gathered line by line: by country (for concentration) and risk-weighted.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Credit {
    by_country: [f64; N_COUNTRIES],
    weighted: f64,
}

/// A year-end balance the lens reads, apart from the lines.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Balances {
    pub liquid: f64,
    /// Mean of the positive gross incomes of this year and the two before (0 if none).
    pub mean_gross_income: f64,
}

/// The weight of a line lending to a borrower of `rating` of loan type `kind` (0 sovereign),
/// with the preferred-creditor discount `pct` on sovereign loans.
fn line_weight(rating: Rating, pct: f64, kind: usize) -> f64 {
    let w = rating.risk_weights()[kind];
    if kind == 0 { w * (1.0 - pct) } else { w }
}

impl Lens {
    /// `generic`: the generic lines, country-major, loan type minor; `projects`: (country,
    /// loan type) of each project line.
    pub fn new(
        s: &Scenario,
        ratings: &[Rating; N_COUNTRIES],
        projects: impl Iterator<Item = (usize, usize)>,
    ) -> Self {
        let pct = s.policy.preferred_creditor;
        let generic = (0..N_COUNTRIES).flat_map(|c| (0..N_LOAN_TYPES).map(move |kind| (c, kind)));
        let lines = generic
            .chain(projects)
            .map(|(c, kind)| LensLine {
                country: c,
                weight: line_weight(ratings[c], pct, kind),
            })
            .collect();
        Lens {
            lines,
            ccf: s.policy.credit_conversion,
            concentration: s.policy.concentration_factor,
        }
    }

    /// Adds the generic lines' year-end exposure (country-major, loan type minor, as
    /// [`Lens::new`] orders them), updating their undisbursed commitments on the way with the
    /// year's approvals (kept after cancellations) and disbursements: the one pass a year
    /// that every projection makes, so written over fixed-size rows.
    pub fn add_generic(
        &self,
        credit: &mut Credit,
        kept: f64,
        [loans, approved, disbursed]: [&[f64]; 3],
        undisbursed: &mut [f64],
    ) {
        const W: usize = N_COUNTRIES * N_LOAN_TYPES;
        let (Ok(loans), Ok(approved), Ok(disbursed), Ok(undisbursed), Some(lines)) = (
            <&[f64; W]>::try_from(loans),
            <&[f64; W]>::try_from(approved),
            <&[f64; W]>::try_from(disbursed),
            <&mut [f64; W]>::try_from(undisbursed),
            self.lines.first_chunk::<W>(),
        ) else {
            return;
        };
        // Sums kept in locals: through `credit` they would make a chain of stores and loads.
        let mut weighted = 0.0;
        let mut by_country = [0.0; N_COUNTRIES];
        for (c, sum) in by_country.iter_mut().enumerate() {
            for k in 0..N_LOAN_TYPES {
                let i = c * N_LOAN_TYPES + k;
                let u = undisbursed[i] + kept * approved[i] - disbursed[i];
                undisbursed[i] = u;
                let x = loans[i] + self.ccf * u;
                *sum += x;
                weighted += x * lines[i].weight;
            }
        }
        credit.weighted += weighted;
        for (total, x) in credit.by_country.iter_mut().zip(by_country) {
            *total += x;
        }
    }

    /// Adds line `i`'s year-end exposure, from its loans and undisbursed commitments.
    #[inline]
    pub fn add(&self, credit: &mut Credit, i: usize, loans: f64, undisbursed: f64) {
        let line = self.lines[i];
        let x = loans + self.ccf * undisbursed;
        credit.by_country[line.country] += x;
        credit.weighted += x * line.weight;
    }

    /// Risk-weighted assets from the lines' exposure and the other balances.
    pub fn rwa(&self, credit: &Credit, b: &Balances) -> f64 {
        credit.weighted * (1.0 + self.concentration * concentration_excess(&credit.by_country))
            + LIQUID_WEIGHT * b.liquid.max(0.0)
            + OPERATIONAL_FACTOR * b.mean_gross_income
    }
}

/// `max(0, HHI − 0.10)` of exposure by country (0 without exposure).
fn concentration_excess(by_country: &[f64; N_COUNTRIES]) -> f64 {
    let total: f64 = by_country.iter().sum();
    if total <= 1e-12 {
        return 0.0;
    }
    let hhi: f64 = by_country.iter().map(|x| (x / total) * (x / total)).sum();
    (hhi - HHI_FREE).max(0.0)
}

/// `E / RWA`, or nothing while nothing is at risk.
pub fn rac(equity: f64, rwa: f64) -> Option<f64> {
    (rwa > 1e-9).then(|| equity / rwa)
}

/// The mean of the positive values among the last three gross incomes (Basel II ¶649: years
/// of negative or zero gross income are left out of both sides of the mean).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct GrossIncome {
    last: [Option<f64>; 3],
}

impl GrossIncome {
    /// The mean with this year's `gross` as the latest, without recording it.
    pub fn mean_with(&self, gross: f64) -> f64 {
        let (sum, n) = [self.last[1], self.last[2], Some(gross)]
            .into_iter()
            .flatten()
            .filter(|g| *g > 0.0)
            .fold((0.0, 0), |(s, n), g| (s + g, n + 1));
        if n == 0 { 0.0 } else { sum / f64::from(n) }
    }

    pub fn record(&mut self, gross: f64) {
        self.last = [self.last[1], self.last[2], Some(gross)];
    }
}

/// Callable capital that counts under the agencies' rules: the members rated at or above
/// `s.policy.callable_threshold`, each its share of `S·(1 − p)`.
pub fn eligible_callable(
    s: &Scenario,
    bank_shares: &[f64; N_COUNTRIES],
    ratings: &[Rating; N_COUNTRIES],
) -> f64 {
    callable_by_member(s, bank_shares)
        .filter(|(c, _)| ratings[c.index()].at_least(s.policy.callable_threshold))
        .map(|(_, amount)| amount)
        .sum()
}

/// Each member's callable capital, US$ bn (members with a share only).
pub fn callable_by_member<'a>(
    s: &'a Scenario,
    bank_shares: &'a [f64; N_COUNTRIES],
) -> impl Iterator<Item = (Country, f64)> + 'a {
    let callable = s.capital.subscribed * (1.0 - s.capital.paid_in_ratio);
    Country::ALL
        .into_iter()
        .filter(move |c| bank_shares[c.index()] > 0.0)
        .map(move |c| (c, callable * bank_shares[c.index()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assessment_scale() {
        assert_eq!(Assessment::of(0.30), Assessment::ExtremelyStrong);
        assert_eq!(Assessment::of(0.23), Assessment::ExtremelyStrong);
        assert_eq!(Assessment::of(0.2299), Assessment::VeryStrong);
        assert_eq!(Assessment::of(0.15), Assessment::VeryStrong);
        assert_eq!(Assessment::of(0.12), Assessment::Strong);
        assert_eq!(Assessment::of(0.08), Assessment::Adequate);
        assert_eq!(Assessment::of(0.06), Assessment::Moderate);
        assert_eq!(Assessment::of(0.04), Assessment::Weak);
        assert_eq!(Assessment::of(0.01), Assessment::VeryWeak);
        assert_eq!(Assessment::of(-0.5), Assessment::VeryWeak);
        assert_eq!(Assessment::ExtremelyStrong.upper_bound(), None);
        assert_eq!(Assessment::VeryStrong.upper_bound(), Some(0.23));
        assert_eq!(Assessment::VeryWeak.upper_bound(), Some(0.03));
        assert!(Assessment::VeryStrong.very_strong_or_better());
        assert!(!Assessment::Strong.very_strong_or_better());
    }

    #[test]
    fn gross_income_mean_skips_non_positive_years() {
        let mut g = GrossIncome::default();
        assert_eq!(g.mean_with(-1.0), 0.0);
        g.record(-1.0);
        assert_eq!(g.mean_with(2.0), 2.0);
        g.record(2.0);
        assert_eq!(g.mean_with(4.0), 3.0);
        g.record(4.0);
        // The oldest (−1) has left the window; 2, 4, 6.
        assert_eq!(g.mean_with(6.0), 4.0);
    }

    #[test]
    fn concentration_counts_above_a_tenth() {
        let mut x = [0.0; N_COUNTRIES];
        assert_eq!(concentration_excess(&x), 0.0);
        x[0] = 1.0;
        assert!((concentration_excess(&x) - 0.9).abs() < 1e-15);
        let even = [1.0; N_COUNTRIES];
        assert_eq!(concentration_excess(&even), 0.0);
    }
}
