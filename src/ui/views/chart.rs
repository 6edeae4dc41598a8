//! Time-series charts shared by the views: calendar years on x, a unit on y, a legend beside
//! the plot (never over the data) whose entries show each series' colour in the order the eye
//! meets them and toggle the series, a cursor linked across every chart on the time axis, and
//! hover labels with the series, the exact value, its unit and the year, inside a stacked band
//! as on a line.

use crate::t;
use std::collections::HashMap;

use egui::{Color32, Id, Ui};
use egui_plot::{
    FilledArea, GridInput, GridMark, Legend, Line, LineStyle, Plot, PlotPoints, PlotUi,
    uniform_grid_spacer,
};

use crate::i18n::num;
use crate::model::Projection;
use crate::model::uncertainty::{self, Band, Bands};

/// How a pinned reference appears on time-series charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum CompareMode {
    /// The reference's series drawn dashed in the same colours.
    #[default]
    Overlay,
    /// Current minus reference, year by year.
    Difference,
}

/// What a view draws from: the projection, the pinned reference if there is one, and the
/// uncertainty study's bands when they are of this very scenario and wanted.
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    pub p: &'a Projection,
    pub reference: Option<&'a Projection>,
    pub mode: CompareMode,
    pub bands: Option<&'a Bands>,
}

impl<'a> Frame<'a> {
    pub fn alone(p: &'a Projection) -> Self {
        Frame {
            p,
            reference: None,
            mode: CompareMode::Overlay,
            bands: None,
        }
    }
}

/// Ratios are drawn up to this many percent: in the first years a bank with little exposure has
/// ratios of thousands of percent, which would flatten everything else.
pub const RATIO_CAP_PCT: f64 = 400.0;

/// Draws a band's P5–P95 and P25–P75 ranges as shaded areas in `color`, over the stretches of
/// years where the band is defined; values are multiplied by `scale` and drawn up to `cap`;
/// `label` names them in the legend.
pub fn band_areas(
    plot: &mut PlotUi<'_>,
    band: &Band,
    start_year: i32,
    (scale, cap): (f64, f64),
    color: Color32,
    label: &str,
) {
    for (range, lo, hi, alpha) in [("P5–P95", 0, 4, 0.22), ("P25–P75", 1, 3, 0.45)] {
        // Series names are joined to the percentile range the same way in every language.
        let name = if label.is_empty() {
            range.to_owned()
        } else {
            format!("{label}: {range}")
        };
        for (xs, lower, upper) in stretches(band, start_year, lo, hi, (scale, cap)) {
            plot.add(
                FilledArea::new(name.clone(), &xs, &lower, &upper)
                    .fill_color(color.gamma_multiply(alpha))
                    .stroke(egui::Stroke::NONE),
            );
        }
    }
}

/// Contiguous stretches of years where the band is defined, as x, lower and upper values.
fn stretches(
    band: &Band,
    start: i32,
    lo: usize,
    hi: usize,
    (scale, cap): (f64, f64),
) -> Vec<(Vec<f64>, Vec<f64>, Vec<f64>)> {
    let mut out: Vec<(Vec<f64>, Vec<f64>, Vec<f64>)> = Vec::new();
    let mut open = false;
    for (t, q) in band.years.iter().enumerate() {
        match q {
            Some(q) => {
                if !open {
                    out.push(Default::default());
                    open = true;
                }
                if let Some((xs, l, u)) = out.last_mut() {
                    xs.push(f64::from(start) + t as f64);
                    l.push((q[lo] * scale).min(cap));
                    u.push((q[hi] * scale).min(cap));
                }
            }
            None => open = false,
        }
    }
    out
}

/// Legends in small type over a translucent background, so that they cover little of the data.
pub fn legend() -> Legend {
    Legend::default()
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.55)
}

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

