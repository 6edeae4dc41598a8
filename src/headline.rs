//! The headline results in words, said once for every place that states them: the figures at
//! the top of the Overview, which the brief repeats ([`figures`]), and the uncertainty study's
//! percentiles of the same results, which the Uncertainty view and the brief list
//! ([`percentiles`]).

use crate::chart::Frame;
use crate::i18n::num;
use crate::model::Scenario;
use crate::model::uncertainty::{Bands, Quantiles};
use crate::t;

/// "+1.25 bn vs ref": a change in US$ bn, or "same" when there is none.
fn delta_bn(now: f64, then: f64) -> String {
    let d = now - then;
    if d.abs() < 0.005 {
        t!("delta-same")
    } else {
        t!("delta-vs-reference", change = num::signed_money(d))
    }
}

/// A change in percentage points between two optional ratios.
fn delta_pp(now: Option<f64>, then: Option<f64>) -> String {
    match (now, then) {
        (Some(a), Some(b)) if ((a - b) * 100.0).abs() < 0.05 => t!("delta-same"),
        (Some(a), Some(b)) => t!("delta-vs-reference", change = num::pp((a - b) * 100.0)),
        (_, None) => t!("delta-reference-na"),
        (None, Some(b)) => t!("delta-reference-was", value = num::pct(b)),
    }
}

/// One headline figure: what it is, its value, what it means, and its change from the pinned
/// reference when there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: String,
    pub value: String,
    pub help: String,
    pub delta: Option<String>,
}

/// The headline figures, as the Overview states them (and the brief repeats them).
pub fn figures(f: &Frame<'_>, s: &Scenario) -> Vec<Figure> {
    let p = f.p;
    let m = &p.summary;
    let r = f.reference.map(|r| &r.summary);
    let bn_delta =
        |now: f64, pick: fn(&crate::model::Summary) -> f64| r.map(|r| delta_bn(now, pick(r)));
    let last = p.year(p.years().saturating_sub(1));
    let figure = |label: &str, value: String, help: &str, delta: Option<String>| Figure {
        label: label.to_owned(),
        value,
        help: help.to_owned(),
        delta,
    };
    vec![
        figure(
            &t!(
                "overview-financing",
                from = num::year(p.start_year),
                to = num::year(last)
            ),
            num::bn(m.cumulative_financing),
            &t!("overview-financing-help"),
            bn_delta(m.cumulative_financing, |r| r.cumulative_financing),
        ),
        figure(
            &t!("overview-approvals"),
            num::bn(m.cumulative_approvals),
            &t!("overview-approvals-help"),
            bn_delta(m.cumulative_approvals, |r| r.cumulative_approvals),
        ),
        figure(
            &t!("overview-peak"),
            m.peak_approvals_year.map_or_else(
                || t!("word-none"),
                |y| {
                    t!(
                        "value-in-year",
                        value = num::bn(m.peak_approvals),
                        year = num::year(y)
                    )
                },
            ),
            &t!("overview-peak-help"),
            bn_delta(m.peak_approvals, |r| r.peak_approvals),
        ),
        figure(
            &t!("overview-binds"),
            match (m.first_binding_year, m.first_binding_limit) {
                (Some(y), Some(limit)) => {
                    t!("from-year-limit", year = num::year(y), limit = limit.id())
                }
                (Some(y), None) => t!("from-year", year = num::year(y)),
                (None, _) => t!("word-never"),
            },
            &t!("overview-binds-help"),
            r.map(|r| match (m.first_binding_year, r.first_binding_year) {
                (a, b) if a == b => t!("delta-same"),
                (Some(a), Some(b)) => t!(
                    "delta-years",
                    count = (a - b).abs(),
                    change = num::signed(f64::from(a - b), 0)
                ),
                (_, Some(b)) => t!("delta-reference-from", year = num::year(b)),
                (_, None) => t!("delta-reference-never"),
            }),
        ),
        figure(
            &t!("overview-lowest-ratio"),
            match (m.min_capital_ratio, m.min_capital_ratio_year) {
                (Some(r), Some(y)) => {
                    t!("value-in-year", value = num::pct(r), year = num::year(y))
                }
                _ => t!("word-na"),
            },
            &t!(
                "overview-lowest-ratio-help",
                floor = num::pct(s.policy.capital_floor)
            ),
            r.map(|r| delta_pp(m.min_capital_ratio, r.min_capital_ratio)),
        ),
        figure(
            &t!("overview-equity", year = num::year(last)),
            num::bn(m.final_equity),
            &t!("overview-equity-help"),
            bn_delta(m.final_equity, |r| r.final_equity),
        ),
        figure(
            &t!("overview-irr"),
            m.fund_irr.map_or_else(|| t!("word-na"), num::pct),
            &t!("overview-irr-help"),
            r.map(|r| delta_pp(m.fund_irr, r.fund_irr)),
        ),
        figure(
            &t!("overview-tvpi"),
            m.fund_tvpi.map_or_else(|| t!("word-na"), num::multiple),
            &t!("overview-tvpi-help"),
            r.map(|r| match (m.fund_tvpi, r.fund_tvpi) {
                // Shown to two decimals: a change that rounds to nothing is "same", never
                // "+0.00×".
                (Some(a), Some(b)) if (a - b).abs() < 0.005 => t!("delta-same"),
                (Some(a), Some(b)) => {
                    t!(
                        "delta-vs-reference",
                        change = format!("{}×", num::signed(a - b, 2))
                    )
                }
                _ => t!("delta-reference-na"),
            }),
        ),
    ]
}

/// The headline results' percentiles, P5 … P95: each one's name, its P5–P95 where any run
/// defines it, and whether it is a ratio (shown in %, else in US$ bn). The Uncertainty view
/// and the brief list the same.
pub fn percentiles(bands: &Bands) -> [(String, Option<Quantiles>, bool); 5] {
    [
        (
            t!("metric-cumulative-financing"),
            bands.cumulative_financing,
            false,
        ),
        (t!("metric-final-equity"), bands.final_equity, false),
        (t!("overview-lowest-ratio"), bands.min_capital_ratio, true),
        (t!("metric-min-rac"), bands.min_rac, true),
        (t!("overview-irr"), bands.fund_irr, true),
    ]
}

/// An assumption of the uncertainty study and its distribution, in words: "Demand growth:
/// uniform from 20 %/yr to 60 %/yr" (the brief and the workbook list them alike).
pub fn uncertain(u: &crate::model::uncertainty::Uncertain) -> String {
    match crate::model::Lever::find(&u.path) {
        Some(lever) => t!(
            "brief-uncertain-line",
            assumption = lever.label(),
            distribution = u.distribution.describe(&lever)
        ),
        None => u.path.clone(),
    }
}
