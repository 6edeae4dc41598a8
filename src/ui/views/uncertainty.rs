//! Uncertainty: which assumptions are drawn from which distribution, how the runs are going,
//! the probabilities in plain words, and P5–P95 / P25–P75 bands around the median.

use crate::t;
use egui::{Color32, RichText, Ui};

use super::table::{Cell, Table};
use crate::chart::{
    self, Axis, Chart, Layer, LegendItem, SwatchKind, ValueUnit, band_ranges, palette,
};
use crate::headline;
use crate::model::uncertainty::{
    Bands, Distribution, RUNS_RANGE, Series, Uncertain, format_share, series_values,
};
use crate::model::{Country, Lever, Projection, Scenario, Sector};
use crate::ui::Command;
use crate::ui::studies::Progress;

/// The view's own choices (not saved).
#[derive(Clone, Debug)]
pub struct UncertaintyState {
    /// The cumulative-financing chart's slice.
    pub slice: Series,
    /// The year of "binds before …".
    pub by_year: Option<i32>,
    /// The assumption chosen in the "add" box.
    pub adding: String,
}

impl Default for UncertaintyState {
    fn default() -> Self {
        UncertaintyState {
            slice: Series::CumulativeFinancing,
            by_year: None,
            adding: String::new(),
        }
    }
}

/// The study's editor beside its results; an edit of the study comes back as a command.
#[must_use]
pub fn show(ui: &mut Ui, cx: &super::Context<'_>, state: &mut UncertaintyState) -> Option<Command> {
    let (p, progress) = (cx.frame.p, cx.progress);
    let mut draft = cx.scenario.clone();
    let s = &mut draft;
    if ui.available_width() < NARROW {
        // Too narrow for two columns: the study folds away above the results.
        egui::ScrollArea::vertical()
            .id_salt("study-narrow")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                egui::CollapsingHeader::new(
                    RichText::new(t!(
                        "unc-study-folded",
                        count = s.uncertainty.assumptions.len(),
                        runs = s.uncertainty.runs
                    ))
                    .strong(),
                )
                .id_salt("study-editor-folded")
                .show(ui, |ui| study_editor(ui, state, s, false));
                ui.separator();
                results(ui, state, s, p, progress);
            });
    } else {
        // The editor gives the results room on small screens; it can be dragged wider.
        let wide = ui.available_width();
        egui::Panel::left("study-editor")
            .resizable(true)
            .default_size((wide * 0.4).clamp(260.0, 400.0))
            .size_range(240.0..=(wide * 0.7).max(260.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| study_editor(ui, state, s, true));
            });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| results(ui, state, s, p, progress));
    }
    (draft != *cx.scenario).then(|| Command::Edit(Box::new(draft)))
}

/// Narrower than this, the study's editor and its results share one column.
const NARROW: f32 = 720.0;

/// The study's runs, seed and uncertain assumptions; `heading` when it is not already under one.
fn study_editor(ui: &mut Ui, state: &mut UncertaintyState, s: &mut Scenario, heading: bool) {
    if heading {
        ui.heading(t!("unc-study"));
    }
    crate::ui::controls_row(ui, |ui| {
        let runs = ui.label(t!("unc-runs"));
        ui.add(
            crate::ui::exact_entry(ui, &mut s.uncertainty.runs)
                .range(RUNS_RANGE.0..=RUNS_RANGE.1)
                .speed(50.0),
        )
        .labelled_by(runs.id)
        .on_hover_text(t!("unc-runs-hint"));
        let seed = ui.label(t!("unc-seed"));
        ui.add(crate::ui::exact_entry(ui, &mut s.seed))
            .labelled_by(seed.id)
            .on_hover_text(t!("unc-seed-hint"));
    });
    ui.label(RichText::new(t!("unc-drawn-note")).small());
    ui.separator();
    let current = s.clone();
    let mut remove = None;
    for (i, u) in s.uncertainty.assumptions.iter_mut().enumerate() {
        let Some(lever) = Lever::find(&u.path) else {
            ui.colored_label(
                palette::ERROR,
                t!("unc-not-assumption", path = u.path.as_str()),
            );
            continue;
        };
        ui.push_id(i, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(lever.label()).strong());
                if ui.small_button(t!("remove")).clicked() {
                    remove = Some(i);
                }
            });
            distribution_editor(ui, &mut u.distribution, &lever, lever.get(&current));
        });
        ui.separator();
    }
    if let Some(i) = remove {
        s.uncertainty.assumptions.remove(i);
    }
    crate::ui::controls_row(ui, |ui| {
        let chosen = Lever::find(&state.adding);
        let add = ui.label(t!("unc-add"));
        egui::ComboBox::from_id_salt("add-uncertain")
            .selected_text(chosen.map_or_else(|| t!("unc-choose"), |l| l.label()))
            .width((ui.available_width() - 40.0).clamp(140.0, 260.0))
            .truncate()
            .height(400.0)
            .show_ui(ui, |ui| {
                for lever in Lever::all() {
                    if s.uncertainty
                        .assumptions
                        .iter()
                        .any(|u| u.path == lever.path())
                    {
                        continue;
                    }
                    ui.selectable_value(&mut state.adding, lever.path(), lever.label());
                }
            })
            .response
            .labelled_by(add.id);
        if ui
            .add_enabled(chosen.is_some(), egui::Button::new(t!("unc-add-to-study")))
            .clicked()
            && let Some(lever) = chosen
        {
            s.uncertainty.assumptions.push(Uncertain {
                path: lever.path(),
                distribution: Distribution::around("Triangular", lever.get(s), lever.range()),
            });
            state.adding.clear();
        }
    });
}

