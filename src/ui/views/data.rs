//! The numbers as a table: any group of series by year, copied to the clipboard as
//! tab-separated text or exported as the CSV files of `run`.

use crate::i18n::num;
use crate::t;
use crate::ui::Command;
use egui::{RichText, Ui};

use super::table::Cell;
use crate::export::{BANK_COLUMNS, Column, FUND_COLUMNS, Field};
use crate::model::projection::BankYear;
use crate::model::{Country, LoanType, Projection, Sector};

/// A flow that can be tabulated by country, sector or loan type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Flow {
    Approvals,
    Disbursements,
    Repayments,
    Losses,
    LoansOutstanding,
    FundInvestments,
    Coinvestment,
}

impl Flow {
    const ALL: [Flow; 7] = [
        Flow::Approvals,
        Flow::Disbursements,
        Flow::Repayments,
        Flow::Losses,
        Flow::LoansOutstanding,
        Flow::FundInvestments,
        Flow::Coinvestment,
    ];

    fn title(self) -> String {
        crate::i18n::tr(match self {
            Flow::Approvals => "series-approvals",
            Flow::Disbursements => "series-disbursements",
            Flow::Repayments => "series-repayments",
            Flow::Losses => "series-credit-losses",
            Flow::LoansOutstanding => "series-loans",
            Flow::FundInvestments => "measure-fund",
            Flow::Coinvestment => "data-coinvestment",
        })
    }

    fn cube(self, p: &Projection) -> &crate::model::Cube {
        let b = &p.bank_flows;
        match self {
            Flow::Approvals => &b.approvals,
            Flow::Disbursements => &b.disbursements,
            Flow::Repayments => &b.repayments,
            Flow::Losses => &b.losses,
            Flow::LoansOutstanding => &b.loans,
            Flow::FundInvestments => &p.fund.investments,
            Flow::Coinvestment => &p.fund.coinvestment,
        }
    }
}

/// How a flow is sliced into columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Slice {
    ByCountry,
    BySector,
    ByLoanType,
}

/// Which table to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Table {
    #[default]
    BankAccounts,
    FundAccounts,
    Flow(Flow, Slice),
}

impl Table {
    fn title(self) -> String {
        match self {
            Table::BankAccounts => t!("data-bank-accounts"),
            Table::FundAccounts => t!("data-fund-accounts"),
            Table::Flow(flow, Slice::ByCountry) => t!("data-by-country", flow = flow.title()),
            Table::Flow(flow, Slice::BySector) => t!("data-by-sector", flow = flow.title()),
            Table::Flow(flow, Slice::ByLoanType) => t!("data-by-loan-type", flow = flow.title()),
        }
    }

    /// Every table the view offers.
    fn all() -> Vec<Table> {
        let mut out = vec![Table::BankAccounts, Table::FundAccounts];
        for flow in Flow::ALL {
            out.push(Table::Flow(flow, Slice::ByCountry));
            out.push(Table::Flow(flow, Slice::BySector));
            if !matches!(flow, Flow::FundInvestments | Flow::Coinvestment) {
                out.push(Table::Flow(flow, Slice::ByLoanType));
            }
        }
        out
    }
}

/// Column headers and rows (one per year) of a table, values in US$ bn (ratios as fractions).
pub fn table_data(p: &Projection, table: Table) -> (Vec<String>, Vec<Vec<f64>>) {
    let years = 0..p.years();
    match table {
        Table::BankAccounts => catalogue_data(&p.bank, bank_shown()),
        Table::FundAccounts => catalogue_data(&p.fund.years, FUND_COLUMNS.iter()),
        Table::Flow(flow, slice) => {
            let cube = flow.cube(p);
            match slice {
                Slice::ByCountry => (
                    Country::ALL.iter().map(|c| c.code().to_owned()).collect(),
                    years
                        .map(|t| {
                            Country::ALL
                                .iter()
                                .map(|c| cube.country_total(t, *c))
                                .collect()
                        })
                        .collect(),
                ),
                Slice::BySector => (
                    Sector::ALL.iter().map(|k| k.id().to_owned()).collect(),
                    years
                        .map(|t| {
                            Sector::ALL
                                .iter()
                                .map(|k| cube.sector_total(t, *k))
                                .collect()
                        })
                        .collect(),
                ),
                Slice::ByLoanType => (
                    LoanType::ALL.iter().map(|l| l.id().to_owned()).collect(),
                    years
                        .map(|t| {
                            LoanType::ALL
                                .iter()
                                .map(|l| cube.type_total(t, *l))
                                .collect()
                        })
                        .collect(),
                ),
            }
        }
    }
}

/// The columns of `bank.csv` that the Data view shows, in its order.
const BANK_SHOWN: [&str; 18] = [
    "paid_in",
    "approvals",
    "demand",
    "capacity",
    "disbursements",
    "undisbursed",
    "repayments",
    "losses",
    "loans",
    "net_income",
    "equity",
    "borrowings",
    "liquid_assets",
    "capital_ratio",
    "rwa",
    "rac",
    "rac_with_callable",
    "equity_to_assets",
];

fn bank_shown() -> impl Iterator<Item = &'static Column<BankYear>> {
    BANK_SHOWN
        .iter()
        .filter_map(|id| BANK_COLUMNS.iter().find(|c| c.id == *id))
}

