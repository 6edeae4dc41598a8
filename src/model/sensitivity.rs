//! Sensitivity: which assumptions move a chosen result most (the tornado chart).
//!
//! Every lever is moved, one at a time and all else held, to each end of a span: either the
//! ends of its allowed range, or ±20 % of its current value kept inside the range. A move that
//! makes the scenario invalid (a grace period no shorter than the tenor, say) is reported as
//! such, never projected. Bars are sorted by swing, the larger of the two distances from the
//! base result, so the assumption that matters most comes first.

use rayon::prelude::*;

use super::lever::Lever;
use super::metric::Metric;
use super::validate::Invalid;
use super::{Projection, Scenario, project_into};

/// How far each lever is moved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Span {
    /// To the ends of its allowed range.
    RangeEnds,
    /// By this fraction of its current value either way (0.2 = ±20 %), kept inside the range.
    Relative(f64),
}

impl Span {
    /// The low and high values to try for a lever whose current value is `v`.
    pub fn ends(self, lever: &Lever, v: f64) -> (f64, f64) {
        let (lo, hi) = match self {
            Span::RangeEnds => lever.range(),
            // A rating is a bucket on a scale, not a quantity: one bucket either way (a
            // "±20 %" of its place would round to no move at all).
            Span::Relative(_) if lever.unit() == super::assumptions::Unit::Rating => {
                (v - 1.0, v + 1.0)
            }
            Span::Relative(r) => (v - r * v.abs(), v + r * v.abs()),
        };
        (lever.clamp(lo), lever.clamp(hi))
    }

    pub fn describe(self) -> String {
        match self {
            Span::RangeEnds => crate::t!("span-range-ends"),
            Span::Relative(r) => {
                crate::t!(
                    "span-relative",
                    percent = crate::i18n::num::percent(r * 100.0, 0)
                )
            }
        }
    }
}

/// The result with a lever at one end.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The result (`None` where it is undefined, e.g. no IRR).
    Result(Option<f64>),
    /// The moved scenario is invalid; the first problem says why.
    Invalid(String),
}

impl Outcome {
    pub fn value(&self) -> Option<f64> {
        match self {
            Outcome::Result(v) => *v,
            Outcome::Invalid(_) => None,
        }
    }
}

/// One bar of the tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub lever: Lever,
    /// The lever's current value.
    pub base_value: f64,
    pub low_value: f64,
    pub high_value: f64,
    pub low: Outcome,
    pub high: Outcome,
}

impl Bar {
    /// The larger distance of either end's result from `base` (0 where neither is defined).
    pub fn swing(&self, base: f64) -> f64 {
        [self.low.value(), self.high.value()]
            .into_iter()
            .flatten()
            .map(|v| (v - base).abs())
            .fold(0.0, f64::max)
    }
}

/// A whole tornado for one result.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub metric: Metric,
    pub span: Span,
    /// The result of the scenario as it is.
    pub base: Option<f64>,
    /// Sorted by swing, largest first; levers that move nothing come last.
    pub bars: Vec<Bar>,
}

/// Moves every lever of `s` to both ends of `span` and records `metric`.
///
/// Runs on rayon's pool; the order of the bars does not depend on the number of threads.
pub fn tornado(s: &Scenario, metric: Metric, span: Span) -> Result<Tornado, Invalid> {
    let mut scratch = Projection::default();
    project_into(s, &mut scratch)?;
    let base = metric.value(&scratch);
    let levers: Vec<Lever> = Lever::all().collect();
    let mut bars: Vec<Bar> = levers
        .par_iter()
        .map_init(
            || (s.clone(), Projection::default()),
            |(moved, out), lever| {
                let base_value = lever.get(s);
                let (low_value, high_value) = span.ends(lever, base_value);
                let mut at = |value: f64| {
                    lever.set(moved, value);
                    let outcome = match project_into(moved, out) {
                        Ok(()) => Outcome::Result(metric.value(out)),
                        Err(Invalid(problems)) => Outcome::Invalid(
                            problems
                                .first()
                                .map(ToString::to_string)
                                .unwrap_or_default(),
                        ),
                    };
                    lever.set(moved, base_value);
                    outcome
                };
                let low = at(low_value);
                let high = at(high_value);
                Bar {
                    lever: *lever,
                    base_value,
                    low_value,
                    high_value,
                    low,
                    high,
                }
            },
        )
        .collect();
    let b = base.unwrap_or(0.0);
    // Stable sort: equal swings keep panel order.
    bars.sort_by(|x, y| y.swing(b).total_cmp(&x.swing(b)));
    Ok(Tornado {
        metric,
        span,
        base,
        bars,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscribed_capital_moves_final_equity_and_bars_are_sorted() {
        let s = Scenario::default();
        let t = tornado(&s, Metric::FinalEquity, Span::Relative(0.2)).unwrap();
        let base = t.base.unwrap();
        let swings: Vec<f64> = t.bars.iter().map(|b| b.swing(base)).collect();
        assert!(swings.windows(2).all(|w| w[0] >= w[1]), "sorted by swing");
        let capital = t
            .bars
            .iter()
            .find(|b| b.lever.path() == "capital.subscribed")
            .unwrap();
        assert!(capital.high.value().unwrap() > base);
        assert!(capital.low.value().unwrap() < base);
        assert_eq!(t.bars.len(), Lever::all().count());
    }

    #[test]
    fn a_lever_at_zero_does_not_move_under_a_relative_span() {
        let s = Scenario::default();
        let t = tornado(&s, Metric::CumulativeFinancing, Span::Relative(0.2)).unwrap();
        let coinvest = t
            .bars
            .iter()
            .find(|b| b.lever.path() == "fund.yield_rate")
            .unwrap();
        assert_eq!(coinvest.base_value, 0.0);
        assert_eq!((coinvest.low_value, coinvest.high_value), (0.0, 0.0));
    }

    #[test]
    fn an_invalid_end_is_reported_not_projected() {
        // A grace period at the top of its range is not shorter than a 20-year tenor.
        let s = Scenario::default();
        let t = tornado(&s, Metric::CumulativeFinancing, Span::RangeEnds).unwrap();
        let tenor = t
            .bars
            .iter()
            .find(|b| b.lever.path() == "terms.tenor")
            .unwrap();
        assert!(
            matches!(&tenor.low, Outcome::Invalid(why) if why.contains("terms.grace")),
            "{:?}",
            tenor.low
        );
    }
}
