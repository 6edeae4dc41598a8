//! Uncertainty: Monte Carlo runs over assumptions given distributions, summarised as
//! percentile bands and plain-word probabilities.
//!
//! **Reproducible.** Run `i` of a scenario with seed `s` draws from its own ChaCha8 stream keyed
//! by `(s, i)`, and results are kept in run order, so the same seed gives the same numbers on
//! one thread or twenty, and the first 500 runs of a 10,000-run study are the 500 runs of a
//! 500-run one.
//!
//! **Bounds.** Every distribution carries `min` and `max`, inside the assumption's allowed
//! range: a normal or lognormal draw outside them is drawn again (the distribution is
//! truncated), up to 64 times, then clamped. Whole-number assumptions are rounded.
//!
//! **Percentiles** interpolate linearly between order statistics (numpy's default, "type 7").
//! A run whose drawn scenario is invalid (a grace period drawn no shorter than the tenor, say)
//! is not projected; it is counted and reported, never silently dropped.
//!
//! **Speed.** A run projects without cubes ([`Detail::Totals`]) and records its banded series
//! straight into its task's block, column by column; summarising counts each column into
//! buckets rather than sorting it (see `column_quantiles`). 10,000 runs of the baseline with
//! bands take 150–190 ms on two cores (`benches/studies.rs`).

use std::ops::Range;

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use rand_distr::{Distribution as _, LogNormal, Normal, Triangular, Uniform};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::assumptions::trim;
use super::lever::Lever;
use super::reference::{Country, N_COUNTRIES, N_SECTORS, Sector};
use super::validate::{Invalid, Problem};
use super::{Detail, Projection, Scenario, project_with};
use crate::text::clipped;

/// Fewest and most runs a study may ask for.
pub const RUNS_RANGE: (u32, u32) = (100, 50_000);

/// The uncertainty study saved with a scenario: which assumptions vary, how, and how many runs.
/// The seed is the scenario's `seed`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Uncertainty {
    /// Number of Monte Carlo runs.
    pub runs: u32,
    /// Assumptions drawn from a distribution in every run; all others stay as set.
    pub assumptions: Vec<Uncertain>,
}

/// One assumption and the distribution it is drawn from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uncertain {
    /// Path of the assumption, e.g. `demand.growth` or `countries.KAZ.sovereign_pd`.
    pub path: String,
    pub distribution: Distribution,
}

/// A distribution with bounds, in the assumption's own unit (fractions for rates).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Distribution {
    /// Every value in `[min, max]` equally likely.
    Uniform { min: f64, max: f64 },
    /// Most likely at `mode`, falling linearly to `min` and `max`.
    Triangular { min: f64, mode: f64, max: f64 },
    /// Normal with mean and standard deviation, truncated to `[min, max]`.
    Normal {
        mean: f64,
        sd: f64,
        min: f64,
        max: f64,
    },
    /// Lognormal: half the draws below `median`; `sigma` is the standard deviation of the
    /// logarithm (0.4 ≈ a factor of 1.5 either way for the middle two-thirds); truncated.
    LogNormal {
        median: f64,
        sigma: f64,
        min: f64,
        max: f64,
    },
}

impl Distribution {
    pub const KINDS: [&'static str; 4] = ["Uniform", "Triangular", "Normal", "LogNormal"];

    pub fn kind(&self) -> &'static str {
        match self {
            Distribution::Uniform { .. } => "Uniform",
            Distribution::Triangular { .. } => "Triangular",
            Distribution::Normal { .. } => "Normal",
            Distribution::LogNormal { .. } => "LogNormal",
        }
    }

    pub fn bounds(&self) -> (f64, f64) {
        match *self {
            Distribution::Uniform { min, max }
            | Distribution::Triangular { min, max, .. }
            | Distribution::Normal { min, max, .. }
            | Distribution::LogNormal { min, max, .. } => (min, max),
        }
    }

    /// A distribution of kind `kind` (one of [`Distribution::KINDS`]) centred on `value` with
    /// a spread of a quarter of the way to the range's ends: a starting point for the user.
    pub fn around(kind: &str, value: f64, range: (f64, f64)) -> Distribution {
        let (lo, hi) = range;
        let min = value - 0.25 * (value - lo);
        let max = value + 0.25 * (hi - value);
        let (min, max) = if max > min { (min, max) } else { (lo, hi) };
        match kind {
            "Uniform" => Distribution::Uniform { min, max },
            "Normal" => Distribution::Normal {
                mean: value,
                sd: (max - min) / 4.0,
                min,
                max,
            },
            "LogNormal" if value > 0.0 => Distribution::LogNormal {
                median: value,
                sigma: 0.25,
                min: min.max(value * 0.25),
                max,
            },
            _ => Distribution::Triangular {
                min,
                mode: value.clamp(min, max),
                max,
            },
        }
    }

    /// The centre: the mode, mean or median, or the middle of a uniform range.
    pub fn centre(&self) -> f64 {
        match *self {
            Distribution::Uniform { min, max } => 0.5 * (min + max),
            Distribution::Triangular { mode, .. } => mode,
            Distribution::Normal { mean, .. } => mean,
            Distribution::LogNormal { median, .. } => median,
        }
    }

