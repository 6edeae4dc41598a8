//! SCO development-finance scenario explorer.
//!
//! - [`model`]: the projection model (assumptions, reference data, bank and fund engines);
//!   pure Rust, knows nothing of the UI.
//! - [`brief`]: the one-file HTML brief for a memo.
//! - [`chart`]: every picture described as data (the time charts, the Flows diagram, the Map
//!   and its geography, the palette), painted by the window and written as SVG.
//! - [`export`]: tidy CSV output of a projection.
//! - [`headline`]: the headline results in words, as the Overview, the Uncertainty view and the
//!   brief state them.
//! - [`mod@file`]: reading and writing scenario files (RON), with located errors and safe saving.
//! - [`presets`]: the preset scenarios of `scenarios/`, built in.
//! - [`link`]: scenarios as links to the web edition (the scenario in the URL's fragment).
//! - [`text`]: what a file says, escaped before it is shown.
//! - [`ui`]: the explorer window's views and panels (egui); `window`: running it on the desktop
//!   (eframe's native runner), `web`: in a browser tab (eframe's web runner).
//! - [`platform`]: the one seam between the desktop and the browser (background work, the
//!   recovery copy's store, downloads, the page's address); [`zip`]: the web edition's CSV
//!   export as one file.

pub mod brief;
pub mod chart;
pub mod explanation;
pub mod export;
pub mod file;
pub mod headline;
pub mod i18n;
pub mod link;
pub mod model;
pub mod platform;
pub mod presets;
pub mod text;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(not(target_arch = "wasm32"))]
pub mod window;
pub mod workbook;
pub mod zip;
