//! Goal seek: the value of one assumption at which a result reaches a target.
//!
//! The lever's range is sampled on a grid (every whole number for whole-number levers with a
//! short range). Where the result crosses the target between two neighbouring points, the
//! crossing nearest the lever's current value is narrowed by bisection, so a result that is
//! not smooth (a year, a step) is handled the same way as a smooth one. The answer is the end
//! of the final bracket at which the result is at or above the target ("reaches"), the
//! natural reading of "approvals never cut before 2040" or "financing reaches 150". When no
//! point of the range reaches the target, the answer says so and gives the value that comes
//! closest.

use super::lever::Lever;
use super::metric::Metric;
use super::validate::Invalid;
use super::{Projection, Scenario, project_into};

/// Grid points across the range before bisection.
const GRID: usize = 48;
/// Bisection steps at most (the bracket shrinks by 2⁻⁶⁰ of the grid step).
const MAX_STEPS: usize = 60;

/// What to solve for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Goal {
    pub lever: Lever,
    pub metric: Metric,
    pub target: f64,
}

/// The answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Solution {
    /// At `value` the result is `result`, at or just past the target.
    Found { value: f64, result: f64 },
    /// No value in the range reaches the target; `value` comes closest, giving `result`.
    Unreachable {
        value: f64,
        result: f64,
        /// The results at the two ends of the range, where they are defined.
        at_min: Option<f64>,
        at_max: Option<f64>,
    },
}

impl Solution {
    /// The lever value to apply.
    pub fn value(&self) -> f64 {
        match self {
            Solution::Found { value, .. } | Solution::Unreachable { value, .. } => *value,
        }
    }
}

/// Why a goal cannot be sought at all.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SeekError {
    #[error("the scenario itself is invalid: {0}")]
    Invalid(#[from] Invalid),
    #[error("the target must be a finite number")]
    BadTarget,
    #[error(
        "{metric} is undefined (or the scenario invalid) for every value of {lever} in its range"
    )]
    NowhereDefined { lever: String, metric: String },
}

/// Solves `goal` for scenario `s`, which is left unchanged.
pub fn seek(s: &Scenario, goal: &Goal) -> Result<Solution, SeekError> {
    if !goal.target.is_finite() {
        return Err(SeekError::BadTarget);
    }
    s.validate()?;
    let lever = goal.lever;
    let mut moved = s.clone();
    let mut out = Projection::default();
    // The result minus the target at a lever value; `None` where invalid or undefined.
    let mut gap = |x: f64| {
        lever.set(&mut moved, x);
        project_into(&moved, &mut out)
            .ok()
            .and_then(|()| goal.metric.value(&out))
            .map(|v| v - goal.target)
    };
    let grid = grid(&lever);
    let points: Vec<(f64, Option<f64>)> = grid.iter().map(|&x| (x, gap(x))).collect();

    let current = lever.get(s);
    let mut best_bracket: Option<((f64, f64), (f64, f64))> = None;
    for pair in points.windows(2) {
        let ((x0, g0), (x1, g1)) = (pair[0], pair[1]);
        let (Some(g0), Some(g1)) = (g0, g1) else {
            continue;
        };
        if (g0 >= 0.0) != (g1 >= 0.0) {
            let distance = |(a, b): (f64, f64)| {
                if current < a {
                    a - current
                } else if current > b {
                    current - b
                } else {
                    0.0
                }
            };
            if best_bracket.is_none_or(|(b, _)| distance((x0, x1)) < distance(b)) {
                best_bracket = Some(((x0, x1), (g0, g1)));
            }
        }
    }

    if let Some(((mut a, mut b), (mut ga, mut gb))) = best_bracket {
        for _ in 0..MAX_STEPS {
            let mid = if lever.integer() {
                if b - a <= 1.0 {
                    break;
                }
                ((a + b) / 2.0).floor()
            } else {
                let mid = 0.5 * (a + b);
                if mid <= a || mid >= b {
                    break;
                }
                mid
            };
            let Some(gm) = gap(mid) else {
                break; // an undefined point inside the bracket: stop at what is known
            };
            if (gm >= 0.0) == (ga >= 0.0) {
                (a, ga) = (mid, gm);
            } else {
                (b, gb) = (mid, gm);
            }
        }
        let (value, g) = if ga >= 0.0 { (a, ga) } else { (b, gb) };
        return Ok(Solution::Found {
            value,
            result: goal.target + g,
        });
    }
    // An exact hit on a grid point with no sign change either side is still a hit.
    let defined: Vec<(f64, f64)> = points
        .iter()
        .filter_map(|&(x, g)| g.map(|g| (x, g)))
        .collect();
    let Some(&(value, g)) = defined
        .iter()
        .min_by(|p, q| p.1.abs().total_cmp(&q.1.abs()))
    else {
        return Err(SeekError::NowhereDefined {
            lever: lever.label(),
            metric: goal.metric.label(),
        });
    };
    if g == 0.0 {
        return Ok(Solution::Found {
            value,
            result: goal.target,
        });
    }
    let end = |i: Option<&(f64, Option<f64>)>| i.and_then(|p| p.1).map(|g| goal.target + g);
    Ok(Solution::Unreachable {
        value,
        result: goal.target + g,
        at_min: end(points.first()),
        at_max: end(points.last()),
    })
}

