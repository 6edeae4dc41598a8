//! Scenario discovery with PRIM (model.md §3b; Friedman and Fisher 1999, Bryant and Lempert
//! 2010; the EMA Workbench's `prim.py` is the reference): which ranges of the uncertain
//! assumptions hold the runs where a chosen outcome goes wrong.
//!
//! Readings of the spec, written down here:
//! - **Peeling** removes, for one assumption at a time, the runs below the box's α-quantile of
//!   that assumption (or above its (1−α)-quantile), and keeps the cut that raises the density
//!   of bad runs most per run removed (PRIM's original objective; the Workbench calls it
//!   `LENIENT1`). A cut that removes no run, or every run, is not a candidate. Peeling stops
//!   when no cut raises the density or the box would hold less than the minimum mass.
//! - **Pasting** follows peeling, as in the Workbench's `_paste`: from the last peeled box, each
//!   restricted limit in turn is widened to take in the α share of the box's runs that lie
//!   nearest beyond it (and within every other limit); the widening that gives the highest
//!   density is kept if it raises the density, and pasting goes on until none does. Each kept
//!   widening is a step of the trajectory ([`Step::pasted`]), after the peeled ones; so the
//!   trajectory's mass falls while peeling and may rise a little at its end.
//! - **Does a limit matter?** For the chosen box, each limit is dropped in turn and the density
//!   recomputed: the density lost is reported (the issue allows it in place of a quasi-p-value);
//!   a limit that loses less than a percentage point is not said in words.
//! - Runs whose scenario is invalid, or whose result is undefined, are left out, as the
//!   uncertainty study leaves them out.

use rayon::prelude::*;

use super::lever::Lever;
use super::metric::Metric;
use super::project_into;
use super::projection::Projection;
use super::scenario::Scenario;
use super::uncertainty::Sampler;
use super::validate::Invalid;

/// The share of the box's runs removed at each peeling step.
pub const ALPHA: f64 = 0.05;
/// Peeling stops before the box holds fewer than this share of all runs.
pub const MIN_MASS: f64 = 0.05;

/// `<` or `>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Below,
    Above,
}

/// The bad outcome: `RESULT < VALUE` or `RESULT > VALUE`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Condition {
    pub metric: Metric,
    pub op: Op,
    pub value: f64,
}

impl Condition {
    /// Reads `first_binding_year < 2035`, `fund_irr<0`, `net_position:KAZ < 0`. Fractions are
    /// written as fractions (`fund_irr < 0.02`), as in the files.
    pub fn parse(text: &str) -> Result<Condition, String> {
        let (at, op) = match (text.find('<'), text.find('>')) {
            (Some(i), None) => (i, Op::Below),
            (None, Some(i)) => (i, Op::Above),
            _ => {
                return Err(crate::t!("cli-not-a-condition", text = text));
            }
        };
        let metric = Metric::parse(text[..at].trim())?;
        let value = text[at + 1..]
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| crate::t!("cli-not-a-number", text = text[at + 1..].trim()))?;
        Ok(Condition { metric, op, value })
    }

    /// Whether a run's result is bad; `None` (undefined) when the result is.
    pub fn holds(&self, result: Option<f64>) -> Option<bool> {
        result.map(|v| match self.op {
            Op::Below => v < self.value,
            Op::Above => v > self.value,
        })
    }

    /// The condition for people: the result's name, the sign and the value in its unit
    /// ("First year the capital limit binds < 2035").
    pub fn text(&self) -> String {
        let op = match self.op {
            Op::Below => "<",
            Op::Above => ">",
        };
        format!(
            "{} {op} {}",
            self.metric.label(),
            self.metric.unit().format_sig(self.value, 4)
        )
    }
}

/// The study's runs, for discovery: the sampled value of every uncertain assumption and
/// whether the outcome was bad, for the runs that gave a valid scenario and a defined result.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// Catalogue paths of the uncertain assumptions, in the study's order.
    pub paths: Vec<String>,
    /// Run numbers (the seed's streams), in order.
    pub runs: Vec<u64>,
    /// `values[j][i]`: assumption `j` in the `i`-th kept run.
    pub values: Vec<Vec<f64>>,
    /// The result of each kept run.
    pub results: Vec<f64>,
    pub bad: Vec<bool>,
    /// Runs left out (invalid scenario or undefined result).
    pub left_out: usize,
}

