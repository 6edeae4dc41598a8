//! Explaining a difference (model.md §3c): how much of the change in a result between a
//! reference A and a scenario B each differing assumption (or group of them, or the world and
//! the bank's own choices) accounts for, with the Shapley value, so that the parts add up to
//! `R(B) − R(A)` whatever the order the changes are thought of in.
//!
//! `v(S)` is the result of A with the parts in S set to B's values ([`moves::with_moves`]).
//! Part g's share is `Σ_{S ⊆ G∖{g}} |S|!·(G−|S|−1)!/G! · (v(S ∪ {g}) − v(S))`: exact over all
//! 2^G coalitions for up to [`EXACT_MOST`] parts; beyond that, the average marginal change
//! over random orders (each with its reverse), with its standard error.
//!
//! **Deterministic.** Every coalition's value is a pure function of the two scenarios; they are
//! computed in parallel but summed in one fixed order, so the parts are the same to the last bit
//! on any number of threads, and the random orders come from a fixed seed.
//!
//! **Honest.** A coalition that is not a valid scenario, or whose result is undefined (no IRR,
//! no capital ratio), is named with its problem instead of being skipped: the explanation is not
//! given rather than given wrong. Moving by group or by class (more moves together) often
//! avoids it.
//!
//! The work can be done at once ([`explain`]) or in slices ([`Work::step`]), which the browser
//! runs between frames.

pub mod moves;

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use rand::seq::SliceRandom;
use rayon::prelude::*;

use super::assumptions::{Class, Group, Unit};
use super::compare::{Difference, differences};
use super::metric::Metric;
use super::projection::Projection;
use super::scenario::Scenario;
pub use moves::Move;

/// The most parts explained exactly (2^12 = 4,096 projections).
pub const EXACT_MOST: usize = 12;
/// Projections a sampled explanation aims at: about as many as the largest exact one.
const SAMPLED_PROJECTIONS: usize = 4096;
/// The fewest random orders a sampled explanation averages over.
const SAMPLED_ORDERS_LEAST: usize = 100;
/// The seed of the random orders: the same pair gives the same sampled parts.
const ORDERS_SEED: u64 = 0x5C0_5EED;
/// Coalitions named when some cannot be projected (the rest are counted).
const NAMED_MOST: usize = 8;

/// A result that changes year by year, explained year by year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Series {
    /// Bank approvals a year, US$ bn.
    Approvals,
    /// Bank disbursements a year, US$ bn.
    Disbursements,
    /// Bank disbursements plus fund investments a year, US$ bn.
    Financing,
    /// Loans outstanding at year end, US$ bn.
    Loans,
    /// The bank's equity at year end, US$ bn.
    Equity,
    /// The risk-adjusted capital ratio at year end (the rating lens; 0 in a year with nothing
    /// at risk, before the bank lends).
    Rac,
}

impl Series {
    pub const ALL: [Series; 6] = [
        Series::Approvals,
        Series::Disbursements,
        Series::Financing,
        Series::Loans,
        Series::Equity,
        Series::Rac,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Series::Approvals => "annual_approvals",
            Series::Disbursements => "annual_disbursements",
            Series::Financing => "annual_financing",
            Series::Loans => "loans_outstanding",
            Series::Equity => "equity",
            Series::Rac => "rac",
        }
    }

    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            Series::Approvals => "explain-series-approvals",
            Series::Disbursements => "explain-series-disbursements",
            Series::Financing => "explain-series-financing",
            Series::Loans => "explain-series-loans",
            Series::Equity => "explain-series-equity",
            Series::Rac => "explain-series-rac",
        })
    }

    /// The value in calendar year `year`; 0 outside the projection's years.
    fn value(self, p: &Projection, year: i32) -> f64 {
        let Some(i) = usize::try_from(year - p.start_year)
            .ok()
            .filter(|i| *i < p.bank.len())
        else {
            return 0.0;
        };
        let bank = &p.bank[i];
        match self {
            Series::Approvals => bank.approvals,
            Series::Disbursements => bank.disbursements,
            Series::Financing => {
                bank.disbursements + p.fund.invested.get(i).map_or(0.0, |y| y.total())
            }
            Series::Loans => bank.loans,
            Series::Equity => bank.equity,
            Series::Rac => bank.rac.unwrap_or(0.0),
        }
    }
}

/// What is explained: a scalar result (as sensitivity and goal seek offer them) or a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Metric(Metric),
    Series(Series),
}