    /// The same shape moved so that its centre is `value` (scaled, for a lognormal), with its
    /// bounds kept inside `range`.
    pub fn recentred(&self, value: f64, range: (f64, f64)) -> Distribution {
        let (lo, hi) = range;
        let shift = |v: f64| (v + value - self.centre()).clamp(lo, hi);
        match *self {
            Distribution::Uniform { min, max } => Distribution::Uniform {
                min: shift(min),
                max: shift(max),
            },
            Distribution::Triangular { min, max, .. } => Distribution::Triangular {
                min: shift(min).min(value),
                mode: value,
                max: shift(max).max(value),
            },
            Distribution::Normal { sd, min, max, .. } => Distribution::Normal {
                mean: value,
                sd,
                min: shift(min).min(value),
                max: shift(max).max(value),
            },
            Distribution::LogNormal {
                median,
                sigma,
                min,
                max,
            } if value > 0.0 && median > 0.0 => {
                let k = value / median;
                Distribution::LogNormal {
                    median: value,
                    sigma,
                    min: (min * k).clamp(lo, hi).min(value),
                    max: (max * k).clamp(lo, hi).max(value),
                }
            }
            other => other,
        }
    }

    /// One line for people, in the lever's unit.
    pub fn describe(&self, lever: &Lever) -> String {
        let u = |v: f64| lever.unit().format(v);
        match *self {
            Distribution::Uniform { min, max } => {
                crate::t!("describe-uniform", min = u(min), max = u(max))
            }
            Distribution::Triangular { min, mode, max } => {
                crate::t!(
                    "describe-triangular",
                    min = u(min),
                    mode = u(mode),
                    max = u(max)
                )
            }
            Distribution::Normal { mean, sd, min, max } => crate::t!(
                "describe-normal",
                mean = u(mean),
                sd = u(sd),
                min = u(min),
                max = u(max)
            ),
            Distribution::LogNormal {
                median,
                sigma,
                min,
                max,
            } => crate::t!(
                "describe-lognormal",
                median = u(median),
                sigma = crate::i18n::num::trimmed(sigma),
                min = u(min),
                max = u(max)
            ),
        }
    }

    /// The problems with this distribution for `lever`, named under `at` (a file path).
    pub(crate) fn problems(&self, lever: &Lever, at: &str, out: &mut Vec<Problem>) {
        let (lo, hi) = lever.range();
        let (min, max) = self.bounds();
        // Words only for a problem found (validation runs on every uncertainty run).
        let range = || {
            let unit = lever.unit();
            Some(crate::t!(
                "range-allowed",
                min = unit.format(lo),
                max = unit.format(hi)
            ))
        };
        let between = |min: f64, max: f64| {
            use crate::i18n::num::trimmed;
            Some(crate::t!(
                "range-allowed",
                min = trimmed(min),
                max = trimmed(max)
            ))
        };
        let mut bad = |field: &str, message: String, allowed: Option<String>| {
            out.push(Problem::new(format!("{at}.{field}"), message, allowed));
        };
        for (field, v) in self.fields() {
            if !v.is_finite() {
                bad(field, crate::t!("problem-not-finite"), None);
                return;
            }
        }
        if min < lo || max > hi {
            let field = if min < lo { "min" } else { "max" };
            let v = if min < lo { min } else { max };
            bad(
                field,
                crate::t!(
                    "problem-outside-range-of",
                    value = trim(v),
                    path = lever.path()
                ),
                range(),
            );
        }
        if min >= max {
            bad(
                "max",
                crate::t!("problem-not-above-min", max = trim(max), min = trim(min)),
                Some("max > min".into()),
            );
            return;
        }
        match *self {
            Distribution::Uniform { .. } => {}
            Distribution::Triangular { mode, .. } => {
                if mode < min || mode > max {
                    bad(
                        "mode",
                        crate::t!("problem-outside-min-max", value = trim(mode)),
                        between(min, max),
                    );
                }
            }
            Distribution::Normal { mean, sd, .. } => {
                if sd <= 0.0 {
                    bad(
                        "sd",
                        crate::t!("problem-not-positive", value = trim(sd)),
                        Some("> 0".into()),
                    );
                }
                if mean < min || mean > max {
                    bad(
                        "mean",
                        crate::t!("problem-outside-min-max", value = trim(mean)),
                        between(min, max),
                    );
                }
            }
            Distribution::LogNormal { median, sigma, .. } => {
                if sigma <= 0.0 {
                    bad(
                        "sigma",
                        crate::t!("problem-not-positive", value = trim(sigma)),
                        Some("> 0".into()),
                    );
                }
                if median <= 0.0 || median < min || median > max {
                    bad(
                        "median",
                        crate::t!("problem-median", value = trim(median)),
                        between(min, max).map(|r| crate::t!("problem-above-zero", range = r)),
                    );
                }
            }
        }
    }

    fn fields(&self) -> Vec<(&'static str, f64)> {
        match *self {
            Distribution::Uniform { min, max } => vec![("min", min), ("max", max)],
            Distribution::Triangular { min, mode, max } => {
                vec![("min", min), ("mode", mode), ("max", max)]
            }
            Distribution::Normal { mean, sd, min, max } => {
                vec![("mean", mean), ("sd", sd), ("min", min), ("max", max)]
            }
            Distribution::LogNormal {
                median,
                sigma,
                min,
                max,
            } => vec![
                ("median", median),
                ("sigma", sigma),
                ("min", min),
                ("max", max),
            ],
        }
    }
}

