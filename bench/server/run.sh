#!/usr/bin/env bash
# Load benchmark of `ascribe serve` on loopback with wrk (Debian package):
# 64 connections for 30 s against POST /api/extract (a 5 KB invented
# article, bench/server/article.txt) and GET /api/search on a small corpus.
# Results are appended to bench/server/results-<date>.md.
# Usage: bench/server/run.sh [DURATION] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
DUR=${1:-30s}
CONN=${2:-64}
TARGET=${CARGO_TARGET_DIR:-target}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build -q --release -p ascribe-cli
BIN=$TARGET/release/ascribe

WORK=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# A small corpus for /api/search: the article under a few outlets and dates.
python3 - "$WORK/docs.jsonl" <<'PY'
import json, sys
text = open("bench/server/article.txt").read()
with open(sys.argv[1], "w") as f:
    for i, outlet in enumerate(["Wire", "Daily", "Post", "Herald", "Times", "Courier"] * 10):
        f.write(json.dumps({"id": f"doc-{i}", "outlet": outlet,
                            "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}) + "\n")
PY
"$BIN" ingest --db "$WORK/corpus.db" "$WORK/docs.jsonl" >/dev/null
"$BIN" serve --db "$WORK/corpus.db" --addr 127.0.0.1:0 2>"$WORK/server.log" &
PID=$!
BASE=
for _ in $(seq 1 200); do
  BASE=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/server.log" || true)
  [ -n "$BASE" ] && break
  sleep 0.1
done
[ -n "$BASE" ] || { cat "$WORK/server.log" >&2; exit 1; }

OUT=bench/server/results-$(date -u +%Y-%m-%d).md
{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) — wrk -c $CONN -t 2 -d $DUR, $(nproc) cores ($(uptime | sed 's/.*load average/load average/'))"
  echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (dirty)')"
  echo
  echo "### POST /api/extract ($(wc -c < bench/server/article.txt) B article)"
  echo '```'
  ARTICLE=bench/server/article.txt wrk -t 2 -c "$CONN" -d "$DUR" --latency -s bench/server/post.lua "$BASE/api/extract"
  echo '```'
  echo
  echo "### GET /api/search?q=barrier&outlet=wire"
  echo '```'
  wrk -t 2 -c "$CONN" -d "$DUR" --latency -s bench/server/get.lua "$BASE/api/search?q=barrier&outlet=wire"
  echo '```'
  echo
} | tee -a "$OUT"
