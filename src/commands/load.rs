//! `whosaid load`: read, extract in parallel, store in batches, summarise.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, IsTerminal};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use whosaid::analysis::group::{Grouper, GroupingReport, prepare};
use whosaid::analysis::similarity::{DocumentCounts, Features};
use whosaid::ingest::extract_article;
use whosaid::ingest::read::{self, Item};
use whosaid::model::{Article, Statement};
use whosaid::store::{SaveOutcome, Store};

use crate::cli::LoadArgs;

/// Set by the first Ctrl-C: the load stops reading and stores what it has extracted.
static STOP: AtomicBool = AtomicBool::new(false);

/// Exit code of a load stopped by Ctrl-C (128 + SIGINT, as shells report it).
const INTERRUPTED: u8 = 130;

/// First Ctrl-C: store what is extracted, then stop and say how far the load got. Second:
/// stop at once (the batch in progress is rolled back; every committed one stays).
fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            eprintln!("\nwhosaid: stopped at once; the batches stored so far are complete");
            std::process::exit(INTERRUPTED.into());
        }
        eprintln!("\nwhosaid: stopping once what is already extracted is stored (Ctrl-C again to stop at once)");
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
/// `scripts/bench-scale.sh`). Lookup and extract run on the reader, save and group on the
/// writer thread, at the same time: the two sides overlap and need not add up.
#[derive(Default)]
struct Phases {
    lookup: f64,
    extract: f64,
    save: f64,
    group: f64,
    /// The reader waiting for the writer to take a batch, and the writer waiting for one.
    blocked: f64,
    idle: f64,
    /// CPU seconds the writer thread used (its wall time includes waiting for a core).
    writer_cpu: Option<f64>,
}

/// CPU seconds (user and system) the calling thread has used, where the system tells
/// (Linux: /proc/thread-self/stat, in clock ticks of 1/100 s).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The fields after the command name (which may hold spaces, inside parentheses).
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// Time one phase into `slot`.
fn timed<T>(slot: &mut f64, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    *slot += t.elapsed().as_secs_f64();
    out
}

impl Tally {
    /// Add the writer's counts to the reader's.
    fn absorb(&mut self, w: Tally) {
        self.new += w.new;
        self.present += w.present;
        self.failed += w.failed;
        self.warnings += w.warnings;
        self.statements += w.statements;
        self.add_grouping(w.grouping);
        self.last = w.last.or(self.last.take());
        self.phases.lookup += w.phases.lookup;
        self.phases.extract += w.phases.extract;
        self.phases.save += w.phases.save;
        self.phases.group += w.phases.group;
        self.phases.blocked += w.phases.blocked;
        self.phases.idle += w.phases.idle;
        self.phases.writer_cpu = w.phases.writer_cpu.or(self.phases.writer_cpu);
    }

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

/// Articles of one batch with their statements, and the matcher's features of those
/// (grouping needs them; made here, on all cores, while the writer writes), on their way to
/// the writer.
struct Extracted {
    batch: Vec<(Article, Vec<Statement>)>,
    features: Vec<Vec<Features>>,
    /// What the matcher's statistics count for those, worked out here too: the writer
    /// would do it for every statement on the thread the load waits for.
    counts: DocumentCounts,
    /// Each article's [`Article::content_hash`], worked out for the lookup.
    hashes: Vec<String>,
}

/// How much lower than the writer the extraction threads are scheduled (a nice value).
const EXTRACTION_NICENESS: i32 = 10;

/// Lower the calling thread's scheduling priority by [`EXTRACTION_NICENESS`]. The writer
/// thread is what a large load waits for: with extraction at the same priority, the
/// writer and the threads scoring its candidates had a core for only some of the time, and
/// the reader, one batch ahead, waited for them (49.8 of 145 s at 100,000 articles). At a
/// lower priority, extraction takes whatever the writer leaves and the writer rarely waits
/// for a core. Linux gives each thread its own nice value; elsewhere, or if refused, nothing
/// changes.
fn yield_to_the_writer() {
    #[cfg(target_os = "linux")]
    // SAFETY: gettid takes no arguments; setpriority with this thread's id changes only the
    // nice value of this thread, and its result is not needed.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        let _ = libc::setpriority(libc::PRIO_PROCESS, tid, EXTRACTION_NICENESS);
    }
}

