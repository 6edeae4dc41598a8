//! Tidy CSV output of a projection: one value per row where the data has many dimensions, so
//! pandas, R and spreadsheets can pivot it. Values are US$ billion at full precision.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::flows::{Flows, Measure};
use crate::model::goal_seek::{Goal, Solution};
use crate::model::projection::{Assessment, BankYear, Cut, FundYear};
use crate::model::sensitivity::{Outcome, Tornado};
use crate::model::uncertainty::{Bands, PERCENTILES, Series};
use crate::model::{Country, Projection, Scenario, Sector};
use crate::text::Escaped;

/// The CSV files could not be written. Nothing in the folder was changed (unless the error
/// says otherwise), and no temporary file is left behind.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", crate::t!("export-folder", path = Escaped(path.display()).to_string(), reason = reason.as_str()))]
    Folder { path: PathBuf, reason: String },
    #[error("{}", crate::t!("export-not-a-file", path = Escaped(path.display()).to_string(), what = crate::file::kind_words(what)))]
    NotAFile { path: PathBuf, what: &'static str },
    #[error("{}", crate::t!("export-write", path = Escaped(path.display()).to_string(), reason = reason.as_str()))]
    Write { path: PathBuf, reason: String },
    #[error("{}", crate::t!("export-rename", path = Escaped(path.display()).to_string(), reason = reason.as_str(), replaced = Escaped(replaced.join(", ")).to_string(), count = replaced.len()))]
    Rename {
        path: PathBuf,
        reason: String,
        replaced: Vec<String>,
    },
    /// A rename failed, and the files renamed before it were put back: nothing changed.
    #[error("{}", crate::t!("export-rename-undone", path = Escaped(path.display()).to_string(), reason = reason.as_str()))]
    Undone { path: PathBuf, reason: String },
}

/// Writes one CSV table.
type Table<'a> = Box<dyn Fn(&mut dyn io::Write) -> csv::Result<()> + 'a>;

/// The files `write_all` writes, in order.
pub const FILES: [&str; 5] = [
    "flows.csv",
    "bank.csv",
    "fund.csv",
    "countries.csv",
    "sankey.csv",
];

/// Writes `flows.csv`, `bank.csv`, `fund.csv`, `countries.csv` and `sankey.csv` into `dir` (created if
/// missing), and with a study its `percentiles.csv` and `probabilities.csv`; returns their
/// paths. All of them or none: see [`write_tables`].
pub fn write_all(
    p: &Projection,
    study: Option<(&Bands, &Scenario)>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    write_tables(dir, &tables(p, study))
}

/// The CSV files of [`write_all`], named, in memory: what the web edition puts in one zip
/// file (a browser has no folder to write into).
pub fn csv_files(
    p: &Projection,
    study: Option<(&Bands, &Scenario)>,
) -> csv::Result<Vec<(&'static str, Vec<u8>)>> {
    tables(p, study)
        .into_iter()
        .map(|(name, write)| {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            Ok((name, bytes))
        })
        .collect()
}

/// The tables of [`write_all`], each with its file name, in order.
fn tables<'a>(
    p: &'a Projection,
    study: Option<(&'a Bands, &'a Scenario)>,
) -> Vec<(&'static str, Table<'a>)> {
    let mut tables: Vec<(&'static str, Table<'a>)> = vec![
        (FILES[0], Box::new(|out| write_flows(p, out))),
        (FILES[1], Box::new(|out| write_bank(p, out))),
        (FILES[2], Box::new(|out| write_fund(p, out))),
        (FILES[3], Box::new(|out| write_countries(p, out))),
        (FILES[4], Box::new(|out| write_sankey(p, out))),
    ];
    if let Some((bands, s)) = study {
        tables.push((
            STUDY_FILES[0],
            Box::new(move |out| write_percentiles(bands, out)),
        ));
        tables.push((
            STUDY_FILES[1],
            Box::new(move |out| write_probabilities(bands, s, out)),
        ));
    }
    tables
}