impl Default for Uncertainty {
    /// The baseline's study: five assumptions the seeds and sources leave most open
    /// (illustrative spreads, not estimates), 2,000 runs.
    fn default() -> Self {
        let on = |path: &str, distribution| Uncertain {
            path: path.to_owned(),
            distribution,
        };
        Uncertainty {
            runs: 2000,
            assumptions: vec![
                on(
                    "demand.first_year_approvals",
                    Distribution::Triangular {
                        min: 1.0,
                        mode: 1.5,
                        max: 2.5,
                    },
                ),
                on(
                    "demand.growth",
                    Distribution::Triangular {
                        min: 0.2,
                        mode: 0.4,
                        max: 0.6,
                    },
                ),
                on(
                    "pricing.base_rate",
                    Distribution::Uniform {
                        min: 0.02,
                        max: 0.05,
                    },
                ),
                on(
                    "risk.pd_multiplier",
                    Distribution::LogNormal {
                        median: 1.0,
                        sigma: 0.4,
                        min: 0.25,
                        max: 4.0,
                    },
                ),
                on(
                    "fund.growth",
                    Distribution::Normal {
                        mean: 0.12,
                        sd: 0.06,
                        min: -0.1,
                        max: 0.3,
                    },
                ),
            ],
        }
    }
}

impl Uncertainty {
    /// Problems with the study (paths under `uncertainty`).
    pub(crate) fn problems(&self, out: &mut Vec<Problem>) {
        let (lo, hi) = RUNS_RANGE;
        if self.runs < lo || self.runs > hi {
            out.push(Problem::new(
                "uncertainty.runs",
                crate::t!("problem-outside-allowed", value = self.runs.to_string()),
                Some(crate::t!(
                    "range-allowed",
                    min = lo.to_string(),
                    max = hi.to_string()
                )),
            ));
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, u) in self.assumptions.iter().enumerate() {
            let at = format!("uncertainty.assumptions[{i}]");
            let Some(lever) = Lever::find(&u.path) else {
                out.push(Problem::new(
                    format!("{at}.path"),
                    crate::t!(
                        "problem-not-numeric",
                        path = clipped(&u.path, 80).to_string()
                    ),
                    Some(crate::t!("problem-path-example")),
                ));
                continue;
            };
            if seen.contains(&u.path.as_str()) {
                out.push(Problem::new(
                    format!("{at}.path"),
                    crate::t!(
                        "problem-distribution-twice",
                        path = clipped(&u.path, 80).to_string()
                    ),
                    None,
                ));
            }
            seen.push(&u.path);
            u.distribution
                .problems(&lever, &format!("{at}.distribution"), out);
        }
    }
}

/// A distribution ready to draw from.
#[derive(Clone, Copy, Debug)]
enum Draw {
    Uniform(Uniform<f64>),
    Triangular(Triangular<f64>),
    Normal(Normal<f64>),
    LogNormal(LogNormal<f64>),
}

/// The study's levers with their distributions, checked and ready to draw from.
#[derive(Clone, Debug)]
pub struct Sampler {
    seed: u64,
    draws: Vec<(Lever, Draw, f64, f64)>,
}

impl Sampler {
    /// Checks the scenario (study included) and prepares the distributions.
    pub fn new(s: &Scenario) -> Result<Sampler, Invalid> {
        s.validate()?;
        let mut draws = Vec::with_capacity(s.uncertainty.assumptions.len());
        for (i, u) in s.uncertainty.assumptions.iter().enumerate() {
            let broken = |what: String| {
                Invalid(vec![Problem::new(
                    format!("uncertainty.assumptions[{i}].distribution"),
                    what,
                    None,
                )])
            };
            let lever = Lever::find(&u.path).ok_or_else(|| {
                broken(crate::t!(
                    "problem-not-assumption",
                    path = clipped(&u.path, 80).to_string()
                ))
            })?;
            let (min, max) = u.distribution.bounds();
            let draw = match u.distribution {
                Distribution::Uniform { min, max } => Uniform::new_inclusive(min, max)
                    .map(Draw::Uniform)
                    .map_err(|e| e.to_string()),
                Distribution::Triangular { min, mode, max } => Triangular::new(min, max, mode)
                    .map(Draw::Triangular)
                    .map_err(|e| e.to_string()),
                Distribution::Normal { mean, sd, .. } => Normal::new(mean, sd)
                    .map(Draw::Normal)
                    .map_err(|e| e.to_string()),
                Distribution::LogNormal { median, sigma, .. } => LogNormal::new(median.ln(), sigma)
                    .map(Draw::LogNormal)
                    .map_err(|e| e.to_string()),
            }
            .map_err(broken)?;
            draws.push((lever, draw, min, max));
        }
        Ok(Sampler {
            seed: s.seed,
            draws,
        })
    }

    /// The generator of run `run`: its own stream, whatever thread draws it.
    fn rng(&self, run: u64) -> ChaCha8Rng {
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&self.seed.to_le_bytes());
        key[8..16].copy_from_slice(&run.to_le_bytes());
        key[16..].copy_from_slice(b"sco-explorer/mc1");
        ChaCha8Rng::from_seed(key)
    }

    /// Writes run `run`'s draws into `s` (which must otherwise be the study's scenario).
    pub fn draw_into(&self, run: u64, s: &mut Scenario) {
        let mut rng = self.rng(run);
        for (lever, draw, min, max) in &self.draws {
            let mut value = f64::NAN;
            for _ in 0..64 {
                value = match draw {
                    Draw::Uniform(d) => d.sample(&mut rng),
                    Draw::Triangular(d) => d.sample(&mut rng),
                    Draw::Normal(d) => d.sample(&mut rng),
                    Draw::LogNormal(d) => d.sample(&mut rng),
                };
                if (*min..=*max).contains(&value) {
                    break;
                }
            }
            lever.set(s, value.clamp(*min, *max));
        }
    }

    /// The values drawn for run `run`, one per uncertain assumption (for tests and export).
    pub fn values(&self, run: u64, base: &Scenario) -> Vec<f64> {
        let mut s = base.clone();
        self.draw_into(run, &mut s);
        self.drawn(&s)
    }

    /// The values of the uncertain assumptions in a scenario [`Sampler::draw_into`] wrote.
    pub fn drawn(&self, s: &Scenario) -> Vec<f64> {
        self.draws.iter().map(|(lever, ..)| lever.get(s)).collect()
    }
}

