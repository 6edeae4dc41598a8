//! Charts described as data: what a chart shows (its title, axis, unit, series, bands, rules,
//! shaded years and bars, in the order they are drawn, and its legend), built once from a
//! projection and drawn by two renderers: the window's interactive egui_plot chart
//! (`ui::views::chart`) and the vector file ([`svg`]) that goes into a memo or a brief. Neither
//! renderer decides what a chart says; both decide only how it looks on their medium.
//!
//! [`named`] holds the charts that have a name of their own (for `sco-explorer chart --chart
//! NAME` and the brief), defined once for the window and the files alike; [`palette`] the
//! colours that mean the same thing in every picture, in the window and in the files.
//!
//! The two diagrams that are not time charts live here too, as geometry and as SVG: the Flows
//! diagram ([`sankey`] lays it out, [`flows`] names its nodes and writes it) and the Map
//! ([`map`]: its values, classes, fit and names; [`geography`]: the outlines and their
//! projection). The window paints them from the same geometry. Nothing here knows egui's
//! widgets, only the types of its shapes (colours, points, rectangles).

pub mod explain;
pub mod flows;
pub mod geography;
pub mod map;
pub mod named;
pub mod palette;
pub mod sankey;
pub mod svg;

use egui::Color32;

use crate::i18n::num;
use crate::model::Projection;
use crate::model::uncertainty::{self, Band, Bands};
use crate::t;

/// How a pinned reference appears on time-series charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum CompareMode {
    /// The reference's series drawn dashed in the same colours.
    #[default]
    Overlay,
    /// Current minus reference, year by year.
    Difference,
}

/// What a chart draws from: the projection, the pinned reference if there is one, and the
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

/// How values are shown on the axis and in hover labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueUnit {
    UsdBn,
    Percent,
    /// Numbers as they are, the unit said by the axis title (the tornado's results).
    Plain,
}

impl ValueUnit {
    /// The value axis's unit: `US$ bn`, `млрд долл. США`, `亿美元` (Chinese axes count in 亿).
    pub fn axis(self) -> String {
        match self {
            ValueUnit::UsdBn => t!("unit-money-axis"),
            ValueUnit::Percent => "%".to_owned(),
            ValueUnit::Plain => String::new(),
        }
    }

    /// A value as a hover label shows it, with its unit.
    pub fn format(self, v: f64) -> String {
        match self {
            ValueUnit::UsdBn => num::money(v),
            ValueUnit::Percent => num::percent(v, 1),
            ValueUnit::Plain => num::trimmed((v * 1e4).round() / 1e4),
        }
    }

    /// What the axis's numbers are multiplied by: values stay in US$ billion on every chart; a
    /// Chinese axis labels them in 亿 (×10), so its grid lines fall on round numbers of 亿 too.
    pub fn label_scale(self) -> f64 {
        match self {
            ValueUnit::UsdBn => num::money_scale(),
            ValueUnit::Percent | ValueUnit::Plain => 1.0,
        }
    }

    /// A tick label of the value axis at `value`, the ticks standing `step` apart.
    pub fn tick(self, value: f64, step: f64) -> String {
        let scale = self.label_scale();
        let step = (step * scale).abs().max(1e-12);
        let places = (-step.log10().floor()).clamp(0.0, 6.0) as usize;
        num::decimal(value * scale, places)
    }

    /// What model values (ratios, for percentages) are multiplied by on the chart, and the
    /// most that is drawn (percent charts are of capital ratios: [`RATIO_CAP_PCT`]).
    pub fn scale(self) -> (f64, f64) {
        match self {
            ValueUnit::UsdBn | ValueUnit::Plain => (1.0, f64::INFINITY),
            ValueUnit::Percent => (100.0, RATIO_CAP_PCT),
        }
    }
}

/// One series of a chart, a value per year.
#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub color: Color32,
    pub values: Vec<f64>,
    pub dashed: bool,
    /// Dotted: the reference's copy of a series that is itself dashed (demand, the lending
    /// limit), which a dashed copy could not be told apart from.
    pub dotted: bool,
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
            dotted: false,
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
    Dotted,
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

    pub fn line(s: &Series) -> Self {
        LegendItem {
            name: s.name.clone(),
            color: s.color,
            kind: if s.dotted {
                SwatchKind::Dotted
            } else if s.dashed {
                SwatchKind::Dashed
            } else {
                SwatchKind::Line
            },
        }
    }

    /// The entry of a series' uncertainty bands.
    pub fn band(name: &str, color: Color32) -> Self {
        LegendItem {
            name: band_name(name),
            color,
            kind: SwatchKind::Band,
        }
    }
}

