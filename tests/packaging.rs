//! The packages' own files (packaging/, the icons, Cargo.toml's deb section, the release
//! workflow) agree with the app: the desktop entry and the file type speak the app's words in
//! its three languages, the file type recognises every file the app writes, and every file
//! the packages and the workflow name exists. Building the packages is not part of the tests
//! (`tools/package.sh` does it); this keeps what they are made from true.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sco_explorer::i18n::{Lang, set_for_thread};
use sco_explorer::t;

/// A file of the project, by its path from the project's root.
fn project_file(path: impl AsRef<Path>) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(project_file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The desktop entry's keys (`Name`, `Name[ru]`, …), checking the file's shape on the way:
/// one group, `[Desktop Entry]`, and `key=value` lines.
fn desktop_entry() -> BTreeMap<String, String> {
    let text = read("packaging/linux/sco-explorer.desktop");
    let mut lines = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    let mut keys = BTreeMap::new();
    for line in lines {
        let (key, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("not a key=value line: {line:?}"));
        let old = keys.insert(key.to_owned(), value.to_owned());
        assert!(old.is_none(), "{key} is given twice");
    }
    keys
}

/// The desktop files' locale for each of the app's languages.
const LOCALES: [(Lang, &str); 3] = [(Lang::En, ""), (Lang::Ru, "[ru]"), (Lang::Zh, "[zh_CN]")];

#[test]
fn the_desktop_entry_names_the_app_in_its_own_words_in_three_languages() {
    let entry = desktop_entry();
    for (lang, locale) in LOCALES {
        set_for_thread(lang);
        assert_eq!(entry[&format!("Name{locale}")], t!("app-name"), "{lang:?}");
        assert_eq!(
            entry[&format!("Comment{locale}")],
            t!("app-summary"),
            "{lang:?}"
        );
    }
    set_for_thread(Lang::En);
    assert_eq!(entry["Type"], "Application");
    assert_eq!(entry["Exec"], "sco-explorer %f", "one file at a time");
    assert_eq!(entry["Icon"], "sco-explorer");
    assert_eq!(entry["Terminal"], "false");
    assert_eq!(entry["MimeType"], "application/x-sco-scenario;");
    assert_eq!(
        entry["StartupWMClass"], "sco-explorer",
        "the window's app id"
    );
}

#[test]
fn the_file_type_recognises_every_file_the_app_writes_and_no_other_ron_file() {
    let xml = read("packaging/linux/sco-explorer.xml");
    assert!(xml.contains(r#"<mime-type type="application/x-sco-scenario">"#));
    assert!(
        !xml.contains("<glob"),
        "no name pattern: *.ron is not ours alone"
    );
    for (lang, locale) in LOCALES {
        set_for_thread(lang);
        let attribute = match locale {
            "" => String::new(),
            l => format!(r#" xml:lang="{}""#, l.trim_matches(['[', ']'])),
        };
        let comment = format!("<comment{attribute}>{}</comment>", t!("file-type-scenario"));
        assert!(xml.contains(&comment), "{lang:?}: {comment}");
    }
    set_for_thread(Lang::En);
    let magic = xml
        .split(r#"<match type="string" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a string match");
    let written = sco_explorer::file::to_text(&sco_explorer::model::Scenario::default())
        .expect("the baseline is written");
    assert!(
        written.starts_with(magic),
        "the file's first line starts with {magic:?}:\n{written}"
    );
    for preset in sco_explorer::presets::PRESETS {
        assert!(preset.text.starts_with(magic), "{}", preset.id);
    }
}

#[test]
fn the_icons_are_made_at_every_size_the_packages_use() {
    for n in [16_u32, 24, 32, 48, 64, 128, 256, 512, 1024] {
        let path = format!("assets/icons/sco-explorer-{n}.png");
        let bytes = std::fs::read(project_file(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let image = image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!((image.width(), image.height()), (n, n), "{path}");
    }
    // The .ico: a header, then one 16-byte entry per size (0 meaning 256), each a PNG.
    let ico = std::fs::read(project_file("assets/icons/sco-explorer.ico")).expect("the .ico");
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an icon file");
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    let sizes: Vec<u8> = (0..count).map(|i| ico[6 + 16 * i]).collect();
    assert_eq!(sizes, [16, 24, 32, 48, 64, 0]);
    for i in 0..count {
        let entry = &ico[6 + 16 * i..6 + 16 * (i + 1)];
        let length = u32::from_le_bytes([entry[8], entry[9], entry[10], entry[11]]) as usize;
        let offset = u32::from_le_bytes([entry[12], entry[13], entry[14], entry[15]]) as usize;
        assert_eq!(&ico[offset + 1..offset + 4], b"PNG", "entry {i}");
        assert!(offset + length <= ico.len());
    }
}

#[test]
fn every_file_the_deb_package_installs_exists() {
    let cargo = read("Cargo.toml");
    let section = cargo
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("a deb section");
    let sources: Vec<&str> = section
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(sources.len() >= 10, "{sources:?}");
    for source in sources {
        if source.starts_with("target/") {
            continue;
        }
        if let Some(folder) = source.strip_suffix("/*.ron") {
            let dir = project_file(folder);
            let count = std::fs::read_dir(&dir)
                .expect("the folder")
                .filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ron"))
                })
                .count();
            assert!(count > 0, "{source}");
        } else {
            assert!(project_file(source).is_file(), "{source}");
        }
    }
}

#[test]
fn the_release_workflow_runs_scripts_that_exist_for_every_package() {
    let workflow = read(".github/workflows/release.yml");
    assert!(!workflow.contains('\t'), "YAML is indented with spaces");
    for package in ["windows", "linux", "web"] {
        assert!(
            workflow.contains(&format!("run: tools/package.sh {package}")),
            "{package}"
        );
    }
    assert!(workflow.contains("run: packaging/macos/make-app.sh"));
    assert!(workflow.contains("needs: [windows, linux, web, macos]"));
    for script in [
        "tools/package.sh",
        "tools/icons.sh",
        "packaging/macos/make-app.sh",
    ] {
        let path = project_file(script);
        assert!(path.is_file(), "{script}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path)
                .expect("the script")
                .permissions()
                .mode();
            assert!(mode & 0o111 != 0, "{script} is executable");
        }
    }
}
