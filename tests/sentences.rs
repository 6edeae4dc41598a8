//! Sentences with something put into them. Every message that takes a name is rendered with
//! every value the app can give it (every result, every assumption, every country and sector, a
//! project, a scenario, a reference), in every language; every Russian count with 1, 2, 5, 11,
//! 21, 22 and 0.5. The translation review of December 2026 found what these catch: names
//! dropped into a fixed frame («не приводит Чистая позиция: Китай к…», «из них с Первый год…»,
//! «Great Stone (кредит банка) перенесён»), counts without their forms («при сроке кредита
//! 22 лет», «из 21 прогонов»), spaces around Chinese names, and names lowercased by the code
//! («электроника и икт»).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentValue;
use sco_explorer::i18n::{self, Lang, tr, tr_with};
use sco_explorer::model::assumptions::SCALARS;
use sco_explorer::model::discovery::{Condition, Op};
use sco_explorer::model::scenario::ReferenceName;
use sco_explorer::model::{Country, Lever, Metric, Sector};

/// Every result a study, goal seek or discovery can name.
fn metrics() -> Vec<Metric> {
    let mut all = Metric::PLAIN.to_vec();
    all.push(Metric::CumulativeFinancingBy(2040));
    all.extend(Country::ALL.map(Metric::CountryFinancing));
    all.extend(Country::ALL.map(Metric::NetPosition));
    all.extend(Sector::ALL.map(Metric::SectorFinancing));
    all
}

/// Project names as users and the presets write them, in any language.
fn project_names() -> Vec<String> {
    let named = sco_explorer::presets::preset("named_projects")
        .unwrap()
        .scenario()
        .unwrap();
    let mut names: Vec<String> = named.projects.iter().map(|p| p.name.clone()).collect();
    assert!(
        names.len() >= 5,
        "the named-projects preset has its projects"
    );
    names.extend(
        [
            "Солнечная электростанция в Согдийской области",
            "Большая Чуйская ТЭЦ",
            "中白工业园二期",
            "恰巴哈尔港码头",
        ]
        .map(String::from),
    );
    names
}

/// The values the app puts into a variable of this name, in the current language; `None` for
/// variables that are not names (amounts, numbers, paths, reasons…).
fn names_for(var: &str) -> Option<Vec<String>> {
    let levers = || Lever::all().map(|l| l.label()).collect::<Vec<_>>();
    let countries = || Country::ALL.map(|c| c.name()).to_vec();
    let sectors = || Sector::ALL.map(|s| s.name()).to_vec();
    let titles = || {
        let mut t: Vec<String> = sco_explorer::presets::PRESETS
            .iter()
            .map(|p| p.title())
            .collect();
        t.extend(["Мой сценарий", "我的情景", "Draft for the ministers"].map(String::from));
        t
    };
    let values = match var {
        "result" => metrics().iter().map(Metric::label).collect(),
        "assumption" | "x" | "y" => levers(),
        "label" => {
            let mut all = levers();
            all.extend(SCALARS.iter().map(|s| s.label()));
            all
        }
        "country" => countries(),
        "sector" => sectors(),
        "slice" => {
            let mut all = countries();
            all.extend(sectors());
            all.push(tr("unc-all"));
            all
        }
        "project" => project_names(),
        "name" => {
            let mut all = project_names();
            all.extend(titles());
            all.extend(countries());
            all.push("scenario.ron".into());
            all
        }
        "outcome" => metrics()
            .into_iter()
            .flat_map(|metric| {
                [Op::Below, Op::Above].map(|op| {
                    Condition {
                        metric,
                        op,
                        value: 2035.0,
                    }
                    .text()
                })
            })
            .collect(),
        "conditions" => Lever::all()
            .map(|l| {
                sco_explorer::t!(
                    "discovery-between",
                    assumption = l.label(),
                    lo = "1",
                    hi = "2"
                )
            })
            .collect(),
        "measure" => [
            "measure-approvals",
            "measure-disbursements",
            "measure-fund",
            "measure-total",
            "flows-as-disbursements",
            "flows-as-approvals",
            "map-measure-received",
            "map-measure-per-capita",
            "map-measure-gdp",
            "map-measure-paid-in",
            "map-measure-net",
        ]
        .map(tr)
        .to_vec(),
        "flow" => [
            "series-approvals",
            "series-disbursements",
            "series-repayments",
            "series-credit-losses",
            "series-loans",
            "measure-fund",
            "data-coinvestment",
        ]
        .map(tr)
        .to_vec(),
        "instrument" => ["instrument-bank", "instrument-fund"].map(tr).to_vec(),
        "reference" | "source" => {
            let mut all: Vec<String> = [
                ReferenceName::Preset("baseline".into()),
                ReferenceName::Preset("stress".into()),
                ReferenceName::File("../other scenario.ron".into()),
                ReferenceName::Snapshot("“Мой сценарий”, 2026-12-01".into()),
            ]
            .iter()
            .map(ReferenceName::describe)
            .collect();
            // The base mix's source (tilt-base-mix) is a sentence of its own.
            all.push(tr("sector-mix-source"));
            all
        }
        "title" | "current" | "preset" => titles(),
        "scenario" => titles()
            .into_iter()
            .map(|title| sco_explorer::t!("recovery-describe-file", title = title, file = "a.ron"))
            .collect(),
        _ => return None,
    };
    Some(values)
}