/// A time series that gets bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Series {
    /// Bank approvals, US$ bn a year.
    Approvals,
    /// Loans outstanding at year end, US$ bn.
    Loans,
    /// Year-end capital ratio E / (L + ccf·U).
    CapitalRatio,
    /// Bank disbursements plus fund investments since the start, US$ bn.
    CumulativeFinancing,
    /// The fund investors' cumulative net cash flow (the J-curve), US$ bn.
    FundCumulativeNet,
    /// Year-end risk-adjusted capital ratio (the rating lens).
    Rac,
    /// Cumulative financing of one sector.
    Sector(Sector),
    /// Cumulative financing received by one country.
    Country(Country),
}

/// Number of banded series.
pub const N_SERIES: usize = 6 + N_SECTORS + N_COUNTRIES;

impl Series {
    pub fn index(self) -> usize {
        match self {
            Series::Approvals => 0,
            Series::Loans => 1,
            Series::CapitalRatio => 2,
            Series::CumulativeFinancing => 3,
            Series::FundCumulativeNet => 4,
            Series::Rac => 5,
            Series::Sector(s) => 6 + s.index(),
            Series::Country(c) => 6 + N_SECTORS + c.index(),
        }
    }

    pub fn all() -> impl Iterator<Item = Series> {
        [
            Series::Approvals,
            Series::Loans,
            Series::CapitalRatio,
            Series::CumulativeFinancing,
            Series::FundCumulativeNet,
            Series::Rac,
        ]
        .into_iter()
        .chain(Sector::ALL.map(Series::Sector))
        .chain(Country::ALL.map(Series::Country))
    }

    pub fn label(self) -> String {
        match self {
            Series::Approvals => crate::t!("series-approvals"),
            Series::Loans => crate::t!("series-loans"),
            Series::CapitalRatio => crate::t!("series-capital-ratio"),
            Series::CumulativeFinancing => crate::t!("metric-cumulative-financing"),
            Series::FundCumulativeNet => crate::t!("series-fund-cumulative-net"),
            Series::Rac => crate::t!("series-rac"),
            Series::Sector(s) => crate::t!("series-cumulative-of", slice = s.name()),
            Series::Country(c) => crate::t!("series-cumulative-of", slice = c.name()),
        }
    }

    /// Stable id for CSV files.
    pub fn id(self) -> String {
        match self {
            Series::Approvals => "approvals".into(),
            Series::Loans => "loans".into(),
            Series::CapitalRatio => "capital_ratio".into(),
            Series::CumulativeFinancing => "cumulative_financing".into(),
            Series::FundCumulativeNet => "fund_cumulative_net".into(),
            Series::Rac => "rac".into(),
            Series::Sector(s) => format!("cumulative_financing_sector_{}", s.id()),
            Series::Country(c) => format!("cumulative_financing_country_{}", c.code()),
        }
    }
}

/// The scalar outcomes of one valid run.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub first_binding_year: Option<i32>,
    pub fund_irr: Option<f64>,
    pub cumulative_financing: f64,
    pub min_capital_ratio: Option<f64>,
    pub final_equity: f64,
    pub net_positions: [f64; N_COUNTRIES],
    /// The rating lens: lowest RAC, and whether the assessment fell below very strong.
    pub min_rac: Option<f64>,
    pub below_very_strong: bool,
}

impl Outcome {
    fn of(p: &Projection) -> Self {
        let mut net_positions = [0.0; N_COUNTRIES];
        for (slot, c) in net_positions.iter_mut().zip(&p.countries) {
            *slot = c.net_position();
        }
        Outcome {
            first_binding_year: p.summary.first_binding_year,
            fund_irr: p.summary.fund_irr,
            cumulative_financing: p.summary.cumulative_financing,
            min_capital_ratio: p.summary.min_capital_ratio,
            final_equity: p.summary.final_equity,
            net_positions,
            min_rac: p.summary.min_rac,
            below_very_strong: p.summary.first_below_very_strong.is_some(),
        }
    }
}

/// Runs of a study, in run order, as the parallel tasks left them.
#[derive(Clone, Debug, Default)]
pub struct Runs {
    blocks: Vec<Block>,
}