impl Target {
    /// Reads a result's id: a metric's (`cumulative_financing`, `country_financing:KAZ`) or a
    /// series' (`annual_approvals`); the error lists what is accepted.
    pub fn parse(id: &str) -> Result<Target, String> {
        if let Some(series) = Series::ALL.into_iter().find(|s| s.id() == id.trim()) {
            return Ok(Target::Series(series));
        }
        Metric::parse(id).map(Target::Metric).map_err(|e| {
            let series: Vec<&str> = Series::ALL.iter().map(|s| s.id()).collect();
            crate::t!("explain-series-also", error = e, ids = series.join(", "))
        })
    }

    pub fn id(&self) -> String {
        match self {
            Target::Metric(m) => m.id(),
            Target::Series(s) => s.id().to_owned(),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Target::Metric(m) => m.label(),
            Target::Series(s) => s.label(),
        }
    }

    pub fn unit(&self) -> Unit {
        match self {
            Target::Metric(m) => m.unit(),
            Target::Series(Series::Approvals | Series::Disbursements | Series::Financing) => {
                Unit::UsdBnPerYear
            }
            Target::Series(Series::Rac) => Unit::Fraction,
            Target::Series(_) => Unit::UsdBn,
        }
    }

    pub fn is_series(&self) -> bool {
        matches!(self, Target::Series(_))
    }

    /// The values for `p`: one for a metric (`None` where it is undefined), one a year of
    /// `years` for a series.
    fn values(&self, p: &Projection, years: &[i32]) -> Option<Vec<f64>> {
        match self {
            Target::Metric(m) => m.value(p).filter(|v| v.is_finite()).map(|v| vec![v]),
            Target::Series(s) => Some(years.iter().map(|y| s.value(p, *y)).collect()),
        }
    }
}

/// How the differing assumptions are gathered into parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum By {
    /// One part an assumption where there are at most [`EXACT_MOST`], else by group.
    #[default]
    Auto,
    /// One part an assumption (sampled beyond [`EXACT_MOST`]).
    Assumption,
    /// One part a panel group (capital, demand, countries…).
    Group,
    /// Two parts: the world and the choices.
    Class,
}

impl By {
    pub const ALL: [By; 4] = [By::Auto, By::Assumption, By::Group, By::Class];

    pub fn id(self) -> &'static str {
        match self {
            By::Auto => "auto",
            By::Assumption => "assumption",
            By::Group => "group",
            By::Class => "class",
        }
    }

    pub fn parse(id: &str) -> Option<By> {
        By::ALL.into_iter().find(|b| b.id() == id.trim())
    }

    pub fn label(self) -> String {
        crate::i18n::tr(match self {
            By::Auto => "explain-by-auto",
            By::Assumption => "explain-by-assumption",
            By::Group => "explain-by-group",
            By::Class => "explain-by-class",
        })
    }
}

/// One part of the difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The assumption, group or class, in words.
    pub label: String,
    /// The world's or a choice; `None` for a group holding both.
    pub class: Option<Class>,
    /// The assumptions it moves, with both values in words (as the Compare table has them).
    pub details: Vec<Difference>,
    /// Its share of the change: one value, or one a year for a series.
    pub value: Vec<f64>,
    /// The standard error of each value when the parts were sampled.
    pub error: Option<Vec<f64>>,
}

impl Part {
    /// Its size, for ordering: the largest share in any year.
    pub fn size(&self) -> f64 {
        self.value.iter().fold(0.0, |m, v| m.max(v.abs()))
    }
}

/// The change split into the world's part, the choices' part, and what depends on the order.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    /// The change with the world's assumptions moved alone.
    pub world: Vec<f64>,
    /// The change with the choices moved alone.
    pub choices: Vec<f64>,
    /// The rest: how much the world and the choices change each other's effect.
    pub interaction: Vec<f64>,
}

/// Why a difference cannot be explained.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Unexplained {
    #[error("{}", crate::t!("explain-same"))]
    NoDifference,
    /// The result is undefined for the reference or the current scenario.
    #[error("{}", crate::t!("explain-undefined-end", result = .0.as_str()))]
    Undefined(String),
    /// Some coalitions cannot be projected.
    #[error("{}", crate::t!("explain-invalid", count = .total, first = .named.first().map(ToString::to_string).unwrap_or_default()))]
    Invalid { named: Vec<Coalition>, total: usize },
}