/// The least step of the form 1, 2 or 5 × 10ⁿ that is at least `at_least`.
fn nice_step(at_least: f64) -> f64 {
    if !(at_least.is_finite() && at_least > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(at_least.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step >= at_least * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
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

/// A plot over calendar years: whole years on x, `unit` on y from zero, the shared cursor, no
/// scrolling (the page scrolls). No legend: [`TimeChart`] draws its own beside the plot.
pub fn time_plot<'a>(id: &str, height: f32, unit: ValueUnit) -> Plot<'a> {
    Plot::new(id)
        .height(height)
        .y_grid_spacer(value_grid)
        .link_cursor(time_link(), [true, false])
        .x_axis_label(t!("axis-year"))
        .y_axis_label(unit.axis())
        .y_axis_formatter(move |mark, _| unit.tick(mark))
        .x_axis_formatter(|mark, _| {
            if mark.value.fract().abs() < 1e-9 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .allow_scroll(false)
        .include_y(0.0)
}

/// Charts that share the time axis share the cursor.
pub fn time_link() -> Id {
    Id::unique("time-axis")
}

/// One series of a chart.
#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub color: Color32,
    pub values: Vec<f64>,
    pub dashed: bool,
    /// The uncertainty series whose bands belong around this line, if any.
    pub band: Option<uncertainty::Series>,
}

impl Series {
    pub fn new(name: impl Into<String>, color: Color32, values: Vec<f64>) -> Self {
        Series {
            name: name.into(),
            color,
            values,
            dashed: false,
            band: None,
        }
    }

    pub fn dashed(mut self) -> Self {
        self.dashed = true;
        self
    }

    /// Draws `series`' uncertainty bands around this line when the frame has them.
    pub fn banded(mut self, series: uncertainty::Series) -> Self {
        self.band = Some(series);
        self
    }
}

/// How values are shown on the axis and in hover labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueUnit {
    UsdBn,
    Percent,
}

impl ValueUnit {
    /// The y axis's unit: `US$ bn`, `млрд долл. США`, `亿美元` (Chinese axes count in 亿).
    pub fn axis(self) -> String {
        match self {
            ValueUnit::UsdBn => t!("unit-money-axis"),
            ValueUnit::Percent => "%".to_owned(),
        }
    }

    /// A value as the hover label shows it, with its unit.
    fn format(self, v: f64) -> String {
        match self {
            ValueUnit::UsdBn => num::money(v),
            ValueUnit::Percent => num::percent(v, 1),
        }
    }

    /// A tick label of the y axis. Values stay in US$ billion on every chart; a Chinese axis
    /// labels them in 亿 (×10), so its grid lines fall on round numbers of 亿 too.
    pub fn tick(self, mark: GridMark) -> String {
        let scale = match self {
            ValueUnit::UsdBn => num::money_scale(),
            ValueUnit::Percent => 1.0,
        };
        let step = (mark.step_size * scale).abs().max(1e-12);
        let places = (-step.log10().floor()).clamp(0.0, 6.0) as usize;
        num::decimal(mark.value * scale, places)
    }

    /// What model values (ratios, for percentages) are multiplied by on the chart, and the
    /// most that is drawn (percent charts are of capital ratios: [`RATIO_CAP_PCT`]).
    pub fn scale(self) -> (f64, f64) {
        match self {
            ValueUnit::UsdBn => (1.0, f64::INFINITY),
            ValueUnit::Percent => (100.0, RATIO_CAP_PCT),
        }
    }
}

/// A configured chart over `years` (calendar years).
#[derive(Debug)]
pub struct TimeChart<'a> {
    id: &'a str,
    title: String,
    first_year: i32,
    years: Vec<f64>,
    unit: ValueUnit,
    height: f32,
}

impl<'a> TimeChart<'a> {
    pub fn new(id: &'a str, title: &'a str, first_year: i32, n: usize, unit: ValueUnit) -> Self {
        TimeChart {
            id,
            title: title.to_owned(),
            first_year,
            years: (0..n).map(|t| f64::from(first_year) + t as f64).collect(),
            unit,
            height: 260.0,
        }
    }

    pub fn height(mut self, height: f32) -> Self {
        self.height = height;
        self
    }

    /// The plot, with hover labels naming the series, the year and the value. `stack` (bottom
    /// first) lets a hover inside a stacked band name that band.
    fn plot(
        &self,
        values: HashMap<String, Vec<f64>>,
        stack: Vec<(String, Vec<f64>)>,
        capturing: bool,
    ) -> Plot<'a> {
        let unit = self.unit;
        let first = self.years.first().copied().unwrap_or(0.0);
        let plot = time_plot(self.id, self.height, unit);
        if capturing {
            // A frame drawn for a picture: no hover label, no crosshair.
            return plot.show_x(false).show_y(false).show_crosshair(false);
        }
        plot.label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                index,
            } => {
                let year = position.x.round();
                let value = values
                    .get(*plot_name)
                    .and_then(|v| v.get(*index))
                    .copied()
                    .unwrap_or(position.y);
                Some(format!("{plot_name}\n{year:.0}: {}", unit.format(value)))
            }
            egui_plot::HoverPosition::Elsewhere { position } => {
                let year = position.x.round();
                if year < first {
                    return None;
                }
                let t = (year - first) as usize;
                match band_at(&stack, t, position.y) {
                    Some((name, value)) => {
                        Some(format!("{name}\n{year:.0}: {}", unit.format(value)))
                    }
                    None => Some(format!("{year:.0}")),
                }
            }
        })
    }

    /// The heading, then the plot with its legend beside it (below it where the chart is
    /// narrow). `draw` is given the names of the series the legend has switched off and the
    /// plot's width.
    fn with_legend(
        &self,
        ui: &mut Ui,
        items: &[LegendItem],
        draw: impl FnOnce(&mut Ui, &[String], f32, bool) -> egui::Response,
    ) {
        chart_with_legend(ui, self.id, &self.title, items, draw);
    }

    /// Lines of `build(projection)`, with the reference overlaid dashed or subtracted.
    pub fn lines_with(
        &self,
        ui: &mut Ui,
        f: &Frame<'_>,
        build: impl Fn(&Projection) -> Vec<Series>,
    ) {
        let current = build(f.p);
        // Bands go around levels: with the reference overlaid, not on a chart of differences.
        match f.reference {
            None => self.lines_banded(ui, &current, f.bands),
            Some(r) => {
                let reference = build(r);
                match f.mode {
                    CompareMode::Overlay => {
                        let mut all = current;
                        all.extend(self.aligned(r, reference, "chart-series-reference"));
                        self.lines_banded(ui, &all, f.bands);
                    }
                    CompareMode::Difference => {
                        let diff = self.difference(&current, r, reference);
                        self.titled().lines(ui, &diff);
                    }
                }
            }
        }
    }

    /// Stacked areas of `build(projection)`; with a reference, its total is overlaid dashed,
    /// or each series becomes a line of its difference from the reference.
    pub fn stacked_with(
        &self,
        ui: &mut Ui,
        f: &Frame<'_>,
        build: impl Fn(&Projection) -> Vec<Series>,
    ) {
        let current = build(f.p);
        let Some(r) = f.reference else {
            return self.stacked(ui, &current);
        };
        let reference = build(r);
        match f.mode {
            CompareMode::Overlay => {
                let total = |series: &[Series], len: usize| {
                    (0..len)
                        .map(|t| series.iter().filter_map(|s| s.values.get(t)).sum())
                        .collect::<Vec<f64>>()
                };
                let len = r.years();
                let line =
                    Series::new(t!("chart-total"), Color32::GRAY, total(&reference, len)).dashed();
                let line = self.aligned(r, vec![line], "chart-series-reference-total");
                self.stacked_over(ui, &current, &line);
            }
            CompareMode::Difference => {
                let diff = self.difference(&current, r, reference);
                self.titled().lines(ui, &diff);
            }
        }
    }

    /// The chart of differences from the reference.
    fn titled(&self) -> TimeChart<'a> {
        // The heading grows a note; the id stays, so the cursor and zoom stay linked.
        TimeChart {
            id: self.id,
            title: t!("chart-title-difference", title = self.title.as_str()),
            first_year: self.first_year,
            years: self.years.clone(),
            unit: self.unit,
            height: self.height,
        }
    }

    /// Reference series on this chart's years (values outside its horizon left out as NaN).
    /// `key` names each series from its own name (`{ $name } (reference)`).
    fn aligned(&self, r: &Projection, series: Vec<Series>, key: &str) -> Vec<Series> {
        series
            .into_iter()
            .map(|s| {
                let values = self
                    .years
                    .iter()
                    .map(|x| {
                        let t = *x as i64 - i64::from(r.start_year);
                        usize::try_from(t)
                            .ok()
                            .and_then(|t| s.values.get(t))
                            .copied()
                            .unwrap_or(f64::NAN)
                    })
                    .collect();
                Series {
                    name: if key.is_empty() {
                        s.name.clone()
                    } else {
                        crate::i18n::tr_with(key, &[("name", s.name.as_str().into())])
                    },
                    values,
                    dashed: true,
                    band: None,
                    ..s
                }
            })
            .collect()
    }

    fn difference(
        &self,
        current: &[Series],
        r: &Projection,
        reference: Vec<Series>,
    ) -> Vec<Series> {
        let reference = self.aligned(r, reference, "");
        current
            .iter()
            .zip(reference)
            .map(|(c, r)| Series {
                name: c.name.clone(),
                color: c.color,
                dashed: c.dashed,
                band: None,
                values: c
                    .values
                    .iter()
                    .zip(&r.values)
                    .map(|(a, b)| if b.is_nan() { f64::NAN } else { a - b })
                    .collect(),
            })
            .filter(|s| s.values.iter().any(|v| *v != 0.0))
            .collect()
    }

    /// Heading, then lines.
    pub fn lines(&self, ui: &mut Ui, series: &[Series]) {
        self.lines_banded(ui, series, None);
    }

    /// Heading, then lines, with the uncertainty bands of banded series shaded behind them.
    fn lines_banded(&self, ui: &mut Ui, series: &[Series], bands: Option<&Bands>) {
        let mut items = Vec::new();
        for s in series {
            items.push(LegendItem::line(s));
            if let Some(bands) = bands
                && s.band.and_then(|key| bands.band(key)).is_some()
            {
                items.push(LegendItem::band(&s.name, s.color));
            }
        }
        self.with_legend(ui, &items, |ui, hidden, width, capturing| {
            let shown: Vec<&Series> = series
                .iter()
                .filter(|s| !hidden.contains(&s.name))
                .collect();
            let values = shown
                .iter()
                .map(|s| (s.name.clone(), s.values.clone()))
                .collect();
            self.plot(values, Vec::new(), capturing)
                .width(width)
                .show(ui, |plot| {
                    if let Some(bands) = bands {
                        for s in &shown {
                            let name = LegendItem::band(&s.name, s.color).name;
                            if hidden.contains(&name) {
                                continue;
                            }
                            if let Some(band) = s.band.and_then(|key| bands.band(key)) {
                                let scale = self.unit.scale();
                                band_areas(plot, band, bands.start_year, scale, s.color, &s.name);
                            }
                        }
                    }
                    for s in &shown {
                        plot.line(self.line(s));
                    }
                })
                .response
        });
    }

    /// A series as a line over this chart's years (years without a value left out), dashed
    /// where the series says so.
    fn line(&self, s: &Series) -> Line<'a> {
        let points: PlotPoints<'_> = self
            .years
            .iter()
            .zip(&s.values)
            .filter(|(_, y)| y.is_finite())
            .map(|(x, y)| [*x, *y])
            .collect();
        let line = Line::new(s.name.clone(), points).color(s.color).width(2.0);
        if s.dashed {
            line.style(LineStyle::dashed_loose())
        } else {
            line
        }
    }

    /// Heading, then areas stacked in the order given (first at the bottom). Hover shows each
    /// series' own value, not the stacked height.
    pub fn stacked(&self, ui: &mut Ui, series: &[Series]) {
        self.stacked_over(ui, series, &[]);
    }

    /// Stacked areas with dashed lines drawn over them.
    fn stacked_over(&self, ui: &mut Ui, series: &[Series], over: &[Series]) {
        let mut items = stack_legend(series);
        items.extend(over.iter().map(LegendItem::line));
        self.with_legend(ui, &items, |ui, hidden, width, capturing| {
            let stack: Vec<&Series> = series
                .iter()
                .filter(|s| !hidden.contains(&s.name) && s.values.iter().any(|v| *v != 0.0))
                .collect();
            let over: Vec<&Series> = over.iter().filter(|s| !hidden.contains(&s.name)).collect();
            let values = stack
                .iter()
                .chain(&over)
                .map(|s| (s.name.clone(), s.values.clone()))
                .collect();
            let bands = stack
                .iter()
                .map(|s| (s.name.clone(), s.values.clone()))
                .collect();
            let mut lower = vec![0.0; self.years.len()];
            self.plot(values, bands, capturing)
                .width(width)
                .show(ui, |plot| {
                    for s in &stack {
                        let upper: Vec<f64> =
                            lower.iter().zip(&s.values).map(|(l, v)| l + v).collect();
                        plot.add(
                            FilledArea::new(s.name.clone(), &self.years, &lower, &upper)
                                .fill_color(s.color.gamma_multiply(0.75))
                                .stroke(egui::Stroke::new(1.0, s.color)),
                        );
                        let top: PlotPoints<'_> = self
                            .years
                            .iter()
                            .zip(&upper)
                            .map(|(x, y)| [*x, *y])
                            .collect();
                        plot.line(Line::new(s.name.clone(), top).color(s.color).width(1.0));
                        lower = upper;
                    }
                    for s in &over {
                        plot.line(self.line(s));
                    }
                })
                .response
        });
    }
}

