//! A chart out as a picture: right-click a chart (or its "PNG" button) ▸ Save as PNG… or Copy
//! image. The window is captured at the screen's resolution and cut to the chart's rectangle
//! (heading, plot and legend). The capture is taken one frame after the request, in a frame
//! drawn without hover labels or the context menu, so that neither ends up in the picture.

use std::sync::mpsc::{Receiver, channel};

use egui::{ColorImage, Id, Rect};

/// What the user asked of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The chart's rectangle, in points.
    pub rect: Rect,
    /// The chart's heading, for the file name.
    pub title: String,
    pub copy: bool,
}

/// Where a chart's request waits for the app (charts draw deep inside views).
fn request_id() -> Id {
    Id::unique("chart-export-request")
}

/// Where the app tells charts that the next frame is for a picture: no hover labels.
fn capturing_id() -> Id {
    Id::unique("chart-export-capturing")
}

/// A chart written as SVG, waiting for a file name.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgRequest {
    /// The chart's heading, for the file name.
    pub title: String,
    /// The SVG document.
    pub text: String,
}

/// Where a chart's SVG waits for the app.
fn svg_id() -> Id {
    Id::unique("chart-export-svg")
}

/// Called by a chart: offers its SVG for saving.
pub fn request_svg(ctx: &egui::Context, request: SvgRequest) {
    ctx.data_mut(|d| d.insert_temp(svg_id(), Some(request)));
    ctx.request_repaint();
}

/// Takes a chart's SVG offered during this frame, if there is one.
pub fn take_svg(ctx: &egui::Context) -> Option<SvgRequest> {
    ctx.data_mut(|d| d.remove_temp::<Option<SvgRequest>>(svg_id()))?
}

/// Where a chart's SVG waits to be drawn as a picture (PNG or the clipboard).
fn raster_id() -> Id {
    Id::unique("chart-export-raster")
}

/// Called by a chart that has an SVG: asks for its picture at print resolution (see
/// [`raster`]), to save as PNG, or to copy when `copy`.
pub fn request_raster(ctx: &egui::Context, request: SvgRequest, copy: bool) {
    ctx.data_mut(|d| d.insert_temp(raster_id(), Some((request, copy))));
    ctx.request_repaint();
}

/// Takes a chart's picture asked for during this frame, if there is one.
pub fn take_raster(ctx: &egui::Context) -> Option<(SvgRequest, bool)> {
    ctx.data_mut(|d| d.remove_temp::<Option<(SvgRequest, bool)>>(raster_id()))?
}

/// The narrowest picture of a chart, in pixels: a chart spans a page's width in a memo
/// (16 cm at 250 dpi), and a window's chart is often narrower than that.
pub const PICTURE_MIN_WIDTH: u32 = 1600;

/// The widest picture drawn, in pixels (beyond it a picture is only larger, not better).
const PICTURE_MAX_WIDTH: u32 = 6000;

/// The fonts pictures are drawn with: the ones the window embeds (egui's Latin, Cyrillic and
/// Greek, and Noto Sans SC for Chinese), so that a picture looks the same on every machine
/// and never depends on the system's fonts.
fn picture_fonts() -> std::sync::Arc<resvg::usvg::fontdb::Database> {
    static FONTS: std::sync::OnceLock<std::sync::Arc<resvg::usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            let fonts = super::fonts();
            // The proportional family's order: the Latin font first, Chinese after it.
            let order = fonts
                .families
                .get(&egui::FontFamily::Proportional)
                .cloned()
                .unwrap_or_default();
            for name in &order {
                if let Some(data) = fonts.font_data.get(name) {
                    db.load_font_source(resvg::usvg::fontdb::Source::Binary(data.font.clone()));
                }
            }
            // The SVG's font stack ends in `sans-serif`: make that the window's Latin font.
            let first = db
                .faces()
                .next()
                .and_then(|f| f.families.first())
                .map(|family| family.0.clone());
            if let Some(family) = first {
                db.set_sans_serif_family(family);
            }
            std::sync::Arc::new(db)
        })
        .clone()
}