/// Variables that hold an amount in its unit (a value, a range's ends, a total…).
const AMOUNTS: &[&str] = &[
    "value",
    "min",
    "max",
    "lo",
    "hi",
    "at_min",
    "at_max",
    "target",
    "reached",
    "now",
    "total",
    "amount",
    "level",
    "bank",
    "fund",
    "coinvestment",
    "equity",
    "loans",
    "gdp",
    "low",
    "high",
    "mode",
    "mean",
    "sd",
    "median",
    "base",
];

/// Amounts as the app writes them in the current language: `50 млрд долл. США`, `500亿美元`
/// (a Chinese amount ends in a word), `3,5 %/год`.
fn amounts() -> Vec<String> {
    use sco_explorer::i18n::num;
    use sco_explorer::model::assumptions::Unit;
    vec![
        "42".into(),
        num::money(50.0),
        num::bn(99.4),
        Unit::RatePerYear.format(0.035),
        Unit::Years.format(5.0),
    ]
}

/// For every key, the variables some language chooses a form by: they are given numbers.
fn counted() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in Lang::ALL.into_iter().flat_map(i18n::entries) {
        let (key, selectors) = (e.key, e.selectors);
        out.entry(key)
            .or_default()
            .extend(selectors.into_iter().filter(|v| v != "sovereign"));
    }
    out
}

/// Messages whose amounts are bare numbers, the message adding the unit (`{ $value } 亿美元`).
const BARE_NUMBERS: &[&str] = &[
    "unit-value-usd-bn",
    "unit-value-usd-bn-per-year",
    "unit-value-percent-per-year",
    "unit-value-years",
    "summary-financing",
    "summary-approvals",
    "summary-peak",
    "summary-final",
    "summary-fund",
    "load-too-large",
    "summary-too-large",
    "link-long-note",
    "notice-link-copied-long",
    "map-per-person",
    "map-class",
    "map-class-top",
    "problem-outside-range-of",
    "problem-outside-min-max",
    "problem-outside-allowed",
    "problem-outside-allowed-shown",
    "problem-not-positive",
    "problem-not-above-min",
    "problem-median",
    "problem-at-least",
];

/// Variables that hold a path, a file's name, a key or a reason: text, never a number.
const WORDS: &[&str] = &[
    "path", "folder", "temp", "id", "field", "key", "origin", "reason", "what", "replaced",
];
/// What [`WORDS`] are given: a file's name, as most of them are.
const WORD: &str = "scenario.ron";

