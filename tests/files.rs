//! Scenario files as people use them: presets that load, files that round-trip byte for byte,
//! clear located messages for every kind of bad file, saves that cannot lose work, and
//! thousands of corrupted files that never crash the reader.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use common::{check_invariants, valid_scenario};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use sco_explorer::file::{self, LoadError, Loaded};
use sco_explorer::model::scenario::SCHEMA;
use sco_explorer::model::{Scenario, project};
use sco_explorer::presets::PRESETS;

fn read(text: &str) -> Result<Loaded, LoadError> {
    file::read(text, "test.ron")
}

fn problem_lines(text: &str) -> Vec<String> {
    match read(text) {
        Ok(_) => vec![],
        Err(e) => e.lines(),
    }
}

#[test]
fn every_preset_loads_validates_projects_and_keeps_every_invariant() {
    assert_eq!(PRESETS.len(), 8);
    for preset in PRESETS {
        let loaded = read(preset.text).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
        assert!(
            loaded.notices.is_empty(),
            "{}: {:?}",
            preset.id,
            loaded.notices
        );
        assert!(
            loaded.omitted.is_empty(),
            "{}: a preset lists every field: {:?}",
            preset.id,
            loaded.omitted
        );
        let s = &loaded.scenario;
        assert!(
            !s.meta.title.is_empty() && s.meta.description.len() > 80,
            "{}: title and question",
            preset.id
        );
        let p = project(s).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
        check_invariants(s, &p).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
    }
}

#[test]
fn presets_are_in_the_layout_the_app_writes() {
    for preset in PRESETS {
        let loaded = read(preset.text).expect("valid");
        let again = file::to_text(&loaded.scenario).expect("writable");
        assert!(
            again == preset.text,
            "{}.ron is not in canonical layout: load and save it again",
            preset.id
        );
    }
}

#[test]
fn the_baseline_preset_is_the_built_in_baseline_apart_from_its_metadata() {
    let mut loaded = read(PRESETS[0].text).expect("valid").scenario;
    loaded.meta = Scenario::default().meta;
    assert_eq!(loaded, Scenario::default());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn load_save_load_gives_the_same_scenario_and_save_load_save_the_same_bytes(s in valid_scenario()) {
        let text = file::to_text(&s).expect("writable");
        let loaded = read(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&loaded.scenario, &s);
        prop_assert!(loaded.omitted.is_empty());
        let again = file::to_text(&loaded.scenario).expect("writable");
        prop_assert!(again == text, "second save differs");
    }
}

#[test]
fn meta_text_with_quotes_apostrophes_and_line_breaks_round_trips_readably() {
    let mut s = Scenario::default();
    s.meta.title = "Ministry's \"green\" case".into();
    s.meta.notes = "Line one\nLine two: 中国, Россия \\ done".into();
    let text = file::to_text(&s).expect("writable");
    assert!(text.contains("Ministry's \"green\" case"), "{text}");
    assert_eq!(read(&text).expect("valid").scenario, s);
}

#[test]
fn an_unknown_field_says_which_where_and_the_closest_known_name() {
    let lines = problem_lines("(\n    capital: (\n        subscribed_captial: 60.0,\n    ),\n)\n");
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("test.ron:3:9: capital.subscribed_captial: unknown field `subscribed_captial`; did you mean `subscribed`?"),
        "{}",
        lines[0]
    );
    let lines = problem_lines("(countries: { KAZ: (wieght: 0.5) })");
    assert!(lines[0].contains("did you mean `weight`?"), "{}", lines[0]);
}

