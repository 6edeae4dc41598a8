//! The explorer window driven headlessly with egui_kittest, as a user would use it: no display
//! and no GPU needed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

mod common;

use std::collections::VecDeque;
use std::path::PathBuf;

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sco_explorer::i18n::{self, Lang, num, tr};
use sco_explorer::model::Scenario;
use sco_explorer::model::assumptions::Unit;
use sco_explorer::model::{Country, Sector};
use sco_explorer::t;
use sco_explorer::ui::document::Document;
use sco_explorer::ui::files::{Picked, ScriptedPicker};
use sco_explorer::ui::views::View;
use sco_explorer::ui::{ExplorerApp, Prefs};

/// Runs a story in English, Russian and Chinese, through the translated labels.
fn every_language(story: impl Fn()) {
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        story();
    }
    i18n::set_for_thread(Lang::En);
}

/// The window's preferences in the test thread's language.
fn prefs() -> Prefs {
    Prefs {
        // The story's language, or English: never another test's window's.
        lang: Some(i18n::thread_language().unwrap_or(Lang::En)),
        ..Prefs::default()
    }
}

/// A panel row's label: the assumption's name and its unit.
fn row(label: &str, unit: &str) -> String {
    t!("label-with-unit", label = label, unit = unit)
}

/// How many of the reader's money units make US$ 1 bn (10 in Chinese, which counts in 亿).
fn money() -> f64 {
    Unit::UsdBn.display_scale()
}

/// The subscribed-capital row in the current language.
fn subscribed() -> String {
    row(&tr("a-capital-subscribed"), &Unit::UsdBn.suffix())
}

fn app_with(answers: Vec<Picked>) -> ExplorerApp {
    let picker = ScriptedPicker {
        answers: VecDeque::from(answers),
        asked: Vec::new(),
    };
    ExplorerApp::new(
        Document::new(Scenario::default()),
        prefs(),
        Box::new(picker),
        None,
    )
}

fn harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    harness.run_ok();
    harness
}

/// A window tall enough that the whole assumptions panel is on screen (widgets scrolled out of
/// view are not in the accessibility tree).
fn tall_harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 9000.0))
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    harness.run_ok();
    harness
}

/// Save As first asks what the scenario is (its title and description), then for the file:
/// goes on to the file.
fn choose_the_file(h: &mut Harness<'static, ExplorerApp>) {
    h.get_by_label(&tr("properties-choose-file")).click();
    h.run_ok();
}

#[test]
fn moving_a_slider_changes_the_projection_and_the_headline_chart() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        let before = h.state().doc.projection.summary.cumulative_financing;
        assert!(
            h.query_by_label(&num::bn(99.425)).is_some(),
            "the overview shows the baseline financing"
        );

        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(100.0 * money());
        h.run_ok();

        assert_eq!(h.state().doc.scenario.capital.subscribed, 100.0);
        let after = h.state().doc.projection.summary.cumulative_financing;
        assert!(
            after > before,
            "more capital, more financing: {before} -> {after}"
        );
        assert!(
            h.query_by_label(&num::bn(99.425)).is_none(),
            "the headline figure moved"
        );
        assert!(
            h.state().window_title().contains('•'),
            "the title marks unsaved changes"
        );
    });
}

#[test]
fn reset_restores_the_baseline_value() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(120.0 * money());
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 120.0);
        h.get_by_label(&t!("reset-what", label = tr("a-capital-subscribed")))
            .click();
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0);
    });
}

#[test]
fn undo_and_redo_step_through_edits() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(80.0 * money());
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0);
        assert!(!h.state().doc.is_modified());
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::Z,
        );
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 80.0);
    });
}

fn open_through_the_menu(h: &mut Harness<'static, ExplorerApp>) {
    h.get_by_label(&tr("menu-file")).click();
    h.run_ok();
    // The item's accessible name includes its shortcut.
    h.get_by_label_contains(&tr("menu-open")).click();
    h.run_ok();
}

#[test]
fn opening_a_preset_file_through_the_menu_shows_it() {
    every_language(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/aiib_gdp_100bn.ron");
        let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
        open_through_the_menu(&mut h);
        assert_eq!(h.state().doc.scenario.capital.subscribed, 100.0);
        assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
        assert!(
            h.state().window_title().starts_with("aiib_gdp_100bn.ron —"),
            "{}",
            h.state().window_title()
        );
        assert!(!h.state().doc.is_modified());
    });
}

#[test]
fn a_broken_file_shows_its_located_errors_and_keeps_the_open_scenario() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "(\n  capital: (paid_in_ratio: 0.9),\n)").unwrap();
        let mut h = harness(app_with(vec![Picked::Path(bad)]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(70.0 * money());
        h.run_ok();
        let before = h.state().doc.scenario.clone();
        // Opening discards unsaved work, so the prompt comes first; discard, then the file fails.
        open_through_the_menu(&mut h);
        assert!(h.state().is_confirming());
        h.get_by_label(&tr("dialog-discard-changes")).click();
        h.run_ok();
        let errors = h
            .state()
            .load_errors()
            .expect("the error window shows")
            .to_vec();
        assert!(
            errors[0].contains("bad.ron:2:13")
                && errors[0].contains("capital.paid_in_ratio")
                && errors[0].contains(&t!(
                    "problem-outside-allowed-shown",
                    value = "0.9",
                    shown = num::percent_trimmed(90.0)
                )),
            "{errors:?}"
        );
        assert_eq!(
            h.state().doc.scenario,
            before,
            "the open scenario is untouched"
        );
        assert!(
            h.query_by_label_contains("bad.ron:2:13").is_some(),
            "the problems are on screen"
        );
    });
}

#[test]
fn new_asks_before_discarding_unsaved_work() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(90.0 * money());
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
        h.run_ok();
        assert!(h.state().is_confirming());
        h.get_by_label(&tr("button-cancel")).click();
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario.capital.subscribed,
            90.0,
            "cancel keeps the work"
        );

        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
        h.run_ok();
        h.get_by_label(&tr("dialog-discard-changes")).click();
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario.capital.subscribed,
            50.0,
            "the baseline preset"
        );
        assert!(!h.state().is_confirming());
    });
}

#[test]
fn save_as_writes_a_file_that_opens_again() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("mine");
        let mut h = harness(app_with(vec![Picked::Path(target.clone())]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(65.0 * money());
        h.run_ok();
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::S,
        );
        h.run_ok();
        choose_the_file(&mut h);
        let written = target.with_extension("ron");
        let loaded = sco_explorer::file::load(&written).expect("saved and valid");
        assert_eq!(loaded.scenario.capital.subscribed, 65.0);
        assert!(!h.state().doc.is_modified());
        assert!(!h.state().window_title().contains('•'));
    });
}

#[test]
fn a_pinned_file_is_named_relative_to_where_the_scenario_is_saved() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let refs = dir.path().join("refs");
        std::fs::create_dir(&refs).unwrap();
        let reference = refs.join("stress.ron");
        let stress = sco_explorer::presets::preset("stress").unwrap();
        std::fs::write(&reference, stress.text).unwrap();
        let saved = dir.path().join("work").join("mine.ron");
        std::fs::create_dir(saved.parent().unwrap()).unwrap();
        // Pinned while the scenario has never been saved, then saved elsewhere.
        let mut h = harness(app_with(vec![
            Picked::Path(reference.clone()),
            Picked::Path(saved.clone()),
        ]));
        h.get_by_label(&tr("pin-file")).click();
        h.run_ok();
        assert!(h.state().studies.pinned.is_some());
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::S,
        );
        h.run_ok();
        choose_the_file(&mut h);
        let loaded = sco_explorer::file::load(&saved).expect("saved and valid");
        assert_eq!(
            loaded.scenario.meta.reference,
            Some(sco_explorer::model::scenario::ReferenceName::File(
                "../refs/stress.ron".into()
            ))
        );
        // Opening the saved file offers to pin the reference again: it lies outside the file's
        // folder, so the window shows where it points before reading it.
        let mut h = harness(app_with(vec![Picked::Path(saved)]));
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
        h.run_ok();
        assert!(h.state().studies.pinned.is_none(), "not read before asking");
        let offered = h.state().reference_offer().expect("offered").to_owned();
        assert_eq!(
            offered,
            std::path::absolute(&reference).unwrap(),
            "the offer shows where the name points"
        );
        h.get_by_label(&tr("dialog-pin-it")).click();
        run_until(&mut h, |app| app.studies.pinned.is_some());
        let pinned = h.state().studies.pinned.as_ref().expect("pinned again");
        assert_eq!(pinned.scenario.meta.title, loaded_title(stress.text));
    });
}