impl Runs {
    /// Runs held, valid and invalid.
    pub fn len(&self) -> usize {
        self.blocks.iter().map(|b| b.valid + b.invalid).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The runs of one task. Series are stored column by column (`series[column × capacity + r]`
/// for the `r`-th valid run, a column being one series in one year), so that adding a block to
/// an [`Accumulator`] copies one slice per column instead of gathering a value from every run.
#[derive(Clone, Debug, Default)]
struct Block {
    capacity: usize,
    /// Valid runs recorded.
    valid: usize,
    series: Vec<f32>,
    outcomes: Vec<Outcome>,
    invalid: usize,
    first_invalid: Option<String>,
}

impl Block {
    fn column(&self, j: usize) -> &[f32] {
        let start = j * self.capacity;
        &self.series[start..start + self.valid]
    }
}

/// Runs per parallel task: each task clones the scenario and grows one projection's buffers
/// once, then reuses them for every run it holds.
const RUNS_PER_TASK: u64 = 128;

/// Runs `runs` of the study on rayon's current pool.
pub fn simulate(base: &Scenario, sampler: &Sampler, runs: Range<u64>) -> Runs {
    let years = base.years as usize;
    let tasks: Vec<Range<u64>> = runs
        .clone()
        .step_by(RUNS_PER_TASK as usize)
        .map(|start| start..(start + RUNS_PER_TASK).min(runs.end))
        .collect();
    let blocks = tasks
        .into_par_iter()
        .map(|task| {
            let capacity = (task.end - task.start) as usize;
            let mut block = Block {
                capacity,
                series: vec![0.0; N_SERIES * years * capacity],
                outcomes: Vec::with_capacity(capacity),
                ..Block::default()
            };
            let (mut s, mut p) = (base.clone(), Projection::default());
            for run in task {
                one_run(sampler, run, &mut s, &mut p, &mut block);
            }
            block
        })
        .collect();
    Runs { blocks }
}

/// Draws run `run`, projects it without cubes ([`Detail::Totals`]) and records it in `block`.
fn one_run(sampler: &Sampler, run: u64, s: &mut Scenario, p: &mut Projection, block: &mut Block) {
    sampler.draw_into(run, s);
    // Draws change assumption values only; the study was checked by `Sampler::new`.
    let problems = s.assumption_problems();
    if let Some(first) = problems.first() {
        block.invalid += 1;
        block.first_invalid.get_or_insert_with(|| first.to_string());
        return;
    }
    project_with(s, p, Detail::Totals);
    let (r, capacity) = (block.valid, block.capacity);
    let series = &mut block.series;
    fill_series(p, s.years as usize, |j, v| {
        series[j * capacity + r] = v as f32;
    });
    block.outcomes.push(Outcome::of(p));
    block.valid += 1;
}

/// The banded series of one projection, series-major (`[series.index() × years + t]`): what
/// a run records, and the "scenario as set" line the view draws beside the bands.
pub fn series_values(p: &Projection) -> Vec<f64> {
    let years = p.years();
    let mut out = vec![f64::NAN; N_SERIES * years];
    fill_series(p, years, |i, v| out[i] = v);
    out
}

/// Computes every banded series in one pass over the years; `put(index, value)` stores each.
fn fill_series(p: &Projection, years: usize, mut put: impl FnMut(usize, f64)) {
    let mut at = |series_index: usize, t: usize, v: f64| put(series_index * years + t, v);
    let (mut total, mut by_sector, mut by_country) = (0.0, [0.0; N_SECTORS], [0.0; N_COUNTRIES]);
    for t in 0..years.min(p.bank.len()) {
        let b = &p.bank[t];
        at(Series::Approvals.index(), t, b.approvals);
        at(Series::Loans.index(), t, b.loans);
        at(
            Series::CapitalRatio.index(),
            t,
            b.capital_ratio.unwrap_or(f64::NAN),
        );
        at(Series::Rac.index(), t, b.rac.unwrap_or(f64::NAN));
        for split in [p.bank_flows.disbursed.get(t), p.fund.invested.get(t)]
            .into_iter()
            .flatten()
        {
            for (acc, v) in by_country.iter_mut().zip(split.by_country) {
                *acc += v;
            }
            for (acc, v) in by_sector.iter_mut().zip(split.by_sector) {
                *acc += v;
            }
            total += split.total();
        }
        at(Series::CumulativeFinancing.index(), t, total);
        at(
            Series::FundCumulativeNet.index(),
            t,
            p.fund.years.get(t).map_or(0.0, |f| f.cumulative_net),
        );
        for (k, v) in by_sector.iter().enumerate() {
            at(Series::Sector(Sector::ALL[k]).index(), t, *v);
        }
        for (c, v) in by_country.iter().enumerate() {
            at(Series::Country(Country::ALL[c]).index(), t, *v);
        }
    }
}

/// The percentiles every band reports.
pub const PERCENTILES: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// P5, P25, P50, P75, P95 of one quantity.
pub type Quantiles = [f64; 5];

/// Percentile bands of one series: one [`Quantiles`] a year; `None` in a year where fewer
/// than half the runs define it (the capital ratio before the bank lends).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    pub years: Vec<Option<Quantiles>>,
}

/// Everything the runs so far say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bands {
    pub start_year: i32,
    /// Runs summarised (valid and invalid).
    pub runs: usize,
    /// Runs whose drawn scenario was invalid, and the first reason seen.
    pub invalid: usize,
    pub first_invalid: Option<String>,
    /// Indexed by [`Series::index`].
    pub series: Vec<Band>,
    /// Share of valid runs in which the capital limit has bound by the end of each year.
    pub binding_by_year: Vec<f64>,
    /// Share of valid runs whose fund IRR is below 0, and whose IRR is undefined.
    pub irr_below_zero: f64,
    pub irr_undefined: f64,
    /// Share of valid runs in which each country's net position is negative.
    pub net_negative: [f64; N_COUNTRIES],
    pub cumulative_financing: Option<Quantiles>,
    pub fund_irr: Option<Quantiles>,
    pub min_capital_ratio: Option<Quantiles>,
    pub final_equity: Option<Quantiles>,
    /// The rating lens: the lowest RAC's percentiles, and the share of valid runs whose
    /// capital assessment falls below very strong within the horizon.
    pub min_rac: Option<Quantiles>,
    pub below_very_strong: f64,
}

impl Bands {
    pub fn band(&self, series: Series) -> Option<&Band> {
        self.series.get(series.index())
    }

    /// Valid runs summarised.
    pub fn valid(&self) -> usize {
        self.runs - self.invalid
    }

