//! The Excel workbook: the results an analyst checks and builds on, in the reader's language,
//! with the assumptions that produced them and the scenario file itself (issue 27).
//!
//! It is written from what the brief is written from ([`Brief`]): the scenario, its
//! projection, the pinned reference, the uncertainty study and the tornado when they are of this
//! scenario. Its sheets:
//! - **About**: title, question, author, dates, the app's version and the file's schema, the
//!   reference, and what the units are;
//! - **Summary**: the headline results as numbers (with the reference's and the change), the
//!   guardrail sentences, and native Excel charts of the data sheets, in the app's colours;
//! - **Assumptions**: every assumption with its group, value, unit, the baseline's value,
//!   whether it differs and the source of its default (the inputs sheet);
//! - **Bank**, **Fund**, **Countries**: every column of `bank.csv`, `fund.csv` and
//!   `countries.csv`, headed in words with units, the CSV's names above them;
//! - **By sector**, **By country**: approvals, disbursements, fund investments and total
//!   financing, years down and sectors or countries across, with totals;
//! - when there is one: **Uncertainty**, **Sensitivity**, **Compare**;
//! - **Scenario file**: the RON text, one line per row, so the workbook alone recreates the
//!   scenario.
//!
//! Numbers are numbers, never text: the same `f64` the CSV files print (so that they are equal
//! to the last bit, and work in a Russian Excel that reads `1,5` where the CSV says `1.5`),
//! shown through number formats. Each table is an Excel table (a filter on each column, banded
//! rows); totals are formulas that carry their value, so that a reader that does not calculate
//! (a viewer, a converter) shows them too. US$ billion are US$ billion in every language (the
//! window's 亿 is a display unit; here the numbers must equal the CSV's).

use std::collections::HashSet;

use rust_xlsxwriter::{
    Chart, ChartAxisLabelPosition, ChartFont, ChartFormat, ChartLegendPosition, ChartLine,
    ChartLineDashType, ChartRange, ChartSolidFill, ChartType, Color, DocProperties, ExcelDateTime,
    Format, FormatAlign, FormatBorder, Formula, Table, TableColumn, TableFunction, TableStyle,
    Workbook, Worksheet, XlsxError, utility::cell_range,
};

use crate::brief::{Brief, basis_of};
use crate::chart::palette;
use crate::export::{self, BANK_COLUMNS, FUND_COLUMNS, Field};
use crate::i18n::num;
use crate::model::assumptions::{Group, SCALARS, Unit};
use crate::model::compare::{Difference, differences, every_assumption};
use crate::model::projection::{Cut, YearSplit};
use crate::model::sensitivity::Outcome;
use crate::model::uncertainty::{Bands, Series};
use crate::model::{Country, Lever, Metric, Projection, Scenario, Sector};
use crate::{t, text};

/// Excel's longest sheet name, in characters.
pub const SHEET_NAME_MAX: usize = 31;
/// Characters Excel refuses in a sheet name.
pub const SHEET_NAME_FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];
/// Excel's longest text in a cell, in characters.
const CELL_MAX: usize = 32_767;

/// The workbook could not be made (never for a valid scenario; the error is kept for what the
/// writer reports).
#[derive(Debug, thiserror::Error)]
#[error("{}", t!("wb-error", reason = reason.as_str()))]
pub struct WorkbookError {
    reason: String,
}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError {
            reason: e.to_string(),
        }
    }
}

/// The sheets, in order; those of a study, a tornado and a reference only when there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    About,
    Summary,
    Assumptions,
    Bank,
    Fund,
    BySector,
    ByCountry,
    Countries,
    Uncertainty,
    Sensitivity,
    Compare,
    ScenarioFile,
}

impl Sheet {
    pub const ALL: [Sheet; 12] = [
        Sheet::About,
        Sheet::Summary,
        Sheet::Assumptions,
        Sheet::Bank,
        Sheet::Fund,
        Sheet::BySector,
        Sheet::ByCountry,
        Sheet::Countries,
        Sheet::Uncertainty,
        Sheet::Sensitivity,
        Sheet::Compare,
        Sheet::ScenarioFile,
    ];

    fn key(self) -> &'static str {
        match self {
            Sheet::About => "wb-sheet-about",
            Sheet::Summary => "wb-sheet-summary",
            Sheet::Assumptions => "wb-sheet-assumptions",
            Sheet::Bank => "wb-sheet-bank",
            Sheet::Fund => "wb-sheet-fund",
            Sheet::BySector => "wb-sheet-by-sector",
            Sheet::ByCountry => "wb-sheet-by-country",
            Sheet::Countries => "wb-sheet-countries",
            Sheet::Uncertainty => "wb-sheet-uncertainty",
            Sheet::Sensitivity => "wb-sheet-sensitivity",
            Sheet::Compare => "wb-sheet-compare",
            Sheet::ScenarioFile => "wb-sheet-file",
        }
    }

    /// Whether the workbook of `b` has this sheet.
    pub fn present(self, b: &Brief<'_>) -> bool {
        match self {
            Sheet::Uncertainty => b.bands.is_some(),
            Sheet::Sensitivity => b.tornado.is_some(),
            Sheet::Compare => b.reference.is_some(),
            _ => true,
        }
    }
}

/// The sheets' names in the current language, made fit for Excel ([`sheet_name`]) and unique.
pub fn sheet_names() -> Vec<(Sheet, String)> {
    let mut taken = HashSet::new();
    Sheet::ALL
        .into_iter()
        .map(|sheet| {
            let mut name = sheet_name(&crate::i18n::tr(sheet.key()));
            let mut n = 2;
            while !taken.insert(name.to_lowercase()) {
                let suffix = format!(" ({n})");
                let stem: String = name
                    .chars()
                    .take(SHEET_NAME_MAX - suffix.chars().count())
                    .collect();
                name = format!("{stem}{suffix}");
                n += 1;
            }
            (sheet, name)
        })
        .collect()
}