fn loaded_title(text: &str) -> String {
    sco_explorer::file::read(text, "preset")
        .unwrap()
        .scenario
        .meta
        .title
}

#[test]
fn without_a_system_dialog_the_app_offers_its_own_path_entry() {
    every_language(|| {
        let mut h = harness(app_with(vec![Picked::Unavailable]));
        open_through_the_menu(&mut h);
        assert!(
            h.query_by_label_contains(&tr("dialog-path-entry-body"))
                .is_some()
        );
        // It starts at a folder, with the keyboard in it.
        let path_label = tr("dialog-path");
        let field = h.get_by_role_and_label(Role::TextInput, &path_label);
        assert!(
            field.accesskit_node().is_focused(),
            "the path entry has the keyboard"
        );
        let start = field
            .accesskit_node()
            .value()
            .unwrap_or_default()
            .to_owned();
        assert!(
            start.ends_with(std::path::MAIN_SEPARATOR),
            "a folder: {start:?}"
        );
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_ok();
        h.get_by_role_and_label(Role::TextInput, &tr("dialog-path"))
            .type_text(
                &PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("scenarios/stress.ron")
                    .display()
                    .to_string(),
            );
        h.run_ok();
        h.get_by_label(&tr("button-ok")).click();
        h.run_ok();
        assert_eq!(h.state().doc.scenario.risk.pd_multiplier, 3.0);
    });
}

#[test]
fn every_view_draws_and_every_input_has_an_accessible_label() {
    every_language(|| {
        let mut h = tall_harness(app_with(vec![]));
        // Open every group of the assumptions panel by filtering on nothing specific.
        for view in [
            View::Overview,
            View::Sectors,
            View::Countries,
            View::Bank,
            View::Fund,
            View::Flows,
            View::Data,
        ] {
            h.get_all_by_label(&view.title())
                .next()
                .expect("a tab")
                .click();
            h.run_ok();
        }
        h.get_by_label(&tr("panel-expand-all")).click();
        h.run_ok();
        h.get_by_label(&t!("countries-mix", country = Country::CHN.name()))
            .click();
        h.run_ok();
        // Inputs from every group are on screen…
        let (years, bn, pct) = (Unit::Years.suffix(), Unit::UsdBn.suffix(), "%");
        for label in [
            row(&tr("a-years"), &years),
            subscribed(),
            row(&tr("a-demand-absorption-cap"), pct),
            row(&tr("a-pricing-base-rate"), &Unit::RatePerYear.suffix()),
            row(&tr("a-terms-tenor"), &years),
            row(&tr("a-policy-capital-floor"), pct),
            row(&tr("a-policy-lending-rule-lookahead"), &years),
            row(&tr("a-fund-commitments"), &bn),
            row(&t!("tilt-label", sector = Sector::Energy.name()), "×"),
            row(
                &t!(
                    "countries-mix-cell",
                    code = "CHN",
                    sector = Sector::Energy.name()
                ),
                pct,
            ),
            row(&t!("mandate-label", sector = Sector::Machinery.name()), pct),
        ] {
            assert!(
                h.query_by_role_and_label(Role::Slider, &label).is_some(),
                "{label} is not on screen"
            );
        }
        assert_eq!(
            h.get_all_by_role_and_label(Role::CheckBox, &format!("KAZ {}", Country::KAZ.name()))
                .count(),
            2,
            "member and borrows"
        );
        // …and every input has a label.
        let inputs = [
            Role::Slider,
            Role::SpinButton,
            Role::TextInput,
            Role::CheckBox,
            Role::ComboBox,
        ];
        let mut checked = 0;
        let mut unlabelled = Vec::new();
        for node in h.root().children_recursive() {
            let n = node.accesskit_node();
            if inputs.contains(&n.role()) {
                checked += 1;
                if n.label().is_none_or(|l| l.trim().is_empty()) {
                    unlabelled.push(format!("{:?} {:?}", n.role(), n.value()));
                }
            }
        }
        assert!(checked > 200, "only {checked} inputs found");
        assert!(
            unlabelled.is_empty(),
            "inputs without a label: {unlabelled:?}"
        );
    });
}

#[test]
fn unsaved_work_is_kept_as_a_recovery_copy_and_offered_at_the_next_start() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery");
        let file = dir.path().join("mine.ron");
        let mut s = Scenario::default();
        s.meta.title = "My $120bn bank".into();
        s.meta.reference = Some(sco_explorer::model::scenario::ReferenceName::Preset(
            "stress".into(),
        ));
        sco_explorer::file::save(&file, &s).unwrap();
        let app = ExplorerApp::new(
            Document::opened(s, file.clone()),
            prefs(),
            Box::new(ScriptedPicker::default()),
            Some(recovery.clone()),
        );
        let mut h = harness(app);
        // Exact entry: type 120, confirm, and stop touching the window at once.
        h.get_by_role_and_label(Role::SpinButton, &subscribed())
            .click();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_role_and_label(Role::SpinButton, &subscribed())
            .type_text(&format!("{}", 120.0 * money()));
        h.key_press(egui::Key::Enter);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 120.0);
        // No frame is drawn now, as in an idle window: the copy must still arrive within a second.
        let copy_path = recovery.join("recovery.ron");
        let started = std::time::Instant::now();
        let copy = loop {
            if let Some(copy) = sco_explorer::ui::recovery::Copy::find(&recovery)
                && copy.scenario.capital.subscribed == 120.0
            {
                break copy;
            }
            // About a second is the promise; two leave room for a loaded test machine (the
            // copy usually lands within a few milliseconds).
            assert!(
                started.elapsed() < std::time::Duration::from_secs(2),
                "no recovery copy with 120 after two seconds: {:?}",
                std::fs::read_to_string(&copy_path).ok()
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        };
        assert_eq!(
            copy.path.as_deref(),
            Some(file.as_path()),
            "the copy knows its file"
        );
        std::mem::forget(h); // the app "crashes": nothing saved, nothing cleaned up

        let app = ExplorerApp::new(
            Document::new(Scenario::default()),
            prefs(),
            Box::new(ScriptedPicker::default()),
            Some(recovery.clone()),
        );
        let mut h = harness(app);
        assert!(
            h.query_by_label_contains(&t!(
                "dialog-recover-body",
                scenario = t!(
                    "recovery-describe-file",
                    title = "My $120bn bank",
                    file = "mine.ron"
                )
            ))
            .is_some()
        );
        assert!(copy_path.exists(), "the copy waits for the user's decision");
        h.get_by_label(&tr("dialog-recover-it")).click();
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 120.0);
        assert_eq!(h.state().doc.path.as_deref(), Some(file.as_path()));
        assert!(
            h.state().doc.is_modified(),
            "recovered work still needs saving"
        );
        let pinned = h
            .state()
            .studies
            .pinned
            .as_ref()
            .expect("the reference is pinned again");
        assert_eq!(
            pinned.name,
            sco_explorer::model::scenario::ReferenceName::Preset("stress".into())
        );
        // Saving puts it back in its file and removes the copy.
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
        h.run_ok();
        assert_eq!(
            sco_explorer::file::load(&file)
                .unwrap()
                .scenario
                .capital
                .subscribed,
            120.0
        );
        drop(h); // joins the writer
        assert!(
            !copy_path.exists(),
            "no copy is left once the work is saved"
        );
    });
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_scenario_file_on_the_window_opens_it() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/delayed_start.ron");
    let mut h = harness(app_with(vec![]));
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    h.run_ok();
    assert_eq!(h.state().doc.scenario.capital.first_year, 2030);
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn closing_the_window_with_unsaved_work_asks_first() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(90.0 * money());
        h.run_ok();
        let close = |h: &mut Harness<'static, ExplorerApp>| {
            h.input_mut()
                .viewports
                .entry(egui::ViewportId::ROOT)
                .or_default()
                .events
                .push(egui::ViewportEvent::Close);
            h.run_ok();
        };
        close(&mut h);
        assert!(
            h.state().is_confirming(),
            "the close is held back and the prompt shows"
        );
        h.get_by_label(&tr("button-cancel")).click();
        h.run_ok();
        assert!(!h.state().quit_confirmed);
        assert_eq!(h.state().doc.scenario.capital.subscribed, 90.0);

        close(&mut h);
        h.get_by_label(&tr("dialog-discard-changes")).click();
        h.run_ok();
        assert!(
            h.state().quit_confirmed,
            "after discarding, the window may close"
        );
    });
}

