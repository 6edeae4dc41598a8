//! Studies on top of the projection: uncertainty runs, sensitivity, goal seek and the
//! comparison of two scenarios.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::check_invariants;
use sco_explorer::file;
use sco_explorer::model::compare::differences;
use sco_explorer::model::goal_seek::{Goal, Solution, seek};
use sco_explorer::model::sensitivity::{Span, tornado};
use sco_explorer::model::uncertainty::{
    Accumulator, Distribution, Sampler, Series, Uncertain, run_study, simulate,
};
use sco_explorer::model::{Lever, Metric, Scenario, project};
use sco_explorer::presets::PRESETS;

/// A study in which only the fund's commitments vary. The fund calls all of its commitments
/// within the horizon and touches nothing of the bank, so cumulative financing is the bank's
/// (fixed) disbursements plus K: its percentiles are those of K's distribution.
fn commitments_study(distribution: Distribution, runs: u32) -> (Scenario, f64) {
    let mut s = Scenario::default();
    s.uncertainty.runs = runs;
    s.uncertainty.assumptions = vec![Uncertain {
        path: "fund.commitments".into(),
        distribution,
    }];
    let p = project(&s).unwrap();
    let bank = p.summary.cumulative_financing - p.summary.cumulative_fund_investment;
    (s, bank)
}

#[test]
fn percentiles_of_a_uniform_input_match_its_quantiles() {
    let (s, bank) = commitments_study(
        Distribution::Uniform {
            min: 2.0,
            max: 10.0,
        },
        10_000,
    );
    let bands = run_study(&s).unwrap();
    assert_eq!((bands.runs, bands.invalid), (10_000, 0));
    let q = bands.cumulative_financing.unwrap();
    let want = [2.4, 4.0, 6.0, 8.0, 9.6];
    for (got, want) in q.iter().zip(want) {
        // Standard error of a quantile of 10,000 uniform draws on a width of 8: at most 0.04.
        assert!((got - bank - want).abs() < 0.12, "{q:?} vs {want}");
    }
    // The banded series agrees in its last year (single precision).
    let last = bands
        .band(Series::CumulativeFinancing)
        .unwrap()
        .years
        .last();
    let median = last.unwrap().unwrap()[2];
    assert!((median - q[2]).abs() < 1e-3 * q[2], "{median} vs {}", q[2]);
}

#[test]
fn percentiles_of_a_normal_input_match_its_quantiles() {
    let (s, bank) = commitments_study(
        Distribution::Normal {
            mean: 20.0,
            sd: 3.0,
            min: 2.0,
            max: 38.0,
        },
        10_000,
    );
    let bands = run_study(&s).unwrap();
    let q = bands.cumulative_financing.unwrap();
    // z for 5, 25, 50, 75 and 95 %.
    let z = [-1.644_853_6, -0.674_489_8, 0.0, 0.674_489_8, 1.644_853_6];
    for (got, z) in q.iter().zip(z) {
        let want = 20.0 + 3.0 * z;
        assert!((got - bank - want).abs() < 0.15, "{q:?}: {want}");
    }
}

#[test]
fn triangular_and_lognormal_draws_have_their_medians() {
    let (s, _) = commitments_study(
        Distribution::Triangular {
            min: 0.0,
            mode: 0.0,
            max: 10.0,
        },
        4000,
    );
    let sampler = Sampler::new(&s).unwrap();
    let mut draws: Vec<f64> = (0..4000).map(|i| sampler.values(i, &s)[0]).collect();
    draws.sort_by(f64::total_cmp);
    // Median of a right triangle on [0, 10]: 10·(1 − √½).
    let want = 10.0 * (1.0 - 0.5f64.sqrt());
    assert!(
        (draws[2000] - want).abs() < 0.15,
        "{} vs {want}",
        draws[2000]
    );

    let (s, _) = commitments_study(
        Distribution::LogNormal {
            median: 8.0,
            sigma: 0.3,
            min: 0.5,
            max: 50.0,
        },
        4000,
    );
    let sampler = Sampler::new(&s).unwrap();
    let mut draws: Vec<f64> = (0..4000).map(|i| sampler.values(i, &s)[0]).collect();
    draws.sort_by(f64::total_cmp);
    assert!((draws[2000] - 8.0).abs() < 0.2, "{}", draws[2000]);
}

