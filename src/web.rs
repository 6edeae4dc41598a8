//! Running the explorer in a browser tab (eframe's web runner on WebGL2): the same
//! [`ExplorerApp`] as the desktop window, started on the scenario in the page's address (a
//! link), or on the baseline.
//!
//! What the browser changes is behind [`crate::platform`]; here is only the start: the canvas,
//! the preferences kept by eframe in local storage, the link in the address, and a link pasted
//! into the address bar of an open page (opened as File ▸ Open link… would open it).

use std::path::PathBuf;

use wasm_bindgen::JsCast as _;

use crate::platform::web::page_fragment;
use crate::ui::document::Document;
use crate::ui::files::WebPicker;
use crate::ui::views::View;
use crate::ui::{Command, ExplorerApp, PREFS_KEY, Prefs};

/// The page's canvas (see `web/index.html`).
const CANVAS_ID: &str = "explorer";

/// The eframe side of the web edition.
struct WebApp {
    app: ExplorerApp,
    /// The fragment last opened or seen, to notice a new link pasted into the address bar.
    fragment: Option<String>,
    /// The page's title and the status in words last written to the page.
    shown: (String, String),
    /// `?measure`: see [`WebApp::measure`].
    measure: bool,
}

impl eframe::App for WebApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.follow_theme(ui.ctx());
        let fragment = page_fragment();
        if fragment != self.fragment {
            self.fragment.clone_from(&fragment);
            if let Some(link) = fragment {
                self.app.apply(Command::OpenLink(link), ui.ctx());
            }
        }
        let started = web_time::Instant::now();
        self.app.ui(ui);
        if self.measure {
            Self::measure(started.elapsed());
        }
        self.show_in_page();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.app.prefs);
    }
}

impl WebApp {
    /// With `?measure` in the address, the longest frame of the app's own work (the model,
    /// the layout and the shapes; not the GPU's drawing) since the page last cleared it, in
    /// milliseconds, as `<body data-update-ms>`. The browser test clears it, moves a slider
    /// and reads it: a slider step's cost in WebAssembly, apart from the software renderer's.
    fn measure(took: std::time::Duration) {
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        let ms = took.as_secs_f64() * 1000.0;
        let longest = body
            .get_attribute("data-update-ms")
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0);
        if ms > longest {
            let _ = body.set_attribute("data-update-ms", &format!("{ms:.2}"));
        }
    }

    /// Writes the window's title as the page's (the tab's name) and the status line in words
    /// into the page's live region, which screen readers announce (the canvas itself is a
    /// picture to them) and which the browser test reads.
    fn show_in_page(&mut self) {
        let title = self.app.window_title();
        let (guardrails, _) = self.app.guardrail_text();
        let study = self.app.studies.runner.status();
        let status = [
            self.app.notice_text().unwrap_or_default(),
            &study,
            &guardrails,
        ]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        if (&title, &status) == (&self.shown.0, &self.shown.1) {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
            if let Some(live) = document.get_element_by_id("live-status") {
                live.set_text_content(Some(&status));
            }
        }
        self.shown = (title, status);
    }
}

/// What the page's address asks for besides the scenario, as the desktop's command line
/// does: `?lang=ru`, `?view=uncertainty`, `?theme=light` (unknown values are ignored); and
/// whether it asks to `measure` (see [`WebApp::measure`]).
fn options_from_address(prefs: &mut Prefs) -> bool {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return false;
    };
    let mut measure = false;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "lang" => {
                if let Ok(lang) = value.parse() {
                    prefs.lang = Some(lang);
                }
            }
            "view" => {
                if let Some(view) = View::ALL.into_iter().find(|v| v.id() == value) {
                    prefs.view = view;
                }
            }
            "theme" => match value {
                "dark" => prefs.dark = Some(true),
                "light" => prefs.dark = Some(false),
                _ => {}
            },
            "measure" => measure = true,
            _ => {}
        }
    }
    measure
}

/// Shows `message` on the page in place of the canvas (the app could not start: no WebGL2,
/// say), so that the reader is never left with a blank page.
fn show_on_page(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(status) = document.get_element_by_id("status") {
        status.set_text_content(Some(message));
        let _ = status.set_attribute("class", "failed");
    }
}

/// Starts the explorer on the page's canvas (called once, when the module loads).
pub fn start() {
    let options = eframe::WebOptions::default();
    wasm_bindgen_futures::spawn_local(async move {
        let canvas = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(CANVAS_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else {
            show_on_page("The page has no canvas for the explorer (#explorer).");
            return;
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                options,
                Box::new(|cc| {
                    let mut prefs: Prefs = cc
                        .storage
                        .and_then(|s| eframe::get_value(s, PREFS_KEY))
                        .unwrap_or_default();
                    let measure = options_from_address(&mut prefs);
                    crate::i18n::set(prefs.lang.unwrap_or_else(crate::i18n::Lang::from_system));
                    // Local storage entries named `sco-explorer/…`.
                    let store = Some(PathBuf::from("sco-explorer"));
                    let mut app =
                        ExplorerApp::new(Document::baseline(), prefs, Box::new(WebPicker), store);
                    // The scenario in the address opens as File ▸ Open link… would open it: a
                    // link that does not open says why in that dialog, over the baseline.
                    let fragment = page_fragment();
                    if let Some(link) = &fragment {
                        app.apply(Command::OpenLink(link.clone()), &cc.egui_ctx);
                    }
                    Ok(Box::new(WebApp {
                        app,
                        fragment,
                        shown: Default::default(),
                        measure,
                    }))
                }),
            )
            .await;
        match started {
            Ok(()) => {
                if let Some(status) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("status"))
                {
                    status.remove();
                }
            }
            Err(e) => {
                let why = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                show_on_page(&crate::t!("web-cannot-start", reason = why));
            }
        }
    });
}