#[test]
fn a_countrys_sector_mix_is_editable() {
    every_language(|| {
        let mut h = tall_harness(app_with(vec![]));
        // Every group open (as a reader does with Expand all), then the country's mix.
        h.run_ok();
        h.get_by_label(&tr("panel-expand-all")).click();
        h.run_ok();
        h.run_ok();
        h.get_by_label(&t!("countries-mix", country = Country::KAZ.name()))
            .click();
        h.run_ok();
        h.get_by_role_and_label(
            Role::Slider,
            &row(
                &t!(
                    "countries-mix-cell",
                    code = "KAZ",
                    sector = Sector::Renewables.name()
                ),
                "%",
            ),
        )
        .set_value_accesskit(40.0);
        h.run_ok();
        let kaz = h.state().doc.scenario.country(Country::KAZ);
        assert_eq!(kaz.sector_mix[&Sector::Renewables], 0.4);
        let renewables_in_kaz: f64 = (0..25)
            .map(|t| {
                h.state().doc.projection.bank_flows.approvals.cell(
                    t,
                    Country::KAZ,
                    Sector::Renewables,
                )
            })
            .sum();
        assert!(
            renewables_in_kaz > 0.0,
            "Kazakhstan now borrows for renewables"
        );
    });
}

/// Runs frames until `done` holds (background work lands between frames), at most ~20 s.
fn run_until(h: &mut Harness<'static, ExplorerApp>, done: impl Fn(&ExplorerApp) -> bool) {
    for _ in 0..400 {
        h.run_ok();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("background work did not finish");
}

#[test]
fn pinning_a_preset_lists_the_differing_assumptions_and_names_it_in_the_file() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.state_mut().prefs.view = View::Compare;
        h.run_ok();
        h.get_by_label(&tr("pin-snapshot")).click();
        h.run_ok();
        assert!(h.state().studies.pinned.is_some());
        assert!(h.query_by_label(&tr("compare-none-differ")).is_some());
        // An edit after the snapshot shows up as a differing assumption, with both values.
        h.state_mut().doc.scenario.capital.subscribed = 80.0;
        h.run_ok();
        h.run_ok();
        assert!(h.query_by_label("capital.subscribed").is_some());
        assert!(h.query_by_label(&Unit::UsdBn.format(80.0)).is_some());
        assert!(matches!(
            h.state().doc.scenario.meta.reference,
            Some(sco_explorer::model::scenario::ReferenceName::Snapshot(_))
        ));
        // The other views overlay it: the overview shows changes under its figures.
        h.state_mut().prefs.view = View::Overview;
        h.run_ok();
        let marker = t!("delta-vs-reference", change = "").trim().to_owned();
        assert!(h.query_all_by_label_contains(&marker).count() >= 6);
    });
}

#[test]
fn the_uncertainty_view_runs_in_the_background_and_shows_probabilities() {
    let mut h = harness(app_with(vec![]));
    h.state_mut().doc.scenario.uncertainty.runs = 500;
    h.state_mut().prefs.view = View::Uncertainty;
    run_until(&mut h, |app| app.studies.runner.progress().finished);
    h.run_ok();
    assert!(h.query_by_label_contains("Fund IRR below 0 in").is_some());
    assert!(h.query_by_label("500 runs, seed 2027").is_some());
}

#[test]
fn bank_charts_gain_uncertainty_bands_of_this_very_scenario() {
    let mut h = harness(app_with(vec![]));
    h.state_mut().doc.scenario.uncertainty.runs = 300;
    h.state_mut().prefs.view = View::Bank;
    run_until(&mut h, |app| app.studies.runner.progress().finished);
    h.run_ok();
    for band in [
        "Loans outstanding: P5–P95, P25–P75",
        "Approvals: P5–P95, P25–P75",
        "Capital ratio: P5–P95, P25–P75",
    ] {
        assert!(h.query_by_label(band).is_some(), "no legend entry {band}");
    }
    assert!(h.query_by_label("300 runs").is_some());
    // An edit makes the bands stale: they are never drawn around another scenario's lines.
    h.state_mut().doc.scenario.capital.subscribed = 80.0;
    let app = h.state();
    assert!(app.studies.runner.bands_for(&app.doc.scenario).is_none());
    // While the scenario changes every frame (a slider drag) no study starts.
    for step in 0..5 {
        h.state_mut().doc.scenario.capital.subscribed = 60.0 + f64::from(step);
        h.run_ok();
        assert!(
            h.state().studies.runner.status().is_empty(),
            "a study started mid-drag"
        );
        // …and nothing of the earlier scenario's runs is left to show (the Uncertainty view
        // reads the progress directly).
        assert!(h.state().studies.runner.progress().bands.is_none());
    }
    // New runs start once the edit has settled, and then give bands of the new scenario.
    run_until(&mut h, |app| {
        app.studies.runner.bands_for(&app.doc.scenario).is_some()
    });
    // The switch takes them off.
    h.get_by_label("Uncertainty bands").click();
    h.run_ok();
    h.run_ok();
    assert!(h.state().prefs.hide_bands);
    assert!(
        h.query_by_label("Loans outstanding: P5–P95, P25–P75")
            .is_none()
    );
}

#[test]
fn the_sectors_legend_lists_every_sector_beside_the_chart_top_of_the_stack_first() {
    let mut h = harness(app_with(vec![]));
    h.state_mut().prefs.view = View::Sectors;
    h.run_ok();
    // The stack is built in the model's sector order, bottom first: the legend reads top first.
    let p = &h.state().doc.projection;
    let drawn: Vec<String> = Sector::ALL
        .into_iter()
        .filter(|k| {
            (0..p.years()).any(|t| {
                Country::ALL
                    .into_iter()
                    .any(|c| p.bank_flows.approvals.cell(t, c, *k) != 0.0)
            })
        })
        .map(|k| k.name())
        .rev()
        .collect();
    assert!(drawn.len() >= 8, "{drawn:?}");
    let tops: Vec<f64> = drawn
        .iter()
        .map(|name| f64::from(rect_of(&h, name).min.y))
        .collect();
    assert!(
        tops.windows(2).all(|w| w[0] < w[1]),
        "legend entries in stack order, top first: {drawn:?} at {tops:?}"
    );
    // Beside the plot, not over it: every entry is right of the plot area's right edge.
    let plot_right = rect_of(&h, "Bank approvals by sector").max.x;
    for name in &drawn {
        let entry = rect_of(&h, name);
        assert!(entry.min.x > plot_right * 0.6, "{name} at {entry:?}");
    }
    // A click hides a sector and a second shows it again.
    h.get_by_label(&drawn[0]).click();
    h.run_ok();
    assert!(
        h.query_by_label(&drawn[0]).is_some(),
        "the entry stays, struck through"
    );
}

#[test]
fn goal_seek_applies_its_answer_as_one_undoable_edit() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.state_mut().prefs.view = View::Sensitivity;
        run_until(&mut h, |app| app.studies.sensitivity.result.is_some());
        h.get_by_label(&tr("goal-solve")).click();
        run_until(&mut h, |app| app.studies.goal.answer.is_some());
        h.run_ok();
        h.get_by_label(&tr("goal-apply")).click();
        h.run_ok();
        h.run_ok();
        assert!(
            h.query_by_label_contains(&tr("goal-applied-notice"))
                .is_some(),
            "applying does not read as a failure"
        );
        assert!(h.query_by_label_contains(&tr("goal-stale")).is_none());
        let applied = h.state().doc.scenario.capital.subscribed;
        assert!(
            applied > 50.0,
            "more capital postpones the binding year: {applied}"
        );
        h.state_mut().doc.undo();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0);
    });
}

/// The window on a scenario file, as `sco-explorer FILE` opens it.
fn app_on_file(path: &std::path::Path) -> ExplorerApp {
    let loaded = sco_explorer::file::load(path).expect("the scenario itself is valid");
    ExplorerApp::new(
        Document::opened(loaded.scenario, path.to_owned()),
        prefs(),
        Box::new(ScriptedPicker {
            answers: VecDeque::new(),
            asked: Vec::new(),
        }),
        None,
    )
}

