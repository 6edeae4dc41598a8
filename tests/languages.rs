//! The window in English, Russian and Chinese, driven through its translated accessible labels:
//! the same stories in each language, the language switched at run time, and no English left
//! on screen in Russian or Chinese.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::collections::{BTreeSet, VecDeque};

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use sco_explorer::i18n::{self, Lang, tr};
use sco_explorer::model::Scenario;
use sco_explorer::model::assumptions::Unit;
use sco_explorer::t;
use sco_explorer::ui::document::Document;
use sco_explorer::ui::files::ScriptedPicker;
use sco_explorer::ui::views::View;
use sco_explorer::ui::{ExplorerApp, Prefs};

fn app_in(lang: Lang) -> ExplorerApp {
    i18n::set_for_thread(lang);
    let prefs = Prefs {
        lang: Some(lang),
        ..Prefs::default()
    };
    ExplorerApp::new(
        Document::new(Scenario::default()),
        prefs,
        Box::new(ScriptedPicker {
            answers: VecDeque::new(),
            asked: Vec::new(),
        }),
        None,
    )
}

fn harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    h.run_ok();
    h
}

/// The subscribed-capital row's label as the panel shows it in the current language.
fn subscribed() -> String {
    t!(
        "label-with-unit",
        label = tr("a-capital-subscribed"),
        unit = Unit::UsdBn.suffix()
    )
}

#[test]
fn a_slider_moves_the_projection_in_every_language() {
    for lang in Lang::ALL {
        let mut h = harness(app_in(lang));
        let before = h.state().doc.projection.summary.cumulative_financing;
        // Chinese reads money in 亿: the slider's 1,000 is US$ 100 bn.
        let shown = 100.0 * Unit::UsdBn.display_scale();
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(shown);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 100.0, "{lang:?}");
        assert!(h.state().doc.projection.summary.cumulative_financing > before);
    }
}

#[test]
fn exact_entry_commits_on_enter_and_undoes_in_one_step_in_every_language() {
    for lang in Lang::ALL {
        let mut h = harness(app_in(lang));
        let label = subscribed();
        h.get_by_role_and_label(Role::SpinButton, &label).click();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_ok();
        // 75 bn, typed in the reader's unit.
        let typed = format!("{}", 75.0 * Unit::UsdBn.display_scale());
        h.get_by_role_and_label(Role::SpinButton, &label)
            .type_text(&typed);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0, "{lang:?}");
        h.key_press(egui::Key::Enter);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 75.0, "{lang:?}");
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0, "{lang:?}");
    }
}

#[test]
fn every_view_opens_from_its_translated_tab_in_every_language() {
    for lang in Lang::ALL {
        let mut h = harness(app_in(lang));
        for view in View::ALL {
            h.get_by_role_and_label(Role::Button, &view.title()).click();
            h.run_ok();
            assert_eq!(h.state().prefs.view, view, "{lang:?}");
        }
    }
}