/// Extract a batch in parallel on `pool`, skipping articles already stored (`lookup` is the
/// reader's own connection: the writer may be storing the batch before at the same time).
fn extract_batch(
    pool: &rayon::ThreadPool,
    lookup: &Store,
    batch: &mut Vec<Article>,
    tally: &mut Tally,
) -> Result<Extracted> {
    let articles = std::mem::take(batch);
    let mut fresh = Vec::with_capacity(articles.len());
    let mut hashes = Vec::with_capacity(articles.len());
    let t = Instant::now();
    for a in articles {
        let hash = a.content_hash();
        if lookup.find_article_hashed(&hash, a.external_id.as_deref())?.is_some() {
            tally.present += 1;
        } else {
            fresh.push(a);
            hashes.push(hash);
        }
    }
    tally.phases.lookup += t.elapsed().as_secs_f64();
    Ok(timed(&mut tally.phases.extract, || {
        let (batch, features): (Vec<_>, Vec<Vec<Features>>) = pool.install(|| {
            fresh
                .into_par_iter()
                .map(|a| {
                    let s = extract_article(&a);
                    let f = prepare(&s);
                    ((a, s), f)
                })
                .unzip()
        });
        let counts = DocumentCounts::of(features.iter().flatten());
        Extracted { batch, features, counts, hashes }
    }))
}

/// A batch's articles with their statements.
type Batch = Vec<(Article, Vec<Statement>)>;

/// Store one extracted batch and group its statements, in one transaction; returns the
/// articles and statements stored, for the caller to free.
fn write_batch(
    store: &mut Store,
    grouper: &mut Grouper,
    extracted: Extracted,
    tally: &mut Tally,
    pb: &ProgressBar,
) -> Result<Batch> {
    let Extracted { batch: extracted, features, counts, hashes } = extracted;
    let mut w = timed(&mut tally.phases.save, || store.begin_batch_hashed(&extracted, Some(&hashes)))?;
    let report = timed(&mut tally.phases.group, || grouper.group_batch_counted(&mut w, features, Some(counts)))?;
    tally.add_grouping(report);
    let outcomes = w.outcomes().to_vec();
    timed(&mut tally.phases.save, || w.commit())?;
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
    Ok(extracted)
}

/// Batches committed per checkpoint on the checkpoint thread. A checkpoint copies the newest
/// version of each page in the log: pages that every batch changes (the full-text index's,
/// the statements' indexes) were copied after every batch (sys time at 100,000 articles 20 →
/// 27 s); every fourth batch, 24 s.
const CHECKPOINT_EVERY: usize = 4;

/// The writer thread: groups what an earlier load left ungrouped, then stores and groups
/// each batch it is sent, while the reader extracts the next one.
fn writer(
    mut store: Store,
    batches: mpsc::Receiver<Extracted>,
    committed: mpsc::SyncSender<()>,
    pb: ProgressBar,
) -> Result<(Store, Tally)> {
    store.tune_for_bulk_writes()?;
    let mut tally = Tally::default();
    let mut grouper = Grouper::new(&store)?;
    let report = timed(&mut tally.phases.group, || grouper.run(&mut store))?;
    tally.add_grouping(report);
    // A stored batch is freed on a thread of its own: its articles and statements were
    // made on the extraction threads, and handing back tens of thousands of their strings
    // (memory another thread allocated) took the writer, which the load waits for, a while.
    let (stored, to_free) = mpsc::channel::<Batch>();
    std::thread::Builder::new()
        .name("whosaid-free".into())
        .spawn(move || to_free.into_iter().for_each(drop))
        .context("could not start the thread that frees stored batches")?;
    let mut written = 0;
    while let Some(extracted) = timed(&mut tally.phases.idle, || batches.recv().ok()) {
        let batch = write_batch(&mut store, &mut grouper, extracted, &mut tally, &pb)?;
        // Should that thread be gone, the batch is freed here.
        let _ = stored.send(batch);
        written += 1;
        if written % CHECKPOINT_EVERY == 0 {
            // Full: the checkpointer is busy and will see this commit when it checks again.
            let _ = committed.try_send(());
        }
    }
    drop(committed);
    timed(&mut tally.phases.group, || grouper.finish(&mut store))?;
    tally.phases.writer_cpu = thread_cpu_seconds();
    Ok((store, tally))
}

