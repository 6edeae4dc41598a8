//! The sheets in words: About, Summary, Assumptions, Uncertainty, Sensitivity, Compare and the
//! scenario file.

use super::*;

impl Writer<'_, '_> {
    pub(super) fn about(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let s = self.s();
        let meta = &s.meta;
        let b = self.b;
        ws.set_column_width(0, 24)?;
        ws.set_column_width(1, 90)?;
        let title = if meta.title.trim().is_empty() {
            t!("brief-untitled")
        } else {
            let title = crate::presets::shown(crate::presets::Field::Title, &meta.title);
            text::escaped(&title).into_owned()
        };
        ws.write_string_with_format(0, 0, &title, &self.st.title)?;
        let shown = |field, words: &str| {
            if words.trim().is_empty() {
                "—".to_owned()
            } else {
                text::escaped_lines(&crate::presets::shown(field, words)).into_owned()
            }
        };
        let dated = if meta.modified.trim().is_empty() {
            &meta.created
        } else {
            &meta.modified
        };
        let mut rows: Vec<(String, String)> = vec![
            (
                t!("brief-question"),
                shown(crate::presets::Field::Question, &meta.description),
            ),
            (
                t!("brief-notes"),
                shown(crate::presets::Field::Notes, &meta.notes),
            ),
            (
                t!("wb-about-author"),
                shown(crate::presets::Field::Author, &meta.author),
            ),
            (
                t!("wb-about-dated"),
                if dated.trim().is_empty() {
                    "—".to_owned()
                } else {
                    num::date(dated)
                },
            ),
            (t!("wb-about-written"), num::date(b.today)),
            (
                t!("wb-about-app"),
                t!("wb-about-app-value", version = env!("CARGO_PKG_VERSION")),
            ),
            (t!("wb-about-schema"), s.schema.to_string()),
            (t!("wb-about-file"), text::escaped(b.file_name).into_owned()),
            (
                t!("wb-about-horizon"),
                t!(
                    "wb-about-horizon-value",
                    from = num::year(s.start_year),
                    to = num::year(self.last_year())
                ),
            ),
        ];
        if let Some(r) = &b.reference {
            rows.push((t!("wb-about-reference"), text::escaped(r.name).into_owned()));
        }
        if let Some(bands) = b.bands {
            rows.push((
                t!("brief-uncertainty"),
                t!("unc-done", runs = bands.runs, seed = s.seed.to_string()),
            ));
        }
        if let Some(tornado) = b.tornado {
            rows.push((
                t!("wb-sheet-sensitivity"),
                t!(
                    "wb-about-sensitivity-value",
                    result = tornado.metric.label(),
                    span = tornado.span.describe()
                ),
            ));
        }
        rows.push((t!("wb-about-units"), t!("wb-about-units-value")));
        rows.push((
            t!("wb-about-sources"),
            t!(
                "wb-about-sources-value",
                sheet = (self.sheet)(Sheet::Assumptions)
            ),
        ));
        rows.push((
            t!("wb-about-reproduce"),
            t!(
                "wb-about-reproduce-value",
                sheet = (self.sheet)(Sheet::ScenarioFile)
            ),
        ));
        for (row, (label, value)) in (2..).zip(rows) {
            ws.write_string_with_format(row, 0, &label, &self.st.label)?;
            let value: String = value.chars().take(CELL_MAX).collect();
            ws.write_string_with_format(row, 1, &value, &self.st.wrap)?;
            let lines: f64 = value.lines().map(|l| heading_lines(l, 88.0)).sum();
            ws.set_row_height(row, lines_height(lines, 15.0))?;
        }
        Ok(())
    }

    /// The headline results as numbers: (label, unit, this scenario's value, the reference's).
    pub(super) fn headline_rows(&self) -> Vec<(Metric, Option<f64>, Option<f64>)> {
        let reference = self.b.reference.map(|r| r.projection);
        Metric::PLAIN
            .into_iter()
            .map(|m| {
                let value = |p: &Projection| match m {
                    // "Never" is not the year after the horizon, whatever a study ranks it as.
                    Metric::FirstBindingYear => p.summary.first_binding_year.map(f64::from),
                    Metric::FirstBelowVeryStrong => {
                        p.summary.first_below_very_strong.map(f64::from)
                    }
                    _ => m.value(p),
                };
                (m, value(self.p()), reference.and_then(value))
            })
            .collect()
    }