/// A combination of the two scenarios that cannot be projected: the reference with the current
/// scenario's values of `moved`.
#[derive(Clone, Debug, PartialEq)]
pub struct Coalition {
    pub moved: Vec<String>,
    /// The first problem of validation, or that the result is undefined.
    pub problem: String,
}

impl std::fmt::Display for Coalition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "explain-coalition",
            moved = self.moved.join("; "),
            problem = self.problem.as_str()
        ))
    }
}

/// An explained difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub target: Target,
    /// How the parts were gathered (never `Auto`).
    pub by: By,
    /// The calendar years of a series' values; empty for a scalar result.
    pub years: Vec<i32>,
    /// The result in the reference (A) and in the current scenario (B).
    pub reference: Vec<f64>,
    pub current: Vec<f64>,
    /// The parts, largest first; they add up to `current − reference`.
    pub parts: Vec<Part>,
    pub split: Split,
    /// The number of random orders when sampled (more than [`EXACT_MOST`] parts); `None` when exact.
    pub orders: Option<usize>,
    /// Projections made.
    pub projections: usize,
    /// The calendar year after each scenario's horizon (the reference's, the current one's):
    /// a first binding year there means "never".
    pub after_horizon: [i32; 2],
}

impl Explanation {
    /// `current − reference`, a value per year for a series.
    pub fn change(&self) -> Vec<f64> {
        self.current
            .iter()
            .zip(&self.reference)
            .map(|(b, a)| b - a)
            .collect()
    }
}

/// Explains the change in `target` from `a` (the reference) to `b`, at once.
pub fn explain(
    a: &Scenario,
    b: &Scenario,
    target: Target,
    by: By,
) -> Result<Explanation, Unexplained> {
    let mut work = Work::new(a, b, target, by)?;
    while work.step(usize::MAX) {}
    work.finish()
}

/// The moves of one part.
#[derive(Clone, Debug)]
struct Block {
    label: String,
    class: Option<Class>,
    moves: Vec<usize>,
}

/// How the coalitions are chosen.
#[derive(Debug)]
enum Plan {
    /// Every coalition of the blocks.
    Exact,
    /// The prefixes of these orders of the blocks.
    Sampled(Vec<Vec<usize>>),
}

/// The value of one coalition, or why there is none.
type Value = Result<Vec<f64>, String>;

/// An explanation under way: the coalitions to project and the values found so far.
#[derive(Debug)]
pub struct Work {
    a: Scenario,
    b: Scenario,
    target: Target,
    by: By,
    years: Vec<i32>,
    moves: Vec<Move>,
    details: Vec<Difference>,
    blocks: Vec<Block>,
    /// The moves that are the world's (for the split).
    world: Vec<bool>,
    plan: Plan,
    values: Vec<Value>,
    total: usize,
}

impl Work {
    /// Plans the explanation; `NoDifference` when no assumption that a projection reads differs.
    pub fn new(a: &Scenario, b: &Scenario, target: Target, by: By) -> Result<Work, Unexplained> {
        let moves = Move::between(a, b);
        if moves.is_empty() {
            return Err(Unexplained::NoDifference);
        }
        let by = match by {
            By::Auto if moves.len() <= EXACT_MOST => By::Assumption,
            By::Auto => By::Group,
            other => other,
        };
        let blocks = blocks(&moves, by);
        let g = blocks.len();
        let plan = if g <= EXACT_MOST {
            Plan::Exact
        } else {
            let pairs = SAMPLED_PROJECTIONS
                .div_ceil(2 * (g - 1))
                .max(SAMPLED_ORDERS_LEAST / 2);
            let mut rng = ChaCha8Rng::seed_from_u64(ORDERS_SEED);
            let mut orders = Vec::with_capacity(2 * pairs);
            for _ in 0..pairs {
                let mut order: Vec<usize> = (0..g).collect();
                order.shuffle(&mut rng);
                let reverse = order.iter().rev().copied().collect();
                orders.push(order);
                orders.push(reverse);
            }
            Plan::Sampled(orders)
        };
        let total = FIXED
            + match &plan {
                Plan::Exact => (1usize << g) - 2,
                Plan::Sampled(orders) => orders.len() * (g - 1),
            };
        let years = match target {
            Target::Metric(_) => Vec::new(),
            Target::Series(_) => {
                let first = a.start_year.min(b.start_year);
                let last = a.end_year().max(b.end_year());
                (first..=last).collect()
            }
        };
        let world = moves.iter().map(|m| m.class() == Class::World).collect();
        Ok(Work {
            a: a.clone(),
            b: b.clone(),
            target,
            by,
            years,
            details: differences(a, b),
            moves,
            blocks,
            world,
            plan,
            values: Vec::with_capacity(total),
            total,
        })
    }

