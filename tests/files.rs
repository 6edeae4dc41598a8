//! Scenario files as people use them: presets that load, files that round-trip byte for byte,
//! clear located messages for every kind of bad file, saves that cannot lose work, and
//! thousands of corrupted files that never crash the reader.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

#[cfg(unix)]
use common::make_fifo;
use common::{check_invariants, valid_scenario};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use sco_explorer::file::{self, LoadError, Loaded};
use sco_explorer::i18n::{self, Lang, tr};
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
    assert_eq!(PRESETS.len(), 11);
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
    assert!(lines.contains(&"test.ron:2:13: capital.paid_in_ratio: 0.9 (90 %) is outside the allowed range (allowed: 5 % to 50 %)".to_owned()), "{lines:?}");
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
fn a_missing_comma_is_placed_where_it_must_be_typed_in_the_readers_language() {
    let text =
        "(\n  capital: (\n    subscribed: 50.0,\n    instalments: 5\n    share_rule: Gdp,\n  ),\n)";
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        let lines = problem_lines(text);
        assert_eq!(lines.len(), 1, "{lines:?}");
        // After the 5 on line 4, not at share_rule on line 5 where RON noticed it.
        assert!(lines[0].starts_with("test.ron:4:19"), "{}", lines[0]);
        assert!(lines[0].contains("capital.instalments"), "{}", lines[0]);
        assert!(
            lines[0].contains(&tr("syntax-expected-comma")),
            "{}",
            lines[0]
        );
    }
    i18n::set_for_thread(Lang::En);
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

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_socket_is_refused_at_once_and_nothing_is_read_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("scenario.ron");
    make_fifo(&fifo);
    let socket = dir.path().join("socket.ron");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let link_to_zero = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &link_to_zero).unwrap();
    let cases = [
        (
            fifo.as_path(),
            "it is a named pipe (FIFO), not a regular file",
        ),
        (socket.as_path(), "it is a socket, not a regular file"),
        (
            std::path::Path::new("/dev/zero"),
            "it is a device, not a regular file",
        ),
        (link_to_zero.as_path(), "it is a device, not a regular file"),
    ];
    for (path, says) in cases {
        // With no writer on the pipe, a blocking open would never return.
        let started = std::time::Instant::now();
        let err = file::load(path).expect_err("refused");
        assert!(started.elapsed().as_secs() < 5, "{path:?} took too long");
        let text = err.to_string();
        assert!(text.contains(says), "{text}");
        assert!(text.contains("only scenario files can be opened"), "{text}");
    }
}

#[test]
fn a_file_over_the_limit_is_refused_and_the_limit_holds_for_text_too() {
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("sparse.ron");
    // A sparse file: 6 MB long, none of it on disk. Refused before a byte is read.
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(6 * 1024 * 1024)
        .unwrap();
    let err = file::load(&sparse).expect_err("too large");
    assert!(matches!(err, LoadError::TooLarge { .. }));
    assert!(
        err.to_string()
            .contains("over 5,242,880 bytes, more than a scenario file may have"),
        "{err}"
    );
    let exactly = " ".repeat(5 * 1024 * 1024 - 2);
    assert!(matches!(
        read(&format!("({exactly})")),
        Ok(_) | Err(LoadError::Syntax(_))
    ));
}

#[test]
fn a_country_or_sector_given_twice_is_an_error_naming_both_lines() {
    let text = "(\n    countries: {\n        KAZ: (member: false, weight: 0.3),\n        CHN: (weight: 0.2),\n        KAZ: (weight: 0.9),\n    },\n    sector_tilt: { energy: 1.2, energy: 0.8 },\n)\n";
    let lines = problem_lines(text);
    assert_eq!(
        lines,
        vec![
            "test.ron:5:9: countries.KAZ: `KAZ` is given twice: lines 3 and 5; give it once",
            "test.ron:7:33: sector_tilt.energy: `energy` is given twice: on line 7, columns 20 and 33; give it once",
        ]
    );
    // A struct field given twice, which RON itself notices, names both lines too.
    let lines =
        problem_lines("(\n  capital: (\n    subscribed: 50.0,\n    subscribed: 60.0,\n  ),\n)");
    assert_eq!(
        lines,
        vec![
            "test.ron:4:5: capital.subscribed: `subscribed` is given twice: lines 3 and 4; give it once"
        ]
    );
}