/// A chart's SVG drawn as a picture for a memo: on the SVG's white page whatever the window's
/// theme, at least [`PICTURE_MIN_WIDTH`] pixels wide and at least twice the chart's size.
pub fn raster(svg: &str) -> Result<ColorImage, String> {
    let options = resvg::usvg::Options {
        fontdb: picture_fonts(),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size();
    let scale = (PICTURE_MIN_WIDTH as f32 / size.width())
        .max(2.0)
        .min(PICTURE_MAX_WIDTH as f32 / size.width());
    let (w, h) = (
        (size.width() * scale).round().max(1.0) as u32,
        (size.height() * scale).round().max(1.0) as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or_else(|| format!("{w} × {h}"))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // tiny-skia's pixels are premultiplied; on an opaque white page they are the plain colours.
    let pixels = pixmap
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            egui::Color32::from_rgba_unmultiplied(c.red(), c.green(), c.blue(), c.alpha())
        })
        .collect();
    Ok(ColorImage::new([w as usize, h as usize], pixels))
}

/// Called by a chart: asks for a picture of `rect`.
pub fn request(ctx: &egui::Context, request: Request) {
    ctx.data_mut(|d| d.insert_temp(request_id(), Some(request)));
    ctx.request_repaint();
}

/// Whether this frame is drawn for a picture (charts then show no hover labels).
pub fn capturing(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(capturing_id()))
        .unwrap_or(false)
}

/// An export on its way.
#[derive(Debug)]
pub enum Export {
    /// Asked for this frame; the capture is sent in the next, drawn for the picture.
    Asked(Request),
    /// The capture is on its way.
    Capturing(Request, Receiver<ColorImage>),
    /// The picture, waiting for a file name.
    Naming(ColorImage, String),
}

impl Export {
    /// The chart's request, while it is being captured.
    pub fn request(&self) -> Option<&Request> {
        match self {
            Export::Asked(r) | Export::Capturing(r, _) => Some(r),
            Export::Naming(..) => None,
        }
    }

    /// Takes a chart's request made during this frame, if there is one.
    pub fn take_request(ctx: &egui::Context) -> Option<Export> {
        let request = ctx.data_mut(|d| d.remove_temp::<Option<Request>>(request_id()))??;
        ctx.data_mut(|d| d.insert_temp(capturing_id(), true));
        ctx.request_repaint();
        Some(Export::Asked(request))
    }

    /// Moves the export on by a frame; returns the picture once it is there.
    pub fn step(self, ctx: &egui::Context) -> (Option<Export>, Option<(Request, ColorImage)>) {
        match self {
            Export::Asked(request) => {
                let (tx, rx) = channel();
                let (rect, pixels_per_point) = (request.rect, ctx.pixels_per_point());
                ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(
                    egui::ScreenshotCallback::new(move |image| {
                        let _ = tx.send(crop(&image, rect, pixels_per_point));
                    }),
                ));
                ctx.request_repaint();
                (Some(Export::Capturing(request, rx)), None)
            }
            Export::Capturing(request, rx) => match rx.try_recv() {
                Ok(image) => {
                    // Draw again at once, with hover labels back.
                    ctx.data_mut(|d| d.insert_temp(capturing_id(), false));
                    ctx.request_repaint();
                    (None, Some((request, image)))
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(30));
                    (Some(Export::Capturing(request, rx)), None)
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    ctx.data_mut(|d| d.insert_temp(capturing_id(), false));
                    ctx.request_repaint();
                    (None, None)
                }
            },
            naming @ Export::Naming(..) => (Some(naming), None),
        }
    }
}

