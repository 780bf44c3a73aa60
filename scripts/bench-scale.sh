#!/usr/bin/env bash
# Scale benchmark of the whosaid binary: extract alone, load end to end, database size, and
# the latency of who / compare / groups, at one or more corpus sizes; then EXPLAIN QUERY
# PLAN of the main queries.
#
#   scripts/bench-scale.sh [N ...]        N articles per run (default 10000)
#
# The corpus is built from real text: the articles of ../shared/corpus/polnear-dev.jsonl
# (when present) and seeds/*.txt, repeated with new ids, dates shifted by 4 weeks per round
# (weekdays kept, so "on Thursday" still resolves) and outlet names rotated, so that each
# claim recurs across outlets and dates and claim groups form. Everything is written under a
# temporary directory (never into the repository), removed at the end unless BENCH_KEEP=1.
#
# Environment:
#   BENCH_RUNS=7               runs per query latency (median reported; one warm-up run first)
#   BENCH_TOPICS='Trump|email|Benghazi|gun control'   topics for who / compare / groups TOPIC
#   BENCH_TIMEOUT=1800         seconds before a step is stopped and reported as too slow
#   BENCH_KEEP=1               keep the temporary directory (corpus, databases, logs)
#   BENCH_CORPUS=path.jsonl    base articles instead of ../shared/corpus/polnear-dev.jsonl
#   BENCH_QUERY_STATEMENTS=1000000   grow a copy of the largest database to this many statements
#                              (copies of its articles, statements and groups; examples/bench_db.rs)
#                              and time the queries there too ("grown" column); 0 skips it
#
# Peak RSS comes from /usr/bin/time (GNU) when present, else from os.wait4 in python.
# Query latencies use hyperfine when installed, else a python loop. Needs bash, python3, cargo.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(10000)
for n in "${sizes[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench-scale: N must be a positive integer, got '$n'" >&2; exit 2; }
done
runs=${BENCH_RUNS:-7}
topics=${BENCH_TOPICS:-Trump|email|Benghazi|gun control}
step_timeout=${BENCH_TIMEOUT:-1800}
base_corpus=${BENCH_CORPUS:-$root/../shared/corpus/polnear-dev.jsonl}
query_statements=${BENCH_QUERY_STATEMENTS:-1000000}

echo "building target/release/whosaid ..." >&2
cargo build --release --quiet
cargo build --release --quiet --example bench_db
bin=$root/target/release/whosaid
benchdb=$root/target/release/examples/bench_db

tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
if [[ ${BENCH_KEEP:-} == 1 ]]; then
    echo "keeping $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi
results=$tmp/results.txt
: >"$results"
note() { echo "$1=$2" >>"$results"; }

# --- base articles: the dev corpus and the seed articles (as the loader parses them) ---
if [[ -r $base_corpus ]]; then
    cp "$base_corpus" "$tmp/base.jsonl"
else
    echo "notice: $base_corpus not found; building the corpus from seeds/*.txt alone" >&2
    : >"$tmp/base.jsonl"
