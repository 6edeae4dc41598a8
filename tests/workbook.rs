//! The Excel workbook, read back as Excel would read it (calamine): every sheet there and
//! named as Excel allows, every number equal to the CSV files' to the last bit, in every
//! language; the scenario file recreated from its sheet.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failing test

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use sco_explorer::brief::{Brief, Compared};
use sco_explorer::export;
use sco_explorer::i18n::{self, Lang};
use sco_explorer::model::sensitivity::{Span, tornado};
use sco_explorer::model::uncertainty::run_study;
use sco_explorer::model::{Metric, Projection, Scenario, project};
use sco_explorer::presets::preset;
use sco_explorer::workbook::{SHEET_NAME_FORBIDDEN, SHEET_NAME_MAX, Sheet, sheet_names, xlsx};

/// What a full workbook is made of: a preset with a study, a reference and a tornado.
struct Inputs {
    scenario: Scenario,
    projection: Projection,
    reference: (Scenario, Projection),
    bands: sco_explorer::model::uncertainty::Bands,
    tornado: sco_explorer::model::sensitivity::Tornado,
}

fn inputs() -> Inputs {
    let mut scenario = preset("sustainable_lending")
        .expect("preset")
        .scenario()
        .expect("reads");
    scenario.uncertainty.runs = 200;
    let projection = project(&scenario).expect("valid");
    let reference = Scenario::default();
    let reference_projection = project(&reference).expect("valid");
    let bands = run_study(&scenario).expect("study");
    let tornado = tornado(&scenario, Metric::CumulativeFinancing, Span::RangeEnds).expect("ok");
    Inputs {
        scenario,
        projection,
        reference: (reference, reference_projection),
        bands,
        tornado,
    }
}

fn workbook(i: &Inputs, full: bool) -> Vec<u8> {
    let brief = Brief {
        scenario: &i.scenario,
        projection: &i.projection,
        file_name: "sustainable_lending.ron",
        reference: full.then_some(Compared {
            name: "Baseline",
            scenario: &i.reference.0,
            projection: &i.reference.1,
            explanation: None,
        }),
        bands: full.then_some(&i.bands),
        tornado: full.then_some(&i.tornado),
        today: "2026-12-03",
    };
    xlsx(&brief).expect("the workbook is made")
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("Excel can open it")
}

fn csv_rows(write: impl Fn(&mut dyn std::io::Write) -> csv::Result<()>) -> Vec<Vec<String>> {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("csv");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect()
}

fn cell(range: &Range<Data>, row: usize, col: usize) -> Data {
    range
        .get_value((row as u32, col as u32))
        .cloned()
        .unwrap_or(Data::Empty)
}

/// The row whose first cell is `text`.
fn row_of(range: &Range<Data>, text: &str) -> usize {
    (0..range.end().map_or(0, |e| e.0 as usize + 1))
        .find(|r| cell(range, *r, 0) == Data::String(text.to_owned()))
        .unwrap_or_else(|| panic!("no row starts with {text:?}"))
}

/// Checks a sheet that holds a CSV file: the CSV's names in a row above the headings, then
/// its rows; every number the same `f64`, every empty cell empty. Returns the rows checked.
fn same_as_csv(range: &Range<Data>, csv: &[Vec<String>], what: &str) -> usize {
    let ids = row_of(range, &csv[0][0]);
    for (c, id) in csv[0].iter().enumerate() {
        assert_eq!(
            cell(range, ids, c),
            Data::String(id.clone()),
            "{what}: column {c}"
        );
    }
    let mut numbers = 0;
    for (r, row) in csv[1..].iter().enumerate() {
        let at = ids + 2 + r;
        for (c, value) in row.iter().enumerate() {
            let got = cell(range, at, c);
            match value.parse::<f64>() {
                Ok(v) => {
                    let Data::Float(x) = got else {
                        panic!(
                            "{what} row {r} column {}: {got:?}, not the number {v}",
                            csv[0][c]
                        );
                    };
                    assert_eq!(x.to_bits(), v.to_bits(), "{what} row {r} {}", csv[0][c]);
                    numbers += 1;
                }
                Err(_) if value.is_empty() => {
                    assert_eq!(got, Data::Empty, "{what} row {r} {}", csv[0][c]);
                }
                // Words (a yes, a limit's name, a country) are words in the reader's language.
                Err(_) => assert!(
                    matches!(got, Data::String(ref s) if !s.is_empty()),
                    "{what} row {r} {}: {got:?}",
                    csv[0][c]
                ),
            }
        }
    }
    numbers
}