impl Sample {
    /// Adds the runs of `later` (of the same study, drawn after these) at the end.
    pub fn append(&mut self, later: Sample) {
        self.runs.extend(later.runs);
        for (column, more) in self.values.iter_mut().zip(later.values) {
            column.extend(more);
        }
        self.results.extend(later.results);
        self.bad.extend(later.bad);
        self.left_out += later.left_out;
    }

    /// Assumption `j` in the reader's words (its catalogue path if it is not in the catalogue).
    pub fn name(&self, j: usize) -> String {
        Lever::find(&self.paths[j]).map_or_else(|| self.paths[j].clone(), |l| l.label())
    }

    /// A value of assumption `j` with its unit, to three significant digits.
    pub fn format(&self, j: usize, v: f64) -> String {
        match Lever::find(&self.paths[j]) {
            Some(lever) => lever.unit().format_sig(v, 3),
            None => crate::i18n::num::trimmed(v),
        }
    }
}

/// Draws and projects `runs` runs of the study of `s` (on rayon's pool; the same seed gives
/// the same sample on any number of threads).
pub fn sample(s: &Scenario, condition: &Condition, runs: u64) -> Result<Sample, Invalid> {
    sample_runs(s, condition, 0..runs)
}

/// Draws and projects the runs `runs` of the study of `s`: [`sample`] over part of the runs.
/// The parts of `0..n`, taken in order and joined with [`Sample::append`], are `sample(s, c, n)`
/// (the web edition samples in slices between frames this way).
pub fn sample_runs(
    s: &Scenario,
    condition: &Condition,
    runs: std::ops::Range<u64>,
) -> Result<Sample, Invalid> {
    let rows = over_runs(s, runs, |run, values, projection| {
        let result = condition.metric.value(projection?)?;
        Some((run, values, result))
    })?;
    let d = s.uncertainty.assumptions.len();
    let mut out = Sample {
        paths: s
            .uncertainty
            .assumptions
            .iter()
            .map(|u| u.path.clone())
            .collect(),
        runs: Vec::new(),
        values: vec![Vec::new(); d],
        results: Vec::new(),
        bad: Vec::new(),
        left_out: 0,
    };
    for row in rows {
        match row {
            Some((run, values, result)) => {
                out.runs.push(run);
                for (column, v) in out.values.iter_mut().zip(values) {
                    column.push(v);
                }
                out.bad.push(condition.holds(Some(result)).unwrap_or(false));
                out.results.push(result);
            }
            None => out.left_out += 1,
        }
    }
    Ok(out)
}

/// The headline results written for every run in `samples.csv`.
pub const SAMPLE_RESULTS: [Metric; 6] = [
    Metric::CumulativeFinancing,
    Metric::FirstBindingYear,
    Metric::MinCapitalRatio,
    Metric::MinRac,
    Metric::FinalEquity,
    Metric::FundIrr,
];

/// Every run of the study for audit: its number, the value drawn for each uncertain
/// assumption, and the headline results (`None` where the run's scenario was invalid or the
/// result undefined). The same seed gives the same rows on any number of threads.
#[allow(clippy::type_complexity)]
pub fn sample_rows(
    s: &Scenario,
    runs: u64,
) -> Result<Vec<(u64, Vec<f64>, [Option<f64>; SAMPLE_RESULTS.len()])>, Invalid> {
    over_runs(s, 0..runs, |run, values, projection| {
        let results = match projection {
            Some(p) => SAMPLE_RESULTS.map(|m| m.value(p)),
            None => [None; SAMPLE_RESULTS.len()],
        };
        (run, values, results)
    })
}

