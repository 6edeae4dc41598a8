//! Discovery's two pictures (the peeling trajectory and the scatter of runs with the box) as
//! SVG, as every other chart is: the same page as [`crate::chart::svg`] (white, dark text, the
//! title above, the legend beside the plot), for pictures whose x axis is a value, not years.

use std::fmt::Write as _;

use egui::Color32;

use crate::chart::nice_step;
use crate::chart::svg::{
    AXIS, FONT_STACK, GRID, HEIGHT, MUTED, TEXT, WIDTH, escape, hex, text_width, wrap,
};
use crate::i18n::num;

/// What a picture draws: dots, or a line through points.
#[derive(Clone, Debug)]
pub enum Mark {
    Dots { radius: f64 },
    Line { width: f64 },
}

/// One series: its name (in the legend), colour, how it is drawn, and its points (x, y).
#[derive(Clone, Debug)]
pub struct Layer {
    pub name: String,
    pub color: Color32,
    pub mark: Mark,
    pub points: Vec<[f64; 2]>,
}

/// A picture over two value axes.
#[derive(Clone, Debug, Default)]
pub struct Picture {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    /// Values each axis always shows (the trajectory's 0 to 1).
    pub include_x: Vec<f64>,
    pub include_y: Vec<f64>,
    pub layers: Vec<Layer>,
}

/// An axis's range, its grid step and the decimals its labels need.
fn axis(values: impl Iterator<Item = f64>) -> (f64, f64, f64, usize) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo > hi {
        (lo, hi) = (0.0, 1.0);
    }
    if hi - lo < 1e-12 {
        (lo, hi) = (lo - 0.5, hi + 0.5);
    }
    let step = nice_step((hi - lo) / 5.0);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let places = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil().max(0.0) as usize
    };
    (lo, hi, step, places)
}