/// Labels that set a name and its figure side by side (`中国 26.4%`), not sentences.
const LABELS: &[&str] = &["flows-label", "prob-country-share"];

fn filler<'a>(var: &str, counted: &BTreeSet<String>) -> FluentValue<'a> {
    if var == "sovereign" {
        "no".into()
    } else if counted.contains(var) {
        2.into()
    } else if WORDS.contains(&var) {
        WORD.into()
    } else {
        "42".into()
    }
}

/// Renders `key` with `var` = `value` and every other variable filled in.
fn render(
    key: &str,
    vars: &[String],
    var: &str,
    value: &str,
    counted: &BTreeSet<String>,
) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = vars
        .iter()
        .map(|v| {
            let given = if v == var {
                value.into()
            } else {
                filler(v, counted)
            };
            (v.as_str(), given)
        })
        .collect();
    tr_with(key, &args)
}

fn han(c: char) -> bool {
    // CJK ideographs and the full-width punctuation set around them.
    matches!(u32::from(c), 0x3000..=0x303F | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
        || matches!(c, '“' | '”')
}

/// Where a number touches Chinese across a space (`2034 年`, `在 26%`), if anywhere. Chinese
/// writes numbers against its characters, as official texts do (`2034年`, `994亿美元`, `第2年`);
/// a Latin word keeps its spaces (`按 GDP 分配`, `P5–P95 区间`), so a number that ends or
/// starts one (`P95`, `18-K`) is not a number here.
fn zh_number_spaced(out: &str) -> Option<String> {
    let chars: Vec<char> = out.chars().collect();
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '–' | '-');
    for (i, w) in chars.windows(3).enumerate() {
        let (left, right) = if w[1] != ' ' {
            continue;
        } else {
            (w[0], w[2])
        };
        // The number's whole run, on the side that is not Chinese.
        let run: Vec<char> = if han(right) && (left.is_ascii_digit() || left == '%') {
            chars[..=i]
                .iter()
                .rev()
                .take_while(|c| numeric(**c))
                .copied()
                .collect()
        } else if han(left) && right.is_ascii_digit() {
            chars[i + 2..]
                .iter()
                .take_while(|c| numeric(**c))
                .copied()
                .collect()
        } else {
            continue;
        };
        let beyond = if han(right) {
            chars[..=i].iter().rev().nth(run.len())
        } else {
            chars[i + 2..].get(run.len())
        };
        if !beyond.is_some_and(|c| c.is_ascii_alphabetic()) {
            return Some(chars[i..i + 3].iter().collect());
        }
    }
    None
}

#[test]
fn the_chinese_number_rule_is_what_the_test_says() {
    assert_eq!(zh_number_spaced("自2034年起，占26.4%的运行"), None);
    assert_eq!(
        zh_number_spaced("按 GDP 分配，P5–P95 区间，18-K 报告"),
        None
    );
    assert_eq!(zh_number_spaced("自 2034年"), Some("自 2".into()));
    assert_eq!(zh_number_spaced("2016–2023 年"), Some("3 年".into()));
    assert_eq!(zh_number_spaced("在26.4% 的运行"), Some("% 的".into()));
}

/// Nouns after which a Russian name keeps its own form whatever the sentence does to the noun
/// («страной Казахстан», «показателю «…»»), and a command, which takes its argument as it is
/// («sco-explorer файл.ron»).
const RU_CARRIERS: &[&str] = &[
    "страна",
    "страны",
    "стране",
    "страну",
    "страной",
    "отрасль",
    "отрасли",
    "проект",
    "проекта",
    "показатель",
    "показателя",
    "показателю",
    "допущение",
    "допущения",
    "файл",
    "файла",
    "сценарий",
    "сценария",
    "сценарию",
    "исход",
    "исходом",
    "sco-explorer",
];

