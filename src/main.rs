//! `sco-explorer`: the command line. With no subcommand it shows the baseline (or a file);
//! `run` projects a scenario and writes tidy CSV for scripts and people without a display.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use sco_explorer::{export, file, model};

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
    /// A scenario file (.ron) to open; without one, the built-in baseline.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Project a scenario and write flows.csv, bank.csv, fund.csv and countries.csv.
    Run {
        /// Scenario file (.ron); without one, the built-in baseline.
        file: Option<PathBuf>,
        /// Folder to write the CSV files into (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Also print the headline figures in plain words.
        #[arg(long)]
        summary: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn execute(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Run { file, out, summary }) => {
            let projection = load_and_project(file.as_deref())?;
            let paths = export::write_all(&projection, &out)?;
            if summary {
                println!("{}", export::summary_text(&projection));
            }
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            println!("Wrote {}", names.join(", "));
            Ok(())
        }
        None => {
            // The window is not built yet: show the headline figures instead.
            let projection = load_and_project(cli.file.as_deref())?;
            println!("{}", export::summary_text(&projection));
            Ok(())
        }
    }
}

/// Loads a scenario (or the baseline), validates it and projects it.
fn load_and_project(path: Option<&Path>) -> anyhow::Result<model::Projection> {
    let (scenario, name) = match path {
        Some(path) => (file::load(path)?, path.display().to_string()),
        None => (
            model::Scenario::default(),
            "the built-in baseline".to_owned(),
        ),
    };
    model::project(&scenario)
        .map_err(|invalid| {
            let lines: Vec<String> = invalid.0.iter().map(|p| format!("  {name}: {p}")).collect();
            anyhow::anyhow!("{} is not valid:\n{}", name, lines.join("\n"))
        })
        .with_context(|| "nothing was written".to_owned())
}