/// Draws and projects the runs `runs` of the study of `s` on rayon's pool, in run order: `keep`
/// gets each run's number, the values drawn for the uncertain assumptions, and the projection
/// (`None` where the drawn scenario is invalid).
fn over_runs<T: Send>(
    s: &Scenario,
    runs: std::ops::Range<u64>,
    keep: impl Fn(u64, Vec<f64>, Option<&Projection>) -> T + Sync,
) -> Result<Vec<T>, Invalid> {
    let sampler = Sampler::new(s)?;
    Ok(runs
        .into_par_iter()
        .map_init(
            || (s.clone(), Projection::default()),
            |(scenario, projection), run| {
                scenario.clone_from(s);
                sampler.draw_into(run, scenario);
                let values = sampler.drawn(scenario);
                let projected = project_into(scenario, projection)
                    .ok()
                    .map(|()| &*projection);
                keep(run, values, projected)
            },
        )
        .collect())
}

/// One box of the peeling trajectory.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Bad runs in the box ÷ all bad runs.
    pub coverage: f64,
    /// Bad runs in the box ÷ runs in the box.
    pub density: f64,
    /// Runs in the box ÷ all runs.
    pub mass: f64,
    /// The box: lower and upper limit of each assumption.
    pub limits: Vec<(f64, f64)>,
    /// Whether the step widened a limit again (pasting) rather than peeled one.
    pub pasted: bool,
}

impl Step {
    /// The assumptions whose limits are narrower than the whole sample's range.
    pub fn restricted(&self, full: &[(f64, f64)]) -> Vec<usize> {
        self.limits
            .iter()
            .zip(full)
            .enumerate()
            .filter(|(_, (l, f))| l.0 > f.0 || l.1 < f.1)
            .map(|(j, _)| j)
            .collect()
    }
}

/// The peeling trajectory, from the box of all runs to the smallest box.
#[derive(Clone, Debug, PartialEq)]
pub struct Trajectory {
    /// The sample's range of each assumption.
    pub full: Vec<(f64, f64)>,
    pub steps: Vec<Step>,
    pub total: usize,
    pub bad: usize,
}

/// Peels boxes off the sample (see the module notes).
pub fn peel(sample: &Sample) -> Trajectory {
    let n = sample.bad.len();
    let d = sample.values.len();
    let full: Vec<(f64, f64)> = sample
        .values
        .iter()
        .map(|c| {
            c.iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                    (lo.min(*v), hi.max(*v))
                })
        })
        .collect();
    let total_bad = sample.bad.iter().filter(|b| **b).count();
    let mut inside: Vec<usize> = (0..n).collect();
    let mut limits = full.clone();
    let step = |inside: &[usize], limits: &[(f64, f64)]| {
        let bad = inside.iter().filter(|&&i| sample.bad[i]).count();
        Step {
            coverage: if total_bad > 0 {
                bad as f64 / total_bad as f64
            } else {
                0.0
            },
            density: if inside.is_empty() {
                0.0
            } else {
                bad as f64 / inside.len() as f64
            },
            mass: if n > 0 {
                inside.len() as f64 / n as f64
            } else {
                0.0
            },
            limits: limits.to_vec(),
            pasted: false,
        }
    };
    let mut steps = vec![step(&inside, &limits)];
    if n == 0 || total_bad == 0 {
        return Trajectory {
            full,
            steps,
            total: n,
            bad: total_bad,
        };
    }
    let min_inside = (MIN_MASS * n as f64).ceil() as usize;
    let mut scratch: Vec<f64> = Vec::with_capacity(n);
    loop {
        let bad_in = inside.iter().filter(|&&i| sample.bad[i]).count();
        let density = bad_in as f64 / inside.len() as f64;
        // (objective, dimension, is upper, cut value)
        let mut best: Option<(f64, usize, bool, f64)> = None;
        for j in 0..d {
            let column = &sample.values[j];
            scratch.clear();
            scratch.extend(inside.iter().map(|&i| column[i]));
            scratch.sort_by(f64::total_cmp);
            let m = scratch.len();
            let k = ((ALPHA * m as f64).floor() as usize).max(1).min(m - 1);
            for upper in [false, true] {
                let cut = if upper {
                    scratch[m - 1 - k]
                } else {
                    scratch[k]
                };
                // Lower peel keeps x ≥ cut; upper peel keeps x ≤ cut.
                let (kept, kept_bad) = inside.iter().fold((0usize, 0usize), |(n, b), &i| {
                    let x = column[i];
                    let keep = if upper { x <= cut } else { x >= cut };
                    if keep {
                        (n + 1, b + usize::from(sample.bad[i]))
                    } else {
                        (n, b)
                    }
                });
                let removed = inside.len() - kept;
                if removed == 0 || kept < min_inside {
                    continue;
                }
                let new_density = kept_bad as f64 / kept as f64;
                let gain = (new_density - density) / removed as f64;
                // Ties go to the first assumption and the lower end: deterministic.
                if gain > 0.0 && best.is_none_or(|(g, ..)| gain > g + 1e-15) {
                    best = Some((gain, j, upper, cut));
                }
            }
        }
        let Some((_, j, upper, cut)) = best else {
            break;
        };
        let column = &sample.values[j];
        inside.retain(|&i| {
            if upper {
                column[i] <= cut
            } else {
                column[i] >= cut
            }
        });
        if upper {
            limits[j].1 = cut;
        } else {
            limits[j].0 = cut;
        }
        steps.push(step(&inside, &limits));
    }
    paste(sample, &full, &mut limits, |inside, limits| {
        steps.push(Step {
            pasted: true,
            ..step(inside, limits)
        });
    });
    Trajectory {
        full,
        steps,
        total: n,
        bad: total_bad,
    }
}

