//! `whosaid load`: read, extract in parallel, store in batches, summarise.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, IsTerminal};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use whosaid::analysis::group::{Grouper, GroupingReport};
use whosaid::ingest::extract_article;
use whosaid::ingest::read::{self, Item};
use whosaid::model::Article;
use whosaid::store::{SaveOutcome, Store};

use crate::cli::LoadArgs;

/// Set by the first Ctrl-C: the load stops after the batch it is on.
static STOP: AtomicBool = AtomicBool::new(false);

/// Exit code of a load stopped by Ctrl-C (128 + SIGINT, as shells report it).
const INTERRUPTED: u8 = 130;

/// First Ctrl-C: finish the current batch, then stop and say how far the load got. Second:
/// stop at once (the batch in progress is rolled back; every committed one stays).
fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            eprintln!("\nwhosaid: stopped at once; the batches stored so far are complete");
            std::process::exit(INTERRUPTED.into());
        }
        eprintln!("\nwhosaid: stopping after the current batch (Ctrl-C again to stop at once)");
    });
}

fn stopping() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// The lock one load holds on a database (`DB.lock` beside it) so that two loads take turns
/// instead of grouping the same statements twice. Released when the process ends.
struct LoadLock {
    _file: File,
}

impl LoadLock {
    fn acquire(db: &Path) -> Result<Option<LoadLock>> {
        let mut path = PathBuf::from(db).into_os_string();
        path.push(".lock");
        let path = PathBuf::from(path);
        let file =
            OpenOptions::new().create(true).truncate(false).write(true).open(&path).with_context(|| {
                format!("could not open database {} (its load lock {})", db.display(), path.display())
            })?;
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Some(LoadLock { _file: file })),
                Err(TryLockError::WouldBlock) => {
                    if !told {
                        eprintln!("whosaid: another load is writing to {}; waiting for it to finish", db.display());
                        told = true;
                    }
                    if stopping() {
                        return Ok(None);
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("could not lock {}", path.display()));
                }
            }
        }
    }
}

/// Counts for the final summary.
#[derive(Default)]
struct Tally {
    new: u64,
    present: u64,
    failed: u64,
    warnings: u64,
    statements: u64,
    grouping: GroupingReport,
    /// Where the last stored article came from (for "stopped after ...").
    last: Option<String>,
    phases: Phases,
}

/// Wall time per phase of a load, printed when `WHOSAID_TIMINGS` is set (for
/// `scripts/bench-scale.sh`; the phases run one after another, so they add up).
#[derive(Default)]
struct Phases {
    lookup: f64,
    extract: f64,
    save: f64,
    group: f64,
}

/// Time one phase into `slot`.
fn timed<T>(slot: &mut f64, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    *slot += t.elapsed().as_secs_f64();
    out
}

impl Tally {
    fn add_grouping(&mut self, r: GroupingReport) {
        self.grouping.statements += r.statements;
        self.grouping.founded += r.founded;
        self.grouping.joined += r.joined;
        self.grouping.denials_linked += r.denials_linked;
    }
}

fn progress(quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}  {msg}")
            .expect("progress template is valid"),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// Extract a batch in parallel (skipping articles already stored) and save it in one
/// transaction.
fn flush(
    store: &mut Store,
    grouper: &mut Grouper,
    batch: &mut Vec<Article>,
    tally: &mut Tally,
    pb: &ProgressBar,
) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let articles = std::mem::take(batch);
    let mut fresh = Vec::with_capacity(articles.len());
    let t = Instant::now();
    for a in articles {
        if store.find_article(&a)?.is_some() {
            tally.present += 1;
        } else {
            fresh.push(a);
        }
    }
    tally.phases.lookup += t.elapsed().as_secs_f64();
    let extracted: Vec<_> = timed(&mut tally.phases.extract, || {
        fresh
            .into_par_iter()
            .map(|a| {
                let s = extract_article(&a);
                (a, s)
            })
            .collect()
    });
    let outcomes = timed(&mut tally.phases.save, || store.save_batch(&extracted))?;
    if let Some((a, _)) = extracted.last() {
        tally.last = Some(a.source.clone());
    }
    for (o, (_, s)) in outcomes.iter().zip(&extracted) {
        match o {
            SaveOutcome::New(_) => {
                tally.new += 1;
                tally.statements += s.len() as u64;
            }
            SaveOutcome::AlreadyPresent(_) => tally.present += 1,
        }
    }
    pb.inc(outcomes.len() as u64);
    // Group what this batch stored (a crash in between leaves statements to group next time).
    let report = timed(&mut tally.phases.group, || grouper.run(store))?;
    tally.add_grouping(report);
    Ok(())
}

