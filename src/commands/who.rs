//! `whosaid who TOPIC`: who said what about a topic.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use whosaid::store::StatementFilter;

use crate::cli::WhoArgs;

/// Run `who`.
pub fn run(db: &Path, args: WhoArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let filter = StatementFilter {
        topic: Some(super::topic(&args.topic)),
        speaker: args.speaker,
        via: args.via,
        anonymous: args.anonymous.then_some(true),
        since: super::iso_date("--since", &args.since)?,
        until: super::iso_date("--until", &args.until)?,
        limit: Some(args.limit),
        ..Default::default()
    };
    let rows = store.statements(&filter)?;
    if rows.is_empty() {
        eprintln!("whosaid: no statements match {}", super::quoted_topic(&super::topic(&args.topic)));
    }
    super::print_rows(&rows, args.output.format)?;
    Ok(ExitCode::SUCCESS)
}