/// Pasting after peeling (see the module notes): widens one limit of `limits` at a time while
/// that raises the density, and reports each new box (its runs and limits) to `push`.
fn paste(
    sample: &Sample,
    full: &[(f64, f64)],
    limits: &mut [(f64, f64)],
    mut push: impl FnMut(&[usize], &[(f64, f64)]),
) {
    let n = sample.bad.len();
    let d = sample.values.len();
    let within = |i: usize, limits: &[(f64, f64)], skip: usize| {
        (0..d).all(|j| j == skip || (limits[j].0..=limits[j].1).contains(&sample.values[j][i]))
    };
    let mut candidates: Vec<(f64, bool)> = Vec::with_capacity(n);
    // Every widening takes in at least one run: at most n rounds.
    for _ in 0..n {
        let inside: Vec<usize> = (0..n).filter(|&i| within(i, limits, usize::MAX)).collect();
        let bad = inside.iter().filter(|&&i| sample.bad[i]).count();
        let density = bad as f64 / inside.len().max(1) as f64;
        let k = ((ALPHA * inside.len() as f64).floor() as usize).max(1);
        // (new density, dimension, is upper, new limit)
        let mut best: Option<(f64, usize, bool, f64)> = None;
        for j in 0..d {
            for upper in [false, true] {
                let (lo, hi) = limits[j];
                if (!upper && lo <= full[j].0) || (upper && hi >= full[j].1) {
                    continue;
                }
                // The runs just beyond this limit, nearest first.
                candidates.clear();
                candidates.extend((0..n).filter(|&i| within(i, limits, j)).filter_map(|i| {
                    let x = sample.values[j][i];
                    let beyond = if upper { x > hi } else { x < lo };
                    beyond.then_some((x, sample.bad[i]))
                }));
                if candidates.is_empty() {
                    continue;
                }
                if upper {
                    candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
                } else {
                    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
                }
                let limit = candidates[k.min(candidates.len()) - 1].0;
                // Runs tied with the new limit come in with it.
                let (added, added_bad) = candidates
                    .iter()
                    .take_while(|(x, _)| if upper { *x <= limit } else { *x >= limit })
                    .fold((0usize, 0usize), |(a, b), (_, bad)| {
                        (a + 1, b + usize::from(*bad))
                    });
                let new_density = (bad + added_bad) as f64 / (inside.len() + added) as f64;
                // Ties go to the first assumption and the lower end: deterministic.
                if new_density > density + 1e-12
                    && best.is_none_or(|(best_density, ..)| new_density > best_density + 1e-15)
                {
                    best = Some((new_density, j, upper, limit));
                }
            }
        }
        let Some((_, j, upper, limit)) = best else {
            break;
        };
        if upper {
            limits[j].1 = limit;
        } else {
            limits[j].0 = limit;
        }
        let inside: Vec<usize> = (0..n).filter(|&i| within(i, limits, usize::MAX)).collect();
        push(&inside, limits);
    }
}