#[test]
fn a_file_saved_by_notepad_with_a_byte_order_mark_opens_and_is_saved_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.ron");
    std::fs::write(
        &path,
        "\u{FEFF}(\r\n    capital: (subscribed: 60.0),\r\n)\r\n",
    )
    .unwrap();
    let loaded = file::load(&path).expect("a BOM and CRLF line ends are fine");
    assert_eq!(loaded.scenario.capital.subscribed, 60.0);
    // Positions count from the first visible character, as an editor shows them.
    let err = read("\u{FEFF}(\n  capital: (subscribed: -1.0),\n)").expect_err("invalid");
    assert!(err.to_string().starts_with("test.ron:2:13:"), "{err}");
    file::save(&path, &loaded.scenario).unwrap();
    let saved = std::fs::read(&path).unwrap();
    assert!(
        saved.starts_with(b"// SCO"),
        "no byte-order mark is written"
    );
}

#[test]
fn a_problem_caused_by_a_left_out_field_points_at_the_line_that_caused_it() {
    let lines = problem_lines("// moved later\n(\n    start_year: 2060,\n)\n");
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(
        lines[0],
        "test.ron:3:5: capital.first_year: 2027 is outside the projection horizon (allowed: \
         2060 to 2084); the file leaves `capital.first_year` out, so its baseline value \
         applies, which conflicts with `start_year` (set here)"
    );
    assert!(lines[1].starts_with("test.ron:3:5: fund.first_year:"));
    // A grace period against the baseline tenor points at the grace period itself.
    let lines = problem_lines("(\n    terms: (grace: 9, tenor: 8),\n)");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("test.ron:2:13: terms.grace: a grace period of 9 years")),
        "{lines:?}"
    );
    // The tenor the file sets, against the baseline grace period, points at the tenor.
    let lines = problem_lines("(\n    terms: (\n        tenor: 5,\n    ),\n)");
    assert!(
        lines.iter().any(|l| l.starts_with("test.ron:3:9: terms.grace:")
            && l.contains("the file leaves `terms.grace` out, so its baseline value applies, which conflicts with `terms.tenor`")),
        "{lines:?}"
    );
}

/// Whether a text could do anything to a terminal beyond printing: a control character other
/// than the line break that separates messages, or a character that reorders a line.
fn has_unsafe_characters(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && sco_explorer::text::is_unsafe(c))
}

#[test]
fn nothing_a_file_says_reaches_a_message_unescaped() {
    let forged = "(\n    uncertainty: (runs: 1000, assumptions: [\n        (path: \"x\\nscenario.ron: valid\\u{1b}[2J\\u{0}\", distribution: Uniform(min: 1.0, max: 2.0)),\n    ]),\n)";
    let lines = problem_lines(forged);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(!has_unsafe_characters(&lines[0]), "{:?}", lines[0]);
    assert!(
        lines[0].contains("`x\\nscenario.ron: valid\\u{1b}[2J\\0` is not a numeric assumption"),
        "{}",
        lines[0]
    );
    // A file name with a line break and an escape sequence in it.
    let err = file::read(
        "(capital: (subscribed: -1.0))",
        "evil\n\u{1b}]0;owned\u{7}.ron",
    )
    .expect_err("invalid");
    assert!(!has_unsafe_characters(&err.to_string()), "{err}");
    assert_eq!(err.lines().len(), 1);
    // A project's name in the guardrail sentences and the summary, and in `diff`.
    let mut s = Scenario::default();
    // A small bank and a large last-year project: it cannot be financed, and says so by name.
    s.capital.subscribed = 5.0;
    s.projects.push(sco_explorer::model::scenario::Project {
        name: "Pipeline\u{202E}evil\r\nThe capital limit never binds.".into(),
        year: s.end_year(),
        amount: 50.0,
        ..Default::default()
    });
    let p = project(&s).expect("valid");
    let events: Vec<String> = p.events.iter().map(ToString::to_string).collect();
    assert!(
        events
            .iter()
            .any(|e| e.contains("Pipeline\\u{202e}evil\\r\\nThe")),
        "{events:?}"
    );
    assert!(!has_unsafe_characters(&events.join("")));
    let summary = sco_explorer::export::summary_text(&p);
    assert!(
        !summary
            .lines()
            .any(|l| l == "The capital limit never binds.")
    );
    for d in sco_explorer::model::compare::differences(&Scenario::default(), &s) {
        assert!(!has_unsafe_characters(&d.to_string()), "{d}");
    }
}

