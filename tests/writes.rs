//! Files and folders that tell the truth: a command that writes a set of files writes all of
//! them or none, leaves no temporary file or empty folder behind when it fails, and says what
//! happened; `check` says how many problems it did not print; a brief shows a title's control
//! characters escaped, as the terminal does.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

const SCO: &str = env!("CARGO_BIN_EXE_sco-explorer");

fn sco(args: &[&str]) -> Output {
    Command::new(SCO)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every entry of a folder, hidden ones too, with a file's bytes (`None` for a folder).
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = e
                .file_type()
                .unwrap()
                .is_file()
                .then(|| std::fs::read(e.path()).unwrap());
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

#[test]
fn run_with_samples_where_samples_csv_is_a_folder_changes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_arg = out.to_str().unwrap();
    assert!(
        sco(&["run", "--out", out_arg, "--runs", "100"])
            .status
            .success()
    );
    std::fs::create_dir(out.join("samples.csv")).unwrap();
    let before = snapshot(&out);
    assert_eq!(
        before.len(),
        8,
        "seven tables and the folder: {:?}",
        before.keys()
    );

    // Another scenario, so that new tables would differ from the old ones.
    let result = sco(&[
        "run",
        "scenarios/stress.ron",
        "--out",
        out_arg,
        "--runs",
        "100",
        "--samples",
    ]);
    assert_eq!(result.status.code(), Some(1));
    let stderr = text(&result.stderr);
    assert!(stderr.contains("samples.csv"), "{stderr}");
    assert!(stderr.contains("it is a folder"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(
        !text(&result.stdout).contains("Wrote"),
        "nothing is said to be written"
    );
    assert_eq!(
        snapshot(&out),
        before,
        "every old table byte for byte, no temporary file"
    );
}

#[test]
fn run_with_samples_writes_the_samples_with_the_tables() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a/b/out");
    let result = sco(&[
        "run",
        "--out",
        out.to_str().unwrap(),
        "--runs",
        "100",
        "--samples",
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let written = snapshot(&out);
    let names: Vec<&str> = written.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "bank.csv",
            "countries.csv",
            "flows.csv",
            "fund.csv",
            "percentiles.csv",
            "probabilities.csv",
            "samples.csv",
            "sankey.csv"
        ]
    );
    assert!(text(&result.stdout).contains("samples.csv"));
}

#[test]
fn discover_where_box_csv_is_a_folder_keeps_the_old_trajectory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("found");
    let out_arg = out.to_str().unwrap();
    let discover = |file: &str| {
        sco(&[
            "discover",
            file,
            "--outcome",
            "first_binding_year < 2035",
            "--runs",
            "200",
            "--out",
            out_arg,
        ])
    };
    assert!(discover("scenarios/baseline.ron").status.success());
    std::fs::remove_file(out.join("box.csv")).unwrap();
    std::fs::create_dir(out.join("box.csv")).unwrap();
    let before = snapshot(&out);

    let result = discover("scenarios/stress.ron");
    assert_eq!(result.status.code(), Some(1));
    let stderr = text(&result.stderr);
    assert!(stderr.contains("box.csv"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!text(&result.stdout).contains("Wrote"));
    assert_eq!(
        snapshot(&out),
        before,
        "trajectory.csv as it was, no temporary file"
    );
}

#[test]
fn a_run_that_fails_before_writing_makes_no_folder() {
    // (A write that fails inside the folders it made is in the full-disk test below, and in
    // export's own tests.) A scenario that cannot be read: no folder is made at all.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new/deeper");
    let result = sco(&["run", "missing.ron", "--out", out.to_str().unwrap()]);
    assert_eq!(result.status.code(), Some(1));
    assert!(text(&result.stderr).contains("nothing was written"));
    assert!(snapshot(dir.path()).is_empty());
}

/// A full disk, on a small tmpfs mounted in a user namespace of its own (no root needed where
/// the system allows unprivileged user namespaces; skipped, and said so, where it does not).
#[cfg(target_os = "linux")]
#[test]
fn on_a_full_disk_run_changes_nothing_and_leaves_no_temporary_file_or_new_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    // 1.3 MB: the baseline's tables (0.9 MB) fit once, not twice.
    let script = r#"
set -u
mount -t tmpfs -o size=1300k tmpfs "$MNT" || exit 77
echo mounted
"$SCO" run --out "$MNT/out" --runs 100 > /dev/null || exit 78
(cd "$MNT/out" && ls -A | sort && cat *) > "$MNT/../before"
"$SCO" run scenarios/stress.ron --out "$MNT/out" --runs 100 --samples
echo "status $?"
(cd "$MNT/out" && ls -A | sort && cat *) > "$MNT/../after"
"$SCO" run --out "$MNT/new/deeper" --runs 100 --samples
echo "status $?"
echo "entries: $(ls -A "$MNT" | tr '\n' ' ')"
"#;
    let result = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("MNT", &mnt)
        .env("SCO", SCO)
        .output();
    let result = match result {
        Ok(r) if text(&r.stdout).contains("mounted") => r,
        Ok(r) => {
            println!(
                "skipped: no tmpfs could be mounted without root here ({})",
                text(&r.stderr).trim()
            );
            return;
        }
        Err(e) => {
            println!("skipped: `unshare` could not be run ({e})");
            return;
        }
    };
    let stdout = text(&result.stdout);
    let stderr = text(&result.stderr);
    assert_eq!(result.status.code(), Some(0), "{stdout}\n{stderr}");
    assert_eq!(
        stdout.matches("status 1").count(),
        2,
        "both writes fail: {stdout}\n{stderr}"
    );
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(stderr.matches("nothing was written").count(), 2, "{stderr}");
    let before = std::fs::read(dir.path().join("before")).unwrap();
    let after = std::fs::read(dir.path().join("after")).unwrap();
    assert!(before.len() > 800_000);
    assert!(
        before == after,
        "the old tables byte for byte, and no temporary file"
    );
    assert!(
        stdout.contains("entries: out \n"),
        "no new folder is left: {stdout}"
    );
}

