//! The window's renderer of [`crate::chart::Chart`]s: calendar years (or categories) on one
//! axis, a unit on the other, a legend beside the plot (never over the data) whose entries show
//! each series' colour in the order the eye meets them and toggle the series, a cursor linked
//! across every chart on the time axis, and hover labels with the series, the exact value, its
//! unit and the year for every series at once, wherever the pointer is over the years. The same chart data is written as a
//! vector file by [`crate::chart::svg`].

use crate::t;

use egui::{Color32, Id, Ui};
use egui_plot::{
    BarChart, FilledArea, GridInput, GridMark, HLine, Line, LineStyle, Plot, PlotPoints, PlotUi,
    Span, uniform_grid_spacer,
};

pub use crate::chart::{
    Axis, Chart, CompareMode, Frame, Layer, LegendItem, RATIO_CAP_PCT, Series, SwatchKind,
    TimeChart, ValueUnit, nice_step, stack_legend,
};

/// Value-axis (vertical) grid in steps of 1, 2 or 5 × 10ⁿ, so that a labelled line comes every
/// 20–60 points whatever the range. Not for horizontal axes: their labels need 60 points, more
/// than these finer steps reach (egui_plot's default steps by powers of ten, which leaves a chart
/// spanning −5 to 15 with a single label at 0).
pub fn value_grid(input: GridInput) -> Vec<GridMark> {
    uniform_grid_spacer(|input: GridInput| {
        let s1 = nice_step(input.base_step_size);
        let s2 = next_multiple(s1);
        [s1, s2, next_multiple(s2)]
    })(input)
}

/// The next 1-2-5 step that is a whole multiple of `step` (1 → 2, 2 → 10, 5 → 10).
fn next_multiple(step: f64) -> f64 {
    let mantissa = step / 10f64.powf(step.log10().floor());
    if (mantissa - 1.0).abs() < 1e-6 {
        step * 2.0
    } else if (mantissa - 2.0).abs() < 1e-6 {
        step * 5.0
    } else {
        step * 2.0
    }
}

/// Charts that share the time axis share the cursor.
pub fn time_link() -> Id {
    Id::unique("time-axis")
}

/// Draws `chart` `height` points high with its heading, legend and picture exports.
pub fn show(ui: &mut Ui, chart: &Chart, height: f32) {
    // On the light theme, lines too pale against the plot are darkened (the SVG keeps the
    // chart's own colours).
    let drawn = if ui.visuals().dark_mode {
        std::borrow::Cow::Borrowed(chart)
    } else {
        std::borrow::Cow::Owned(chart.on_light_page())
    };
    chart_with_legend(
        ui,
        chart.id,
        &chart.title,
        &drawn.legend,
        Some(chart),
        |ui, hidden, width, capturing| {
            let c = drawn.visible(hidden);
            match &c.axis {
                Axis::Years { .. } => {
                    let shown =
                        time_plot(ui, &c, height, capturing)
                            .width(width)
                            .show(ui, |plot| {
                                draw_layers(plot, &c, false);
                                hovered_bar(plot, &c, false)
                            });
                    with_bar_tooltip(shown.response, shown.inner)
                }
                Axis::Categories { labels, horizontal } => {
                    category_plot(ui, &c, labels, *horizontal, height, width)
                }
            }
        },
    );
}