    /// Share of valid runs in which the lending limit binds in `year` or before.
    pub fn binds_by(&self, year: i32) -> f64 {
        let t = year - self.start_year;
        if t < 0 {
            return 0.0;
        }
        self.binding_by_year
            .get(t as usize)
            .or(self.binding_by_year.last())
            .copied()
            .unwrap_or(0.0)
    }
}

impl Bands {
    /// The probabilities in plain words: when the lending limit binds (by `year`, and at
    /// all), the fund's IRR below zero, and members whose net position is negative.
    pub fn sentences(&self, year: i32) -> Vec<String> {
        let valid = self.valid();
        if valid == 0 {
            return vec![crate::t!("prob-no-valid-run")];
        }
        let pct = |share: f64| format_share(share);
        let mut out = Vec::new();
        let ever = self.binding_by_year.last().copied().unwrap_or(0.0);
        if ever == 0.0 {
            out.push(crate::t!("prob-limit-never"));
        } else {
            out.push(crate::t!(
                "prob-limit-binds",
                year = (year + 1).to_string(),
                share = pct(self.binds_by(year)),
                ever = pct(ever)
            ));
        }
        out.push(if self.irr_undefined > 0.0 {
            crate::t!(
                "prob-irr-below-zero-undefined",
                share = pct(self.irr_below_zero),
                undefined = pct(self.irr_undefined)
            )
        } else {
            crate::t!("prob-irr-below-zero", share = pct(self.irr_below_zero))
        });
        out.push(crate::t!(
            "prob-below-very-strong",
            share = pct(self.below_very_strong)
        ));
        let mut negative: Vec<(Country, f64)> = Country::ALL
            .into_iter()
            .zip(self.net_negative)
            .filter(|(_, share)| *share > 0.0)
            .collect();
        negative.sort_by(|a, b| b.1.total_cmp(&a.1));
        if negative.is_empty() {
            out.push(crate::t!("prob-no-negative"));
        } else {
            let list: Vec<String> = negative
                .iter()
                .map(|(c, share)| {
                    crate::t!(
                        "prob-country-share",
                        country = c.name(),
                        share = pct(*share)
                    )
                })
                .collect();
            out.push(crate::t!(
                "prob-negative",
                list = list.join(&crate::t!("list-separator"))
            ));
        }
        if self.invalid > 0 {
            let reason = self
                .first_invalid
                .clone()
                .unwrap_or_else(|| crate::t!("prob-no-reason"));
            out.push(crate::t!(
                "prob-invalid-runs",
                invalid = self.invalid,
                runs = self.runs,
                reason = reason
            ));
        }
        out
    }
}

/// A share of runs as a percentage: whole percent, but never "0 %" or "100 %" for a share
/// that is not exactly that.
pub fn format_share(share: f64) -> String {
    let p = share * 100.0;
    if p > 0.0 && p < 1.0 {
        crate::t!("share-under-1")
    } else if p > 99.0 && p < 100.0 {
        crate::t!("share-over-99")
    } else {
        crate::i18n::num::percent(p, 0)
    }
}

/// Percentiles of `values` (NaN values ignored); `None` when fewer than `min_count` remain.
/// `values` is reordered.
pub fn quantiles(values: &mut [f64], min_count: usize) -> Option<Quantiles> {
    // Finite values to the front.
    let mut n = 0;
    for i in 0..values.len() {
        if values[i].is_finite() {
            values.swap(n, i);
            n += 1;
        }
    }
    if n == 0 || n < min_count {
        return None;
    }
    Some(select_quantiles(&mut values[..n]))
}

/// Type-7 [`PERCENTILES`] of finite values by nested selection: each percentile is selected
/// within the part the previous one left, so the work is a few passes over `v`, not a sort.
fn select_quantiles(v: &mut [f64]) -> Quantiles {
    let n = v.len();
    let mut out = [0.0; 5];
    // Positions needed: floor(h) and floor(h) + 1 for each percentile.
    let mut lower = 0; // everything before `lower` is ≤ what follows
    for (slot, p) in out.iter_mut().zip(PERCENTILES) {
        let h = (n - 1) as f64 * p;
        let k = (h.floor() as usize).min(n - 1);
        let frac = h - k as f64;
        let x0 = if k >= lower {
            *v[lower..]
                .select_nth_unstable_by(k - lower, f64::total_cmp)
                .1
        } else {
            v[k]
        };
        lower = lower.max(k);
        let x1 = if frac > 0.0 && k + 1 < n {
            // The next order statistic is the least of what lies above position k.
            v[k + 1..].iter().copied().fold(f64::INFINITY, f64::min)
        } else {
            x0
        };
        *slot = x0 + frac * (x1 - x0);
    }
    out
}

/// Buckets of the counting pass in [`column_quantiles`].
const BUCKETS: usize = 1024;

/// Reusable buffers for [`column_quantiles`], one per worker thread.
#[derive(Debug)]
struct Scratch {
    values: Vec<f32>,
    buckets: Vec<u16>,
    counts: Box<[u32; BUCKETS]>,
    /// Index into `gathered` of each bucket holding a wanted order statistic, or `u8::MAX`.
    slot_of: Vec<u8>,
    gathered: Vec<Vec<f32>>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            values: Vec::new(),
            buckets: Vec::new(),
            counts: Box::new([0; BUCKETS]),
            slot_of: Vec::new(),
            gathered: Vec::new(),
        }
    }
}

