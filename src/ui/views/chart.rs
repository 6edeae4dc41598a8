//! Time-series charts shared by the views: calendar years on x, a unit on y, a legend whose
//! entries toggle series, a cursor linked across every chart on the time axis, and hover labels
//! with the exact value, unit and year.

use std::collections::HashMap;

use egui::{Color32, Id, Ui};
use egui_plot::{FilledArea, Legend, Line, LineStyle, Plot, PlotPoints};

use crate::model::Projection;

/// How a pinned reference appears on time-series charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum CompareMode {
    /// The reference's series drawn dashed in the same colours.
    #[default]
    Overlay,
    /// Current minus reference, year by year.
    Difference,
}

/// What a view draws from: the projection, and the pinned reference if there is one.
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    pub p: &'a Projection,
    pub reference: Option<&'a Projection>,
    pub mode: CompareMode,
}

impl<'a> Frame<'a> {
    pub fn alone(p: &'a Projection) -> Self {
        Frame {
            p,
            reference: None,
            mode: CompareMode::Overlay,
        }
    }
}

/// Legends in small type over a translucent background, so that they cover little of the data.
pub fn legend() -> Legend {
    Legend::default()
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.55)
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
}

impl Series {
    pub fn new(name: impl Into<String>, color: Color32, values: Vec<f64>) -> Self {
        Series {
            name: name.into(),
            color,
            values,
            dashed: false,
        }
    }

    pub fn dashed(mut self) -> Self {
        self.dashed = true;
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
    fn axis(self) -> &'static str {
        match self {
            ValueUnit::UsdBn => "US$ bn",
            ValueUnit::Percent => "%",
        }
    }

    fn format(self, v: f64) -> String {
        match self {
            ValueUnit::UsdBn => format!("US$ {v:.2} bn"),
            ValueUnit::Percent => format!("{v:.1} %"),
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

    fn plot(&self, values: HashMap<String, Vec<f64>>) -> Plot<'a> {
        let unit = self.unit;
        let first = self.years.first().copied().unwrap_or(0.0);
        Plot::new(self.id)
            .height(self.height)
            .legend(legend())
            .link_cursor(time_link(), [true, false])
            .x_axis_label("year")
            .y_axis_label(unit.axis())
            .x_axis_formatter(|mark, _| {
                if mark.value.fract().abs() < 1e-9 {
                    format!("{:.0}", mark.value)
                } else {
                    String::new()
                }
            })
            .allow_scroll(false)
            .include_y(0.0)
            .label_formatter(move |hover| match hover {
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
                    (year >= first).then(|| format!("{year:.0}"))
                }
            })
    }

    /// Lines of `build(projection)`, with the reference overlaid dashed or subtracted.
    pub fn lines_with(
        &self,
        ui: &mut Ui,
        f: &Frame<'_>,
        build: impl Fn(&Projection) -> Vec<Series>,
    ) {
        let current = build(f.p);
        match f.reference {
            None => self.lines(ui, &current),
            Some(r) => {
                let reference = build(r);
                match f.mode {
                    CompareMode::Overlay => {
                        let mut all = current;
                        all.extend(self.aligned(r, reference, " (reference)"));
                        self.lines(ui, &all);
                    }
                    CompareMode::Difference => {
                        let diff = self.difference(&current, r, reference);
                        self.titled(self.title_diff()).lines(ui, &diff);
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
                let line = Series::new("Total", Color32::GRAY, total(&reference, len)).dashed();
                self.stacked_over(ui, &current, &self.aligned(r, vec![line], ", reference"));
            }
            CompareMode::Difference => {
                let diff = self.difference(&current, r, reference);
                self.titled(self.title_diff()).lines(ui, &diff);
            }
        }
    }

    fn title_diff(&self) -> &'static str {
        "difference from the reference"
    }

    fn titled(&self, suffix: &str) -> TimeChart<'a> {
        // The heading grows a note; the id stays, so the cursor and zoom stay linked.
        TimeChart {
            id: self.id,
            title: format!("{}: {suffix}", self.title),
            first_year: self.first_year,
            years: self.years.clone(),
            unit: self.unit,
            height: self.height,
        }
    }

    /// Reference series on this chart's years (values outside its horizon left out as NaN).
    fn aligned(&self, r: &Projection, series: Vec<Series>, suffix: &str) -> Vec<Series> {
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
                    name: format!("{}{suffix}", s.name),
                    values,
                    dashed: true,
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
        ui.label(egui::RichText::new(&self.title).strong());
        let values = series
            .iter()
            .map(|s| (s.name.clone(), s.values.clone()))
            .collect();
        self.plot(values).show(ui, |plot| {
            for s in series {
                plot.line(self.line(s));
            }
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
        ui.label(egui::RichText::new(&self.title).strong());
        let values = series
            .iter()
            .chain(over)
            .map(|s| (s.name.clone(), s.values.clone()))
            .collect();
        let mut lower = vec![0.0; self.years.len()];
        self.plot(values).show(ui, |plot| {
            for s in series {
                if s.values.iter().all(|v| *v == 0.0) {
                    continue;
                }
                let upper: Vec<f64> = lower.iter().zip(&s.values).map(|(l, v)| l + v).collect();
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
            for s in over {
                plot.line(self.line(s));
            }
        });
    }
}