    /// Projections to make in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Projections made so far.
    pub fn done(&self) -> usize {
        self.values.len()
    }

    /// Makes up to `most` more projections (in parallel where there are threads); `true`
    /// while some remain.
    pub fn step(&mut self, most: usize) -> bool {
        let from = self.values.len();
        let to = from.saturating_add(most).min(self.total);
        let found: Vec<Value> = (from..to)
            .into_par_iter()
            .map(|task| self.value_of(&self.coalition(task)))
            .collect();
        self.values.extend(found);
        self.values.len() < self.total
    }

    /// Which moves task `task` moves. Tasks 0–3 are the reference, the current scenario, the
    /// world's moves alone and the choices alone; then the plan's coalitions.
    fn coalition(&self, task: usize) -> Vec<bool> {
        let n = self.moves.len();
        match task {
            0 => vec![false; n],
            1 => vec![true; n],
            2 => self.world.clone(),
            3 => self.world.iter().map(|w| !w).collect(),
            _ => {
                let blocks = match &self.plan {
                    Plan::Exact => mask_blocks(task - FIXED + 1, self.blocks.len()),
                    Plan::Sampled(orders) => {
                        let g = self.blocks.len();
                        let (order, prefix) =
                            ((task - FIXED) / (g - 1), (task - FIXED) % (g - 1) + 1);
                        let mut chosen = vec![false; g];
                        for b in &orders[order][..prefix] {
                            chosen[*b] = true;
                        }
                        chosen
                    }
                };
                let mut moved = vec![false; n];
                for (block, chosen) in self.blocks.iter().zip(blocks) {
                    if chosen {
                        for m in &block.moves {
                            moved[*m] = true;
                        }
                    }
                }
                moved
            }
        }
    }

    fn value_of(&self, moved: &[bool]) -> Value {
        let s = moves::with_moves(&self.a, &self.b, &self.moves, |i| moved[i]);
        // The first problem says what to look at; the rest follow from the same combination.
        let p = super::project(&s).map_err(|e| {
            e.0.first()
                .map_or_else(|| e.to_string(), ToString::to_string)
        })?;
        self.target
            .values(&p, &self.years)
            .ok_or_else(|| crate::t!("explain-undefined", result = self.target.label()))
    }

    /// The explanation, once every projection is made.
    pub fn finish(self) -> Result<Explanation, Unexplained> {
        debug_assert_eq!(self.values.len(), self.total);
        let label = self.target.label();
        let undefined = crate::t!("explain-undefined", result = label.as_str());
        if self.values[..2]
            .iter()
            .any(|v| v.as_ref().err() == Some(&undefined))
        {
            return Err(Unexplained::Undefined(label));
        }
        let failed: Vec<usize> = (0..self.values.len())
            .filter(|t| self.values[*t].is_err())
            .collect();
        if !failed.is_empty() {
            let named = failed
                .iter()
                .take(NAMED_MOST)
                .map(|t| {
                    let moved = self.coalition(*t);
                    Coalition {
                        moved: self
                            .moves
                            .iter()
                            .zip(&moved)
                            .filter(|(_, m)| **m)
                            .map(|(m, _)| m.label())
                            .collect(),
                        problem: self.values[*t].clone().err().unwrap_or_default(),
                    }
                })
                .collect();
            return Err(Unexplained::Invalid {
                named,
                total: failed.len(),
            });
        }
        let values: Vec<&[f64]> = self
            .values
            .iter()
            .map(|v| v.as_deref().unwrap_or(&[]))
            .collect();
        let (reference, current) = (values[0].to_vec(), values[1].to_vec());
        let width = reference.len();
        let g = self.blocks.len();
        let (shares, errors) = match &self.plan {
            Plan::Exact => (
                exact_shares(g, width, |mask| value_at(&values, mask, g)),
                None,
            ),
            Plan::Sampled(orders) => {
                let (mean, error) = sampled_shares(orders, width, |order, prefix| match prefix {
                    0 => values[0],
                    p if p == g => values[1],
                    p => values[FIXED + order * (g - 1) + p - 1],
                });
                (mean, Some(error))
            }
        };
        let mut parts: Vec<Part> = self
            .blocks
            .iter()
            .enumerate()
            .map(|(i, block)| Part {
                label: block.label.clone(),
                class: block.class,
                details: block
                    .moves
                    .iter()
                    .flat_map(|m| self.moves[*m].details(&self.details))
                    .collect(),
                value: shares[i].clone(),
                error: errors.as_ref().map(|e: &Vec<Vec<f64>>| e[i].clone()),
            })
            .collect();
        // Largest first; equal sizes keep file order (a stable sort), so the order is fixed.
        parts.sort_by(|x, y| y.size().total_cmp(&x.size()));
        let minus =
            |x: &[f64], y: &[f64]| -> Vec<f64> { x.iter().zip(y).map(|(x, y)| x - y).collect() };
        let world = minus(values[2], values[0]);
        let choices = minus(values[3], values[0]);
        let interaction = (0..width)
            .map(|i| values[1][i] - values[2][i] - values[3][i] + values[0][i])
            .collect();
        Ok(Explanation {
            target: self.target,
            by: self.by,
            years: self.years,
            reference,
            current,
            parts,
            split: Split {
                world,
                choices,
                interaction,
            },
            orders: match &self.plan {
                Plan::Exact => None,
                Plan::Sampled(orders) => Some(orders.len()),
            },
            projections: self.total,
            after_horizon: [self.a.end_year() + 1, self.b.end_year() + 1],
        })
    }
}