/// Percentiles of a column of single-precision values (NaN ignored); `None` when fewer than
/// `min_count` are finite. The same type-7 percentiles as [`quantiles`], found by counting
/// rather than selecting: the values are counted into equal-width buckets between their least
/// and greatest (bucketing keeps their order, as `(v − lo)·scale` never decreases in `v`), the
/// buckets holding the wanted order statistics are found from the counts, and only their
/// values are selected among. That is a few passes over the column where selection took a
/// dozen; a constant column (years before the bank lends) needs one.
fn column_quantiles<'a>(
    parts: impl IntoIterator<Item = &'a [f32]>,
    scratch: &mut Scratch,
    min_count: usize,
) -> Option<Quantiles> {
    let values = &mut scratch.values;
    values.clear();
    for part in parts {
        values.extend(part.iter().copied().filter(|v| v.is_finite()));
    }
    let n = values.len();
    if n == 0 || n < min_count {
        return None;
    }
    let (lo, hi) = values
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    if lo == hi {
        return Some([f64::from(lo); 5]);
    }
    // The order statistics wanted: floor(h) and, where h has a fraction, the next one.
    let mut wanted = [(0usize, 0.0f64); 5];
    for (w, p) in wanted.iter_mut().zip(PERCENTILES) {
        let h = (n - 1) as f64 * p;
        let k = (h.floor() as usize).min(n - 1);
        *w = (k, h - k as f64);
    }

    // Count into buckets, keeping each value's bucket. In double precision, as `hi − lo` may
    // overflow a float.
    let scale = BUCKETS as f64 / (f64::from(hi) - f64::from(lo));
    let top = (BUCKETS - 1) as f64;
    let buckets = &mut scratch.buckets;
    buckets.clear();
    buckets.extend(
        values
            .iter()
            .map(|&v| ((f64::from(v) - f64::from(lo)) * scale).min(top) as u16),
    );
    let counts = &mut *scratch.counts;
    counts.fill(0);
    for &b in buckets.iter() {
        counts[usize::from(b) & (BUCKETS - 1)] += 1;
    }
    // Counts become the number of values in earlier buckets.
    let mut before = 0;
    for c in counts.iter_mut() {
        let here = *c;
        *c = before;
        before += here;
    }
    let bucket_of_rank = |r: usize| counts.partition_point(|&c| c as usize <= r) - 1;

    // Gather the values of every bucket that holds a wanted order statistic.
    let (slot_of, gathered) = (&mut scratch.slot_of, &mut scratch.gathered);
    slot_of.clear();
    slot_of.resize(BUCKETS, u8::MAX);
    let mut slots = 0;
    for &(k, frac) in &wanted {
        for r in [k, (k + 1).min(n - 1)]
            .into_iter()
            .take(if frac > 0.0 { 2 } else { 1 })
        {
            let b = bucket_of_rank(r);
            if slot_of[b] == u8::MAX {
                slot_of[b] = slots;
                slots += 1;
            }
        }
    }
    gathered.resize_with(usize::from(slots).max(gathered.len()), Vec::new);
    for g in gathered.iter_mut() {
        g.clear();
    }
    for (&v, &b) in values.iter().zip(buckets.iter()) {
        let slot = slot_of[usize::from(b)];
        if slot != u8::MAX {
            gathered[usize::from(slot)].push(v);
        }
    }
    let mut order_statistic = |r: usize| {
        let b = bucket_of_rank(r);
        let within = r - counts[b] as usize;
        let g = &mut gathered[usize::from(slot_of[b])];
        f64::from(*g.select_nth_unstable_by(within, f32::total_cmp).1)
    };
    let mut out = [0.0; 5];
    for (slot, &(k, frac)) in out.iter_mut().zip(&wanted) {
        let x0 = order_statistic(k);
        let x1 = if frac > 0.0 && k + 1 < n {
            order_statistic(k + 1)
        } else {
            x0
        };
        *slot = x0 + frac * (x1 - x0);
    }
    Some(out)
}

/// Runs kept so far, in the blocks their tasks wrote: summarising reads each column's slice
/// from every block, so adding runs moves blocks and copies no series.
#[derive(Clone, Debug, Default)]
pub struct Accumulator {
    start_year: i32,
    years: usize,
    blocks: Vec<Block>,
    outcomes: Vec<Outcome>,
    invalid: usize,
    first_invalid: Option<String>,
}

impl Accumulator {
    pub fn new(s: &Scenario) -> Self {
        Accumulator {
            start_year: s.start_year,
            years: s.years as usize,
            ..Accumulator::default()
        }
    }

    /// Runs summarised so far.
    pub fn runs(&self) -> usize {
        self.outcomes.len() + self.invalid
    }

    /// Adds runs (in run order).
    pub fn extend(&mut self, runs: Runs) {
        for mut block in runs.blocks {
            self.invalid += block.invalid;
            if let Some(why) = block.first_invalid.take() {
                self.first_invalid.get_or_insert(why);
            }
            self.outcomes.append(&mut block.outcomes);
            self.blocks.push(block);
        }
    }

