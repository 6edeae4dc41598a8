//! The sheets of the accounts: Bank and Fund (the CSV files' catalogues of columns), By sector
//! and By country, Countries.

use super::*;

impl Writer<'_, '_> {
    pub(super) fn bank(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
    pub(super) fn ids(&self, ws: &mut Worksheet, columns: &[Column<'_>]) -> Result<(), XlsxError> {
        ws.write_string_with_format(BANK_TOP - 1, 0, "year", &self.st.ids)?;
        for (i, column) in columns.iter().enumerate() {
            ws.write_string_with_format(BANK_TOP - 1, 1 + i as u16, column.id, &self.st.ids)?;
        }
        Ok(())
    }

    pub(super) fn fund(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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

    pub(super) fn by_sector(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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

    pub(super) fn by_country(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
    pub(super) fn blocks(
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
            self.heading(ws, top - 1, &crate::i18n::tr(key))?;
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
        // Printed, each block starts a page.
        let breaks: Vec<Row> = (1..BLOCKS).map(|i| block_top(p, i) - 1).collect();
        ws.set_page_breaks(&breaks)?;
        Ok(())
    }

    pub(super) fn countries(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
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
}

/// The row of the Bank, Fund and Countries sheets' headings (the title above, then the CSV's
/// names).
pub(super) const BANK_TOP: Row = 2;
/// The column of the Bank sheet that holds the capital floor (for the chart), not in the CSV.
pub(super) const FLOOR_ID: &str = "capital_floor";
/// The blocks of the By sector and By country sheets.
pub(super) const BLOCKS: u32 = 4;

/// The heading row of block `i` of a By sector or By country sheet: each block is its title, its
/// headings, a row a year, its totals and a blank row.
pub(super) fn block_top(p: &Projection, i: u32) -> Row {
    3 + i * (p.years() as Row + 4)
}

/// `bank.csv`'s columns after the year, in its order, with the capital floor last (for the
/// chart).
pub(super) fn bank_columns<'f>(p: &Projection, st: &'f Styles, floor: f64) -> Vec<Column<'f>> {
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
pub(super) fn columns_of<'f, Y>(
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
                    Field::MaybeMoney(None)
                    | Field::Ratio(None)
                    | Field::Limit(None)
                    | Field::Assessment(None) => Value::Empty,
                    Field::Assessment(Some(a)) => Value::Text(a.label()),
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
pub(super) fn cut_words(c: Cut) -> String {
    t!("wb-limit", limit = c.id())
}