/// Tasks before the plan's coalitions: the reference, the current scenario, the world alone,
/// the choices alone.
const FIXED: usize = 4;

/// The blocks chosen by bit mask `mask` of `g` blocks.
fn mask_blocks(mask: usize, g: usize) -> Vec<bool> {
    (0..g).map(|b| mask & (1 << b) != 0).collect()
}

/// The value of the coalition `mask` in an exact plan's values.
fn value_at<'a>(values: &[&'a [f64]], mask: usize, g: usize) -> &'a [f64] {
    let full = (1usize << g) - 1;
    match mask {
        0 => values[0],
        m if m == full => values[1],
        m => values[FIXED + m - 1],
    }
}

/// The Shapley value of each of `g` players for a game `v` over bit masks whose values are
/// vectors of `width`: `Σ_{S ∌ i} |S|!(g−|S|−1)!/g! · (v(S ∪ i) − v(S))`, summed in mask order.
pub fn exact_shares<'a>(g: usize, width: usize, v: impl Fn(usize) -> &'a [f64]) -> Vec<Vec<f64>> {
    // weight[s] = s!(g−s−1)!/g! = 1 / (g · C(g−1, s)).
    let mut weight = vec![0.0; g];
    let mut binomial = 1.0_f64;
    for (s, w) in weight.iter_mut().enumerate() {
        *w = 1.0 / (g as f64 * binomial);
        binomial = binomial * (g - 1 - s) as f64 / (s + 1) as f64;
    }
    let mut shares = vec![vec![0.0; width]; g];
    for mask in 0..(1usize << g) {
        let without = v(mask);
        let size = mask.count_ones() as usize;
        for (player, share) in shares.iter_mut().enumerate() {
            if mask & (1 << player) != 0 {
                continue;
            }
            let with = v(mask | (1 << player));
            for k in 0..width {
                share[k] += weight[size] * (with[k] - without[k]);
            }
        }
    }
    shares
}

/// The mean marginal change of each player over `orders` (a player's marginal change in an
/// order is `v(prefix with it) − v(prefix before it)`) and its standard error. Each order and
/// its reverse are one sample, as they were drawn.
fn sampled_shares<'a>(
    orders: &[Vec<usize>],
    width: usize,
    v: impl Fn(usize, usize) -> &'a [f64],
) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
    let g = orders.first().map_or(0, Vec::len);
    let marginals = |o: usize| {
        let mut m = vec![vec![0.0; width]; g];
        for (k, player) in orders[o].iter().enumerate() {
            let (before, after) = (v(o, k), v(o, k + 1));
            for i in 0..width {
                m[*player][i] = after[i] - before[i];
            }
        }
        m
    };
    let samples = orders.len() / 2;
    let mut sum = vec![vec![0.0; width]; g];
    let mut squares = vec![vec![0.0; width]; g];
    for pair in 0..samples {
        let (x, y) = (marginals(2 * pair), marginals(2 * pair + 1));
        for p in 0..g {
            for i in 0..width {
                let sample = 0.5 * (x[p][i] + y[p][i]);
                sum[p][i] += sample;
                squares[p][i] += sample * sample;
            }
        }
    }
    let n = samples.max(1) as f64;
    let mean: Vec<Vec<f64>> = sum
        .iter()
        .map(|s| s.iter().map(|x| x / n).collect())
        .collect();
    let error = mean
        .iter()
        .zip(&squares)
        .map(|(m, sq)| {
            m.iter()
                .zip(sq)
                .map(|(m, sq)| {
                    let variance = (sq / n - m * m).max(0.0) * n / (n - 1.0).max(1.0);
                    (variance / n).sqrt()
                })
                .collect()
        })
        .collect();
    (mean, error)
}

