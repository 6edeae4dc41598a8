//! Charts as SVG: the same [`Chart`] the window draws, as a clean vector file that Word,
//! LibreOffice, PowerPoint, Inkscape and browsers open. Plain SVG 1.1: presentation
//! attributes rather than style sheets (Office reads those best), no scripts, no external
//! references; text stays text (searchable, and in the reader's fonts) in a font stack that
//! includes common Chinese fonts. The file is laid out for a page (white background, dark
//! text) whatever the window's theme.
//!
//! Layout: the title at the top, the plot with its value axis on the left and years (or
//! categories) below, the legend beside the plot, or below it when the picture is narrow.

use std::fmt::Write as _;

use egui::Color32;

use super::{Axis, Chart, Layer, LegendItem, SwatchKind, nice_step};
use crate::t;

/// The default size of a chart, in CSS pixels: a half A4 page's width at 96 dpi.
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 380.0;

/// Fonts for the page: the system's sans-serif, with Chinese and Cyrillic coverage on Windows,
/// macOS and Linux.
pub const FONT_STACK: &str = "'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', \
    'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', \
    'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// The page's colours, shared by every picture written as SVG: text, muted text (ticks and
/// notes), grid lines and axes.
pub const TEXT: &str = "#222222";
pub const MUTED: &str = "#555555";
pub const GRID: &str = "#e3e3e3";
pub const AXIS: &str = "#888888";

/// `chart` as an SVG document of the default size.
pub fn render(chart: &Chart) -> String {
    render_sized(chart, WIDTH, HEIGHT)
}

