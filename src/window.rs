//! Running the explorer in a native window (eframe), and taking a screenshot of it for
//! documentation and checks.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::ui::document::Document;
use crate::ui::files::SystemPicker;
use crate::ui::views::View;
use crate::ui::{ExplorerApp, PREFS_KEY, Prefs};

/// How the window should start.
#[derive(Clone, Debug, Default)]
pub struct WindowOptions {
    /// The scenario file to open (read once the window's language is known, so that its
    /// problems are said in that language); the built-in baseline without one.
    pub file: Option<PathBuf>,
    /// Write a PNG of the window once it has settled, then exit.
    pub screenshot: Option<PathBuf>,
    /// Inner size of the window in points.
    pub size: Option<[f32; 2]>,
    /// The view to show first.
    pub view: Option<View>,
    /// Dark (`true`) or light theme, overriding the saved preference.
    pub dark: Option<bool>,
    /// The language, overriding the saved preference and the system's.
    pub lang: Option<crate::i18n::Lang>,
}

/// Why the window could not run.
#[derive(Debug, thiserror::Error)]
pub enum WindowError {
    #[error(
        "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): the window cannot open here. \
         Use the headless commands instead: `sco-explorer run [FILE] --out DIR`, `check FILE`, `diff A B`"
    )]
    NoDisplay,
    #[error(
        "the window could not start: {0}. The headless commands (`run`, `check`, `diff`) work without a window"
    )]
    Start(String),
    #[error("the screenshot could not be written: {0}")]
    Screenshot(String),
}

/// Whether a display server is reachable (only checked on Linux and the BSDs).
pub fn display_available() -> bool {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd"
    )) {
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    } else {
        true
    }
}

/// The eframe side of the app: persistence, screenshots.
struct WindowApp {
    app: ExplorerApp,
    screenshot: Option<ScreenshotState>,
    /// The size asked for with `--size`, applied on the first frame: eframe restores the size
    /// saved at the last close before the app can say otherwise.
    resize: Option<egui::Vec2>,
}

#[derive(Debug)]
struct ScreenshotState {
    path: PathBuf,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

/// Frames to wait before a screenshot, so that layout and fonts have settled.
const SETTLE_FRAMES: u32 = 12;
/// Most frames to wait for background runs to finish before a screenshot is taken anyway.
const MAX_WAIT_FRAMES: u32 = 600;

impl eframe::App for WindowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.follow_theme(ui.ctx());
        if let Some(size) = self.resize.take() {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
        if self.screenshot.is_some() {
            // A picture for documentation: wherever the pointer happens to be, nothing is
            // hovered (no tooltip, no linked cursor line).
            ui.ctx()
                .input_mut(|i| i.pointer = egui::PointerState::default());
        }
        self.app.ui(ui);
        if let Some(shot) = &mut self.screenshot {
            shot.frames += 1;
            ui.ctx().request_repaint();
            let busy = self.app.studies.runner.busy() || self.app.studies.explain.busy();
            let waiting = busy && shot.frames < MAX_WAIT_FRAMES;
            if shot.frames >= SETTLE_FRAMES && !waiting && !shot.requested {
                shot.requested = true;
                let (path, result) = (shot.path.clone(), Arc::clone(&shot.result));
                ui.ctx()
                    .send_viewport_cmd(egui::ViewportCommand::Screenshot(
                        egui::ScreenshotCallback::new(move |image| {
                            let outcome = write_png(&path, &image);
                            if let Ok(mut slot) = result.lock() {
                                *slot = Some(outcome);
                            }
                        }),
                    ));
            }
            let done = shot.result.lock().ok().and_then(|mut r| r.take());
            if let Some(outcome) = done {
                match outcome {
                    Ok(()) => println!("Wrote {}", shot.path.display()),
                    Err(e) => eprintln!("error: {}", WindowError::Screenshot(e)),
                }
                self.app.quit_confirmed = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.app.prefs);
    }
}

fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let bytes = crate::ui::chart_export::png(image)?;
    crate::file::write_bytes(path, &bytes).map_err(|e| e.to_string())
}