#[test]
fn a_megabyte_long_name_is_shown_short() {
    let long = "x".repeat(1_000_000);
    let text = format!(
        "(\n    uncertainty: (assumptions: [(path: \"{long}\", distribution: Uniform(min: 1.0, max: 2.0))]),\n)"
    );
    let lines = problem_lines(&text);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].len() < 400, "{} characters", lines[0].len());
    let text = format!("(\n    {long}: 1,\n)");
    let lines = problem_lines(&text);
    assert!(lines[0].len() < 2_000, "{} characters", lines[0].len());
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions_and_writes_through_a_symbolic_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("private.ron");
    std::fs::write(&private, "(seed: 1)").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut s = Scenario::default();
    s.capital.subscribed = 77.0;
    file::save(&private, &s).unwrap();
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a private file stays private");

    // A link in one folder to a file in another: the file changes, the link stays a link.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("real.ron");
    std::fs::write(&target, "(seed: 1)").unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("elsewhere/real.ron", &link).unwrap();
    file::save(&link, &s).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        file::load(&target).unwrap().scenario.capital.subscribed,
        77.0
    );
    let beside_target: Vec<_> = std::fs::read_dir(&elsewhere).unwrap().collect();
    assert_eq!(
        beside_target.len(),
        1,
        "no temporary file is left beside the target"
    );

    // A failed save through the link leaves the link and the target as they were.
    let before = std::fs::read(&target).unwrap();
    let blocker = elsewhere.join(format!(".real.ron.saving-{}", std::process::id()));
    std::fs::create_dir(&blocker).unwrap();
    s.capital.subscribed = 88.0;
    let err = file::save(&link, &s).expect_err("blocked");
    assert!(
        err.to_string().contains("the file on disk was not changed"),
        "{err}"
    );
    assert_eq!(std::fs::read(&target).unwrap(), before);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // A pipe is not overwritten by a save.
    let fifo = dir.path().join("pipe.ron");
    make_fifo(&fifo);
    let err = file::save(&fifo, &s).expect_err("not a regular file");
    assert!(err.to_string().contains("named pipe"), "{err}");
}

#[test]
fn a_typo_and_an_out_of_range_value_are_reported_together() {
    let text = "(\n    capital: (\n        subscribed_captial: 60.0,\n        paid_in_ratio: 0.9,\n    ),\n    demand: (growth: \"fast\"),\n    countries: {\n        KAX: (weight: 0.5),\n    },\n    terms: (tenor: 500),\n)\n";
    let lines = problem_lines(text);
    assert_eq!(
        lines,
        vec![
            "test.ron:3:9: capital.subscribed_captial: unknown field `subscribed_captial`; did you mean `subscribed`? (allowed: subscribed, paid_in_ratio, instalments, share_rule, hybrid_equal_part, share_cap, first_year)",
            "test.ron:6:21: demand.growth: expected a number",
            "test.ron:8:9: countries.KAX: unknown name `KAX`; did you mean `KAZ`? (allowed: CHN, IND, RUS, IRN, PAK, KAZ, UZB, BLR, KGZ, TJK, MNG, AFG)",
            "test.ron:4:9: capital.paid_in_ratio: 0.9 (90 %) is outside the allowed range (allowed: 5 % to 50 %)",
            "test.ron:10:13: terms.tenor: 500 is outside the allowed range (allowed: 5 to 35)",
        ]
    );
    // Broken syntax still stops the search where it is.
    let lines =
        problem_lines("(\n    capital: (subscribed_captial: 60.0,\n    demand: (growth: 0.1\n");
    assert!(
        lines[0].contains("unknown field `subscribed_captial`"),
        "{lines:?}"
    );
    assert!(
        lines.last().unwrap().contains("ends too early"),
        "{lines:?}"
    );
}

/// Schema 4 added `policy.lending_rule`: a schema-3 file reads as it is and keeps the hard
/// limit it was written under; a sustainable rule round-trips; a look-ahead out of range is
/// refused with its place in the file.
#[test]
fn the_lending_rule_is_upgraded_saved_and_checked() {
    use sco_explorer::model::scenario::LendingRule;
    let old = read("(schema: 3, policy: (capital_floor: 0.3))").expect("an older file loads");
    assert_eq!(old.scenario.policy.lending_rule, LendingRule::HardLimit);
    let text = file::to_text(&old.scenario).expect("writable");
    assert!(text.contains("schema: 5,") && text.contains("lending_rule: HardLimit,"));
    let mut s = old.scenario;
    s.policy.lending_rule = LendingRule::Sustainable { lookahead: 10 };
    let again = read(&file::to_text(&s).expect("writable")).expect("reads back");
    assert_eq!(again.scenario, s);
    let Err(e) = read("(policy: (lending_rule: Sustainable(lookahead: 40)))") else {
        panic!("a 40-year look-ahead is refused");
    };
    let message = e.to_string();
    assert!(
        message.contains("policy.lending_rule.lookahead") && message.contains("1 to 15"),
        "{message}"
    );
}