/// Where a move's part stands among the parts, its words and its class.
type BlockKey = (u8, String, Option<Class>);

/// The moves gathered into parts.
fn blocks(moves: &[Move], by: By) -> Vec<Block> {
    let gathered = |key: &dyn Fn(&Move) -> BlockKey| {
        let mut out: Vec<(u8, Block)> = Vec::new();
        for (i, m) in moves.iter().enumerate() {
            let (order, label, class) = key(m);
            match out.iter_mut().find(|(o, _)| *o == order) {
                Some((_, block)) => {
                    block.moves.push(i);
                    if block.class != class {
                        block.class = None;
                    }
                }
                None => out.push((
                    order,
                    Block {
                        label,
                        class,
                        moves: vec![i],
                    },
                )),
            }
        }
        out.sort_by_key(|(o, _)| *o);
        out.into_iter().map(|(_, b)| b).collect()
    };
    match by {
        By::Auto | By::Assumption => moves
            .iter()
            .enumerate()
            .map(|(i, m)| Block {
                label: m.label(),
                class: Some(m.class()),
                moves: vec![i],
            })
            .collect(),
        By::Group => gathered(&|m| {
            let group: Group = m.group();
            (group as u8, group.title(), Some(m.class()))
        }),
        By::Class => gathered(&|m| {
            let class = m.class();
            (class as u8, class.title(), Some(class))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A game given as a table over masks.
    fn game<'a>(values: &'a [Vec<f64>]) -> impl Fn(usize) -> &'a [f64] + 'a {
        |mask| values[mask].as_slice()
    }

    #[test]
    fn shapley_of_a_symmetric_game_is_equal_and_of_an_additive_game_is_one_at_a_time() {
        // v(S) = (|S|)²: symmetric, not additive.
        let sym: Vec<Vec<f64>> = (0..8usize)
            .map(|m| vec![f64::from(m.count_ones()).powi(2)])
            .collect();
        let s = exact_shares(3, 1, game(&sym));
        assert_eq!(s[0], s[1]);
        assert_eq!(s[1], s[2]);
        assert!((s.iter().map(|x| x[0]).sum::<f64>() - 9.0).abs() < 1e-12);
        // v(S) = Σ_{i∈S} c_i: each share is its c_i.
        let c = [3.0, -1.5, 0.25];
        let add: Vec<Vec<f64>> = (0..8usize)
            .map(|m| vec![(0..3).filter(|i| m & (1 << i) != 0).map(|i| c[i]).sum()])
            .collect();
        let s = exact_shares(3, 1, game(&add));
        for i in 0..3 {
            assert!((s[i][0] - c[i]).abs() < 1e-15);
        }
        // A player who changes nothing gets exactly 0.
        let null: Vec<Vec<f64>> = (0..8usize).map(|m| vec![(m & 3) as f64 * 1.7]).collect();
        assert_eq!(exact_shares(3, 1, game(&null))[2][0], 0.0);
    }

    #[test]
    fn sampled_orders_of_an_additive_game_are_exact() {
        let c = [2.0, 5.0];
        let orders = vec![vec![0, 1], vec![1, 0]];
        let (mean, error) = sampled_shares(&orders, 1, |o, k| {
            let v: &'static [f64] = match orders_prefix(o, k) {
                0 => &[0.0],
                1 => &[2.0],
                2 => &[5.0],
                _ => &[7.0],
            };
            v
        });
        assert_eq!(mean, vec![vec![c[0]], vec![c[1]]]);
        assert_eq!(error, vec![vec![0.0], vec![0.0]]);
    }

    /// The mask of prefix `k` of order `o` in the test above (order 0 is [0, 1], 1 is [1, 0]).
    fn orders_prefix(o: usize, k: usize) -> usize {
        match (o, k) {
            (_, 0) => 0,
            (0, 1) => 1,
            (1, 1) => 2,
            _ => 3,
        }
    }
}