#[test]
fn a_scenario_that_pins_dev_zero_opens_and_draws_and_says_the_reference_is_not_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, "(meta: (reference: Some(File(\"/dev/zero\"))))").unwrap();
    let mut h = harness(app_on_file(&path));
    // The window is drawn, and nothing is read before the user has seen where the name points.
    assert!(
        h.query_by_label_contains("outside its own folder")
            .is_some()
    );
    assert_eq!(
        h.state().reference_offer(),
        Some(std::path::Path::new("/dev/zero"))
    );
    assert!(h.query_by_label("/dev/zero").is_some(), "the path is shown");
    h.get_by_label(&tr("dialog-pin-it")).click();
    run_until(&mut h, |app| !app.is_loading_reference());
    assert!(h.state().studies.pinned.is_none());
    let notice = h.state().notice_text().unwrap().to_owned();
    assert!(
        notice.contains(
            "/dev/zero could not be pinned: cannot read it: it is a device, not a regular file"
        ),
        "{notice}"
    );
    // The scenario itself is open and untouched.
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
    assert!(!h.state().doc.is_modified());
}

#[cfg(unix)]
#[test]
fn a_reference_to_a_pipe_beside_the_file_never_blocks_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    common::make_fifo(&fifo);
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, "(meta: (reference: Some(File(\"pipe.ron\"))))").unwrap();
    // Inside the file's folder: followed without asking, in the background.
    let mut h = harness(app_on_file(&path));
    assert!(h.state().reference_offer().is_none());
    run_until(&mut h, |app| !app.is_loading_reference());
    let notice = h.state().notice_text().unwrap().to_owned();
    assert!(
        notice.contains("it is a named pipe (FIFO), not a regular file"),
        "{notice}"
    );
    assert!(h.state().studies.pinned.is_none());
}

#[test]
fn a_reference_that_is_not_a_scenario_is_refused_without_showing_what_is_in_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("keys.ron"),
        "(password: \"hunter2\", api_key: \"sk-secret\")",
    )
    .unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, "(meta: (reference: Some(File(\"keys.ron\"))))").unwrap();
    let mut h = harness(app_on_file(&path));
    run_until(&mut h, |app| !app.is_loading_reference());
    let notice = h.state().notice_text().unwrap().to_owned();
    assert!(
        notice.contains("could not be pinned: it is not a ") && notice.contains("line 1, column 2"),
        "{notice}"
    );
    for secret in ["hunter2", "password", "sk-secret", "api_key"] {
        assert!(!notice.contains(secret), "{notice}");
        assert!(h.query_by_label_contains(secret).is_none());
    }
    assert!(
        h.state().load_errors().is_none(),
        "no dialog quotes the file"
    );
}

#[test]
fn a_title_or_file_name_with_control_characters_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil\nname.ron");
    std::fs::write(
        &path,
        "(meta: (title: \"Plan\\u{1b}[2J\\u{202E}cod\"), projects: [(name: \"Line\\nbreak\", amount: 49.0, year: 2050)], capital: (subscribed: 5.0))",
    )
    .unwrap();
    let h = harness(app_on_file(&path));
    let title = h.state().window_title();
    assert!(title.starts_with("evil\\nname.ron"), "{title}");
    assert!(!title.chars().any(sco_explorer::text::is_unsafe));
    assert!(
        h.query_by_label_contains("Line\\nbreak").is_some(),
        "the guardrail line names it escaped"
    );
}

#[test]
fn exact_entry_commits_on_enter_only_and_undoes_in_one_step() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::SpinButton, &subscribed())
            .click();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_ok();
        // 75 bn in the reader's unit: "75", or "750" (亿) in Chinese.
        let typed = format!("{}", 75.0 * money());
        for digit in typed.chars().map(String::from) {
            h.get_by_role_and_label(Role::SpinButton, &subscribed())
                .type_text(&digit);
            h.run_ok();
            assert_eq!(
                h.state().doc.scenario.capital.subscribed,
                50.0,
                "nothing is recomputed while typing"
            );
        }
        h.key_press(egui::Key::Enter);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 75.0);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario.capital.subscribed,
            50.0,
            "one undo takes the whole entry back"
        );
        assert!(!h.state().doc.can_undo());

        // Escape cancels an entry.
        h.get_by_role_and_label(Role::SpinButton, &subscribed())
            .click();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_ok();
        h.get_by_role_and_label(Role::SpinButton, &subscribed())
            .type_text("9");
        h.run_ok();
        h.key_press(egui::Key::Escape);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.capital.subscribed, 50.0);
    });
}

/// The screen rectangle of the first node whose label contains `text`.
fn rect_of(h: &Harness<'static, ExplorerApp>, text: &str) -> egui::Rect {
    let node = h.get_by_label_contains(text);
    let b = node.accesskit_node().bounding_box().expect("on screen");
    egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

#[test]
fn a_notice_never_covers_the_guardrail_line_and_the_file_state_agrees_with_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stress.ron");
    std::fs::write(&path, sco_explorer::presets::preset("stress").unwrap().text).unwrap();
    let mut h = harness(app_with(vec![Picked::Path(path)]));
    assert_eq!(h.state().file_state(), "Not saved to a file yet");
    assert!(h.state().window_title().contains("(not saved)"));
    assert!(
        h.query_by_label(&tr("file-state-saved")).is_none(),
        "a fresh baseline does not say Saved"
    );
    open_through_the_menu(&mut h);
    let guardrail = rect_of(&h, "The lending limit binds");
    let notice = rect_of(&h, "Opened");
    let state = rect_of(&h, "Saved");
    assert!(
        !guardrail.intersects(notice) && !guardrail.intersects(state) && !notice.intersects(state),
        "guardrails {guardrail:?}, notice {notice:?}, file state {state:?}"
    );
    assert!(
        notice.min.y >= guardrail.max.y - 1.0,
        "the notice has a line of its own"
    );
}

#[test]
fn a_failed_save_explains_itself_in_a_dialog_and_keeps_the_changes() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let nowhere = dir.path().join("no/such/folder/mine.ron");
        let mut h = harness(app_with(vec![Picked::Path(nowhere)]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(90.0 * money());
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
        h.run_ok();
        choose_the_file(&mut h);
        let reason = h
            .state()
            .save_error()
            .expect("a dialog says why")
            .to_owned();
        assert!(reason.contains("no/such/folder"), "{reason}");
        assert!(h.query_by_label(&tr("dialog-save-failed-title")).is_some());
        assert_eq!(h.state().doc.scenario.capital.subscribed, 90.0);
        assert!(h.state().doc.is_modified());
        assert_eq!(h.state().file_state(), tr("file-state-unsaved"));
        h.get_by_label(&tr("button-close")).click();
        h.run_ok();
        assert!(h.state().save_error().is_none());
    });
}

#[test]
fn properties_edit_the_files_title_in_one_undoable_step_and_round_trip_through_a_save() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bigger.ron");
        let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
        h.get_by_label(&tr("menu-file")).click();
        h.run_ok();
        h.get_by_label(&tr("menu-properties")).click();
        h.run_ok();
        let title_label = tr("properties-field-title");
        let title = h.get_by_role_and_label(Role::TextInput, &title_label);
        title.focus();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_role_and_label(Role::TextInput, &tr("properties-field-title"))
            .type_text("A $100bn bank");
        h.run_ok();
        h.get_by_role_and_label(Role::TextInput, &tr("properties-author"))
            .focus();
        h.run_ok();
        h.get_by_role_and_label(Role::TextInput, &tr("properties-author"))
            .type_text("Ministry of Finance");
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario.meta.title,
            "Baseline",
            "nothing changes before OK"
        );
        h.get_by_label(&tr("button-ok")).click();
        h.run_ok();
        assert_eq!(h.state().doc.scenario.meta.title, "A $100bn bank");
        assert!(
            h.state()
                .window_title()
                .starts_with(&t!("document-not-saved", title = "A $100bn bank"))
        );
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::S,
        );
        h.run_ok();
        choose_the_file(&mut h);
        let saved = sco_explorer::file::load(&path).unwrap().scenario.meta;
        assert_eq!(saved.title, "A $100bn bank");
        assert!(
            saved.author.ends_with("Ministry of Finance"),
            "{}",
            saved.author
        );
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario.meta.title,
            "Baseline",
            "one undo takes the properties back"
        );
    });
}

#[test]
fn a_search_that_matches_nothing_says_so() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::TextInput, &tr("panel-find"))
            .focus();
        h.run_ok();
        h.get_by_role_and_label(Role::TextInput, &tr("panel-find"))
            .type_text("zzqx");
        h.run_ok();
        assert!(
            h.query_by_label_contains(&t!("panel-no-match", filter = "zzqx"))
                .is_some()
        );
    });
}

