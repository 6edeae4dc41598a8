//! The command line as a script or a person uses it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn sco(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn header(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("written")
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn run_without_a_file_writes_the_baseline_as_tidy_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let result = sco(&[
        "run",
        "--out",
        out.to_str().expect("utf-8 path"),
        "--summary",
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert_eq!(
        header(&out.join("flows.csv")),
        "year,country,sector,instrument,measure,value"
    );
    assert!(
        header(&out.join("bank.csv"))
            .starts_with("year,paid_in,approvals,demand,capacity,binding,")
    );
    assert_eq!(
        header(&out.join("fund.csv")),
        "year,calls,distributions,nav,fees,net_cash_flow,cumulative_net"
    );
    assert_eq!(
        header(&out.join("countries.csv")),
        "country,paid_in_bank,contributed_fund,received_bank,received_fund,net_position"
    );
    let bank = std::fs::read_to_string(out.join("bank.csv")).expect("written");
    assert_eq!(bank.lines().count(), 1 + 25, "a row per year");
    let stdout = text(&result.stdout);
    assert!(stdout.contains("Cumulative financing:"), "{stdout}");
    assert!(stdout.contains("The lending limit binds from"), "{stdout}");
}

#[test]
fn flows_csv_sums_back_to_the_bank_accounts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let result = sco(&["run", "--out", dir.path().to_str().expect("utf-8 path")]);
    assert!(result.status.success());
    let mut reader = csv::Reader::from_path(dir.path().join("flows.csv")).expect("readable");
    let mut approvals_2030 = 0.0;
    for row in reader.records() {
        let row = row.expect("well-formed");
        if &row[0] == "2030" && &row[3] == "bank" && &row[4] == "approvals" {
            approvals_2030 += row[5].parse::<f64>().expect("a number");
        }
    }
    let mut bank = csv::Reader::from_path(dir.path().join("bank.csv")).expect("readable");
    let row = bank
        .records()
        .map(|r| r.expect("row"))
        .find(|r| &r[0] == "2030")
        .expect("2030");
    let want: f64 = row[2].parse().expect("a number");
    assert!(
        (approvals_2030 - want).abs() < 1e-9,
        "{approvals_2030} vs {want}"
    );
}

/// `sankey.csv`'s sector and country nodes receive what `flows.csv` says they received over
/// the horizon (bank disbursements, fund investments and co-investment), and its bank balances.
#[test]
fn sankey_csv_agrees_with_flows_csv_and_balances() {
    use std::collections::HashMap;
    let dir = tempfile::tempdir().expect("temp dir");
    let result = sco(&["run", "--out", dir.path().to_str().expect("utf-8 path")]);
    assert!(result.status.success());
    let mut want: HashMap<String, f64> = HashMap::new();
    let mut flows = csv::Reader::from_path(dir.path().join("flows.csv")).expect("readable");
    for row in flows.records() {
        let row = row.expect("well-formed");
        if matches!(&row[4], "disbursements" | "investments" | "coinvestment") {
            let v: f64 = row[5].parse().expect("a number");
            *want.entry(format!("sector:{}", &row[2])).or_default() += v;
            *want.entry(format!("country:{}", &row[1])).or_default() += v;
        }
    }
    let mut inflow: HashMap<String, f64> = HashMap::new();
    let mut outflow: HashMap<String, f64> = HashMap::new();
    let mut sankey = csv::Reader::from_path(dir.path().join("sankey.csv")).expect("readable");
    assert_eq!(
        sankey
            .headers()
            .expect("a header")
            .iter()
            .collect::<Vec<_>>(),
        ["from", "to", "value"]
    );
    for row in sankey.records() {
        let row = row.expect("well-formed");
        let v: f64 = row[2].parse().expect("a number");
        assert!(v > 0.0, "{row:?}");
        *outflow.entry(row[0].to_owned()).or_default() += v;
        *inflow.entry(row[1].to_owned()).or_default() += v;
    }
    for (node, value) in &want {
        if *value == 0.0 {
            continue;
        }
        let got = inflow.get(node).copied().unwrap_or_default();
        assert!((got - value).abs() < 1e-9, "{node}: {got} vs {value}");
    }
    for node in ["bank", "fund", "sector:energy"] {
        assert!((inflow[node] - outflow[node]).abs() < 1e-9, "{node}");
    }
    assert!(inflow.contains_key("country:KAZ") && outflow.contains_key("paid_in:CHN"));
}

