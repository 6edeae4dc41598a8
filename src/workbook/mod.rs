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
//!
//! The code is split by kind: `layout` (formats, widths, the two kinds of table), `sheets`
//! (the sheets in words), `accounts` (the accounts and financing tables) and `charts`; each
//! takes the imports and shared items of this module with `use super::*`.

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

mod accounts;
mod charts;
mod layout;
mod sheets;

use accounts::*;
use layout::*;

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
        // Every sheet's first row is its title, in a larger type (the scenario file's is its
        // instructions, as tall as their words).
        if sheet != Sheet::ScenarioFile {
            ws.set_row_height(0, 21)?;
        }
        // Printed: landscape, one page wide (the bank's 34 columns on four), as long as needed.
        ws.set_landscape();
        ws.set_print_fit_to_pages(if sheet == Sheet::Bank { 4 } else { 1 }, 0);
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
        && let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d))
        && let Ok(date) = ExcelDateTime::from_ymd(y, m, d)
    {
        props = props.set_creation_datetime(&date);
    }
    props
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