fn distribution_editor(ui: &mut Ui, d: &mut Distribution, lever: &Lever, value: f64) {
    let range = lever.range();
    let unit = lever.unit();
    crate::ui::controls_row(ui, |ui| {
        let mut kind = d.kind();
        let label = ui.label(t!("unc-distribution"));
        egui::ComboBox::from_id_salt("kind")
            .selected_text(distribution_name(kind))
            .show_ui(ui, |ui| {
                for k in Distribution::KINDS {
                    ui.selectable_value(&mut kind, k, distribution_name(k));
                }
            })
            .response
            .labelled_by(label.id);
        if kind != d.kind() {
            *d = Distribution::around(kind, d.centre(), range);
        }
        ui.label(RichText::new(t!("unc-now", value = unit.format(value))).small());
        if (d.centre() - value).abs() > 1e-12
            && ui
                .small_button(t!("unc-centre"))
                .on_hover_text(t!("unc-centre-hint"))
                .clicked()
        {
            *d = d.recentred(value, range);
        }
    });
    // Values are edited in the unit people read (percentages for fractions).
    let scale = unit.display_scale();
    let suffix = if scale == 100.0 { " %" } else { "" };
    let speed = (range.1 - range.0) * scale / 300.0;
    // A field's name and its box stay together on a row (a row that wraps moves both).
    let field = |ui: &mut Ui, key: &str, v: &mut f64, lo: f64, hi: f64| {
        crate::ui::keep_together(ui, key, |ui| {
            let label = ui.label(crate::i18n::tr(key));
            let mut shown = *v * scale;
            if ui
                .add(
                    crate::ui::exact_entry(ui, &mut shown)
                        .range(lo * scale..=hi * scale)
                        .speed(speed)
                        .suffix(suffix)
                        .max_decimals(4),
                )
                .labelled_by(label.id)
                .changed()
            {
                *v = shown / scale;
            }
        });
    };
    let (lo, hi) = range;
    ui.horizontal_wrapped(|ui| match d {
        Distribution::Uniform { min, max } => {
            field(ui, "unc-min", min, lo, hi);
            field(ui, "unc-max", max, lo, hi);
        }
        Distribution::Triangular { min, mode, max } => {
            field(ui, "unc-min", min, lo, hi);
            field(ui, "unc-mode", mode, lo, hi);
            field(ui, "unc-max", max, lo, hi);
        }
        Distribution::Normal { mean, sd, min, max } => {
            field(ui, "unc-mean", mean, lo, hi);
            field(ui, "unc-sd", sd, 0.0, hi - lo);
            field(ui, "unc-min", min, lo, hi);
            field(ui, "unc-max", max, lo, hi);
        }
        Distribution::LogNormal {
            median,
            sigma,
            min,
            max,
        } => {
            field(ui, "unc-median-field", median, lo, hi);
            crate::ui::keep_together(ui, "unc-sigma", |ui| {
                let label = ui.label(t!("unc-sigma"));
                ui.add(
                    crate::ui::exact_entry(ui, sigma)
                        .range(0.01..=3.0)
                        .speed(0.01),
                )
                .labelled_by(label.id);
            });
            field(ui, "unc-min", min, lo, hi);
            field(ui, "unc-max", max, lo, hi);
        }
    });
    let mut problems = Vec::new();
    d.problems(lever, "distribution", &mut problems);
    for problem in problems {
        ui.colored_label(palette::ERROR, problem.to_string());
    }
}