fi
seeds=()
for f in seeds/*.txt; do
    [[ -e $f ]] && seeds+=("$f")
done
if [[ ${#seeds[@]} -gt 0 ]]; then
    "$bin" parse --format jsonl "${seeds[@]}" >"$tmp/seeds.jsonl"
else
    : >"$tmp/seeds.jsonl"
fi

# run_measured NAME CMD...: wall time (s), CPU time (user+sys, s), peak RSS (KB) and the
# 1-minute load average before it (other processes on the machine skew wall times) into results;
# stdout/stderr go to $tmp/NAME.out / NAME.err. A command stopped by BENCH_TIMEOUT is noted.
run_measured() {
    local name=$1
    shift
    local t0 t1 rc=0
    note "$name.load1" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -)"
    t0=$EPOCHREALTIME
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%U %S %M' -o "$tmp/$name.rss" timeout "$step_timeout" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
    else
        python3 -c '
import os, subprocess, sys
p = subprocess.Popen(sys.argv[2:])
_, status, ru = os.wait4(p.pid, 0)
open(sys.argv[1], "w").write(f"{ru.ru_utime} {ru.ru_stime} {ru.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))' "$tmp/$name.rss" timeout "$step_timeout" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
    fi
    t1=$EPOCHREALTIME
    note "$name.secs" "$(python3 -c "print(f'{$t1 - $t0:.3f}')")"
    local usage
    usage=$(tail -n 1 "$tmp/$name.rss" 2>/dev/null || true)
    if [[ $usage =~ ^([0-9.]+)\ ([0-9.]+)\ ([0-9]+)$ ]]; then
        note "$name.cpu_secs" "$(python3 -c "print(f'{${BASH_REMATCH[1]} + ${BASH_REMATCH[2]}:.2f}')")"
        note "$name.rss_kb" "${BASH_REMATCH[3]}"
    fi
    note "$name.rc" "$rc"
    if [[ $rc -eq 124 ]]; then
        echo "bench-scale: $name stopped after ${step_timeout}s (BENCH_TIMEOUT)" >&2
    fi
    return 0
}

# latency NAME CMD...: median wall time (ms) of RUNS runs after one warm-up.
latency() {
    local name=$1
    shift
    if command -v hyperfine >/dev/null; then
        local cmd
        cmd=$(printf '%q ' "$@")
        hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$tmp/$name.hf.json" "$cmd" >/dev/null 2>&1
        note "$name.ms" "$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$tmp/$name.hf.json")"
    else
        note "$name.ms" "$(python3 -c '
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print("%.1f" % (statistics.median(times) * 1000))' "$runs" "$@")"
    fi
}

# queries KEY DB: latencies of who / compare / groups TOPIC for each topic, and groups.
queries() {
    local n=$1 db=$2 t key
    IFS='|' read -r -a tlist <<<"$topics"
    for t in "${tlist[@]}"; do
        key=${t// /_}
        # shellcheck disable=SC2086 # a topic of several words is several arguments
        latency "n$n.who.$key" "$bin" --db "$db" who $t
        # shellcheck disable=SC2086
        latency "n$n.compare.$key" "$bin" --db "$db" compare $t
        # shellcheck disable=SC2086
        latency "n$n.groupsT.$key" "$bin" --db "$db" groups $t
    done
    latency "n$n.groups" "$bin" --db "$db" groups
}

for n in "${sizes[@]}"; do
    echo "== N=$n" >&2
    corpus=$tmp/corpus-$n.jsonl
    db=$tmp/bench-$n.db
    # --- corpus generation ---
    python3 - "$tmp/base.jsonl" "$tmp/seeds.jsonl" "$corpus" "$n" >>"$results" <<'PY'
import datetime, json, sys

base_path, seeds_path, out_path, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
base = []
for path in (base_path, seeds_path):
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        base.append({
            "id": r.get("id"),
            "title": r.get("title"),
            "date": r.get("date") or "2022-01-15",
            "outlet": r.get("outlet") or r.get("site") or "Seed Wire",
            "text": r["text"],
        })
if not base:
    sys.exit("bench-scale: no base articles")
extra = ["Reuters", "Associated Press", "AFP", "BBC News", "The Guardian", "Al Jazeera", "TASS", "Interfax"]
outlets = sorted({a["outlet"] for a in base}) + extra
slot = {o: i for i, o in enumerate(outlets)}
text_bytes = 0
with open(out_path, "w", encoding="utf-8") as out:
    for i in range(n):
        r, k = divmod(i, len(base))
        a = base[k]
        day = datetime.date.fromisoformat(a["date"][:10]) + datetime.timedelta(days=28 * r)
        rec = {
            "id": f"{a['id']}~{r}",
            "title": a["title"],
            "date": day.isoformat() + a["date"][10:],
            "outlet": outlets[(slot[a["outlet"]] + r) % len(outlets)],
            "text": a["text"],
        }
        text_bytes += len(a["text"].encode("utf-8"))
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"n{n}.base_articles={len(base)}")
print(f"n{n}.text_bytes={text_bytes}")
PY
    note "n$n.file_bytes" "$(stat -c %s "$corpus")"

    # --- extraction alone ---
    run_measured "n$n.extract" "$bin" extract --format jsonl "$corpus"
    note "n$n.extract.statements" "$(wc -l <"$tmp/n$n.extract.out")"
    rm -f "$tmp/n$n.extract.out"

    # --- load end to end into a fresh database ---
    rm -f "$db" "$db-wal" "$db-shm"
    WHOSAID_TIMINGS=1 run_measured "n$n.load" "$bin" --db "$db" load "$corpus"
    cat "$tmp/n$n.load.err" >&2
    python3 - "$tmp/n$n.load.err" "$n" >>"$results" <<'PY'
import re, sys
err, n = open(sys.argv[1]).read(), sys.argv[2]
m = re.search(r"timings: total ([\d.]+)s; reader: lookup ([\d.]+)s, extract ([\d.]+)s; writer: save ([\d.]+)s, group ([\d.]+)s", err)
if m:
    for k, v in zip(["total", "lookup", "extract", "save", "group"], m.groups()):
        print(f"n{n}.phase.{k}={v}")
m = re.search(r"writer: save [\d.]+s, group [\d.]+s, CPU ([\d.]+)s", err)
if m:
    print(f"n{n}.writer.cpu_secs={m.group(1)}")
m = re.search(r"reader waiting for the writer ([\d.]+)s, writer waiting for a batch ([\d.]+)s", err)
if m:
    print(f"n{n}.phase.blocked={m.group(1)}")
    print(f"n{n}.phase.idle={m.group(2)}")
m = re.search(r"database .*: (\d+) articles, (\d+) statements", err)
if m:
    print(f"n{n}.db.articles={m.group(1)}")
    print(f"n{n}.db.statements={m.group(2)}")
m = re.search(r"(\d+) joined existing claim groups, (\d+) founded new ones; (\d+) denials", err)
if m:
    print(f"n{n}.groups.joined={m.group(1)}")
    print(f"n{n}.groups.founded={m.group(2)}")
    print(f"n{n}.groups.denials={m.group(3)}")
PY
    if ! grep -q "^n$n.db.statements=" "$results" && [[ -e $db ]]; then
        # The load was stopped: count what it had committed (python's sqlite3 reads these
        # tables even when it is too old for the FTS5 options of the schema).
        python3 - "$db" "$n" >>"$results" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
n = sys.argv[2]
print(f"n{n}.db.articles={c.execute('SELECT count(*) FROM articles').fetchone()[0]}")
print(f"n{n}.db.statements={c.execute('SELECT count(*) FROM statements').fetchone()[0]}")
print(f"n{n}.db.partial=1")
PY
    fi
    size=0
    for f in "$db" "$db-wal"; do
        [[ -e $f ]] && size=$((size + $(stat -c %s "$f")))
    done
    note "n$n.db.bytes" "$size"

    # --- query latencies ---
    [[ -e $db ]] && queries "$n" "$db"
    rm -f "$corpus"
done

# --- query latencies at BENCH_QUERY_STATEMENTS statements: the largest database, grown by copying ---
last=${sizes[-1]}
columns=("${sizes[@]}")
if ((query_statements > 0)) && [[ -e $tmp/bench-$last.db ]]; then
    grown=$tmp/bench-grown.db
    cp "$tmp/bench-$last.db" "$grown"
    echo "== growing the N=$last database to $query_statements statements (copies, for query latencies)" >&2
    if timeout "$step_timeout" "$benchdb" grow "$grown" "$query_statements" >"$tmp/grow.log"; then
        cat "$tmp/grow.log" >&2
        read -r ga gs < <(sed -E 's/.*-> ([0-9]+) articles, .*-> ([0-9]+) statements.*/\1 \2/' "$tmp/grow.log")
        note "ngrown.db.articles" "$ga"
        note "ngrown.db.statements" "$gs"
        note "ngrown.db.bytes" "$(stat -c %s "$grown")"
        queries grown "$grown"
        columns+=(grown)
    else
        echo "bench-scale: growing the database failed or took longer than ${step_timeout}s" >&2
    fi
    rm -f "$grown" "$grown-wal" "$grown-shm"