/// A chart's heading (with its PNG button), its plot and a legend beside it (below it where
/// the chart is narrow), and the right-click menu for a picture: what every chart with series
/// shares. `draw` is given the names of the series the legend has switched off, the plot's
/// width and whether the frame is drawn for a picture, and returns the plot's response.
pub fn chart_with_legend(
    ui: &mut Ui,
    id: &str,
    title: &str,
    items: &[LegendItem],
    draw: impl FnOnce(&mut Ui, &[String], f32, bool) -> egui::Response,
) {
    let capturing = crate::ui::chart_export::capturing(ui.ctx());
    let chart = ui.scope(|ui| {
        let mut export = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(title).strong());
            if !capturing
                && ui
                    .small_button(t!("chart-png"))
                    .on_hover_text(t!("chart-png-hint"))
                    .clicked()
            {
                export = Some(false);
            }
        });
        let hidden_id = Id::unique(("legend-hidden", id));
        let mut hidden: Vec<String> = ui.data(|d| d.get_temp(hidden_id)).unwrap_or_default();
        let beside = ui.available_width() >= 420.0;
        let legend_width = (ui.available_width() * 0.26).clamp(110.0, 170.0);
        let plot = if beside {
            ui.horizontal_top(|ui| {
                let plot_width = ui.available_width() - legend_width - ui.spacing().item_spacing.x;
                let plot = ui
                    .vertical(|ui| {
                        ui.set_width(plot_width);
                        draw(ui, &hidden, plot_width, capturing)
                    })
                    .inner;
                ui.vertical(|ui| {
                    ui.set_width(legend_width);
                    legend_ui(ui, items, &mut hidden, legend_width);
                });
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
        plot.context_menu(|ui| {
            if ui.button(t!("chart-save-png")).clicked() {
                export = Some(false);
            }
            if ui.button(t!("chart-copy-image")).clicked() {
                export = Some(true);
            }
        });
        export
    });
    if let Some(copy) = chart.inner {
        crate::ui::chart_export::request(
            ui.ctx(),
            crate::ui::chart_export::Request {
                // A little of the background around it, as a margin in the picture.
                rect: chart.response.rect.expand(6.0),
                title: title.to_owned(),
                copy,
            },
        );
    }
}