/// Clicks the one PNG button on screen and returns the picture made for it and the file name
/// the save dialog suggests (the frame after the click asks where to save it).
fn ask_for_png(h: &mut Harness<'static, ExplorerApp>) -> (egui::ColorImage, String) {
    h.get_by_label(&tr("chart-png")).click();
    h.step();
    match h.state().chart_export() {
        Some(sco_explorer::ui::chart_export::Export::Naming(image, name)) => {
            (image.clone(), name.clone())
        }
        other => panic!("the picture is made and a file name asked for: {other:?}"),
    }
}

#[test]
fn a_chart_saved_as_png_is_drawn_at_print_resolution_on_a_white_page_whatever_the_theme() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sectors");
    let mut h = harness(app_with(vec![
        Picked::Path(path.clone()),
        Picked::Path(path.clone()),
    ]));
    h.state_mut().prefs.view = View::Sectors;
    h.state_mut().prefs.dark = Some(true);
    h.run_ok();
    // The chart's SVG, for its size.
    h.get_by_label(&tr("chart-svg")).click();
    h.run_ok();
    let svg = std::fs::read_to_string(path.with_extension("svg")).expect("the SVG is written");
    let size = |attribute: &str| -> f32 {
        let at = svg.find(&format!("{attribute}=\"")).expect(attribute) + attribute.len() + 2;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    };
    let (svg_w, svg_h) = (size("width"), size("height"));

    h.get_by_label(&tr("chart-png")).click();
    h.run_ok();
    let written = path.with_extension("png");
    let decoded = image::open(&written).expect("a decodable PNG").to_rgba8();
    let (w, ht) = decoded.dimensions();
    assert!(
        w >= 1600 && w as f32 >= 2.0 * svg_w - 1.0,
        "{w} px for a {svg_w} pt chart"
    );
    assert!(
        ((ht as f32 / w as f32) - svg_h / svg_w).abs() < 0.01,
        "in proportion: {w} × {ht} for {svg_w} × {svg_h}"
    );
    // The page is white in the dark theme too, and the chart's ink is on it.
    assert_eq!(decoded.get_pixel(1, 1).0, [255, 255, 255, 255]);
    let inked = decoded.pixels().filter(|p| p.0[0] < 128).count();
    assert!(inked > 10_000, "{inked} dark pixels");
    assert!(
        h.state()
            .notice_text()
            .unwrap()
            .starts_with("Saved the chart to")
    );
}

#[test]
fn the_data_view_speaks_in_words_and_keeps_the_years_in_view() {
    let mut h = harness(app_with(vec![]));
    h.state_mut().prefs.view = View::Data;
    h.run_ok();
    for heading in [
        "Year",
        "Paid-in capital",
        "Loans outstanding",
        "Capital ratio (%)",
    ] {
        assert!(h.query_by_label(heading).is_some(), "no column {heading}");
    }
    assert!(h.query_by_label("paid_in").is_none(), "no raw field names");
    // The years sit in a column of their own, left of the values that scroll sideways.
    let year = rect_of(&h, "2035");
    let first_value = rect_of(&h, "Paid-in capital");
    assert!(year.max.x <= first_value.min.x, "{year:?} {first_value:?}");
}

#[test]
fn an_edit_in_the_uncertainty_view_comes_back_as_one_undoable_step() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.state_mut().prefs.view = View::Uncertainty;
        h.run_ok();
        let before = h.state().doc.scenario.uncertainty.runs;
        h.get_by_role_and_label(Role::SpinButton, &tr("unc-runs"))
            .click();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run_ok();
        h.get_by_role_and_label(Role::SpinButton, &tr("unc-runs"))
            .type_text("800");
        h.run_ok();
        h.key_press(egui::Key::Enter);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.uncertainty.runs, 800);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(h.state().doc.scenario.uncertainty.runs, before);
        assert!(!h.state().doc.can_undo());
    });
}

#[test]
fn the_net_positions_and_the_tornado_have_their_legend_beside_them_and_export_as_pictures() {
    let mut h = harness(app_with(vec![]));
    h.state_mut().prefs.view = View::Countries;
    h.run_ok();
    assert_eq!(
        h.query_all_by_label("PNG").count(),
        2,
        "the stacked chart and the net positions"
    );
    let plot_right = rect_of(&h, "Net position over the horizon").max.x;
    for entry in ["Paid in (left of zero)", "Received"] {
        let at = rect_of(&h, entry);
        assert!(at.min.x > plot_right * 0.6, "{entry} at {at:?}");
    }

    h.state_mut().prefs.view = View::Sensitivity;
    run_until(&mut h, |app| app.studies.sensitivity.result.is_some());
    h.run_ok();
    assert!(h.query_by_label(&tr("sens-legend-low")).is_some());
    assert!(h.query_by_label(&tr("sens-legend-high")).is_some());
    let (picture, name) = ask_for_png(&mut h);
    assert!(name.contains("change-from-the-base"), "{name}");
    assert!(picture.size[0] >= 1600, "{:?}", picture.size);
}

#[test]
fn discovery_finds_where_the_floor_binds_early_and_applies_the_box_centre_in_one_step() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.state_mut().doc.scenario.uncertainty.runs = 400;
        h.get_by_role_and_label(Role::Button, &View::Discovery.title())
            .click();
        run_until(&mut h, |app| app.studies.discovery.found());
        h.run_ok();
        // The sentence names the outcome and says how much of it the box covers.
        let outcome = sco_explorer::model::discovery::Condition::parse("first_binding_year < 2035")
            .unwrap()
            .text();
        assert!(
            h.query_all_by_label_contains(&outcome).count() >= 2,
            "the count of runs and the box sentence name {outcome}"
        );
        assert!(h.query_by_label(&tr("disc-trajectory")).is_some());
        // Any pair of assumptions can go on the scatter.
        assert!(h.query_by_label(&tr("disc-scatter-x")).is_some());
        let name = |h: &Harness<'static, ExplorerApp>, j: usize| {
            let path = &h.state().doc.scenario.uncertainty.assumptions[j].path;
            sco_explorer::model::Lever::find(path).map_or_else(|| path.clone(), |l| l.label())
        };
        for (x, y) in [(0, 1), (2, 0)] {
            h.state_mut().studies.discovery.pair = Some((x, y));
            h.run_ok();
            let title = t!("disc-scatter", x = name(&h, x), y = name(&h, y));
            assert!(h.query_by_label(&title).is_some(), "{title}");
        }
        let before = h.state().doc.scenario.clone();
        h.get_by_label(&tr("disc-apply-centre")).click();
        h.run_ok();
        assert_ne!(
            h.state().doc.scenario,
            before,
            "the box's centre is applied"
        );
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(h.state().doc.scenario, before, "one undo takes it back");
    });
}

/// The Flows view: the members' paid-in capital reaches the bank, a node's hover says where
/// its money goes, in every language; the period and the measure change the diagram.
#[test]
fn the_flows_view_shows_where_the_money_goes_and_its_nodes_explain_themselves() {
    use sco_explorer::chart::flows::node_name;
    use sco_explorer::model::flows::{Flows, Measure, Node};
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_label(&View::Flows.title()).click();
        h.run_ok();
        let p = h.state().doc.projection.clone();
        let flows = Flows::new(&p, 0, p.years() - 1, Measure::Disbursements).grouped(0.02);
        let china = Node::PaidIn(Country::CHN);
        let name = node_name(china, &flows);
        h.get_by_label(&name).hover();
        h.run_ok();
        let to_bank = flows
            .links
            .iter()
            .find(|l| l.from == china && l.to == Node::Bank)
            .expect("China pays in");
        let line = t!(
            "flows-band-line",
            from = name.clone(),
            to = node_name(Node::Bank, &flows),
            value = num::bn(to_bank.value)
        );
        assert!(
            h.query_by_label_contains(&line).is_some(),
            "the hover names the band {line}"
        );
        // Every sector that receives money is on the diagram.
        for k in Sector::ALL {
            if flows.through(Node::Sector(k)).0 > 0.02 * flows.total() {
                assert!(h.query_by_label(&k.name()).is_some(), "{k:?}");
            }
        }
    });
    let mut h = harness(app_with(vec![]));
    h.state_mut().prefs.view = View::Flows;
    h.state_mut().prefs.flows.period = Some((2, 6));
    h.run_ok();
    let p = &h.state().doc.projection;
    let years = t!(
        "flows-period-years",
        first = p.year(2).to_string(),
        last = p.year(6).to_string()
    );
    assert!(
        h.query_all_by_label(&years).count() >= 1,
        "the period is shown"
    );
    h.get_by_label(&tr("flows-whole-horizon")).click();
    h.run_ok();
    assert_eq!(h.state().prefs.flows.period, None);
    h.get_by_label(&tr("series-approvals")).click();
    h.run_ok();
    assert_eq!(
        h.state().prefs.flows.measure,
        sco_explorer::ui::views::flows::FlowMeasure::Approvals
    );
}

