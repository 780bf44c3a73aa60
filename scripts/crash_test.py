"""Crash-safety trials for `whosaid load` (see scripts/crash-test.sh)."""

import collections
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

BIN, SOURCE, TRIALS, ARTICLES, SEED = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
SIGINT_TRIALS = max(3, TRIALS // 5)
# Longest wait before a signal, seconds: short enough that all the trials fit in one load.
MAX_DELAY = float(os.environ.get("CRASH_MAX_DELAY", "1.0"))


def build_corpus(path):
    """ARTICLES articles from the real ones, repeated with new ids and titles (new content hashes)."""
    base = [json.loads(line) for line in open(SOURCE)]
    with open(path, "w") as out:
        for i in range(ARTICLES):
            r = dict(base[i % len(base)])
            copy = i // len(base)
            r = {"id": f"{r['id']}#{copy}", "title": f"{r.get('title') or ''} [{copy}]", "date": r.get("date"),
                 "outlet": r.get("outlet"), "text": r["text"]}
            out.write(json.dumps(r) + "\n")


def expected_counts(corpus):
    """Statements per article id, as `whosaid extract` gives them (extraction is deterministic)."""
    counts = collections.Counter()
    p = subprocess.run([BIN, "extract", "--format", "jsonl", corpus], capture_output=True, text=True, check=True)
    for line in p.stdout.splitlines():
        counts[json.loads(line)["article"]] += 1
    return counts


def check(db, expected, complete):
    """Every invariant of a database after a kill (or, with complete, after a finished load)."""
    c = sqlite3.connect(db)
    problems = []
    ic = c.execute("PRAGMA integrity_check").fetchone()[0]
    if ic != "ok":
        problems.append(f"integrity_check: {ic}")
    fk = c.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"foreign_key_check: {fk[:3]}")
    rows = c.execute("SELECT a.external_id, count(s.statement_id) FROM articles a "
                     "LEFT JOIN statements s ON s.article_id = a.article_id GROUP BY a.article_id").fetchall()
    ids = [r[0] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate articles: {len(ids) - len(set(ids))}")
    partial = [(i, n, expected.get(i, 0)) for i, n in rows if n != expected.get(i, 0)]
    if partial:
        problems.append(f"{len(partial)} articles with a partial set of statements, e.g. {partial[:3]}")
    seqs = c.execute("SELECT count(*) FROM (SELECT article_id FROM statements GROUP BY article_id "
                     "HAVING max(seq) + 1 <> count(*))").fetchone()[0]
    if seqs:
        problems.append(f"{seqs} articles with gaps in statement order")
    sizes = c.execute("SELECT count(*) FROM claim_groups g WHERE size <> "
                      "(SELECT count(*) FROM statements s WHERE s.group_id = g.group_id)").fetchone()[0]
    if sizes:
        problems.append(f"{sizes} claim groups whose size is not their number of statements")
    ungrouped = c.execute("SELECT count(*) FROM statements WHERE grouped = 0").fetchone()[0]
    stored = len(rows)
    statements = sum(n for _, n in rows)
    if complete:
        if stored != ARTICLES:
            problems.append(f"{stored} articles stored, {ARTICLES} expected")
        if statements != sum(expected.values()):
            problems.append(f"{statements} statements, {sum(expected.values())} expected")
        if ungrouped:
            problems.append(f"{ungrouped} statements left ungrouped")
    c.close()
    return stored, statements, ungrouped, problems


def load(db, corpus):
    return subprocess.Popen([BIN, "--db", db, "load", "-q", corpus], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def main():
    rng = random.Random(SEED)
    work = tempfile.mkdtemp(prefix="whosaid-crash-")
    corpus = os.path.join(work, "corpus.jsonl")
    build_corpus(corpus)
    t = time.time()
    expected = expected_counts(corpus)
    print(f"corpus: {ARTICLES} articles, {sum(expected.values())} statements "
          f"({ARTICLES - len(expected)} articles have none; extract {time.time() - t:.1f}s)", flush=True)

    # One database, loaded in turns: each trial starts the same load, which skips what is
    # stored and goes on, and stops it at a random moment; the last run completes it. Every
    # restart thus also exercises recovery (ungrouped statements are grouped first).
    db = os.path.join(work, "crash.db")
    kinds = ["SIGKILL"] * TRIALS
    for k in rng.sample(range(TRIALS + SIGINT_TRIALS), SIGINT_TRIALS):
        kinds.insert(k, "SIGINT")
    failures, loading, trials_run = 0, 0.0, 0
    for n, kind in enumerate(kinds, 1):
        at = rng.uniform(0.05, MAX_DELAY)
        p = load(db, corpus)
        started = time.time()
        time.sleep(at)
        sent = time.time()
        p.send_signal(signal.SIGKILL if kind == "SIGKILL" else signal.SIGINT)
        _, err = p.communicate()
        stop = time.time() - sent
        loading += time.time() - started
        rc = p.returncode
        stored, statements, ungrouped, problems = check(db, expected, complete=False)
        if kind == "SIGINT":
            # Exit 0 only when the load had finished before the signal arrived.
            if rc not in (0, 130) or rc == 130 and "interrupted: stopped after" not in err:
                problems.append(f"Ctrl-C: exit {rc}, {err.strip()[-200:]!r}")
            if rc == 130 and ungrouped:
                problems.append(f"Ctrl-C left {ungrouped} statements ungrouped")
        status = "ok" if not problems else "FAILED: " + "; ".join(problems)
        stop_note = f", exit {rc} {stop:.1f}s after the signal" if kind == "SIGINT" else ""
        print(f"trial {n:2} {kind:7} at {at:5.1f}s: {stored:5} articles, {statements:6} statements, "
              f"{ungrouped:4} waiting to be grouped{stop_note}: {status}", flush=True)
        failures += bool(problems)
        trials_run += 1
        if rc == 0 and stored == ARTICLES:
            print("the load completed before the signal; no further trials", flush=True)
            break
    t = time.time()
    p = load(db, corpus)
    _, err = p.communicate()
    rest = time.time() - t
    stored, statements, ungrouped, problems = check(db, expected, complete=True)
    if p.returncode != 0:
        problems.append(f"final run exit {p.returncode}: {err.strip()[-300:]}")
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"final run: {rest:.1f}s -> {stored} articles, {statements} statements, {ungrouped} ungrouped: {status}")
    failures += bool(problems)
    # Loading it all again adds nothing.
    p = subprocess.run([BIN, "--db", db, "load", corpus], capture_output=True, text=True)
    again = f"0 new, {ARTICLES} already present"
    if p.returncode != 0 or again not in p.stderr:
        failures += 1
        print(f"reload FAILED: exit {p.returncode}: {p.stderr.strip()[-300:]}")
    else:
        print(f"reload: {again}")
    print(f"{trials_run} trials ({kinds[:trials_run].count('SIGKILL')} SIGKILL, {kinds[:trials_run].count('SIGINT')} SIGINT) "
          f"over {loading + rest:.0f}s of loading, {failures} failed" + (f"; work files in {work}" if failures else ""))
    checks = trials_run + 2  # each trial, the final run, the reload
    print(f"crash-test: {checks - failures} passed, {failures} failed")
    if not failures:
        shutil.rmtree(work)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
