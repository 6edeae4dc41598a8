//! `sco-explorer`: with no subcommand it opens the window on the baseline (or a file);
//! `run`, `summary`, `check`, `diff`, `sensitivity`, `goal-seek`, `discover`, `brief`,
//! `chart` and `link` serve scripts and people without a display. Wherever a command takes a
//! scenario file, it takes a link to the web edition too ([`Source`]).
//!
//! On Windows the release program is a GUI program, so no console window opens behind the
//! app's window; from a terminal, the subcommands still print there ([`attach_to_terminal`]).

// (Debug builds keep a console, for developers' messages.)
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use sco_explorer::ui::views::View;
use sco_explorer::{export, file, link, model, t, text, window};

#[derive(Parser, Debug)]
#[command(
    name = "sco-explorer",
    version,
    about = "Scenario explorer for a proposed SCO Development Bank and the SCO joint investment fund",
    long_about = "Projects the financing flows of a proposed SCO Development Bank and joint \
                  investment fund by sector, country and year, with the bank's capital position \
                  and the fund's returns. Values are US$ billion, nominal."
)]
struct Cli {
    /// A scenario file (.ron), or a scenario link, to open in the window; without one, the
    /// built-in baseline.
    file: Option<PathBuf>,
    /// Write a PNG of the window once it has settled, then exit.
    #[arg(long, value_name = "PATH")]
    screenshot: Option<PathBuf>,
    /// Window size in points, e.g. 1280x800.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    size: Option<[f32; 2]>,
    /// The view to show first: overview, sectors, countries, bank, fund, flows, map, compare,
    /// uncertainty, discovery, sensitivity or data.
    #[arg(long, value_parser = parse_view)]
    view: Option<View>,
    /// The colour theme: light or dark (otherwise the saved preference, or the system's).
    #[arg(long, value_parser = ["light", "dark"])]
    theme: Option<String>,
    /// The language: en, ru or zh. The window otherwise speaks the language chosen in it, or
    /// the system's; the other commands speak English unless asked.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<sco_explorer::i18n::Lang>,
    #[command(subcommand)]
    command: Option<Command>,
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 1280x800")?;
    let parse = |v: &str| {
        v.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (200.0..=8000.0).contains(v))
    };
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) => Ok([w, h]),
        _ => Err("width and height must be numbers from 200 to 8000".to_owned()),
    }
}

fn parse_view(text: &str) -> Result<View, String> {
    View::ALL
        .into_iter()
        .find(|v| v.id().eq_ignore_ascii_case(text))
        .ok_or_else(|| {
            let names: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
            format!("expected one of {}", names.join(", "))
        })
}

/// Prints a line on standard output. When the reader has gone (`sco-explorer summary | head`),
/// the program ends quietly instead of panicking on the broken pipe.
macro_rules! say {
    ($($arg:tt)*) => {
        print_line(format_args!($($arg)*))
    };
}

