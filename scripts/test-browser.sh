#!/usr/bin/env bash
# End-to-end tests of the web UI in Debian's headless Chromium, driven by
# playwright-core (npm). Installs both if missing, builds the CLI, ingests a
# small corpus, starts `ascribe serve` on a free loopback port, runs
# tests/browser/e2e.mjs and saves screenshots under target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
SHOTS=${SHOTS:-$ROOT/target/screenshots}

if ! command -v chromium >/dev/null; then
  echo "installing chromium (Debian)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm install --no-audit --no-fund --silent)
fi

cargo build --release -q -p ascribe-cli
BIN=$TARGET/release/ascribe

WORK=$(mktemp -d)
SERVER_PID=
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cat > "$WORK/docs.jsonl" <<'JSONL'
{"id": "wire-1", "outlet": "Wire", "published": "2024-03-01", "title": "Bridge <b>to be</b> rebuilt", "text": "“We will rebuild the bridge before winter,” Mayor Ana Ruiz said on Friday.\n\n<script>alert(1)</script>"}
{"id": "daily-1", "outlet": "Daily", "published": "2024-03-02", "title": "Mayor promises bridge", "text": "“We will rebuild the old bridge before the winter,” Mayor Ana Ruiz said."}
{"id": "post-1", "outlet": "Post", "published": "2024-04-05", "title": "No tax rise", "text": "“Taxes will not rise this year,” said Ana Ruiz, the mayor."}
JSONL
"$BIN" ingest --db "$WORK/corpus.db" "$WORK/docs.jsonl" >/dev/null

# Ingest through the API is on, so the tests can post hostile documents.
TOKEN=browser-test-$(date +%s%N)
ASCRIBE_TOKEN=$TOKEN "$BIN" serve --db "$WORK/corpus.db" --allow-ingest --addr 127.0.0.1:0 2>"$WORK/server.log" &
SERVER_PID=$!
BASE=
for _ in $(seq 1 300); do
  BASE=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/server.log" || true)
  [ -n "$BASE" ] && break
  sleep 0.1
done
[ -n "$BASE" ] || { cat "$WORK/server.log" >&2; echo "server did not start" >&2; exit 1; }

mkdir -p "$SHOTS"
BASE=$BASE SHOTS=$SHOTS TOKEN=$TOKEN node tests/browser/e2e.mjs
echo "screenshots in $SHOTS" >&2
