//! Scenarios as links: every preset and random scenarios come back equal, an edited preset
//! gives a short link, and whatever a stranger or a mail program does to a link gives one
//! readable sentence, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;
use sco_explorer::file::{self, LoadError};
use sco_explorer::link::{self, LinkError, MAX_LINK_CHARS};
use sco_explorer::model::Scenario;
use sco_explorer::model::compare::differences;
use sco_explorer::model::scenario::SCHEMA;
use sco_explorer::presets::{PRESETS, preset};

/// The length of a whole-file fragment of `text` (plain DEFLATE, as the encoder writes it).
fn whole_file_chars(text: &str) -> usize {
    let bytes = 4 + miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9).len();
    format!("1.{SCHEMA}.-.").len() + URL_SAFE_NO_PAD.encode(vec![0; bytes]).len()
}

/// Encodes, decodes, and checks the scenario came back as it was.
fn round_trip(s: &Scenario) -> String {
    let fragment = link::encode(s).expect("a valid scenario has a link");
    let back = link::decode(&fragment).expect("its link opens").scenario;
    assert_eq!(&back, s, "the scenario comes back as it was");
    assert!(differences(&back, s).is_empty());
    fragment
}

/// One line, nothing that could move a terminal's cursor.
fn assert_one_sentence(e: &LinkError, what: &str) {
    let message = e.to_string();
    assert!(!message.is_empty(), "{what}");
    assert!(
        !message.chars().any(char::is_control),
        "{what}: {message:?}"
    );
}

fn baseline_with_three_edits() -> Scenario {
    let mut s = file::read(preset("baseline").unwrap().text, "baseline")
        .unwrap()
        .scenario;
    s.capital.subscribed = 75.0;
    s.terms.tenor = 18;
    s.risk.pd_multiplier = 1.5;
    assert!(s.problems().is_empty());
    s
}

#[test]
fn every_preset_comes_back_equal_from_a_short_link_built_on_itself() {
    use sco_explorer::i18n::{self, Lang};
    for p in &PRESETS {
        let as_filed = file::read(p.text, p.id).unwrap().scenario;
        let fragment = round_trip(&as_filed);
        let whole = whole_file_chars(&file::to_text(&as_filed).unwrap());
        assert!(
            fragment.starts_with(&format!("1.{SCHEMA}.{}.", p.id)),
            "{} builds on itself: {fragment}",
            p.id
        );
        // About 200 characters for the 12 KB presets, 300 for the 18 KB one.
        assert!(fragment.len() < 320, "{}: {fragment}", p.id);
        let mut sizes = format!("{} (whole file {whole})", fragment.len());
        // As File ▸ New from preset makes it: title, question and author in the reader's
        // language, which the link carries as they differ from the file's.
        for lang in Lang::ALL {
            i18n::set_for_thread(lang);
            let as_new = p.scenario().unwrap();
            let fragment = round_trip(&as_new);
            // Built on a preset (another preset's text may serve as well as its own).
            assert!(!fragment.starts_with(&format!("1.{SCHEMA}.-.")));
            assert!(fragment.len() < 1000, "{} in {lang:?}: {fragment}", p.id);
            sizes.push_str(&format!(", new in {}: {}", lang.code(), fragment.len()));
        }
        i18n::set_for_thread(Lang::En);
        println!("{:<22} {sizes}", p.id);
    }
}

#[test]
fn a_baseline_with_three_edits_gives_a_short_link() {
    let s = baseline_with_three_edits();
    let fragment = round_trip(&s);
    let whole = whole_file_chars(&file::to_text(&s).unwrap());
    println!(
        "baseline, 3 edits: {} characters (whole file: {whole})",
        fragment.len()
    );
    assert!(fragment.starts_with(&format!("1.{SCHEMA}.baseline.")));
    assert!(fragment.len() < 400, "{fragment}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_valid_scenarios_come_back_equal(s in common::valid_scenario()) {
        let url = link::link_for(&s).expect("a valid scenario has a link");
        let back = link::decode(&url).expect("its link opens").scenario;
        prop_assert!(back == s, "the scenario differs: {:?}", differences(&back, &s));
    }
}