/// The Map view: hovering a country says its value, a click focuses it, and the focus reaches
/// the other views until it is cleared; in every language.
#[test]
fn a_country_clicked_on_the_map_is_focused_in_the_other_views_until_cleared() {
    use sco_explorer::chart::map::{self, Fit, MapMeasure};
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_label(&View::Map.title()).click();
        h.run_ok();
        let map_rect = rect_of(&h, &t!("map-figure"));
        let fit = Fit::for_map(map_rect);
        let [lon, lat] = sco_explorer::chart::geography::capital(Country::KAZ);
        let astana = fit.lon_lat(sco_explorer::chart::geography::atlas(), lon, lat);
        h.hover_at(astana);
        h.run_ok();
        h.run_ok();
        let (s, p) = (&h.state().doc.scenario, &h.state().doc.projection);
        let n = p.years() - 1;
        let received = map::values(s, p, MapMeasure::Received, 0, n)[Country::KAZ.index()]
            .expect("Kazakhstan takes part");
        let line = t!(
            "map-hover",
            country = Country::KAZ.name(),
            value = MapMeasure::Received.format(received),
            period = t!(
                "flows-period-years",
                first = p.year(0).to_string(),
                last = p.year(n).to_string()
            )
        );
        assert!(
            h.query_by_label_contains(&line).is_some(),
            "the hover says {line}"
        );
        assert!(h.query_by_label_contains(&t!("map-click-hint")).is_some());
        // A click: pressed and released where the pointer is, the pointer staying there.
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: astana,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        h.run_ok();
        assert_eq!(h.state().focus, Some(Country::KAZ));
        // Another view shows the focus, and a click clears it.
        h.get_all_by_label(&View::Countries.title())
            .next()
            .expect("a tab")
            .click();
        h.run_ok();
        let focus = t!("focus-showing", country = Country::KAZ.name());
        assert!(h.query_by_label(&focus).is_some(), "{focus}");
        h.get_by_label(&tr("focus-clear")).click();
        h.run_ok();
        assert_eq!(h.state().focus, None);
        assert!(h.query_by_label(&focus).is_none());
    });
}

#[test]
fn a_chart_saved_as_svg_is_the_chart_as_the_window_shows_it_in_every_language() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sectors");
        let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
        h.state_mut().prefs.view = View::Sectors;
        h.run_ok();
        // Switch a sector off in the legend: the file leaves it out, as the window does.
        let energy = Sector::Energy.name();
        h.get_by_role_and_label(Role::Button, &energy).click();
        h.run_ok();
        h.get_by_label(&tr("chart-svg")).click();
        h.run_ok();
        let written = path.with_extension("svg");
        let svg = std::fs::read_to_string(&written).expect("the SVG is written");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        let title = t!(
            "chart-measure-by-sector",
            measure = sco_explorer::ui::views::Measure::default().title()
        );
        let escaped = sco_explorer::chart::svg::escape(&title);
        assert!(
            svg.contains(&format!("<title>{escaped}</title>")),
            "{title}"
        );
        assert!(svg.contains(&t!("unit-money-axis")));
        let transport = Sector::Transport.name();
        assert!(svg.contains(&format!(">{transport}<")));
        assert!(!svg.contains(&format!(">{energy}<")), "switched off");
        assert!(
            h.state()
                .notice_text()
                .is_some_and(|n| n.contains(&written.display().to_string()))
        );
    });
}

#[test]
fn export_brief_waits_for_the_study_and_writes_one_html_file_in_the_windows_language() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("memo");
        let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
        h.state_mut().doc.scenario.uncertainty.runs = 200;
        h.run_ok();
        h.get_by_label(&tr("menu-file")).click();
        h.run_ok();
        h.get_by_label(&tr("menu-export-brief")).click();
        let written = path.with_extension("html");
        run_until(&mut h, |_| written.exists());
        let html = std::fs::read_to_string(&written).unwrap();
        let lang = i18n::thread_language().unwrap_or(Lang::En);
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(html.contains("id=\"uncertainty\""), "the study is in it");
        assert!(html.contains(&t!("unc-done", runs = 200, seed = "2027")));
        let ron = sco_explorer::brief::embedded_scenario(&html).unwrap();
        let back = sco_explorer::file::read(&ron, "brief").unwrap().scenario;
        assert_eq!(back, h.state().doc.scenario);
        assert_eq!(
            h.state().notice_text(),
            Some(t!("notice-wrote-brief", path = written.display().to_string()).as_str())
        );
    });
}

#[test]
fn export_workbook_waits_for_the_study_and_writes_an_excel_file_in_the_windows_language() {
    use calamine::{Reader, Xlsx};
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tables");
        let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
        h.state_mut().doc.scenario.uncertainty.runs = 200;
        h.run_ok();
        h.get_by_label(&tr("menu-file")).click();
        h.run_ok();
        h.get_by_label(&tr("menu-export-xlsx")).click();
        let written = path.with_extension("xlsx");
        run_until(&mut h, |_| written.exists());
        let book: Xlsx<_> = calamine::open_workbook(&written).unwrap();
        let names = book.sheet_names();
        assert!(names.contains(&tr("wb-sheet-bank")), "{names:?}");
        assert!(
            names.contains(&tr("wb-sheet-uncertainty")),
            "the study is in it"
        );
        assert!(
            !names.contains(&tr("wb-sheet-compare")),
            "no reference is pinned"
        );
        assert_eq!(
            h.state().notice_text(),
            Some(t!("notice-wrote-xlsx", path = written.display().to_string()).as_str())
        );
    });
}

#[test]
fn the_flows_controls_and_diagram_fit_a_small_window_in_every_language() {
    every_language(|| {
        let mut app = app_with(vec![]);
        app.prefs.view = View::Flows;
        let mut h = Harness::builder()
            .with_size(egui::vec2(1024.0, 700.0))
            .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
        h.run_ok();
        // The period's group wraps onto a row of its own rather than running off the edge
        // (and widening the diagram with it).
        for text in [tr("flows-whole-horizon"), tr("flows-diagram")] {
            let at = rect_of(&h, &text);
            assert!(at.max.x <= 1024.0 + 0.5, "{text} at {at:?}");
        }
    });
}

/// The label painted beside each node of the Flows diagrams on screen, by the node's name.
fn flows_labels(h: &Harness<'static, ExplorerApp>) -> Vec<(String, String)> {
    let mut names: Vec<String> = Sector::ALL.iter().map(|k| k.name()).collect();
    names.extend(Country::ALL.iter().map(|c| c.name()));
    names
        .iter()
        .flat_map(|name| {
            h.query_all_by_label(name).filter_map(|node| {
                let shown = node.accesskit_node().value()?.to_owned();
                Some((name.clone(), shown))
            })
        })
        .collect()
}

#[test]
fn every_sector_and_country_in_flows_is_named_readably_at_1024_by_700_in_every_language() {
    every_language(|| {
        let mut h = harness_at(View::Flows, 1024.0, 700.0);
        for pinned in [false, true] {
            if pinned {
                let ctx = h.ctx.clone();
                h.state_mut().apply(
                    sco_explorer::ui::Command::PinPreset("ndb_equal_shares"),
                    &ctx,
                );
                h.state_mut().prefs.view = View::Compare;
                run_until(&mut h, |app| app.studies.pinned.is_some());
                h.state_mut().prefs.view = View::Flows;
                h.run_ok();
            }
            let labels = flows_labels(&h);
            let sectors = labels
                .iter()
                .filter(|(name, _)| Sector::ALL.iter().any(|k| k.name() == *name))
                .count();
            assert!(
                sectors >= if pinned { 10 } else { 5 },
                "pinned {pinned}: {labels:?}"
            );
            for (name, shown) in &labels {
                // The whole name or its short form, and never cut.
                assert!(
                    !shown.is_empty() && !shown.contains('…'),
                    "pinned {pinned}: {name} is shown as «{shown}»"
                );
            }
        }
        // The note on the reading stays reachable: the view scrolls rather than hide it.
        assert!(h.query_by_label(&tr("flows-note")).is_some());
    });
}

/// A window of `width`×`height` on `view`, in the test thread's language.
fn harness_at(view: View, width: f32, height: f32) -> Harness<'static, ExplorerApp> {
    let mut app = app_with(vec![]);
    app.prefs.view = view;
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    h.run_ok();
    h
}

