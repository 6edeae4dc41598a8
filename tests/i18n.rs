//! The translations: every key in every language with the same variables, no syntax errors,
//! plural forms, numbers per language, every Chinese character in the embedded font, and every
//! key the code asks for present.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::collections::{BTreeMap, BTreeSet};

use sco_explorer::i18n::{self, Lang};

fn keys(lang: Lang) -> BTreeMap<String, i18n::Entry> {
    i18n::entries(lang)
        .into_iter()
        .map(|e| (e.key.clone(), e))
        .collect()
}

#[test]
fn the_translation_files_parse_without_errors_or_duplicate_keys() {
    for lang in Lang::ALL {
        assert_eq!(i18n::file_errors(lang), Vec::<String>::new(), "{lang:?}");
        let all = i18n::entries(lang);
        let unique: BTreeSet<&String> = all.iter().map(|e| &e.key).collect();
        assert_eq!(unique.len(), all.len(), "{lang:?} has a key twice");
    }
}

#[test]
fn every_english_key_exists_in_russian_and_chinese_with_the_same_variables() {
    let en = keys(Lang::En);
    assert!(en.len() > 500, "{} keys", en.len());
    for lang in [Lang::Ru, Lang::Zh] {
        let other = keys(lang);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
        // The same variables shown; a plural's count may only be selected on, or (Chinese,
        // which has no plural forms) not used at all.
        for (key, e) in &en {
            let o = &other[key];
            assert_eq!(o.shown, e.shown, "{lang:?} {key}: variables differ");
            let unknown: Vec<&String> = o
                .selectors
                .iter()
                .filter(|v| !e.selectors.contains(v) && !e.shown.contains(v))
                .collect();
            assert!(unknown.is_empty(), "{lang:?} {key}: selects on {unknown:?}");
        }
    }
}