/// One entry of a chart's legend: the series' name and a swatch of its colour (a short line
/// for a line, dashed for a reference, a block for an area or a band).
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub name: String,
    pub color: Color32,
    pub kind: SwatchKind,
}

/// How a legend swatch is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwatchKind {
    Area,
    Line,
    Dashed,
    Band,
}

impl LegendItem {
    pub fn new(name: impl Into<String>, color: Color32, kind: SwatchKind) -> Self {
        LegendItem {
            name: name.into(),
            color,
            kind,
        }
    }

    fn line(s: &Series) -> Self {
        LegendItem {
            name: s.name.clone(),
            color: s.color,
            kind: if s.dashed {
                SwatchKind::Dashed
            } else {
                SwatchKind::Line
            },
        }
    }

    pub fn band(name: &str, color: Color32) -> Self {
        LegendItem {
            name: format!("{name}: P5–P95, P25–P75"),
            color,
            kind: SwatchKind::Band,
        }
    }
}

/// The legend of a stacked chart: the series drawn (all-zero ones are not), top of the stack
/// first, so the legend reads in the order the bands stand on the chart.
pub fn stack_legend(series: &[Series]) -> Vec<LegendItem> {
    series
        .iter()
        .filter(|s| s.values.iter().any(|v| *v != 0.0))
        .rev()
        .map(|s| LegendItem {
            name: s.name.clone(),
            color: s.color,
            kind: SwatchKind::Area,
        })
        .collect()
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
    // Two lines before an ellipsis: Russian names run long ("Сельское хозяйство и
    // продовольствие").
    job.wrap = egui::text::TextWrapping {
        max_width: (width - SWATCH.x - gap).max(24.0),
        max_rows: 2,
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
    fn a_stacked_legend_lists_the_drawn_series_top_first_with_their_own_colours() {
        let red = Color32::from_rgb(200, 0, 0);
        let blue = Color32::from_rgb(0, 0, 200);
        let green = Color32::from_rgb(0, 150, 0);
        let series = [
            Series::new("Bottom", red, vec![1.0, 2.0]),
            Series::new("Empty", green, vec![0.0, 0.0]),
            Series::new("Top", blue, vec![3.0, 1.0]),
        ];
        let legend = stack_legend(&series);
        let names: Vec<&str> = legend.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Top", "Bottom"]);
        assert_eq!(legend[0].color, blue);
        assert_eq!(legend[1].color, red);
        assert!(legend.iter().all(|i| i.kind == SwatchKind::Area));
    }

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
    fn grid_steps_are_one_two_five() {
        let cases = [
            (0.3, 0.5),
            (0.57, 1.0),
            (1.0, 1.0),
            (1.2, 2.0),
            (3.0, 5.0),
            (7.0, 10.0),
        ];
        for (at_least, want) in cases {
            assert!((nice_step(at_least) - want).abs() < 1e-12, "{at_least}");
        }
        assert!((nice_step(0.012) - 0.02).abs() < 1e-12);
        assert_eq!(nice_step(f64::NAN), 1.0);
        assert!((next_multiple(1.0) - 2.0).abs() < 1e-12);
        assert!((next_multiple(20.0) - 100.0).abs() < 1e-9);
        assert!((next_multiple(0.5) - 1.0).abs() < 1e-12);
    }
}