fi

# --- EXPLAIN QUERY PLAN on the largest database ---
if [[ -e $tmp/bench-$last.db ]]; then
    echo
    echo "EXPLAIN QUERY PLAN (database of N=$last; SQL copied in examples/bench_db.rs)"
    "$benchdb" explain "$tmp/bench-$last.db"
fi

# --- the figures table ---
echo
model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
avail=$(awk '/MemAvailable/ {printf "%.1f GB available", $2 / 1048576}' /proc/meminfo 2>/dev/null)
machine="$(nproc) CPUs, ${model:-unknown CPU}, ${avail:-memory unknown}"
python3 - "$results" "$topics" "$machine" "${columns[@]}" <<'PY'
import sys

res = {}
for line in open(sys.argv[1]):
    k, _, v = line.rstrip("\n").partition("=")
    res[k] = v
topics = sys.argv[2].split("|")
machine = sys.argv[3]
sizes = sys.argv[4:]


def num(k):
    v = k if k.isdigit() else res.get(k, "")
    try:
        return float(v)
    except ValueError:
        return None


def fmt(x, spec):
    return "-" if x is None else format(x, spec)


rows = []


def row(label, target, f):
    def cell(n):
        try:
            return f(n)
        except (TypeError, ZeroDivisionError):  # a figure this column lacks
            return "-"

    rows.append([label, target] + [cell(n) for n in sizes])


def per(a, b):
    return None if a is None or b in (None, 0) else a / b


def step(n, name):
    rc = res.get(f"n{n}.{name}.rc")
    return "TIMEOUT" if rc == "124" else (f"exit {rc}" if rc not in (None, "0") else None)