/// Variables whose values have no fixed gender, number or case: in a Russian sentence they
/// stand in «…», after a carrier noun, or in a label's place (first, or after a colon, a
/// bracket, a dash or a comma), and never as the subject a verb must agree with.
const RU_NAMES: &[&str] = &[
    "result",
    "assumption",
    "x",
    "y",
    "label",
    "country",
    "sector",
    "slice",
    "project",
    "outcome",
    "conditions",
    "measure",
    "flow",
    "reference",
    "source",
    "current",
    "title",
    "scenario",
    "preset",
    "name",
    "instrument",
];

/// Countries are a fixed list of singular names, all tested here: a sentence may begin with one.
const RU_SUBJECTS: &[&str] = &["country"];

/// Why a Russian name is badly placed in `out`, if it is.
fn ru_misplaced(out: &str, var: &str, value: &str) -> Option<String> {
    for (at, _) in out.match_indices(value) {
        let (before, after) = (&out[..at], &out[at + value.len()..]);
        if value.starts_with('«') || (before.ends_with('«') && after.starts_with('»')) {
            continue;
        }
        let word = before
            .trim_end()
            .rsplit([' ', '\u{a0}'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if before.ends_with(' ') && RU_CARRIERS.contains(&word.as_str()) {
            continue;
        }
        let label_place = before.is_empty()
            || [": ", "(", "— ", ", ", "→ ", "· ", "• ", "! ", ". ", "\n"]
                .iter()
                .any(|p| before.ends_with(p));
        if !label_place {
            let start = before.char_indices().rev().nth(29).map_or(0, |(i, _)| i);
            return Some(format!("after «…{}»", &before[start..]));
        }
        // A sentence whose subject is the name: its verb would have to agree with any value.
        let subject = before.is_empty() && !after.starts_with(':') && out.trim_end().ends_with('.');
        if subject && !RU_SUBJECTS.contains(&var) {
            return Some("as the subject of the sentence".into());
        }
    }
    None
}

#[test]
fn every_message_that_takes_a_name_holds_with_every_name_in_every_language() {
    let entries = i18n::entries(Lang::En);
    let counted = counted();
    let mut checked = 0;
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        for e in &entries {
            let counted = &counted[&e.key];
            let vars: Vec<String> = e.shown.iter().chain(&e.selectors).cloned().collect();
            for var in &e.shown {
                let values = match names_for(var) {
                    Some(names) => names,
                    // Numbers as the app writes them: Chinese ones end in a word (亿美元).
                    None if AMOUNTS.contains(&var.as_str())
                        && !counted.contains(var)
                        && !BARE_NUMBERS.contains(&e.key.as_str()) =>
                    {
                        amounts()
                    }
                    None if WORDS.contains(&var.as_str()) => vec![WORD.into()],
                    None => vec!["42".into()],
                };
                for value in &values {
                    let out = render(&e.key, &vars, var, value, counted);
                    checked += 1;
                    let mut fail = |why: String| {
                        failures.push(format!(
                            "{lang:?} {} ({var} = {value:?}): {why}\n    {out:?}",
                            e.key
                        ));
                    };
                    if out.contains("{$") || out.contains("{ $") {
                        fail("a variable is left unfilled".into());
                    }
                    if e.key != "syntax-expected-map-end"
                        && (out.contains('{') || out.contains('}'))
                    {
                        fail("a brace leaks".into());
                    }
                    if out.contains("  ") {
                        fail("a doubled space".into());
                    }
                    if out.trim() != out {
                        fail("space at an end".into());
                    }
                    if !out.contains(value.as_str()) {
                        fail("the name is not there as given (changed case?)".into());
                    }
                    if lang == Lang::Zh {
                        let chars: Vec<char> = out.chars().collect();
                        if chars
                            .windows(3)
                            .any(|w| han(w[0]) && w[1] == ' ' && han(w[2]))
                        {
                            fail("a space between Chinese words".into());
                        }
                        if !LABELS.contains(&e.key.as_str())
                            && let Some(at) = zh_number_spaced(&out)
                        {
                            fail(format!("a space between a number and Chinese at «{at}»"));
                        }
                    }
                    if lang == Lang::Ru
                        && RU_NAMES.contains(&var.as_str())
                        && let Some(why) = ru_misplaced(&out, var, value)
                    {
                        fail(format!("the name stands {why}"));
                    }
                }
            }
        }
    }
    i18n::set_for_thread(Lang::En);
    assert!(checked > 10_000, "only {checked} renderings");
    assert!(
        failures.is_empty(),
        "{} of {checked} renderings break:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The code puts names in as the translation gives them: it never lowercases a name.
#[test]
fn names_reach_their_sentences_in_the_translations_own_case() {
    use sco_explorer::model::Scenario;
    use sco_explorer::model::compare::differences;
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        for s in Sector::ALL {
            assert!(
                Metric::SectorFinancing(s).label().contains(&s.name()),
                "{lang:?} {s:?}"
            );
            assert!(Lever::Tilt(s).label().contains(&s.name()), "{lang:?} {s:?}");
        }
        for c in Country::ALL {
            assert!(Metric::NetPosition(c).label().contains(&c.name()));
            for l in Lever::all() {
                if l.path().starts_with(&format!("countries.{}.", c.code())) {
                    assert!(l.label().contains(&c.name()), "{lang:?} {}", l.path());
                }
            }
        }
        // The Compare table names sectors as the sector list does.
        let a = Scenario::default();
        let mut b = a.clone();
        for (i, t) in b.sector_tilt.values_mut().enumerate() {
            *t = 1.5 + i as f64 / 100.0;
        }
        let labels: Vec<String> = differences(&a, &b).into_iter().map(|d| d.label).collect();
        for s in Sector::ALL {
            assert!(
                labels.iter().any(|l| l.contains(&s.name())),
                "{lang:?}: no row names {} in {labels:?}",
                s.name()
            );
        }
    }
    i18n::set_for_thread(Lang::En);
    // And no code does it anywhere.
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for bad in [
                    ".name().to_lowercase()",
                    ".label().to_lowercase()",
                    "label.to_lowercase()",
                ] {
                    assert!(!text.contains(bad), "{}: {bad}", path.display());
                }
            }
        }
    }
}

