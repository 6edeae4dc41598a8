//! The numbers as a table: any group of series by year, copied to the clipboard as
//! tab-separated text or exported as the CSV files of `run`.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::model::{Country, Projection, Sector};

/// Which table to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Table {
    #[default]
    BankAccounts,
    FundAccounts,
    ApprovalsByCountry,
    DisbursementsByCountry,
    ApprovalsBySector,
    FinancingBySector,
}

impl Table {
    const ALL: [Table; 6] = [
        Table::BankAccounts,
        Table::FundAccounts,
        Table::ApprovalsByCountry,
        Table::DisbursementsByCountry,
        Table::ApprovalsBySector,
        Table::FinancingBySector,
    ];

    fn title(self) -> &'static str {
        match self {
            Table::BankAccounts => "Bank accounts",
            Table::FundAccounts => "Fund accounts",
            Table::ApprovalsByCountry => "Approvals by country",
            Table::DisbursementsByCountry => "Disbursements by country",
            Table::ApprovalsBySector => "Approvals by sector",
            Table::FinancingBySector => "Financing by sector (disbursements + fund)",
        }
    }
}

/// Column headers and rows (one per year) of a table, values in US$ bn (ratios as fractions).
pub fn table_data(p: &Projection, table: Table) -> (Vec<String>, Vec<Vec<f64>>) {
    let years = 0..p.years();
    match table {
        Table::BankAccounts => {
            let headers = [
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
            ];
            let rows = p
                .bank
                .iter()
                .map(|y| {
                    vec![
                        y.paid_in,
                        y.approvals,
                        y.demand,
                        y.capacity,
                        y.disbursements,
                        y.undisbursed,
                        y.repayments,
                        y.losses,
                        y.loans,
                        y.net_income,
                        y.equity,
                        y.borrowings,
                        y.liquid_assets,
                        y.capital_ratio.unwrap_or(f64::NAN),
                    ]
                })
                .collect();
            (headers.map(String::from).to_vec(), rows)
        }
        Table::FundAccounts => {
            let headers = [
                "calls",
                "distributions",
                "nav",
                "fees",
                "net_cash_flow",
                "cumulative_net",
            ];
            let rows = p
                .fund
                .years
                .iter()
                .map(|y| {
                    vec![
                        y.calls,
                        y.distributions,
                        y.nav,
                        y.fees,
                        y.net_cash_flow,
                        y.cumulative_net,
                    ]
                })
                .collect();
            (headers.map(String::from).to_vec(), rows)
        }
        Table::ApprovalsByCountry | Table::DisbursementsByCountry => {
            let cube = if table == Table::ApprovalsByCountry {
                &p.bank_flows.approvals
            } else {
                &p.bank_flows.disbursements
            };
            let headers = Country::ALL.iter().map(|c| c.code().to_owned()).collect();
            (
                headers,
                years
                    .map(|t| {
                        Country::ALL
                            .iter()
                            .map(|c| cube.country_total(t, *c))
                            .collect()
                    })
                    .collect(),
            )
        }
        Table::ApprovalsBySector => {
            let headers = Sector::ALL.iter().map(|k| k.id().to_owned()).collect();
            (
                headers,
                years
                    .map(|t| {
                        Sector::ALL
                            .iter()
                            .map(|k| p.bank_flows.approvals.sector_total(t, *k))
                            .collect()
                    })
                    .collect(),
            )
        }
        Table::FinancingBySector => {
            let headers = Sector::ALL.iter().map(|k| k.id().to_owned()).collect();
            let rows = years
                .map(|t| {
                    Sector::ALL
                        .iter()
                        .map(|k| {
                            p.bank_flows.disbursements.sector_total(t, *k)
                                + p.fund.investments.sector_total(t, *k)
                        })
                        .collect()
                })
                .collect();
            (headers, rows)
        }
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

/// What the user asked the data view to do beyond showing.
#[derive(Debug, PartialEq, Eq)]
#[must_use]
pub enum DataCommand {
    None,
    ExportCsv,
}

pub fn data_ui(ui: &mut Ui, p: &Projection, table: &mut Table) -> DataCommand {
    let mut command = DataCommand::None;
    ui.horizontal(|ui| {
        let label = ui.label("Table:");
        egui::ComboBox::from_id_salt("data-table")
            .selected_text(table.title())
            .show_ui(ui, |ui| {
                for t in Table::ALL {
                    ui.selectable_value(table, t, t.title());
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .button("Copy table")
            .on_hover_text("Copy as tab-separated text, for a spreadsheet")
            .clicked()
        {
            ui.ctx().copy_text(table_tsv(p, *table));
        }
        if ui
            .button("Export all as CSV…")
            .on_hover_text("Write flows.csv, bank.csv, fund.csv and countries.csv into a folder")
            .clicked()
        {
            command = DataCommand::ExportCsv;
        }
        ui.label(
            RichText::new("US$ billion; capital ratio as a fraction")
                .weak()
                .small(),
        );
    });
    let (headers, rows) = table_data(p, *table);
    egui::ScrollArea::horizontal().show(ui, |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .column(Column::exact(50.0))
            .columns(Column::auto().at_least(70.0), headers.len())
            .header(20.0, |mut header| {
                header.col(|ui| {
                    ui.strong("year");
                });
                for h in &headers {
                    header.col(|ui| {
                        ui.strong(h);
                    });
                }
            })
            .body(|body| {
                body.rows(18.0, rows.len(), |mut row| {
                    let t = row.index();
                    row.col(|ui| {
                        ui.label(p.year(t).to_string());
                    });
                    for v in &rows[t] {
                        row.col(|ui| {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(if v.is_finite() {
                                        format!("{v:.3}")
                                    } else {
                                        "–".into()
                                    });
                                },
                            );
                        });
                    }
                });
            });
    });
    command
}