    /// Percentiles and probabilities of the runs so far (columns summarised in parallel).
    pub fn bands(&self) -> Bands {
        let valid = self.outcomes.len();
        let half = valid.div_ceil(2).max(1);
        let quantile_columns: Vec<Option<Quantiles>> = (0..N_SERIES * self.years)
            .into_par_iter()
            .map_init(Scratch::default, |scratch, j| {
                let parts = self.blocks.iter().map(|b| b.column(j));
                column_quantiles(parts, scratch, half)
            })
            .collect();
        let series = quantile_columns
            .chunks(self.years.max(1))
            .map(|c| Band { years: c.to_vec() })
            .collect();

        let share = |count: usize| {
            if valid == 0 {
                0.0
            } else {
                count as f64 / valid as f64
            }
        };
        let mut first_counts = vec![0usize; self.years];
        let (mut below, mut undefined) = (0, 0);
        let mut negative = [0usize; N_COUNTRIES];
        for r in &self.outcomes {
            if let Some(y) = r.first_binding_year {
                let t = (y - self.start_year).max(0) as usize;
                if let Some(c) = first_counts.get_mut(t) {
                    *c += 1;
                }
            }
            match r.fund_irr {
                Some(irr) if irr < 0.0 => below += 1,
                None => undefined += 1,
                _ => {}
            }
            for (n, v) in negative.iter_mut().zip(r.net_positions) {
                if v < 0.0 {
                    *n += 1;
                }
            }
        }
        let mut running = 0;
        let binding_by_year = first_counts
            .iter()
            .map(|c| {
                running += c;
                share(running)
            })
            .collect();
        let scalar = |f: &dyn Fn(&Outcome) -> Option<f64>| {
            let mut v: Vec<f64> = self.outcomes.iter().filter_map(f).collect();
            quantiles(&mut v, 1)
        };
        Bands {
            start_year: self.start_year,
            runs: self.runs(),
            invalid: self.invalid,
            first_invalid: self.first_invalid.clone(),
            series,
            binding_by_year,
            irr_below_zero: share(below),
            irr_undefined: share(undefined),
            net_negative: negative.map(share),
            cumulative_financing: scalar(&|r| Some(r.cumulative_financing)),
            fund_irr: scalar(&|r| r.fund_irr),
            min_capital_ratio: scalar(&|r| r.min_capital_ratio),
            final_equity: scalar(&|r| Some(r.final_equity)),
            min_rac: scalar(&|r| r.min_rac),
            below_very_strong: share(self.outcomes.iter().filter(|r| r.below_very_strong).count()),
        }
    }
}

/// Runs the whole study of `s` on rayon's current pool and summarises it.
pub fn run_study(s: &Scenario) -> Result<Bands, Invalid> {
    let sampler = Sampler::new(s)?;
    let mut acc = Accumulator::new(s);
    acc.extend(simulate(s, &sampler, 0..u64::from(s.uncertainty.runs)));
    Ok(acc.bands())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_type_7_on_a_small_case() {
        // numpy.percentile([1..=10], [5, 25, 50, 75, 95]) = 1.45, 3.25, 5.5, 7.75, 9.55
        let mut v: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let q = quantiles(&mut v, 1).unwrap();
        let want = [1.45, 3.25, 5.5, 7.75, 9.55];
        for (a, b) in q.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{q:?}");
        }
        let mut nan = vec![f64::NAN, 2.0, f64::NAN];
        assert_eq!(quantiles(&mut nan, 1), Some([2.0; 5]));
        assert_eq!(quantiles(&mut nan, 2), None);
    }

    #[test]
    fn column_quantiles_agree_with_quantiles() {
        use rand::RngExt as _;
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut scratch = Scratch::default();
        let mut check = |column: Vec<f32>, what: &str| {
            let mut wide: Vec<f64> = column.iter().map(|v| f64::from(*v)).collect();
            assert_eq!(
                column_quantiles([column.as_slice()], &mut scratch, 1),
                quantiles(&mut wide, 1),
                "{what}"
            );
        };
        for n in [1, 2, 3, 10, 101, 1000, 10_000] {
            let mixed = (0..n)
                .map(|i| match i % 17 {
                    0 => f32::NAN,
                    1 => -0.0,
                    2 => 0.0,
                    _ => rng.random_range(-1e3f32..1e3),
                })
                .collect();
            check(mixed, &format!("{n} mixed values"));
            // Heavy tails crowd most values into one bucket.
            let tailed = (0..n)
                .map(|_| rng.random_range(0.0f32..1.0).powi(12) * 1e6)
                .collect();
            check(tailed, &format!("{n} heavy-tailed values"));
            // Ties across the wanted ranks, and one outlier.
            let mut ties: Vec<f32> = (0..n).map(|i| (i % 3) as f32).collect();
            ties.push(1e9);
            check(ties, &format!("{n} tied values"));
        }
        assert_eq!(
            column_quantiles([&[2.5; 7][..]], &mut scratch, 1),
            Some([2.5; 5])
        );
        assert_eq!(
            column_quantiles([&[f32::NAN, 1.0][..]], &mut scratch, 2),
            None
        );
    }

    #[test]
    fn the_baseline_study_is_valid_and_draws_inside_its_bounds() {
        let s = Scenario::default();
        assert!(s.problems().is_empty(), "{:?}", s.problems());
        let sampler = Sampler::new(&s).unwrap();
        for run in 0..500 {
            for (v, u) in sampler
                .values(run, &s)
                .iter()
                .zip(&s.uncertainty.assumptions)
            {
                let (lo, hi) = u.distribution.bounds();
                assert!((lo..=hi).contains(v), "{} = {v}", u.path);
            }
        }
    }

    #[test]
    fn bad_distributions_are_named() {
        let mut s = Scenario::default();
        s.uncertainty.runs = 5;
        s.uncertainty.assumptions.push(Uncertain {
            path: "demand.growht".into(),
            distribution: Distribution::Uniform { min: 0.0, max: 1.0 },
        });
        s.uncertainty.assumptions.push(Uncertain {
            path: "capital.subscribed".into(),
            distribution: Distribution::Normal {
                mean: 50.0,
                sd: -1.0,
                min: 1.0,
                max: 60.0,
            },
        });
        let fields: Vec<String> = s.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "uncertainty.runs",
                "uncertainty.assumptions[5].path",
                "uncertainty.assumptions[6].distribution.min",
                "uncertainty.assumptions[6].distribution.sd",
            ]
        );
    }
}
