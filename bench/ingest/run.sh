#!/usr/bin/env bash
# HTML main-text quality and WARC reading speed, written to stdout as
# Markdown (paste into RESULTS.md with the date). Needs ../shared beside the
# project; builds in release mode into target-ingest/.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target-ingest}"
shared=../shared/data
echo "## HTML main text ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo
cargo run --release -q -p ascribe-ingest --example html_bench -- "$shared/html-news"
echo
echo "## WARC reader"
echo
cargo build --release -q -p ascribe-ingest --example warc_dump
start=$(date +%s.%N)
"$CARGO_TARGET_DIR/release/examples/warc_dump" "$shared"/warc/*.warc* | grep -v '^doc ' 
end=$(date +%s.%N)
echo
echo "all files: $(echo "$end - $start" | bc) s"
