//! Concurrent use of one database: readers while a load writes never see "database is
//! locked"; a second load waits for the first; the file stays sound with no duplicates.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::{json, whosaid};

/// Articles loaded: enough for the load to take seconds in a debug build;
/// `WHOSAID_CONCURRENT_ARTICLES=N` runs a bigger one.
fn articles() -> usize {
    std::env::var("WHOSAID_CONCURRENT_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(3_000)
}

/// A made-up word from a seeded generator, so articles differ and grouping stays cheap.
fn word(state: &mut u64) -> String {
    const SYLLABLES: [&str; 16] =
        ["ka", "lo", "mi", "ren", "tus", "vor", "bel", "dra", "sen", "qui", "mar", "pol", "nex", "ti", "gar", "hu"];
    let mut w = String::new();
    for _ in 0..3 {
        *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        w.push_str(SYLLABLES[(*state >> 60) as usize]);
    }
    w
}

/// Small distinct articles with two statements each.
fn corpus(path: &Path, n: usize) {
    let people = ["Sergei Lavrov", "Jens Stoltenberg", "Antony Blinken", "Dmitry Peskov", "Olaf Scholz"];
    let mut state = 7;
    let mut out = String::new();
    for i in 0..n {
        let p = people[i % people.len()];
        let w: Vec<String> = (0..6).map(|_| word(&mut state)).collect();
        let text = format!(
            "{p} said on Monday that the {} {} talks would {} the {} border. \"We reject the {} {},\" he told Reuters.",
            w[0], w[1], w[2], w[3], w[4], w[5]
        );
        let rec = serde_json::json!({"id": format!("c-{i}"), "date": "2022-01-17", "title": format!("Story {i}"), "text": text});
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    fs::write(path, out).unwrap();
}

fn bin() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin!("whosaid"));
    c.env_remove("WHOSAID_DB").env_remove("NO_COLOR").env_remove("COLUMNS");
    c
}

#[test]
fn readers_during_a_load_and_a_second_load_never_fail_or_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let n = articles();
    corpus(&input, n);
    let db = dir.path().join("w.db");
    let started = Instant::now();
    let load = bin()
        .arg("--db")
        .arg(&db)
        .args(["load", "--batch-size", "40"])
        .arg(&input)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let runs = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let readers: Vec<_> = (0..2)
        .map(|k| {
            let (db, done, runs, failures) = (db.clone(), done.clone(), runs.clone(), failures.clone());
            std::thread::spawn(move || {
                let queries: [&[&str]; 4] = [
                    &["who", "talks", "--format", "json"],
                    &["compare", "border", "--format", "json"],
                    &["groups", "--format", "json"],
                    &["statements", "--limit", "5", "--format", "json"],
                ];
                let mut i = k;
                while !done.load(Ordering::SeqCst) {
                    if !db.exists() {
                        std::thread::sleep(Duration::from_millis(20));
                        continue;
                    }
                    // A pause between runs leaves the writer its share of the two cores.
                    std::thread::sleep(Duration::from_millis(50));
                    let q = queries[i % queries.len()];
                    i += 1;
                    let out = bin().arg("--db").arg(&db).args(q).output().unwrap();
                    runs.fetch_add(1, Ordering::SeqCst);
                    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
                    let parsed = serde_json::from_slice::<serde_json::Value>(&out.stdout);
                    if !out.status.success() || stderr.contains("locked") || parsed.is_err() {
                        failures.lock().unwrap().push(format!("{q:?}: {:?} {stderr}", out.status.code()));
                    }
                }
            })
        })
        .collect();
    // A second load of the same file while the first runs: it waits, then finds everything
    // stored. It starts as soon as the first has created the database (and so holds the load
    // lock), not after a fixed delay that a fast load could outrun.
    while !db.exists() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(100));
    let second = bin().arg("--db").arg(&db).args(["load"]).arg(&input).output().unwrap();
    let second_err = String::from_utf8_lossy(&second.stderr);
    let first = load.wait_with_output().unwrap();
    done.store(true, Ordering::SeqCst);
    for r in readers {
        r.join().unwrap();
    }
    let first_err = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{first_err}");
    assert!(second.status.success(), "{second_err}");
    assert!(second_err.contains("another load is writing to"), "the second load waited: {second_err}");
    let failures = failures.lock().unwrap();
    let runs = runs.load(Ordering::SeqCst);
    eprintln!(
        "concurrent: {runs} reader runs during a {n}-article load ({:.1}s), {} failed",
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(runs >= 8, "readers ran {runs} times only");
    // Whichever load got there first stored each article once.
    let (first_new, second_new) = (new_count(&first_err), new_count(&second_err));
    assert_eq!(first_new + second_new, n, "{first_err}\n{second_err}");
    let articles = json(whosaid(&db).args(["articles", "--limit", "100000", "--format", "json"]));
    assert_eq!(articles.as_array().unwrap().len(), n);
    let c = rusqlite::Connection::open(&db).unwrap();
    let check: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let dup: i64 = c
        .query_row(
            "SELECT count(*) FROM (SELECT external_id FROM articles GROUP BY external_id HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dup, 0);
    let ungrouped: i64 = c.query_row("SELECT count(*) FROM statements WHERE grouped = 0", [], |r| r.get(0)).unwrap();
    assert_eq!(ungrouped, 0);
    let bad_sizes: i64 = c
        .query_row(
            "SELECT count(*) FROM claim_groups g WHERE size <> (SELECT count(*) FROM statements s WHERE s.group_id = g.group_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad_sizes, 0, "every group's size is its number of statements");
}

/// "articles: N new, ..." from a load's summary.
fn new_count(stderr: &str) -> usize {
    let line = stderr.lines().find(|l| l.starts_with("articles: ")).unwrap_or_else(|| panic!("no summary: {stderr}"));
    line["articles: ".len()..].split(' ').next().unwrap().parse().unwrap()
}

/// Ctrl-C during a load: it stops after the current batch with exit 130 and says how far it
/// got; everything stored is whole and grouped, and the same command finishes the job.
#[cfg(unix)]
#[test]
fn ctrl_c_stops_after_the_current_batch_and_the_load_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    corpus(&input, 600);
    let db = dir.path().join("w.db");
    let load = bin()
        .arg("--db")
        .arg(&db)
        .args(["load", "--batch-size", "20"])
        .arg(&input)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first batch to be stored, then press Ctrl-C.
    let started = Instant::now();
    let stored = |db: &Path| -> i64 {
        rusqlite::Connection::open(db)
            .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)))
            .unwrap_or(0)
    };
    while stored(&db) == 0 && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let sent = Instant::now();
    Command::new("kill").args(["-INT", &load.id().to_string()]).status().unwrap();
    let out = load.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("stopping once what is already extracted is stored"), "{stderr}");
    assert!(stderr.contains("interrupted: stopped after"), "{stderr}");
    assert!(sent.elapsed() < Duration::from_secs(30), "stopped within a batch");
    let c = rusqlite::Connection::open(&db).unwrap();
    let kept: i64 = c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
    assert!(kept > 0 && kept < 600, "{kept} articles");
    let ungrouped: i64 = c.query_row("SELECT count(*) FROM statements WHERE grouped = 0", [], |r| r.get(0)).unwrap();
    assert_eq!(ungrouped, 0, "what was stored is grouped before stopping");
    let again = whosaid(&db).arg("load").arg(&input).output().unwrap();
    let again_err = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{again_err}");
    assert!(again_err.contains(&format!("{} new, {kept} already present", 600 - kept)), "{again_err}");
    let check: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
}