/// The cases of the review, and the forms Russian has: 1 год, 2 года, 5 лет, 11 лет, 21 год,
/// 22 года, 0,5 года (a fraction takes the genitive singular, Fluent's `other`).
const COUNTS: [f64; 7] = [1.0, 2.0, 5.0, 11.0, 21.0, 22.0, 0.5];

/// How a Russian number reads, whether the app formats it or Fluent prints it: `0,5`.
fn ru_number(n: f64) -> String {
    format!("{n}").replace('.', ",")
}

fn ru(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    i18n::set_for_thread(Lang::Ru);
    let out = tr_with(key, args);
    i18n::set_for_thread(Lang::En);
    out
}

/// The word after each of [`COUNTS`], from its four forms.
fn forms<'a>(one: &'a str, few: &'a str, many: &'a str, other: &'a str) -> [&'a str; 7] {
    [one, few, many, many, one, few, other]
}

#[test]
fn russian_counts_take_their_forms_for_1_2_5_11_21_22_and_a_half() {
    let years = forms("год", "года", "лет", "года");
    let runs = forms("прогон", "прогона", "прогонов", "прогона");
    let of_runs = forms("прогона", "прогонов", "прогонов", "прогона");
    let problems = forms("проблема", "проблемы", "проблем", "проблемы");
    let members = forms(
        "государство-член",
        "государства-члена",
        "государств-членов",
        "государства-члена",
    );
    let chars = forms("символ", "символа", "символов", "символа");
    let assumptions = forms("допущение", "допущения", "допущений", "допущения");
    let levels = forms("уровня", "уровней", "уровней", "уровня");
    for (i, n) in COUNTS.into_iter().enumerate() {
        let (text, count) = (ru_number(n), FluentValue::from(n));
        let check = |out: String, want: String| {
            assert!(out.contains(&want), "{n}: want «{want}» in {out:?}");
        };
        check(
            ru(
                "change-years",
                &[("change", text.as_str().into()), ("count", count.clone())],
            ),
            format!("{text} {}", years[i]),
        );
        check(
            ru(
                "delta-years",
                &[("change", text.as_str().into()), ("count", count.clone())],
            ),
            format!("{text} {}", years[i]),
        );
        check(
            ru(
                "unit-value-years",
                &[("value", text.as_str().into()), ("count", count.clone())],
            ),
            format!("{text} {}", years[i]),
        );
        for key in [
            "event-limit-binds",
            "event-absorption-cap",
            "event-country-cap",
            "event-statutory-binds",
            "event-sustainable-sets",
        ] {
            let out = ru(
                key,
                &[
                    ("years", count.clone()),
                    ("year", "2034".into()),
                    ("cut", "65 %".into()),
                    ("country", "Кыргызстан".into()),
                    ("multiple", "1".into()),
                    ("level", "5 млрд долл. США".into()),
                ],
            );
            check(out, format!("{} {}", ru_number(n), years[i]));
        }
        // The review's «при сроке кредита 22 лет».
        let grace = ru(
            "problem-grace",
            &[("grace", count.clone()), ("tenor", count.clone())],
        );
        check(
            grace.clone(),
            format!("льготный период {} {}", ru_number(n), years[i]),
        );
        check(
            grace,
            format!("при сроке кредита {} {}", ru_number(n), years[i]),
        );
        let fund = ru(
            "problem-investment-period",
            &[("period", count.clone()), ("life", count.clone())],
        );
        check(
            fund.clone(),
            format!("инвестиционный период {} {}", ru_number(n), years[i]),
        );
        check(fund, format!("({} {})", ru_number(n), years[i]));
        // The review's «2 государств-членов с долей не более 0.3».
        check(
            ru(
                "problem-share-cap",
                &[("members", count.clone()), ("cap", "30 %".into())],
            ),
            format!("{} {}", ru_number(n), members[i]),
        );
        check(
            ru("unc-done", &[("runs", count.clone()), ("seed", "7".into())]),
            format!("{} {}", ru_number(n), runs[i]),
        );
        check(
            ru("study-status-done", &[("runs", count.clone())]),
            format!("{} {}", ru_number(n), runs[i]),
        );
        // "of 21 runs": the genitive, «из 21 прогона».
        check(
            ru(
                "study-status-running",
                &[("done", 1.into()), ("runs", count.clone())],
            ),
            format!("из {} {}", ru_number(n), of_runs[i]),
        );
        check(
            ru(
                "unc-running",
                &[
                    ("done", 1.into()),
                    ("runs", count.clone()),
                    ("seed", "7".into()),
                ],
            ),
            format!("из {} {}", ru_number(n), of_runs[i]),
        );
        check(
            ru("disc-working", &[("runs", count.clone())]),
            format!("{} {}", ru_number(n), of_runs[i]),
        );
        check(
            ru(
                "status-problems",
                &[("count", count.clone()), ("first", "…".into())],
            ),
            format!("{} {}", ru_number(n), problems[i]),
        );
        check(
            ru(
                "notice-link-copied",
                &[("chars", text.as_str().into()), ("count", count.clone())],
            ),
            format!("{text} {}", chars[i]),
        );
        check(
            ru("brief-sensitivity", &[("count", count.clone())]),
            format!("{} {}", ru_number(n), assumptions[i]),
        );
        check(
            ru("syntax-too-deep", &[("depth", count.clone())]),
            format!("{} {}", ru_number(n), levels[i]),
        );
    }
}