/// Read, extract and hand batches to the writer thread; returns the store and the tally
/// of both sides.
fn load_inputs(db: &Path, store: Store, args: &LoadArgs, pb: &ProgressBar) -> Result<(Store, Tally)> {
    let opts = super::read_options(&args.input)?;
    let lookup = Store::open(db)?;
    // Extraction has threads of its own: the writer scores each batch's candidates on the
    // shared ones, and that work, which the whole load waits for, would otherwise wait for
    // the extraction of the next batch to finish first.
    let extraction = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("whosaid-extract-{i}"))
        .start_handler(|_| yield_to_the_writer())
        .build()
        .context("could not start the extraction threads")?;
    // The reader extracts the next batch while the writer writes one, then hands it over
    // when the writer is ready for it: one batch ahead, so memory stays flat.
    let (send, batches) = mpsc::sync_channel::<Extracted>(0);
    // Checkpoints on a thread of their own, every few commits: copying the log into the
    // database file (reads, writes and an fsync) took a tenth of the writer's time, which the
    // whole load waits for. The writer still checkpoints when the log grows past its limit
    // (it cannot restart the log otherwise), but finds most of it copied.
    let (committed, commits) = mpsc::sync_channel::<()>(1);
    let checkpointer = {
        let store = Store::open(db)?;
        std::thread::Builder::new()
            .name("whosaid-checkpoint".into())
            .spawn(move || {
                for () in commits {
                    // A checkpoint that fails leaves the log to the writer's own.
                    let _ = store.checkpoint_wal();
                }
            })
            .context("could not start the checkpoint thread")?
    };
    let writer = {
        let pb = pb.clone();
        std::thread::Builder::new()
            .name("whosaid-writer".into())
            .spawn(move || writer(store, batches, committed, pb))
            .context("could not start the writer thread")?
    };
    let mut tally = Tally::default();
    let (sources, problems) = read::expand(&args.input.paths);
    for p in problems {
        pb.suspend(|| eprintln!("whosaid: {p}"));
        tally.failed += 1;
    }
    let mut batch = Vec::with_capacity(args.batch_size as usize);
    let mut error = None;
    let mut writer_gone = false;
    let mut stdin = io::stdin().lock();
    let hand_over = |batch: &mut Vec<Article>, tally: &mut Tally| -> Result<bool> {
        let extracted = extract_batch(&extraction, &lookup, batch, tally)?;
        // A closed channel means the writer stopped on an error, reported by its join below.
        Ok(timed(&mut tally.phases.blocked, || send.send(extracted).is_ok()))
    };
    let _ = read::read_sources_until(&sources, &opts, &mut stdin, &mut |item| {
        match item {
            Item::Article(a) => {
                batch.push(*a);
                if batch.len() >= args.batch_size as usize {
                    match hand_over(&mut batch, &mut tally) {
                        Ok(true) => {}
                        Ok(false) => {
                            writer_gone = true;
                            return ControlFlow::Break(());
                        }
                        Err(e) => {
                            error = Some(e);
                            return ControlFlow::Break(());
                        }
                    }
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
    // What was read before a Ctrl-C is stored too: it is at most one batch.
    if error.is_none()
        && !writer_gone
        && !batch.is_empty()
        && let Err(e) = hand_over(&mut batch, &mut tally)
    {
        error = Some(e);
    }
    drop(send);
    let written = writer.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
    let _ = checkpointer.join();
    if let Some(e) = error {
        return Err(e);
    }
    let (store, w) = written?;
    tally.absorb(w);
    Ok((store, tally))
}

/// Run `load`.
pub fn run(db: &Path, args: LoadArgs) -> Result<ExitCode> {
    on_interrupt();
    let Some(_lock) = LoadLock::acquire(db)? else {
        eprintln!("whosaid: interrupted before anything was loaded");
        return Ok(ExitCode::from(INTERRUPTED));
    };
    let store = Store::open(db)?;
    let started = Instant::now();
    let pb = progress(args.quiet);
    let (store, tally) = if args.reextract {
        let mut store = store;
        let mut tally = Tally::default();
        let mut grouper = Grouper::new(&store)?;
        // Statements left ungrouped by an interrupted earlier load are grouped first.
        let report = timed(&mut tally.phases.group, || grouper.run(&mut store))?;
        tally.add_grouping(report);
        reextract(&mut store, &mut grouper, args.batch_size as usize, &pb, &mut tally)?;
        timed(&mut tally.phases.group, || grouper.finish(&mut store))?;
        (store, tally)
    } else {
        load_inputs(db, store, &args, &pb)?
    };
    pb.finish_and_clear();
    let interrupted = stopping();
    if !args.reextract && std::env::var_os("WHOSAID_TIMINGS").is_some() {
        let p = &tally.phases;
        let total = started.elapsed().as_secs_f64();
        // The reader (read, lookup, extract) and the writer (save, group) run side by side.
        let cpu = p.writer_cpu.map(|c| format!(", CPU {c:.2}s")).unwrap_or_default();
        eprintln!(
            "timings: total {total:.3}s; reader: lookup {:.3}s, extract {:.3}s; writer: save {:.3}s, group {:.3}s{cpu}; \
             reader waiting for the writer {:.3}s, writer waiting for a batch {:.3}s",
            p.lookup, p.extract, p.save, p.group, p.blocked, p.idle
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
                "articles: {} new, {} already present, {} failed; {} new statements ({:.1}s, {:.prec$} articles/s)",
                tally.new,
                tally.present,
                tally.failed,
                tally.statements,
                secs,
                rate,
                prec = if rate < 10.0 { 1 } else { 0 }
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
        grouper.forget_stored_groups();
        pb.inc(extracted.len() as u64);
        tally.add_grouping(grouper.run(store)?);
    }
    Ok(())
}
