//! `whosaid extract`: parse and extract, print statements, store nothing.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use rayon::prelude::*;
use whosaid::ingest::extract_article;
use whosaid::ingest::read::{self, Item};
use whosaid::model::Article;
use whosaid::render::{self, Format};
use whosaid::store::StatementRow;

use crate::cli::ExtractArgs;

/// Articles extracted in parallel per chunk; output keeps input order.
const CHUNK: usize = 256;

fn rows_of(chunk: Vec<Article>) -> Vec<StatementRow> {
    chunk
        .par_iter()
        .map(|a| extract_article(a).iter().map(|s| StatementRow::from_extracted(a, s)).collect::<Vec<_>>())
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// Run `extract`.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let opts = super::read_options(&args.input)?;
    let (sources, problems) = read::expand(&args.input.paths);
    let mut failed = problems.len();
    for p in problems {
        eprintln!("whosaid: {p}");
    }
    let format = args.output.format;
    // Line formats stream chunk by chunk; the others need every row first.
    let streaming = matches!(format, Format::Jsonl);
    let ropts = super::render_options();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut all = Vec::new();
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut error: Option<anyhow::Error> = None;
    let emit = |chunk: Vec<Article>, out: &mut dyn Write, all: &mut Vec<StatementRow>| -> Result<()> {
        let rows = rows_of(chunk);
        if streaming {
            render::write_rows(&rows, format, &ropts, out)?;
        } else {
            all.extend(rows);
        }
        Ok(())
    };
    let mut stdin = io::stdin().lock();
    read::read_sources(&sources, &opts, &mut stdin, &mut |item| match item {
        Item::Article(a) => {
            chunk.push(*a);
            if chunk.len() >= CHUNK
                && error.is_none()
                && let Err(e) = emit(std::mem::take(&mut chunk), &mut out, &mut all)
            {
                error = Some(e);
            }
        }
        Item::Failed(p) => {
            eprintln!("whosaid: {p}");
            failed += 1;
        }
        Item::Warning(p) => eprintln!("whosaid: warning: {p}"),
    });
    if let Some(e) = error {
        return Err(e);
    }
    emit(chunk, &mut out, &mut all)?;
    if !streaming {
        render::write_rows(&all, format, &ropts, &mut out)?;
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// One article as the loader sees it, before extraction.
#[derive(serde::Serialize)]
struct Parsed<'a> {
    id: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    site: Option<&'a str>,
    text: &'a str,
}

impl whosaid::render::Tabular for Parsed<'_> {
    fn headers() -> Vec<&'static str> {
        vec!["id", "date", "site", "title", "text"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.date.unwrap_or("").to_string(),
            self.site.unwrap_or("").to_string(),
            self.title.unwrap_or("").to_string(),
            whosaid::render::ellipsize(self.text, 200),
        ]
    }
}

/// Run `parse`: print each input article after format detection and cleaning.
pub fn parse(args: crate::cli::ParseArgs) -> Result<ExitCode> {
    let opts = super::read_options(&args.input)?;
    let (sources, problems) = read::expand(&args.input.paths);
    let mut failed = problems.len();
    for p in problems {
        eprintln!("whosaid: {p}");
    }
    let ropts = super::render_options();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut error: Option<anyhow::Error> = None;
    let mut stdin = io::stdin().lock();
    read::read_sources(&sources, &opts, &mut stdin, &mut |item| match item {
        Item::Article(a) => {
            if error.is_some() {
                return;
            }
            let row = Parsed {
                id: a.display_id(),
                title: a.title.as_deref(),
                date: a.published.as_deref(),
                site: a.outlet.as_deref(),
                text: &a.text,
            };
            if let Err(e) = render::write_rows(&[row], args.output.format, &ropts, &mut out) {
                error = Some(e.into());
            }
        }
        Item::Failed(p) => {
            eprintln!("whosaid: {p}");
            failed += 1;
        }
        Item::Warning(p) => eprintln!("whosaid: warning: {p}"),
    });
    if let Some(e) = error {
        return Err(e);
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