/// A scenario file with `extra` unknown fields in its meta section.
fn with_unknown_fields(dir: &Path, extra: usize) -> std::path::PathBuf {
    let baseline = std::fs::read_to_string("scenarios/delayed_start.ron").unwrap();
    let at = baseline.find("meta: (").unwrap() + "meta: (".len();
    let fields: String = (0..extra)
        .map(|i| format!("\n        bogus_{i}: 1,"))
        .collect();
    let path = dir.join("many.ron");
    std::fs::write(
        &path,
        format!("{}{fields}{}", &baseline[..at], &baseline[at..]),
    )
    .unwrap();
    path
}

#[test]
fn check_says_how_many_more_problems_it_did_not_print() {
    let dir = tempfile::tempdir().unwrap();
    let path = with_unknown_fields(dir.path(), 40);
    let path = path.to_str().unwrap();
    let result = sco(&["check", path]);
    assert_eq!(result.status.code(), Some(1));
    let stdout = text(&result.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 26, "{stdout}");
    assert!(lines[24].contains("bogus_24"), "{stdout}");
    assert_eq!(
        lines[25],
        format!("{path}: 15 more problems were found and are not shown")
    );
    let ru = text(&sco(&["check", path, "--lang", "ru"]).stdout);
    assert!(
        ru.ends_with(&format!(
            "{path}: найдено ещё 15 проблем, они здесь не показаны\n"
        )),
        "{ru}"
    );
    let zh = text(&sco(&["check", path, "--lang", "zh"]).stdout);
    assert!(
        zh.ends_with(&format!("{path}：另有15个问题未在此显示\n")),
        "{zh}"
    );

    // One more than is printed: the singular.
    let path = with_unknown_fields(dir.path(), 26);
    let path = path.to_str().unwrap();
    let stdout = text(&sco(&["check", path]).stdout);
    assert!(
        stdout.ends_with(&format!(
            "{path}: 1 more problem was found and is not shown\n"
        )),
        "{stdout}"
    );
    // Exactly as many as are printed: no such line.
    let path = with_unknown_fields(dir.path(), 25);
    let stdout = text(&sco(&["check", path.to_str().unwrap()]).stdout);
    assert_eq!(stdout.lines().count(), 25);
    assert!(!stdout.contains("more problem"));
}