#[test]
fn the_assumptions_panel_keeps_the_width_it_was_given_in_every_language() {
    every_language(|| {
        // A row wider than the panel (a choice box grew with its text) widened the panel a
        // little on every frame, until the view beside it had a third less room in Russian.
        let mut h = harness_at(View::Uncertainty, 1024.0, 700.0);
        let edge = |h: &Harness<'static, ExplorerApp>| rect_of(h, "Resize panel").min.x;
        let first = edge(&h);
        assert!(first <= 0.38 * 1024.0 + 8.0, "the panel starts at {first}");
        for _ in 0..20 {
            h.step();
        }
        assert_eq!(edge(&h), first, "the panel stays put");
    });
}

#[test]
fn a_wide_tables_names_stay_in_view_in_line_with_their_values() {
    every_language(|| {
        let h = harness_at(View::Data, 1024.0, 700.0);
        let p = &h.state().doc.projection;
        let t = 8;
        let year = rect_of(&h, &p.year(t).to_string());
        let approvals = num::decimal(
            p.bank[t].approvals * num::money_scale(),
            if num::money_scale() > 1.0 { 2 } else { 3 },
        );
        let in_line = h
            .query_all_by_label(&approvals)
            .filter_map(|n| n.accesskit_node().bounding_box())
            .any(|b| ((b.y0 + b.y1) / 2.0 - f64::from(year.center().y)).abs() < 1.0);
        assert!(in_line, "{approvals} beside {year:?}");
        let exactly = |text: &str| {
            let b = h
                .get_by_label(text)
                .accesskit_node()
                .bounding_box()
                .unwrap();
            egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            )
        };
        let heading = exactly(&tr("projects-year"));
        let first_value = exactly(&tr("data-paid-in"));
        assert!(
            heading.max.x <= first_value.min.x,
            "{heading:?} {first_value:?}"
        );
        assert!((heading.center().y - first_value.center().y).abs() < 1.0);
    });
}

#[test]
fn the_study_folds_above_its_results_where_two_columns_do_not_fit() {
    every_language(|| {
        let mut h = harness_at(View::Uncertainty, 1024.0, 700.0);
        h.state_mut().doc.scenario.uncertainty.runs = 300;
        run_until(&mut h, |app| app.studies.runner.progress().finished);
        h.run_ok();
        let s = &h.state().doc.scenario;
        let folded = t!(
            "unc-study-folded",
            count = s.uncertainty.assumptions.len(),
            runs = s.uncertainty.runs
        );
        assert!(h.query_by_label(&folded).is_some(), "{folded}");
        // The results have the whole width: the table's last column is on screen.
        let last = h
            .get_by_label("P95")
            .accesskit_node()
            .bounding_box()
            .unwrap();
        assert!(last.x1 <= 1024.0, "{last:?}");
        let h = harness_at(View::Uncertainty, 1920.0, 1080.0);
        assert!(h.query_by_label(&tr("unc-study")).is_some(), "two columns");
    });
}

#[test]
fn the_flows_diagram_and_the_map_are_saved_as_pictures_in_every_language() {
    every_language(|| {
        for (view, title) in [
            (View::Flows, tr("flows-diagram")),
            (View::Map, String::new()),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("picture");
            let mut h = harness(app_with(vec![Picked::Path(path.clone())]));
            h.state_mut().prefs.view = view;
            h.run_ok();
            h.get_by_label(&tr("chart-svg")).click();
            h.run_ok();
            let svg = std::fs::read_to_string(path.with_extension("svg")).expect("written");
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.contains(&Country::KAZ.name()), "{view:?}");
            assert!(svg.contains(&title), "{view:?}");

            let (picture, name) = ask_for_png(&mut h);
            assert!(name.ends_with(".png"), "{view:?}: {name}");
            assert!(picture.size[0] >= 1600, "{view:?}: {:?}", picture.size);
        }
    });
}

/// The text the window put on the clipboard in the frames it runs now, if any.
fn copied_text(h: &mut Harness<'static, ExplorerApp>) -> Option<String> {
    for _ in 0..6 {
        h.step();
        let copied = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            });
        if copied.is_some() {
            return copied;
        }
    }
    None
}

/// File ▸ Open link…, the link pasted into its field, and Open.
fn open_link_through_the_menu(h: &mut Harness<'static, ExplorerApp>, link: &str) {
    h.get_by_label(&tr("menu-file")).click();
    h.run_ok();
    h.get_by_label(&tr("menu-open-link")).click();
    h.run_ok();
    let label = tr("dialog-link");
    let field = h.get_by_role_and_label(Role::MultilineTextInput, &label);
    assert!(
        field.accesskit_node().is_focused(),
        "the link's field has the keyboard"
    );
    field.type_text(link);
    h.run_ok();
    h.get_by_label(&tr("button-open")).click();
    h.run_ok();
}

#[test]
fn a_copied_link_opens_the_same_scenario_through_open_link() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(75.0 * money());
        h.run_ok();
        let edited = h.state().doc.scenario.clone();
        h.get_by_label(&tr("menu-file")).click();
        h.run_ok();
        h.get_by_label(&tr("menu-copy-link")).click();
        let link = copied_text(&mut h).expect("the link is on the clipboard");
        h.run_ok();
        assert!(link.starts_with(sco_explorer::link::WEB_URL), "{link}");
        assert_eq!(
            h.state().notice_text(),
            Some(
                t!(
                    "notice-link-copied",
                    chars = num::decimal(link.chars().count() as f64, 0),
                    count = link.chars().count()
                )
                .as_str()
            )
        );

        // Other work, unsaved: opening the link asks first, then replaces it.
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(90.0 * money());
        h.run_ok();
        open_link_through_the_menu(&mut h, &link);
        assert!(h.state().is_confirming());
        h.get_by_label(&tr("dialog-discard-changes")).click();
        h.run_ok();
        assert!(h.state().doc.scenario == edited, "the scenario of the link");
        assert_eq!(h.state().doc.path, None, "a link is no file");
        assert!(!h.state().doc.is_modified());
        assert!(
            h.state()
                .window_title()
                .contains(&*sco_explorer::presets::shown(
                    sco_explorer::presets::Field::Title,
                    &edited.meta.title
                )),
            "{}",
            h.state().window_title()
        );
        assert!(h.state().link_error().is_none());
        assert!(
            h.query_by_label(&tr("dialog-open-link-title")).is_none(),
            "the dialog closed"
        );
    });
}

#[test]
fn a_damaged_link_says_so_in_its_dialog_and_keeps_the_open_scenario() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(70.0 * money());
        h.run_ok();
        let before = h.state().doc.scenario.clone();
        let link = sco_explorer::link::link_for(&Scenario::default()).unwrap();
        let cut = &link[..link.len() - 10];
        open_link_through_the_menu(&mut h, cut);
        assert!(
            !h.state().is_confirming(),
            "nothing to discard for a link that does not open"
        );
        let damaged = tr("link-damaged");
        assert_eq!(h.state().link_error(), Some([damaged.clone()].as_slice()));
        assert!(
            h.query_by_label(&damaged).is_some(),
            "the reason is on screen"
        );
        assert_eq!(
            h.state().doc.scenario,
            before,
            "the open scenario is untouched"
        );
        h.get_by_label(&tr("button-cancel")).click();
        h.run_ok();
        assert!(h.query_by_label(&damaged).is_none());
        assert_eq!(h.state().doc.scenario, before);
    });
}

#[test]
fn copying_the_link_of_a_scenario_with_problems_says_why_not() {
    let mut h = harness(app_with(vec![]));
    let mut invalid = h.state().doc.scenario.clone();
    invalid.terms.grace = invalid.terms.tenor + 2;
    h.state_mut().doc.scenario = invalid;
    h.run_ok();
    h.get_by_label(&tr("menu-file")).click();
    h.run_ok();
    h.get_by_label(&tr("menu-copy-link")).click();
    assert_eq!(copied_text(&mut h), None, "nothing copied");
    h.run_ok();
    let notice = h.state().notice_text().unwrap_or_default().to_owned();
    assert!(notice.starts_with("No link was made"), "{notice}");
    assert!(notice.contains("terms.grace"), "{notice}");
}