/// A plot over calendar years: whole years on x, the unit on y from zero, the shared cursor,
/// no scrolling (the page scrolls), and hover labels naming the series, the year and the value
/// (inside a stacked band, that band). A frame drawn for a picture has no hover label.
fn time_plot<'a>(ui: &Ui, c: &Chart, height: f32, capturing: bool) -> Plot<'a> {
    let unit = c.unit;
    let mut plot = Plot::new(c.id)
        .height(height)
        .y_grid_spacer(value_grid)
        .link_cursor(time_link(), [true, false])
        .x_axis_label(t!("axis-year"));
    // The value axis's title runs along it; on a chart too short for it the title would be
    // cut at both ends ("лл. США"), and the chart's heading already gives the unit.
    if fits_along(ui, &c.value_label, height - 48.0) {
        plot = plot.y_axis_label(c.value_label.clone());
    }
    let mut plot = plot
        .y_axis_formatter(move |mark, _| unit.tick(mark.value, mark.step_size))
        .x_axis_formatter(|mark, _| {
            if mark.value.fract().abs() < 1e-9 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .allow_scroll(false);
    for y in &c.include {
        plot = plot.include_y(*y);
    }
    if capturing {
        return plot.show_x(false).show_y(false).show_crosshair(false);
    }
    let first = c.years().first().copied().unwrap_or(0.0);
    // Every series' values by year (NaN where it has none), in the legend's order.
    let mut by_year: Vec<(String, Vec<f64>)> = Vec::new();
    let mut stack: Vec<(String, Vec<f64>)> = Vec::new();
    for layer in &c.layers {
        match layer {
            Layer::Stack(series) => {
                // The top band first, as the eye meets them and the legend lists them.
                for s in series.iter().rev() {
                    by_year.push((s.name.clone(), s.values.clone()));
                }
                for s in series {
                    stack.push((s.name.clone(), s.values.clone()));
                }
            }
            Layer::Line { series, .. } => {
                by_year.push((series.name.clone(), series.values.clone()));
            }
            _ => {}
        }
    }
    // Anywhere over the plot, the year's value of every series, the one under the pointer (a
    // line near it, or the stacked band it is in) marked; nothing left or right of the years.
    plot.label_formatter(move |hover| {
        let (position, under) = match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => (*position, Some((*plot_name).to_owned())),
            egui_plot::HoverPosition::Elsewhere { position } => (*position, None),
        };
        let year = position.x.round();
        if year < first {
            return None;
        }
        let t = (year - first) as usize;
        let under = under.or_else(|| band_at(&stack, t, position.y).map(|(name, _)| name));
        year_label(&by_year, t, year, under.as_deref(), unit)
    })
}

/// What hovering year `t` of a time chart shows: the year, then each series that has a value
/// in it, `name: value` in the reader's words, the one under the pointer marked with `›`.
fn year_label(
    series: &[(String, Vec<f64>)],
    t: usize,
    year: f64,
    under: Option<&str>,
    unit: ValueUnit,
) -> Option<String> {
    let mut lines = vec![crate::i18n::num::year(year as i32)];
    for (name, values) in series {
        let Some(value) = values.get(t).copied().filter(|v| v.is_finite()) else {
            continue;
        };
        let line = t!(
            "hover-series",
            name = name.as_str(),
            value = unit.format(value)
        );
        lines.push(if under == Some(name.as_str()) {
            format!("› {line}")
        } else {
            format!("   {line}")
        });
    }
    (lines.len() > 1).then(|| lines.join("\n"))
}

/// Whether an axis title fits in `length` points along its axis, in the body font.
pub fn fits_along(ui: &Ui, title: &str, length: f32) -> bool {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui
        .painter()
        .layout_no_wrap(title.to_owned(), font, Color32::WHITE)
        .size()
        .x;
    width <= length
}

/// Draws the chart's layers in order; `horizontal` turns bars sideways.
fn draw_layers(plot: &mut PlotUi<'_>, c: &Chart, horizontal: bool) {
    let years = c.years();
    for layer in &c.layers {
        match layer {
            Layer::Stack(series) => {
                for (s, lower, upper) in Chart::stacked(series) {
                    plot.add(
                        FilledArea::new(s.name.clone(), &years, &lower, &upper)
                            .fill_color(s.color.gamma_multiply(0.75))
                            .stroke(egui::Stroke::new(1.0, s.color)),
                    );
                    let top: PlotPoints<'_> =
                        years.iter().zip(&upper).map(|(x, y)| [*x, *y]).collect();
                    plot.line(Line::new(s.name.clone(), top).color(s.color).width(1.0));
                }
            }
            Layer::Line { series, width } => {
                let points: PlotPoints<'_> = years
                    .iter()
                    .zip(&series.values)
                    .filter(|(_, y)| y.is_finite())
                    .map(|(x, y)| [*x, *y])
                    .collect();
                let line = Line::new(series.name.clone(), points)
                    .color(series.color)
                    .width(*width);
                plot.line(if series.dotted {
                    line.style(LineStyle::dotted_loose())
                } else if series.dashed {
                    line.style(LineStyle::dashed_loose())
                } else {
                    line
                });
            }
            Layer::Band { color, ranges, .. } => {
                for range in ranges {
                    for s in &range.stretches {
                        plot.add(
                            FilledArea::new(range.name.clone(), &s.xs, &s.lower, &s.upper)
                                .fill_color(color.gamma_multiply(range.alpha))
                                .stroke(egui::Stroke::NONE),
                        );
                    }
                }
            }
            Layer::Rule { key, color, value } => plot.hline(
                HLine::new(key.clone(), *value)
                    .color(*color)
                    .style(LineStyle::dashed_loose()),
            ),
            Layer::Spans { key, color, ranges } => {
                for (a, b) in ranges {
                    plot.add(Span::new(key.as_str(), *a..=*b).fill(*color));
                }
            }
            Layer::Bars { key, color, bars } => {
                let n = match &c.axis {
                    Axis::Categories { labels, .. } => labels.len(),
                    Axis::Years { .. } => 0,
                };
                let bars = bars
                    .iter()
                    .map(|b| {
                        let at = if horizontal {
                            n as f64 - 1.0 - b.at
                        } else {
                            b.at
                        };
                        let bar = egui_plot::Bar::new(at, b.value)
                            .base_offset(b.base)
                            .width(b.width)
                            .name(b.name.clone());
                        match b.color {
                            Some(c) => bar.fill(c),
                            None => bar,
                        }
                    })
                    .collect();
                // The plot's own hover text is cut at the plot's edges: [`hovered_bar`] shows a
                // tooltip instead.
                let chart = BarChart::new(key.as_str(), bars)
                    .color(*color)
                    .allow_hover(false);
                plot.bar_chart(if horizontal {
                    chart.horizontal()
                } else {
                    chart
                });
            }
        }
    }
}

/// A plot of bars over categories. Category names are written inside the plot at full
/// strength (axis tick labels fade with their spacing, and would be thinned out on a narrow
/// chart): under the bars, or left of sideways bars, the value range widened to make room.
fn category_plot(
    ui: &mut Ui,
    c: &Chart,
    labels: &[String],
    horizontal: bool,
    height: f32,
    width: f32,
) -> egui::Response {
    let (lowest, highest) = c.value_range();
    let span = (highest - lowest).max(1e-9);
    let unit = c.unit;
    let n = labels.len();
    let text_color = ui.visuals().text_color();
    if horizontal {
        let label_x = lowest - 0.03 * span;
        let right = highest + 0.05 * span;
        let left = label_room(ui, labels, width, label_x, right);
        // A name longer than the room the labels may take is cut; the table below has it whole.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let room = width * MAX_LABEL_SHARE as f32 - 16.0;
        let labels: Vec<String> = labels
            .iter()
            .map(|text| fit_text(ui, text, &font, room))
            .collect();
        let shown = Plot::new(c.id)
            .height(height)
            .width(width)
            .x_axis_label(c.value_label.clone())
            .show_axes([true, false])
            .include_x(left)
            .include_x(right)
            .allow_scroll(false)
            .allow_drag(false)
            .allow_zoom(false)
            .show_grid([true, false])
            .x_axis_formatter(move |mark, _| {
                if mark.value < label_x {
                    String::new()
                } else {
                    unit.tick(mark.value, mark.step_size)
                }
            })
            .show(ui, |plot| {
                draw_layers(plot, c, true);
                let hovered = hovered_bar(plot, c, true);
                for (i, label) in labels.iter().enumerate() {
                    plot.text(
                        egui_plot::Text::new(
                            "",
                            egui_plot::PlotPoint::new(label_x, (n - 1 - i) as f64),
                            egui::RichText::new(label)
                                .text_style(egui::TextStyle::Body)
                                .color(text_color),
                        )
                        .anchor(egui::Align2::RIGHT_CENTER),
                    );
                }
                hovered
            });
        return with_bar_tooltip(shown.response, shown.inner);
    }
    let label_y = lowest - 0.04 * span;
    let shown = Plot::new(c.id)
        .y_grid_spacer(value_grid)
        .height(height)
        .width(width)
        .show_axes([false, true])
        // No grid lines across the category names under the bars.
        .show_grid([false, true])
        .include_y(label_y - 0.08 * span)
        .y_axis_label(c.value_label.clone())
        .y_axis_formatter(move |mark, _| unit.tick(mark.value, mark.step_size))
        .allow_scroll(false)
        .show(ui, |plot| {
            for (i, code) in labels.iter().enumerate() {
                plot.text(
                    egui_plot::Text::new(
                        "",
                        egui_plot::PlotPoint::new(i as f64, label_y),
                        egui::RichText::new(code).small(),
                    )
                    .anchor(egui::Align2::CENTER_TOP),
                );
            }
            draw_layers(plot, c, false);
            hovered_bar(plot, c, false)
        });
    with_bar_tooltip(shown.response, shown.inner)
}

/// The hover text of the bar under the pointer, if any: its name, and its value in the chart's
/// unit where the name (one line) does not already say it all.
fn hovered_bar(plot: &PlotUi<'_>, c: &Chart, horizontal: bool) -> Option<String> {
    let pointer = plot.pointer_coordinate()?;
    let n = match &c.axis {
        Axis::Categories { labels, .. } => labels.len(),
        Axis::Years { .. } => 0,
    };
    let (along, value) = if horizontal {
        (pointer.y, pointer.x)
    } else {
        (pointer.x, pointer.y)
    };
    c.layers.iter().rev().find_map(|layer| match layer {
        Layer::Bars { bars, .. } => bars.iter().find_map(|b| {
            let at = if horizontal {
                n as f64 - 1.0 - b.at
            } else {
                b.at
            };
            let (lo, hi) = (b.base.min(b.base + b.value), b.base.max(b.base + b.value));
            let inside = (along - at).abs() <= b.width / 2.0 && value >= lo && value <= hi;
            inside.then(|| {
                if b.name.contains('\n') {
                    b.name.clone()
                } else {
                    format!("{}\n{}", b.name, c.unit.format(b.value))
                }
            })
        }),
        _ => None,
    })
}

/// A plot's response with the hovered bar's text as a tooltip at the pointer (it is never cut
/// at the plot's edges, and has the tooltip's background).
fn with_bar_tooltip(response: egui::Response, hovered: Option<String>) -> egui::Response {
    match hovered {
        Some(text) => response.on_hover_text_at_pointer(text),
        None => response,
    }
}

/// The most of a sideways bar chart's width its labels may take.
const MAX_LABEL_SHARE: f64 = 0.5;

/// `text` as it fits in `width`: whole, or cut with "…".
fn fit_text(ui: &Ui, text: &str, font: &egui::FontId, width: f32) -> String {
    cut_to_fit(ui, font, width, text, str::to_owned)
}

/// [`crate::chart::cut_to_fit`] in `width` points of `font`, as egui lays it out.
pub fn cut_to_fit(
    ui: &Ui,
    font: &egui::FontId,
    width: f32,
    name: &str,
    compose: impl Fn(&str) -> String,
) -> String {
    first_to_fit(ui, font, width, &[name.to_owned()], compose)
}

/// The first of `names` whose label fits in `width` in this font, or the last cut to fit (see
/// [`crate::chart::first_to_fit`]).
pub fn first_to_fit(
    ui: &Ui,
    font: &egui::FontId,
    width: f32,
    names: &[String],
    compose: impl Fn(&str) -> String,
) -> String {
    crate::chart::first_to_fit(names, compose, |text| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
            <= width
    })
}