#[test]
fn every_number_is_the_csvs_and_every_sheet_is_there_in_every_language() {
    let i = inputs();
    for lang in Lang::ALL {
        i18n::set_for_thread(lang);
        let mut book = open(workbook(&i, true));
        let names = book.sheet_names();
        let expected: Vec<String> = sheet_names().into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, expected, "{lang:?}: every sheet, in order");
        let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        assert_eq!(lower.len(), names.len(), "{lang:?}: names unique");
        for name in &names {
            assert!(name.chars().count() <= SHEET_NAME_MAX, "{name}");
            assert!(!name.contains(SHEET_NAME_FORBIDDEN), "{name}");
            assert!(!name.starts_with('\'') && !name.ends_with('\'') && !name.is_empty());
        }
        let sheet = |sheet: Sheet| {
            sheet_names()
                .into_iter()
                .find(|(s, _)| *s == sheet)
                .map(|(_, n)| n)
                .expect("named")
        };
        let mut range = |s: Sheet| book.worksheet_range(&sheet(s)).expect("sheet reads");
        let p = &i.projection;
        let mut numbers = 0;
        numbers += same_as_csv(
            &range(Sheet::Bank),
            &csv_rows(|out| export::write_bank(p, out)),
            "bank",
        );
        numbers += same_as_csv(
            &range(Sheet::Fund),
            &csv_rows(|out| export::write_fund(p, out)),
            "fund",
        );
        numbers += same_as_csv(
            &range(Sheet::Countries),
            &csv_rows(|out| export::write_countries(p, out)),
            "countries",
        );
        assert!(numbers > 800, "{lang:?}: only {numbers} numbers compared");

        // percentiles.csv: the series table's five columns, row by row, in the CSV's order.
        let unc = range(Sheet::Uncertainty);
        let csv = csv_rows(|out| export::write_percentiles(&i.bands, out));
        let first = (0..unc.height())
            .find(|r| cell(&unc, *r, 1) == Data::Float(f64::from(p.start_year)))
            .expect("the series table");
        for (r, row) in csv[1..].iter().enumerate() {
            assert_eq!(
                cell(&unc, first + r, 1),
                Data::Float(row[1].parse().unwrap()),
                "year of row {r}"
            );
            for q in 0..5 {
                let got = cell(&unc, first + r, 3 + q);
                match row[3 + q].parse::<f64>() {
                    Ok(v) => assert_eq!(got, Data::Float(v), "{} {} p{q}", row[0], row[1]),
                    Err(_) => assert_eq!(got, Data::Empty),
                }
            }
        }

        // The Summary's figures are the projection's, and the Compare sheet's the reference's.
        let summary = range(Sheet::Summary);
        let value = |m: Metric| match m {
            Metric::FirstBindingYear => p.summary.first_binding_year.map(f64::from),
            Metric::FirstBelowVeryStrong => p.summary.first_below_very_strong.map(f64::from),
            _ => m.value(p),
        };
        for (k, m) in Metric::PLAIN.into_iter().enumerate() {
            let got = cell(&summary, 3 + k, 1);
            match value(m) {
                Some(v) => assert_eq!(got, Data::Float(v), "{lang:?} {m:?}"),
                None => assert!(matches!(got, Data::String(_)), "{m:?}: {got:?}"),
            }
        }
        let compare = range(Sheet::Compare);
        let r = &i.reference.1;
        let got = cell(&compare, 3, 2);
        assert_eq!(got, Data::Float(r.summary.cumulative_financing));
        assert_eq!(
            cell(&compare, 3, 3),
            Data::Float(p.summary.cumulative_financing - r.summary.cumulative_financing)
        );

        // By sector: the last block's totals are the window's financing, year by year.
        let by_sector = range(Sheet::BySector);
        let totals = (0..by_sector.height())
            .filter(|r| cell(&by_sector, *r, 0) == Data::Float(f64::from(p.start_year)))
            .nth(3)
            .expect("four blocks");
        for t in 0..p.years() {
            for (k, sector) in sco_explorer::model::Sector::ALL.into_iter().enumerate() {
                assert_eq!(
                    cell(&by_sector, totals + t, 1 + k),
                    Data::Float(p.sector_financing(t, sector)),
                    "{lang:?} {sector:?} in year {t}"
                );
            }
        }

        // The scenario file: its column A is the file, which reads back as the scenario.
        let file = range(Sheet::ScenarioFile);
        let lines: Vec<String> = (1..file.height())
            .map(|r| match cell(&file, r, 0) {
                Data::String(s) => s,
                _ => String::new(),
            })
            .collect();
        let text = lines.join("\n");
        let again = sco_explorer::file::read(&text, "sheet")
            .expect("the sheet is the file")
            .scenario;
        assert_eq!(again, i.scenario, "{lang:?}");
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_workbook_without_a_study_a_reference_or_a_tornado_has_only_the_sheets_it_can_fill() {
    i18n::set_for_thread(Lang::Ru);
    let i = inputs();
    let book = open(workbook(&i, false));
    let names = book.sheet_names();
    let absent: Vec<String> = sheet_names()
        .into_iter()
        .filter(|(s, _)| matches!(s, Sheet::Uncertainty | Sheet::Sensitivity | Sheet::Compare))
        .map(|(_, n)| n)
        .collect();
    assert_eq!(names.len(), Sheet::ALL.len() - 3, "{names:?}");
    for name in absent {
        assert!(!names.contains(&name), "{name}");
    }
    i18n::set_for_thread(Lang::En);
}

#[test]
fn a_hostile_scenario_still_makes_a_workbook_that_recreates_it() {
    let mut s = Scenario::default();
    // Words a file from a stranger may hold: controls, a bidi override, a formula, a line
    // longer than a cell.
    s.meta.title = "=HYPERLINK(\"http://x\")\u{202E}[evil]:*?/\\".into();
    s.meta.author = "\u{1}\u{7}tab\there".into();
    s.meta.notes = "x".repeat(40_000);
    let p = project(&s).expect("valid");
    let brief = Brief {
        scenario: &s,
        projection: &p,
        file_name: "a/b:c.ron",
        reference: None,
        bands: None,
        tornado: None,
        today: "not a date",
    };
    let mut book = open(xlsx(&brief).expect("made"));
    let name = sheet_names()
        .into_iter()
        .find(|(s, _)| *s == Sheet::ScenarioFile)
        .map(|(_, n)| n)
        .expect("named");
    let file = book.worksheet_range(&name).expect("reads");
    // A line longer than a cell goes on in the row's next cells.
    let lines: Vec<String> = (1..file.height())
        .map(|r| {
            (0..file.width())
                .map(|c| match cell(&file, r, c) {
                    Data::String(s) => s,
                    _ => String::new(),
                })
                .collect::<String>()
        })
        .collect();
    let again = sco_explorer::file::read(&lines.join("\n"), "sheet")
        .expect("the sheet is the file")
        .scenario;
    assert_eq!(again, s);
}