/// A table of a CSV file's columns (the catalogue the CSV files and the workbook write): their
/// names and their values year by year (NaN where a value is undefined).
fn catalogue_data<'a, Y: 'a>(
    years: &[Y],
    columns: impl Iterator<Item = &'a Column<Y>>,
) -> (Vec<String>, Vec<Vec<f64>>) {
    let columns: Vec<&Column<Y>> = columns.collect();
    let rows = years
        .iter()
        .map(|y| {
            columns
                .iter()
                .map(|c| match (c.value)(y) {
                    Field::Money(v) => v,
                    Field::MaybeMoney(v) | Field::Ratio(v) => v.unwrap_or(f64::NAN),
                    Field::Yes(_) | Field::Limit(_) | Field::Assessment(_) => f64::NAN,
                })
                .collect()
        })
        .collect();
    (columns.iter().map(|c| c.id.to_owned()).collect(), rows)
}

/// Column headings for people, in the order of [`table_data`]'s (which are the CSV's names,
/// shown on hover), and whether the column is a ratio (shown in percent).
pub fn column_labels(table: Table) -> Vec<(String, bool)> {
    let plain = |keys: &[&str]| keys.iter().map(|k| (crate::i18n::tr(k), false)).collect();
    match table {
        Table::BankAccounts => bank_shown()
            .map(|c| match c.id {
                "capital_ratio" => (t!("data-capital-ratio"), true),
                _ => (crate::i18n::tr(c.words), false),
            })
            .collect(),
        Table::FundAccounts => FUND_COLUMNS
            .iter()
            .map(|c| (crate::i18n::tr(c.words), false))
            .collect(),
        Table::Flow(_, Slice::ByCountry) => {
            Country::ALL.iter().map(|c| (c.name(), false)).collect()
        }
        Table::Flow(_, Slice::BySector) => Sector::ALL.iter().map(|k| (k.name(), false)).collect(),
        Table::Flow(_, Slice::ByLoanType) => plain(&["data-sovereign", "data-non-sovereign"]),
    }
}

/// Tab-separated text of a table, for pasting into a spreadsheet.
pub fn table_tsv(p: &Projection, table: Table) -> String {
    let (headers, rows) = table_data(p, table);
    let mut out = format!("year\t{}\n", headers.join("\t"));
    for (t, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .map(|v| {
                if v.is_finite() {
                    format!("{v}")
                } else {
                    String::new()
                }
            })
            .collect();
        out.push_str(&format!("{}\t{}\n", p.year(t), cells.join("\t")));
    }
    out
}

/// The table; returns a command when the user asks for more than looking (an export).
#[must_use]
pub fn show(ui: &mut Ui, cx: &super::Context<'_>, table: &mut Table) -> Option<Command> {
    let p = cx.frame.p;
    let mut command = None;
    crate::ui::controls_row(ui, |ui| {
        let label = ui.label(t!("data-table"));
        egui::ComboBox::from_id_salt("data-table")
            .selected_text(table.title())
            .height(400.0)
            .show_ui(ui, |ui| {
                for t in Table::all() {
                    ui.selectable_value(table, t, t.title());
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .button(t!("data-copy"))
            .on_hover_text(t!("data-copy-hint"))
            .clicked()
        {
            ui.ctx().copy_text(table_tsv(p, *table));
        }
        if ui
            .button(t!("data-export"))
            .on_hover_text(t!("data-export-hint"))
            .clicked()
        {
            command = Some(Command::ExportCsv);
        }
        if ui
            .button(t!("data-export-xlsx"))
            .on_hover_text(t!("menu-export-xlsx-hint"))
            .clicked()
        {
            command = Some(Command::ExportWorkbook);
        }
        ui.label(RichText::new(t!("data-units")).weak().small());
    });
    let (ids, rows) = table_data(p, *table);
    let labels = column_labels(*table);
    let mut headings = vec![Cell::from(t!("projects-year"))];
    headings.extend(labels.iter().zip(&ids).map(|((label, _), id)| {
        Cell::from(label.as_str()).hover(t!("data-in-csv", id = id.as_str()))
    }));
    let mut grid = super::table::Table::new("data", headings).numbers(72.0);
    for (t, row) in rows.iter().enumerate() {
        let mut cells = vec![Cell::from(p.year(t).to_string())];
        cells.extend(row.iter().zip(&labels).map(|(v, (_, ratio))| {
            Cell::from(match (v.is_finite(), ratio) {
                (false, _) => "–".to_owned(),
                (true, true) => num::decimal(v * 100.0, 1),
                // Chinese tables count in 亿 (×10), one place less.
                (true, false) => num::decimal(
                    v * num::money_scale(),
                    if num::money_scale() > 1.0 { 2 } else { 3 },
                ),
            })
        }));
        grid.row(cells);
    }
    // The year column stays put while the values scroll sideways; both scroll down together,
    // with both scroll bars in sight.
    let height = ui.available_height();
    grid.show_scrolling(ui, height);
    command
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Scenario, project};

    #[test]
    fn every_table_has_a_row_per_year_and_slices_of_a_flow_add_up() {
        let p = project(&Scenario::default()).expect("valid");
        for table in Table::all() {
            let (headers, rows) = table_data(&p, table);
            assert_eq!(rows.len(), p.years(), "{}", table.title());
            assert!(
                rows.iter().all(|r| r.len() == headers.len()),
                "{}",
                table.title()
            );
            let tsv = table_tsv(&p, table);
            assert_eq!(tsv.lines().count(), p.years() + 1);
        }
        for flow in Flow::ALL {
            let total = |slice| -> f64 {
                table_data(&p, Table::Flow(flow, slice))
                    .1
                    .iter()
                    .flatten()
                    .sum()
            };
            let by_country = total(Slice::ByCountry);
            assert!(
                (by_country - total(Slice::BySector)).abs() < 1e-9 * by_country.max(1.0),
                "{flow:?}"
            );
            if !matches!(flow, Flow::FundInvestments | Flow::Coinvestment) {
                assert!(
                    (by_country - total(Slice::ByLoanType)).abs() < 1e-9 * by_country.max(1.0),
                    "{flow:?}"
                );
            }
        }
    }
}