row("articles", "", lambda n: res.get(f"n{n}.db.articles", "-") if n == "grown" else n)
row("load average before extract / load", "", lambda n: f"{res.get(f'n{n}.extract.load1', '-')} / {res.get(f'n{n}.load.load1', '-')}")
row("text MB (article bodies)", "", lambda n: fmt(per(num(f"n{n}.text_bytes"), 1e6), ".1f"))
row("extract: seconds", "", lambda n: step(n, "extract") or fmt(num(f"n{n}.extract.secs"), ".2f"))
row("extract: articles/s", ">= 5000", lambda n: fmt(per(num(n), num(f"n{n}.extract.secs")), ",.0f"))
row("extract: MB/s", ">= 10", lambda n: fmt(per(num(f"n{n}.text_bytes") / 1e6, num(f"n{n}.extract.secs")), ".2f"))
row("extract: CPU s (user+sys)", "", lambda n: fmt(num(f"n{n}.extract.cpu_secs"), ".2f"))
row("extract: articles per CPU-s", "", lambda n: fmt(per(num(n), num(f"n{n}.extract.cpu_secs")), ",.0f"))
row("extract: peak RSS MB", "", lambda n: fmt(per(num(f"n{n}.extract.rss_kb"), 1024), ".0f"))
row("extract: statements", "", lambda n: res.get(f"n{n}.extract.statements", "-"))
row("load: seconds", "100k < 60", lambda n: step(n, "load") or fmt(num(f"n{n}.load.secs"), ".2f"))
row("load: articles/s", ">= 2000", lambda n: fmt(per(num(f"n{n}.db.articles"), num(f"n{n}.load.secs")), ",.0f"))
row("load: CPU s (user+sys)", "", lambda n: fmt(num(f"n{n}.load.cpu_secs"), ".2f"))
row("load: articles per CPU-s", "", lambda n: fmt(per(num(f"n{n}.db.articles"), num(f"n{n}.load.cpu_secs")), ",.0f"))
row("load: peak RSS MB", "100k <= 200", lambda n: fmt(per(num(f"n{n}.load.rss_kb"), 1024), ".0f"))
# The reader (lookup, extract) and the writer thread (save, group) overlap: shares are of the
# wall time and need not add up to 100%.
for phase in ["lookup", "extract", "save", "group"]:
    label = {"lookup": "reader lookup", "extract": "reader extract", "save": "writer save", "group": "writer group"}[phase]
    row(
        f"  load phase {label}: s (share of wall)",
        "",
        lambda n, p=phase: "-"
        if num(f"n{n}.phase.{p}") is None
        else f"{num(f'n{n}.phase.{p}'):.2f} ({100 * num(f'n{n}.phase.{p}') / num(f'n{n}.phase.total'):.0f}%)",
    )
row("  reader waiting for the writer · writer waiting for a batch: s", "", lambda n: f"{fmt(num(f'n{n}.phase.blocked'), '.2f')} · {fmt(num(f'n{n}.phase.idle'), '.2f')}")
row("  writer thread CPU: s · µs per statement", "", lambda n: f"{fmt(num(f'n{n}.writer.cpu_secs'), '.1f')} · {fmt(per(num(f'n{n}.writer.cpu_secs'), num(f'n{n}.db.statements')) * 1e6 if num(f'n{n}.writer.cpu_secs') is not None else None, '.0f')}")
row("  group: s per 1k statements", "near-linear", lambda n: fmt(per(num(f"n{n}.phase.group"), per(num(f"n{n}.db.statements"), 1000)), ".3f"))
row("articles stored", "", lambda n: res.get(f"n{n}.db.articles", "-") + (" (load stopped)" if res.get(f"n{n}.db.partial") else ""))
row("statements stored", "", lambda n: res.get(f"n{n}.db.statements", "-"))
row("groups joined / founded", "", lambda n: f"{res.get(f'n{n}.groups.joined', '-')} / {res.get(f'n{n}.groups.founded', '-')}")
row("database MB", "", lambda n: fmt(per(num(f"n{n}.db.bytes"), 1e6), ".1f"))
row("database bytes/statement", "", lambda n: fmt(per(num(f"n{n}.db.bytes"), num(f"n{n}.db.statements")), ",.0f"))
for cmd, label, target in [("who", "who", "< 100 @1M stmts"), ("compare", "compare", "< 100 @1M stmts"), ("groupsT", "groups", "")]:
    for t in topics:
        key = t.replace(" ", "_")
        row(f"{label} {t}: median ms", target, lambda n, k=f"{cmd}.{key}": res.get(f"n{n}.{k}.ms", "-"))
row("groups (no topic): median ms", "", lambda n: res.get(f"n{n}.groups.ms", "-"))

header = ["figure", "target"] + [f"N={n}" if n.isdigit() else f"N={sizes[-2] if len(sizes) > 1 else ''} grown" for n in sizes]
table = [header] + [[str(c) for c in r] for r in rows]
widths = [max(len(r[i]) for r in table) for i in range(len(header))]
print(f"whosaid scale benchmark: {machine}")
for i, r in enumerate(table):
    print("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
    if i == 0:
        print("  ".join("-" * w for w in widths))
PY