#[test]
fn the_language_menu_switches_at_once_and_is_remembered() {
    let mut h = harness(app_in(Lang::En));
    assert!(h.query_by_label("Overview").is_some());
    h.get_by_label("View").click();
    h.run_ok();
    h.get_by_label("Language").click();
    h.run_ok();
    h.get_by_label("Русский").click();
    h.run_ok();
    h.run_ok();
    assert_eq!(
        h.state().prefs.lang,
        Some(Lang::Ru),
        "saved with the preferences"
    );
    assert!(
        h.query_by_label("Обзор").is_some(),
        "the tabs speak Russian"
    );
    assert!(h.query_by_label("Overview").is_none());
    assert!(h.query_by_label("Допущения").is_some());
    // And on to Chinese, from the Russian menu.
    h.get_by_label("Вид").click();
    h.run_ok();
    h.get_by_label("Язык").click();
    h.run_ok();
    h.get_by_label("中文").click();
    h.run_ok();
    h.run_ok();
    assert!(h.query_by_label("概览").is_some());
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_new_scenario_from_a_preset_shows_its_title_in_the_readers_language_and_saves_the_files() {
    let mut h = harness(app_in(Lang::Zh));
    h.get_by_label("文件").click();
    h.run_ok();
    h.get_by_label("从预设情景新建").click();
    h.run_ok();
    h.get_by_label("压力情景：高利率、违约概率增至三倍、资本欠缴")
        .click();
    h.run_ok();
    // The scenario holds the preset's own text, so that its file is the same in every
    // language; the window shows it in the reader's.
    let english = "Stress: high rates, three times the defaults, arrears";
    assert_eq!(h.state().doc.scenario.meta.title, english);
    assert!(h.state().window_title().contains("压力"));
    let text = sco_explorer::file::to_text(&h.state().doc.scenario).unwrap();
    assert!(text.contains(english), "{text}");
    assert!(!text.contains("压力"));
    // File ▸ Properties shows the translation; OK without an edit keeps the file's text, an
    // edit is the reader's own.
    use sco_explorer::ui::properties::Draft;
    let meta = h.state().doc.scenario.meta.clone();
    let mut draft = Draft::of(&meta);
    assert!(draft.title.contains("压力"));
    assert_eq!(draft.applied_to(&meta), meta);
    draft.title = "我的压力情景".into();
    let edited = draft.applied_to(&meta);
    assert_eq!(edited.title, "我的压力情景");
    assert_eq!(edited.description, meta.description);
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_users_own_title_is_shown_as_written_in_every_language() {
    for lang in Lang::ALL {
        let mut app = app_in(lang);
        app.doc.scenario.meta.title = "Draft for the ministers".into();
        let h = harness(app);
        assert!(
            h.state().window_title().contains("Draft for the ministers"),
            "{lang:?}: {}",
            h.state().window_title()
        );
    }
    let h = harness(app_in(Lang::Ru));
    assert!(
        h.state().window_title().contains("Базовый сценарий"),
        "{}",
        h.state().window_title()
    );
    i18n::set_for_thread(Lang::En);
}

#[test]
fn the_status_line_counts_years_in_the_readers_plural() {
    let mut h = harness(app_in(Lang::Ru));
    // The baseline: "Кыргызстан достигает предела освоения в 2033 г. (всего 2 года)."
    assert!(
        h.query_by_label_contains("(всего 2 года)").is_some(),
        "{:?}",
        h.state().guardrail_text()
    );
    // "С 2041 г. кредитование упирается в свой лимит (18 лет; сначала это …)".
    assert!(h.query_by_label_contains("(18 лет;").is_some());
    h = harness(app_in(Lang::Zh));
    assert!(h.query_by_label_contains("（共2年）").is_some());
    i18n::set_for_thread(Lang::En);
}

/// English phrases of the app's own (two words or more) that are translated differently in
/// `lang`: none of them may appear on screen in that language.
fn english_phrases(lang: Lang) -> Vec<String> {
    let en = i18n::entries(Lang::En);
    let translated_keys: BTreeSet<String> =
        i18n::entries(lang).into_iter().map(|e| e.key).collect();
    let mut out = Vec::new();
    for e in en {
        if !e.shown.is_empty() || !e.selectors.is_empty() {
            continue;
        }
        i18n::set_for_thread(Lang::En);
        let english = tr(&e.key);
        i18n::set_for_thread(lang);
        let translated = tr(&e.key);
        let words = english.split_whitespace().count();
        // A key the language lacks falls back to English: that is a leak too.
        let differs = english != translated || !translated_keys.contains(&e.key);
        if differs && words >= 2 && english.len() >= 8 {
            out.push(english);
        }
    }
    i18n::set_for_thread(lang);
    out
}

fn labels_on_screen(h: &Harness<'static, ExplorerApp>) -> BTreeSet<String> {
    h.query_all(by().predicate(|_| true))
        .filter_map(|node| {
            let n = node.accesskit_node();
            let mut text = n.label().unwrap_or_default();
            if let Some(v) = n.value() {
                text.push(' ');
                text.push_str(&v);
            }
            (!text.trim().is_empty()).then_some(text)
        })
        .collect()
}

#[test]
fn no_english_reaches_the_screen_in_russian_or_chinese() {
    for lang in [Lang::Ru, Lang::Zh] {
        let phrases = english_phrases(lang);
        assert!(phrases.len() > 300, "{lang:?}: {} phrases", phrases.len());
        let mut h = harness(app_in(lang));
        // Open every group of the panel, then visit every view.
        h.get_by_label(&tr("panel-expand-all")).click();
        h.run_ok();
        let mut seen = BTreeSet::new();
        for view in View::ALL {
            h.state_mut().prefs.view = view;
            for _ in 0..3 {
                h.run_ok();
            }
            seen.extend(labels_on_screen(&h));
        }
        // File names and CSV columns are the same in every language; the rest must not be
        // English.
        let leaks: Vec<(&String, &String)> = seen
            .iter()
            .flat_map(|label| {
                phrases
                    .iter()
                    .filter(move |p| label.contains(p.as_str()))
                    .map(move |p| (label, p))
            })
            .collect();
        assert!(leaks.is_empty(), "{lang:?}: English on screen: {leaks:#?}");
        assert!(
            seen.len() > 150,
            "{lang:?}: only {} labels seen",
            seen.len()
        );
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn the_assumption_search_finds_words_in_the_readers_language() {
    let mut h = harness(app_in(Lang::Ru));
    let find = tr("panel-find");
    h.get_by_role_and_label(Role::TextInput, &find).focus();
    h.run_ok();
    h.get_by_role_and_label(Role::TextInput, &find)
        .type_text("просроч");
    h.run_ok();
    // The country table's arrears column lives in the Countries group.
    // (Its title is also the Countries tab's.)
    assert_eq!(h.query_all_by_label(&tr("group-countries")).count(), 2);
    assert!(h.query_by_label(&tr("group-pricing")).is_none());
    h = harness(app_in(Lang::Zh));
    let find = tr("panel-find");
    h.get_by_role_and_label(Role::TextInput, &find).focus();
    h.run_ok();
    h.get_by_role_and_label(Role::TextInput, &find)
        .type_text("宽限期");
    h.run_ok();
    assert!(h.query_by_label(&tr("group-terms")).is_some());
    assert!(h.query_by_label(&tr("group-capital")).is_none());
    i18n::set_for_thread(Lang::En);
}

/// Types `text` over what the exact entry labelled `label` holds, and commits it with Enter.
fn type_into(h: &mut Harness<'static, ExplorerApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::SpinButton, label).click();
    h.run_ok();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_ok();
    h.get_by_role_and_label(Role::SpinButton, label)
        .type_text(text);
    h.run_ok();
    h.key_press(egui::Key::Enter);
    h.run_ok();
}

#[test]
fn russian_entries_read_and_write_a_decimal_comma() {
    let mut h = harness(app_in(Lang::Ru));
    type_into(&mut h, &subscribed(), "75,5");
    assert_eq!(h.state().doc.scenario.capital.subscribed, 75.5);
    i18n::set_for_thread(Lang::En);
}

#[test]
fn english_and_chinese_entries_read_a_comma_as_thousands_never_as_a_decimal_point() {
    for lang in [Lang::En, Lang::Zh] {
        let mut app = app_in(lang);
        app.prefs.view = View::Uncertainty;
        let mut h = harness(app);
        type_into(&mut h, &tr("unc-runs"), "1,500");
        assert_eq!(h.state().doc.scenario.uncertainty.runs, 1500, "{lang:?}");
    }
    i18n::set_for_thread(Lang::En);
}