/// The left end of the x range that leaves room for the longest label left of the bars (the
/// labels are drawn inside the plot, and Russian ones run long): the share of the plot's
/// `width` the label needs, at most half, turned into data units.
fn label_room(ui: &Ui, labels: &[String], width: f32, label_x: f64, right: f64) -> f64 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let longest = labels
        .iter()
        .map(|text| {
            ui.painter()
                .layout_no_wrap(text.clone(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0f32, f32::max);
    let share = f64::from((longest + 16.0) / width.max(1.0)).clamp(0.2, MAX_LABEL_SHARE);
    // (label_x - left) / (right - left) = share
    (label_x - share * right) / (1.0 - share)
}

/// What a picture's buttons and right-click menu ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    Png,
    Copy,
    Svg,
}

/// A chart's heading (with its PNG and SVG buttons), its plot and a legend beside it (below it
/// where the chart is narrow), and the right-click menu for a picture: what every chart with
/// series shares. `draw` is given the names of the series the legend has switched off, the
/// plot's width and whether the frame is drawn for a picture, and returns the plot's response.
/// `data`, the chart as data where there is one, makes the SVG export possible; it is written
/// as the window shows it, without the series the legend has switched off.
pub fn chart_with_legend(
    ui: &mut Ui,
    id: &str,
    title: &str,
    items: &[LegendItem],
    data: Option<&Chart>,
    draw: impl FnOnce(&mut Ui, &[String], f32, bool) -> egui::Response,
) {
    let svg =
        data.map(|data| move |hidden: &[String]| crate::chart::svg::render(&data.visible(hidden)));
    let svg = svg.as_ref().map(|svg| svg as SvgOf<'_>);
    chart_with_svg(ui, id, title, items, svg, draw);
}

/// What writes a picture's SVG, given the names of the series the legend has switched off.
pub type SvgOf<'a> = &'a dyn Fn(&[String]) -> String;

/// [`chart_with_legend`] for a picture that is not a [`Chart`] (Discovery's scatter and
/// trajectory): `svg` writes it, given the names of the series the legend has switched off.
pub fn chart_with_svg(
    ui: &mut Ui,
    id: &str,
    title: &str,
    items: &[LegendItem],
    svg: Option<SvgOf<'_>>,
    draw: impl FnOnce(&mut Ui, &[String], f32, bool) -> egui::Response,
) {
    let capturing = crate::ui::chart_export::capturing(ui.ctx());
    let hidden_id = Id::unique(("legend-hidden", id));
    let chart = ui.scope(|ui| {
        let mut export = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(title).strong());
            export = picture_buttons_ui(ui, svg.is_some());
        });
        let mut hidden: Vec<String> = ui.data(|d| d.get_temp(hidden_id)).unwrap_or_default();
        let legend_width = (ui.available_width() * 0.26).clamp(110.0, 170.0);
        // A legend taller than its plot (ten sectors with long names beside a short chart)
        // goes below it instead, where its entries flow in rows: measured when last drawn
        // beside at this width ([legend width, legend height, plot height]).
        let fit_id = Id::unique(("legend-fit", id));
        let too_tall =
            ui.data(|d| d.get_temp::<[f32; 3]>(fit_id))
                .is_some_and(|[w, legend, plot]| {
                    (w - legend_width).abs() < 0.5 && legend > plot + 16.0
                });
        let beside = ui.available_width() >= 420.0 && !too_tall;
        let plot = if beside {
            ui.horizontal_top(|ui| {
                let plot_width = ui.available_width() - legend_width - ui.spacing().item_spacing.x;
                let plot = ui
                    .vertical(|ui| {
                        ui.set_width(plot_width);
                        draw(ui, &hidden, plot_width, capturing)
                    })
                    .inner;
                let legend = ui.vertical(|ui| {
                    ui.set_width(legend_width);
                    legend_ui(ui, items, &mut hidden, legend_width);
                });
                let measured = [
                    legend_width,
                    legend.response.rect.height(),
                    plot.rect.height(),
                ];
                ui.data_mut(|d| d.insert_temp(fit_id, measured));
                if measured[1] > measured[2] + 16.0 {
                    // Drawn below from the next frame, which comes at once.
                    ui.ctx().request_discard("a legend taller than its plot");
                }
                plot
            })
            .inner
        } else {
            let width = ui.available_width();
            let plot = draw(ui, &hidden, width, capturing);
            ui.horizontal_wrapped(|ui| legend_ui(ui, items, &mut hidden, width));
            plot
        };
        ui.data_mut(|d| d.insert_temp(hidden_id, hidden));
        export.or(picture_menu(&plot, svg.is_some()))
    });
    let ctx = ui.ctx().clone();
    send_picture(
        &ctx,
        chart.inner,
        chart.response.rect,
        title,
        svg.map(|svg| {
            || {
                let hidden: Vec<String> = ctx.data(|d| d.get_temp(hidden_id)).unwrap_or_default();
                svg(&hidden)
            }
        }),
    );
}