/// The picture as an SVG document of the charts' default size, without the layers named in
/// `hidden` (switched off in the legend).
pub fn render(picture: &Picture, hidden: &[String]) -> String {
    let (width, height) = (WIDTH, HEIGHT);
    let layers: Vec<&Layer> = picture
        .layers
        .iter()
        .filter(|l| !hidden.contains(&l.name))
        .collect();
    let points = || layers.iter().flat_map(|l| l.points.iter());
    let (x0, x1, x_step, x_places) = axis(
        points()
            .map(|p| p[0])
            .chain(picture.include_x.iter().copied()),
    );
    let (y0, y1, y_step, y_places) = axis(
        points()
            .map(|p| p[1])
            .chain(picture.include_y.iter().copied()),
    );

    let pad = 12.0;
    let title_lines = wrap(&picture.title, width - 2.0 * pad, 15.0);
    let top = pad + title_lines.len() as f64 * 19.0 + 12.0;
    let legend_width = 170.0;
    let y_ticks: Vec<f64> = ticks(y0, y1, y_step);
    let tick_width = y_ticks
        .iter()
        .map(|v| text_width(&num::decimal(*v, y_places), 11.0))
        .fold(0.0, f64::max);
    let left = pad + 18.0 + tick_width + 6.0;
    let right = width - pad - legend_width - 12.0;
    let bottom = height - pad - 36.0;
    let sx = |x: f64| left + (x - x0) / (x1 - x0) * (right - left);
    let sy = |y: f64| bottom - (y - y0) / (y1 - y0) * (bottom - top);

    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"{FONT_STACK}\" role=\"img\"><title>{}</title><rect x=\"0\" y=\"0\" width=\"{width:.0}\" height=\"{height:.0}\" fill=\"#ffffff\" stroke=\"none\"/>",
        escape(&picture.title)
    );
    for (i, line) in title_lines.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{pad:.1}\" y=\"{:.1}\" font-size=\"15\" font-weight=\"bold\" fill=\"{TEXT}\">{}</text>",
            pad + 15.0 + i as f64 * 19.0,
            escape(line)
        );
    }
    // Grid and tick labels.
    for v in &y_ticks {
        let y = sy(*v);
        let _ = write!(
            out,
            "<line x1=\"{left:.1}\" y1=\"{y:.1}\" x2=\"{right:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"1\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text>",
            left - 6.0,
            y + 4.0,
            escape(&num::decimal(*v, y_places))
        );
    }
    for v in ticks(x0, x1, x_step) {
        let x = sx(v);
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{top:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"{GRID}\" stroke-width=\"1\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>",
            bottom + 15.0,
            escape(&num::decimal(v, x_places))
        );
    }
    let _ = write!(
        out,
        "<rect x=\"{left:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\" stroke=\"{AXIS}\" stroke-width=\"1\"/>",
        right - left,
        bottom - top
    );
    let _ = write!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{TEXT}\">{}</text>",
        (left + right) / 2.0,
        bottom + 32.0,
        escape(&picture.x_label)
    );
    let (label_x, label_y) = (pad + 10.0, (top + bottom) / 2.0);
    let _ = write!(
        out,
        "<text x=\"{label_x:.1}\" y=\"{label_y:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{TEXT}\" transform=\"rotate(-90 {label_x:.1} {label_y:.1})\">{}</text>",
        escape(&picture.y_label)
    );
    // The marks, clipped to the plot.
    let _ = write!(
        out,
        "<defs><clipPath id=\"plot\"><rect x=\"{left:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\"/></clipPath></defs><g clip-path=\"url(#plot)\">",
        right - left,
        bottom - top
    );
    for layer in &layers {
        let colour = hex(layer.color);
        match layer.mark {
            Mark::Dots { radius } => {
                for p in &layer.points {
                    let _ = write!(
                        out,
                        "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{radius:.1}\" fill=\"{colour}\"/>",
                        sx(p[0]),
                        sy(p[1])
                    );
                }
            }
            Mark::Line { width } => {
                let points: Vec<String> = layer
                    .points
                    .iter()
                    .map(|p| format!("{:.1},{:.1}", sx(p[0]), sy(p[1])))
                    .collect();
                let _ = write!(
                    out,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width:.1}\"/>",
                    points.join(" ")
                );
            }
        }
    }
    out.push_str("</g>");
    // The legend beside the plot.
    let mut y = top + 4.0;
    let lx = width - pad - legend_width;
    for layer in &layers {
        let colour = hex(layer.color);
        match layer.mark {
            Mark::Dots { .. } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"/>",
                    lx + 8.0,
                    y + 6.0
                );
            }
            Mark::Line { .. } => {
                let _ = write!(
                    out,
                    "<line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"2\"/>",
                    y + 6.0,
                    lx + 16.0,
                    y + 6.0
                );
            }
        }
        for line in wrap(&layer.name, legend_width - 24.0, 12.0) {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"{TEXT}\">{}</text>",
                lx + 22.0,
                y + 10.0,
                escape(&line)
            );
            y += 14.0;
        }
        y += 5.0;
    }
    out.push_str("</svg>\n");
    out
}

/// The grid values from `lo` to `hi` every `step`.
fn ticks(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let n = ((hi - lo) / step).round().clamp(0.0, 100.0) as usize;
    (0..=n).map(|i| lo + i as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_is_a_page_with_its_title_axes_marks_and_legend() {
        let picture = Picture {
            title: "Runs & the box".to_owned(),
            x_label: "Paid-in ratio (%)".to_owned(),
            y_label: "Demand growth (%/yr)".to_owned(),
            include_x: vec![],
            include_y: vec![],
            layers: vec![
                Layer {
                    name: "Bad runs".to_owned(),
                    color: Color32::RED,
                    mark: Mark::Dots { radius: 1.5 },
                    points: vec![[10.0, 20.0], [12.0, 25.0]],
                },
                Layer {
                    name: "Box".to_owned(),
                    color: Color32::BLUE,
                    mark: Mark::Line { width: 2.0 },
                    points: vec![[9.0, 19.0], [13.0, 19.0], [13.0, 26.0]],
                },
            ],
        };
        let svg = render(&picture, &[]);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Runs &amp; the box"));
        assert_eq!(
            svg.matches("<circle").count(),
            2 + 1,
            "two runs and a legend swatch"
        );
        assert!(svg.contains("<polyline"));
        assert!(svg.contains("Paid-in ratio (%)"));
        let without_box = render(&picture, &["Box".to_owned()]);
        assert!(
            !without_box.contains("<polyline"),
            "switched off in the legend"
        );
    }
}