/// `words` as a sheet name Excel accepts: none of `[]:*?/\`, no apostrophe at either end, at
/// most 31 characters, not empty, not the reserved `History`.
pub fn sheet_name(words: &str) -> String {
    let cleaned: String = words
        .chars()
        .map(|c| {
            if SHEET_NAME_FORBIDDEN.contains(&c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = cleaned.chars().take(SHEET_NAME_MAX).collect();
    let name = short.trim_matches(|c: char| c == '\'' || c.is_whitespace());
    if name.is_empty() {
        "Sheet".to_owned()
    } else if name.eq_ignore_ascii_case("history") {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// The whole workbook, as the bytes of an `.xlsx` file, in the current language.
pub fn xlsx(b: &Brief<'_>) -> Result<Vec<u8>, WorkbookError> {
    let names = sheet_names();
    let name = |sheet: Sheet| {
        names
            .iter()
            .find(|(s, _)| *s == sheet)
            .map_or_else(String::new, |(_, n)| n.clone())
    };
    let mut book = Workbook::new();
    book.set_properties(&properties(b));
    let styles = Styles::new();
    let w = Writer {
        b,
        st: &styles,
        sheet: &name,
    };
    for sheet in Sheet::ALL {
        if !sheet.present(b) {
            continue;
        }
        let ws = book.add_worksheet();
        ws.set_name(name(sheet))?;
        match sheet {
            Sheet::About => w.about(ws)?,
            Sheet::Summary => w.summary(ws)?,
            Sheet::Assumptions => w.assumptions(ws)?,
            Sheet::Bank => w.bank(ws)?,
            Sheet::Fund => w.fund(ws)?,
            Sheet::BySector => w.by_sector(ws)?,
            Sheet::ByCountry => w.by_country(ws)?,
            Sheet::Countries => w.countries(ws)?,
            Sheet::Uncertainty => {
                if let Some(bands) = b.bands {
                    w.uncertainty(ws, bands)?;
                }
            }
            Sheet::Sensitivity => w.sensitivity(ws)?,
            Sheet::Compare => w.compare(ws)?,
            Sheet::ScenarioFile => w.scenario_file(ws)?,
        }
        // Printed: landscape, one page wide (the bank's 27 columns on three), as long as needed.
        ws.set_landscape();
        ws.set_print_fit_to_pages(if sheet == Sheet::Bank { 3 } else { 1 }, 0);
    }
    Ok(book.save_to_buffer()?)
}

/// The document's properties: its title and author, the app that wrote it, and the day (the
/// writer's clock is never asked: the brief's day is the one the window or the command gives).
fn properties(b: &Brief<'_>) -> DocProperties {
    let meta = &b.scenario.meta;
    let title = crate::presets::shown(crate::presets::Field::Title, &meta.title);
    let author = crate::presets::shown(crate::presets::Field::Author, &meta.author);
    let mut props = DocProperties::new()
        .set_title(text::escaped(&title).as_ref())
        .set_author(text::escaped(&author).as_ref())
        .set_comment(format!("sco-explorer {}", env!("CARGO_PKG_VERSION")));
    let day = |i: usize| {
        b.today
            .split('-')
            .nth(i)
            .and_then(|v| v.parse::<u16>().ok())
    };
    if let (Some(y), Some(m), Some(d)) = (day(0), day(1), day(2))
        && let Ok(date) = ExcelDateTime::from_ymd(y, m as u8, d as u8)
    {
        props = props.set_creation_datetime(&date);
    }
    props
}

/// The formats every sheet uses.
struct Styles {
    title: Format,
    heading: Format,
    header: Format,
    ids: Format,
    label: Format,
    text: Format,
    wrap: Format,
    bn: Format,
    bn_total: Format,
    pct: Format,
    pct_fine: Format,
    share: Format,
    multiple: Format,
    year: Format,
    count: Format,
    mono: Format,
    bn_change: Format,
    pct_change: Format,
    count_change: Format,
    multiple_change: Format,
}

impl Styles {
    fn new() -> Styles {
        let base = Format::new().set_align(FormatAlign::Top);
        let number = |f: &str| base.clone().set_num_format(f);
        Styles {
            title: base.clone().set_bold().set_font_size(15),
            heading: base.clone().set_bold().set_font_size(12),
            header: base
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_border_bottom(FormatBorder::Thin),
            ids: base
                .clone()
                .set_font_color(Color::RGB(0x80_80_80))
                .set_font_size(8),
            label: base.clone().set_bold(),
            text: base.clone(),
            wrap: base.clone().set_text_wrap(),
            bn: number("#,##0.00"),
            bn_total: number("#,##0.00").set_bold(),
            pct: number("0.0%"),
            pct_fine: number("0.00%"),
            share: number("0%"),
            multiple: number("0.00\"×\""),
            year: number("0"),
            count: number("#,##0"),
            bn_change: number("+#,##0.00;-#,##0.00;0.00"),
            pct_change: number("+0.0%;-0.0%;0.0%"),
            count_change: number("+0;-0;0"),
            multiple_change: number("+0.00\"×\";-0.00\"×\";0.00\"×\""),
            mono: base.set_font_name("Consolas").set_font_size(9),
        }
    }

    /// The format of a value in `unit`, as the workbook stores it (fractions as percentages).
    fn of(&self, unit: Unit) -> &Format {
        match unit {
            Unit::UsdBn | Unit::UsdBnPerYear => &self.bn,
            Unit::Fraction | Unit::RatePerYear => &self.pct_fine,
            Unit::Years | Unit::CalendarYear => &self.year,
            Unit::Multiple => &self.multiple,
        }
    }
}

/// The unit in words, as a column heading gives it: US$ billion in every language.
fn unit_words(unit: Unit) -> String {
    match unit {
        Unit::UsdBn => t!("wb-unit-usd-bn"),
        Unit::UsdBnPerYear => t!("wb-unit-usd-bn-per-year"),
        Unit::CalendarYear => t!("wb-unit-year"),
        Unit::Years => t!("unit-years"),
        Unit::Fraction => "%".to_owned(),
        Unit::RatePerYear => t!("unit-percent-per-year"),
        Unit::Multiple => "×".to_owned(),
    }
}

/// "Approvals, US$ bn": a heading with its unit.
fn headed(label: &str, unit: &str) -> String {
    t!("wb-header", label = label, unit = unit)
}

/// A value of a column: a number in a format, a word, or nothing.
enum Value<'f> {
    Number(f64, &'f Format),
    Text(String),
    Empty,
}

/// A column of a year-by-year table: its heading, the CSV's name for it, and its values.
struct Column<'f> {
    heading: String,
    id: &'static str,
    values: Vec<Value<'f>>,
    /// Whether its total (a sum) means something.
    total: bool,
}

/// How wide a column must be for `text`, in Excel's character units (the width of a digit):
/// East Asian characters count double, and other letters 0.9, as a proportional font sets
/// most of them narrower than a digit.
fn width_of(text: &str) -> f64 {
    text.lines()
        .map(|line| {
            line.chars()
                .map(|c| match c as u32 {
                    0x2E80.. => 2.0,
                    _ if c.is_ascii_digit() || c.is_uppercase() => 1.0,
                    _ => 0.9,
                })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// Sets column `col`'s width for its heading (wrapped on up to three lines) and its longest
/// value, within bounds; returns how many lines the heading takes at that width.
fn fit(ws: &mut Worksheet, col: u16, heading: &str, longest_value: f64) -> Result<f64, XlsxError> {
    let words = width_of(heading);
    let width = (words / 3.0)
        .max(words.min(14.0))
        .max(longest_value)
        .clamp(8.0, 48.0);
    ws.set_column_width(col, width + 1.5)?;
    Ok(heading_lines(heading, width))
}

/// How many lines `heading` takes in a column `width` wide, broken at spaces (or anywhere, for
/// Chinese).
fn heading_lines(heading: &str, width: f64) -> f64 {
    let mut lines = 1.0;
    let mut line = 0.0;
    for word in heading.split(' ') {
        let w = width_of(word);
        if line > 0.0 && line + 1.0 + w > width {
            lines += 1.0;
            line = w;
        } else {
            line += if line > 0.0 { 1.0 + w } else { w };
        }
        while line > width {
            lines += 1.0;
            line -= width;
        }
    }
    lines
}

/// The height of a heading row whose tallest heading takes `lines` lines.
fn heading_height(lines: f64) -> f64 {
    15.0 * lines.clamp(1.0, 4.0) + 3.0
}

/// A row of a sheet, counted as Excel counts them.
type Row = u32;

struct Writer<'a, 'n> {
    b: &'a Brief<'a>,
    st: &'a Styles,
    sheet: &'n dyn Fn(Sheet) -> String,
}

impl Writer<'_, '_> {
    fn p(&self) -> &Projection {
        self.b.projection
    }

    fn s(&self) -> &Scenario {
        self.b.scenario
    }

    fn last_year(&self) -> i32 {
        self.p().year(self.p().years().saturating_sub(1))
    }

    /// A paragraph over columns `0..cols`: merged, wrapped, as tall as its words need.
    fn paragraph(
        &self,
        ws: &mut Worksheet,
        row: Row,
        cols: u16,
        width: f64,
        words: &str,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let words: String = words.chars().take(CELL_MAX).collect();
        let lines: f64 = words
            .lines()
            .map(|line| (width_of(line) / width).ceil().max(1.0))
            .sum::<f64>()
            .max(1.0);
        if cols > 1 {
            ws.merge_range(
                row,
                0,
                row,
                cols - 1,
                &words,
                &format.clone().set_text_wrap(),
            )?;
        } else {
            ws.write_string_with_format(row, 0, &words, &format.clone().set_text_wrap())?;
        }
        ws.set_row_height(row, 15.0 * lines.min(40.0))?;
        Ok(())
    }

    /// Writes a year-by-year table at `top` (its heading row), years in the first column,
    /// with a total row when `totals`; returns the row after it. The CSV's names go in the row
    /// above the headings when `ids`.
    fn year_table(
        &self,
        ws: &mut Worksheet,
        top: Row,
        columns: &[Column<'_>],
        totals: bool,
    ) -> Result<Row, XlsxError> {
        let p = self.p();
        let n = p.years() as Row;
        let first = top + 1;
        let last = top + n;
        let year_heading = t!("projects-year");
        let mut table_columns = vec![TableColumn::new().set_header(&year_heading)];
        if totals {
            table_columns[0] = table_columns[0].clone().set_total_label(t!("chart-total"));
        }
        let mut lines = fit(ws, 0, &year_heading, 6.0)?;
        for t in 0..p.years() {
            ws.write_number_with_format(first + t as Row, 0, f64::from(p.year(t)), &self.st.year)?;
        }
        let mut total_cells = Vec::new();
        for (i, column) in columns.iter().enumerate() {
            let col = 1 + i as u16;
            let mut longest: f64 = 0.0;
            let mut sum = 0.0;
            for (t, value) in column.values.iter().enumerate() {
                let row = first + t as Row;
                match value {
                    Value::Number(v, format) => {
                        ws.write_number_with_format(row, col, *v, format)?;
                        sum += v;
                        longest = longest.max(width_of(&format!("{:.2}", v.abs())) + 2.0);
                    }
                    Value::Text(words) => {
                        ws.write_string_with_format(row, col, words, &self.st.text)?;
                        longest = longest.max(width_of(words));
                    }
                    Value::Empty => {}
                }
            }
            lines = lines.max(fit(ws, col, &column.heading, longest)?);
            let mut table_column = TableColumn::new().set_header(&column.heading);
            if totals && column.total {
                let range = cell_range(first, col, last, col);
                let formula =
                    Formula::new(format!("SUBTOTAL(109,{range})")).set_result(sum.to_string());
                table_column =
                    table_column.set_total_function(TableFunction::Custom(formula.clone()));
                total_cells.push((col, formula));
            }
            table_columns.push(table_column);
        }
        let table = Table::new()
            .set_columns(&table_columns)
            .set_total_row(totals)
            .set_style(TableStyle::Light9);
        let bottom = if totals { last + 1 } else { last };
        ws.add_table(top, 0, bottom, columns.len() as u16, &table)?;
        // The headings' own format (bold, wrapped) over the table's style.
        ws.set_row_height(top, heading_height(lines))?;
        ws.write_string_with_format(top, 0, &year_heading, &self.st.header)?;
        for (i, column) in columns.iter().enumerate() {
            ws.write_string_with_format(top, 1 + i as u16, &column.heading, &self.st.header)?;
        }
        // The totals in the sheet's number format (the table writes them plain).
        for (col, formula) in total_cells {
            ws.write_formula_with_format(bottom, col, formula, &self.st.bn_total)?;
        }
        if totals {
            ws.write_string_with_format(bottom, 0, t!("chart-total"), &self.st.label)?;
        }
        Ok(bottom + 1)
    }

    /// A plain table of rows (no years): headings at `top`, then `rows`, in columns `widths`
    /// wide (in characters; the sheet's other tables share them); returns the row after. Each
    /// row is as tall as its longest words need.
    fn table(
        &self,
        ws: &mut Worksheet,
        top: Row,
        headings: &[String],
        rows: &[Vec<Value<'_>>],
        widths: &[f64],
    ) -> Result<Row, XlsxError> {
        let width = |c: usize| widths.get(c).copied().unwrap_or(12.0);
        for (r, row) in rows.iter().enumerate() {
            let at = top + 1 + r as Row;
            let mut lines: f64 = 1.0;
            for (c, value) in row.iter().enumerate() {
                match value {
                    Value::Number(v, format) => {
                        ws.write_number_with_format(at, c as u16, *v, format)?;
                    }
                    Value::Text(words) => {
                        let words: String = words.chars().take(CELL_MAX).collect();
                        ws.write_string_with_format(at, c as u16, &words, &self.st.wrap)?;
                        let needed: f64 = words.lines().map(|l| heading_lines(l, width(c))).sum();
                        lines = lines.max(needed);
                    }
                    Value::Empty => {}
                }
            }
            if lines > 1.0 {
                ws.set_row_height(at, 15.0 * lines.min(20.0))?;
            }
        }
        let columns: Vec<TableColumn> = headings
            .iter()
            .map(|h| TableColumn::new().set_header(h))
            .collect();
        let bottom = top + rows.len().max(1) as Row;
        let table = Table::new()
            .set_columns(&columns)
            .set_style(TableStyle::Light9);
        ws.add_table(
            top,
            0,
            bottom,
            headings.len().saturating_sub(1) as u16,
            &table,
        )?;
        let mut lines: f64 = 1.0;
        for (c, heading) in headings.iter().enumerate() {
            ws.write_string_with_format(top, c as u16, heading, &self.st.header)?;
            ws.set_column_width(c as u16, width(c) + 1.5)?;
            lines = lines.max(heading_lines(heading, width(c)));
        }
        ws.set_row_height(top, heading_height(lines))?;
        Ok(bottom + 1)
    }

    fn about(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
            let lines = lines.max(1.0);
            ws.set_row_height(row, 15.0 * lines.min(40.0))?;
        }
        Ok(())
    }

    /// The headline results as numbers: (label, unit, this scenario's value, the reference's).
    fn headline_rows(&self) -> Vec<(Metric, Option<f64>, Option<f64>)> {
        let reference = self.b.reference.map(|r| r.projection);
        Metric::PLAIN
            .into_iter()
            .map(|m| {
                let value = |p: &Projection| match m {
                    // "Never" is not the year after the horizon, whatever a study ranks it as.
                    Metric::FirstBindingYear => p.summary.first_binding_year.map(f64::from),
                    _ => m.value(p),
                };
                (m, value(self.p()), reference.and_then(value))
            })
            .collect()
    }

    fn metric_value(&self, m: Metric, v: Option<f64>) -> Value<'_> {
        match v {
            Some(v) => Value::Number(
                v,
                match m.unit() {
                    Unit::Fraction | Unit::RatePerYear => &self.st.pct,
                    unit => self.st.of(unit),
                },
            ),
            None if m == Metric::FirstBindingYear => Value::Text(t!("word-never")),
            None => Value::Text(t!("word-na")),
        }
    }

    /// The change of a result from the reference's, signed: a ratio's in percentage points
    /// (shown as a percentage of the same fraction), a year's in years.
    fn change(&self, m: Metric, now: Option<f64>, then: Option<f64>) -> Value<'_> {
        let st = self.st;
        match (now, then) {
            (Some(a), Some(b)) => Value::Number(
                a - b,
                match m.unit() {
                    Unit::Fraction | Unit::RatePerYear => &st.pct_change,
                    Unit::CalendarYear => &st.count_change,
                    Unit::Multiple => &st.multiple_change,
                    _ => &st.bn_change,
                },
            ),
            _ => Value::Empty,
        }
    }

    fn summary(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
        let mut row = self.table(ws, 2, &headings, &rows, &[44.0, 14.0, 16.0, 14.0, 12.0])?;
        row += 1;
        ws.write_string_with_format(row, 0, t!("brief-guardrails"), &st.heading)?;
        row += 1;
        for sentence in crate::brief::guardrail_sentences(&self.p().events) {
            let sentence = text::escaped(&sentence);
            self.paragraph(ws, row, 5, 100.0, &sentence, &st.text)?;
            row += 1;
        }
        row += 1;
        ws.write_string_with_format(row, 0, t!("brief-charts"), &st.heading)?;
        self.charts(ws, row + 1)?;
        Ok(())
    }

    /// The native charts, two a row below `top`, reading the data sheets.
    fn charts(&self, ws: &mut Worksheet, top: Row) -> Result<(), XlsxError> {
        let p = self.p();
        let n = p.years() as Row;
        let bank = (self.sheet)(Sheet::Bank);
        let fund = (self.sheet)(Sheet::Fund);
        let years =
            |sheet: &str| ChartRange::new_from_range(sheet, BANK_TOP + 1, 0, BANK_TOP + n, 0);
        let bank_column = |id: &str| {
            bank_columns(p, self.st, self.s().policy.capital_floor)
                .iter()
                .position(|c| c.id == id)
                .map_or(0, |i| 1 + i as u16)
        };
        let bank_series = |id: &str| {
            let col = bank_column(id);
            ChartRange::new_from_range(&bank, BANK_TOP + 1, col, BANK_TOP + n, col)
        };
        let money_axis = unit_words(Unit::UsdBn);
        let year_axis = t!("projects-year");
        let style = |chart: &mut Chart, title: String, y_axis: &str| {
            chart
                .title()
                .set_name(&title)
                .set_font(ChartFont::new().set_size(11).set_bold());
            chart
                .x_axis()
                .set_name(&year_axis)
                .set_label_position(ChartAxisLabelPosition::Low);
            chart.y_axis().set_name(y_axis);
            chart.legend().set_position(ChartLegendPosition::Bottom);
            chart.set_width(CHART_WIDTH).set_height(CHART_HEIGHT);
        };
        let line = |rgb: u32, dashed: bool| {
            let mut l = ChartLine::new();
            l.set_color(Color::RGB(rgb)).set_width(2.0);
            if dashed {
                l.set_dash_type(ChartLineDashType::Dash);
            }
            ChartFormat::new().set_line(&l).clone()
        };
        let fill = |rgb: u32| {
            ChartFormat::new()
                .set_solid_fill(ChartSolidFill::new().set_color(Color::RGB(rgb)))
                .clone()
        };
        let mut charts = Vec::new();

        // Approvals (columns) against demand and the lending limit (lines).
        let mut lending = Chart::new(ChartType::Column);
        lending
            .add_series()
            .set_name(&t!("series-approvals"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("approvals"))
            .set_format(&mut fill(0x34_78_C8))
            .set_gap(60);
        let mut lines = Chart::new(ChartType::Line);
        lines
            .add_series()
            .set_name(&t!("series-demand"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("demand"))
            .set_format(&mut line(0x80_80_80, true));
        if p.bank.iter().any(|y| y.lending_limit.is_some()) {
            lines
                .add_series()
                .set_name(&t!("series-lending-limit"))
                .set_categories(&years(&bank))
                .set_values(&bank_series("lending_limit"))
                .set_format(&mut line(0xE6_96_1E, false));
        }
        lending.combine(&lines);
        style(
            &mut lending,
            t!("wb-chart-lending"),
            &unit_words(Unit::UsdBnPerYear),
        );
        charts.push(lending);

        // The capital ratio against its floor, the scale cut where the window cuts it.
        let mut ratio = Chart::new(ChartType::Line);
        ratio
            .add_series()
            .set_name(&t!("series-capital-ratio"))
            .set_categories(&years(&bank))
            .set_values(&bank_series("capital_ratio"))
            .set_format(&mut line(0x4C_AF_50, false));
        ratio
            .add_series()
            .set_name(&t!("series-floor"))
            .set_categories(&years(&bank))
            .set_values(&bank_series(FLOOR_ID))
            .set_format(&mut line(0xD6_45_41, true));
        style(&mut ratio, t!("wb-chart-ratio"), "%");
        ratio.y_axis().set_num_format("0%").set_min(0.0);
        // A young bank's ratio can be thousands of percent: the scale stops where the window's
        // does (the sheet keeps every value).
        let cap = crate::chart::RATIO_CAP_PCT / 100.0;
        if p.bank
            .iter()
            .filter_map(|y| y.capital_ratio)
            .any(|r| r > cap)
        {
            ratio.y_axis().set_max(cap);
        }
        charts.push(ratio);

        // Financing by sector and by country, stacked, from their sheets' last block.
        for (sheet, colours, title) in [
            (
                Sheet::BySector,
                Sector::ALL
                    .iter()
                    .map(|k| rgb(palette::sector(*k)))
                    .collect::<Vec<_>>(),
                t!("wb-chart-sectors"),
            ),
            (
                Sheet::ByCountry,
                Country::ALL
                    .iter()
                    .map(|c| rgb(palette::country(*c)))
                    .collect(),
                t!("wb-chart-countries"),
            ),
        ] {
            let name = (self.sheet)(sheet);
            let top = block_top(p, BLOCKS - 1);
            let mut chart = Chart::new(ChartType::ColumnStacked);
            for (i, colour) in colours.into_iter().enumerate() {
                let col = 1 + i as u16;
                chart
                    .add_series()
                    .set_name((name.as_str(), top, col))
                    .set_categories((name.as_str(), top + 1, 0, top + n, 0))
                    .set_values((name.as_str(), top + 1, col, top + n, col))
                    .set_format(&mut fill(colour))
                    .set_gap(40);
            }
            style(&mut chart, title, &money_axis);
            chart.y_axis().set_name(&unit_words(Unit::UsdBnPerYear));
            charts.push(chart);
        }

        // The fund's J-curve: net cash flow (columns) and its running total (a line).
        let fund_column = |id: &str| {
            FUND_COLUMNS
                .iter()
                .position(|c| c.id == id)
                .map_or(0, |i| 1 + i as u16)
        };
        let fund_series = |id: &str| {
            let col = fund_column(id);
            ChartRange::new_from_range(&fund, BANK_TOP + 1, col, BANK_TOP + n, col)
        };
        let mut j = Chart::new(ChartType::Column);
        j.add_series()
            .set_name(&t!("series-net-cash-flow"))
            .set_categories(&years(&fund))
            .set_values(&fund_series("net_cash_flow"))
            .set_format(&mut fill(0x00_AC_C1))
            .set_gap(60);
        let mut cumulative = Chart::new(ChartType::Line);
        cumulative
            .add_series()
            .set_name(&t!("series-cumulative-net"))
            .set_categories(&years(&fund))
            .set_values(&fund_series("cumulative_net"))
            .set_format(&mut line(0x9C_63_CE, false));
        j.combine(&cumulative);
        style(&mut j, t!("wb-chart-jcurve"), &money_axis);
        charts.push(j);

        // Two a row, side by side whatever the columns' widths; a page for each two rows.
        for (i, chart) in charts.iter().enumerate() {
            let row = top + 1 + (i / 2) as Row * CHART_ROWS;
            let x = if i % 2 == 0 { 0 } else { CHART_WIDTH + 16 };
            ws.insert_chart_with_offset(row, 0, chart, x, 0)?;
        }
        ws.set_page_breaks(&[top - 1, top + 1 + 2 * CHART_ROWS])?;
        Ok(())
    }

    fn assumptions(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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

    fn bank(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let p = self.p();
        let columns = bank_columns(p, self.st, self.s().policy.capital_floor);
        let title = t!("wb-bank-heading", unit = unit_words(Unit::UsdBn));
        ws.write_string_with_format(0, 0, &title, &self.st.title)?;
        self.ids(ws, &columns)?;
        self.year_table(ws, BANK_TOP, &columns, false)?;
        ws.set_freeze_panes(BANK_TOP + 1, 1)?;
        // Printed, each page repeats the years and the headings, and the title is the pages'
        // header (not a cell cut at the repeated column's edge).
        let last = BANK_TOP + self.p().years() as Row;
        ws.set_print_area(BANK_TOP - 1, 0, last, columns.len() as u16)?;
        ws.set_header(format!("&L{}", title.replace('&', "&&")));
        ws.set_repeat_rows(BANK_TOP, BANK_TOP)?;
        ws.set_repeat_columns(0, 0)?;
        Ok(())
    }

    /// The CSV's column names, in small grey, above the headings.
    fn ids(&self, ws: &mut Worksheet, columns: &[Column<'_>]) -> Result<(), XlsxError> {
        ws.write_string_with_format(BANK_TOP - 1, 0, "year", &self.st.ids)?;
        for (i, column) in columns.iter().enumerate() {
            ws.write_string_with_format(BANK_TOP - 1, 1 + i as u16, column.id, &self.st.ids)?;
        }
        Ok(())
    }

    fn fund(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let unit = unit_words(Unit::UsdBn);
        let columns = columns_of(&self.p().fund.years, FUND_COLUMNS, self.st);
        ws.write_string_with_format(
            0,
            0,
            t!("wb-fund-heading", unit = unit.as_str()),
            &self.st.title,
        )?;
        self.ids(ws, &columns)?;
        self.year_table(ws, BANK_TOP, &columns, false)?;
        ws.set_freeze_panes(BANK_TOP + 1, 1)?;
        Ok(())
    }

    fn by_sector(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let heads: Vec<String> = Sector::ALL.iter().map(|k| k.name()).collect();
        self.blocks(
            ws,
            &heads,
            |split| split.by_sector.to_vec(),
            |p, t| {
                Sector::ALL
                    .iter()
                    .map(|k| p.bank_flows.approvals.sector_total(t, *k))
                    .collect()
            },
        )
    }

    fn by_country(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let heads: Vec<String> = Country::ALL.iter().map(|c| c.name()).collect();
        self.blocks(
            ws,
            &heads,
            |split| split.by_country.to_vec(),
            |p, t| {
                Country::ALL
                    .iter()
                    .map(|c| p.bank_flows.approvals.country_total(t, *c))
                    .collect()
            },
        )
    }

    /// The blocks of a By sector or By country sheet: approvals, disbursements, fund
    /// investments and total financing, each years down and `heads` across, with totals.
    fn blocks(
        &self,
        ws: &mut Worksheet,
        heads: &[String],
        part: impl Fn(&YearSplit) -> Vec<f64>,
        approvals: impl Fn(&Projection, usize) -> Vec<f64>,
    ) -> Result<(), XlsxError> {
        let p = self.p();
        let st = self.st;
        let n = p.years();
        let unit = unit_words(Unit::UsdBnPerYear);
        ws.write_string_with_format(
            0,
            0,
            t!("wb-blocks-heading", unit = unit.as_str()),
            &st.title,
        )?;
        let zero = vec![0.0; heads.len()];
        let of = |splits: &[YearSplit], t: usize| splits.get(t).map_or_else(|| zero.clone(), &part);
        let blocks: [(&str, Vec<Vec<f64>>); BLOCKS as usize] = [
            (
                "measure-approvals",
                (0..n).map(|t| approvals(p, t)).collect(),
            ),
            (
                "measure-disbursements",
                (0..n).map(|t| of(&p.bank_flows.disbursed, t)).collect(),
            ),
            (
                "measure-fund",
                (0..n).map(|t| of(&p.fund.invested, t)).collect(),
            ),
            (
                "measure-total",
                (0..n)
                    .map(|t| {
                        let (bank, fund) =
                            (of(&p.bank_flows.disbursed, t), of(&p.fund.invested, t));
                        bank.iter().zip(&fund).map(|(a, b)| a + b).collect()
                    })
                    .collect(),
            ),
        ];
        for (i, (key, rows)) in blocks.into_iter().enumerate() {
            let top = block_top(p, i as u32);
            ws.write_string_with_format(top - 1, 0, crate::i18n::tr(key), &st.heading)?;
            let mut columns: Vec<Column<'_>> = heads
                .iter()
                .enumerate()
                .map(|(j, head)| Column {
                    heading: head.clone(),
                    id: "",
                    values: rows.iter().map(|r| Value::Number(r[j], &st.bn)).collect(),
                    total: true,
                })
                .collect();
            columns.push(Column {
                heading: t!("chart-total"),
                id: "",
                values: rows
                    .iter()
                    .map(|r| Value::Number(r.iter().sum(), &st.bn_total))
                    .collect(),
                total: true,
            });
            self.year_table(ws, top, &columns, true)?;
            // The row totals as formulas, over the values just written.
            let last = heads.len() as u16;
            for (t, r) in rows.iter().enumerate() {
                let row = top + 1 + t as Row;
                let range = cell_range(row, 1, row, last);
                let sum: f64 = r.iter().sum();
                ws.write_formula_with_format(
                    row,
                    last + 1,
                    Formula::new(format!("=SUM({range})")).set_result(sum.to_string()),
                    &st.bn_total,
                )?;
            }
        }
        ws.set_freeze_panes(0, 1)?;
        Ok(())
    }

    fn countries(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let p = self.p();
        let st = self.st;
        let unit = unit_words(Unit::UsdBn);
        ws.write_string_with_format(
            0,
            0,
            t!(
                "wb-countries-heading",
                from = num::year(p.start_year),
                to = num::year(self.last_year()),
                unit = unit.as_str()
            ),
            &st.title,
        )?;
        let ids = export::COUNTRY_COLUMNS;
        let mut headings = vec![t!("countries-country")];
        for key in [
            "wb-countries-paid-in-bank",
            "wb-countries-contributed-fund",
            "wb-countries-received-bank",
            "wb-countries-received-fund",
            "wb-countries-net",
        ] {
            headings.push(headed(&crate::i18n::tr(key), &unit));
        }
        for (c, id) in ids.iter().enumerate() {
            ws.write_string_with_format(BANK_TOP - 1, c as u16, *id, &st.ids)?;
        }
        let rows: Vec<Vec<Value<'_>>> = p
            .countries
            .iter()
            .map(|c| {
                vec![
                    Value::Text(c.country.name()),
                    Value::Number(c.paid_in_bank, &st.bn),
                    Value::Number(c.contributed_fund, &st.bn),
                    Value::Number(c.received_bank, &st.bn),
                    Value::Number(c.received_fund, &st.bn),
                    Value::Number(c.net_position(), &st.bn),
                ]
            })
            .collect();
        let widths = [20.0, 16.0, 16.0, 16.0, 16.0, 16.0];
        let bottom = self.table(ws, BANK_TOP, &headings, &rows, &widths)?;
        // The totals, below the table (a filter leaves them alone).
        let (first, last) = (BANK_TOP + 1, bottom - 1);
        ws.write_string_with_format(bottom, 0, t!("chart-total"), &st.label)?;
        for col in 1..headings.len() as u16 {
            let sum: f64 = rows
                .iter()
                .map(|r| match r[col as usize] {
                    Value::Number(v, _) => v,
                    _ => 0.0,
                })
                .sum();
            let range = cell_range(first, col, last, col);
            ws.write_formula_with_format(
                bottom,
                col,
                Formula::new(format!("=SUM({range})")).set_result(sum.to_string()),
                &st.bn_total,
            )?;
        }
        ws.set_freeze_panes(BANK_TOP + 1, 1)?;
        Ok(())
    }

    fn uncertainty(&self, ws: &mut Worksheet, bands: &Bands) -> Result<(), XlsxError> {
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
        let widths = [52.0, 12.0, 16.0, 12.0, 12.0, 12.0, 12.0, 12.0];
        row = self.table(ws, row, &headings, &rows, &widths)? + 1;
        // Each banded series, year by year: percentiles.csv in words.
        ws.write_string_with_format(row, 0, t!("wb-unc-series"), &st.heading)?;
        row += 1;
        let mut headings = vec![t!("wb-col-series"), t!("projects-year"), t!("wb-col-unit")];
        headings.extend(quantiles.iter().cloned());
        let mut rows = Vec::new();
        for series in Series::all() {
            let Some(band) = bands.band(series) else {
                continue;
            };
            let (unit, format) = match series {
                Series::CapitalRatio => ("%".to_owned(), &st.pct),
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
        ws.write_string_with_format(row, 0, t!("wb-unc-shares"), &st.heading)?;
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

    fn sensitivity(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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

    fn compare(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
        let widths = [44.0, 30.0, 30.0, 30.0, 14.0];
        let mut row = self.table(ws, 2, &headings, &rows, &widths)? + 1;
        ws.write_string_with_format(
            row,
            0,
            t!("brief-assumptions", name = name.as_str()),
            &st.heading,
        )?;
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

    fn scenario_file(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        let st = self.st;
        let ron =
            crate::file::to_text(self.s()).map_err(|e| XlsxError::ParameterError(e.to_string()))?;
        ws.write_string_with_format(
            0,
            0,
            t!(
                "wb-file-heading",
                name = text::escaped(self.b.file_name).as_ref()
            ),
            &st.label,
        )?;
        ws.set_column_width(0, 110)?;
        let mut row: Row = 1;
        for line in ron.lines() {
            // A line longer than a cell holds goes on across the row's next cells.
            let chars: Vec<char> = line.chars().collect();
            if chars.is_empty() {
                row += 1;
                continue;
            }
            for (i, piece) in chars.chunks(CELL_MAX).enumerate() {
                let piece: String = piece.iter().collect();
                ws.write_string_with_format(row, i as u16, &piece, &st.mono)?;
            }
            row += 1;
        }
        Ok(())
    }
}

/// The row of the Bank, Fund and Countries sheets' headings (the title above, then the CSV's
/// names).
const BANK_TOP: Row = 2;
/// The column of the Bank sheet that holds the capital floor (for the chart), not in the CSV.
const FLOOR_ID: &str = "capital_floor";
/// A chart's size in pixels, and the rows it spans (of 20 pixels) with a gap below.
const CHART_WIDTH: u32 = 560;
const CHART_HEIGHT: u32 = 360;
const CHART_ROWS: Row = 20;
/// The blocks of the By sector and By country sheets.
const BLOCKS: u32 = 4;

/// The heading row of block `i` of a By sector or By country sheet: each block is its title, its
/// headings, a row a year, its totals and a blank row.
fn block_top(p: &Projection, i: u32) -> Row {
    3 + i * (p.years() as Row + 4)
}

/// `bank.csv`'s columns after the year, in its order, with the capital floor last (for the
/// chart).
fn bank_columns<'f>(p: &Projection, st: &'f Styles, floor: f64) -> Vec<Column<'f>> {
    let mut columns = columns_of(&p.bank, BANK_COLUMNS, st);
    columns.push(Column {
        heading: headed(&t!("wb-col-floor"), "%"),
        id: FLOOR_ID,
        values: p
            .bank
            .iter()
            .map(|_| Value::Number(floor, &st.pct))
            .collect(),
        total: false,
    });
    columns
}

/// The columns of a CSV file's catalogue, year by year, headed in words with their units.
fn columns_of<'f, Y>(
    years: &[Y],
    catalogue: &[export::Column<Y>],
    st: &'f Styles,
) -> Vec<Column<'f>> {
    let bn = unit_words(Unit::UsdBn);
    catalogue
        .iter()
        .map(|column| {
            let words = crate::i18n::tr(column.words);
            let values: Vec<Value<'f>> = years
                .iter()
                .map(|y| match (column.value)(y) {
                    Field::Money(v) | Field::MaybeMoney(Some(v)) => Value::Number(v, &st.bn),
                    Field::Ratio(Some(v)) => Value::Number(v, &st.pct),
                    Field::MaybeMoney(None) | Field::Ratio(None) | Field::Limit(None) => {
                        Value::Empty
                    }
                    Field::Yes(yes) => Value::Text(t!(if yes { "word-yes" } else { "word-no" })),
                    Field::Limit(Some(cut)) => Value::Text(cut_words(cut)),
                })
                .collect();
            let heading = match years.first().map(column.value) {
                Some(Field::Money(_) | Field::MaybeMoney(_)) => headed(&words, &bn),
                Some(Field::Ratio(_)) => headed(&words, "%"),
                _ => words,
            };
            Column {
                heading,
                id: column.id,
                values,
                total: column.flow,
            }
        })
        .collect()
}

/// The limit that cut approvals, in words.
fn cut_words(c: Cut) -> String {
    t!("wb-limit", limit = c.id())
}

/// An assumption's group, by its path: the catalogue's for a scalar, its section's otherwise
/// (the study's own settings are a group of their own).
fn group_of(path: &str) -> String {
    match SCALARS.iter().find(|s| s.path == path) {
        Some(spec) => spec.group.title(),
        None => Group::of_path(path).map_or_else(|| t!("wb-group-study"), Group::title),
    }
}

/// The unit and the values in `a` and `b` of an assumption that is a number of the catalogue
/// (the horizon included), by its path.
fn numeric(path: &str, a: &Scenario, b: &Scenario) -> Option<(Unit, f64, f64)> {
    if let Some(spec) = SCALARS.iter().find(|s| s.path == path) {
        return Some((spec.unit, (spec.get)(a), (spec.get)(b)));
    }
    let lever = Lever::find(path)?;
    Some((lever.unit(), lever.get(a), lever.get(b)))
}

fn rgb(c: egui::Color32) -> u32 {
    (u32::from(c.r()) << 16) | (u32::from(c.g()) << 8) | u32::from(c.b())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_what_excel_accepts() {
        assert_eq!(sheet_name("By sector"), "By sector");
        assert_eq!(sheet_name("a/b\\c[d]e:f*g?h"), "a b c d e f g h");
        assert_eq!(sheet_name("'quoted'"), "quoted");
        assert_eq!(sheet_name("History"), "History_");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), SHEET_NAME_MAX);
        assert_eq!(sheet_name(" \t"), "Sheet");
        assert_eq!(
            sheet_name("Сценарий по отраслям и странам мира"),
            "Сценарий по отраслям и странам"
        );
    }
}
