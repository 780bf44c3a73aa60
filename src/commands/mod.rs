//! One module per subcommand: arguments → library options → library call → output.
//! Only this layer prints.

mod browse;
mod compare;
mod extract;
mod groups;
mod load;
mod measure;
mod transfer;
mod who;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use whosaid::ingest::metadata::normalize_date;
use whosaid::ingest::read::ReadOptions;
use whosaid::render::{self, Format, RenderOptions, Tabular};
use whosaid::store::Store;

use crate::cli::{Cli, Command, InputArgs};

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Load(args) => load::run(&cli.db, args),
        Command::Extract(args) => extract::run(args),
        Command::Parse(args) => extract::parse(args),
        Command::Who(args) => who::run(&cli.db, args),
        Command::Compare(args) => compare::run(&cli.db, args),
        Command::Statements(args) => browse::statements(&cli.db, args),
        Command::Speakers(args) => browse::speakers(&cli.db, args),
        Command::Relays(args) => browse::relays(&cli.db, args),
        Command::Articles(args) => browse::articles(&cli.db, args),
        Command::Show(args) => browse::show(&cli.db, args),
        Command::Export(args) => transfer::export(&cli.db, args),
        Command::Import(args) => transfer::import(&cli.db, args),
        Command::Groups(args) => groups::list(&cli.db, args),
        Command::ShowGroup(args) => groups::show(&cli.db, args),
        Command::Similarity(args) => measure::similarity(args),
        Command::Stance(args) => measure::stance(args),
    }
}

/// Print a fatal error on one line and choose the exit code: a closed pipe is not an error.
pub fn report_fatal(err: &anyhow::Error) -> ExitCode {
    if err.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)) {
        return ExitCode::SUCCESS;
    }
    eprintln!("whosaid: {err:#}");
    ExitCode::from(2)
}

/// Terminal facts for stdout, decided once.
fn render_options() -> RenderOptions {
    // whosaid prints no colour, so NO_COLOR needs no handling; piped output gets plain,
    // unwrapped tables.
    let tty = io::stdout().is_terminal();
    RenderOptions { width: tty.then(terminal_width), tty }
}

fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
        .unwrap_or(120)
}

/// Write rows to stdout in the chosen format.
fn print_rows<T: serde::Serialize + Tabular>(rows: &[T], format: Format) -> Result<()> {
    let opts = render_options();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    render::write_rows(rows, format, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Open an existing database for reading; a missing file is an error, not a new database.
fn open_existing(db: &std::path::Path) -> Result<Store> {
    if !db.exists() {
        anyhow::bail!("no database at {} (load articles first: whosaid load PATH)", db.display());
    }
    Store::open(db)
}

/// Read options from the input flags.
fn read_options(input: &InputArgs) -> Result<ReadOptions> {
    let date = match &input.date {
        Some(d) => Some(normalize_date(d).with_context(|| format!("--date {d:?} is not a date (use YYYY-MM-DD)"))?),
        None => None,
    };
    Ok(ReadOptions { outlet: input.outlet.clone(), date })
}

/// A topic given as several words.
fn topic(words: &[String]) -> String {
    words.join(" ")
}

/// A topic as quoted back in a message: shortened, so 10 KB of text is not echoed whole.
fn quoted_topic(topic: &str) -> String {
    format!("{:?}", render::ellipsize(topic, 80))
}

/// Validate a --since/--until date.
fn iso_date(flag: &str, value: &Option<String>) -> Result<Option<String>> {
    match value {
        Some(v) => {
            let d = normalize_date(v).with_context(|| format!("{flag} {v:?} is not a date (use YYYY-MM-DD)"))?;
            Ok(Some(d[..10].to_string()))
        }
        None => Ok(None),
    }
}