/// `chart` as an SVG document `width` × `height` CSS pixels (taller if its legend needs it).
pub fn render_sized(chart: &Chart, width: f64, height: f64) -> String {
    // All-zero stacked series drawn as the window draws them: not at all.
    let chart = &chart.visible(&[]);
    let pad = 12.0;
    let title_lines = wrap(&chart.title, width - 2.0 * pad, 15.0);
    let top = pad + title_lines.len() as f64 * 19.0 + 12.0;
    let beside = width >= 520.0;
    let legend_width = if beside {
        (width * 0.27).clamp(150.0, 210.0)
    } else {
        width - 2.0 * pad
    };
    let legend = legend_rows(&chart.legend, legend_width);
    let legend_height: f64 = legend.iter().map(|(_, lines)| entry_height(lines)).sum();
    let (horizontal, categories) = match &chart.axis {
        Axis::Categories { labels, horizontal } => (*horizontal, labels.as_slice()),
        Axis::Years { .. } => (false, &[][..]),
    };
    // Room below the plot: tick labels and the axis's title.
    let below = 40.0;
    let mut height = height.max(top + legend_height + pad);
    if !beside {
        height = height.max(top + 160.0 + below + legend_height + 2.0 * pad);
    }
    let plot_bottom = if beside {
        height - pad - below
    } else {
        height - pad - legend_height - 8.0 - below
    };
    let plot_right = if beside {
        width - pad - legend_width - 16.0
    } else {
        width - pad
    };

    let (lo, hi) = chart.value_range();
    // Value ticks about every 50 px along the value axis.
    let value_extent = if horizontal {
        plot_right - 200.0
    } else {
        plot_bottom - top
    };
    let step = nice_step((hi - lo) / (value_extent / 50.0).max(2.0));
    let (v0, mut v1) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    if v1 - v0 < step * 0.5 {
        v1 = v0 + step;
    }
    let ticks: Vec<f64> = (0..=((v1 - v0) / step).round() as i64)
        .map(|i| v0 + i as f64 * step)
        .collect();
    let tick_labels: Vec<String> = ticks.iter().map(|v| chart.unit.tick(*v, step)).collect();

    // The left margin: the value axis's labels and title, or the categories' names.
    let left = if horizontal {
        let longest = categories
            .iter()
            .map(|l| text_width(l, 11.0))
            .fold(0.0, f64::max);
        pad + longest.min(width * 0.35) + 8.0
    } else {
        let longest = tick_labels
            .iter()
            .map(|l| text_width(l, 11.0))
            .fold(0.0, f64::max);
        pad + 18.0 + longest + 6.0
    };
    let plot = Rect {
        left,
        top,
        right: plot_right.max(left + 40.0),
        bottom: plot_bottom.max(top + 40.0),
    };

    let mut doc = Svg::new(width, height, &chart.title);
    for (i, line) in title_lines.iter().enumerate() {
        doc.text(
            pad,
            pad + 15.0 + i as f64 * 19.0,
            line,
            15.0,
            TEXT,
            "start",
            true,
        );
    }

    // Where a position (year or category) and a value stand on the page.
    let (p0, p1) = match &chart.axis {
        Axis::Years { first, n } => {
            let first = f64::from(*first);
            let last = first + (*n).max(1) as f64 - 1.0;
            if last > first {
                (first, last)
            } else {
                (first - 0.5, first + 0.5)
            }
        }
        Axis::Categories { labels, .. } => (-0.5, labels.len().max(1) as f64 - 0.5),
    };
    let map = Map {
        plot,
        p: (p0, p1),
        v: (v0, v1),
        horizontal,
    };

    // Grid and value axis.
    for (v, label) in ticks.iter().zip(&tick_labels) {
        if horizontal {
            let x = map.value(*v);
            doc.line(x, plot.top, x, plot.bottom, GRID, 1.0, None);
            doc.text(x, plot.bottom + 15.0, label, 11.0, MUTED, "middle", false);
        } else {
            let y = map.value(*v);
            doc.line(plot.left, y, plot.right, y, GRID, 1.0, None);
            doc.text(plot.left - 5.0, y + 4.0, label, 11.0, MUTED, "end", false);
        }
    }
    if v0 < 0.0 && v1 > 0.0 {
        let z = map.value(0.0);
        if horizontal {
            doc.line(z, plot.top, z, plot.bottom, AXIS, 1.0, None);
        } else {
            doc.line(plot.left, z, plot.right, z, AXIS, 1.0, None);
        }
    }
    // The value axis's title.
    if horizontal {
        let x = (plot.left + plot.right) / 2.0;
        doc.text(
            x,
            plot.bottom + 32.0,
            &chart.value_label,
            11.0,
            MUTED,
            "middle",
            false,
        );
    } else {
        let (x, y) = (pad + 10.0, (plot.top + plot.bottom) / 2.0);
        doc.rotated_text(x, y, &chart.value_label, 11.0, MUTED);
    }
    // The position axis.
    match &chart.axis {
        Axis::Years { .. } => {
            let span = (p1 - p0).max(1.0);
            let every = nice_step(span / ((plot.right - plot.left) / 60.0).max(1.0)).max(1.0);
            let mut year = (p0 / every).ceil() * every;
            while year <= p1 + 1e-9 {
                let x = map.position(year);
                doc.line(x, plot.bottom, x, plot.bottom + 4.0, AXIS, 1.0, None);
                doc.text(
                    x,
                    plot.bottom + 16.0,
                    &format!("{year:.0}"),
                    11.0,
                    MUTED,
                    "middle",
                    false,
                );
                year += every;
            }
            let x = (plot.left + plot.right) / 2.0;
            doc.text(
                x,
                plot.bottom + 32.0,
                &t!("axis-year"),
                11.0,
                MUTED,
                "middle",
                false,
            );
        }
        Axis::Categories { labels, .. } => {
            for (i, label) in labels.iter().enumerate() {
                let at = map.position(i as f64);
                if horizontal {
                    let text = ellipsis(label, left - pad - 8.0, 11.0);
                    doc.text(plot.left - 6.0, at + 4.0, &text, 11.0, TEXT, "end", false);
                } else {
                    doc.text(at, plot.bottom + 16.0, label, 11.0, MUTED, "middle", false);
                }
            }
        }
    }
    doc.line(
        plot.left,
        plot.bottom,
        plot.right,
        plot.bottom,
        AXIS,
        1.0,
        None,
    );

    // Everything drawn lies inside the plot (the value axis spans every value, and shaded
    // years are cut at its ends), so no clip path is needed: some importers ignore them.
    for layer in &chart.layers {
        draw_layer(&mut doc, chart, &map, layer);
    }

    // The legend.
    let (mut x, mut y) = if beside {
        (plot.right + 16.0, top)
    } else {
        (pad, plot.bottom + below + 8.0)
    };
    if !beside {
        x = x.max(pad);
    }
    for (item, lines) in &legend {
        swatch(&mut doc, item, x, y + 2.0);
        for (i, line) in lines.iter().enumerate() {
            doc.text(
                x + 20.0,
                y + 11.0 + i as f64 * 14.0,
                line,
                11.0,
                TEXT,
                "start",
                false,
            );
        }
        y += entry_height(lines);
    }
    doc.finish()
}