#[test]
fn an_unknown_country_or_sector_lists_the_known_ones() {
    let lines = problem_lines("(\n  countries: {\n    KAZZ: (weight: 0.5),\n  },\n)");
    assert!(
        lines[0]
            .starts_with("test.ron:3:5: countries.KAZZ: unknown name `KAZZ`; did you mean `KAZ`?"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("CHN, IND, RUS"));
    let lines = problem_lines("(sector_tilt: { solar: 2.0 })");
    assert!(
        lines[0].contains("unknown name `solar`") && lines[0].contains("renewables"),
        "{}",
        lines[0]
    );
}

#[test]
fn out_of_range_values_are_all_reported_at_their_place_with_the_allowed_range() {
    let text = "(\n  capital: (paid_in_ratio: 0.9),\n  terms: (tenor: 10, grace: 12),\n  fund: (mandate: { machinery: 0.5 }),\n)";
    let lines = problem_lines(text);
    assert!(lines.contains(&"test.ron:2:13: capital.paid_in_ratio: 0.9 is outside the allowed range (allowed: 0.05 to 0.5)".to_owned()), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with(
            "test.ron:3:22: terms.grace: 12 is outside the allowed range (allowed: 0 to 10)"
        )),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("test.ron:4:10: fund.mandate: the shares sum to 0.5, not 1")),
        "{lines:?}"
    );
}

#[test]
fn a_wrong_type_says_what_was_expected() {
    let lines = problem_lines("(\n  demand: (growth: \"fast\"),\n)");
    assert_eq!(
        lines,
        vec!["test.ron:2:19: demand.growth: expected a number"]
    );
}

#[test]
fn broken_syntax_is_located() {
    let lines = problem_lines("(\n  capital: (subscribed: 50.0,\n");
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("test.ron:3:1:") || lines[0].starts_with("test.ron:2:"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("ends too early"), "{}", lines[0]);
}

#[test]
fn omitted_fields_take_their_baseline_values_and_are_listed() {
    let loaded = read(
        "(\n  capital: (subscribed: 80.0),\n  countries: { KAZ: (disbursement_delay: 2) },\n)",
    )
    .expect("valid");
    let s = &loaded.scenario;
    assert_eq!(s.capital.subscribed, 80.0);
    let base = Scenario::default();
    assert_eq!(s.capital.paid_in_ratio, base.capital.paid_in_ratio);
    let kaz = s.country(sco_explorer::model::Country::KAZ);
    assert_eq!(kaz.disbursement_delay, 2);
    assert_eq!(
        kaz.weight,
        base.country(sco_explorer::model::Country::KAZ).weight,
        "the rest of KAZ is baseline"
    );
    assert_eq!(
        s.countries.len(),
        12,
        "unnamed countries keep their baseline entries"
    );
    for field in [
        "meta",
        "capital.paid_in_ratio",
        "countries.CHN",
        "countries.KAZ.weight",
        "fund",
        "seed",
    ] {
        assert!(
            loaded.omitted.iter().any(|o| o == field),
            "{field} not listed in {:?}",
            loaded.omitted
        );
    }
    assert!(!loaded.omitted.iter().any(|o| o == "capital.subscribed"));
}

#[test]
fn a_newer_schema_is_refused_with_the_version_this_app_reads() {
    let err = read("(schema: 7, capital: (subscribed: 50.0))").expect_err("newer");
    assert_eq!(
        err.to_string(),
        format!(
            "test.ron: the file uses scenario schema 7, newer than this app reads (schema {SCHEMA}); open it with a newer sco-explorer"
        )
    );
}

#[test]
fn a_schema_1_file_is_upgraded_with_a_notice() {
    let old =
        "(\n  title: \"Old study\",\n  author: \"A. Analyst\",\n  capital: (subscribed: 70.0),\n)";
    let loaded = read(old).expect("upgradable");
    assert_eq!(loaded.scenario.meta.title, "Old study");
    assert_eq!(loaded.scenario.meta.author, "A. Analyst");
    assert_eq!(loaded.scenario.capital.subscribed, 70.0);
    assert_eq!(loaded.scenario.schema, SCHEMA);
    assert!(
        loaded.notices[0].contains(&format!("upgraded from scenario schema 1 to {SCHEMA}")),
        "{:?}",
        loaded.notices
    );
    let explicit = read("(schema: 1, title: \"Old\")").expect("upgradable");
    assert_eq!(explicit.scenario.meta.title, "Old");
}