#[test]
fn the_same_seed_gives_the_same_bands_on_any_number_of_threads() {
    let s = Scenario::default();
    let study = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| run_study(&s).unwrap())
    };
    let one = study(1);
    assert_eq!(one, study(2));
    assert_eq!(one, study(5));
    // Another seed gives other numbers.
    let mut other = s.clone();
    other.seed += 1;
    assert_ne!(one, run_study(&other).unwrap());
}

#[test]
fn progressive_batches_give_the_same_bands_as_one_pass() {
    let s = Scenario::default();
    let sampler = Sampler::new(&s).unwrap();
    let mut batched = Accumulator::new(&s);
    for range in [0..100, 100..700, 700..2000] {
        batched.extend(simulate(&s, &sampler, range));
    }
    assert_eq!(batched.bands(), run_study(&s).unwrap());
}

#[test]
fn every_drawn_run_keeps_the_invariants() {
    for preset in PRESETS {
        let s = file::read(preset.text, preset.id).unwrap().scenario;
        let sampler = Sampler::new(&s).unwrap();
        for run in 0..20 {
            let mut drawn = s.clone();
            sampler.draw_into(run, &mut drawn);
            let p = project(&drawn).unwrap_or_else(|e| panic!("{}: run {run}: {e}", preset.id));
            check_invariants(&drawn, &p).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
        }
    }
}