fn print_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}")
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Project a scenario and write flows.csv, bank.csv, fund.csv and countries.csv; with
    /// --runs, also run its uncertainty study and write percentiles.csv and probabilities.csv.
    /// With --xlsx, write an Excel workbook of the same results (as well as the CSV files, or
    /// instead of them); all the files are written, or none.
    Run {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// Folder to write the CSV files into (created if missing).
        #[arg(long, required_unless_present = "xlsx")]
        out: Option<PathBuf>,
        /// Write an Excel workbook (.xlsx) in the language of --lang: the headline figures,
        /// every assumption with its source, the bank's and the fund's accounts, financing by
        /// sector and by country, charts, the study's results with --runs, and the scenario
        /// file itself.
        #[arg(long, value_name = "BOOK.xlsx")]
        xlsx: Option<PathBuf>,
        /// With --xlsx, a scenario to compare with (the workbook's Compare sheet).
        #[arg(long, value_name = "OTHER.ron", requires = "xlsx")]
        reference: Option<PathBuf>,
        /// With --xlsx, also run a sensitivity analysis of this result (as for `sensitivity`)
        /// for the workbook's Sensitivity sheet.
        #[arg(long, value_name = "NAME", requires = "xlsx")]
        sensitivity: Option<String>,
        /// Also print the headline figures in plain words.
        #[arg(long)]
        summary: bool,
        /// Run the scenario's uncertainty study with this many runs (100 to 50000), seeded by
        /// the file's seed.
        #[arg(long, value_name = "N")]
        runs: Option<u32>,
        /// With --runs, also write samples.csv: every run's sampled assumptions and headline
        /// results, for audit.
        #[arg(long, requires = "runs")]
        samples: bool,
    },
    /// Print a tornado table: how far each assumption, moved alone, moves a result.
    Sensitivity {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// The result: cumulative_financing, cumulative_financing_by:YEAR, peak_approvals,
        /// final_equity, min_capital_ratio, first_binding_year, fund_irr, fund_tvpi,
        /// country_financing:CODE, sector_financing:SECTOR, net_position:CODE, …
        #[arg(long, value_name = "NAME")]
        result: String,
        /// Move each assumption by this percentage either way instead of to the ends of its
        /// range, e.g. 20.
        #[arg(long, value_name = "PERCENT")]
        percent: Option<f64>,
        /// Print only the first N rows.
        #[arg(long, value_name = "N")]
        top: Option<usize>,
    },
    /// Find the value of an assumption at which a result reaches a target.
    GoalSeek {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// The assumption to solve for, by path, e.g. capital.subscribed.
        #[arg(long, value_name = "PATH")]
        assumption: String,
        /// The result to aim at (as for `sensitivity`).
        #[arg(long, value_name = "NAME")]
        result: String,
        /// The target, in the result's own unit (fractions for ratios, a year for years).
        #[arg(long, allow_hyphen_values = true)]
        target: f64,
    },
    /// Scenario discovery (PRIM): under which ranges of the uncertain assumptions a result goes
    /// wrong. Prints the box at the trajectory's knee in words and as a table; with --out, also
    /// writes trajectory.csv and box.csv.
    Discover {
        /// Scenario file (.ron) with an uncertainty study; without one, the built-in baseline.
        file: Option<PathBuf>,
        /// The bad outcome, RESULT < VALUE or RESULT > VALUE, e.g. "first_binding_year < 2035"
        /// (results as for `sensitivity`; ratios as fractions).
        #[arg(long, value_name = "CONDITION")]
        outcome: String,
        /// Runs of the study (100 to 50000); the file's own number otherwise.
        #[arg(long, value_name = "N")]
        runs: Option<u32>,
        /// Folder to write trajectory.csv and box.csv into.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Check scenario files: exit 0 when all are valid, 1 when any is not; one problem per line.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List the assumptions that differ between two scenario files, with both values and units.
    Diff { first: PathBuf, second: PathBuf },
    /// Explain why a result differs between two scenarios: how much of the change each
    /// differing assumption (or group, or the world and our choices) accounts for, with the
    /// Shapley value, so that the parts add up to the change whatever the order. Prints a table
    /// in the language of --lang; with --out, writes explanation.csv.
    Explain {
        /// The reference scenario (.ron, or a link).
        first: PathBuf,
        /// The scenario whose difference from the reference is explained.
        second: PathBuf,
        /// The result (as for `sensitivity`), or one by year: annual_approvals,
        /// annual_disbursements, annual_financing, loans_outstanding, equity.
        #[arg(long, value_name = "NAME")]
        result: String,
        /// How the parts are gathered: assumption (one each; sampled beyond 12), group (the
        /// panel's groups), class (the world and our choices). By default one part an
        /// assumption up to 12 of them, by group beyond.
        #[arg(long, value_name = "HOW", default_value = "auto", value_parser = parse_by)]
        by: model::attribution::By,
        /// Folder to write explanation.csv into (created if missing).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the headline figures of a scenario (the baseline without a file) in plain words.
    Summary { file: Option<PathBuf> },
    /// Print a scenario's link: the web edition's address with the whole scenario in it, to
    /// send in a message (whoever opens it sees the scenario in a browser; nothing is
    /// uploaded). Every command that takes a scenario file takes such a link in its place.
    Link {
        /// Scenario file (.ron), or a link (to make it again with this version).
        file: PathBuf,
        /// Print only the fragment, what follows the link's `#`.
        #[arg(long)]
        fragment: bool,
    },
    /// Write a brief: one self-contained HTML file with the question, headline figures,
    /// guardrail sentences, key charts (SVG), the assumptions that differ, the uncertainty and
    /// sensitivity results, the sources, and the scenario file itself. Opens in any browser;
    /// prints to A4. In the language of --lang.
    Brief {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// The HTML file to write.
        #[arg(long)]
        out: PathBuf,
        /// A scenario to compare with: its lines dashed on the charts, its values beside the
        /// assumptions that differ (otherwise the baseline's).
        #[arg(long, value_name = "OTHER.ron")]
        reference: Option<PathBuf>,
        /// Runs of the scenario's uncertainty study (100 to 50000); the file's own number
        /// otherwise. A scenario without a study has no uncertainty section.
        #[arg(long, value_name = "N")]
        runs: Option<u32>,
        /// Also run a sensitivity analysis of this result (as for `sensitivity`) and add its
        /// tornado's top ten.
        #[arg(long, value_name = "NAME")]
        sensitivity: Option<String>,
        /// With --reference, the result whose difference the brief explains (as for `explain`);
        /// cumulative_financing otherwise.
        #[arg(long, value_name = "NAME", requires = "reference")]
        explain: Option<String>,
    },
    /// Write one chart as an SVG vector file (for Word, LibreOffice, PowerPoint, Inkscape).
    Chart {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// The chart: approvals, lending, capital-ratio, rac (the rating lens), balance-sheet,
        /// income, sectors, countries, net-positions, fund-flows, j-curve, flows or map.
        #[arg(long, value_name = "NAME", value_parser = parse_chart)]
        chart: sco_explorer::chart::named::Named,
        /// The SVG file to write.
        #[arg(long)]
        out: PathBuf,
        /// A scenario to compare with, dashed on the chart.
        #[arg(long, value_name = "OTHER.ron")]
        reference: Option<PathBuf>,
        /// Run the scenario's uncertainty study with this many runs and shade its bands.
        #[arg(long, value_name = "N")]
        runs: Option<u32>,
    },
}

/// Says which files were written, in one line.
fn say_written(written: &[PathBuf]) {
    let files: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    say!(
        "{}",
        text::escaped(&t!("cli-wrote", files = files.join(", ")))
    );
}

fn parse_by(text: &str) -> Result<model::attribution::By, String> {
    use model::attribution::By;
    By::parse(text).ok_or_else(|| {
        let ids: Vec<&str> = By::ALL.iter().map(|b| b.id()).collect();
        t!("cli-by", value = text, ids = ids.join(", "))
    })
}

fn parse_chart(text: &str) -> Result<sco_explorer::chart::named::Named, String> {
    use sco_explorer::chart::named::Named;
    Named::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Named::ALL.iter().map(|n| n.name()).collect();
        format!("expected one of {}", names.join(", "))
    })
}

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_to_terminal();
    let cli = Cli::parse();
    // The window sets its own language (the user's choice or the system's).
    if cli.command.is_some() {
        sco_explorer::i18n::set(cli.lang.unwrap_or_default());
    }
    match execute(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", t!("cli-error", message = format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}

/// A Windows GUI program starts with no standard output. Started from a terminal (`cmd`,
/// PowerShell), it attaches to that terminal's console, so that `sco-explorer.exe summary`,
/// `--help` and error messages print there. Output sent to a file or a pipe already has its
/// handle, and is left alone. Started from Explorer (a double-click), there is no console to
/// attach to and the call does nothing.
///
/// (A GUI program does not make the terminal wait: `cmd` shows its prompt again at once and
/// the output follows it. `start /wait sco-explorer.exe summary`, or a redirection, gives the
/// usual order; the README says so.)
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_to_terminal() {
    // kernel32, which every Windows program links.
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
        fn GetStdHandle(which: u32) -> *mut std::ffi::c_void;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    const STD_OUTPUT_HANDLE: u32 = -11_i32 as u32;
    // SAFETY: both calls take plain numbers and touch no memory of ours; GetStdHandle's result
    // is only compared with null. A failed attach (no parent console) leaves things as they were.
    unsafe {
        if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

fn execute(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Run {
            file,
            out,
            xlsx,
            reference,
            sensitivity,
            summary,
            runs,
            samples,
        }) => {
            let mut scenario = load_or_baseline(file.as_deref())?;
            if let Some(runs) = runs {
                scenario.uncertainty.runs = runs;
            }
            let projection = project(&scenario)?;
            let study = match runs {
                Some(_) => Some(
                    model::uncertainty::run_study(&scenario)
                        .map_err(|invalid| anyhow::anyhow!("{invalid}"))
                        .with_context(|| t!("cli-nothing-written"))?,
                ),
                None => None,
            };
            // Every file is made in memory first, then all are written as one set, or none.
            let mut targets: Vec<(PathBuf, Vec<u8>)> = Vec::new();
            let mut folders: Vec<&Path> = Vec::new();
            if let Some(dir) = &out {
                let study_files = study.as_ref().map(|bands| (bands, &scenario));
                for (name, bytes) in export::csv_files(&projection, study_files)
                    .with_context(|| t!("cli-nothing-written"))?
                {
                    targets.push((dir.join(name), bytes));
                }
                if samples {
                    let text = export::samples_csv(&scenario)?;
                    targets.push((dir.join(export::SAMPLES_FILE), text.into_bytes()));
                }
                folders.push(dir);
            }
            if let Some(book) = &xlsx {
                let reference = match &reference {
                    Some(path) => Some(load_reference(&scenario, path)?),
                    None => None,
                };
                let tornado = tornado_of(&scenario, sensitivity.as_deref())?;
                let file_name = file_name_of(file.as_deref());
                let today = sco_explorer::ui::today();
                let brief = sco_explorer::brief::Brief {
                    scenario: &scenario,
                    projection: &projection,
                    file_name: &file_name,
                    reference: reference.as_ref().map(|(name, s, p)| {
                        sco_explorer::brief::Compared {
                            name,
                            scenario: s,
                            projection: p,
                            explanation: None,
                        }
                    }),
                    bands: study.as_ref(),
                    tornado: tornado.as_ref(),
                    today: &today,
                };
                let bytes = sco_explorer::workbook::xlsx(&brief)
                    .with_context(|| t!("cli-xlsx-not-written"))?;
                targets.push((book.clone(), bytes));
                if let Some(parent) = book.parent() {
                    folders.push(parent);
                }
            }
            let targets: Vec<(PathBuf, &[u8])> = targets
                .iter()
                .map(|(path, bytes)| (path.clone(), bytes.as_slice()))
                .collect();
            let paths = export::write_files(&folders, &targets)?;
            if summary {
                say!("{}", export::summary_text(&projection));
                if let Some(bands) = &study {
                    let study = t!(
                        "unc-done",
                        runs = bands.runs,
                        seed = scenario.seed.to_string()
                    );
                    say!("{}", t!("cli-uncertainty", study = study));
                    for line in bands.sentences(scenario.start_year + 7) {
                        say!("{line}");
                    }
                }
            }
            let names: Vec<String> = paths
                .iter()
                .map(|p| text::escaped(&p.display().to_string()).into_owned())
                .collect();
            say!("{}", t!("cli-wrote", files = names.join(", ")));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { files }) => Ok(check(&files)),
        Some(Command::Diff { first, second }) => {
            let a = load(&first)?;
            let b = load(&second)?;
            let differences = model::compare::differences(&a, &b);
            if differences.is_empty() {
                say!("{}", t!("cli-same-assumptions"));
            }
            for d in differences {
                say!("{d}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Explain {
            first,
            second,
            result,
            by,
            out,
        }) => {
            use model::attribution::{Target, Unexplained, explain};
            let a = load(&first)?;
            let b = load(&second)?;
            let target = Target::parse(&result).map_err(anyhow::Error::msg)?;
            // Both must be valid before any combination of them is tried.
            project(&a)?;
            project(&b)?;
            match explain(&a, &b, target, by) {
                Ok(e) => {
                    say!("{}", sco_explorer::explanation::table(&e));
                    if let Some(dir) = out {
                        say_written(&export::write_explanation(&dir, &e)?);
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(Unexplained::NoDifference) => {
                    say!("{}", t!("explain-same"));
                    Ok(ExitCode::SUCCESS)
                }
                Err(Unexplained::Invalid { named, total }) => {
                    say!("{}", t!("explain-invalid-list", count = total));
                    for c in &named {
                        say!("  {}", text::escaped(&c.to_string()));
                    }
                    if total > named.len() {
                        say!(
                            "  {}",
                            t!("explain-invalid-more", count = total - named.len())
                        );
                    }
                    say!("{}", t!("explain-invalid-hint"));
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(anyhow::anyhow!("{e}")),
            }
        }
        Some(Command::Sensitivity {
            file,
            result,
            percent,
            top,
        }) => {
            let scenario = load_or_baseline(file.as_deref())?;
            let metric = model::Metric::parse(&result).map_err(anyhow::Error::msg)?;
            let span = match percent {
                Some(p) if p.is_finite() && p > 0.0 && p <= 100.0 => {
                    model::sensitivity::Span::Relative(p / 100.0)
                }
                Some(p) => anyhow::bail!("{}", t!("cli-percent", value = p.to_string())),
                None => model::sensitivity::Span::RangeEnds,
            };
            let projection = project(&scenario)?;
            let mut tornado = model::sensitivity::tornado(&scenario, metric, span)
                .map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
            if let Some(n) = top {
                tornado.bars.truncate(n);
            }
            say!("{}", export::tornado_table(&tornado, Some(&projection)));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::GoalSeek {
            file,
            assumption,
            result,
            target,
        }) => {
            let scenario = load_or_baseline(file.as_deref())?;
            let lever = model::Lever::find(&assumption).ok_or_else(|| {
                anyhow::anyhow!(
                    "{}",
                    t!("cli-not-an-assumption", path = assumption.as_str())
                )
            })?;
            let metric = model::Metric::parse(&result).map_err(anyhow::Error::msg)?;
            let goal = model::goal_seek::Goal {
                lever,
                metric,
                target,
            };
            let solution = model::goal_seek::seek(&scenario, &goal)?;
            say!("{}", export::goal_text(&goal, &solution, &scenario));
            Ok(match solution {
                model::goal_seek::Solution::Found { .. } => ExitCode::SUCCESS,
                model::goal_seek::Solution::Unreachable { .. } => ExitCode::from(2),
            })
        }
        Some(Command::Discover {
            file,
            outcome,
            runs,
            out,
        }) => {
            let mut scenario = load_or_baseline(file.as_deref())?;
            if let Some(runs) = runs {
                scenario.uncertainty.runs = runs;
            }
            if scenario.uncertainty.assumptions.is_empty() {
                anyhow::bail!("{}", t!("cli-no-study"));
            }
            let condition =
                model::discovery::Condition::parse(&outcome).map_err(anyhow::Error::msg)?;
            let runs = u64::from(scenario.uncertainty.runs);
            let sample = model::discovery::sample(&scenario, &condition, runs)
                .map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
            let trajectory = model::discovery::peel(&sample);
            let knee = trajectory.knee();
            say!(
                "{}",
                export::discovery_text(&sample, &trajectory, knee, &condition)
            );
            if let Some(dir) = out {
                say_written(&export::write_discovery(&dir, &sample, &trajectory, knee)?);
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Brief {
            file,
            out,
            reference,
            runs,
            sensitivity,
            explain,
        }) => {
            let scenario = load_or_baseline(file.as_deref())?;
            let inputs = Inputs::new(scenario, reference.as_deref(), runs)?;
            let tornado = tornado_of(&inputs.scenario, sensitivity.as_deref())?;
            let explanation = explanation_of(&inputs, explain.as_deref())?;
            let mut compared = inputs.compared();
            if let Some(c) = &mut compared {
                c.explanation = explanation.as_ref();
            }
            let file_name = file_name_of(file.as_deref());
            let today = sco_explorer::ui::today();
            let brief = sco_explorer::brief::Brief {
                scenario: &inputs.scenario,
                projection: &inputs.projection,
                file_name: &file_name,
                reference: compared,
                bands: inputs.bands.as_ref(),
                tornado: tornado.as_ref(),
                today: &today,
            };
            let html = sco_explorer::brief::html(&brief).map_err(anyhow::Error::msg)?;
            file::write_text(&out, &html).with_context(|| t!("cli-brief-not-written"))?;
            say!(
                "{}",
                t!(
                    "cli-wrote",
                    files = text::Escaped(out.display()).to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chart {
            file,
            chart,
            out,
            reference,
            runs,
        }) => {
            let mut scenario = load_or_baseline(file.as_deref())?;
            if runs.is_none() {
                // Bands only when asked for.
                scenario.uncertainty.assumptions.clear();
            }
            let inputs = Inputs::new(scenario, reference.as_deref(), runs)?;
            let frame = sco_explorer::chart::Frame {
                p: &inputs.projection,
                reference: inputs.reference.as_ref().map(|(_, _, p)| p),
                mode: sco_explorer::chart::CompareMode::Overlay,
                bands: inputs.bands.as_ref(),
            };
            let svg = sco_explorer::brief::chart_svg(chart, &inputs.scenario, &frame);
            file::write_text(&out, &svg).with_context(|| t!("cli-chart-not-written"))?;
            say!(
                "{}",
                t!(
                    "cli-wrote",
                    files = text::Escaped(out.display()).to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Summary { file }) => {
            let projection = load_and_project(file.as_deref())?;
            say!("{}", export::summary_text(&projection));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Link { file, fragment }) => {
            let scenario = load(&file)?;
            let encoded = link::encode(&scenario).map_err(|e| anyhow::anyhow!("{e}"))?;
            let shown = if fragment {
                encoded
            } else {
                link::url(&encoded)
            };
            let chars = shown.chars().count();
            if chars > link::LONG_LINK_CHARS {
                let note = sco_explorer::t!(
                    "link-long-note",
                    chars = sco_explorer::i18n::num::decimal(chars as f64, 0),
                    count = chars,
                    max = sco_explorer::i18n::num::decimal(link::LONG_LINK_CHARS as f64, 0)
                );
                eprintln!("{}", t!("cli-note", message = note));
            }
            say!("{shown}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let options = window::WindowOptions {
                file: cli.file,
                screenshot: cli.screenshot,
                size: cli.size,
                view: cli.view,
                dark: cli.theme.map(|t| t == "dark"),
                lang: cli.lang,
            };
            window::run(options)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What a brief or a chart is drawn from: the scenario, its projection, the reference (its
/// name, scenario and projection) and the uncertainty study's bands.
struct Inputs {
    scenario: model::Scenario,
    projection: model::Projection,
    reference: Option<(String, model::Scenario, model::Projection)>,
    bands: Option<model::uncertainty::Bands>,
}

impl Inputs {
    /// Projects `scenario` (and the reference), and runs its uncertainty study when it has one
    /// (`runs` overrides the file's number of runs).
    fn new(
        mut scenario: model::Scenario,
        reference: Option<&Path>,
        runs: Option<u32>,
    ) -> anyhow::Result<Inputs> {
        if let Some(runs) = runs {
            scenario.uncertainty.runs = runs;
        }
        let projection = project(&scenario)?;
        let reference = match reference {
            Some(path) => Some(load_reference(&scenario, path)?),
            None => None,
        };
        let bands = if scenario.uncertainty.assumptions.is_empty() {
            None
        } else {
            Some(
                model::uncertainty::run_study(&scenario)
                    .map_err(|invalid| anyhow::anyhow!("{invalid}"))
                    .with_context(|| t!("cli-nothing-written"))?,
            )
        };
        Ok(Inputs {
            scenario,
            projection,
            reference,
            bands,
        })
    }

    fn compared(&self) -> Option<sco_explorer::brief::Compared<'_>> {
        self.reference
            .as_ref()
            .map(|(name, s, p)| sco_explorer::brief::Compared {
                name,
                scenario: s,
                projection: p,
                explanation: None,
            })
    }
}

/// The name a brief or a workbook gives its scenario file: the file's (a link's own), or
/// `scenario.ron` for the built-in baseline.
fn file_name_of(file: Option<&Path>) -> String {
    file.and_then(|path| Source::of(path).file_name())
        .unwrap_or_else(|| "scenario.ron".to_owned())
}

/// The scenario at `path` to compare `scenario` with: its name as the window gives it, the
/// scenario and its projection.
fn load_reference(
    scenario: &model::Scenario,
    path: &Path,
) -> anyhow::Result<(String, model::Scenario, model::Projection)> {
    let other = load(path).with_context(|| t!("cli-nothing-written"))?;
    let name = if other.meta.title.trim().is_empty() {
        let source = Source::of(path);
        source.file_name().unwrap_or_else(|| source.name())
    } else {
        // A preset's title in the reader's language, as the window names it, and never named
        // like the scenario it is compared with.
        sco_explorer::presets::told_apart(&scenario.meta.title, &other.meta.title).1
    };
    let p = project(&other)?;
    Ok((name, other, p))
}

/// The tornado of `result` (as `sensitivity` names results), over each assumption's range,
/// when one is asked for.
/// The explanation a brief asked for with `--explain RESULT` (its difference from the
/// reference); `None` when none was asked for or nothing differs. A difference that cannot be
/// explained stops the brief with the reason, rather than explain another result.
fn explanation_of(
    inputs: &Inputs,
    result: Option<&str>,
) -> anyhow::Result<Option<model::attribution::Explanation>> {
    use model::attribution::{By, Target, Unexplained, explain};
    let (Some(result), Some((_, reference, _))) = (result, &inputs.reference) else {
        return Ok(None);
    };
    let target = Target::parse(result).map_err(anyhow::Error::msg)?;
    match explain(reference, &inputs.scenario, target, By::Auto) {
        Ok(e) => Ok(Some(e)),
        Err(Unexplained::NoDifference) => Ok(None),
        Err(e) => Err(anyhow::anyhow!("{}", text::escaped(&e.to_string())))
            .with_context(|| t!("cli-brief-not-written")),
    }
}

fn tornado_of(
    scenario: &model::Scenario,
    result: Option<&str>,
) -> anyhow::Result<Option<model::sensitivity::Tornado>> {
    let Some(result) = result else {
        return Ok(None);
    };
    let metric = model::Metric::parse(result).map_err(anyhow::Error::msg)?;
    let span = model::sensitivity::Span::RangeEnds;
    let tornado = model::sensitivity::tornado(scenario, metric, span)
        .map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
    Ok(Some(tornado))
}

/// How many problems `check` prints for one file; the rest are counted in one line.
const CHECK_SHOWN: usize = 25;

/// `check`: every file, its problems one per line (at most [`CHECK_SHOWN`], then how many more
/// were found), or that it is valid.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for path in files {
        let source = Source::of(path);
        let name = source.name();
        match source.load() {
            Ok(loaded) => {
                for notice in &loaded.notices {
                    say!("{notice}");
                }
                if !loaded.omitted.is_empty() {
                    say!(
                        "{}",
                        t!(
                            "check-omitted",
                            name = name.as_str(),
                            fields = text::escaped(&loaded.omitted.join(", ")).into_owned()
                        )
                    );
                }
                say!("{}", t!("check-valid", name = name.as_str()));
            }
            Err(lines) => {
                all_valid = false;
                for line in lines.iter().take(CHECK_SHOWN) {
                    say!("{line}");
                }
                let more = lines.len().saturating_sub(CHECK_SHOWN);
                if more > 0 {
                    say!("{}", t!("check-more", name = name.as_str(), count = more));
                }
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Where a scenario comes from: a file, or a link to the web edition (its whole address, or
/// what follows its `#`) given in a file's place. The one place where a command's path
/// argument is told apart.
enum Source<'a> {
    File(&'a Path),
    Link(&'a str),
}

impl<'a> Source<'a> {
    /// A path argument as the user meant it: a link where it stands for one
    /// ([`link::given_as`]), else a file.
    fn of(path: &'a Path) -> Source<'a> {
        link::given_as(path).map_or(Source::File(path), Source::Link)
    }

    /// The scenario, or every problem, one per line (escaped: safe to print).
    fn load(&self) -> Result<file::Loaded, Vec<String>> {
        match self {
            Source::File(path) => file::load(path).map_err(|e| e.lines()),
            Source::Link(arg) => link::decode(arg).map_err(|e| e.lines()),
        }
    }

    /// How messages name it: the file's path, or the link's first characters (escaped).
    fn name(&self) -> String {
        match self {
            Source::File(path) => text::Escaped(path.display()).to_string(),
            Source::Link(arg) => text::one_line(arg.trim(), 60).to_string(),
        }
    }

    /// The file's name (for a brief's download), `None` for a link.
    fn file_name(&self) -> Option<String> {
        match self {
            Source::File(path) => path.file_name().map(|n| n.to_string_lossy().into_owned()),
            Source::Link(_) => None,
        }
    }
}

/// Loads a scenario file (or a link in its place), printing its notices; any problem is an
/// error with every line.
fn load(path: &Path) -> anyhow::Result<model::Scenario> {
    let loaded = Source::of(path)
        .load()
        .map_err(|lines| anyhow::anyhow!("{}", lines.join("\n")))?;
    for notice in &loaded.notices {
        eprintln!("{}", t!("cli-note", message = notice.to_string()));
    }
    Ok(loaded.scenario)
}

/// Loads a scenario file (or a link), or the built-in baseline without one.
fn load_or_baseline(path: Option<&Path>) -> anyhow::Result<model::Scenario> {
    match path {
        Some(path) => load(path).with_context(|| t!("cli-nothing-written")),
        None => Ok(model::Scenario::default()),
    }
}

fn project(scenario: &model::Scenario) -> anyhow::Result<model::Projection> {
    model::project(scenario)
        .map_err(|invalid| anyhow::anyhow!("{invalid}"))
        .with_context(|| t!("cli-nothing-written"))
}

/// Loads a scenario (or the baseline), validates it and projects it.
fn load_and_project(path: Option<&Path>) -> anyhow::Result<model::Projection> {
    project(&load_or_baseline(path)?)
}