/// The legend name of `series`' bands (or of the bands alone, for an empty name): the series
/// and the percentile ranges, joined as the language joins a name and what follows it (a
/// full-width colon in Chinese).
pub fn band_name(series: &str) -> String {
    if series.is_empty() {
        "P5–P95, P25–P75".to_owned()
    } else {
        crate::t!("series-bands", series = series)
    }
}

/// The legend of a stacked chart: the series drawn (all-zero ones are not), top of the stack
/// first, so the legend reads in the order the bands stand on the chart.
pub fn stack_legend(series: &[Series]) -> Vec<LegendItem> {
    series
        .iter()
        .filter(|s| s.values.iter().any(|v| *v != 0.0))
        .rev()
        .map(|s| LegendItem::new(s.name.clone(), s.color, SwatchKind::Area))
        .collect()
}

/// A stretch of years over which a band is defined: x, lower and upper values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stretch {
    pub xs: Vec<f64>,
    pub lower: Vec<f64>,
    pub upper: Vec<f64>,
}

/// One range of a band (P5–P95 or P25–P75): its name, how strongly it is shaded, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    pub name: String,
    pub alpha: f32,
    pub stretches: Vec<Stretch>,
}

/// A bar: where it stands on the category axis, its value, its width in category units and
/// the name its hover label gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub at: f64,
    /// Where the bar starts on the value axis (0, or the running total of a waterfall).
    pub base: f64,
    /// How far it runs from its base.
    pub value: f64,
    pub width: f64,
    pub name: String,
    /// Its own colour where it differs from its layer's (a faded bar beside a focused one).
    pub color: Option<Color32>,
}

/// What a chart draws, in order (later layers over earlier ones). `key` is the legend entry
/// that switches the layer off and on.
#[derive(Clone, Debug)]
pub enum Layer {
    /// Areas stacked in the order given, first at the bottom.
    Stack(Vec<Series>),
    /// A line over the years; years without a finite value are left out.
    Line { series: Series, width: f32 },
    /// A series' uncertainty ranges, shaded.
    Band {
        key: String,
        color: Color32,
        ranges: Vec<Range>,
    },
    /// A dashed level across the chart (a floor).
    Rule {
        key: String,
        color: Color32,
        value: f64,
    },
    /// Stretches of the x axis shaded (the years a limit binds).
    Spans {
        key: String,
        color: Color32,
        ranges: Vec<(f64, f64)>,
    },
    /// Bars on a category axis.
    Bars {
        key: String,
        color: Color32,
        bars: Vec<Bar>,
    },
}

impl Layer {
    /// Whether the legend has switched this layer off (a stack's series are switched off one
    /// by one, see [`Chart::visible`]).
    fn hidden(&self, hidden: &[String]) -> bool {
        let key = match self {
            Layer::Stack(_) => return false,
            Layer::Line { series, .. } => &series.name,
            Layer::Band { key, .. }
            | Layer::Rule { key, .. }
            | Layer::Spans { key, .. }
            | Layer::Bars { key, .. } => key,
        };
        hidden.contains(key)
    }
}

/// What the chart's position axis is.
#[derive(Clone, Debug, PartialEq)]
pub enum Axis {
    /// Calendar years from `first`, `n` of them.
    Years { first: i32, n: usize },
    /// Named categories at 0, 1, 2…; `horizontal` bars run sideways with the categories down
    /// the left, the first at the top.
    Categories {
        labels: Vec<String>,
        horizontal: bool,
    },
}

/// A chart, as data.
#[derive(Clone, Debug)]
pub struct Chart {
    /// Stable, language-free: the window's widget id and the file name's stem.
    pub id: &'static str,
    pub title: String,
    pub axis: Axis,
    pub unit: ValueUnit,
    /// The value axis's title: the unit (`US$ bn`, `%`) or what the values are.
    pub value_label: String,
    pub layers: Vec<Layer>,
    pub legend: Vec<LegendItem>,
    /// Values the value axis always shows (zero, twice the floor).
    pub include: Vec<f64>,
}

