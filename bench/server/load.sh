#!/usr/bin/env bash
# 200 simultaneous keep-alive connections for DURATION seconds (default 60)
# against an in-process server: half POST a 0.5 KB article to /api/extract
# (built-in model), half GET /api/search on a 60-document corpus. This is the
# integration test crates/server/tests/load.rs (which also runs in CI and
# fails on any error or on RSS growth over 50 MB after warm-up); this script
# runs it and appends its numbers to bench/server/results-<date>.md.
# Usage: bench/server/load.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS=${1:-60}
OUT=bench/server/results-$(date -u +%Y-%m-%d).md
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
ASCRIBE_LOAD_SECS=$SECS cargo test -q --release --locked -p ascribe-server --test load -- --nocapture 2>&1 | tee "$LOG"
{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) — 200 keep-alive connections × ${SECS} s (tests/load.rs), $(nproc) cores ($(uptime | sed 's/.*load average/load average/'))"
  echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (dirty)')"
  echo
  echo '```'
  grep -E '^(200 keep-alive|POST|GET|RSS)' "$LOG"
  echo '```'
  echo
} >> "$OUT"
echo "appended to $OUT" >&2