    pub(super) fn metric_value(&self, m: Metric, v: Option<f64>) -> Value<'_> {
        match v {
            Some(v) => Value::Number(
                v,
                match m.unit() {
                    Unit::Fraction | Unit::RatePerYear => &self.st.pct,
                    unit => self.st.of(unit),
                },
            ),
            None if matches!(m, Metric::FirstBindingYear | Metric::FirstBelowVeryStrong) => {
                Value::Text(t!("word-never"))
            }
            None => Value::Text(t!("word-na")),
        }
    }

    /// The change of a result from the reference's, signed: a ratio's in percentage points
    /// (shown as a percentage of the same fraction), a year's in years.
    pub(super) fn change(&self, m: Metric, now: Option<f64>, then: Option<f64>) -> Value<'_> {
        let st = self.st;
        match (now, then) {
            (Some(a), Some(b)) => match m.unit() {
                Unit::Fraction | Unit::RatePerYear => {
                    Value::Number((a - b) * 100.0, &st.pct_change)
                }
                Unit::CalendarYear => Value::Number(a - b, &st.count_change),
                Unit::Multiple => Value::Number(a - b, &st.multiple_change),
                _ => Value::Number(a - b, &st.bn_change),
            },
            _ => Value::Empty,
        }
    }

    pub(super) fn summary(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let st = self.st;
        let b = self.b;
        ws.write_string_with_format(0, 0, t!("brief-headline"), &st.title)?;
        let mut headings = vec![t!("col-result"), t!("wb-col-value"), t!("wb-col-unit")];
        if b.reference.is_some() {
            headings.push(t!("col-reference"));
            headings.push(t!("col-change"));
        }
        let rows: Vec<Vec<Value<'_>>> = self
            .headline_rows()
            .into_iter()
            .map(|(m, now, then)| {
                let unit = match m.unit() {
                    Unit::Fraction => "%".to_owned(),
                    unit => unit_words(unit),
                };
                let mut row = vec![
                    Value::Text(m.label()),
                    self.metric_value(m, now),
                    Value::Text(unit),
                ];
                if b.reference.is_some() {
                    row.push(self.metric_value(m, then));
                    row.push(self.change(m, now, then));
                }
                row
            })
            .collect();
        let mut row = self.table(ws, 2, &headings, &rows, &[48.0, 14.0, 22.0, 14.0, 16.0])?;
        row += 1;
        self.heading(ws, row, &t!("brief-guardrails"))?;
        row += 1;
        for sentence in crate::brief::guardrail_sentences(&self.p().events) {
            let sentence = text::escaped(&sentence);
            self.paragraph(ws, row, 5, 100.0, &sentence, &st.text)?;
            row += 1;
        }
        row += 1;
        self.heading(ws, row, &t!("brief-charts"))?;
        self.charts(ws, row + 1)?;
        Ok(())
    }

    pub(super) fn assumptions(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let st = self.st;
        let s = self.s();
        let baseline = Scenario::default();
        ws.write_string_with_format(0, 0, t!("wb-assumptions-heading"), &st.title)?;
        let headings = [
            t!("wb-col-group"),
            t!("col-assumption"),
            t!("col-path"),
            t!("wb-col-value"),
            t!("wb-col-unit"),
            t!("preset-baseline-title"),
            t!("wb-col-differs"),
            t!("brief-col-source"),
        ];
        let rows: Vec<Vec<Value<'_>>> = every_assumption(s, &baseline)
            .into_iter()
            .map(|d| {
                let (value, base, unit) = match numeric(&d.path, s, &baseline) {
                    Some((unit, now, then)) => (
                        Value::Number(now, st.of(unit)),
                        Value::Number(then, st.of(unit)),
                        unit_words(unit),
                    ),
                    None => (
                        Value::Text(text::escaped(&d.first).into_owned()),
                        Value::Text(text::escaped(&d.second).into_owned()),
                        String::new(),
                    ),
                };
                let differs = d.first != d.second;
                vec![
                    Value::Text(group_of(&d.path)),
                    Value::Text(d.label.clone()),
                    Value::Text(text::escaped(&d.path).into_owned()),
                    value,
                    Value::Text(unit),
                    base,
                    Value::Text(t!(if differs { "word-yes" } else { "word-no" })),
                    Value::Text(basis_of(&d.path)),
                ]
            })
            .collect();
        let widths = [18.0, 40.0, 30.0, 12.0, 12.0, 12.0, 12.0, 60.0];
        self.table(ws, 2, &headings, &rows, &widths)?;
        ws.set_freeze_panes(3, 2)?;
        ws.set_repeat_rows(2, 2)?;
        Ok(())
    }

    pub(super) fn uncertainty(&self, ws: &mut Worksheet, bands: &Bands) -> Result<(), XlsxError> {
        let st = self.st;
        let s = self.s();
        ws.write_string_with_format(0, 0, t!("brief-uncertainty"), &st.title)?;
        let mut row = 1;
        let mut say = |ws: &mut Worksheet, words: String| -> Result<(), XlsxError> {
            self.paragraph(ws, row, 8, 110.0, &words, &st.text)?;
            row += 1;
            Ok(())
        };
        say(
            ws,
            t!("unc-done", runs = bands.runs, seed = s.seed.to_string()),
        )?;
        let valid = bands.valid();
        if valid < bands.runs {
            say(
                ws,
                t!(
                    "unc-valid-runs",
                    valid = valid,
                    runs = bands.runs,
                    share = crate::model::uncertainty::format_share(
                        valid as f64 / bands.runs.max(1) as f64
                    )
                ),
            )?;
        }
        for line in bands.sentences(s.start_year + 7) {
            say(ws, line)?;
        }
        for u in &s.uncertainty.assumptions {
            say(
                ws,
                text::escaped(&crate::headline::uncertain(u)).into_owned(),
            )?;
        }
        row += 1;
        // The headline results' percentiles.
        let quantiles = ["P5", "P25", "P50", "P75", "P95"].map(String::from);
        let mut headings = vec![t!("col-result")];
        headings.extend(quantiles.iter().cloned());
        let rows: Vec<Vec<Value<'_>>> = crate::headline::percentiles(bands)
            .into_iter()
            .map(|(label, q, ratio)| {
                let format = if ratio { &st.pct } else { &st.bn };
                let mut cells = vec![Value::Text(label)];
                match q {
                    Some(q) => cells.extend(q.iter().map(|v| Value::Number(*v, format))),
                    None => cells.push(Value::Text(t!("unc-undefined"))),
                }
                cells
            })
            .collect();
        let widths = [52.0, 12.0, 22.0, 12.0, 12.0, 12.0, 12.0, 12.0];
        row = self.table(ws, row, &headings, &rows, &widths)? + 1;
        // Each banded series, year by year: percentiles.csv in words.
        self.heading(ws, row, &t!("wb-unc-series"))?;
        row += 1;
        let mut headings = vec![t!("wb-col-series"), t!("projects-year"), t!("wb-col-unit")];
        headings.extend(quantiles.iter().cloned());
        let mut rows = Vec::new();
        for series in Series::all() {
            let Some(band) = bands.band(series) else {
                continue;
            };
            let (unit, format) = match series {
                Series::CapitalRatio | Series::Rac => ("%".to_owned(), &st.pct),
                Series::Approvals => (unit_words(Unit::UsdBnPerYear), &st.bn),
                _ => (unit_words(Unit::UsdBn), &st.bn),
            };
            for (t, q) in band.years.iter().enumerate() {
                let mut cells = vec![
                    Value::Text(series.label()),
                    Value::Number(f64::from(bands.start_year + t as i32), &st.year),
                    Value::Text(unit.clone()),
                ];
                match q {
                    Some(q) => {
                        cells.extend(q.iter().map(|v| Value::Number(export::single(*v), format)));
                    }
                    None => cells.extend((0..5).map(|_| Value::Empty)),
                }
                rows.push(cells);
            }
        }
        row = self.table(ws, row, &headings, &rows, &widths)? + 1;
        // The shares of runs: probabilities.csv in words.
        self.heading(ws, row, &t!("wb-unc-shares"))?;
        row += 1;
        let mut rows = Vec::new();
        for (t, share) in bands.binding_by_year.iter().enumerate() {
            let year = bands.start_year + t as i32;
            rows.push(vec![
                Value::Text(t!("wb-unc-bound-by", year = num::year(year))),
                Value::Number(*share, &st.share),
            ]);
        }
        rows.push(vec![
            Value::Text(t!("wb-unc-irr-below-zero")),
            Value::Number(bands.irr_below_zero, &st.share),
        ]);
        rows.push(vec![
            Value::Text(t!("wb-unc-irr-undefined")),
            Value::Number(bands.irr_undefined, &st.share),
        ]);
        for (c, share) in Country::ALL.into_iter().zip(bands.net_negative) {
            rows.push(vec![
                Value::Text(t!("wb-unc-net-negative", country = c.name())),
                Value::Number(share, &st.share),
            ]);
        }
        let headings = [t!("wb-col-measure"), t!("wb-col-share")];
        self.table(ws, row, &headings, &rows, &widths)?;
        Ok(())
    }

    pub(super) fn sensitivity(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let Some(tornado) = self.b.tornado else {
            return Ok(());
        };
        let st = self.st;
        let metric = tornado.metric;
        let result_unit = unit_words(metric.unit());
        ws.write_string_with_format(
            0,
            0,
            t!("wb-sens-heading", result = metric.label()),
            &st.title,
        )?;
        self.paragraph(ws, 1, 9, 120.0, &tornado.span.describe(), &st.text)?;
        let base = tornado.base.unwrap_or(0.0);
        let result_format = match metric.unit() {
            Unit::Fraction | Unit::RatePerYear => &st.pct,
            unit => st.of(unit),
        };
        let outcome = |o: &Outcome| match o {
            Outcome::Result(Some(v)) => Value::Number(*v, result_format),
            Outcome::Result(None) => Value::Text(t!("word-na")),
            Outcome::Invalid(_) => Value::Text(t!("sens-invalid")),
        };
        let headings = [
            "#".to_owned(),
            t!("col-assumption"),
            t!("col-path"),
            t!("wb-col-unit"),
            t!("sens-low-end"),
            headed(&t!("sens-result-low"), &result_unit),
            t!("sens-high-end"),
            headed(&t!("sens-result-high"), &result_unit),
            headed(&t!("sens-swing"), &result_unit),
        ];
        let rows: Vec<Vec<Value<'_>>> = tornado
            .bars
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                let unit = bar.lever.unit();
                vec![
                    Value::Number(i as f64 + 1.0, &st.count),
                    Value::Text(bar.lever.label()),
                    Value::Text(bar.lever.path()),
                    Value::Text(unit_words(unit)),
                    Value::Number(bar.low_value, st.of(unit)),
                    outcome(&bar.low),
                    Value::Number(bar.high_value, st.of(unit)),
                    outcome(&bar.high),
                    Value::Number(bar.swing(base), result_format),
                ]
            })
            .collect();
        let widths = [5.0, 44.0, 30.0, 14.0, 12.0, 16.0, 12.0, 16.0, 16.0];
        self.table(ws, 3, &headings, &rows, &widths)?;
        ws.set_freeze_panes(4, 2)?;
        Ok(())
    }

    pub(super) fn compare(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let Some(reference) = &self.b.reference else {
            return Ok(());
        };
        let st = self.st;
        let name = text::escaped(reference.name).into_owned();
        ws.write_string_with_format(
            0,
            0,
            t!("wb-compare-heading", name = name.as_str()),
            &st.title,
        )?;
        let headings = [
            t!("col-result"),
            t!("brief-col-this"),
            t!("col-reference"),
            t!("col-change"),
            t!("wb-col-unit"),
        ];
        let rows: Vec<Vec<Value<'_>>> = self
            .headline_rows()
            .into_iter()
            .map(|(m, now, then)| {
                let change = self.change(m, now, then);
                vec![
                    Value::Text(m.label()),
                    self.metric_value(m, now),
                    self.metric_value(m, then),
                    change,
                    Value::Text(match m.unit() {
                        Unit::Fraction => "%".to_owned(),
                        unit => unit_words(unit),
                    }),
                ]
            })
            .collect();
        let widths = [48.0, 30.0, 30.0, 30.0, 22.0];
        let mut row = self.table(ws, 2, &headings, &rows, &widths)? + 1;
        self.heading(ws, row, &t!("brief-assumptions", name = name.as_str()))?;
        row += 1;
        let diff: Vec<Difference> = differences(reference.scenario, self.s());
        if diff.is_empty() {
            ws.write_string_with_format(
                row,
                0,
                t!("brief-assumptions-none", name = name.as_str()),
                &st.text,
            )?;
        } else {
            let headings = [
                t!("col-assumption"),
                t!("col-path"),
                t!("brief-col-this"),
                t!("col-reference"),
            ];
            let rows: Vec<Vec<Value<'_>>> = diff
                .iter()
                .map(|d| {
                    vec![
                        Value::Text(text::escaped(&d.label).into_owned()),
                        Value::Text(text::escaped(&d.path).into_owned()),
                        Value::Text(text::escaped(&d.second).into_owned()),
                        Value::Text(text::escaped(&d.first).into_owned()),
                    ]
                })
                .collect();
            self.table(ws, row, &headings, &rows, &widths)?;
        }
        Ok(())
    }

    pub(super) fn scenario_file(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let st = self.st;
        let ron =
            crate::file::to_text(self.s()).map_err(|e| XlsxError::ParameterError(e.to_string()))?;
        let heading = t!(
            "wb-file-heading",
            name = text::escaped(self.b.file_name).as_ref()
        );
        self.paragraph(ws, 0, 1, FILE_WIDTH, &heading, &st.label)?;
        ws.set_column_width(0, FILE_WIDTH)?;
        for (row, line) in (1..).zip(ron.lines()) {
            // A line longer than a cell holds goes on across the row's next cells; a long line
            // wraps inside its cell (what the cell holds is the line as it is).
            let chars: Vec<char> = line.chars().collect();
            let mut lines: f64 = 1.0;
            for (i, piece) in chars.chunks(CELL_MAX).enumerate() {
                let piece: String = piece.iter().collect();
                ws.write_string_with_format(row, i as u16, &piece, &st.mono)?;
                lines = lines.max(heading_lines(&piece, FILE_WIDTH * 1.1));
            }
            if lines > 1.0 {
                ws.set_row_height(row, lines_height(lines, 12.0))?;
            }
        }
        Ok(())
    }
}

/// The scenario file's column, in characters.
const FILE_WIDTH: f64 = 110.0;

/// An assumption's group, by its path: the catalogue's for a scalar, its section's otherwise
/// (the study's own settings are a group of their own).
pub(super) fn group_of(path: &str) -> String {
    match SCALARS.iter().find(|s| s.path == path) {
        Some(spec) => spec.group.title(),
        None => Group::of_path(path).map_or_else(|| t!("wb-group-study"), Group::title),
    }
}

/// The unit and the values in `a` and `b` of an assumption that is a number of the catalogue
/// (the horizon included), by its path.
pub(super) fn numeric(path: &str, a: &Scenario, b: &Scenario) -> Option<(Unit, f64, f64)> {
    if let Some(spec) = SCALARS.iter().find(|s| s.path == path) {
        return Some((spec.unit, (spec.get)(a), (spec.get)(b)));
    }
    let lever = Lever::find(path)?;
    Some((lever.unit(), lever.get(a), lever.get(b)))
}