impl Chart {
    /// The chart as drawn on a light page: its lines, rules and their legend swatches darkened
    /// where they stand less than 3:1 against white (light blue and yellow lines, dashed or
    /// dotted references); areas, bands and bars keep their colours.
    #[must_use]
    pub fn on_light_page(&self) -> Chart {
        let mut c = self.clone();
        let mut darkened = Vec::new();
        for layer in &mut c.layers {
            match layer {
                Layer::Line { series, .. } => {
                    darkened.push(series.name.clone());
                    series.color = palette::on_light(series.color);
                }
                Layer::Rule { key, color, .. } => {
                    darkened.push(key.clone());
                    *color = palette::on_light(*color);
                }
                _ => {}
            }
        }
        for item in &mut c.legend {
            if matches!(
                item.kind,
                SwatchKind::Line | SwatchKind::Dashed | SwatchKind::Dotted
            ) && darkened.contains(&item.name)
            {
                item.color = palette::on_light(item.color);
            }
        }
        c
    }

    /// The years on the x axis (none for a category chart).
    pub fn years(&self) -> Vec<f64> {
        match &self.axis {
            Axis::Years { first, n } => (0..*n).map(|t| f64::from(*first) + t as f64).collect(),
            Axis::Categories { .. } => Vec::new(),
        }
    }