#[test]
fn oversized_deeply_nested_non_text_and_folder_inputs_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.ron");
    std::fs::write(&big, vec![b' '; 6 * 1024 * 1024]).expect("written");
    assert!(matches!(file::load(&big), Err(LoadError::TooLarge { .. })));

    let deep = format!("(notes: {}{})", "[".repeat(200), "]".repeat(200));
    let err = read(&deep).expect_err("too deep");
    assert!(
        err.to_string().contains("nests deeper than 32 levels"),
        "{err}"
    );

    let binary = dir.path().join("binary.ron");
    std::fs::write(&binary, [b'(', 0xff, 0xfe, b')']).expect("written");
    let err = file::load(&binary).expect_err("not text");
    assert!(
        err.to_string()
            .contains("not UTF-8 text (first bad byte at offset 1)"),
        "{err}"
    );

    let err = file::load(dir.path()).expect_err("a folder");
    assert!(
        err.to_string().contains("it is a folder, not a file"),
        "{err}"
    );
    let err = file::load(&dir.path().join("missing.ron")).expect_err("missing");
    assert!(
        err.to_string()
            .ends_with("cannot read the file: no such file"),
        "{err}"
    );
}

#[test]
fn saving_replaces_the_file_whole_and_a_failed_save_leaves_it_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("study.ron");
    let mut s = Scenario::default();
    file::save(&path, &s).expect("saved");
    let first = std::fs::read(&path).expect("written");
    assert_eq!(file::load(&path).expect("valid").scenario, s);

    // Block the temporary file's name so the next save fails before touching the target.
    let temp = dir
        .path()
        .join(format!(".study.ron.saving-{}", std::process::id()));
    std::fs::create_dir(&temp).expect("blocker");
    s.capital.subscribed = 99.0;
    let err = file::save(&path, &s).expect_err("blocked");
    assert!(
        err.to_string().contains("the file on disk was not changed"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).expect("still there"), first);
    std::fs::remove_dir(&temp).expect("unblocked");

    file::save(&path, &s).expect("saved");
    assert_eq!(
        file::load(&path)
            .expect("valid")
            .scenario
            .capital
            .subscribed,
        99.0
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("listable").collect();
    assert_eq!(leftovers.len(), 1, "no temporary files are left behind");

    let err = file::save(&dir.path().join("no/such/folder/x.ron"), &s).expect_err("no folder");
    assert!(err.to_string().contains("does not exist"), "{err}");
}