#[test]
fn an_out_of_range_file_fails_with_the_field_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.ron");
    std::fs::write(&file, "(capital: (paid_in_ratio: 0.9))").expect("written");
    let out = dir.path().join("out");
    let result = sco(&[
        "run",
        file.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(!result.status.success());
    let stderr = text(&result.stderr);
    assert!(
        stderr.contains(
            "capital.paid_in_ratio: 0.9 (90 %) is outside the allowed range (allowed: 5 % to 50 %)"
        ),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing written for an invalid scenario");
}

#[test]
fn a_broken_or_missing_file_says_where_and_does_not_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, "(\n  capital: (subscribed: 50.0,\n").expect("written");
    let out = dir.path().join("out");
    let result = sco(&[
        "run",
        file.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = text(&result.stderr);
    assert!(stderr.contains("broken.ron:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let result = sco(&[
        "run",
        "/no/such/file.ron",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(result.status.code(), Some(1));
    assert!(text(&result.stderr).contains("/no/such/file.ron: cannot read the file"));
}

#[test]
fn a_ron_file_of_the_baseline_projects_exactly_like_the_built_in_baseline() {
    let s = sco_explorer::model::Scenario::default();
    let ron = sco_explorer::file::to_text(&s).expect("serialisable");
    assert_eq!(
        sco_explorer::file::read(&ron, "baseline")
            .expect("reads")
            .scenario,
        s,
        "round trip"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("baseline.ron");
    std::fs::write(&file, ron).expect("written");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    assert!(
        sco(&["run", "--out", a.to_str().expect("utf-8")])
            .status
            .success()
    );
    let from_file = sco(&[
        "run",
        file.to_str().expect("utf-8"),
        "--out",
        b.to_str().expect("utf-8"),
    ]);
    assert!(from_file.status.success(), "{}", text(&from_file.stderr));
    for name in sco_explorer::export::FILES {
        let x = std::fs::read(a.join(name)).expect("written");
        let y = std::fs::read(b.join(name)).expect("written");
        assert!(x == y, "{name} differs");
    }
}

#[test]
fn check_passes_valid_files_and_lists_every_problem_of_invalid_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(\n  capital: (paid_in_ratio: 0.9),\n  terms: (tenor: 10, grace: 12),\n)",
    )
    .expect("written");
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/stress.ron");
    let result = sco(&[
        "check",
        good.to_str().expect("utf-8"),
        bad.to_str().expect("utf-8"),
    ]);
    assert_eq!(result.status.code(), Some(1), "one file is invalid");
    let stdout = text(&result.stdout);
    assert!(stdout.contains("stress.ron: valid"), "{stdout}");
    let problems: Vec<&str> = stdout.lines().filter(|l| l.contains("bad.ron:")).collect();
    assert_eq!(problems.len(), 3, "{stdout}");
    assert!(problems[0].ends_with("bad.ron:2:13: capital.paid_in_ratio: 0.9 (90 %) is outside the allowed range (allowed: 5 % to 50 %)"));

    let result = sco(&["check", good.to_str().expect("utf-8")]);
    assert!(result.status.success());

    let partial = dir.path().join("partial.ron");
    std::fs::write(&partial, "(capital: (subscribed: 80.0))").expect("written");
    let result = sco(&["check", partial.to_str().expect("utf-8")]);
    assert!(result.status.success());
    assert!(
        text(&result.stdout).contains("left out and take their baseline values: meta, start_year"),
        "{}",
        text(&result.stdout)
    );
}

#[test]
fn diff_lists_the_assumptions_that_differ_with_units() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let result = sco(&[
        "diff",
        dir.join("baseline.ron").to_str().expect("utf-8"),
        dir.join("aiib_gdp_100bn.ron").to_str().expect("utf-8"),
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert_eq!(
        text(&result.stdout),
        "Subscribed capital (capital.subscribed): 50 US$ bn → 100 US$ bn\n\
         Approvals ceiling (demand.ceiling): 12 US$ bn/yr → 20 US$ bn/yr\n\
         Share rule (capital.share_rule): Hybrid: equal part + GDP → By GDP (AIIB-style)\n"
    );
    // A choice is named in the reader's words, never by its name in the code.
    let ru = sco(&[
        "--lang",
        "ru",
        "diff",
        dir.join("baseline.ron").to_str().expect("utf-8"),
        dir.join("aiib_gdp_100bn.ron").to_str().expect("utf-8"),
    ]);
    let ru = text(&ru.stdout);
    assert!(!ru.contains("Hybrid") && !ru.contains("Gdp"), "{ru}");
    assert!(ru.contains(&{
        sco_explorer::i18n::set_for_thread(sco_explorer::i18n::Lang::Ru);
        let words = sco_explorer::i18n::tr("share-rule-hybrid");
        sco_explorer::i18n::set_for_thread(sco_explorer::i18n::Lang::En);
        words
    }));
    let same = sco(&[
        "diff",
        dir.join("baseline.ron").to_str().expect("utf-8"),
        dir.join("baseline.ron").to_str().expect("utf-8"),
    ]);
    assert_eq!(
        text(&same.stdout),
        "The two scenarios make the same assumptions.\n"
    );
}

#[test]
fn without_a_display_the_window_says_so_in_one_line_and_points_to_the_headless_commands() {
    let result = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs");
    assert_eq!(result.status.code(), Some(1));
    let stderr = text(&result.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no display found"), "{stderr}");
    assert!(
        stderr.contains("sco-explorer run [FILE] --out DIR"),
        "{stderr}"
    );
}

#[test]
fn summary_prints_the_headline_figures_without_a_window() {
    let result = sco(&["summary"]);
    assert!(result.status.success());
    assert!(text(&result.stdout).contains("Lending limit first binds in 2034 (the capital floor)"));
}

#[test]
fn run_with_runs_writes_percentile_and_probability_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let out_str = out.to_str().expect("utf-8 path");
    let result = sco(&["run", "--out", out_str, "--runs", "300", "--summary"]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert_eq!(
        header(&out.join("percentiles.csv")),
        "series,year,unit,p5,p25,p50,p75,p95"
    );
    let csv = std::fs::read_to_string(out.join("percentiles.csv")).unwrap();
    // 28 series × 25 years, plus the header.
    assert_eq!(csv.lines().count(), 28 * 25 + 1);
    for line in csv.lines().skip(1).filter(|l| l.starts_with("approvals,")) {
        let q: Vec<f64> = line
            .split(',')
            .skip(3)
            .map(|v| v.parse().unwrap())
            .collect();
        assert!(q.windows(2).all(|w| w[0] <= w[1]), "{line}");
    }
    let probabilities = std::fs::read_to_string(out.join("probabilities.csv")).unwrap();
    assert!(probabilities.contains("runs,,300"), "{probabilities}");
    assert!(probabilities.contains("seed,,2027"));
    assert!(text(&result.stdout).contains("Fund IRR below 0 in "));

    let bad = sco(&["run", "--out", out_str, "--runs", "3"]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("uncertainty.runs"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn sensitivity_prints_the_tornado_largest_first() {
    let result = sco(&["sensitivity", "--result", "final_equity", "--top", "5"]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let out = text(&result.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("Final equity (US$ bn), base "),
        "{out}"
    );
    assert_eq!(lines.len(), 2 + 5, "{out}");
    assert!(lines[2].trim_start().starts_with("1  "), "{out}");

    let bad = sco(&["sensitivity", "--result", "happiness"]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("unknown result `happiness`"));
}

#[test]
fn sensitivity_speaks_the_language_asked_for() {
    let ru = text(
        &sco(&[
            "sensitivity",
            "--result",
            "final_equity",
            "--top",
            "3",
            "--lang",
            "ru",
        ])
        .stdout,
    );
    let lines: Vec<&str> = ru.lines().collect();
    assert!(
        lines[0].contains("базовое значение 30,12 млрд долл. США"),
        "{ru}"
    );
    for word in ["допущение", "нижнее", "результат", "верхнее", "размах"]
    {
        assert!(lines[1].contains(word), "{ru}");
    }
    assert!(
        !lines[1].contains("rank") && !lines[1].contains("swing"),
        "{ru}"
    );
    let zh = text(
        &sco(&[
            "sensitivity",
            "--result",
            "final_equity",
            "--top",
            "3",
            "--lang",
            "zh",
        ])
        .stdout,
    );
    assert!(
        zh.lines().nth(1).is_some_and(|l| l.contains("变动幅度")),
        "{zh}"
    );
}

#[test]
fn diff_writes_tilts_and_mixes_in_the_readers_numbers() {
    let args = [
        "diff",
        "scenarios/baseline.ron",
        "scenarios/green_corridors.ron",
    ];
    let ru = text(&sco(&[&args[..], &["--lang", "ru"]].concat()).stdout);
    assert!(ru.contains("(sector_tilt.energy): 1× → 0,5×"), "{ru}");
    let en = text(&sco(&args).stdout);
    assert!(en.contains("(sector_tilt.energy): 1× → 0.5×"), "{en}");
}

#[test]
fn goal_seek_says_the_value_or_that_the_target_is_out_of_reach() {
    let found = sco(&[
        "goal-seek",
        "--assumption",
        "capital.subscribed",
        "--result",
        "first_binding_year",
        "--target",
        "2040",
    ]);
    assert!(found.status.success(), "{}", text(&found.stderr));
    assert!(text(&found.stdout).starts_with("Subscribed capital = "));

    let unreachable = sco(&[
        "goal-seek",
        "--assumption",
        "capital.paid_in_ratio",
        "--result",
        "cumulative_financing_by:2040",
        "--target",
        "10000",
    ]);
    assert_eq!(unreachable.status.code(), Some(2));
    assert!(text(&unreachable.stdout).starts_with("No value of Paid-in share"));
}

/// Runs the binary, but gives up (and fails the test) after ten seconds: a command that hangs
/// on its input is a failure, not a stuck test run.
fn sco_within_ten_seconds(args: &[&str]) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(10)) {
        Ok(output) => output.expect("the binary ran"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
            panic!("sco-explorer {args:?} still ran after 10 s");
        }
    }
}

#[cfg(unix)]
#[test]
fn check_and_run_refuse_a_pipe_or_a_device_at_once_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("scenario.ron");
    common::make_fifo(&fifo);
    let out = dir.path().join("out");
    for input in [fifo.to_str().unwrap(), "/dev/zero"] {
        let result = sco_within_ten_seconds(&["check", input]);
        assert_eq!(result.status.code(), Some(1));
        let stdout = text(&result.stdout);
        assert!(stdout.contains("not a regular file"), "{stdout}");
        let result = sco_within_ten_seconds(&["run", input, "--out", out.to_str().unwrap()]);
        assert_eq!(result.status.code(), Some(1));
        assert!(text(&result.stderr).contains("not a regular file"));
        assert!(!out.exists(), "nothing written");
    }
}

#[test]
fn a_file_cannot_make_check_print_a_forged_line_or_a_control_character() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evil.ron");
    std::fs::write(
        &file,
        "(\n  uncertainty: (runs: 1000, assumptions: [\n    (path: \"x\\nscenario.ron: valid\\u{1b}[2J\\u{0}\", distribution: Uniform(min: 1.0, max: 2.0)),\n  ]),\n  projects: [(name: \"a\\u{1b}]0;title\\u{7}\\r\", amount: 99.0)],\n)",
    )
    .unwrap();
    let result = sco_within_ten_seconds(&["check", file.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1));
    let stdout = text(&result.stdout);
    assert!(
        !stdout.chars().any(|c| c != '\n' && c.is_control()),
        "{stdout:?}"
    );
    assert!(
        !stdout.lines().any(|l| l.ends_with(": valid")),
        "no line may claim validity: {stdout}"
    );
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

#[test]
fn a_country_given_twice_fails_check_and_diff_instead_of_losing_what_it_said() {
    let dir = tempfile::tempdir().unwrap();
    let twice = dir.path().join("twice.ron");
    std::fs::write(
        &twice,
        "(\n  countries: {\n    KAZ: (member: false),\n    KAZ: (weight: 0.9),\n  },\n)\n",
    )
    .unwrap();
    let result = sco(&["check", twice.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        text(&result.stdout)
            .contains("twice.ron:4:5: countries.KAZ: `KAZ` is given twice: lines 3 and 4"),
        "{}",
        text(&result.stdout)
    );
    let baseline = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/baseline.ron");
    let result = sco(&["diff", baseline.to_str().unwrap(), twice.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1));
    assert!(text(&result.stderr).contains("given twice"));
    assert!(!text(&result.stdout).contains("same assumptions"));
}

#[test]
fn run_into_a_results_folder_replaces_all_its_files_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results");
    assert!(
        sco(&["run", "--out", out.to_str().unwrap()])
            .status
            .success()
    );
    let before: Vec<Vec<u8>> = ["flows.csv", "bank.csv", "fund.csv"]
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    // One file cannot be written: a folder stands where it should go.
    std::fs::remove_file(out.join("countries.csv")).unwrap();
    std::fs::create_dir(out.join("countries.csv")).unwrap();
    let bigger = dir.path().join("bigger.ron");
    std::fs::write(&bigger, "(capital: (subscribed: 150.0))").unwrap();
    let result = sco(&[
        "run",
        bigger.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = text(&result.stderr);
    assert!(stderr.contains("countries.csv: it is a folder"), "{stderr}");
    assert_eq!(
        stderr.matches("nothing was written").count(),
        1,
        "said once: {stderr}"
    );
    for (f, old) in ["flows.csv", "bank.csv", "fund.csv"].iter().zip(&before) {
        assert_eq!(
            &std::fs::read(out.join(f)).unwrap(),
            old,
            "{f} is the old scenario's"
        );
    }
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.len(),
        sco_explorer::export::FILES.len(),
        "no temporary file is left: {names:?}"
    );

    // Once the obstacle is gone, the whole set is replaced.
    std::fs::remove_dir(out.join("countries.csv")).unwrap();
    std::fs::write(out.join("countries.csv"), "old").unwrap();
    let result = sco(&[
        "run",
        bigger.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(result.status.success());
    assert_ne!(std::fs::read(out.join("bank.csv")).unwrap(), before[1]);
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["sensitivity", "--result", "final_equity"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -0`: the reader is gone before the first line is written.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    assert!(output.status.success(), "{:?}", output.status);
}

#[test]
fn every_view_can_be_asked_for_by_name() {
    let help = text(&sco(&["--help"]).stdout);
    let wrong = text(&sco(&["--view", "nowhere"]).stderr);
    for view in [
        "overview",
        "sectors",
        "countries",
        "bank",
        "fund",
        "flows",
        "compare",
        "uncertainty",
        "discovery",
        "sensitivity",
        "data",
    ] {
        assert!(help.contains(view), "--help names {view}: {help}");
        assert!(wrong.contains(view), "the error names {view}: {wrong}");
    }
}

/// The command line's own lines (errors, notes, what it wrote) speak the language asked for.
#[test]
fn errors_and_what_was_written_speak_the_language_asked_for() {
    let wrong = sco(&["--lang", "ru", "sensitivity", "--result", "nonsense"]);
    assert!(!wrong.status.success());
    let stderr = text(&wrong.stderr);
    assert!(
        stderr.starts_with("ошибка: неизвестный показатель `nonsense`"),
        "{stderr}"
    );
    let same = sco(&[
        "--lang",
        "zh",
        "diff",
        "scenarios/baseline.ron",
        "scenarios/baseline.ron",
    ]);
    assert_eq!(text(&same.stdout).trim(), "两个情景的假设相同。");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.svg");
    let wrote = sco(&[
        "--lang",
        "ru",
        "chart",
        "--chart",
        "approvals",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(wrote.status.success(), "{}", text(&wrote.stderr));
    assert!(
        text(&wrote.stdout).starts_with("Записано: "),
        "{}",
        text(&wrote.stdout)
    );
}

#[test]
fn summary_speaks_the_language_asked_for_and_csv_never_changes() {
    let ru = text(&sco(&["summary", "--lang", "ru"]).stdout);
    assert!(ru.contains("Накопленное финансирование: 99,4 млрд"), "{ru}");
    assert!(
        ru.contains(
            "Кредитование впервые упирается в лимит в 2034 г. (минимальный уровень капитала)"
        ),
        "{ru}"
    );
    assert!(ru.contains("(18 лет;"), "{ru}");
    let zh = text(&sco(&["summary", "--lang", "zh"]).stdout);
    assert!(zh.contains("累计融资：994亿"), "{zh}");
    assert!(zh.contains("2027–2051年预测"), "{zh}");
    let en = text(&sco(&["summary"]).stdout);
    assert!(en.contains("Cumulative financing: 99.4 bn"), "{en}");
    let bad = sco(&["summary", "--lang", "fr"]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("use en, ru or zh"));

    // The files are the same whatever the language.
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("en"), dir.path().join("zh"));
    let runs = |lang: &str, out: &Path| {
        let out = out.to_str().unwrap();
        assert!(sco(&["run", "--out", out, "--lang", lang]).status.success());
    };
    runs("en", &a);
    runs("zh", &b);
    for name in ["flows.csv", "bank.csv", "fund.csv", "countries.csv"] {
        let read = |d: &Path| std::fs::read(d.join(name)).unwrap();
        assert_eq!(read(&a), read(&b), "{name}");
    }
}

#[test]
fn discover_states_the_box_in_words_and_writes_its_csv() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("disc");
    let result = sco(&[
        "discover",
        "--outcome",
        "first_binding_year < 2035",
        "--runs",
        "500",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let said = text(&result.stdout);
    assert!(said.contains("500 runs"), "{said}");
    assert!(said.contains("When "), "{said}");
    assert!(said.contains("of all such runs"), "{said}");
    assert_eq!(
        header(&out.join("trajectory.csv")),
        "step,coverage,density,mass,restricted"
    );
    assert_eq!(
        header(&out.join("box.csv")),
        "assumption,lower,upper,sampled_min,sampled_max,density_without"
    );
    let bad = sco(&["discover", "--outcome", "first_binding_year"]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("RESULT < VALUE"));
}

#[test]
fn run_with_samples_writes_every_runs_draws_and_results() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_str = out.to_str().unwrap();
    let result = sco(&["run", "--out", out_str, "--runs", "200", "--samples"]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let samples = std::fs::read_to_string(out.join("samples.csv")).unwrap();
    let mut lines = samples.lines();
    let head = lines.next().unwrap();
    assert!(head.starts_with("run,seed,demand."), "{head}");
    assert!(
        head.ends_with(
            ",cumulative_financing,first_binding_year,min_capital_ratio,min_rac,final_equity,fund_irr"
        ),
        "{head}"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 200);
    assert!(rows[0].starts_with("0,2027,"), "{}", rows[0]);
    // The same rows again: the seed decides them.
    let again = dir.path().join("again");
    assert!(
        sco(&[
            "run",
            "--out",
            again.to_str().unwrap(),
            "--runs",
            "200",
            "--samples"
        ])
        .status
        .success()
    );
    assert_eq!(
        std::fs::read_to_string(again.join("samples.csv")).unwrap(),
        samples
    );
    // --samples without --runs is refused.
    assert!(
        !sco(&["run", "--out", out_str, "--samples"])
            .status
            .success()
    );
}

#[test]
fn brief_writes_one_html_file_with_the_study_the_reference_and_the_tornado() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.html");
    let output = sco(&[
        "--lang",
        "ru",
        "brief",
        "scenarios/sustainable_lending.ron",
        "--reference",
        "scenarios/baseline.ron",
        "--runs",
        "300",
        "--sensitivity",
        "final_equity",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"ru\">"));
    for id in [
        "uncertainty",
        "sensitivity",
        "chart-flows",
        "chart-map",
        "scenario-file",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("Основные показатели"));
    assert!(html.contains("download=\"sustainable_lending.ron\""));
    let ron = sco_explorer::brief::embedded_scenario(&html).unwrap();
    let embedded = sco_explorer::file::read(&ron, "brief").unwrap().scenario;
    let mut file = sco_explorer::file::load(Path::new("scenarios/sustainable_lending.ron"))
        .unwrap()
        .scenario;
    file.uncertainty.runs = 300;
    sco_explorer::i18n::set_for_thread(sco_explorer::i18n::Lang::Ru);
    let runs = sco_explorer::t!("unc-done", runs = 300, seed = file.seed.to_string());
    sco_explorer::i18n::set_for_thread(sco_explorer::i18n::Lang::En);
    assert!(html.contains(&runs), "{runs}");
    assert_eq!(
        embedded, file,
        "the scenario the brief shows, runs included"
    );
}

#[test]
fn chart_writes_one_svg_and_lists_the_names_it_knows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ratio.svg");
    let output = sco(&[
        "chart",
        "--chart",
        "capital-ratio",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Capital ratio") && svg.contains(">%<"));
    let wrong = sco(&["chart", "--chart", "pie", "--out", out.to_str().unwrap()]);
    assert!(!wrong.status.success());
    let said = text(&wrong.stderr);
    assert!(
        said.contains("capital-ratio") && said.contains("map"),
        "{said}"
    );
    let help = text(&sco(&["chart", "--help"]).stdout);
    for name in sco_explorer::chart::named::Named::ALL {
        assert!(help.contains(name.name()), "--help lists {}", name.name());
    }
}

/// `link FILE` prints the file's link; the link then stands wherever a file does.
#[test]
fn a_scenario_link_stands_wherever_a_scenario_file_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    for id in ["baseline", "stress", "named_projects"] {
        let file = dir.join(format!("{id}.ron"));
        let file = file.to_str().expect("utf-8");
        let made = sco(&["link", file]);
        assert!(made.status.success(), "{}", text(&made.stderr));
        let stdout = text(&made.stdout);
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
        let url = stdout.trim().to_owned();
        assert!(
            url.starts_with(&format!("{}#1.", sco_explorer::link::WEB_URL)),
            "{url}"
        );
        let fragment = text(&sco(&["link", "--fragment", file]).stdout)
            .trim()
            .to_owned();
        assert_eq!(url.split_once('#').map(|(_, f)| f), Some(fragment.as_str()));

        let by_file = sco(&["summary", file]);
        assert!(by_file.status.success());
        for given in [url.clone(), fragment.clone(), format!("#{fragment}")] {
            let by_link = sco(&["summary", &given]);
            assert!(by_link.status.success(), "{}", text(&by_link.stderr));
            assert_eq!(text(&by_link.stdout), text(&by_file.stdout), "{id}");
        }
        let checked = sco(&["check", &url]);
        assert!(checked.status.success(), "{}", text(&checked.stdout));
        assert!(text(&checked.stdout).trim_end().ends_with(": valid"));
        let diff = sco(&["diff", file, &url]);
        assert_eq!(
            text(&diff.stdout).trim(),
            "The two scenarios make the same assumptions."
        );
        // A link makes the same link again.
        assert_eq!(text(&sco(&["link", &url]).stdout).trim(), url);
    }
}

#[test]
fn a_damaged_link_fails_with_one_readable_sentence() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/stress.ron");
    let url = text(&sco(&["link", file.to_str().expect("utf-8")]).stdout)
        .trim()
        .to_owned();
    let cut = &url[..url.len() - 12];
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    for args in [
        vec!["summary", cut],
        vec!["run", cut, "--out", out.to_str().expect("utf-8")],
    ] {
        let result = sco(&args);
        assert_eq!(result.status.code(), Some(1));
        let stderr = text(&result.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(
                "This link is damaged or incomplete (perhaps cut off when it was copied): ask \
                 for the link again, or for the scenario file."
            ),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    assert!(!out.exists(), "nothing written");
    let result = sco(&["check", cut]);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(text(&result.stdout).lines().count(), 1);
    // In the reader's language.
    let result = sco(&["summary", cut, "--lang", "ru"]);
    assert!(
        text(&result.stderr).contains("Эта ссылка повреждена или неполна"),
        "{}",
        text(&result.stderr)
    );
}

/// A file whose name looks like a link is still the file.
#[test]
fn a_file_named_like_a_link_is_read_as_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stress = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/stress.ron");
    std::fs::copy(stress, dir.path().join("1.4.stress.ron")).expect("copied");
    let result = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["check", "1.4.stress.ron"])
        .current_dir(dir.path())
        .output()
        .expect("the binary runs");
    assert!(result.status.success(), "{}", text(&result.stdout));
    assert_eq!(text(&result.stdout).trim(), "1.4.stress.ron: valid");
}

#[test]
fn explain_prints_the_parts_in_the_readers_language_and_writes_csv_and_svg() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("why");
    let result = sco(&[
        "explain",
        "scenarios/baseline.ron",
        "scenarios/stress.ron",
        "--result",
        "final_equity",
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "ru",
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let printed = text(&result.stdout);
    assert!(printed.contains("Базовая ставка"), "{printed}");
    assert!(printed.contains("внешние условия"), "{printed}");
    assert!(printed.contains("по Шепли"), "{printed}");
    // The CSV's parts add up to the change between its reference and current rows.
    let csv = std::fs::read_to_string(out.join("explanation.csv")).unwrap();
    let value = |kind: &str| -> Vec<f64> {
        csv.lines()
            .filter(|l| l.starts_with(&format!("{kind},")))
            .map(|l| l.rsplit(',').next().unwrap().parse().unwrap())
            .collect()
    };
    let parts: f64 = value("part").iter().sum();
    let change = value("current")[0] - value("reference")[0];
    assert!((parts - change).abs() < 1e-9 * value("current")[0].abs());
    assert_eq!(value("part").len(), 6, "{csv}");
    assert!(
        std::fs::read_to_string(out.join("explanation.svg"))
            .unwrap()
            .contains("<svg")
    );

    // A result by year: one column a year, and its year-by-year picture.
    let result = sco(&[
        "explain",
        "scenarios/baseline.ron",
        "scenarios/stress.ron",
        "--result",
        "loans_outstanding",
        "--by",
        "class",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let csv = std::fs::read_to_string(out.join("explanation.csv")).unwrap();
    assert!(csv.starts_with("kind,part,class,paths,2027,2028,"), "{csv}");
    assert!(out.join("explanation-by-year.svg").exists());

    // What it cannot do, it says.
    let bad = sco(&[
        "explain",
        "scenarios/baseline.ron",
        "scenarios/stress.ron",
        "--result",
        "x",
    ]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("loans_outstanding"),
        "{}",
        text(&bad.stderr)
    );
    let bad = sco(&[
        "explain",
        "scenarios/baseline.ron",
        "scenarios/stress.ron",
        "--result",
        "final_equity",
        "--by",
        "sector",
    ]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("assumption, group, class"),
        "{}",
        text(&bad.stderr)
    );
    let same = sco(&[
        "explain",
        "scenarios/baseline.ron",
        "scenarios/baseline.ron",
        "--result",
        "final_equity",
    ]);
    assert!(same.status.success());
    assert!(
        text(&same.stdout).contains("same assumptions"),
        "{}",
        text(&same.stdout)
    );
}

#[test]
fn a_brief_explains_the_result_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("brief.html");
    let result = sco(&[
        "brief",
        "scenarios/stress.ron",
        "--reference",
        "scenarios/baseline.ron",
        "--explain",
        "loans_outstanding",
        "--out",
        html.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("Why the results differ: Loans outstanding"),
        "the section"
    );
    assert!(page.contains("id=\"chart-explain-years\""));
    // A result that does not exist writes nothing and says what exists.
    std::fs::remove_file(&html).unwrap();
    let bad = sco(&[
        "brief",
        "scenarios/stress.ron",
        "--reference",
        "scenarios/baseline.ron",
        "--explain",
        "nonsense",
        "--out",
        html.to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("annual_approvals"),
        "{}",
        text(&bad.stderr)
    );
    assert!(!html.exists());
}

#[test]
fn explain_names_a_combination_that_is_not_a_valid_scenario() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let mut first = sco_explorer::model::Scenario::default();
    for (c, entry) in first.countries.iter_mut() {
        use sco_explorer::model::Country;
        entry.member = matches!(c, Country::CHN | Country::RUS | Country::IND);
        entry.borrows = entry.member;
    }
    first.capital.share_cap = 0.4;
    let mut second = first.clone();
    for (c, entry) in second.countries.iter_mut() {
        if *c == sco_explorer::model::Country::KAZ {
            entry.member = true;
            entry.borrows = true;
        }
    }
    second.capital.share_cap = 0.3;
    sco_explorer::file::save(&a, &first).unwrap();
    sco_explorer::file::save(&b, &second).unwrap();
    let result = sco(&[
        "explain",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--result",
        "final_equity",
    ]);
    assert_eq!(result.status.code(), Some(1));
    let printed = text(&result.stdout);
    assert!(printed.contains("capital.share_cap"), "{printed}");
    assert!(printed.contains("by group"), "{printed}");
}
