#!/usr/bin/env bash
# The main job on the bundled seed: load it, then ask who said what about Ukraine and show
# the claims about an invasion beside the denials that answer them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
db=${WHOSAID_DB:-target/seed-demo.db}
rm -f "$db" "$db-wal" "$db-shm"
bin=target/release/whosaid
"$bin" --db "$db" load seeds/000_95e29a5b85b68a4f.txt
echo
echo "== whosaid who Ukraine"
"$bin" --db "$db" who Ukraine
echo
echo "== whosaid compare invasion"
"$bin" --db "$db" compare invasion