/// The PNG button, and the SVG button where the picture can be written as SVG, for beside a
/// picture's heading; none in a frame drawn for a picture.
pub fn picture_buttons_ui(ui: &mut Ui, has_svg: bool) -> Option<Wanted> {
    if crate::ui::chart_export::capturing(ui.ctx()) {
        return None;
    }
    let mut wanted = None;
    if ui
        .small_button(t!("chart-png"))
        .on_hover_text(t!("chart-png-hint"))
        .clicked()
    {
        wanted = Some(Wanted::Png);
    }
    if has_svg
        && ui
            .small_button(t!("chart-svg"))
            .on_hover_text(t!("chart-svg-hint"))
            .clicked()
    {
        wanted = Some(Wanted::Svg);
    }
    wanted
}

/// A picture's right-click menu: Save as PNG…, Save as SVG… (where it can be), Copy image.
pub fn picture_menu(response: &egui::Response, has_svg: bool) -> Option<Wanted> {
    let mut wanted = None;
    response.context_menu(|ui| {
        if ui.button(t!("chart-save-png")).clicked() {
            wanted = Some(Wanted::Png);
        }
        if has_svg && ui.button(t!("chart-save-svg")).clicked() {
            wanted = Some(Wanted::Svg);
        }
        if ui.button(t!("chart-copy-image")).clicked() {
            wanted = Some(Wanted::Copy);
        }
    });
    wanted
}

