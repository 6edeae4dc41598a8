//! Two windows of one user, one data folder: each keeps its own recovery copy, and a window
//! offers only the copy of a window that is gone. The live window is a second process (this
//! test binary, started again as a window that keeps a copy and waits), so that its lock is
//! held as a real window holds it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sco_explorer::model::Scenario;
use sco_explorer::ui::document::Document;
use sco_explorer::ui::recovery::{Copy, Keeper};

/// Set for the second process: the folder its window keeps its copy in.
const WINDOW_DIR: &str = "SCO_TEST_RECOVERY_WINDOW";

fn titled(title: &str, subscribed: f64) -> Scenario {
    let mut s = Scenario::default();
    s.meta.title = title.into();
    s.capital.subscribed = subscribed;
    s
}

/// The live window: keeps a copy of unsaved work ("Live", 120 bn), then waits to be killed.
/// Does nothing when run as an ordinary test.
#[test]
fn a_window_that_keeps_a_copy_and_waits() {
    let Some(dir) = std::env::var_os(WINDOW_DIR) else {
        return;
    };
    let mut keeper = Keeper::new(Path::new(&dir));
    keeper.keep(&Document::recovered(titled("Live", 120.0), None));
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Starts the live window in its own process and waits for its copy.
fn live_window(dir: &Path) -> Child {
    let child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_window_that_keeps_a_copy_and_waits",
            "--nocapture",
        ])
        .env(WINDOW_DIR, dir)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !dir.join("recovery.ron").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no copy from the live window"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

/// A copy left by a window that was killed: the copy and its lock file, which no one holds.
fn dead_window(dir: &Path, slot: u32) -> PathBuf {
    let copy = Copy {
        path: None,
        scenario: titled("Dead", 90.0),
    };
    let text = ron::ser::to_string(&copy).unwrap();
    let path = dir.join(format!("recovery-{slot}.ron"));
    std::fs::write(&path, text).unwrap();
    std::fs::write(dir.join(format!("recovery-{slot}.lock")), "").unwrap();
    path
}

#[test]
fn a_live_windows_copy_is_not_offered_and_a_gone_windows_copy_is() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("recovery");
    std::fs::create_dir(&dir).unwrap();
    let mut live = live_window(&dir);
    let dead = dead_window(&dir, 1);

    // A new window offers the dead window's copy, not the live one's (which sits first).
    let offered = Copy::find(&dir).expect("the gone window's copy is offered");
    assert_eq!(offered.scenario.meta.title, "Dead");

    // "Discard it" removes the dead window's copy only.
    let mut keeper = Keeper::new(&dir);
    keeper.remove();
    drop(keeper); // joins the writer
    assert!(!dead.exists(), "the declined copy is gone");
    assert!(
        dir.join("recovery.ron").exists(),
        "the live window's copy stays"
    );
    assert!(
        Copy::find(&dir).is_none(),
        "nothing else to offer while the window lives"
    );

    // The live window is killed (SIGKILL: nothing cleaned up); its copy is offered now, with
    // the last edit.
    live.kill().unwrap();
    live.wait().unwrap();
    let offered = Copy::find(&dir).expect("the killed window's copy is offered");
    assert_eq!(offered.scenario.meta.title, "Live");
    assert_eq!(offered.scenario.capital.subscribed, 120.0);
}

#[test]
fn a_copy_an_earlier_version_left_is_offered_and_a_new_window_writes_beside_a_waiting_copy() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("recovery");
    std::fs::create_dir(&dir).unwrap();
    // An earlier version's single copy: `recovery.ron`, no lock file.
    let copy = Copy {
        path: None,
        scenario: titled("Old version", 80.0),
    };
    std::fs::write(
        dir.join("recovery.ron"),
        ron::ser::to_string(&copy).unwrap(),
    )
    .unwrap();
    let offered = Copy::find(&dir).expect("offered as before");
    assert_eq!(offered.scenario.meta.title, "Old version");

    // Another window started meanwhile keeps its own copy beside it and leaves the offered one
    // alone (this process holds it until the user decides).
    let mut live = {
        // The live window in its own process, in the same folder.
        let child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "a_window_that_keeps_a_copy_and_waits",
                "--nocapture",
            ])
            .env(WINDOW_DIR, &dir)
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !dir.join("recovery-1.ron").exists() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no copy from the window"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        child
    };
    let kept: Copy =
        ron::from_str(&std::fs::read_to_string(dir.join("recovery.ron")).unwrap()).unwrap();
    assert_eq!(
        kept.scenario.meta.title, "Old version",
        "the offered copy is untouched"
    );
    live.kill().unwrap();
    live.wait().unwrap();
}