fn results(
    ui: &mut Ui,
    state: &mut UncertaintyState,
    s: &Scenario,
    p: &Projection,
    progress: &Progress,
) {
    if let Some(error) = &progress.error {
        ui.colored_label(
            palette::ERROR,
            t!("unc-cannot-run", reason = error.as_str()),
        );
        return;
    }
    if s.uncertainty.assumptions.is_empty() {
        ui.label(t!("unc-empty"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let status = if progress.finished {
            t!("unc-done", runs = progress.done, seed = s.seed.to_string())
        } else {
            t!(
                "unc-running",
                done = progress.done,
                runs = progress.total,
                seed = s.seed.to_string()
            )
        };
        ui.label(RichText::new(status).strong());
        if !progress.finished && progress.total > 0 {
            ui.add(
                egui::ProgressBar::new(progress.done as f32 / progress.total as f32)
                    .desired_width(200.0),
            );
        }
    });
    let Some(bands) = progress.bands.as_deref() else {
        ui.spinner();
        return;
    };
    let end = s.end_year();
    let year = state
        .by_year
        .unwrap_or(s.start_year + 7)
        .clamp(s.start_year, end);
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("unc-binding-before"));
        let mut y = year;
        ui.add(crate::ui::exact_entry(ui, &mut y).range(s.start_year..=end))
            .labelled_by(label.id);
        state.by_year = Some(y);
    });
    for line in bands.sentences(state.by_year.unwrap_or(year).clamp(s.start_year, end)) {
        ui.label(t!("bullet", text = line));
    }
    headline_table(ui, bands);
    ui.separator();
    ui.label(RichText::new(t!("unc-bands-note")).small());
    let h = 220.0;
    // The scenario as set, measured as the runs measure it.
    let own = series_values(p);
    let years = p.years();
    let deterministic = |series: Series| {
        let start = series.index() * years;
        own.get(start..start + years).unwrap_or_default().to_vec()
    };
    let charts = [
        BandChart {
            id: "band-approvals",
            title: t!("unc-chart-approvals"),
            series: Series::Approvals,
            color: Color32::from_rgb(52, 120, 200),
        },
        BandChart {
            id: "band-loans",
            title: t!("unc-chart-loans"),
            series: Series::Loans,
            color: Color32::from_rgb(0, 150, 136),
        },
        BandChart {
            id: "band-ratio",
            title: t!("unc-chart-ratio"),
            series: Series::CapitalRatio,
            color: Color32::from_rgb(76, 175, 80),
        },
        BandChart {
            id: "band-jcurve",
            title: t!("unc-chart-jcurve"),
            series: Series::FundCumulativeNet,
            color: Color32::from_rgb(156, 99, 206),
        },
    ];
    // Two charts a row where each gets room for its plot and legend; else one under another.
    if ui.available_width() >= 620.0 {
        ui.columns(2, |cols| {
            for (i, chart) in charts.iter().enumerate() {
                chart.show(&mut cols[i % 2], bands, &deterministic(chart.series), h);
            }
        });
    } else {
        for chart in &charts {
            chart.show(ui, bands, &deterministic(chart.series), h);
        }
    }
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("unc-cumulative-of"));
        egui::ComboBox::from_id_salt("band-slice")
            .selected_text(slice_name(state.slice))
            .height(400.0)
            .show_ui(ui, |ui| {
                let all = std::iter::once(Series::CumulativeFinancing)
                    .chain(Sector::ALL.map(Series::Sector))
                    .chain(Country::ALL.map(Series::Country));
                for series in all {
                    ui.selectable_value(&mut state.slice, series, slice_name(series));
                }
            })
            .response
            .labelled_by(label.id);
    });
    let color = match state.slice {
        Series::Sector(k) => palette::sector(k),
        Series::Country(c) => palette::country(c),
        _ => Color32::from_rgb(230, 150, 30),
    };
    BandChart {
        id: "band-cumulative",
        title: t!("unc-chart-cumulative", slice = slice_name(state.slice)),
        series: state.slice,
        color,
    }
    .show(ui, bands, &deterministic(state.slice), h);
}