/// Hands what was asked of a picture to the window, named after `title`: the SVG that `svg`
/// writes, or for a PNG or the clipboard that SVG drawn at print resolution on a white page
/// (a capture of `rect` from the screen, with a margin, only for a picture with no SVG).
pub fn send_picture<F: FnOnce() -> String>(
    ctx: &egui::Context,
    wanted: Option<Wanted>,
    rect: egui::Rect,
    title: &str,
    svg: Option<F>,
) {
    match (wanted, svg) {
        (Some(Wanted::Svg), Some(svg)) => crate::ui::chart_export::request_svg(
            ctx,
            crate::ui::chart_export::SvgRequest {
                title: title.to_owned(),
                text: svg(),
            },
        ),
        (Some(wanted @ (Wanted::Png | Wanted::Copy)), Some(svg)) => {
            crate::ui::chart_export::request_raster(
                ctx,
                crate::ui::chart_export::SvgRequest {
                    title: title.to_owned(),
                    text: svg(),
                },
                wanted == Wanted::Copy,
            );
        }
        (Some(wanted @ (Wanted::Png | Wanted::Copy)), None) => crate::ui::chart_export::request(
            ctx,
            crate::ui::chart_export::Request {
                // A little of the background either side, as a margin in the picture (none
                // above or below, where the next widget may stand close).
                rect: rect.expand2(egui::vec2(6.0, 0.0)),
                title: title.to_owned(),
                copy: wanted == Wanted::Copy,
            },
        ),
        _ => {}
    }
}

