//! `whosaid export` and `whosaid import`: every article with its statements as JSONL, and
//! back into a database without re-running extraction (backups, transfer between machines).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use whosaid::analysis::group::group_pending;
use whosaid::model::{Article, Statement};
use whosaid::store::{SaveOutcome, Store};

use crate::cli::{ExportArgs, ImportArgs};

/// One exported article: its fields and its statements, exactly as stored.
#[derive(Serialize, Deserialize)]
struct Record {
    /// Marks a whosaid export line and its layout version.
    whosaid_export: u32,
    #[serde(flatten)]
    article: Article,
    statements: Vec<Statement>,
}

const EXPORT_VERSION: u32 = 1;
/// Articles per transaction on import.
const BATCH: usize = 200;

/// Run `export`.
pub fn export(db: &Path, args: ExportArgs) -> Result<ExitCode> {
    let store = super::open_existing(db)?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) if p.as_os_str() != "-" => {
            Box::new(File::create(p).with_context(|| format!("could not create {}", p.display()))?)
        }
        _ => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let mut after = 0;
    let mut n = 0;
    loop {
        let ids = store.article_ids_after(after, 500)?;
        let Some(&last) = ids.last() else { break };
        after = last;
        for id in ids {
            let Some(article) = store.load_article(id)? else { continue };
            let statements = store.article_statements(id)?;
            serde_json::to_writer(&mut out, &Record { whosaid_export: EXPORT_VERSION, article, statements })?;
            writeln!(out)?;
            n += 1;
        }
    }
    out.flush()?;
    eprintln!("exported {n} articles");
    Ok(ExitCode::SUCCESS)
}

/// Run `import`.
pub fn import(db: &Path, args: ImportArgs) -> Result<ExitCode> {
    let mut store = Store::open(db)?;
    let file = File::open(&args.file).with_context(|| format!("could not read {}", args.file.display()))?;
    let (mut new, mut present, mut failed) = (0, 0, 0);
    let mut batch: Vec<(Article, Vec<Statement>)> = Vec::with_capacity(BATCH);
    let mut flush = |store: &mut Store, batch: &mut Vec<(Article, Vec<Statement>)>| -> Result<()> {
        for o in store.save_batch(batch)? {
            match o {
                SaveOutcome::New(_) => new += 1,
                SaveOutcome::AlreadyPresent(_) => present += 1,
            }
        }
        batch.clear();
        Ok(())
    };
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("could not read {}", args.file.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(&line) {
            Ok(r) if r.whosaid_export == EXPORT_VERSION => batch.push((r.article, r.statements)),
            Ok(r) => {
                eprintln!(
                    "whosaid: {}:{}: export version {} is not supported",
                    args.file.display(),
                    n + 1,
                    r.whosaid_export
                );
                failed += 1;
            }
            Err(e) => {
                eprintln!("whosaid: {}:{}: not a whosaid export line: {e}", args.file.display(), n + 1);
                failed += 1;
            }
        }
        if batch.len() >= BATCH {
            flush(&mut store, &mut batch)?;
        }
    }
    flush(&mut store, &mut batch)?;
    let grouped = group_pending(&mut store)?;
    eprintln!(
        "imported {new} articles ({present} already present, {failed} failed); grouped {} statements",
        grouped.statements
    );
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
