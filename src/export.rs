//! Tidy CSV output of a projection: one value per row where the data has many dimensions, so
//! pandas, R and spreadsheets can pivot it. Values are US$ billion at full precision.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::{Country, Projection, Sector};

/// A CSV file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot create the output folder {path}: {source}")]
    Folder { path: PathBuf, source: io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: csv::Error },
}

/// Writes one CSV table of a projection.
type CsvWriter = fn(&Projection, &mut dyn io::Write) -> csv::Result<()>;

/// The files `write_all` writes, in order.
pub const FILES: [&str; 4] = ["flows.csv", "bank.csv", "fund.csv", "countries.csv"];

/// Writes `flows.csv`, `bank.csv`, `fund.csv` and `countries.csv` into `dir` (created if
/// missing) and returns their paths.
pub fn write_all(p: &Projection, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    fs::create_dir_all(dir).map_err(|source| ExportError::Folder {
        path: dir.to_owned(),
        source,
    })?;
    let writers: [CsvWriter; 4] = [write_flows, write_bank, write_fund, write_countries];
    let mut paths = Vec::new();
    for (name, write) in FILES.into_iter().zip(writers) {
        let path = dir.join(name);
        let result = fs::File::create(&path)
            .map_err(csv::Error::from)
            .and_then(|file| {
                let mut out = io::BufWriter::new(file);
                write(p, &mut out)?;
                io::Write::flush(&mut out).map_err(csv::Error::from)
            });
        result.map_err(|source| ExportError::Write {
            path: path.clone(),
            source,
        })?;
        paths.push(path);
    }
    Ok(paths)
}

/// Full precision, shortest form that reads back to the same number.
fn num(v: f64) -> String {
    format!("{v}")
}

fn opt(v: Option<f64>) -> String {
    v.map(num).unwrap_or_default()
}

/// `year,country,sector,instrument,measure,value`, for every country with any flow.
pub fn write_flows(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "year",
        "country",
        "sector",
        "instrument",
        "measure",
        "value",
    ])?;
    let bank = &p.bank_flows;
    let bank_measures = [
        ("approvals", &bank.approvals),
        ("disbursements", &bank.disbursements),
        ("repayments", &bank.repayments),
        ("losses", &bank.losses),
        ("loans_outstanding", &bank.loans),
    ];
    let fund_measures = [
        ("investments", &p.fund.investments),
        ("coinvestment", &p.fund.coinvestment),
    ];
    let touched = |c: Country| {
        bank_measures
            .iter()
            .chain(&fund_measures)
            .any(|(_, cube)| (0..cube.years()).any(|t| cube.country_total(t, c) != 0.0))
    };
    let countries: Vec<Country> = Country::ALL.into_iter().filter(|c| touched(*c)).collect();
    for t in 0..p.years() {
        let year = p.year(t).to_string();
        for &c in &countries {
            for k in Sector::ALL {
                for (instrument, measures) in
                    [("bank", &bank_measures[..]), ("fund", &fund_measures[..])]
                {
                    for (measure, cube) in measures {
                        let value = cube.cell(t, c, k);
                        w.write_record([
                            &year,
                            c.code(),
                            k.id(),
                            instrument,
                            measure,
                            &num(value),
                        ])?;
                    }
                }
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// One row per year of the bank's accounts.
pub fn write_bank(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "year",
        "paid_in",
        "approvals",
        "demand",
        "capacity",
        "binding",
        "cancellations",
        "disbursements",
        "undisbursed",
        "repayments",
        "losses",
        "loans",
        "interest_income",
        "fee_income",
        "treasury_income",
        "funding_cost",
        "opex",
        "net_income",
        "equity",
        "retained_earnings",
        "borrowings",
        "liquid_assets",
        "capital_ratio",
        "equity_to_loans",
    ])?;
    for y in &p.bank {
        w.write_record([
            y.year.to_string(),
            num(y.paid_in),
            num(y.approvals),
            num(y.demand),
            num(y.capacity),
            y.binding.to_string(),
            num(y.cancellations),
            num(y.disbursements),
            num(y.undisbursed),
            num(y.repayments),
            num(y.losses),
            num(y.loans),
            num(y.interest_income),
            num(y.fee_income),
            num(y.treasury_income),
            num(y.funding_cost),
            num(y.opex),
            num(y.net_income),
            num(y.equity),
            num(y.retained_earnings),
            num(y.borrowings),
            num(y.liquid_assets),
            opt(y.capital_ratio),
            opt(y.equity_to_loans),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One row per year of the fund's cash flows.
pub fn write_fund(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "year",
        "calls",
        "distributions",
        "nav",
        "fees",
        "net_cash_flow",
        "cumulative_net",
    ])?;
    for y in &p.fund.years {
        w.write_record([
            y.year.to_string(),
            num(y.calls),
            num(y.distributions),
            num(y.nav),
            num(y.fees),
            num(y.net_cash_flow),
            num(y.cumulative_net),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One row per country: what it paid in and what it received over the horizon.
pub fn write_countries(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "country",
        "paid_in_bank",
        "contributed_fund",
        "received_bank",
        "received_fund",
        "net_position",
    ])?;
    for c in &p.countries {
        w.write_record([
            c.country.code().to_owned(),
            num(c.paid_in_bank),
            num(c.contributed_fund),
            num(c.received_bank),
            num(c.received_fund),
            num(c.net_position()),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The headline figures in plain words with units, one per line.
pub fn summary_text(p: &Projection) -> String {
    let s = &p.summary;
    let first = p.start_year;
    let last = p.year(p.years().saturating_sub(1));
    let pct = |v: Option<f64>| v.map_or("n/a".to_owned(), |v| format!("{:.1} %", v * 100.0));
    let mut lines = vec![
        format!("Projection {first}–{last} (US$ billion, nominal)"),
        format!(
            "Cumulative financing: {:.1} bn (bank disbursements {:.1} + fund investments {:.1})",
            s.cumulative_financing,
            s.cumulative_financing - s.cumulative_fund_investment,
            s.cumulative_fund_investment
        ),
        format!(
            "Cumulative bank approvals: {:.1} bn",
            s.cumulative_approvals
        ),
        match s.peak_approvals_year {
            Some(year) => format!(
                "Peak annual approvals: {:.2} bn in {year}",
                s.peak_approvals
            ),
            None => "Peak annual approvals: none".to_owned(),
        },
        match s.first_binding_year {
            Some(year) => format!("Capital limit first binds in {year}"),
            None => "Capital limit never binds".to_owned(),
        },
        match (s.min_capital_ratio, s.min_capital_ratio_year) {
            (Some(r), Some(year)) => {
                format!(
                    "Lowest capital ratio E/(L + ccf·U): {:.1} % in {year}",
                    r * 100.0
                )
            }
            _ => "Lowest capital ratio: n/a (no exposure)".to_owned(),
        },
        format!(
            "Final equity: {:.2} bn; final loans outstanding: {:.2} bn",
            s.final_equity, s.final_loans
        ),
        format!(
            "Fund: IRR {}, TVPI {}, DPI {}; co-investment mobilised {:.2} bn",
            pct(s.fund_irr),
            s.fund_tvpi.map_or("n/a".to_owned(), |v| format!("{v:.2}×")),
            s.fund_dpi.map_or("n/a".to_owned(), |v| format!("{v:.2}×")),
            s.cumulative_coinvestment
        ),
    ];
    lines.extend(p.events.iter().map(ToString::to_string));
    lines.join("\n")
}