#[test]
fn a_link_opens_however_it_was_pasted() {
    let s = baseline_with_three_edits();
    let fragment = link::encode(&s).unwrap();
    let url = link::url(&fragment);
    assert!(url.starts_with(link::WEB_URL) && url.contains('#'));
    // A mail program's line breaks, inside and around; the full stop of a sentence.
    let (head, tail) = url.split_at(url.len() / 2);
    let pasted = [
        url.clone(),
        fragment.clone(),
        format!("#{fragment}"),
        format!("  \n{url}\r\n"),
        format!("{head}\n{tail}"),
        format!("{head}\r\n   {tail}"),
        format!("{url}."),
        format!("http://localhost:8080/?lang=ru#{fragment}"),
    ];
    for text in pasted {
        let back = link::decode(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(back.scenario, s);
    }
}

#[test]
fn a_cut_or_changed_link_says_so_in_one_sentence_and_never_panics() {
    let url = link::link_for(&baseline_with_three_edits()).unwrap();
    // Every length from nothing to one character short, at 20 places.
    for i in 0..20 {
        let cut = url.len() * i / 20;
        let e = link::decode(&url[..cut]).expect_err("a cut link does not open");
        assert_one_sentence(&e, &format!("cut at {cut}"));
    }
    let e = link::decode(&url[..url.len() - 1]).expect_err("one character short");
    assert!(matches!(e, LinkError::Damaged), "{e:?}");
    assert_eq!(
        e.to_string(),
        "This link is damaged or incomplete (perhaps cut off when it was copied): ask for \
         the link again, or for the scenario file."
    );
    // Each character of the payload changed in turn (to another base64 character).
    let payload_at = url.rfind('.').unwrap() + 1;
    let step = (url.len() - payload_at) / 40 + 1;
    let every = (payload_at..url.len()).step_by(step);
    let (mut intact, mut tried) = (0, 0);
    for at in every.chain([url.len() - 2, url.len() - 1]) {
        tried += 1;
        let mut changed = url.clone().into_bytes();
        changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap();
        // A change that nothing reads (the last byte's padding bits, or a match's distance
        // moved to an equal copy of the same text) leaves the scenario intact: the text's
        // checksum says so. Any other change is refused.
        let e = match link::decode(&changed) {
            Ok(loaded) => {
                assert_eq!(loaded.scenario, baseline_with_three_edits(), "at {at}");
                intact += 1;
                continue;
            }
            Err(e) => e,
        };
        assert!(
            matches!(e, LinkError::Damaged | LinkError::BaseChanged(_)),
            "at {at}: {e:?}"
        );
        assert_one_sentence(&e, &format!("changed at {at}"));
    }
    assert!(
        intact * 10 < tried,
        "{intact} of {tried} changes left the link intact"
    );
}

#[test]
fn links_of_another_kind_are_refused_with_their_reason() {
    let fragment = link::encode(&baseline_with_three_edits()).unwrap();
    let payload = fragment.rsplit('.').next().unwrap();
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "NotALink"),
        ("#".into(), "NotALink"),
        ("   \n\t ".into(), "NotALink"),
        ("https://sco-explorer.github.io/app/".into(), "NotALink"),
        ("scenario.ron".into(), "NotALink"),
        ("日本語のテキスト".into(), "NotALink"),
        (format!("2.{SCHEMA}.baseline.{payload}"), "NewerFormat"),
        (
            format!("1.{SCHEMA}.no_such_preset.{payload}"),
            "UnknownBase",
        ),
        (format!("1.{}.baseline.{payload}", SCHEMA + 1), "Scenario"),
        (format!("1.{SCHEMA}.baseline.Привет"), "Damaged"),
        (format!("1.{SCHEMA}.-.{payload}"), "Damaged"),
        (format!("1.{SCHEMA}.baseline"), "Damaged"),
        (format!("1.x.baseline.{payload}"), "Damaged"),
        (format!("1.{SCHEMA}.baseline.AAAA"), "Damaged"),
        (
            format!("https://a.example/#1.{SCHEMA}.baseline.{payload}#"),
            "Damaged",
        ),
        (
            format!("1.{SCHEMA}.\u{1b}[2J\u{7}\u{202e}.{payload}"),
            "UnknownBase",
        ),
        ("1.4.-.\u{0}\u{1}\u{2}\u{7f}".into(), "Damaged"),
        ("x".repeat(MAX_LINK_CHARS + 100_000), "TooLong"),
    ];
    for (text, want) in cases {
        let e = link::decode(&text).expect_err("refused");
        let got = format!("{e:?}");
        assert!(
            got.starts_with(want),
            "{:?}: {got}",
            text.chars().take(60).collect::<String>()
        );
        assert_one_sentence(&e, &text.chars().take(60).collect::<String>());
    }
    assert_eq!(
        link::decode(&format!("2.{SCHEMA}.-.AAAA"))
            .unwrap_err()
            .to_string(),
        "This link was made by a newer version of the explorer (link format 2): open it in the \
         web edition or in a newer sco-explorer."
    );
    // What a stranger put in the base's place is shown escaped, never as it is.
    let e = link::decode(&format!("1.{SCHEMA}.\u{1b}[2J.{payload}")).unwrap_err();
    assert!(e.to_string().contains("\\u{1b}[2J"), "{e}");
}

