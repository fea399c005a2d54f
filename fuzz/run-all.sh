#!/usr/bin/env bash
# Runs every fuzz target one after the other (one job each: the machine has
# two cores) for SECONDS seconds (default 600), growing corpus/TARGET from
# seeds/TARGET. Logs go to logs/TARGET.log, crashes to artifacts/TARGET/.
# Fork mode goes on after a finding, so each target gets its full time.
# Usage: fuzz/run-all.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(model warc jsonl brat html extract_str extract_bytes)
mkdir -p logs
for t in "${targets[@]}"; do
  dict=""
  case $t in
    extract_*|brat|jsonl) dict="-dict=quotes.dict" ;;
    html) dict="-dict=html.dict" ;;
    warc) dict="-dict=warc.dict" ;;
  esac
  maxlen=4096
  case $t in html|warc|jsonl) maxlen=16384 ;; esac
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "== $t $(date -u +%FT%TZ)"
  cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len="$maxlen" \
    -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
    -print_final_stats=1 $dict > "logs/$t.log" 2>&1
  echo "   exit $? $(date -u +%FT%TZ)"
  grep -E "stat::|SUMMARY|panicked|INFO: fuzzed for|crash-|oom-|timeout-" "logs/$t.log" | head -5
done