/// The part of a window capture inside `rect` (points), at `pixels_per_point`.
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    let [w, h] = image.size;
    let px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, x1) = (px(rect.min.x, w), px(rect.max.x, w));
    let (y0, y1) = (px(rect.min.y, h), px(rect.max.y, h));
    let (cw, ch) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
    let mut pixels = Vec::with_capacity(cw * ch);
    for y in y0..y1 {
        pixels.extend_from_slice(&image.pixels[y * w + x0..y * w + x1]);
    }
    ColorImage::new([cw, ch], pixels)
}

/// The picture as PNG bytes.
pub fn png(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let mut out = std::io::Cursor::new(Vec::new());
    image::write_buffer_with_format(
        &mut out,
        &rgba,
        u32::try_from(w).map_err(|e| e.to_string())?,
        u32::try_from(h).map_err(|e| e.to_string())?,
        image::ExtendedColorType::Rgba8,
        image::ImageFormat::Png,
    )
    .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// A file name from a chart's heading: "Financing by sector (US$ bn a year)" and "png" →
/// "financing-by-sector.png".
pub fn file_name(title: &str, extension: &str) -> String {
    let head = title.split('(').next().unwrap_or(title);
    let mut name = String::new();
    for c in head.chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        format!("chart.{extension}")
    } else {
        format!("{name}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_cut_from_the_capture_at_the_screens_resolution_and_encodes_as_png() {
        // A 200 × 100 point window at 2 pixels a point, with the chart's area in red.
        let mut capture = ColorImage::filled([400, 200], egui::Color32::WHITE);
        for y in 40..120 {
            for x in 60..300 {
                capture.pixels[y * 400 + x] = egui::Color32::RED;
            }
        }
        let rect = Rect::from_min_max(egui::pos2(30.0, 20.0), egui::pos2(150.0, 60.0));
        let chart = crop(&capture, rect, 2.0);
        assert_eq!(chart.size, [240, 80]);
        assert!(chart.pixels.iter().all(|p| *p == egui::Color32::RED));
        let bytes = png(&chart).unwrap();
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (240, 80));
        // A rectangle reaching past the capture is cut at its edge.
        let edge = crop(
            &capture,
            Rect::from_min_max(egui::pos2(150.0, 50.0), egui::pos2(260.0, 140.0)),
            2.0,
        );
        assert_eq!(edge.size, [100, 100]);
    }

    #[test]
    fn a_charts_picture_is_drawn_from_its_svg_at_print_resolution_with_its_words() {
        let svg = |text: &str| {
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" \
                 font-family=\"{}\"><rect width=\"400\" height=\"300\" fill=\"#ffffff\"/>\
                 <text x=\"10\" y=\"150\" font-size=\"40\" fill=\"#000000\">{text}</text></svg>",
                crate::chart::svg::FONT_STACK
            )
        };
        let picture = raster(&svg("")).unwrap();
        assert_eq!(
            picture.size,
            [1600, 1200],
            "at least 1,600 px wide, in proportion"
        );
        assert!(picture.pixels.iter().all(|p| *p == egui::Color32::WHITE));
        // Words in each language leave ink: the embedded fonts have their letters.
        for words in ["Approvals", "Одобрения", "贷款批准额"] {
            let inked = raster(&svg(words))
                .unwrap()
                .pixels
                .iter()
                .filter(|p| p.r() < 128)
                .count();
            assert!(inked > 2000, "{words}: {inked} dark pixels");
        }
        // A wide chart is drawn at twice its size.
        let wide = svg("").replace("width=\"400\"", "width=\"1000\"");
        assert_eq!(raster(&wide).unwrap().size[0], 2000);
        assert!(raster("not svg").is_err());
    }

    #[test]
    fn file_names_come_from_the_heading() {
        assert_eq!(
            file_name("Financing by sector (US$ bn a year)", "png"),
            "financing-by-sector.png"
        );
        assert_eq!(
            file_name("Capital ratio E / (L + ccf·U)", "svg"),
            "capital-ratio-e.svg"
        );
        assert_eq!(file_name("(((", "png"), "chart.png");
    }
}
