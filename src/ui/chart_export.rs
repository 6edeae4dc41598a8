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