#[test]
fn probabilities_read_as_plain_words() {
    let bands = run_study(&Scenario::default()).unwrap();
    let lines = bands.sentences(2034);
    assert!(
        lines[0].starts_with("The lending limit binds before 2035 in "),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("Fund IRR below 0 in "), "{lines:?}");
    assert!(bands.binding_by_year.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn the_tornado_covers_every_lever_and_puts_the_largest_swing_first() {
    let s = Scenario::default();
    let t = tornado(&s, Metric::CumulativeFinancing, Span::RangeEnds).unwrap();
    assert_eq!(t.bars.len(), Lever::all().count());
    let base = t.base.unwrap();
    assert_eq!(t.bars[0].lever.path(), "capital.subscribed");
    for pair in t.bars.windows(2) {
        assert!(pair[0].swing(base) >= pair[1].swing(base));
    }
    // Each end's result is what projecting the moved scenario gives.
    for bar in t.bars.iter().take(5) {
        let mut moved = s.clone();
        bar.lever.set(&mut moved, bar.high_value);
        let p = project(&moved).unwrap();
        assert_eq!(bar.high.value(), Metric::CumulativeFinancing.value(&p));
    }
}

#[test]
fn goal_seek_finds_a_known_answer() {
    // The fund's cumulative investment is K once its investment period is over.
    let s = Scenario::default();
    let p = project(&s).unwrap();
    let bank = p.summary.cumulative_financing - p.summary.cumulative_fund_investment;
    let goal = Goal {
        lever: Lever::find("fund.commitments").unwrap(),
        metric: Metric::CumulativeFinancing,
        target: bank + 17.25,
    };
    match seek(&s, &goal).unwrap() {
        Solution::Found { value, result } => {
            assert!((value - 17.25).abs() < 1e-9, "{value}");
            assert!((result - goal.target).abs() < 1e-9);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn goal_seek_on_an_unreachable_target_gives_the_closest_value() {
    let s = Scenario::default();
    let lever = Lever::find("capital.paid_in_ratio").unwrap();
    let goal = Goal {
        lever,
        metric: Metric::CumulativeFinancingBy(2040),
        target: 10_000.0,
    };
    match seek(&s, &goal).unwrap() {
        Solution::Unreachable {
            value,
            result,
            at_min,
            at_max,
        } => {
            assert_eq!(value, lever.range().1, "more paid in, more lending");
            assert_eq!(Some(result), at_max);
            assert!(at_min.unwrap() < result);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_compare_table_lists_the_assumptions_two_presets_differ_in() {
    let load = |id: &str| {
        let preset = PRESETS.iter().find(|p| p.id == id).unwrap();
        file::read(preset.text, id).unwrap().scenario
    };
    let (base, stress) = (load("baseline"), load("stress"));
    let rows = differences(&base, &stress);
    let paths: Vec<&str> = rows.iter().map(|d| d.path.as_str()).collect();
    assert!(paths.contains(&"risk.pd_multiplier"), "{paths:?}");
    assert!(paths.contains(&"pricing.base_rate"), "{paths:?}");
    let rate = rows.iter().find(|d| d.path == "pricing.base_rate").unwrap();
    assert_eq!(
        (rate.first.as_str(), rate.second.as_str()),
        ("3.5 %/yr", "7 %/yr")
    );
    // Metadata is not an assumption; a scenario does not differ from itself.
    assert!(!paths.iter().any(|p| p.starts_with("meta")));
    assert!(differences(&stress, &stress).is_empty());
}

#[test]
fn a_study_round_trips_through_a_file_and_a_bad_one_is_located() {
    let mut s = Scenario::default();
    s.seed = 99;
    s.uncertainty.runs = 5000;
    let text = file::to_text(&s).unwrap();
    assert_eq!(file::read(&text, "study.ron").unwrap().scenario, s);

    let broken = text.replacen("min: 0.02,", "min: -0.5,", 1);
    let err = file::read(&broken, "study.ron").unwrap_err();
    let lines = err.lines().join("\n");
    assert!(
        lines.contains("uncertainty.assumptions[2].distribution.min"),
        "{lines}"
    );
    let line_of_min = broken
        .lines()
        .position(|l| l.contains("min: -0.5"))
        .unwrap()
        + 1;
    assert!(
        lines.starts_with(&format!("study.ron:{line_of_min}:")),
        "{lines}"
    );
}

#[test]
fn the_scenario_line_beside_the_bands_ends_at_its_headline_figures() {
    let s = Scenario::default();
    let p = project(&s).unwrap();
    let values = sco_explorer::model::uncertainty::series_values(&p);
    let last = |series: Series| values[series.index() * p.years() + p.years() - 1];
    let total = p.summary.cumulative_financing;
    assert!((last(Series::CumulativeFinancing) - total).abs() < 1e-9 * total);
    assert_eq!(last(Series::Loans), p.summary.final_loans);
    let sectors: f64 = sco_explorer::model::Sector::ALL
        .into_iter()
        .map(|k| last(Series::Sector(k)))
        .sum();
    assert!((sectors - total).abs() < 1e-9 * total);
}

#[test]
fn discovery_gives_the_same_boxes_on_one_and_two_threads() {
    use sco_explorer::model::discovery::{Condition, peel, sample};
    let s = Scenario::default();
    let condition = Condition::parse("first_binding_year < 2035").unwrap();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| sample(&s, &condition, 600).unwrap());
    let many = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap()
        .install(|| sample(&s, &condition, 600).unwrap());
    assert_eq!(one, many);
    let (a, b) = (peel(&one), peel(&many));
    assert_eq!(a, b);
    // The baseline's study: most runs bind before 2035, and the box is about demand.
    assert!(a.bad > 300, "{}", a.bad);
    let knee = &a.steps[a.knee()];
    assert!(knee.density > a.steps[0].density);
    let restricted: Vec<&str> = knee
        .restricted(&a.full)
        .into_iter()
        .map(|j| one.paths[j].as_str())
        .collect();
    assert!(
        restricted.iter().any(|p| p.starts_with("demand.")),
        "{restricted:?}"
    );
}