/// One corruption of a text, chosen at random.
fn corrupt(text: &str, rng: &mut ChaCha8Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let lines: Vec<&str> = text.lines().collect();
    let has_values = lines.iter().any(|l| l.contains(": "));
    if bytes.len() < 2 || lines.len() < 2 || !has_values {
        return format!("{text})");
    }
    let numeric = |l: &str| {
        l.trim_end_matches(',')
            .split(": ")
            .nth(1)
            .is_some_and(|v| v.parse::<f64>().is_ok())
    };
    let kind = match rng.random_range(0..7) {
        5 if !lines.iter().any(|l| numeric(l)) => 0,
        k => k,
    };
    match kind {
        0 => {
            // Flip a few bytes (possibly into invalid UTF-8, which read() cannot be given:
            // use a lossy conversion as an editor would).
            for _ in 0..rng.random_range(1..4) {
                let i = rng.random_range(0..bytes.len());
                bytes[i] ^= 1 << rng.random_range(0..8);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => {
            let cut = rng.random_range(0..text.len());
            String::from_utf8_lossy(&bytes[..cut]).into_owned()
        }
        2 => {
            let drop = rng.random_range(0..lines.len());
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != drop)
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n")
        }
        3 => {
            let dup = rng.random_range(0..lines.len());
            let mut out = lines.clone();
            out.insert(dup, lines[dup]);
            out.join("\n")
        }
        4 => {
            // Swap the values of two lines that both hold `key: value`.
            let with_values: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].contains(": "))
                .collect();
            let (a, b) = (
                with_values[rng.random_range(0..with_values.len())],
                with_values[rng.random_range(0..with_values.len())],
            );
            let value = |l: &str| {
                l.split_once(": ")
                    .map(|(_, v)| v.to_owned())
                    .unwrap_or_default()
            };
            let key = |l: &str| {
                l.split_once(": ")
                    .map(|(k, _)| k.to_owned())
                    .unwrap_or_default()
            };
            let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            out[a] = format!("{}: {}", key(lines[a]), value(lines[b]));
            out[b] = format!("{}: {}", key(lines[b]), value(lines[a]));
            out.join("\n")
        }
        5 => {
            // A huge, tiny, negative or non-finite number in place of one value.
            let numbers: Vec<usize> = (0..lines.len()).filter(|&i| numeric(lines[i])).collect();
            let i = numbers[rng.random_range(0..numbers.len())];
            let replacement = [
                "1e308",
                "-1e308",
                "1e-320",
                "-0.0",
                "NaN",
                "inf",
                "-inf",
                "99999999999999999999999",
                "-1",
            ][rng.random_range(0..9)];
            let key = lines[i]
                .split_once(": ")
                .map(|(k, _)| k)
                .unwrap_or_default();
            let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            out[i] = format!("{key}: {replacement},");
            out.join("\n")
        }
        _ => {
            // Insert random punctuation that RON gives meaning to.
            let i = rng.random_range(0..bytes.len());
            let junk = [
                "(", ")", "[", "]", "{", "}", ",", ":", "\"", "r#\"", "//", "/*", "Some(", "None",
            ][rng.random_range(0..14)];
            let mut out = String::from_utf8_lossy(&bytes[..i]).into_owned();
            out.push_str(junk);
            out.push_str(&String::from_utf8_lossy(&bytes[i..]));
            out
        }
    }
}

#[test]
fn thousands_of_corrupted_presets_either_load_or_give_a_located_error_and_never_panic() {
    let mut rng = ChaCha8Rng::seed_from_u64(2025);
    let (mut loaded, mut refused) = (0, 0);
    for round in 0..2400 {
        let preset = PRESETS[round % PRESETS.len()];
        let mut text = corrupt(preset.text, &mut rng);
        if round % 5 == 0 {
            text = corrupt(&text, &mut rng);
        }
        match read(&text) {
            Ok(ok) => {
                loaded += 1;
                // Whatever loads is valid and projects without non-finite numbers.
                let p = project(&ok.scenario).expect("loaded scenarios are valid");
                check_invariants(&ok.scenario, &p)
                    .unwrap_or_else(|e| panic!("round {round}: {e}\n{text}"));
            }
            Err(LoadError::Syntax(located)) => {
                refused += 1;
                assert!(
                    located.position.is_some(),
                    "round {round}: syntax error without a place: {located}"
                );
                assert!(!located.problem.field.is_empty());
            }
            Err(LoadError::Invalid { problems, .. }) => {
                refused += 1;
                assert!(!problems.is_empty());
                for p in problems {
                    assert!(
                        p.position.is_some(),
                        "round {round}: {p} has no place in\n{text}"
                    );
                }
            }
            Err(LoadError::NewerSchema { .. }) => refused += 1,
            Err(other) => panic!("round {round}: unexpected {other}"),
        }
    }
    println!(
        "2,400 corrupted presets: {loaded} loaded and valid, {refused} refused with a located message"
    );
    assert_eq!(loaded + refused, 2400);
    assert!(
        loaded > 100 && refused > 1000,
        "loaded {loaded}, refused {refused}"
    );
}