/// Every Russian choice by a number has the four forms Russian needs (one, few, many, and the
/// fractions' other), so no count falls back to a wrong one.
#[test]
fn every_russian_plural_has_all_four_forms() {
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
    };
    fn walk(key: &str, p: &Pattern<&str>, bad: &mut Vec<String>, found: &mut usize) {
        for element in &p.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            if let Expression::Select { selector, variants } = expression {
                let name = match selector {
                    InlineExpression::VariableReference { id } => id.name,
                    _ => "",
                };
                let keys: BTreeSet<&str> = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => *name,
                        VariantKey::NumberLiteral { value } => *value,
                    })
                    .collect();
                // A selector on exact numbers only (a date's month, 1–12) names cases, not plural
                // forms.
                let exact = variants
                    .iter()
                    .all(|v| matches!(v.key, VariantKey::NumberLiteral { .. }));
                // `$sovereign` and `$limit` select on a kind (of lending, of limit), not a number.
                if !["sovereign", "limit"].contains(&name) && !exact {
                    *found += 1;
                    for form in ["one", "few", "many", "other"] {
                        if !keys.contains(form) {
                            bad.push(format!("{key}: ${name} has no `{form}`"));
                        }
                    }
                }
                for v in variants {
                    walk(key, &v.value, bad, found);
                }
            }
        }
    }
    let source = include_str!("../assets/i18n/ru.ftl");
    let resource = fluent_syntax::parser::parse(source).expect("ru.ftl parses");
    let (mut bad, mut found) = (Vec::new(), 0);
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(p) = &m.value
        {
            walk(m.id.name, p, &mut bad, &mut found);
        }
    }
    assert!(found > 30, "only {found} plurals found");
    assert!(bad.is_empty(), "{bad:#?}");
}

