//! A seeded corpus of crafted scenario files, fed to the loader as a hostile sender would
//! write them (a fuzz target that needs no nightly compiler): keys given twice, unknown names,
//! numbers at the limits of their types, megabyte strings, right-to-left and zero-width
//! characters, NUL, CRLF, a byte-order mark, empty files, valid RON of another shape, and
//! pipelines of 200 and 2,000 named projects.
//!
//! For every input: no panic, no hang (each runs on its own thread with a 10 s limit), every
//! refusal either located (line and column) or a named reason about the whole file, every
//! message free of control characters, and every accepted file projecting with the invariants
//! of model.md §5.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use std::sync::mpsc;
use std::time::Duration;

use common::check_invariants;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};
use sco_explorer::file::{self, LoadError};
use sco_explorer::model::{Country, Sector, project};
use sco_explorer::presets::PRESETS;

/// What was done to a preset, so that a failure says which kind of input found it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    DuplicateKey,
    UnknownName,
    NumberAtLimit,
    MegabyteString,
    InvisibleCharacters,
    Nul,
    LineEnds,
    ByteOrderMark,
    Empty,
    OtherShape,
    Projects200,
    Projects2000,
    Corrupted,
}

const KINDS: [Kind; 13] = [
    Kind::DuplicateKey,
    Kind::UnknownName,
    Kind::NumberAtLimit,
    Kind::MegabyteString,
    Kind::InvisibleCharacters,
    Kind::Nul,
    Kind::LineEnds,
    Kind::ByteOrderMark,
    Kind::Empty,
    Kind::OtherShape,
    Kind::Projects200,
    Kind::Projects2000,
    Kind::Corrupted,
];

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Lines of a text that hold `key: value` with a number as the value.
fn numeric_lines(lines: &[&str]) -> Vec<usize> {
    (0..lines.len())
        .filter(|&i| {
            lines[i]
                .trim_end_matches(',')
                .split_once(": ")
                .is_some_and(|(_, v)| v.parse::<f64>().is_ok())
        })
        .collect()
}

/// Inserts `text` at a random character boundary.
fn insert_anywhere(base: &str, text: &str, rng: &mut ChaCha8Rng) -> String {
    let boundaries: Vec<usize> = base.char_indices().map(|(i, _)| i).collect();
    let at = *pick(rng, &boundaries);
    format!("{}{text}{}", &base[..at], &base[at..])
}

/// Inserts `text` inside a random string value of the file.
fn insert_in_string(base: &str, text: &str, rng: &mut ChaCha8Rng) -> String {
    let quotes: Vec<usize> = base.match_indices(": \"").map(|(i, _)| i + 3).collect();
    if quotes.is_empty() {
        return insert_anywhere(base, text, rng);
    }
    let at = *pick(rng, &quotes);
    format!("{}{text}{}", &base[..at], &base[at..])
}

/// A pipeline of `n` named projects: in two of three pipelines all plausible (so that the
/// engine runs on them), in the third some not.
fn projects(n: usize, rng: &mut ChaCha8Rng) -> String {
    let plausible = rng.random_range(0..3) != 0;
    // Mongolia and Afghanistan do not borrow in the presets: bank projects go elsewhere.
    let borrowers: Vec<Country> = Country::ALL
        .into_iter()
        .filter(|c| !matches!(c, Country::MNG | Country::AFG))
        .collect();
    let mut out = String::from("(\n    projects: [\n");
    for i in 0..n {
        let country = if plausible {
            pick(rng, &borrowers).code()
        } else {
            pick(rng, &Country::ALL).code()
        };
        let sector = pick(rng, &Sector::ALL).id();
        let instrument = if rng.random_bool(0.8) { "Bank" } else { "Fund" };
        let amount = if plausible || rng.random_bool(0.97) {
            rng.random_range(0.01..3.0)
        } else {
            rng.random_range(-5.0..80.0)
        };
        let year = if plausible {
            rng.random_range(2027..2052)
        } else {
            rng.random_range(2020..2060)
        };
        out.push_str(&format!(
            "        (name: \"Project {i} «{country}»\", country: {country}, sector: {sector}, \
             instrument: {instrument}, amount: {amount}, year: {year}, sovereign: {}, \
             source: \"illustrative\"),\n",
            rng.random_bool(0.5)
        ));
    }
    out.push_str("    ],\n)\n");
    out
}

