//! How the workbook's sheets are laid out: the formats, the units in words, column widths and
//! heading heights measured from the words, and the two kinds of table (year by year, and rows).

use super::*;

/// The formats every sheet uses.
pub(super) struct Styles {
    pub(super) title: Format,
    pub(super) heading: Format,
    pub(super) header: Format,
    pub(super) ids: Format,
    pub(super) label: Format,
    pub(super) text: Format,
    pub(super) wrap: Format,
    pub(super) bn: Format,
    pub(super) bn_total: Format,
    pub(super) pct: Format,
    pub(super) pct_fine: Format,
    pub(super) share: Format,
    pub(super) multiple: Format,
    pub(super) year: Format,
    pub(super) count: Format,
    pub(super) mono: Format,
    pub(super) bn_change: Format,
    pub(super) pct_change: Format,
    pub(super) count_change: Format,
    pub(super) multiple_change: Format,
}

impl Styles {
    pub(super) fn new() -> Styles {
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
            // A change of a ratio in percentage points: the workbook stores it ×100.
            pct_change: number(&pp_format()),
            count_change: number("+0;-0;0"),
            multiple_change: number("+0.00\"×\";-0.00\"×\";0.00\"×\""),
            mono: base
                .set_font_name("Consolas")
                .set_font_size(9)
                .set_text_wrap(),
        }
    }

    /// The format of a value in `unit`, as the workbook stores it (fractions as percentages).
    pub(super) fn of(&self, unit: Unit) -> &Format {
        match unit {
            Unit::UsdBn | Unit::UsdBnPerYear => &self.bn,
            Unit::Fraction | Unit::RatePerYear => &self.pct_fine,
            Unit::Years | Unit::CalendarYear | Unit::Rating => &self.year,
            Unit::Multiple => &self.multiple,
        }
    }
}

/// A signed number of percentage points, as each language writes them (`+7.5 pp`,
/// `+7.5 п. п.`, `+7.5个百分点`; the decimal mark is the reader's Excel's).
fn pp_format() -> String {
    let words = num::pp(0.0);
    let unit = words.trim_start_matches(|c: char| !c.is_alphabetic());
    let unit = unit.replace('"', "");
    let spaced = if words.contains(&format!(" {unit}")) {
        " "
    } else {
        ""
    };
    format!("+0.0\"{spaced}{unit}\";-0.0\"{spaced}{unit}\";0.0\"{spaced}{unit}\"")
}

/// The unit in words, as a column heading gives it: US$ billion in every language.
pub(super) fn unit_words(unit: Unit) -> String {
    match unit {
        Unit::UsdBn => t!("wb-unit-usd-bn"),
        Unit::UsdBnPerYear => t!("wb-unit-usd-bn-per-year"),
        Unit::CalendarYear => t!("wb-unit-year"),
        Unit::Years => t!("unit-years"),
        Unit::Fraction => "%".to_owned(),
        Unit::RatePerYear => t!("unit-percent-per-year"),
        Unit::Multiple => "×".to_owned(),
        Unit::Rating => String::new(),
    }
}

/// "Approvals, US$ bn": a heading with its unit.
pub(super) fn headed(label: &str, unit: &str) -> String {
    t!("wb-header", label = label, unit = unit)
}

/// A value of a column: a number in a format, a word, or nothing.
pub(super) enum Value<'f> {
    Number(f64, &'f Format),
    Text(String),
    Empty,
}

/// A column of a year-by-year table: its heading, the CSV's name for it, and its values.
pub(super) struct Column<'f> {
    pub(super) heading: String,
    pub(super) id: &'static str,
    pub(super) values: Vec<Value<'f>>,
    /// Whether its total (a sum) means something.
    pub(super) total: bool,
}

/// How wide a column must be for `text`, in Excel's character units (the width of a digit):
/// East Asian characters count double, and other letters 0.9, as a proportional font sets
/// most of them narrower than a digit.
pub(super) fn width_of(text: &str) -> f64 {
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
pub(super) fn fit(
    ws: &mut Worksheet,
    col: u16,
    heading: &str,
    longest_value: f64,
) -> Result<f64, XlsxError> {
    let words = width_of(heading);
    // No word is broken, and the heading's filter button covers none of it.
    let longest_word = heading.split(' ').map(width_of).fold(0.0, f64::max) + FILTER_BUTTON;
    let width = (words / 3.0)
        .max(words.min(14.0))
        .max(longest_word)
        .max(longest_value)
        .clamp(8.0, 48.0);
    ws.set_column_width(col, width + 1.5)?;
    Ok(heading_lines(heading, width - FILTER_BUTTON))
}

/// The room a table heading's filter button takes, in characters.
const FILTER_BUTTON: f64 = 2.5;

/// How many lines `heading` takes in a column `width` wide, broken at spaces (or anywhere, for
/// Chinese).
pub(super) fn heading_lines(heading: &str, width: f64) -> f64 {
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

/// The height of a row of `lines` lines of `per_line` points each, within Excel's tallest
/// row (409 points).
pub(super) fn lines_height(lines: f64, per_line: f64) -> f64 {
    (per_line * lines.max(1.0)).min(409.0)
}

/// The height of a heading row whose tallest heading takes `lines` lines.
pub(super) fn heading_height(lines: f64) -> f64 {
    15.0 * lines.clamp(1.0, 6.0) + 3.0
}

/// A row of a sheet, counted as Excel counts them.
pub(super) type Row = u32;

pub(super) struct Writer<'a, 'n> {
    pub(super) b: &'a Brief<'a>,
    pub(super) st: &'a Styles,
    pub(super) sheet: &'n dyn Fn(Sheet) -> String,
}

impl Writer<'_, '_> {
    /// A heading over a part of a sheet, in a row tall enough for its type.
    pub(super) fn heading(
        &self,
        ws: &mut Worksheet,
        row: Row,
        words: &str,
    ) -> Result<(), XlsxError> {
        ws.write_string_with_format(row, 0, words, &self.st.heading)?;
        ws.set_row_height(row, 19)?;
        Ok(())
    }

    pub(super) fn p(&self) -> &Projection {
        self.b.projection
    }

    pub(super) fn s(&self) -> &Scenario {
        self.b.scenario
    }

    pub(super) fn last_year(&self) -> i32 {
        self.p().year(self.p().years().saturating_sub(1))
    }

    /// A paragraph over columns `0..cols`: merged, wrapped, as tall as its words need.
    pub(super) fn paragraph(
        &self,
        ws: &mut Worksheet,
        row: Row,
        cols: u16,
        width: f64,
        words: &str,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let words: String = words.chars().take(CELL_MAX).collect();
        let lines: f64 = words.lines().map(|l| heading_lines(l, width)).sum();
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
        ws.set_row_height(row, lines_height(lines, 15.0))?;
        Ok(())
    }

    /// Writes a year-by-year table at `top` (its heading row), years in the first column,
    /// with a total row when `totals`; returns the row after it. The CSV's names go in the row
    /// above the headings when `ids`.
    pub(super) fn year_table(
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
    pub(super) fn table(
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
                ws.set_row_height(at, lines_height(lines, 15.0))?;
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
            lines = lines.max(heading_lines(heading, width(c) - FILTER_BUTTON));
        }
        ws.set_row_height(top, heading_height(lines))?;
        Ok(bottom + 1)
    }
}