/// The plot's rectangle on the page.
#[derive(Clone, Copy, Debug)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// From chart coordinates to the page.
struct Map {
    plot: Rect,
    p: (f64, f64),
    v: (f64, f64),
    horizontal: bool,
}

impl Map {
    /// A year or category position: across, or down for sideways bars (the first at the top).
    fn position(&self, at: f64) -> f64 {
        let share = (at - self.p.0) / (self.p.1 - self.p.0);
        if self.horizontal {
            self.plot.top + share * (self.plot.bottom - self.plot.top)
        } else {
            self.plot.left + share * (self.plot.right - self.plot.left)
        }
    }

    fn value(&self, v: f64) -> f64 {
        let share = (v - self.v.0) / (self.v.1 - self.v.0);
        if self.horizontal {
            self.plot.left + share * (self.plot.right - self.plot.left)
        } else {
            self.plot.bottom - share * (self.plot.bottom - self.plot.top)
        }
    }

    fn point(&self, at: f64, v: f64) -> (f64, f64) {
        (self.position(at), self.value(v))
    }
}

fn draw_layer(doc: &mut Svg, chart: &Chart, map: &Map, layer: &Layer) {
    let years = chart.years();
    match layer {
        Layer::Stack(series) => {
            for (s, lower, upper) in Chart::stacked(series) {
                let top: Vec<(f64, f64)> = years
                    .iter()
                    .zip(&upper)
                    .map(|(x, v)| map.point(*x, *v))
                    .collect();
                let mut outline = top.clone();
                outline.extend(
                    years
                        .iter()
                        .zip(&lower)
                        .rev()
                        .map(|(x, v)| map.point(*x, *v)),
                );
                doc.polygon(&outline, s.color, 0.75);
                doc.polyline(&top, s.color, 1.0, None);
            }
        }
        Layer::Line { series, width } => {
            // A line breaks where a year has no value.
            let mut run: Vec<(f64, f64)> = Vec::new();
            for (x, v) in years.iter().zip(&series.values) {
                if v.is_finite() {
                    run.push(map.point(*x, *v));
                } else if !run.is_empty() {
                    doc.polyline(&run, series.color, f64::from(*width), dash_of(series));
                    run.clear();
                }
            }
            if !run.is_empty() {
                doc.polyline(&run, series.color, f64::from(*width), dash_of(series));
            }
        }
        Layer::Band { color, ranges, .. } => {
            for range in ranges {
                for s in &range.stretches {
                    let mut outline: Vec<(f64, f64)> =
                        s.xs.iter()
                            .zip(&s.upper)
                            .map(|(x, v)| map.point(*x, *v))
                            .collect();
                    outline.extend(
                        s.xs.iter()
                            .zip(&s.lower)
                            .rev()
                            .map(|(x, v)| map.point(*x, *v)),
                    );
                    doc.polygon(&outline, *color, range.alpha);
                }
            }
        }
        Layer::Rule { color, value, .. } => {
            let y = map.value(*value);
            let (a, b) = (map.plot.left, map.plot.right);
            doc.line(a, y, b, y, &hex(*color), 1.5, Some("6 4"));
        }
        Layer::Spans { color, ranges, .. } => {
            for (a, b) in ranges {
                let (x0, x1) = (map.position(a.max(map.p.0)), map.position(b.min(map.p.1)));
                let _ = write!(
                    doc.body,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\" fill-opacity=\"{:.2}\" stroke=\"none\"/>",
                    x0,
                    map.plot.top,
                    (x1 - x0).max(0.0),
                    map.plot.bottom - map.plot.top,
                    hex(*color),
                    alpha(*color)
                );
            }
        }
        Layer::Bars { color, bars, .. } => {
            for bar in bars {
                let (a, b) = (
                    map.position(bar.at - bar.width / 2.0),
                    map.position(bar.at + bar.width / 2.0),
                );
                let (z, v) = (map.value(bar.base), map.value(bar.base + bar.value));
                let (x, y, w, h) = if map.horizontal {
                    (z.min(v), a.min(b), (v - z).abs(), (b - a).abs())
                } else {
                    (a.min(b), z.min(v), (b - a).abs(), (v - z).abs())
                };
                let fill = bar.color.unwrap_or(*color);
                let _ = write!(
                    doc.body,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{}\" fill-opacity=\"{:.2}\" stroke=\"none\"><title>{}</title></rect>",
                    hex(fill),
                    alpha(fill),
                    escape(&bar.name)
                );
            }
        }
    }
}