/// The values tried before bisection, ascending and distinct.
fn grid(lever: &Lever) -> Vec<f64> {
    let (lo, hi) = lever.range();
    if lever.integer() && hi - lo <= GRID as f64 {
        let (lo, hi) = (lo.round() as i64, hi.round() as i64);
        return (lo..=hi).map(|v| v as f64).collect();
    }
    let mut out: Vec<f64> = (0..=GRID)
        .map(|i| lever.clamp(lo + (hi - lo) * i as f64 / GRID as f64))
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lever(path: &str) -> Lever {
        Lever::find(path).unwrap()
    }

    #[test]
    fn commitments_that_invest_a_known_sum() {
        // Once the investment period is over, the fund has called all of its commitments, so
        // the fund's cumulative investment equals K: the answer is the target itself.
        let s = Scenario::default();
        let goal = Goal {
            lever: lever("fund.commitments"),
            metric: Metric::CumulativeFinancing,
            target: 0.0,
        };
        let base = super::super::project(&s).unwrap();
        let bank = base.summary.cumulative_financing - base.summary.cumulative_fund_investment;
        let goal = Goal {
            target: bank + 12.5,
            ..goal
        };
        let Solution::Found { value, result } = seek(&s, &goal).unwrap() else {
            panic!("reachable")
        };
        assert!((value - 12.5).abs() < 1e-9, "{value}");
        assert!((result - goal.target).abs() < 1e-9);
    }

    #[test]
    fn an_unreachable_target_names_the_closest_value() {
        let s = Scenario::default();
        let goal = Goal {
            lever: lever("fund.commitments"),
            metric: Metric::CumulativeFinancing,
            target: 1e6,
        };
        let Solution::Unreachable {
            value,
            at_min,
            at_max,
            ..
        } = seek(&s, &goal).unwrap()
        else {
            panic!("a million is out of reach")
        };
        assert_eq!(value, lever("fund.commitments").range().1);
        assert!(at_max.unwrap() > at_min.unwrap());
    }

    #[test]
    fn a_step_result_gives_the_value_that_reaches_the_target() {
        // More subscribed capital postpones the year the capital limit first binds.
        let mut s = Scenario::default();
        s.demand.first_year_approvals = 8.0;
        let start = s.start_year;
        let goal = Goal {
            lever: lever("capital.subscribed"),
            metric: Metric::FirstBindingYear,
            target: f64::from(start + 12),
        };
        let Solution::Found { value, result } = seek(&s, &goal).unwrap() else {
            panic!("reachable")
        };
        assert!(result >= goal.target);
        // Just below the answer, the target is missed.
        let mut below = s.clone();
        goal.lever.set(&mut below, value - 1e-6 * value);
        let p = super::super::project(&below).unwrap();
        assert!(Metric::FirstBindingYear.value(&p).unwrap() < goal.target);
    }
}