/// A count the translation prints itself is grouped as the reader groups numbers: Fluent alone
/// would write `50000` in every language.
#[test]
fn counts_printed_by_the_translations_are_grouped_in_each_language() {
    let runs = |lang| {
        i18n::set_for_thread(lang);
        let out = tr_with("study-status-done", &[("runs", FluentValue::from(50_000))]);
        i18n::set_for_thread(Lang::En);
        out
    };
    assert!(runs(Lang::En).contains("50,000 runs"), "{}", runs(Lang::En));
    assert!(
        runs(Lang::Ru).contains("50\u{a0}000 прогонов"),
        "{}",
        runs(Lang::Ru)
    );
    assert!(
        runs(Lang::Zh).contains("50,000次运行"),
        "{}",
        runs(Lang::Zh)
    );
}

/// Chinese counts with its measure words: 次 for runs, 个 for problems and members, 条 for
/// bands, 项 for assumptions ranked.
#[test]
fn chinese_counts_keep_their_measure_words() {
    i18n::set_for_thread(Lang::Zh);
    let five = || FluentValue::from(5);
    let cases = [
        (
            tr_with("unc-done", &[("runs", five()), ("seed", "7".into())]),
            "5次运行",
        ),
        (tr_with("study-status-done", &[("runs", five())]), "5次运行"),
        (
            tr_with(
                "status-problems",
                &[("count", five()), ("first", "…".into())],
            ),
            "5个问题",
        ),
        (
            tr_with(
                "problem-share-cap",
                &[("members", five()), ("cap", "30%".into())],
            ),
            "5个成员国",
        ),
        (
            tr_with("flows-more-bands", &[("count", five())]),
            "另有5条资金流",
        ),
        (
            tr_with("brief-sensitivity", &[("count", five())]),
            "5项假设",
        ),
        (
            tr_with("unc-study-folded", &[("count", five()), ("runs", five())]),
            "5个不确定假设",
        ),
        (
            tr_with(
                "notice-wrote-csv",
                &[("count", five()), ("folder", "/tmp".into())],
            ),
            "5个 CSV 文件",
        ),
    ];
    i18n::set_for_thread(Lang::En);
    for (out, want) in cases {
        assert!(out.contains(want), "want «{want}» in {out:?}");
    }
}