/// A legend entry's swatch at `(x, y)`.
fn swatch(doc: &mut Svg, item: &LegendItem, x: f64, y: f64) {
    let c = hex(item.color);
    match item.kind {
        SwatchKind::Area => {
            let _ = write!(
                doc.body,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"14\" height=\"10\" rx=\"2\" fill=\"{c}\"/>"
            );
        }
        SwatchKind::Band => {
            let _ = write!(
                doc.body,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"14\" height=\"10\" rx=\"2\" fill=\"{c}\" fill-opacity=\"0.3\"/><rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"5\" fill=\"{c}\" fill-opacity=\"0.6\"/>",
                y + 2.5
            );
        }
        SwatchKind::Line => doc.line(x, y + 5.0, x + 14.0, y + 5.0, &c, 2.5, None),
        SwatchKind::Dashed => doc.line(x, y + 5.0, x + 14.0, y + 5.0, &c, 2.0, Some("3 2")),
        SwatchKind::Dotted => doc.line(x, y + 5.0, x + 14.0, y + 5.0, &c, 2.0, Some("0.1 3")),
    }
}

/// The legend's entries with their names wrapped to `width` (less the swatch).
fn legend_rows(items: &[LegendItem], width: f64) -> Vec<(&LegendItem, Vec<String>)> {
    items
        .iter()
        .map(|item| (item, wrap(&item.name, width - 20.0, 11.0)))
        .collect()
}

fn entry_height(lines: &[String]) -> f64 {
    lines.len().max(1) as f64 * 14.0 + 5.0
}

/// About how wide `text` is at `size` pixels in a common sans-serif: good enough to place
/// labels and wrap them; the reader's font decides the rest.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| {
            let em = match c {
                ' ' | '.' | ',' | ':' | ';' | 'i' | 'l' | 'j' | '\'' | '|' | '(' | ')' => 0.3,
                'm' | 'w' | 'M' | 'W' | 'Ш' | 'Щ' | 'Ж' | 'ш' | 'щ' | 'ж' | 'Ю' | 'ю' => {
                    0.85
                }
                c if c.is_ascii_uppercase() => 0.66,
                c if u32::from(c) >= 0x2E80 => 1.0,
                c if c.is_uppercase() => 0.68,
                _ => 0.56,
            };
            em * size
        })
        .sum()
}