/// An edited preset is no longer the preset: its title says so, it has no author and does not
/// ask the preset's question over results that no longer answer it; Save As offers the title
/// to change, and Compare never names the two alike.
#[test]
fn an_edited_preset_is_saved_under_its_own_title_and_compared_under_another_name() {
    every_language(|| {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("bigger.ron");
        let mut h = harness(app_with(vec![Picked::Path(target.clone())]));
        let preset = sco_explorer::presets::preset("baseline").unwrap();
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(100.0 * money());
        h.run_ok();
        let edited = t!("preset-edited-title", title = preset.title());
        assert_eq!(h.state().doc.scenario.meta.title, edited);
        assert!(
            h.state().window_title().contains(&edited),
            "{}",
            h.state().window_title()
        );
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::S,
        );
        h.run_ok();
        // The dialog offers the title to change before the file is chosen.
        let title_label = tr("properties-field-title");
        let title = h.get_by_role_and_label(Role::TextInput, &title_label);
        assert_eq!(title.value().as_deref(), Some(edited.as_str()));
        title.focus();
        h.run_ok();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_role_and_label(Role::TextInput, &tr("properties-field-title"))
            .type_text("Capital 100");
        h.run_ok();
        choose_the_file(&mut h);
        let saved = sco_explorer::file::load(&target).expect("saved").scenario;
        assert_eq!(saved.capital.subscribed, 100.0);
        assert_eq!(saved.meta.title, "Capital 100");
        assert_eq!(saved.meta.author, "", "not the presets' author");
        assert_eq!(saved.meta.description, "", "not the preset's question");
        assert!(
            saved.meta.notes.contains(&preset.question()),
            "{}",
            saved.meta.notes
        );
        // Compared with the baseline, the two have different names.
        let ctx = h.ctx.clone();
        h.state_mut()
            .apply(sco_explorer::ui::Command::PinPreset("baseline"), &ctx);
        h.state_mut().prefs.view = View::Compare;
        run_until(&mut h, |app| app.studies.pinned.is_some());
        let header = t!(
            "compare-header",
            current = "Capital 100",
            reference = preset.title(),
            source = t!("reference-preset", id = preset.title())
        );
        assert!(h.query_by_label(&header).is_some(), "no «{header}»");
    });
}

#[test]
fn escape_and_enter_answer_the_windows_that_ask_or_tell_in_every_language() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        let ctx = h.ctx.clone();
        // Escape cancels Properties and keeps the scenario as it was.
        h.state_mut()
            .apply(sco_explorer::ui::Command::Properties, &ctx);
        h.run_ok();
        assert!(h.query_by_label(&tr("properties-title")).is_some());
        h.key_press(egui::Key::Escape);
        h.run_ok();
        assert!(h.query_by_label(&tr("properties-title")).is_none());
        assert!(!h.state().doc.is_modified());
        // A message that a file could not be opened closes with Enter, and with Escape.
        for key in [egui::Key::Enter, egui::Key::Escape] {
            h.state_mut()
                .show_load_errors("bad.ron".into(), vec!["bad.ron:1:1: expected `(`".into()]);
            h.run_ok();
            assert!(h.state().load_errors().is_some());
            h.key_press(key);
            h.run_ok();
            assert!(h.state().load_errors().is_none(), "{key:?} closes it");
        }
    });
}

#[test]
fn an_arrow_key_moves_a_slider_by_its_step_at_every_press() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.get_by_role_and_label(Role::Slider, &subscribed()).focus();
        h.run_ok();
        let start = h.state().doc.scenario.capital.subscribed;
        // The rail spans US$ 5–200 bn (in Chinese 50–2,000 亿): a step of 2 units shown.
        let step =
            sco_explorer::ui::assumptions::slider_step((200.0 - 5.0) * money(), false) / money();
        assert!(step > 0.0);
        let mut seen = vec![start];
        for _ in 0..3 {
            h.key_press(egui::Key::ArrowRight);
            h.run_ok();
            seen.push(h.state().doc.scenario.capital.subscribed);
        }
        for pair in seen.windows(2) {
            assert!(
                (pair[1] - pair[0] - step).abs() < 1e-9,
                "every press moves by {step}: {seen:?}"
            );
        }
        h.key_press(egui::Key::ArrowLeft);
        h.run_ok();
        assert!((h.state().doc.scenario.capital.subscribed - (start + 2.0 * step)).abs() < 1e-9);
    });
}

#[test]
fn reset_all_brings_every_assumption_back_in_one_undoable_step_and_an_edited_preset_its_words() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        let opened = h.state().doc.scenario.clone();
        assert!(
            h.get_by_label(&tr("panel-reset-all"))
                .accesskit_node()
                .is_disabled()
        );
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(100.0 * money());
        h.run_ok();
        h.state_mut().doc.scenario.risk.pd_multiplier = 2.0;
        h.run_ok();
        let edited = h.state().doc.scenario.clone();
        assert_ne!(
            edited.meta.title, opened.meta.title,
            "the edit renamed the preset"
        );
        h.get_by_label(&tr("panel-reset-all")).click();
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario,
            opened,
            "assumptions and words as opened"
        );
        assert!(!h.state().doc.is_modified());
        assert_eq!(
            h.state().notice_text(),
            Some(tr("notice-reset-all").as_str())
        );
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_ok();
        assert_eq!(
            h.state().doc.scenario,
            edited,
            "one undo takes the reset back"
        );
        // The notice says what the reset did, and leaves with the next edit.
        h.get_by_label(&tr("panel-reset-all")).click();
        h.run_ok();
        assert!(h.state().notice_text().is_some());
        h.get_by_role_and_label(Role::Slider, &subscribed())
            .set_value_accesskit(60.0 * money());
        h.run_ok();
        assert_eq!(h.state().notice_text(), None);
    });
}

#[test]
fn the_sensitivity_controls_wrap_whole_and_stay_on_screen_at_1024_by_700_in_every_language() {
    every_language(|| {
        let mut h = harness_at(View::Sensitivity, 1024.0, 700.0);
        run_until(&mut h, |app| app.studies.sensitivity.result.is_some());
        h.run_ok();
        for text in [tr("sens-move"), tr("sens-to-ends"), tr("sens-by-20")] {
            let at = rect_of(&h, &text);
            assert!(at.max.x <= 1024.0 + 0.5, "{text} at {at:?}");
        }
        // The choice stays on its name's row.
        let name = rect_of(&h, &tr("sens-move"));
        let choice = rect_of(&h, &tr("sens-by-20"));
        assert!(
            (name.center().y - choice.center().y).abs() < 4.0,
            "{name:?} {choice:?}"
        );
    });
}

#[test]
fn compare_explains_the_difference_in_the_background_and_again_after_an_edit() {
    every_language(|| {
        let mut h = harness(app_with(vec![]));
        h.state_mut().prefs.view = View::Compare;
        h.run_ok();
        h.get_by_label(&tr("pin-snapshot")).click();
        h.run_ok();
        // Nothing differs yet: nothing to explain.
        run_until(&mut h, |app| !app.studies.explain.busy());
        h.run_ok();
        assert!(h.query_by_label(&tr("explain-same")).is_some());
        h.state_mut().doc.scenario.capital.subscribed = 80.0;
        h.state_mut().doc.scenario.demand.growth = 0.5;
        let explained = |app: &ExplorerApp| {
            let pinned = app.studies.pinned.as_ref().map(|p| &p.scenario);
            pinned.is_some_and(|r| {
                app.studies
                    .explain
                    .explanation_of(r, &app.doc.scenario)
                    .is_some()
            })
        };
        run_until(&mut h, explained);
        h.run_ok();
        // The split and the waterfall's heading are on screen.
        assert!(h.query_by_label(&tr("explain-row-world")).is_some());
        assert!(h.query_by_label(&tr("explain-row-choices")).is_some());
        let app = h.state();
        let reference = app.studies.pinned.as_ref().unwrap().scenario.clone();
        let e = app
            .studies
            .explain
            .explanation_of(&reference, &app.doc.scenario)
            .unwrap();
        assert_eq!(e.parts.len(), 2);
        let heading = sco_explorer::explanation::heading(e);
        assert!(h.query_by_label(&heading).is_some(), "{heading}");
        let sum: f64 = e.parts.iter().map(|p| p.value[0]).sum();
        assert!((sum - e.change()[0]).abs() < 1e-9 * e.current[0]);
        // Another edit: the explanation is worked out again, of the new scenario.
        h.state_mut().doc.scenario.capital.paid_in_ratio = 0.3;
        h.run_ok();
        run_until(&mut h, explained);
        let app = h.state();
        let e = app
            .studies
            .explain
            .explanation_of(&reference, &app.doc.scenario)
            .unwrap();
        assert_eq!(e.parts.len(), 3);
    });
}
