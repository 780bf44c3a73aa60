//! The `whosaid` binary: parse the command line, run the command, map the outcome to an exit
//! code (0 ok, 1 some inputs failed, 2 fatal error).

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    match commands::run(cli::Cli::parse()) {
        Ok(code) => code,
        Err(e) => commands::report_fatal(&e),
    }
}