/// Writes each named table into `dir`, all or none: the tables are made in memory first (a
/// table that cannot be made changes nothing), then written as one set ([`write_set`]).
fn write_tables(dir: &Path, tables: &[(&str, Table<'_>)]) -> Result<Vec<PathBuf>, ExportError> {
    let mut files = Vec::with_capacity(tables.len());
    for (name, write) in tables {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(|e| ExportError::Write {
            path: dir.join(name),
            reason: e.to_string(),
        })?;
        files.push((*name, bytes));
    }
    write_set(dir, &files)
}

/// Writes explanation.csv ([`crate::explanation::csv`]) and the waterfall as
/// explanation.svg into `dir` (created if missing), with explanation-by-year.svg for a result
/// by year: all of them or none.
pub fn write_explanation(
    dir: &Path,
    e: &crate::model::attribution::Explanation,
) -> Result<Vec<PathBuf>, ExportError> {
    use crate::chart::explain::{SHOWN, by_year, waterfall};
    use crate::chart::svg::render;
    let at = crate::explanation::largest_year(e);
    let mut files = vec![
        ("explanation.csv", crate::explanation::csv(e).into_bytes()),
        (
            "explanation.svg",
            render(&waterfall(e, at, SHOWN).on_light_page()).into_bytes(),
        ),
    ];
    if e.target.is_series() {
        files.push((
            "explanation-by-year.svg",
            render(&by_year(e).on_light_page()).into_bytes(),
        ));
    }
    write_set(dir, &files)
}

/// Writes a set of files into `dir` (created if missing), all of them or none, so that a
/// results folder never mixes files of two runs: see [`write_files`].
fn write_set(dir: &Path, files: &[(&str, Vec<u8>)]) -> Result<Vec<PathBuf>, ExportError> {
    write_set_renaming(dir, files, |from, to| fs::rename(from, to))
}

/// [`write_set`], putting each file in place with `rename` (a test makes one fail).
fn write_set_renaming(
    dir: &Path,
    files: &[(&str, Vec<u8>)],
    rename: impl Fn(&Path, &Path) -> io::Result<()>,
) -> Result<Vec<PathBuf>, ExportError> {
    let targets: Vec<(PathBuf, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (dir.join(name), bytes.as_slice()))
        .collect();
    write_files_renaming(&[dir], &targets, rename)
}

/// Writes files that may lie in several folders (`run --out DIR --xlsx BOOK.xlsx`), all of
/// them or none; `folders` are created if missing:
/// - a target that exists and is not a regular file (a folder in its place) is refused before
///   anything is written;
/// - every file goes to a hidden temporary file beside its target (locked while this process
///   writes it, so that a later write can tell a temporary file left by an interrupted run
///   from one in use, and removes the former), and is flushed to disk;
/// - only when all are written are they renamed into place, each replaced file kept under a
///   second name (a hard link) until the last rename is done;
/// - if a rename fails, the files already renamed are put back as they were (a new one
///   removed, a replaced one restored), and the error says which files, if any, stay replaced.
///
/// On any failure the temporary files are removed, and so are the folders this call created
/// if nothing ended up in them.
pub fn write_files(
    folders: &[&Path],
    targets: &[(PathBuf, &[u8])],
) -> Result<Vec<PathBuf>, ExportError> {
    write_files_renaming(folders, targets, |from, to| fs::rename(from, to))
}

/// A file's folder and name, as its temporary files are named after them.
fn split(path: &Path) -> (PathBuf, String) {
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (folder, name)
}

/// [`write_files`], putting each file in place with `rename`.
fn write_files_renaming(
    folders: &[&Path],
    targets: &[(PathBuf, &[u8])],
    rename: impl Fn(&Path, &Path) -> io::Result<()>,
) -> Result<Vec<PathBuf>, ExportError> {
    let mut created = Vec::new();
    for folder in folders {
        match create_folder(folder) {
            Ok(mut made) => created.append(&mut made),
            Err(e) => {
                remove_folders(&created);
                return Err(e);
            }
        }
    }
    let give_up = |e: ExportError| {
        remove_folders(&created);
        Err(e)
    };
    let mut existing = Vec::with_capacity(targets.len());
    for (path, _) in targets {
        match fs::metadata(path) {
            Ok(meta) => match crate::file::not_a_regular_file(&meta.file_type()) {
                Some(what) => {
                    return give_up(ExportError::NotAFile {
                        path: path.clone(),
                        what,
                    });
                }
                None => existing.push(Some(meta.permissions())),
            },
            Err(_) => existing.push(None),
        }
    }
    let places: Vec<(PathBuf, String)> = targets.iter().map(|(path, _)| split(path)).collect();
    let mut swept: Vec<&Path> = Vec::new();
    for (folder, _) in &places {
        if !swept.contains(&folder.as_path()) {
            swept.push(folder);
            let names: Vec<&str> = places
                .iter()
                .filter(|(f, _)| f == folder)
                .map(|(_, name)| name.as_str())
                .collect();
            remove_stale_temps(folder, &names);
        }
    }
    // Every file to its temporary file; the open handles keep their locks until the end.
    let mut temps: Vec<(PathBuf, fs::File)> = Vec::with_capacity(targets.len());
    for (((path, bytes), (folder, name)), permissions) in targets.iter().zip(&places).zip(&existing)
    {
        let temp = folder.join(temp_name(name, WRITING));
        match write_temp(&temp, bytes, permissions.as_ref()) {
            Ok(file) => temps.push((temp, file)),
            Err(e) => {
                let _ = fs::remove_file(&temp);
                remove_temps(temps.iter().map(|(path, _)| path));
                return give_up(ExportError::Write {
                    path: path.clone(),
                    reason: e.to_string(),
                });
            }
        }
    }
    // A second name for every file about to be replaced, to put it back if a later rename fails.
    let mut kept: Vec<Option<(PathBuf, fs::File)>> = Vec::with_capacity(targets.len());
    for (((path, _), (folder, name)), permissions) in targets.iter().zip(&places).zip(&existing) {
        kept.push(permissions.as_ref().and_then(|_| {
            let old = folder.join(temp_name(name, REPLACED));
            let _ = fs::remove_file(&old);
            fs::hard_link(path, &old).ok()?;
            let handle = fs::File::open(&old).ok()?;
            let _ = handle.try_lock();
            Some((old, handle))
        }));
    }
    let mut paths = Vec::with_capacity(targets.len());
    for (i, (path, _)) in targets.iter().enumerate() {
        if let Err(e) = rename(&temps[i].0, path) {
            let replaced = undo_renames(&targets[..i], &existing[..i], &mut kept, &rename);
            remove_temps(temps[i..].iter().map(|(path, _)| path));
            remove_temps(kept.iter().flatten().map(|(path, _)| path));
            let reason = e.to_string();
            let path = path.clone();
            if replaced.is_empty() {
                remove_folders(&created);
                return Err(ExportError::Undone { path, reason });
            }
            return Err(ExportError::Rename {
                path,
                reason,
                replaced,
            });
        }
        paths.push(path.clone());
    }
    remove_temps(kept.iter().flatten().map(|(path, _)| path));
    for folder in swept {
        if let Ok(d) = fs::File::open(folder) {
            let _ = d.sync_all();
        }
    }
    Ok(paths)
}

/// What a temporary file's name says it is for: a file being written, or the second name of
/// a file being replaced.
const WRITING: &str = "writing";
const REPLACED: &str = "replaced";

/// `.bank.csv.writing-1234`: hidden, beside its target, named after this process.
fn temp_name(name: &str, role: &str) -> String {
    format!(".{name}.{role}-{}", std::process::id())
}

/// Writes `bytes` to a new file at `temp`, locked, with `permissions` (those of the file it
/// will replace) set before anything is written, and flushed to disk.
fn write_temp(
    temp: &Path,
    bytes: &[u8],
    permissions: Option<&fs::Permissions>,
) -> io::Result<fs::File> {
    use io::Write as _;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)?;
    // Where the system has no file locks the file is written all the same.
    let _ = file.try_lock();
    if let Some(permissions) = permissions {
        file.set_permissions(permissions.clone())?;
    }
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(file)
}

/// Puts back the files already renamed into place: a file that was new is removed, a replaced
/// one gets its old content back from its second name. Returns the names of those that could
/// not be put back.
fn undo_renames(
    targets: &[(PathBuf, &[u8])],
    existing: &[Option<fs::Permissions>],
    kept: &mut [Option<(PathBuf, fs::File)>],
    rename: &impl Fn(&Path, &Path) -> io::Result<()>,
) -> Vec<String> {
    let mut replaced = Vec::new();
    for (i, (path, _)) in targets.iter().enumerate() {
        let undone = match (&existing[i], kept[i].take()) {
            (None, _) => fs::remove_file(path).is_ok(),
            (Some(_), Some((old, _handle))) => {
                let restored = rename(&old, path).is_ok();
                if !restored {
                    let _ = fs::remove_file(&old);
                }
                restored
            }
            (Some(_), None) => false,
        };
        if !undone {
            replaced.push(split(path).1);
        }
    }
    replaced
}

/// Removes temporary files (their handles, if still open, close afterwards).
fn remove_temps<'a>(paths: impl IntoIterator<Item = &'a PathBuf>) {
    for path in paths {
        let _ = fs::remove_file(path);
    }
}

