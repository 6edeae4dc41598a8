//! Runs the baseline projection many times, for profilers:
//! `cargo build --profile profiling --example profile_projection` then
//! `perf record ./target/profiling/examples/profile_projection` (or valgrind --tool=callgrind).

use std::process::ExitCode;

fn main() -> ExitCode {
    let scenario = sco_explorer::model::Scenario::default();
    let mut out = sco_explorer::model::Projection::default();
    for _ in 0..2000 {
        if let Err(invalid) = sco_explorer::model::project_into(&scenario, &mut out) {
            eprintln!("{invalid}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "cumulative financing: {:.3} US$ bn",
        out.summary.cumulative_financing
    );
    ExitCode::SUCCESS
}