/// Keys the code asks for by a literal: `t!("key"…)` and `tr("key")`, plus the keys a literal
/// list names (`"series-approvals",` in a match).
fn keys_in_code() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for marker in ["t!(\"", "tr(\""] {
            let mut from = 0;
            while let Some(at) = text[from..].find(marker) {
                let start = from + at;
                from = start + marker.len();
                // `t!(` itself, not `format!(` or `assert!(`; `tr(`, not `str(`.
                let before = text[..start].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                if let Some(end) = text[from..].find('"') {
                    out.insert(text[from..from + end].to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn every_key_the_code_names_is_in_the_english_file() {
    let en = keys(Lang::En);
    let named = keys_in_code();
    assert!(named.len() > 300, "{} keys found in the code", named.len());
    let missing: Vec<&String> = named.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
}

#[test]
fn every_catalogue_entry_country_sector_preset_and_view_has_its_words() {
    use sco_explorer::model::assumptions::{COUNTRY_SCALARS, SCALARS};
    use sco_explorer::model::{Country, Sector};
    for spec in SCALARS {
        for part in ["", "-help", "-basis"] {
            let key = format!("{}{part}", spec.key());
            assert!(i18n::has(&key), "{key} ({})", spec.path);
        }
    }
    for spec in COUNTRY_SCALARS {
        for part in ["", "-help", "-basis", "-of"] {
            assert!(i18n::has(&format!("{}{part}", spec.words_key())));
        }
    }
    i18n::set_for_thread(Lang::Ru);
    for c in Country::ALL {
        assert!(!c.name().starts_with("country-"), "{c:?}");
        assert!(!c.rating_note().starts_with("country-"), "{c:?}");
    }
    for k in Sector::ALL {
        assert!(!k.name().starts_with("sector-"), "{k:?}");
        assert!(!k.covers().starts_with("sector-"), "{k:?}");
    }
    for p in &sco_explorer::presets::PRESETS {
        assert!(!p.title().starts_with("preset-"), "{}", p.id);
        assert!(!p.question().starts_with("preset-"), "{}", p.id);
    }
    for v in sco_explorer::ui::views::View::ALL {
        assert!(!v.title().starts_with("view-"), "{v:?}");
    }
    assert_eq!(Country::KGZ.name(), "Кыргызстан");
    i18n::set_for_thread(Lang::Zh);
    assert_eq!(Country::MNG.name(), "蒙古国");
    assert_eq!(Sector::Pharma.name(), "医药与生物医药");
    i18n::set_for_thread(Lang::En);
}

#[test]
fn russian_plural_forms_are_right_for_1_2_5_11_21_and_22_years() {
    use sco_explorer::model::assumptions::Unit;
    i18n::set_for_thread(Lang::Ru);
    let cases = [
        (1.0, "1 год"),
        (2.0, "2 года"),
        (5.0, "5 лет"),
        (11.0, "11 лет"),
        (21.0, "21 год"),
        (22.0, "22 года"),
    ];
    for (n, want) in cases {
        assert_eq!(Unit::Years.format(n), want);
    }
    let sentence = sco_explorer::t!("change-years", count = 21, change = "+21");
    assert_eq!(sentence, "+21 год");
    i18n::set_for_thread(Lang::Zh);
    assert_eq!(Unit::Years.format(5.0), "5年");
    i18n::set_for_thread(Lang::En);
    assert_eq!(Unit::Years.format(1.0), "1 year");
    assert_eq!(Unit::Years.format(11.0), "11 years");
}

#[test]
fn numbers_and_money_are_written_as_each_language_writes_them() {
    use sco_explorer::i18n::num;
    use sco_explorer::model::assumptions::Unit;
    i18n::set_for_thread(Lang::En);
    assert_eq!(num::money(99.43), "US$ 99.4 bn");
    assert_eq!(Unit::UsdBn.format(50.0), "50 US$ bn");
    i18n::set_for_thread(Lang::Ru);
    assert_eq!(num::money(99.43), "99,4 млрд долл. США");
    assert_eq!(Unit::UsdBn.format(50.0), "50 млрд долл. США");
    assert_eq!(Unit::RatePerYear.format(0.035), "3,5 %/год");
    i18n::set_for_thread(Lang::Zh);
    assert_eq!(num::money(99.43), "994亿美元");
    assert_eq!(Unit::UsdBn.format(50.0), "500亿美元");
    assert_eq!(Unit::Fraction.format(0.264), "26.4%");
    i18n::set_for_thread(Lang::En);
}

#[test]
fn no_text_carries_unicode_isolation_marks() {
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        let text = sco_explorer::t!("notice-opened", path = "/tmp/a.ron");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
        assert!(text.contains("/tmp/a.ron"));
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_missing_translation_falls_back_to_english_and_a_missing_key_shows_itself() {
    i18n::set_for_thread(Lang::Ru);
    assert_eq!(i18n::tr("no-such-key-anywhere"), "no-such-key-anywhere");
    i18n::set_for_thread(Lang::En);
}

#[test]
fn the_language_follows_the_locale() {
    assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Some(Lang::Ru));
    assert_eq!(Lang::from_locale("zh-Hans-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_locale("zh_TW"), Some(Lang::Zh));
    assert_eq!(Lang::from_locale("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_locale("de_DE"), None);
    assert_eq!("ru".parse::<Lang>(), Ok(Lang::Ru));
    assert!("fr".parse::<Lang>().is_err());
}

/// Every character Chinese readers see in the app's own words, and every common character
/// (GB 2312 level 1, for what users type), is in the embedded font: no boxes on a machine
/// without Chinese fonts. When this fails after zh.ftl changed, run
/// `python3 tools/subset-cjk-font.py`.
#[test]
fn the_embedded_font_has_every_chinese_character_the_app_shows() {
    use skrifa::MetadataProvider;
    let bytes = include_bytes!("../assets/fonts/NotoSansSC-subset.otf");
    let font = skrifa::FontRef::new(bytes).expect("the embedded font parses");
    let cmap = font.charmap();
    let mut text = include_str!("../assets/i18n/zh.ftl").to_owned();
    i18n::set_for_thread(Lang::Zh);
    for p in &sco_explorer::presets::PRESETS {
        text.push_str(&p.title());
        text.push_str(&p.question());
    }
    i18n::set_for_thread(Lang::En);
    // egui's own fonts cover Latin, Cyrillic and common symbols; the embedded font is for the
    // rest (CJK ideographs and punctuation, full-width forms).
    let missing: BTreeSet<char> = text
        .chars()
        .filter(|c| u32::from(*c) >= 0x2E80)
        .filter(|c| cmap.map(*c).is_none())
        .collect();
    assert!(missing.is_empty(), "not in the font: {missing:?}");
    let common = ['的', '一', '国', '银', '行', '资', '本', '亿', '美', '元'];
    assert!(common.iter().all(|c| cmap.map(*c).is_some()));
    let size = bytes.len();
    assert!(size < 2_000_000, "the subset is {size} bytes");
}

/// Every character of every translation has a glyph in the fonts the window installs (egui
/// panics on a missing glyph in debug builds and draws a box in release): "→" of "from → to"
/// was once missing from both.
#[test]
fn every_character_of_every_translation_has_a_glyph_in_the_apps_fonts() {
    let ctx = egui::Context::default();
    ctx.set_fonts(sco_explorer::ui::fonts());
    ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
    for lang in Lang::ALL {
        let text = match lang {
            Lang::En => include_str!("../assets/i18n/en.ftl"),
            Lang::Ru => include_str!("../assets/i18n/ru.ftl"),
            Lang::Zh => include_str!("../assets/i18n/zh.ftl"),
        };
        // Fonts set before a frame are in use from that frame on.
        for _ in 0..2 {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                for line in text.lines() {
                    ui.label(line);
                }
            });
            output.textures_delta.clear();
        }
    }
}

/// One term per concept: the variants the translation review of December 2026 and the glossary
/// rejected appear nowhere in the Russian and Chinese words (the limit that "binds" is not
/// «действует»; the lowest ratio is not the regulatory minimum; treasury income is 资金业务收入,
/// not three other words; the study is a «расчёт неопределённости», 分析; no internal "seed"
/// words, no calque of "lever"; named projects are «проекты из перечня», 列名项目).
#[test]
fn one_term_per_concept_the_rejected_variants_appear_nowhere() {
    let ru = include_str!("../assets/i18n/ru.ftl");
    let zh = include_str!("../assets/i18n/zh.ftl");
    let ru_rejected = [
        "Лимит капитала действует",
        "Лимит действует",
        "впервые действует",
        "действия лимита",
        "Минимальный коэффициент достаточности",
        "Именные проекты",
        "именных проектов",
        "Названные проекты",
        "названные проекты",
        "рычаг",
        "Исследование",
        "исследовани",
        "исходных статей",
        "исходных статьях",
        "seed 001",
        "Takahashi and",
        "запасы —",
        "Тяньцзиньск",
        "Астанинск",
        "Стоимость заимствований",
        "ставку востребования",
        "ставка востребования",
        "Статьи соглашения",
        "возвратность",
    ];
    let zh_rejected = [
        "实际控制线",
        "最低资本充足率",
        "种子文章",
        "杠杆",
        "资金运用收入",
        "资金运营",
        "资金运作",
        "具名",
        "授权",
        "研究设置",
        "加入研究",
        "主要数字",
        "摆幅",
        "起起",
        "seed 001",
    ];
    let found = |text: &str, words: &[&str]| -> Vec<String> {
        words
            .iter()
            .filter(|w| text.contains(**w))
            .map(|w| (*w).to_owned())
            .collect()
    };
    assert_eq!(found(ru, &ru_rejected), Vec::<String>::new(), "Russian");
    assert_eq!(found(zh, &zh_rejected), Vec::<String>::new(), "Chinese");
    // «Горизонт» alone is the forecast's period («прогнозный период»); only the look-ahead is a
    // «горизонт планирования».
    let lower = ru.to_lowercase();
    for (at, _) in lower.match_indices("горизонт") {
        let rest = lower[at + "горизонт".len()..].trim_start_matches(char::is_alphabetic);
        let word = &lower[at..lower.len() - rest.len()];
        assert!(
            rest.starts_with(" планирования") || word == "горизонтали",
            "«{word}» without «планирования»: {}",
            lower[at..].chars().take(40).collect::<String>()
        );
    }
    // 种子 only as the random seed.
    assert_eq!(zh.matches("种子").count(), zh.matches("随机种子").count());
}

/// Latin words in a translated preset text that are not names or abbreviations (GDP, AIIB,
/// 18-K, model.md, BYD Uzbekistan…): an English sentence left untranslated has many.
fn english_words(text: &str) -> Vec<&str> {
    const ALLOWED: [&str; 3] = ["model", "md", "Uzbekistan"];
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|w| !ALLOWED.contains(w))
        .collect()
}

#[test]
fn every_presets_english_keys_are_its_file_text() {
    use sco_explorer::presets::{Field, PRESETS, known};
    i18n::set_for_thread(Lang::En);
    let known = known();
    for field in [Field::Title, Field::Question, Field::Author] {
        let n = known.iter().filter(|k| k.field == field).count();
        assert_eq!(n, PRESETS.len(), "{field:?}");
    }
    assert!(known.iter().any(|k| k.field == Field::Notes));
    assert!(known.iter().filter(|k| k.field == Field::Project).count() >= 20);
    for k in known {
        assert!(i18n::has(&k.key), "{} is not in en.ftl", k.key);
        assert_eq!(
            i18n::tr(&k.key),
            k.english,
            "{} differs from the file",
            k.key
        );
    }
}

#[test]
fn every_presets_texts_are_translated_into_russian_and_chinese() {
    use sco_explorer::presets::{Field, known, shown};
    for lang in [Lang::Ru, Lang::Zh] {
        i18n::set_for_thread(lang);
        for k in known() {
            let text = shown(k.field, &k.english);
            assert!(!text.trim().is_empty(), "{lang:?} {}", k.key);
            assert_ne!(text, k.english, "{lang:?} {} is not translated", k.key);
            let english = english_words(&text);
            assert!(
                english.is_empty(),
                "{lang:?} {}: {english:?} in {text}",
                k.key
            );
        }
        // A user's own words stay theirs, in every language; so does a preset's text once
        // edited.
        for field in [
            Field::Title,
            Field::Question,
            Field::Notes,
            Field::Author,
            Field::Project,
        ] {
            for own in [
                "Draft for the ministers",
                "Мой сценарий",
                "Baseline (edited)",
                "",
            ] {
                assert_eq!(shown(field, own), own, "{lang:?} {field:?}");
            }
        }
        assert_eq!(shown(Field::Title, "Baseline "), "Baseline ");
        // A text is translated only as the field it is in the presets.
        assert_eq!(shown(Field::Question, "Baseline"), "Baseline");
    }
    i18n::set_for_thread(Lang::En);
    for k in known() {
        assert_eq!(shown(k.field, &k.english), k.english);
    }
    // The check above would catch an English sentence.
    assert!(!english_words("The projects the seed articles name").is_empty());
}