#[test]
fn check_speaks_the_language_asked_for_on_every_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("short.ron");
    std::fs::write(&path, "(\n  meta: (title: \"Short\"),\n)\n").unwrap();
    let path = path.to_str().unwrap();
    let en = text(&sco(&["check", path]).stdout);
    assert!(
        en.contains(": these fields are left out and take their baseline values: "),
        "{en}"
    );
    assert!(en.ends_with(&format!("{path}: valid\n")), "{en}");
    let ru = text(&sco(&["check", path, "--lang", "ru"]).stdout);
    assert!(
        ru.contains("в файле нет этих полей, и для них действуют значения базового сценария"),
        "{ru}"
    );
    assert!(
        ru.ends_with(&format!("{path}: сценарий допустим\n")),
        "{ru}"
    );
    let zh = text(&sco(&["check", path, "--lang", "zh"]).stdout);
    assert!(
        zh.contains("文件中没有以下字段，采用基准情景的值："),
        "{zh}"
    );
    assert!(zh.ends_with(&format!("{path}：有效\n")), "{zh}");
}

#[test]
fn a_right_to_left_override_in_a_title_does_not_reach_the_brief_raw() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("rlo.ron");
    std::fs::write(
        &scenario,
        "(\n  meta: (\n    title: \"Bank \\u{202E}fdp.exe\",\n    author: \"A\\u{2067}B\",\n    description: \"Who pays?\\nAnd \\u{202D}when?\",\n    notes: \"one\\u{2028}two\",\n  ),\n  projects: [(name: \"Road \\u{202E}X\", country: KAZ, sector: transport, instrument: Bank, amount: 1.0, year: 2030)],\n)\n",
    )
    .unwrap();
    let brief = dir.path().join("brief.html");
    let result = sco(&[
        "brief",
        scenario.to_str().unwrap(),
        "--out",
        brief.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    let html = std::fs::read_to_string(&brief).unwrap();
    // The scenario file itself travels inside the brief, percent-encoded and as RON text
    // (whose strings write these characters as escapes): no raw control anywhere.
    for c in ['\u{202E}', '\u{202D}', '\u{2067}', '\u{2028}'] {
        assert!(!html.contains(c), "{:?} reaches the brief", c);
    }
    let title = &html[html.find("<title>").unwrap()..html.find("</title>").unwrap()];
    assert!(title.contains("Bank \\u{202e}fdp.exe"), "{title}");
    let h1 = &html[html.find("<h1>").unwrap()..html.find("</h1>").unwrap()];
    assert!(h1.contains("Bank \\u{202e}fdp.exe"), "{h1}");
    assert!(html.contains("A\\u{2067}B"), "the author");
    assert!(
        html.contains("Who pays?\nAnd \\u{202d}when?"),
        "the question keeps its line"
    );
    assert!(html.contains("one\\u{2028}two"), "the notes");
    assert!(html.contains("Road \\u{202e}X"), "a project's name");
}

#[test]
fn run_with_a_workbook_in_another_folder_writes_the_tables_and_the_workbook_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let books = dir.path().join("books");
    let book = books.join("results.xlsx");
    let (out_arg, book_arg) = (out.to_str().unwrap(), book.to_str().unwrap());
    let result = sco(&["run", "--out", out_arg, "--xlsx", book_arg]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert!(book.is_file(), "the workbook's folder is made");
    let said = text(&result.stdout);
    assert!(
        said.contains("bank.csv") && said.contains("results.xlsx"),
        "{said}"
    );

    // Where the workbook's name is a folder, neither the tables nor the workbook change.
    std::fs::remove_file(&book).unwrap();
    std::fs::create_dir(&book).unwrap();
    let before = snapshot(&out);
    let result = sco(&[
        "run",
        "scenarios/stress.ron",
        "--out",
        out_arg,
        "--xlsx",
        book_arg,
    ]);
    assert!(!result.status.success());
    let stderr = text(&result.stderr);
    assert!(stderr.contains("results.xlsx"), "names the file: {stderr}");
    assert!(
        !text(&result.stdout).contains("Wrote"),
        "nothing is said to be written"
    );
    assert_eq!(snapshot(&out), before, "the tables are as they were");
    assert_eq!(
        snapshot(&books).len(),
        1,
        "no temporary file beside the workbook"
    );

    // A workbook alone, with no folder of tables.
    let only = dir.path().join("only.xlsx");
    let result = sco(&["--lang", "ru", "run", "--xlsx", only.to_str().unwrap()]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    assert!(only.is_file());
    assert!(
        text(&result.stdout).starts_with("Записано"),
        "{}",
        text(&result.stdout)
    );

    // Neither: the command says what it needs.
    let result = sco(&["run"]);
    assert!(!result.status.success());
    assert!(
        text(&result.stderr).contains("--out"),
        "{}",
        text(&result.stderr)
    );
}