/// Removes the temporary files that an earlier write of the same files left behind when it was
/// interrupted (Ctrl+C, a kill, a power cut): those whose lock no process holds any more. A
/// write under way in another process keeps its lock, and its files.
fn remove_stale_temps(dir: &Path, names: &[&str]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let ours = names.iter().any(|name| {
            [WRITING, REPLACED]
                .iter()
                .any(|role| file_name.starts_with(&format!(".{name}.{role}-")))
        });
        if !ours || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let unused = fs::File::open(&path).is_ok_and(|f| f.try_lock().is_ok());
        if unused {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Creates `dir` and any folders above it that are missing; returns those it created, deepest
/// first, so that a failed write can remove them again ([`remove_folders`]).
fn create_folder(dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(folder) = at {
        if folder.as_os_str().is_empty() || fs::symlink_metadata(folder).is_ok() {
            break;
        }
        missing.push(folder.to_owned());
        at = folder.parent();
    }
    if let Err(e) = fs::create_dir_all(dir) {
        remove_folders(&missing);
        return Err(ExportError::Folder {
            path: dir.to_owned(),
            reason: e.to_string(),
        });
    }
    Ok(missing)
}

/// Removes folders that a failed write created, deepest first, as long as they are empty.
fn remove_folders(created: &[PathBuf]) {
    for folder in created {
        if fs::remove_dir(folder).is_err() {
            break;
        }
    }
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

/// `from,to,value`: the Flows diagram's bands over the whole horizon, disbursements, US$ bn,
/// nodes named by id (`paid_in:CHN`, `bank`, `sector:energy`, `country:KAZ`; see
/// [`crate::model::flows`]), so that the same picture can be drawn elsewhere.
pub fn write_sankey(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let flows = Flows::new(p, 0, p.years().saturating_sub(1), Measure::Disbursements);
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["from", "to", "value"])?;
    for link in &flows.links {
        w.write_record([link.from.id(), link.to.id(), num(link.value)])?;
    }
    w.flush()?;
    Ok(())
}

/// A value of a column of `bank.csv`, as the CSV writes it and the workbook shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    /// US$ bn.
    Money(f64),
    /// US$ bn, or nothing (a limit not enforced).
    MaybeMoney(Option<f64>),
    /// A fraction, or nothing (no ratio before the bank holds any exposure).
    Ratio(Option<f64>),
    /// Yes or no.
    Yes(bool),
    /// The limit that cut approvals, if one did.
    Limit(Option<Cut>),
    /// The capital assessment, if anything was at risk.
    Assessment(Option<Assessment>),
}

/// One column of `bank.csv` or `fund.csv`: its name in the file, the key of its words, its value
/// in a year, and whether it is a flow (which adds up over years) rather than a stock. The CSV
/// files and the workbook both write these lists, so that the two cannot drift apart.
#[derive(Clone, Copy, Debug)]
pub struct Column<Y> {
    pub id: &'static str,
    pub words: &'static str,
    pub value: fn(&Y) -> Field,
    pub flow: bool,
}

macro_rules! column {
    ($id:literal, $words:literal, $kind:ident, flow, |$y:ident| $value:expr) => {
        Column {
            id: $id,
            words: $words,
            value: |$y| Field::$kind($value),
            flow: true,
        }
    };
    ($id:literal, $words:literal, $kind:ident, |$y:ident| $value:expr) => {
        Column {
            id: $id,
            words: $words,
            value: |$y| Field::$kind($value),
            flow: false,
        }
    };
}

/// `bank.csv`'s columns after the year, in order.
pub static BANK_COLUMNS: &[Column<BankYear>] = &[
    column!("paid_in", "data-paid-in", Money, flow, |y| y.paid_in),
    column!("approvals", "series-approvals", Money, flow, |y| y
        .approvals),
    column!("demand", "series-demand", Money, flow, |y| y.demand),
    column!("capacity", "data-capacity", Money, |y| y.capacity),
    column!("binding", "series-limit-binds", Yes, |y| y.binding),
    // Empty where the limit is not enforced (no limit) and where nothing cut demand.
    column!("lending_limit", "wb-col-lending-limit", MaybeMoney, |y| y
        .lending_limit),
    column!("cut_by", "wb-col-cut-by", Limit, |y| y.cut_by),
    column!("cancellations", "wb-col-cancellations", Money, flow, |y| y
        .cancellations),
    column!("disbursements", "series-disbursements", Money, flow, |y| y
        .disbursements),
    column!("undisbursed", "data-undisbursed", Money, |y| y.undisbursed),
    column!("repayments", "series-repayments", Money, flow, |y| y
        .repayments),
    column!("losses", "series-credit-losses", Money, flow, |y| y.losses),
    column!("loans", "series-loans", Money, |y| y.loans),
    column!("interest_income", "series-interest", Money, flow, |y| y
        .interest_income),
    column!("fee_income", "series-fees", Money, flow, |y| y.fee_income),
    column!("treasury_income", "series-treasury", Money, flow, |y| y
        .treasury_income),
    column!("funding_cost", "series-funding-cost", Money, flow, |y| y
        .funding_cost),
    column!("opex", "series-operating-cost", Money, flow, |y| y.opex),
    column!("net_income", "series-net-income", Money, flow, |y| y
        .net_income),
    column!("equity", "series-equity", Money, |y| y.equity),
    column!("retained_earnings", "wb-col-retained", Money, |y| y
        .retained_earnings),
    column!("borrowings", "series-borrowings", Money, |y| y.borrowings),
    column!("liquid_assets", "series-liquid", Money, |y| y.liquid_assets),
    column!("capital_ratio", "series-capital-ratio", Ratio, |y| y
        .capital_ratio),
    column!("equity_to_loans", "wb-col-equity-to-loans", Ratio, |y| y
        .equity_to_loans),
    column!("funding_spread", "wb-col-funding-spread", Ratio, |y| Some(
        y.funding_spread
    )),
    // The rating lens (model.md §2).
    column!("rwa", "wb-col-rwa", Money, |y| y.rwa),
    column!("rac", "wb-col-rac", Ratio, |y| y.rac),
    column!("assessment", "wb-col-assessment", Assessment, |y| y
        .assessment),
    column!(
        "eligible_callable",
        "wb-col-eligible-callable",
        Money,
        |y| y.eligible_callable
    ),
    column!(
        "rac_with_callable",
        "wb-col-rac-with-callable",
        Ratio,
        |y| y.rac_with_callable
    ),
    column!("equity_to_assets", "wb-col-equity-to-assets", Ratio, |y| y
        .equity_to_assets),
    column!("liquidity_ratio", "wb-col-liquidity-ratio", Ratio, |y| y
        .liquidity_ratio),
];

/// `fund.csv`'s columns after the year, in order.
pub static FUND_COLUMNS: &[Column<FundYear>] = &[
    column!("calls", "data-calls", Money, flow, |y| y.calls),
    column!("distributions", "series-distributions", Money, flow, |y| y
        .distributions),
    column!("nav", "data-nav", Money, |y| y.nav),
    column!("fees", "series-management-fees", Money, flow, |y| y.fees),
    column!("net_cash_flow", "series-net-cash-flow", Money, flow, |y| y
        .net_cash_flow),
    column!("cumulative_net", "series-cumulative-net", Money, |y| y
        .cumulative_net),
];

impl Field {
    /// As the CSV writes it: full precision, `true`/`false`, a limit's id, empty for nothing.
    fn csv(self) -> String {
        match self {
            Field::Money(v) => num(v),
            Field::MaybeMoney(v) | Field::Ratio(v) => opt(v),
            Field::Yes(v) => v.to_string(),
            Field::Limit(c) => c.map(Cut::id).unwrap_or_default().to_owned(),
            Field::Assessment(a) => a.map(Assessment::id).unwrap_or_default().to_owned(),
        }
    }
}

/// One row per year: `year` and `columns`.
fn write_years<Y>(
    years: &[Y],
    year: fn(&Y) -> i32,
    columns: &[Column<Y>],
    out: &mut dyn io::Write,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec!["year"];
    header.extend(columns.iter().map(|c| c.id));
    w.write_record(&header)?;
    for y in years {
        let mut row = vec![year(y).to_string()];
        row.extend(columns.iter().map(|c| (c.value)(y).csv()));
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

/// One row per year of the bank's accounts ([`BANK_COLUMNS`]).
pub fn write_bank(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    write_years(&p.bank, |y| y.year, BANK_COLUMNS, out)
}

/// One row per year of the fund's cash flows ([`FUND_COLUMNS`]).
pub fn write_fund(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    write_years(&p.fund.years, |y| y.year, FUND_COLUMNS, out)
}

/// `countries.csv`'s columns.
pub const COUNTRY_COLUMNS: [&str; 6] = [
    "country",
    "paid_in_bank",
    "contributed_fund",
    "received_bank",
    "received_fund",
    "net_position",
];

/// One row per country: what it paid in and what it received over the horizon.
pub fn write_countries(p: &Projection, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COUNTRY_COLUMNS)?;
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
    use crate::i18n::num;
    use crate::t;
    let na = || t!("word-na");
    let pct = |v: Option<f64>| v.map_or_else(na, |v| num::percent(v * 100.0, 1));
    let multiple = |v: Option<f64>| v.map_or_else(na, num::multiple);
    // Amounts in the reader's unit (亿 for Chinese), one or two decimals as before.
    let amount = |v: f64, places: usize| {
        let zh = num::money_scale() > 1.0;
        num::decimal(v * num::money_scale(), if zh { places - 1 } else { places })
    };
    let mut lines = vec![
        t!(
            "summary-projection",
            from = num::year(first),
            to = num::year(last)
        ),
        t!(
            "summary-financing",
            total = amount(s.cumulative_financing, 1),
            bank = amount(s.cumulative_financing - s.cumulative_fund_investment, 1),
            fund = amount(s.cumulative_fund_investment, 1)
        ),
        t!(
            "summary-approvals",
            total = amount(s.cumulative_approvals, 1)
        ),
        match s.peak_approvals_year {
            Some(year) => t!(
                "summary-peak",
                value = amount(s.peak_approvals, 2),
                year = num::year(year)
            ),
            None => t!("summary-peak-none"),
        },
        match s.first_binding_year {
            Some(year) => t!(
                "summary-binds",
                year = num::year(year),
                limit = s.first_binding_limit.map_or("capital", |l| l.id())
            ),
            None => t!("summary-never-binds"),
        },
        match (s.min_capital_ratio, s.min_capital_ratio_year) {
            (Some(r), Some(year)) => t!(
                "summary-lowest-ratio",
                ratio = num::percent(r * 100.0, 1),
                year = num::year(year)
            ),
            _ => t!("summary-lowest-ratio-na"),
        },
        t!(
            "summary-final",
            equity = amount(s.final_equity, 2),
            loans = amount(s.final_loans, 2)
        ),
        t!(
            "summary-fund",
            irr = pct(s.fund_irr),
            tvpi = multiple(s.fund_tvpi),
            dpi = multiple(s.fund_dpi),
            coinvestment = amount(s.cumulative_coinvestment, 2)
        ),
    ];
    lines.extend(p.events.iter().map(ToString::to_string));
    lines.join("\n")
}

/// A study's value as its runs keep it, single precision, as the number its shortest decimal
/// reads back to: what `percentiles.csv` prints (not float noise such as 0.10000000149), and
/// what the workbook holds, so that the two are equal to the last bit.
pub fn single(v: f64) -> f64 {
    let kept = v as f32;
    kept.to_string().parse().unwrap_or(f64::from(kept))
}

/// The files a study adds to `write_all`'s, in order.
pub const STUDY_FILES: [&str; 2] = ["percentiles.csv", "probabilities.csv"];

/// `series,year,unit,p5,p25,p50,p75,p95`: one row per banded series and year; empty cells
/// where fewer than half the runs define the value.
pub fn write_percentiles(bands: &Bands, out: &mut dyn io::Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["series", "year", "unit", "p5", "p25", "p50", "p75", "p95"])?;
    for series in Series::all() {
        let unit = match series {
            Series::CapitalRatio | Series::Rac => "ratio",
            Series::Approvals => "usd_bn_per_year",
            _ => "usd_bn",
        };
        let Some(band) = bands.band(series) else {
            continue;
        };
        for (t, q) in band.years.iter().enumerate() {
            let mut row = vec![
                series.id(),
                (bands.start_year + t as i32).to_string(),
                unit.to_owned(),
            ];
            match q {
                // The runs keep single precision: print what they hold, not float noise.
                Some(q) => row.extend(q.iter().map(|v| num(single(*v)))),
                None => row.extend(std::iter::repeat_n(String::new(), 5)),
            }
            w.write_record(&row)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// `measure,subject,value`: the study's size and seed, the share of runs in which the capital
/// limit has bound by each year, the fund's IRR below zero, each country's net position
/// negative, and the percentiles of the headline results.
pub fn write_probabilities(
    bands: &Bands,
    s: &Scenario,
    out: &mut dyn io::Write,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["measure", "subject", "value"])?;
    let mut row = |m: &str, subject: String, v: String| w.write_record([m, &subject, &v]);
    row("runs", String::new(), bands.runs.to_string())?;
    row("invalid_runs", String::new(), bands.invalid.to_string())?;
    row("seed", String::new(), s.seed.to_string())?;
    for (t, share) in bands.binding_by_year.iter().enumerate() {
        let year = bands.start_year + t as i32;
        row(
            "share_capital_limit_bound_by",
            year.to_string(),
            num(*share),
        )?;
    }
    row(
        "share_fund_irr_below_zero",
        String::new(),
        num(bands.irr_below_zero),
    )?;
    row(
        "share_fund_irr_undefined",
        String::new(),
        num(bands.irr_undefined),
    )?;
    row(
        "share_below_very_strong",
        String::new(),
        num(bands.below_very_strong),
    )?;
    for (c, share) in Country::ALL.into_iter().zip(bands.net_negative) {
        row(
            "share_net_position_negative",
            c.code().to_owned(),
            num(share),
        )?;
    }
    let scalars = [
        ("cumulative_financing_usd_bn", bands.cumulative_financing),
        ("final_equity_usd_bn", bands.final_equity),
        ("min_capital_ratio", bands.min_capital_ratio),
        ("min_rac", bands.min_rac),
        ("fund_irr", bands.fund_irr),
    ];
    for (name, q) in scalars {
        for (p, v) in PERCENTILES.iter().zip(q.unwrap_or([f64::NAN; 5])) {
            let value = if v.is_finite() { num(v) } else { String::new() };
            row(name, format!("p{:.0}", p * 100.0), value)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// The tornado as a text table, largest swing first, in the reader's language.
pub fn tornado_table(t: &Tornado, p: Option<&Projection>) -> String {
    use crate::t;
    let fmt = |o: &Outcome| match o {
        Outcome::Result(v) => t.metric.format(*v, p),
        Outcome::Invalid(_) => t!("sens-invalid"),
    };
    let base = t.base.unwrap_or(0.0);
    let mut lines = vec![
        t!(
            "sens-table-heading",
            result = t.metric.label(),
            unit = t.metric.unit().suffix().trim(),
            base = t.metric.format(t.base, p),
            span = t.span.describe()
        ),
        format!(
            "{:>4}  {:<48} {:>16} {:>20} {:>16} {:>20} {:>12}",
            t!("sens-col-rank"),
            t!("sens-col-assumption"),
            t!("sens-col-low"),
            t!("sens-col-result"),
            t!("sens-col-high"),
            t!("sens-col-result"),
            t!("sens-col-swing")
        ),
    ];
    for (i, bar) in t.bars.iter().enumerate() {
        let unit = bar.lever.unit();
        let mut label = bar.lever.label();
        if label.chars().count() > 48 {
            label = label.chars().take(47).collect::<String>() + "…";
        }
        lines.push(format!(
            "{:>4}  {:<48} {:>16} {:>20} {:>16} {:>20} {:>12}",
            i + 1,
            label,
            unit.format(bar.low_value),
            fmt(&bar.low),
            unit.format(bar.high_value),
            fmt(&bar.high),
            t.metric.unit().format_sig(bar.swing(base), 3),
        ));
    }
    let invalid: Vec<String> = t
        .bars
        .iter()
        .flat_map(|b| [&b.low, &b.high])
        .filter_map(|o| match o {
            Outcome::Invalid(why) => Some(why.clone()),
            Outcome::Result(_) => None,
        })
        .collect();
    if let Some(example) = invalid.first() {
        lines.push(t!(
            "sens-invalid-moves",
            count = invalid.len(),
            example = example.as_str()
        ));
    }
    lines.join("\n")
}

/// A goal-seek answer in plain words.
pub fn goal_text(goal: &Goal, solution: &Solution, s: &Scenario) -> String {
    let lever = &goal.lever;
    let unit = lever.unit();
    let p = crate::model::project(s).ok();
    let result = |v: f64| goal.metric.format(Some(v), p.as_ref());
    let current = unit.format(lever.get(s));
    match solution {
        Solution::Found { value, result: r } => crate::t!(
            "goal-found",
            assumption = lever.label(),
            value = unit.format_sig(*value, 4),
            now = current,
            result = goal.metric.label(),
            reached = result(*r),
            target = result(goal.target)
        ),
        Solution::Unreachable {
            value,
            result: r,
            at_min,
            at_max,
        } => {
            let (lo, hi) = lever.range();
            let end = |v: &Option<f64>| goal.metric.format(*v, p.as_ref());
            crate::t!(
                "goal-unreachable",
                assumption = lever.label(),
                min = unit.format(lo),
                max = unit.format(hi),
                result = goal.metric.label(),
                target = result(goal.target),
                at_min = end(at_min),
                at_max = end(at_max),
                value = unit.format_sig(*value, 4),
                now = current,
                reached = result(*r)
            )
        }
    }
}

/// The chosen PRIM box in plain words, the trajectory's shape and the box as a table.
pub fn discovery_text(
    sample: &crate::model::discovery::Sample,
    trajectory: &crate::model::discovery::Trajectory,
    chosen: usize,
    condition: &crate::model::discovery::Condition,
) -> String {
    use crate::i18n::num;
    use crate::model::discovery::density_without;
    use crate::t;
    let outcome = condition.text();
    let mut lines = vec![t!(
        "discovery-runs",
        runs = sample.bad.len(),
        bad = trajectory.bad,
        outcome = outcome.as_str(),
        left = sample.left_out
    )];
    let Some(step) = trajectory.steps.get(chosen) else {
        return lines.join("\n");
    };
    if trajectory.bad == 0 {
        lines.push(t!("discovery-no-bad", outcome = outcome.as_str()));
        return lines.join("\n");
    }
    lines.push(t!(
        "discovery-step",
        step = chosen,
        steps = trajectory.steps.len() - 1,
        coverage = num::pct(step.coverage),
        density = num::pct(step.density),
        mass = num::pct(step.mass)
    ));
    let full = &trajectory.full;
    let restricted = step.restricted(full);
    if restricted.is_empty() {
        lines.push(t!("discovery-no-limit"));
        return lines.join("\n");
    }
    let lost = density_without(sample, step, full);
    let (value, name) = (|j, v| sample.format(j, v), |j| sample.name(j));
    lines.push(discovery_sentence(sample, trajectory, chosen, condition));
    lines.push(String::new());
    lines.push(format!(
        "{:<48} {:>14} {:>14} {:>28} {:>12}",
        t!("col-assumption"),
        t!("discovery-col-lower"),
        t!("discovery-col-upper"),
        t!("discovery-col-range"),
        t!("discovery-col-without")
    ));
    for &j in &restricted {
        let without = lost
            .iter()
            .find(|(k, _)| *k == j)
            .map_or(f64::NAN, |(_, d)| *d);
        let mut label = name(j);
        if label.chars().count() > 47 {
            label = label.chars().take(46).collect::<String>() + "…";
        }
        lines.push(format!(
            "{label:<48} {:>14} {:>14} {:>28} {:>12}",
            value(j, step.limits[j].0),
            value(j, step.limits[j].1),
            format!("{} – {}", value(j, full[j].0), value(j, full[j].1)),
            num::pct(without)
        ));
    }
    lines.join("\n")
}

/// Writes `trajectory.csv` (one row per peeling step) and `box.csv` (one row per assumption the
/// chosen box restricts), all or none, like the other exports.
pub fn write_discovery(
    dir: &Path,
    sample: &crate::model::discovery::Sample,
    trajectory: &crate::model::discovery::Trajectory,
    chosen: usize,
) -> Result<Vec<PathBuf>, ExportError> {
    use crate::model::discovery::density_without;
    let full = &trajectory.full;
    let mut steps = String::from("step,coverage,density,mass,restricted\n");
    for (i, step) in trajectory.steps.iter().enumerate() {
        let restricted: Vec<&str> = step
            .restricted(full)
            .into_iter()
            .map(|j| sample.paths[j].as_str())
            .collect();
        steps.push_str(&format!(
            "{i},{},{},{},{}\n",
            step.coverage,
            step.density,
            step.mass,
            restricted.join(" ")
        ));
    }
    let mut boxes =
        String::from("assumption,lower,upper,sampled_min,sampled_max,density_without\n");
    if let Some(step) = trajectory.steps.get(chosen) {
        for (j, without) in density_without(sample, step, full) {
            boxes.push_str(&format!(
                "{},{},{},{},{},{}\n",
                sample.paths[j], step.limits[j].0, step.limits[j].1, full[j].0, full[j].1, without
            ));
        }
    }
    write_set(
        dir,
        &[
            (DISCOVERY_FILES[0], steps.into_bytes()),
            (DISCOVERY_FILES[1], boxes.into_bytes()),
        ],
    )
}

/// The files [`write_discovery`] writes, in order.
pub const DISCOVERY_FILES: [&str; 2] = ["trajectory.csv", "box.csv"];

/// The chosen box as one sentence in the reader's language: "When demand growth above 33 %/yr,
/// …: the outcome in 86 % of runs; these conditions cover 89 % of all such runs." Limits whose
/// removal costs under a percentage point of density are left out of the words.
pub fn discovery_sentence(
    sample: &crate::model::discovery::Sample,
    trajectory: &crate::model::discovery::Trajectory,
    chosen: usize,
    condition: &crate::model::discovery::Condition,
) -> String {
    use crate::i18n::num;
    use crate::model::discovery::density_without;
    use crate::t;
    let Some(step) = trajectory.steps.get(chosen) else {
        return String::new();
    };
    let full = &trajectory.full;
    let restricted = step.restricted(full);
    if restricted.is_empty() {
        return t!("discovery-no-limit");
    }
    let lost = density_without(sample, step, full);
    let (value, name) = (|j, v| sample.format(j, v), |j| sample.name(j));
    let outcome = condition.text();
    // Limits whose removal costs under a percentage point of density are left out of the words.
    let said: Vec<String> = restricted
        .iter()
        .filter(|&&j| {
            lost.iter()
                .find(|(k, _)| *k == j)
                .is_none_or(|(_, without)| step.density - without >= 0.01)
        })
        .map(|&j| {
            let ((lo, hi), (flo, fhi)) = (step.limits[j], full[j]);
            match (lo > flo, hi < fhi) {
                (true, true) => t!(
                    "discovery-between",
                    assumption = name(j),
                    lo = value(j, lo),
                    hi = value(j, hi)
                ),
                (true, false) => t!(
                    "discovery-above",
                    assumption = name(j),
                    value = value(j, lo)
                ),
                _ => t!(
                    "discovery-below",
                    assumption = name(j),
                    value = value(j, hi)
                ),
            }
        })
        .collect();
    t!(
        "discovery-box",
        conditions = said.join(&t!("list-separator")),
        outcome = outcome.as_str(),
        density = num::pct(step.density),
        coverage = num::pct(step.coverage)
    )
}

/// The text of `samples.csv`: one row per run of the study, for audit: the run (its stream of
/// the seed), the seed, every sampled assumption by catalogue path, and the headline results
/// (empty where the run's scenario was invalid or the result undefined). Made in memory, so
/// that `run --samples` writes it with the tables as one set ([`write_files`]).
pub fn samples_csv(s: &Scenario) -> Result<String, ExportError> {
    use crate::model::discovery::{SAMPLE_RESULTS, sample_rows};
    let rows =
        sample_rows(s, u64::from(s.uncertainty.runs)).map_err(|invalid| ExportError::Write {
            path: PathBuf::from(SAMPLES_FILE),
            reason: invalid.to_string(),
        })?;
    let mut text = String::from("run,seed");
    for u in &s.uncertainty.assumptions {
        text.push(',');
        text.push_str(&u.path);
    }
    for m in SAMPLE_RESULTS {
        text.push(',');
        text.push_str(&m.id());
    }
    text.push('\n');
    for (run, values, results) in rows {
        text.push_str(&format!("{run},{}", s.seed));
        for v in values {
            text.push_str(&format!(",{v}"));
        }
        for r in results {
            text.push(',');
            if let Some(r) = r {
                text.push_str(&r.to_string());
            }
        }
        text.push('\n');
    }
    Ok(text)
}

/// The audit file of a study's runs ([`samples_csv`]).
pub const SAMPLES_FILE: &str = "samples.csv";

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in a folder, hidden ones too, sorted.
    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    fn set(a: &str, b: &str, c: &str) -> Vec<(&'static str, Vec<u8>)> {
        vec![
            ("a.csv", a.as_bytes().to_vec()),
            ("b.csv", b.as_bytes().to_vec()),
            ("c.csv", c.as_bytes().to_vec()),
        ]
    }

    #[test]
    fn a_rename_that_fails_midway_puts_back_what_was_renamed_and_says_nothing_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("a.csv"), "old a").unwrap();
        fs::write(out.join("b.csv"), "old b").unwrap();
        // c.csv is new; the rename of b.csv fails after a.csv was already replaced.
        let failing = |from: &Path, to: &Path| {
            if to.ends_with("b.csv") {
                Err(io::Error::other("the disk went away"))
            } else {
                fs::rename(from, to)
            }
        };
        let files = vec![
            ("a.csv", b"new a".to_vec()),
            ("c.csv", b"new c".to_vec()),
            ("b.csv", b"new b".to_vec()),
        ];
        let e = write_set_renaming(out, &files, failing).unwrap_err();
        assert!(matches!(e, ExportError::Undone { .. }), "{e:?}");
        assert!(e.to_string().contains("nothing was written"), "{e}");
        assert_eq!(fs::read_to_string(out.join("a.csv")).unwrap(), "old a");
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "old b");
        assert_eq!(
            listing(out),
            ["a.csv", "b.csv"],
            "no new file, no temporary file"
        );
    }

    #[test]
    fn a_replaced_file_that_cannot_be_put_back_is_named_as_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join("a.csv"), "old a").unwrap();
        fs::write(out.join("b.csv"), "old b").unwrap();
        // The rename of c.csv fails, and so does putting a.csv's old content back.
        let failing = |from: &Path, to: &Path| {
            let name = from.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if to.ends_with("c.csv") || name.starts_with(".a.csv.replaced-") {
                Err(io::Error::other("refused"))
            } else {
                fs::rename(from, to)
            }
        };
        let e = write_set_renaming(out, &set("new a", "new b", "new c"), failing).unwrap_err();
        match &e {
            ExportError::Rename { replaced, .. } => assert_eq!(replaced, &["a.csv"]),
            other => panic!("{other:?}"),
        }
        assert!(e.to_string().contains("a.csv"), "{e}");
        assert_eq!(fs::read_to_string(out.join("a.csv")).unwrap(), "new a");
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "old b");
        assert_eq!(listing(out), ["a.csv", "b.csv"], "no temporary file");
    }

    #[test]
    fn a_failed_write_removes_the_folders_it_created_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("results/2026/run");
        // A name that cannot be created makes the write fail after the folders were made.
        let files = vec![("a.csv", b"a".to_vec()), ("missing/b.csv", b"b".to_vec())];
        let e = write_set(&out, &files).unwrap_err();
        assert!(matches!(e, ExportError::Write { .. }), "{e:?}");
        assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
    }

    #[test]
    fn a_temporary_file_left_by_an_interrupted_write_is_removed_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        fs::write(out.join(".a.csv.writing-999999"), "half").unwrap();
        fs::write(out.join(".b.csv.replaced-999999"), "old").unwrap();
        // One in use by a write under way elsewhere keeps its lock, and stays.
        let busy = out.join(".c.csv.writing-999998");
        let held = fs::File::create(&busy).unwrap();
        held.try_lock().unwrap();
        write_set(out, &set("a", "b", "c")).unwrap();
        assert_eq!(
            listing(out),
            [".c.csv.writing-999998", "a.csv", "b.csv", "c.csv"]
        );
    }
}