/// eframe's options for the window. A size asked for (`--size`, and every screenshot) is the
/// window's size: eframe then neither restores the size saved at the last close nor replaces
/// it with this one.
fn native_options(options: &WindowOptions) -> eframe::NativeOptions {
    let size = options.size.unwrap_or([1280.0, 800.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size(size)
        .with_min_inner_size([800.0, 500.0])
        .with_title(crate::t!("app-name"))
        // The name the desktop knows the window by (the Linux desktop entry's StartupWMClass),
        // and eframe's storage folder, as before.
        .with_app_id("sco-explorer")
        .with_drag_and_drop(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        persist_window: options.screenshot.is_none() && options.size.is_none(),
        // The fonts the window needs are embedded (crate::ui::fonts). eframe's lookup of system
        // fonts for missing characters panics where fontconfig finds none (a minimal container,
        // a kiosk), and would make what a user sees depend on the machine.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    }
}

/// The app's icon for the title bar and the task bar (made from `assets/icon.svg` by
/// `tools/icons.sh`). The file is the program's own, so it decodes (a unit test reads it);
/// were it ever not to, the window opens with the system's default icon rather than not at all.
fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icons/sco-explorer-256.png")).ok()
}

/// The document the window starts on: the file it was given, read in the window's language
/// (which must be set first), or the built-in baseline. A file that does not open still opens
/// the window, on the baseline, with the file's name and problems to show.
fn open_at_start(file: Option<PathBuf>) -> (Document, Option<(String, Vec<String>)>) {
    match file {
        None => (Document::baseline(), None),
        Some(path) => match crate::file::load(&path) {
            Ok(loaded) => (Document::opened(loaded.scenario, path), None),
            Err(e) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                (Document::baseline(), Some((name, e.lines())))
            }
        },
    }
}

/// Opens the window and runs until it is closed.
///
/// The window draws with wgpu on the system's preferred graphics interface (Direct3D 12 or
/// Vulkan on Windows, Vulkan or OpenGL on Linux, Metal on macOS). Some drivers offer a device
/// and then lose it at once (seen under Wine; reported with old integrated graphics and in
/// virtual machines): then the window is tried once more on OpenGL before giving up, so that a
/// laptop with a poor driver still gets a window rather than an error.
pub fn run(options: WindowOptions) -> Result<(), WindowError> {
    if !display_available() {
        return Err(WindowError::NoDisplay);
    }
    match start(native_options(&options), options.clone()) {
        Err(eframe::Error::Wgpu(first)) => {
            let retry = opengl_only(native_options(&options));
            start(retry, options)
                .map_err(|e| WindowError::Start(format!("{first}; then, on OpenGL: {e}")))
        }
        other => other.map_err(|e| WindowError::Start(e.to_string())),
    }
}

/// The options with wgpu limited to OpenGL.
fn opengl_only(mut native: eframe::NativeOptions) -> eframe::NativeOptions {
    if let eframe::egui_wgpu::WgpuSetup::CreateNew(setup) = &mut native.wgpu_options.wgpu_setup {
        setup.instance_descriptor.backends = eframe::wgpu::Backends::GL;
    }
    native
}

fn start(native: eframe::NativeOptions, options: WindowOptions) -> Result<(), eframe::Error> {
    let recovery_dir = directories::ProjectDirs::from("org", "sco-explorer", "sco-explorer")
        .map(|d| d.data_dir().to_owned());
    let screenshot = options.screenshot.map(|path| ScreenshotState {
        path,
        frames: 0,
        requested: false,
        result: Arc::new(Mutex::new(None)),
    });
    let taking_screenshot = screenshot.is_some();
    eframe::run_native(
        "sco-explorer",
        native,
        Box::new(move |cc| {
            let mut prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, PREFS_KEY))
                .unwrap_or_default();
            if let Some(view) = options.view {
                prefs.view = view;
            }
            if options.lang.is_some() {
                prefs.lang = options.lang;
            }
            if options.dark.is_some() {
                prefs.dark = options.dark;
            }
            // The baseline's title and question in the window's language.
            crate::i18n::set(prefs.lang.unwrap_or_else(crate::i18n::Lang::from_system));
            // A link given in place of a file (a file by that name still wins) opens as
            // File ▸ Open link… opens it, and says there why it did not.
            let link = options
                .file
                .as_deref()
                .and_then(crate::link::given_as)
                .map(str::to_owned);
            let file = if link.is_some() { None } else { options.file };
            let (document, open_errors) = open_at_start(file);
            // Screenshots are for documentation: no recovery prompt in them.
            let recovery = if taking_screenshot {
                None
            } else {
                recovery_dir
            };
            let mut app = ExplorerApp::new(document, prefs, Box::new(SystemPicker), recovery);
            if let Some((name, lines)) = open_errors {
                app.show_load_errors(name, lines);
            }
            if let Some(link) = link {
                app.apply(crate::ui::Command::OpenLink(link), &cc.egui_ctx);
            }
            Ok(Box::new(WindowApp {
                app,
                screenshot,
                resize: options.size.map(egui::Vec2::from),
            }))
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_asked_for_wins_over_the_size_saved_at_the_last_close() {
        let asked = native_options(&WindowOptions {
            size: Some([1920.0, 1080.0]),
            ..WindowOptions::default()
        });
        assert_eq!(asked.viewport.inner_size, Some(egui::vec2(1920.0, 1080.0)));
        assert!(
            !asked.persist_window,
            "the saved size is neither restored nor replaced"
        );
        let screenshot = native_options(&WindowOptions {
            screenshot: Some(PathBuf::from("shot.png")),
            ..WindowOptions::default()
        });
        assert!(!screenshot.persist_window);
        let plain = native_options(&WindowOptions::default());
        assert!(
            plain.persist_window,
            "otherwise the window opens as it was left"
        );
        assert!(!plain.system_font_fallback, "no lookup of system fonts");
    }

    #[test]
    fn the_window_has_the_apps_icon() {
        let icon = window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        let icon = native_options(&WindowOptions::default()).viewport.icon;
        assert!(icon.is_some_and(|i| !i.rgba.is_empty()));
    }

    #[test]
    fn the_second_try_draws_with_opengl_only() {
        let native = opengl_only(native_options(&WindowOptions::default()));
        let eframe::egui_wgpu::WgpuSetup::CreateNew(setup) = native.wgpu_options.wgpu_setup else {
            panic!("a new wgpu instance");
        };
        assert_eq!(
            setup.instance_descriptor.backends,
            eframe::wgpu::Backends::GL
        );
    }

    #[test]
    fn a_file_that_does_not_open_at_start_says_why_in_the_windows_language() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let bad = dir.path().join("bad.ron");
        std::fs::write(&bad, "(\n  capital: (paid_in_ratio: 0.9),\n)").expect("written");
        crate::i18n::set_for_thread(crate::i18n::Lang::Ru);
        let (document, errors) = open_at_start(Some(bad));
        let (name, lines) = errors.expect("the problems are kept for the window");
        assert_eq!(name, "bad.ron");
        let expected = crate::t!(
            "problem-outside-allowed-shown",
            value = "0.9",
            shown = crate::i18n::num::percent_trimmed(90.0)
        );
        assert!(lines.iter().any(|l| l.contains(&expected)), "{lines:?}");
        assert!(document.path.is_none(), "the baseline, not the file");
        crate::i18n::set_for_thread(crate::i18n::Lang::En);
    }
}