    /// The chart with the legend's switched-off entries left out, from the legend too (a stack
    /// closes up over a series switched off), and all-zero stacked series dropped.
    pub fn visible(&self, hidden: &[String]) -> Chart {
        let layers = self
            .layers
            .iter()
            .filter(|l| !l.hidden(hidden))
            .map(|l| match l {
                Layer::Stack(series) => Layer::Stack(
                    series
                        .iter()
                        .filter(|s| !hidden.contains(&s.name) && s.values.iter().any(|v| *v != 0.0))
                        .cloned()
                        .collect(),
                ),
                other => other.clone(),
            })
            .collect();
        Chart {
            layers,
            legend: self
                .legend
                .iter()
                .filter(|item| !hidden.contains(&item.name))
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// Each stacked series with its lower and upper edges, bottom first.
    pub fn stacked(series: &[Series]) -> Vec<(&Series, Vec<f64>, Vec<f64>)> {
        let len = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
        let mut lower = vec![0.0; len];
        let mut out = Vec::with_capacity(series.len());
        for s in series {
            let upper: Vec<f64> = lower
                .iter()
                .enumerate()
                .map(|(t, l)| l + s.values.get(t).copied().unwrap_or(0.0))
                .collect();
            out.push((s, lower, upper.clone()));
            lower = upper;
        }
        out
    }

    /// The least and greatest value drawn (stacks at their tops), with the values the axis
    /// must include; `(0, 1)` for a chart with nothing finite in it.
    pub fn value_range(&self) -> (f64, f64) {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        let mut see = |v: f64| {
            if v.is_finite() {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        };
        for v in &self.include {
            see(*v);
        }
        for layer in &self.layers {
            match layer {
                Layer::Stack(series) => {
                    for (_, lower, upper) in Chart::stacked(series) {
                        lower.iter().chain(&upper).for_each(|v| see(*v));
                    }
                }
                Layer::Line { series, .. } => series.values.iter().for_each(|v| see(*v)),
                Layer::Band { ranges, .. } => {
                    for s in ranges.iter().flat_map(|r| &r.stretches) {
                        s.lower.iter().chain(&s.upper).for_each(|v| see(*v));
                    }
                }
                Layer::Rule { value, .. } => see(*value),
                Layer::Spans { .. } => {}
                Layer::Bars { bars, .. } => bars.iter().for_each(|b| {
                    see(b.base);
                    see(b.base + b.value);
                }),
            }
        }
        if lo.is_finite() && hi.is_finite() {
            (lo, hi)
        } else {
            (0.0, 1.0)
        }
    }
}

/// A band's P5–P95 and P25–P75 ranges as layers data, over the stretches of years where the
/// band is defined; values are multiplied by `scale` and drawn up to `cap`. `label` names the
/// series the band belongs to (empty for a chart of that band alone).
pub fn band_ranges(
    band: &Band,
    start_year: i32,
    (scale, cap): (f64, f64),
    label: &str,
) -> Vec<Range> {
    [("P5–P95", 0, 4, 0.22), ("P25–P75", 1, 3, 0.45)]
        .into_iter()
        .map(|(range, lo, hi, alpha)| Range {
            name: if label.is_empty() {
                range.to_owned()
            } else {
                format!("{label}: {range}")
            },
            alpha,
            stretches: stretches(band, start_year, lo, hi, (scale, cap)),
        })
        .collect()
}

/// Contiguous stretches of years where the band is defined, as x, lower and upper values.
fn stretches(
    band: &Band,
    start: i32,
    lo: usize,
    hi: usize,
    (scale, cap): (f64, f64),
) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    let mut open = false;
    for (t, q) in band.years.iter().enumerate() {
        match q {
            Some(q) => {
                if !open {
                    out.push(Stretch::default());
                    open = true;
                }
                if let Some(s) = out.last_mut() {
                    s.xs.push(f64::from(start) + t as f64);
                    s.lower.push((q[lo] * scale).min(cap));
                    s.upper.push((q[hi] * scale).min(cap));
                }
            }
            None => open = false,
        }
    }
    out
}

/// A chart over calendar years, built from series: lines or a stack, with the pinned
/// reference overlaid dashed or subtracted, and the study's bands around banded lines.
#[derive(Debug)]
pub struct TimeChart {
    id: &'static str,
    title: String,
    first_year: i32,
    n: usize,
    unit: ValueUnit,
}

impl TimeChart {
    pub fn new(
        id: &'static str,
        title: impl Into<String>,
        first_year: i32,
        n: usize,
        unit: ValueUnit,
    ) -> Self {
        TimeChart {
            id,
            title: title.into(),
            first_year,
            n,
            unit,
        }
    }

    fn chart(self, layers: Vec<Layer>, legend: Vec<LegendItem>) -> Chart {
        Chart {
            id: self.id,
            title: self.title,
            axis: Axis::Years {
                first: self.first_year,
                n: self.n,
            },
            unit: self.unit,
            value_label: self.unit.axis(),
            layers,
            legend,
            include: vec![0.0],
        }
    }

    /// Lines of `build(projection)`, with the reference overlaid dashed or subtracted.
    pub fn lines_with(self, f: &Frame<'_>, build: impl Fn(&Projection) -> Vec<Series>) -> Chart {
        let current = build(f.p);
        // Bands go around levels: with the reference overlaid, not on a chart of differences.
        match f.reference {
            None => self.lines_banded(current, f.bands),
            Some(r) => {
                let reference = build(r);
                match f.mode {
                    CompareMode::Overlay => {
                        let mut all = current;
                        all.extend(self.aligned(r, reference, "chart-series-reference"));
                        self.lines_banded(all, f.bands)
                    }
                    CompareMode::Difference => {
                        let diff = self.difference(&current, r, reference);
                        self.titled().lines(diff)
                    }
                }
            }
        }
    }

    /// Stacked areas of `build(projection)`; with a reference, its total is overlaid dashed,
    /// or each series becomes a line of its difference from the reference.
    pub fn stacked_with(self, f: &Frame<'_>, build: impl Fn(&Projection) -> Vec<Series>) -> Chart {
        let current = build(f.p);
        let Some(r) = f.reference else {
            return self.stacked(current, Vec::new());
        };
        let reference = build(r);
        match f.mode {
            CompareMode::Overlay => {
                let total: Vec<f64> = (0..r.years())
                    .map(|t| reference.iter().filter_map(|s| s.values.get(t)).sum())
                    .collect();
                let line = Series::new(t!("chart-total"), Color32::GRAY, total).dashed();
                let line = self.aligned(r, vec![line], "chart-series-reference-total");
                self.stacked(current, line)
            }
            CompareMode::Difference => {
                let diff = self.difference(&current, r, reference);
                self.titled().lines(diff)
            }
        }
    }

    /// The chart of differences from the reference: the heading grows a note; the id stays,
    /// so the cursor and zoom stay linked.
    fn titled(mut self) -> TimeChart {
        self.title = t!("chart-title-difference", title = self.title.as_str());
        self
    }

    /// Reference series on this chart's years (values outside its horizon left out as NaN).
    /// `key` names each series from its own name (`{ $name } (reference)`).
    fn aligned(&self, r: &Projection, series: Vec<Series>, key: &str) -> Vec<Series> {
        series
            .into_iter()
            .map(|s| {
                let values = on_years(self.first_year, self.n, r, &s.values);
                Series {
                    name: if key.is_empty() {
                        s.name.clone()
                    } else {
                        crate::i18n::tr_with(key, &[("name", s.name.as_str().into())])
                    },
                    values,
                    // Dashed, or dotted where the series itself is dashed.
                    dashed: !s.dashed,
                    dotted: s.dashed,
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
                dotted: false,
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

    /// Lines.
    pub fn lines(self, series: Vec<Series>) -> Chart {
        self.lines_banded(series, None)
    }

    /// Lines, with the uncertainty bands of banded series shaded behind them.
    fn lines_banded(self, series: Vec<Series>, bands: Option<&Bands>) -> Chart {
        let mut legend = Vec::new();
        let mut shaded = Vec::new();
        for s in &series {
            legend.push(LegendItem::line(s));
            if let Some(bands) = bands
                && let Some(band) = s.band.and_then(|key| bands.band(key))
            {
                let item = LegendItem::band(&s.name, s.color);
                shaded.push(Layer::Band {
                    key: item.name.clone(),
                    color: s.color,
                    ranges: band_ranges(band, bands.start_year, self.unit.scale(), &s.name),
                });
                legend.push(item);
            }
        }
        let lines = series
            .into_iter()
            .map(|series| Layer::Line { series, width: 2.0 });
        shaded.extend(lines);
        self.chart(shaded, legend)
    }

    /// Areas stacked in the order given (first at the bottom), with dashed lines over them.
    pub fn stacked(self, series: Vec<Series>, over: Vec<Series>) -> Chart {
        let mut legend = stack_legend(&series);
        legend.extend(over.iter().map(LegendItem::line));
        let mut layers = vec![Layer::Stack(series)];
        layers.extend(
            over.into_iter()
                .map(|series| Layer::Line { series, width: 2.0 }),
        );
        self.chart(layers, legend)
    }
}

/// `values`, one for each year of projection `r`, on the `n` years from `first` (a chart's
/// years): `NaN` where `r` has no value, so that a reference with another horizon lines up.
pub fn on_years(first: i32, n: usize, r: &Projection, values: &[f64]) -> Vec<f64> {
    (0..n)
        .map(|t| {
            let year = i64::from(first) + t as i64 - i64::from(r.start_year);
            usize::try_from(year)
                .ok()
                .and_then(|t| values.get(t))
                .copied()
                .unwrap_or(f64::NAN)
        })
        .collect()
}

/// The least step of the form 1, 2 or 5 × 10ⁿ that is at least `at_least`.
pub fn nice_step(at_least: f64) -> f64 {
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

/// `compose(name)` as a label that `fits`: with the whole name, or with the longest start of
/// the name that fits, cut with "…" (a label's value stays whole while its name gives way); the
/// name cut to nothing is the last resort. Each renderer says what fits in its own measure:
/// the window with egui's layout, the SVG writer with its estimate of a sans-serif's widths.
/// The first of `names` (longest first: a full name, then a shorter one) whose label fits; when
/// none does, the last cut to fit (see [`cut_to_fit`]).
pub fn first_to_fit(
    names: &[String],
    compose: impl Fn(&str) -> String,
    fits: impl Fn(&str) -> bool,
) -> String {
    for name in names {
        let whole = compose(name);
        if fits(&whole) {
            return whole;
        }
    }
    cut_to_fit(names.last().map_or("", String::as_str), compose, fits)
}

pub fn cut_to_fit(
    name: &str,
    compose: impl Fn(&str) -> String,
    fits: impl Fn(&str) -> bool,
) -> String {
    let whole = compose(name);
    if fits(&whole) {
        return whole;
    }
    let chars: Vec<char> = name.chars().collect();
    let cut = |n: usize| {
        let start: String = chars[..n].iter().collect();
        compose(&format!("{}…", start.trim_end()))
    };
    // The longest start that fits with the ellipsis, found by halving (a longer start is
    // never narrower).
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&cut(mid)) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    cut(lo)
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
    }

    #[test]
    fn a_stack_closes_up_over_a_series_switched_off_and_its_range_is_the_stacks_top() {
        let c = TimeChart::new("t", "T", 2030, 2, ValueUnit::UsdBn).stacked(
            vec![
                Series::new("A", Color32::RED, vec![1.0, 2.0]),
                Series::new("B", Color32::BLUE, vec![3.0, 4.0]),
            ],
            Vec::new(),
        );
        assert_eq!(c.value_range(), (0.0, 6.0));
        let without_a = c.visible(&["A".to_owned()]);
        assert_eq!(without_a.value_range(), (0.0, 4.0));
        assert_eq!(c.years(), [2030.0, 2031.0]);
    }
}
