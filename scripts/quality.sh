#!/usr/bin/env bash
# Extraction quality on the dev corpus, scored by ../shared/eval/score.py. Fails when a
# figure drops more than 0.01 below the floor recorded in scripts/quality-floors.txt.
# Without ../shared it prints a notice and succeeds, except under CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
gold=$shared/corpus/polnear-dev.jsonl
if [ ! -f "$gold" ] || [ ! -f "$shared/eval/score.py" ]; then
    if [ "${CI:-}" = "true" ]; then
        echo "quality: $gold or the scorer is missing, but CI=true" >&2
        exit 1
    fi
    echo "notice: $gold not found; skipping the quality check" >&2
    exit 0
fi
cargo build --release --quiet
pred=$(mktemp)
trap 'rm -f "$pred" "$pred.json"' EXIT
target/release/whosaid extract --format jsonl "$gold" > "$pred"
python3 "$shared/eval/score.py" "$gold" "$pred"
python3 "$shared/eval/score.py" "$gold" "$pred" --json > "$pred.json"
python3 - "$pred.json" scripts/quality-floors.txt <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
figures = {
    "polnear_end_to_end_f1": score["end_to_end"]["f1"],
    "polnear_content_f1": score["content"]["f1"],
}
failed = False
for line in open(sys.argv[2]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, floor = line.split()
    got = figures[name]
    ok = got >= float(floor) - 0.01
    failed |= not ok
    print(f"quality: {name} {got:.4f} (floor {float(floor):.4f} - 0.01) {'ok' if ok else 'FAILED'}")
sys.exit(1 if failed else 0)
PY
