//! Browsing what is stored: `statements`, `speakers`, `relays`, `articles`, `show`.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use whosaid::render::{self, Format};
use whosaid::store::StatementFilter;

use crate::cli::{ArticlesArgs, OutputArgs, ShowArgs, SpeakersArgs, StatementsArgs};

/// `whosaid statements`.
pub fn statements(db: &Path, args: StatementsArgs) -> Result<ExitCode> {
    if let Some(s) = &args.stance
        && !matches!(s.as_str(), "claim" | "denial" | "neutral")
    {
        bail!("--stance must be claim, denial or neutral, not {s:?}");
    }
    let store = super::open_existing(db)?;
    let rows = store.statements(&StatementFilter {
        speaker: args.speaker,
        via: args.via,
        anonymous: args.anonymous.then_some(true),
        stance: args.stance,
        limit: Some(args.limit),
        ..Default::default()
    })?;
    super::print_rows(&rows, args.output.format)?;
    Ok(ExitCode::SUCCESS)
}

/// `whosaid speakers`.
pub fn speakers(db: &Path, args: SpeakersArgs) -> Result<ExitCode> {
    let rows = super::open_existing(db)?.speakers(Some(args.limit))?;
    super::print_rows(&rows, args.output.format)?;
    Ok(ExitCode::SUCCESS)
}

/// `whosaid relays`.
pub fn relays(db: &Path, args: OutputArgs) -> Result<ExitCode> {
    let rows = super::open_existing(db)?.relays()?;
    super::print_rows(&rows, args.format)?;
    Ok(ExitCode::SUCCESS)
}

/// `whosaid articles`.
pub fn articles(db: &Path, args: ArticlesArgs) -> Result<ExitCode> {
    let rows = super::open_existing(db)?.articles(Some(args.limit))?;
    super::print_rows(&rows, args.output.format)?;
    Ok(ExitCode::SUCCESS)
}

/// `whosaid show ARTICLE`.
pub fn show(db: &Path, args: ShowArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let Some(detail) = store.article(&args.article)? else {
        bail!("no article {:?} (see `whosaid articles`)", args.article);
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.output.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &detail)?;
            writeln!(out)?;
        }
        Format::Table => {
            let r = &detail.row;
            writeln!(out, "{}", r.title.as_deref().unwrap_or(&r.article))?;
            let meta: Vec<String> = [
                r.published.clone(),
                r.outlet.clone(),
                detail.story_code.as_ref().map(|c| format!("story {c}")),
                Some(r.article.clone()),
            ]
            .into_iter()
            .flatten()
            .collect();
            writeln!(out, "{}\n", meta.join(" · "))?;
            render::write_rows(&detail.statements, Format::Table, &super::render_options(), &mut out)?;
        }
        f => render::write_rows(&detail.statements, f, &super::render_options(), &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