/// One crafted input of the given kind, from a preset.
fn craft(kind: Kind, base: &str, rng: &mut ChaCha8Rng) -> String {
    let lines: Vec<&str> = base.lines().collect();
    let join = |v: Vec<String>| v.join("\n");
    let owned = || {
        lines
            .iter()
            .map(|l| (*l).to_owned())
            .collect::<Vec<String>>()
    };
    match kind {
        Kind::DuplicateKey => {
            let mut out = owned();
            match rng.random_range(0..3) {
                0 => {
                    // A second entry for a country, right at the top of the map.
                    let at = lines
                        .iter()
                        .position(|l| l.trim() == "countries: {")
                        .unwrap();
                    let code = pick(rng, &Country::ALL).code();
                    out.insert(at + 1, format!("        {code}: (weight: 0.5),"));
                }
                1 => {
                    // A sector given twice in a sector mix or the tilts.
                    let entries: Vec<usize> = (0..lines.len())
                        .filter(|&i| {
                            let t = lines[i].trim();
                            Sector::ALL
                                .iter()
                                .any(|s| t.starts_with(&format!("{}: ", s.id())))
                        })
                        .collect();
                    let i = *pick(rng, &entries);
                    let key = lines[i].split_once(": ").map_or(lines[i], |(k, _)| k);
                    out.insert(i + 1, format!("{key}: 0.5,"));
                }
                _ => {
                    // A struct field given twice.
                    let numbers = numeric_lines(&lines);
                    let i = *pick(rng, &numbers);
                    out.insert(i + 1, lines[i].to_owned());
                }
            }
            join(out)
        }
        Kind::UnknownName => {
            let swaps: [(&str, &str); 8] = [
                ("share_rule: Hybrid", "share_rule: Hybird"),
                ("share_rule: Hybrid", "share_rule: Gdp2"),
                ("KAZ: (", "KAX: ("),
                ("energy: ", "energie: "),
                ("Uniform(", "Unifrom("),
                ("subscribed: ", "subscribed_capital: "),
                ("reference: None", "reference: Some(Url(\"http://x\"))"),
                ("contributions: ", "contributions_: "),
            ];
            let (from, to) = pick(rng, &swaps);
            if base.contains(from) {
                base.replacen(from, to, 1)
            } else {
                base.replacen("(\n", "(\n    mystery_field: 1,\n", 1)
            }
        }
        Kind::NumberAtLimit => {
            let numbers = numeric_lines(&lines);
            let mut out = owned();
            for _ in 0..rng.random_range(1..3) {
                let i = *pick(rng, &numbers);
                let limit = *pick(
                    rng,
                    &[
                        "1e309",
                        "-1e309",
                        "-0.0",
                        "5e-324",
                        "2.2250738585072014e-308",
                        "1.7976931348623157e308",
                        "9223372036854775807",
                        "-9223372036854775808",
                        "18446744073709551616",
                        "4294967296",
                        "-1",
                        "NaN",
                        "inf",
                        "0x7fffffff",
                        "1_000",
                        "+1.0",
                        ".5",
                        "1e",
                        "--1",
                    ],
                );
                let key = lines[i]
                    .split_once(": ")
                    .map(|(k, _)| k)
                    .unwrap_or_default();
                out[i] = format!("{key}: {limit},");
            }
            join(out)
        }
        Kind::MegabyteString => {
            let long: String = match rng.random_range(0..3) {
                0 => "x".repeat(1_000_000),
                1 => "Ж".repeat(500_000),
                _ => "\\n".repeat(400_000),
            };
            match rng.random_range(0..4) {
                0 => base.replacen("title: \"", &format!("title: \"{long}"), 1),
                1 => base.replacen("notes: \"", &format!("notes: \"{long}"), 1),
                2 => base.replacen("(\n", &format!("(\n    {}: 1,\n", "k".repeat(1_000_000)), 1),
                _ => base.replacen(
                    "assumptions: [",
                    &format!(
                        "assumptions: [\n(path: \"{long}\", distribution: Uniform(min: 1.0, max: 2.0)),"
                    ),
                    1,
                ),
            }
        }
        Kind::InvisibleCharacters => {
            let invisible = *pick(
                rng,
                &[
                    "\u{202E}",
                    "\u{202D}",
                    "\u{2066}",
                    "\u{2069}",
                    "\u{200B}",
                    "\u{200C}",
                    "\u{200D}",
                    "\u{200F}",
                    "\u{FEFF}",
                    "\u{2028}",
                    "مرحبا",
                    "שלום",
                ],
            );
            if rng.random_bool(0.5) {
                insert_in_string(base, invisible, rng)
            } else {
                insert_anywhere(base, invisible, rng)
            }
        }
        Kind::Nul => {
            if rng.random_bool(0.5) {
                insert_in_string(base, "\0", rng)
            } else {
                insert_anywhere(base, "\0", rng)
            }
        }
        Kind::LineEnds => match rng.random_range(0..3) {
            0 => base.replace('\n', "\r\n"),
            1 => base.replace('\n', "\r"),
            _ => insert_anywhere(base, "\r", rng),
        },
        Kind::ByteOrderMark => {
            let text = format!("\u{FEFF}{base}");
            if rng.random_bool(0.5) {
                text.replace('\n', "\r\n")
            } else {
                text
            }
        }
        Kind::Empty => pick(
            rng,
            &["", " ", "\n\n", "// only a comment\n", "\u{FEFF}", "()"],
        )
        .to_string(),
        Kind::OtherShape => pick(
            rng,
            &[
                "[1, 2, 3]",
                "\"a scenario\"",
                "42",
                "Some(1)",
                "{\"capital\": 1}",
                "(a: 1)",
                "Scenario(schema: 3)",
                "(1, 2)",
                "(schema: \"3\")",
                "(capital: [1, 2])",
                "(countries: [KAZ])",
                "(projects: {})",
                "true",
                "(meta: Some((title: \"x\")))",
                "(schema: 99)",
                "(schema: 1, title: \"old\")",
            ],
        )
        .to_string(),
        Kind::Projects200 => projects(200, rng),
        Kind::Projects2000 => projects(2000, rng),
        Kind::Corrupted => {
            let mut bytes = base.as_bytes().to_vec();
            for _ in 0..rng.random_range(1..6) {
                let i = rng.random_range(0..bytes.len());
                bytes[i] = *pick(rng, b"(){}[],:\"\\r#/*0123456789.-eE_ \n");
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }
}

/// What happened to one input.
#[derive(Debug, PartialEq)]
enum Outcome {
    Accepted,
    Located,
    FileLevel,
}

/// Loads one input and checks everything the loader promises about it.
fn check(kind: Kind, text: &str, through_disk: bool) -> Result<Outcome, String> {
    let result = if through_disk {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().join("crafted.ron");
        std::fs::write(&path, text).map_err(|e| e.to_string())?;
        file::load(&path)
    } else {
        file::read(text, "crafted.ron")
    };
    let lines = match &result {
        Ok(loaded) => loaded.notices.clone(),
        Err(e) => e.lines(),
    };
    if let Some(line) = lines
        .iter()
        .find(|l| l.chars().any(sco_explorer::text::is_unsafe))
    {
        return Err(format!("unescaped message: {line:?}"));
    }
    if let Some(line) = lines.iter().find(|l| l.len() > 4_000) {
        return Err(format!("a message of {} bytes", line.len()));
    }
    match result {
        Ok(loaded) => {
            if kind == Kind::DuplicateKey {
                return Err("a key given twice was accepted".into());
            }
            let p = project(&loaded.scenario).map_err(|e| format!("accepted but invalid: {e}"))?;
            check_invariants(&loaded.scenario, &p)?;
            Ok(Outcome::Accepted)
        }
        Err(LoadError::Syntax(located)) => match located.position {
            Some(_) if !located.problem.field.is_empty() => Ok(Outcome::Located),
            _ => Err(format!("a syntax error without a place: {located}")),
        },
        Err(LoadError::Invalid { problems, .. }) => {
            if let Some(p) = problems.iter().find(|p| p.position.is_none()) {
                return Err(format!("a problem without a place: {p}"));
            }
            Ok(Outcome::Located)
        }
        Err(LoadError::NewerSchema { .. } | LoadError::TooLarge { .. })
        | Err(LoadError::NotText { .. } | LoadError::Read { .. }) => Ok(Outcome::FileLevel),
    }
}

#[test]
fn three_thousand_crafted_files_never_panic_hang_or_mislead() {
    const INPUTS: usize = 3_250;
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let mut counts = std::collections::BTreeMap::<String, [usize; 3]>::new();
    let mut failures: Vec<String> = Vec::new();
    let mut slowest = Duration::ZERO;
    for i in 0..INPUTS {
        // The costly kinds less often: 1 MB strings and 2,000 projects take a while in debug.
        let kind = match KINDS[i % KINDS.len()] {
            Kind::MegabyteString if i % 5 != 3 => Kind::Corrupted,
            Kind::Projects2000 if i % 40 != 11 => Kind::Projects200,
            Kind::Projects200 if i % 3 != 0 => Kind::DuplicateKey,
            k => k,
        };
        let base = PRESETS[rng.random_range(0..PRESETS.len())].text;
        let mut text = craft(kind, base, &mut rng);
        if rng.random_bool(0.1) && !matches!(kind, Kind::Empty | Kind::OtherShape) {
            // A second, different change on top.
            let other = *pick(&mut rng, &[Kind::LineEnds, Kind::ByteOrderMark, Kind::Nul]);
            text = craft(other, &text, &mut rng);
        }
        let through_disk = i % 10 == 0;
        let (tx, rx) = mpsc::channel();
        let started = std::time::Instant::now();
        let job = text.clone();
        std::thread::Builder::new()
            .name(format!("crafted-{i}"))
            .spawn(move || {
                let _ = tx.send(check(kind, &job, through_disk));
            })
            .unwrap();
        let outcome = match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(outcome) => outcome,
            Err(mpsc::RecvTimeoutError::Timeout) => Err("still loading after 10 s".into()),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err("panicked".into()),
        };
        slowest = slowest.max(started.elapsed());
        let row = counts.entry(format!("{kind:?}")).or_default();
        match outcome {
            Ok(Outcome::Accepted) => row[0] += 1,
            Ok(Outcome::Located) => row[1] += 1,
            Ok(Outcome::FileLevel) => row[2] += 1,
            Err(why) => {
                let start: String = text.chars().take(300).collect();
                failures.push(format!("input {i} ({kind:?}): {why}\n{start:?}"));
            }
        }
    }
    println!("{INPUTS} crafted files (accepted, refused at a line and column, refused whole):");
    for (kind, [a, l, f]) in &counts {
        println!("  {kind:<20} {a:>5} {l:>5} {f:>5}");
    }
    println!("slowest input: {slowest:?}");
    assert!(
        failures.is_empty(),
        "{} of {INPUTS} inputs broke a promise:\n{}",
        failures.len(),
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    let total: usize = counts.values().map(|r| r.iter().sum::<usize>()).sum();
    assert_eq!(total, INPUTS);
    let accepted: usize = counts.values().map(|r| r[0]).sum();
    assert!(
        accepted > 300,
        "the corpus also exercises accepted files: {accepted}"
    );
    assert!(counts.contains_key("Projects2000") && counts.contains_key("MegabyteString"));
}