/// Run `load`.
pub fn run(db: &Path, args: LoadArgs) -> Result<ExitCode> {
    on_interrupt();
    let Some(_lock) = LoadLock::acquire(db)? else {
        eprintln!("whosaid: interrupted before anything was loaded");
        return Ok(ExitCode::from(INTERRUPTED));
    };
    let mut store = Store::open(db)?;
    let started = Instant::now();
    let pb = progress(args.quiet);
    let mut tally = Tally::default();
    let mut grouper = Grouper::new(&store)?;
    // Statements left ungrouped by an interrupted earlier load are grouped first.
    let report = timed(&mut tally.phases.group, || grouper.run(&mut store))?;
    tally.add_grouping(report);
    if args.reextract {
        reextract(&mut store, &mut grouper, args.batch_size as usize, &pb, &mut tally)?;
    } else {
        let opts = super::read_options(&args.input)?;
        let (sources, problems) = read::expand(&args.input.paths);
        for p in problems {
            pb.suspend(|| eprintln!("whosaid: {p}"));
            tally.failed += 1;
        }
        let mut batch = Vec::with_capacity(args.batch_size as usize);
        let mut error = None;
        let mut stdin = io::stdin().lock();
        let _ = read::read_sources_until(&sources, &opts, &mut stdin, &mut |item| {
            match item {
                Item::Article(a) => {
                    batch.push(*a);
                    if batch.len() >= args.batch_size as usize
                        && let Err(e) = flush(&mut store, &mut grouper, &mut batch, &mut tally, &pb)
                    {
                        error = Some(e);
                        return ControlFlow::Break(());
                    }
                }
                Item::Failed(p) => {
                    pb.suspend(|| eprintln!("whosaid: {p}"));
                    tally.failed += 1;
                }
                Item::Warning(p) => {
                    pb.suspend(|| eprintln!("whosaid: warning: {p}"));
                    tally.warnings += 1;
                }
            }
            if stopping() { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        });
        if let Some(e) = error {
            return Err(e);
        }
        // What was read before a Ctrl-C is stored too: it is at most one batch.
        flush(&mut store, &mut grouper, &mut batch, &mut tally, &pb)?;
    }
    timed(&mut tally.phases.group, || grouper.finish(&mut store))?;
    pb.finish_and_clear();
    let interrupted = stopping();
    if !args.reextract && std::env::var_os("WHOSAID_TIMINGS").is_some() {
        let p = &tally.phases;
        let total = started.elapsed().as_secs_f64();
        eprintln!(
            "timings: total {total:.3}s; read+parse {:.3}s, lookup {:.3}s, extract {:.3}s, save {:.3}s, group {:.3}s",
            total - p.lookup - p.extract - p.save - p.group,
            p.lookup,
            p.extract,
            p.save,
            p.group
        );
    }
    if !args.quiet || interrupted {
        let s = store.summary()?;
        let secs = started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 { (tally.new + tally.present) as f64 / secs } else { 0.0 };
        if args.reextract {
            eprintln!("re-extracted {} articles: {} statements ({:.1}s)", tally.new, tally.statements, secs);
        } else {
            eprintln!(
                "articles: {} new, {} already present, {} failed; {} new statements ({:.1}s, {:.0} articles/s)",
                tally.new, tally.present, tally.failed, tally.statements, secs, rate
            );
        }
        let g = &tally.grouping;
        if g.statements > 0 {
            eprintln!(
                "grouped {} statements: {} joined existing claim groups, {} founded new ones; {} denials linked to the claim they answer",
                g.statements, g.joined, g.founded, g.denials_linked
            );
        }
        eprintln!(
            "database {}: {} articles, {} statements, {} speakers, {} relays, {:.0}% of statements anonymous",
            db.display(),
            s.articles,
            s.statements,
            s.speakers,
            s.relays,
            s.anonymous_share * 100.0
        );
    }
    if interrupted {
        let last = tally.last.as_deref().map(|l| format!(" (the last one from {l})")).unwrap_or_default();
        eprintln!(
            "whosaid: interrupted: stopped after {} articles{last}; run the same command again to go on (stored articles are skipped)",
            tally.new + tally.present
        );
        return Ok(ExitCode::from(INTERRUPTED));
    }
    Ok(if tally.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Re-run extraction over every stored article, a batch per transaction.
fn reextract(
    store: &mut Store,
    grouper: &mut Grouper,
    batch_size: usize,
    pb: &ProgressBar,
    tally: &mut Tally,
) -> Result<()> {
    let mut after = 0;
    while !stopping() {
        let ids = store.article_ids_after(after, batch_size)?;
        let Some(&last) = ids.last() else { break };
        after = last;
        let mut articles = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(a) = store.load_article(id)? {
                articles.push((id, a));
            }
        }
        let extracted: Vec<(i64, _)> = articles.into_par_iter().map(|(id, a)| (id, extract_article(&a))).collect();
        tally.new += extracted.len() as u64;
        tally.statements += extracted.iter().map(|(_, s)| s.len() as u64).sum::<u64>();
        store.replace_statements(&extracted)?;
        pb.inc(extracted.len() as u64);
        tally.add_grouping(grouper.run(store)?);
    }
    Ok(())
}
