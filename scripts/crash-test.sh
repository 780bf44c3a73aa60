#!/usr/bin/env bash
# Crash safety: a load of a 10,000-article corpus (the dev corpus repeated with new ids) is
# started again and again and stopped each time at a random moment by SIGKILL, or by SIGINT
# (Ctrl-C: exit 130 once what was extracted is stored). After each stop the database must pass
# PRAGMA integrity_check, hold every article either with all its statements (as many as
# `whosaid extract` finds) or not at all, and keep claim-group sizes right; the last run must
# complete with every article once, and loading again must add nothing. Not part of CI (it
# takes minutes): run it by hand.
#
#   scripts/crash-test.sh [TRIALS=20] [ARTICLES=10000] [SEED=1]    # CRASH_MAX_DELAY=1.0 (s)
#
# Needs ../shared/corpus/polnear-dev.jsonl (skips with a notice without it) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/polnear-dev.jsonl
if [ ! -f "$CORPUS" ]; then
    echo "notice: $CORPUS not found; skipping the crash test"
    exit 0
fi
cargo build --release --quiet
exec python3 scripts/crash_test.py target/release/whosaid "$CORPUS" "${1:-20}" "${2:-10000}" "${3:-1}"