impl Trajectory {
    /// The step a reader would pick first: the one nearest the ideal (coverage 1, density 1).
    pub fn knee(&self) -> usize {
        self.steps
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| {
                let dist = |s: &Step| (1.0 - s.coverage).powi(2) + (1.0 - s.density).powi(2);
                dist(a).total_cmp(&dist(b))
            })
            .map_or(0, |(i, _)| i)
    }
}

/// For each restricted limit of `step`, the density the box would have without it.
pub fn density_without(sample: &Sample, step: &Step, full: &[(f64, f64)]) -> Vec<(usize, f64)> {
    step.restricted(full)
        .into_iter()
        .map(|drop| {
            let (mut inside, mut bad) = (0usize, 0usize);
            for i in 0..sample.bad.len() {
                let in_box =
                    step.limits.iter().enumerate().all(|(j, (lo, hi))| {
                        j == drop || (*lo..=*hi).contains(&sample.values[j][i])
                    });
                if in_box {
                    inside += 1;
                    bad += usize::from(sample.bad[i]);
                }
            }
            let density = if inside > 0 {
                bad as f64 / inside as f64
            } else {
                0.0
            };
            (drop, density)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sample_taken_in_slices_is_the_sample_taken_whole() {
        let mut s = crate::presets::preset("baseline")
            .and_then(|p| crate::file::read(p.text, "baseline").ok())
            .expect("the baseline reads")
            .scenario;
        s.uncertainty.runs = 700;
        let c = Condition::parse("first_binding_year < 2035").expect("a condition");
        let whole = sample(&s, &c, 700).expect("samples");
        let mut sliced = sample_runs(&s, &c, 0..200).expect("samples");
        for start in [200, 400, 600] {
            sliced.append(sample_runs(&s, &c, start..(start + 200).min(700)).expect("samples"));
        }
        assert_eq!(sliced, whole);
        assert_eq!(peel(&sliced), peel(&whole));
    }

    use super::*;

    /// A sample whose bad runs are exactly those with x0 > 0.7 and x1 < 0.4; x2 is noise.
    fn planted(n: usize) -> Sample {
        // A fixed low-discrepancy grid: reproducible, no RNG.
        let frac = |i: usize, a: f64| (i as f64 * a).fract();
        let values: Vec<Vec<f64>> = [0.754_877_666, 0.569_840_291, 0.362_349_351]
            .iter()
            .map(|a| (0..n).map(|i| frac(i + 1, *a)).collect())
            .collect();
        let bad: Vec<bool> = (0..n)
            .map(|i| values[0][i] > 0.7 && values[1][i] < 0.4)
            .collect();
        Sample {
            paths: vec!["a".into(), "b".into(), "c".into()],
            runs: (0..n as u64).collect(),
            results: bad.iter().map(|b| f64::from(u8::from(*b))).collect(),
            values,
            bad,
            left_out: 0,
        }
    }

    #[test]
    fn peeling_finds_a_planted_box_and_leaves_the_noise_alone() {
        let sample = planted(4000);
        let t = peel(&sample);
        assert!(t.steps.len() > 5);
        for pair in t.steps.windows(2) {
            assert!(pair[1].mass < pair[0].mass, "mass falls at every step");
        }
        let knee = &t.steps[t.knee()];
        assert!(knee.density > 0.9, "{knee:?}");
        assert!(knee.coverage > 0.8, "{knee:?}");
        let (lo0, _) = knee.limits[0];
        let (_, hi1) = knee.limits[1];
        assert!((lo0 - 0.7).abs() < 0.05, "x0 above about 0.7: {lo0}");
        assert!((hi1 - 0.4).abs() < 0.05, "x1 below about 0.4: {hi1}");
        assert!(
            !knee.restricted(&t.full).contains(&2),
            "the noise is not restricted: {:?}",
            knee.limits[2]
        );
        // Dropping a real limit loses density.
        for (j, without) in density_without(&sample, knee, &t.full) {
            if j < 2 {
                assert!(without < knee.density - 0.2, "{j}: {without}");
            }
        }
    }

    #[test]
    fn one_threshold_gives_a_box_on_that_assumption_alone() {
        let mut sample = planted(4000);
        for i in 0..sample.bad.len() {
            sample.bad[i] = sample.values[1][i] > 0.6;
        }
        let t = peel(&sample);
        let knee = &t.steps[t.knee()];
        assert_eq!(knee.restricted(&t.full), vec![1], "{:?}", knee.limits);
        assert!(
            (knee.limits[1].0 - 0.6).abs() < 0.03,
            "{:?}",
            knee.limits[1]
        );
        assert!(knee.coverage > 0.95 && knee.density > 0.95, "{knee:?}");
    }

    #[test]
    fn every_steps_coverage_density_and_mass_are_what_its_box_holds() {
        let sample = planted(3000);
        let t = peel(&sample);
        let all_bad = sample.bad.iter().filter(|b| **b).count() as f64;
        for step in &t.steps {
            let inside: Vec<usize> = (0..sample.bad.len())
                .filter(|&i| {
                    step.limits
                        .iter()
                        .enumerate()
                        .all(|(j, (lo, hi))| (*lo..=*hi).contains(&sample.values[j][i]))
                })
                .collect();
            let bad = inside.iter().filter(|&&i| sample.bad[i]).count() as f64;
            let n = inside.len() as f64;
            assert!((step.mass - n / 3000.0).abs() < 1e-12);
            assert!((step.coverage - bad / all_bad).abs() < 1e-12);
            assert!((step.density - bad / n).abs() < 1e-12);
        }
        assert!(t.steps.last().is_some_and(|s| s.mass >= MIN_MASS));
    }

    #[test]
    fn conditions_read_as_written() {
        let c = Condition::parse("first_binding_year < 2035").unwrap();
        assert_eq!(c.op, Op::Below);
        assert_eq!(c.value, 2035.0);
        assert_eq!(c.holds(Some(2034.0)), Some(true));
        assert_eq!(c.holds(Some(2035.0)), Some(false));
        assert_eq!(c.holds(None), None);
        let c = Condition::parse("net_position:KAZ>0").unwrap();
        assert_eq!(c.op, Op::Above);
        assert!(Condition::parse("fund_irr").is_err());
        assert!(Condition::parse("fund_irr < x").is_err());
        assert!(Condition::parse("nonsense < 1").is_err());
    }

    #[test]
    fn no_bad_run_gives_one_step_and_no_box() {
        let mut sample = planted(500);
        sample.bad.iter_mut().for_each(|b| *b = false);
        let t = peel(&sample);
        assert_eq!(t.steps.len(), 1);
        assert_eq!(t.bad, 0);
    }

    /// Pasting: each pasted step widens exactly one limit of the step before it, never beyond
    /// the sample's range, and raises the density; on noisy outcomes (a planted box whose runs
    /// are bad with some probability) peeling overshoots and pasting takes some of it back.
    #[test]
    fn pasting_widens_one_limit_at_a_time_and_only_to_raise_the_density() {
        let mut pasted = 0;
        for seed in 0..40u64 {
            let mut sample = planted(600);
            // Flip a pseudo-random tenth of the outcomes.
            let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            for b in &mut sample.bad {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if (state >> 33) % 10 == 0 {
                    *b = !*b;
                }
            }
            let t = peel(&sample);
            let first_pasted = t.steps.iter().position(|s| s.pasted);
            if let Some(first) = first_pasted {
                assert!(
                    t.steps[first..].iter().all(|s| s.pasted),
                    "pasting comes last"
                );
                for pair in t.steps[first - 1..].windows(2) {
                    let (before, after) = (&pair[0], &pair[1]);
                    assert!(after.density > before.density);
                    let widened: Vec<usize> = (0..before.limits.len())
                        .filter(|&j| before.limits[j] != after.limits[j])
                        .collect();
                    assert_eq!(widened.len(), 1);
                    let j = widened[0];
                    assert!(after.limits[j].0 <= before.limits[j].0);
                    assert!(after.limits[j].1 >= before.limits[j].1);
                    assert!(after.limits[j].0 >= t.full[j].0 && after.limits[j].1 <= t.full[j].1);
                }
                pasted += t.steps.len() - first;
            }
        }
        assert!(pasted > 0, "pasting never happened on noisy outcomes");
    }
}
