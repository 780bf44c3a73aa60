#!/usr/bin/env bash
# Fuzz every parser and the extractor for SECONDS each (default 60) with cargo-fuzz
# (libFuzzer), and print the executions per target. Not part of CI: run it by hand.
#
#   scripts/fuzz.sh 120            # all targets, 2 minutes each
#   scripts/fuzz.sh 30 extract     # one target
#
# cargo-fuzz needs a nightly toolchain (sanitizer flags). Without one, the property tests
# run instead with many cases in a release build: the same properties, no coverage guidance.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(formats html reader segment extract)

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "fuzz.sh: no nightly toolchain, so cargo-fuzz cannot run; running the property tests with many cases instead" >&2
    cases=$((SECONDS_EACH * 40))
    start=$(date +%s)
    PROPTEST_CASES=$cases cargo test --release --test integration no_panic
    echo "fuzz.sh: property tests, $cases cases per property, $(($(date +%s) - start))s"
    exit 0
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seed corpora (not committed): the bundled seed article, a few test inputs, and real
# articles and pages from ../shared when it is there.
python3 - <<'PY'
import json, os, pathlib
root = pathlib.Path("fuzz/corpus")
seeds = [pathlib.Path("seeds/000_95e29a5b85b68a4f.txt").read_bytes(),
         b'{"id": "a", "title": "T", "date": "2022-01-15", "text": "He said \\"yes\\"."}\n{"id": "b", "html": "<p>x</p>"}',
         b"# Title\n\nThe minister said [the plan](http://x) was **dead**.",
         "\u201cWe will not back down,\u201d the minister told Reuters on Thursday.".encode()]
pages = []
shared = pathlib.Path("../shared/corpus")
if (shared / "polnear-dev.jsonl").exists():
    for i, line in enumerate(open(shared / "polnear-dev.jsonl")):
        if i >= 40: break
        seeds.append(json.loads(line)["text"].encode())
if (shared / "html-dev.jsonl").exists():
    for i, line in enumerate(open(shared / "html-dev.jsonl")):
        if i >= 15: break
        pages.append(json.loads(line)["html"].encode())
for target in ["formats", "html", "reader", "segment", "extract"]:
    d = root / target
    d.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(seeds + (pages if target in ("html", "reader") else [])):
        (d / f"seed-{i}").write_bytes(s[:64000])
PY

report=()
for t in "${TARGETS[@]}"; do
    log=$(mktemp)
    # -max_len keeps inputs article-sized; -rss_limit_mb catches memory blow-ups.
    cargo +nightly fuzz run "$t" -- -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 \
        -dict=fuzz/news.dict -print_final_stats=1 2>"$log" || { tail -40 "$log"; echo "fuzz.sh: $t FAILED (crash input under fuzz/artifacts/$t)"; exit 1; }
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    peak=$(grep -m1 'stat::peak_rss_mb' "$log" | awk '{print $2}')
    cov=$(grep -E '^#[0-9]+.*DONE' "$log" | grep -o 'cov: [0-9]*' | head -1)
    report+=("$t: $execs executions in ${SECONDS_EACH}s, $cov, peak RSS ${peak} MB, no crash")
    rm -f "$log"
done
printf 'fuzz.sh: %s\n' "${report[@]}"