#[test]
fn a_link_built_on_a_preset_that_has_changed_says_so() {
    let fragment = link::encode(&baseline_with_three_edits()).unwrap();
    let (head, payload) = fragment.rsplit_once('.').unwrap();
    let mut bytes = URL_SAFE_NO_PAD.decode(payload).unwrap();
    // The base's checksum, as an older text of the baseline would have had it.
    bytes[4] ^= 0x5a;
    let older = format!("{head}.{}", URL_SAFE_NO_PAD.encode(&bytes));
    let e = link::decode(&older).unwrap_err();
    assert!(
        matches!(&e, LinkError::BaseChanged(id) if id == "baseline"),
        "{e:?}"
    );
    assert!(
        e.to_string().contains(&preset("baseline").unwrap().title()),
        "{e}"
    );
}

#[test]
fn a_decompression_bomb_is_refused_without_inflating_it() {
    // 50 MB of spaces deflate to about 50 KB: a link of under 200,000 characters.
    let spaces = vec![b' '; 50 << 20];
    let mut bytes = link::fnv1a(&spaces).to_le_bytes().to_vec();
    bytes.extend(miniz_oxide::deflate::compress_to_vec(&spaces, 6));
    let bomb = format!("1.{SCHEMA}.-.{}", URL_SAFE_NO_PAD.encode(&bytes));
    assert!(bomb.len() < MAX_LINK_CHARS, "{} characters", bomb.len());
    let e = link::decode(&bomb).unwrap_err();
    assert!(matches!(e, LinkError::TooLong), "{e:?}");
    assert_one_sentence(&e, "bomb");
}

#[test]
fn a_link_whose_scenario_has_problems_gives_the_files_located_messages() {
    let text = file::to_text(&Scenario::default()).unwrap().replacen(
        "paid_in_ratio: 0.2,",
        "paid_in_ratio: 7.0,",
        1,
    );
    assert!(text.contains("paid_in_ratio: 7.0,"));
    let fragment = link::encode_text(&text).unwrap();
    let e = link::decode(&fragment).unwrap_err();
    let LinkError::Scenario(LoadError::Invalid { problems, .. }) = &e else {
        panic!("{e:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    let line = problems[0].to_string();
    assert!(
        line.starts_with("link:") && line.contains("capital.paid_in_ratio: 7 (700 %) is outside"),
        "{line}"
    );
    assert_eq!(e.lines(), vec![line]);
    // And no link is made of a scenario with problems: it would not open.
    let mut invalid = Scenario::default();
    invalid.capital.paid_in_ratio = 7.0;
    let e = link::encode(&invalid).unwrap_err();
    assert!(matches!(e, LinkError::Invalid(_)), "{e:?}");
    assert!(e.to_string().contains("capital.paid_in_ratio"), "{e}");
}

#[test]
fn an_old_schema_file_as_a_link_opens_upgraded() {
    let old =
        "(\n  title: \"Old study\",\n  author: \"A. Analyst\",\n  capital: (subscribed: 70.0),\n)";
    let fragment = link::encode_text(old).unwrap();
    let loaded = link::decode(&link::url(&fragment)).expect("an old file's link opens");
    assert_eq!(loaded.scenario.meta.title, "Old study");
    assert_eq!(loaded.scenario.capital.subscribed, 70.0);
    assert_eq!(loaded.scenario.schema, SCHEMA);
    assert!(
        loaded.notices[0].contains(&format!("upgraded from scenario schema 1 to {SCHEMA}")),
        "{:?}",
        loaded.notices
    );
}
