#!/usr/bin/env bash
# Everything CI checks: formatting, lints, the test suite, and extraction quality on the dev
# corpus. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
scripts/quality.sh
# Crash safety in brief: a load killed and interrupted at random moments stays sound and
# completes on the next run (scripts/crash-test.sh with no arguments is the full 10,000-article run).
CRASH_MAX_DELAY=0.4 scripts/crash-test.sh 4 1000