/// `text` broken into lines no wider than `width` at `size`: at spaces, and between any two
/// Chinese characters.
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    // Words, with each CJK character a word of its own (joined without a space).
    let mut words: Vec<(String, bool)> = Vec::new();
    for word in text.split(' ') {
        let mut current = String::new();
        for c in word.chars() {
            if u32::from(c) >= 0x2E80 {
                if !current.is_empty() {
                    words.push((std::mem::take(&mut current), false));
                }
                words.push((c.to_string(), true));
            } else {
                current.push(c);
            }
        }
        if !current.is_empty() {
            words.push((current, false));
        }
        // The space after the word.
        words.push((" ".to_owned(), false));
    }
    words.pop();
    for (word, _) in words {
        let candidate = format!("{line}{word}");
        if !line.trim().is_empty() && text_width(candidate.trim_end(), size) > width {
            lines.push(line.trim_end().to_owned());
            line = word.trim_start().to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// `text` cut with "…" to fit `width`.
pub fn ellipsis(text: &str, width: f64, size: f64) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out, size) + text_width(&c.to_string(), size) + 0.6 * size > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// How opaque a colour is, 0–1 (a faded series stays faded in the file).
fn alpha(c: Color32) -> f64 {
    f64::from(c.to_srgba_unmultiplied()[3]) / 255.0
}

/// `#rrggbb` of a colour (its opacity is written separately).
pub fn hex(c: Color32) -> String {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Text as XML character data or an attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A small SVG writer: the elements the charts, the Flows diagram and the map need.
#[derive(Debug)]
pub struct Svg {
    head: String,
    pub body: String,
    clips: usize,
}

impl Svg {
    /// A document `width` × `height` with a white page and `title` for screen readers.
    pub fn new(width: f64, height: f64, title: &str) -> Self {
        let head = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"{FONT_STACK}\" role=\"img\"><title>{}</title><rect x=\"0\" y=\"0\" width=\"{width:.0}\" height=\"{height:.0}\" fill=\"#ffffff\" stroke=\"none\"/>",
            escape(title)
        );
        Svg {
            head,
            body: String::new(),
            clips: 0,
        }
    }

    /// Defines a clip path of `rect`; returns its id.
    pub fn clip(&mut self, rect: &Rect) -> String {
        self.clips += 1;
        let id = format!("clip{}", self.clips);
        let _ = write!(
            self.body,
            "<defs><clipPath id=\"{id}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/></clipPath></defs>",
            rect.left,
            rect.top,
            rect.right - rect.left,
            rect.bottom - rect.top
        );
        id
    }

    pub fn open_group(&mut self, clip: &str) {
        let _ = write!(self.body, "<g clip-path=\"url(#{clip})\">");
    }

    pub fn close_group(&mut self) {
        self.body.push_str("</g>");
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        text: &str,
        size: f64,
        fill: &str,
        anchor: &str,
        bold: bool,
    ) {
        let weight = if bold { " font-weight=\"bold\"" } else { "" };
        let _ = write!(
            self.body,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" fill=\"{fill}\" text-anchor=\"{anchor}\"{weight}>{}</text>",
            escape(text)
        );
    }

    /// Text turned a quarter anticlockwise, centred on `(x, y)` (a vertical axis's title).
    pub fn rotated_text(&mut self, x: f64, y: f64, text: &str, size: f64, fill: &str) {
        let _ = write!(
            self.body,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" fill=\"{fill}\" text-anchor=\"middle\" transform=\"rotate(-90 {x:.1} {y:.1})\">{}</text>",
            escape(text)
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: &str,
        width: f64,
        dash: Option<&str>,
    ) {
        let dash = dash.map_or_else(String::new, |d| format!(" stroke-dasharray=\"{d}\""));
        let _ = write!(
            self.body,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>"
        );
    }

    /// A line through `points`, dashed or dotted when `dash` says so (see [`dash_of`]).
    pub fn polyline(
        &mut self,
        points: &[(f64, f64)],
        color: Color32,
        width: f64,
        dash: Option<&str>,
    ) {
        let dash = dash.map_or_else(String::new, |d| format!(" stroke-dasharray=\"{d}\""));
        let _ = write!(
            self.body,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-opacity=\"{:.2}\" stroke-width=\"{width}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"{dash}/>",
            points_attr(points),
            hex(color),
            alpha(color)
        );
    }

    pub fn polygon(&mut self, points: &[(f64, f64)], color: Color32, opacity: f32) {
        let _ = write!(
            self.body,
            "<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{:.2}\" stroke=\"none\"/>",
            points_attr(points),
            hex(color),
            f64::from(opacity) * alpha(color)
        );
    }

    /// A white plate under a label that stands over the drawing (`rect` in points).
    pub fn plate(&mut self, rect: egui::Rect) {
        let _ = write!(
            self.body,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"2\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"none\"/>",
            rect.left(),
            rect.top(),
            rect.width(),
            rect.height()
        );
    }

    /// Adds raw, already escaped SVG.
    pub fn raw(&mut self, svg: &str) {
        self.body.push_str(svg);
    }

    pub fn finish(self) -> String {
        format!("{}{}</svg>\n", self.head, self.body)
    }
}

fn points_attr(points: &[(f64, f64)]) -> String {
    let mut out = String::with_capacity(points.len() * 14);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{x:.1},{y:.1}");
    }
    out
}

/// A series' dash pattern in SVG: none for a solid line, long dashes for a reference (or a
/// dashed series), dots for the reference of a dashed series.
fn dash_of(series: &super::Series) -> Option<&'static str> {
    if series.dotted {
        Some("0.1 4")
    } else if series.dashed {
        Some("7 4")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_wrapped_at_spaces_and_between_chinese_characters() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(escape("x\u{7}y"), "xy");
        let lines = wrap("Financing by sector and by country", 100.0, 11.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), "Financing by sector and by country");
        let zh = wrap("按部门划分的融资按部门划分的融资", 60.0, 11.0);
        assert!(zh.len() > 1, "{zh:?}");
        assert_eq!(zh.concat(), "按部门划分的融资按部门划分的融资");
        assert_eq!(wrap("", 50.0, 11.0), [""]);
        assert!(ellipsis("A rather long assumption name", 60.0, 11.0).ends_with('…'));
    }
}
