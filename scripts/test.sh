#!/usr/bin/env bash
# Everything CI checks: formatting, lints, the test suite, and extraction quality on the dev
# corpus. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
scripts/quality.sh
