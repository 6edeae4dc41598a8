//! The browser: no threads (background work waits in a queue run between frames), the
//! recovery copy in local storage, files given as downloads, and the page's address, whose
//! fragment may hold a scenario (a link).

use std::cell::RefCell;
use std::path::Path;

use wasm_bindgen::JsCast as _;

/// This is the web edition.
pub const WEB: bool = true;

thread_local! {
    /// Work waiting for the next frame, oldest first.
    static QUEUE: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    /// The names this tab holds ([`Store::hold`]), let go when the page is left.
    static HELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Queues `work` for the next frame (the page has one thread). Work must not wait for other
/// work: everything runs on this one thread, one piece after another.
pub fn spawn(_name: &str, work: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    QUEUE.with(|q| q.borrow_mut().push(Box::new(work)));
    Ok(())
}

/// Does the work queued so far (not what it queues in turn: that waits for the next frame, so
/// that a long study gives the page a frame between its slices).
pub fn run_queued() {
    let queued = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    for work in queued {
        work();
    }
}

/// Whether work waits for the next frame.
pub fn has_queued() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

/// The browser's local storage, or `None` where the page may not use it (a private window in
/// some browsers, storage switched off).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Small texts the app keeps for itself (the recovery copy), in the browser's local storage,
/// under keys that begin with the store's name.
#[derive(Clone, Debug)]
pub struct Store {
    prefix: String,
}

impl Store {
    /// Entries under `name` (a folder's name on the desktop).
    pub fn in_folder(name: &Path) -> Store {
        Store {
            prefix: name.display().to_string(),
        }
    }

    fn key(&self, name: &str) -> String {
        format!("{}/{name}", self.prefix)
    }

    /// The text kept under `name`, if any.
    pub fn read(&self, name: &str) -> Option<String> {
        local_storage()?.get_item(&self.key(name)).ok()?
    }

    /// Keeps `text` under `name`.
    pub fn write(&self, name: &str, text: &str) -> Result<(), String> {
        let storage = local_storage().ok_or_else(|| crate::t!("web-no-storage"))?;
        storage
            .set_item(&self.key(name), text)
            .map_err(|_| crate::t!("web-storage-full"))
    }

    /// Forgets what is kept under `name`.
    pub fn remove(&self, name: &str) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&self.key(name));
        }
    }

    /// The names of what the store keeps, in no particular order.
    pub fn names(&self) -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let prefix = self.key("");
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter_map(|key| key.strip_prefix(&prefix).map(str::to_owned))
            .collect()
    }

    /// Holds `name` for this tab for as long as the [`Hold`] lives, by a heartbeat: the time,
    /// written under `name` every [`HEARTBEAT_MS`] (and removed when the page is left, so that
    /// a closed tab's copy is offered at once). `Ok(None)` while another tab's heartbeat is
    /// fresh; a tab that crashed stops beating, and its name is free [`GONE_AFTER_MS`] later.
    pub fn hold(&self, name: &str) -> Result<Option<Hold>, String> {
        let storage = local_storage().ok_or_else(|| crate::t!("web-no-storage"))?;
        let window = web_sys::window().ok_or_else(|| crate::t!("web-no-storage"))?;
        let key = self.key(name);
        let now = js_sys::Date::now();
        let beat = storage.get_item(&key).ok().flatten();
        if beat.is_some_and(|t| t.parse::<f64>().is_ok_and(|t| now - t < GONE_AFTER_MS)) {
            return Ok(None);
        }
        let beat = move |key: &str| {
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(key, &js_sys::Date::now().to_string());
            }
        };
        beat(&key);
        let again = key.clone();
        let tick = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || beat(&again));
        let interval = window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                HEARTBEAT_MS,
            )
            .ok();
        tick.forget();
        HELD.with(|held| {
            let mut held = held.borrow_mut();
            if held.is_empty() {
                // Leaving the page lets go of every name it holds.
                let leave = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
                    let keys = HELD.with(|held| held.borrow().clone());
                    if let Some(storage) = local_storage() {
                        for key in keys {
                            let _ = storage.remove_item(&key);
                        }
                    }
                });
                window.set_onpagehide(Some(leave.as_ref().unchecked_ref()));
                leave.forget();
            }
            held.push(key.clone());
        });
        Ok(Some(Hold { key, interval }))
    }
}

/// How often a tab that holds a name says it is still there.
const HEARTBEAT_MS: i32 = 10_000;

/// How long after its last heartbeat a tab counts as gone: browsers run a hidden tab's timers
/// as seldom as once a minute.
const GONE_AFTER_MS: f64 = 150_000.0;

/// A name held by this tab ([`Store::hold`]); its heartbeat stops when dropped.
#[derive(Debug)]
pub struct Hold {
    key: String,
    interval: Option<i32>,
}

impl Hold {
    /// Removes the name from the store, then lets it go.
    pub fn release(self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&self.key);
        }
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        HELD.with(|held| held.borrow_mut().retain(|k| *k != self.key));
        if let (Some(window), Some(interval)) = (web_sys::window(), self.interval) {
            window.clear_interval_with_handle(interval);
        }
    }
}

/// Gives `bytes` to the user as a download named `file_name` (the browser saves it in the
/// downloads folder, or asks where, as its settings say).
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let failed = |_| crate::t!("web-download-failed", name = file_name);
    let window =
        web_sys::window().ok_or_else(|| crate::t!("web-download-failed", name = file_name))?;
    let document = window
        .document()
        .ok_or_else(|| crate::t!("web-download-failed", name = file_name))?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let anchor = document
        .create_element("a")
        .map_err(failed)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| crate::t!("web-download-failed", name = file_name))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser has taken the file once the click is handled; the address may then go.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}

/// The media type a download of `file_name` is given, by its extension.
pub fn media_type(file_name: &str) -> &'static str {
    match file_name.rsplit('.').next().unwrap_or_default() {
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "html" => "text/html;charset=utf-8",
        "csv" => "text/csv;charset=utf-8",
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/plain;charset=utf-8",
    }
}

/// The page's address without its fragment: what a link made here points to.
pub fn page_address() -> Option<String> {
    let location = web_sys::window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    Some(format!("{origin}{path}"))
}

/// The page's fragment (what follows `#`), if it has one.
pub fn page_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// Puts `fragment` in the address bar (replacing the page's entry in the history, so that Back
/// still leaves the page), or clears it.
pub fn set_page_fragment(fragment: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = match fragment {
        Some(f) => format!("#{f}"),
        None => page_address().unwrap_or_default(),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Gives `bytes` as a download named after the last part of `path` (what a save on the
/// desktop would have written there).
pub fn download_as(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path.file_name().map_or_else(
        || "scenario.ron".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    download(&name, bytes, media_type(&name))
}

/// A dropped file on its way: its name and bytes, or why the browser could not read it.
pub type Dropped = std::sync::mpsc::Receiver<Result<(String, Vec<u8>), String>>;

/// Reads a file dropped on the page (the browser reads it in its own time): its name and
/// bytes, or why it could not be read, arrive on the channel, and a frame is asked for then.
pub fn read_dropped(file: &egui::DroppedFileHandle, ctx: &egui::Context) -> Dropped {
    let (tx, rx) = std::sync::mpsc::channel();
    let (file, ctx) = (file.clone(), ctx.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.path().file_name().map_or_else(
            || "scenario.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let read = file
            .bytes_async()
            .await
            .map(|bytes| (name.clone(), bytes))
            .map_err(|reason| {
                crate::t!("web-drop-unreadable", name = name.as_str(), reason = reason)
            });
        let _ = tx.send(read);
        ctx.request_repaint();
    });
    rx
}