fn slice_name(series: Series) -> String {
    match series {
        Series::Sector(k) => k.name(),
        Series::Country(c) => c.name(),
        _ => t!("unc-all"),
    }
}

fn headline_table(ui: &mut Ui, bands: &Bands) {
    let headings = ["", "P5", "P25", &t!("unc-median"), "P75", "P95"];
    let mut table = Table::new(
        "headline-quantiles",
        headings.iter().map(|h| (*h).to_owned()),
    )
    .numbers(52.0);
    for (label, q, ratio) in headline::percentiles(bands) {
        let mut cells = vec![Cell::from(label)];
        match q {
            Some(q) => cells.extend(q.into_iter().map(|v| {
                Cell::from(if ratio {
                    palette::pct(v)
                } else {
                    palette::bn(v)
                })
            })),
            None => cells.push(Cell::from(t!("unc-undefined"))),
        }
        table.row(cells);
    }
    table.show(ui);
    let valid = bands.valid();
    if valid < bands.runs {
        ui.label(t!(
            "unc-valid-runs",
            valid = valid,
            runs = bands.runs,
            share = format_share(valid as f64 / bands.runs.max(1) as f64)
        ));
    }
}

/// A chart of one banded series: its P5–P95 and P25–P75 bands, the median, and the scenario
/// as set.
struct BandChart {
    id: &'static str,
    title: String,
    series: Series,
    color: Color32,
}

impl BandChart {
    /// `scenario` is the series of the scenario as set (as [`series_values`] measures it).
    fn show(&self, ui: &mut Ui, bands: &Bands, scenario: &[f64], height: f32) {
        match self.chart(bands, scenario) {
            Some(chart) => super::chart::show(ui, &chart, height),
            None => {
                ui.label(RichText::new(&self.title).strong());
            }
        }
    }

    /// The chart as data: its P5–P95 and P25–P75 bands, the median, and the scenario as set
    /// dashed. Here ratios are drawn whole: the bands are the point of the chart.
    fn chart(&self, bands: &Bands, scenario: &[f64]) -> Option<Chart> {
        let (series, color) = (self.series, self.color);
        let band = bands.band(series)?;
        let unit = if matches!(series, Series::CapitalRatio | Series::Rac) {
            ValueUnit::Percent
        } else {
            ValueUnit::UsdBn
        };
        let (scale, _) = unit.scale();
        let start = bands.start_year;
        let n = band.years.len().max(scenario.len());
        let (median_name, own_name) = (t!("unc-median"), t!("unc-scenario-as-set"));
        let bands_item = LegendItem::band("", color);
        let median = (0..n)
            .map(|t| {
                band.years
                    .get(t)
                    .copied()
                    .flatten()
                    .map_or(f64::NAN, |q| q[2] * scale)
            })
            .collect();
        let own = (0..n)
            .map(|t| scenario.get(t).map_or(f64::NAN, |v| v * scale))
            .collect();
        Some(Chart {
            id: self.id,
            title: self.title.clone(),
            axis: Axis::Years { first: start, n },
            unit,
            value_label: unit.axis(),
            layers: vec![
                Layer::Band {
                    key: bands_item.name.clone(),
                    color,
                    ranges: band_ranges(band, start, (scale, f64::INFINITY), ""),
                },
                Layer::Line {
                    series: chart::Series::new(&median_name, color, median),
                    width: 2.0,
                },
                Layer::Line {
                    series: chart::Series::new(&own_name, Color32::GRAY, own).dashed(),
                    width: 1.5,
                },
            ],
            legend: vec![
                LegendItem::new(&median_name, color, SwatchKind::Line),
                bands_item,
                LegendItem::new(&own_name, Color32::GRAY, SwatchKind::Dashed),
            ],
            include: vec![0.0],
        })
    }
}

/// A kind of distribution in the reader's language (files keep the English name).
fn distribution_name(kind: &str) -> String {
    crate::i18n::tr(&format!("dist-{}", kind.to_ascii_lowercase()))
}