/// The band of a stack (bottom first) that holds height `y` in year index `t`: its name and
/// its own value there.
fn band_at(stack: &[(String, Vec<f64>)], t: usize, y: f64) -> Option<(String, f64)> {
    if y < 0.0 {
        return None;
    }
    let mut lower = 0.0;
    for (name, values) in stack {
        let v = values.get(t).copied().unwrap_or(0.0);
        if v > 0.0 && y >= lower && y <= lower + v {
            return Some((name.clone(), v));
        }
        lower += v.max(0.0);
    }
    None
}

/// The legend's entries; a click switches a series off or on again. Beside a plot they stand
/// one a line within `width`; below it they flow in rows, each entry whole (never cut at the
/// end of a row).
fn legend_ui(ui: &mut Ui, items: &[LegendItem], hidden: &mut Vec<String>, width: f32) {
    for item in items {
        let off = hidden.contains(&item.name);
        if legend_entry_ui(ui, item, off, width).clicked() {
            if off {
                hidden.retain(|h| h != &item.name);
            } else {
                hidden.push(item.name.clone());
            }
        }
    }
}

/// One legend entry as a single widget: swatch and name, wrapped onto a second line and cut
/// with an ellipsis only after that (its whole name then shows on hover).
fn legend_entry_ui(ui: &mut Ui, item: &LegendItem, off: bool, width: f32) -> egui::Response {
    const SWATCH: egui::Vec2 = egui::vec2(14.0, 10.0);
    let gap = 4.0;
    let text_color = if off {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().text_color()
    };
    let font = egui::TextStyle::Small.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple_singleline(item.name.clone(), font, text_color);
    // Three lines before an ellipsis: Russian names run long ("Сельское хозяйство и
    // продовольствие", "Коэффициент достаточности капитала: P5–P95, P25–P75", which two
    // lines cut to look like the line's own entry). A legend grown taller than its plot goes
    // below it.
    job.wrap = egui::text::TextWrapping {
        max_width: (width - SWATCH.x - gap).max(24.0),
        max_rows: 3,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let galley = ui.painter().layout_job(job);
    let size = egui::vec2(
        SWATCH.x + gap + galley.size().x,
        galley.size().y.max(SWATCH.y) + 2.0,
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let name = item.name.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
    // Beside the first line of the name.
    let first_row = galley.rows.first().map_or(SWATCH.y, |r| r.rect().height());
    let swatch = egui::Rect::from_min_size(
        egui::pos2(rect.left(), rect.top() + 1.0 + (first_row - SWATCH.y) / 2.0),
        SWATCH,
    );
    let color = if off {
        item.color.gamma_multiply(0.25)
    } else {
        item.color
    };
    let painter = ui.painter();
    match item.kind {
        SwatchKind::Area => {
            painter.rect_filled(swatch, 2.0, color);
        }
        SwatchKind::Band => {
            painter.rect_filled(swatch, 2.0, color.gamma_multiply(0.3));
            painter.rect_filled(
                swatch.shrink2(egui::vec2(0.0, 2.5)),
                1.0,
                color.gamma_multiply(0.6),
            );
        }
        SwatchKind::Line => {
            painter.line_segment(
                [swatch.left_center(), swatch.right_center()],
                egui::Stroke::new(2.5, color),
            );
        }
        SwatchKind::Dashed => {
            for i in 0..3 {
                let x = swatch.left() + i as f32 * 5.0;
                let y = swatch.center().y;
                painter.line_segment(
                    [egui::pos2(x, y), egui::pos2(x + 3.0, y)],
                    egui::Stroke::new(2.0, color),
                );
            }
        }
        SwatchKind::Dotted => {
            for i in 0..4 {
                let centre = egui::pos2(swatch.left() + 1.0 + i as f32 * 4.0, swatch.center().y);
                painter.circle_filled(centre, 1.2, color);
            }
        }
    }
    let text_pos = egui::pos2(
        swatch.right() + gap,
        rect.center().y - galley.size().y / 2.0,
    );
    let text_rect = egui::Rect::from_min_size(text_pos, galley.size());
    painter.galley(text_pos, galley, text_color);
    if off {
        painter.line_segment(
            [text_rect.left_center(), text_rect.right_center()],
            egui::Stroke::new(1.0, text_color),
        );
    }
    if response.hovered() {
        painter.rect_stroke(
            rect.expand(1.0),
            2.0,
            egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
            egui::StrokeKind::Outside,
        );
    }
    response.on_hover_text(if off {
        t!("legend-hidden-hint", name = item.name.as_str())
    } else {
        t!("legend-shown-hint", name = item.name.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hover_inside_a_stacked_band_names_that_band_and_its_own_value() {
        let stack = vec![
            ("Energy".to_owned(), vec![1.0, 2.0]),
            ("Transport".to_owned(), vec![0.5, 3.0]),
        ];
        assert_eq!(band_at(&stack, 0, 0.4), Some(("Energy".to_owned(), 1.0)));
        assert_eq!(band_at(&stack, 0, 1.2), Some(("Transport".to_owned(), 0.5)));
        assert_eq!(band_at(&stack, 1, 4.9), Some(("Transport".to_owned(), 3.0)));
        assert_eq!(band_at(&stack, 1, 5.1), None, "above the stack");
        assert_eq!(band_at(&stack, 0, -0.1), None);
    }

    #[test]
    fn hovering_a_year_lists_every_series_with_a_value_then_and_marks_the_one_under_the_pointer() {
        let series = vec![
            ("Approvals".to_owned(), vec![1.0, 2.0]),
            ("Demand".to_owned(), vec![f64::NAN, 3.5]),
            ("Limit".to_owned(), vec![4.0, 4.0]),
        ];
        let text = year_label(&series, 1, 2031.0, Some("Demand"), ValueUnit::UsdBn).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], "2031");
        assert!(lines[1].trim_start().starts_with("Approvals: "), "{text}");
        assert!(lines[2].starts_with("› Demand: "), "{text}");
        // A series with no value in the year is left out; a year past the data shows nothing.
        let first = year_label(&series, 0, 2030.0, None, ValueUnit::UsdBn).unwrap();
        assert!(!first.contains("Demand"), "{first}");
        assert!(!first.contains('›'), "{first}");
        assert_eq!(year_label(&series, 9, 2039.0, None, ValueUnit::UsdBn), None);
    }

    #[test]
    fn grid_steps_go_to_the_next_one_two_five_multiple() {
        assert!((next_multiple(1.0) - 2.0).abs() < 1e-12);
        assert!((next_multiple(20.0) - 100.0).abs() < 1e-9);
        assert!((next_multiple(0.5) - 1.0).abs() < 1e-12);
    }
}
