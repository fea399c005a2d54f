#!/usr/bin/env bash
# Corpus-store benchmarks: ingest throughput (PolNeAR train+dev texts, and a
# synthetic corpus of recombined invented paragraphs), database bytes per
# document, search latency p50/p95 and trace latency over the synthetic store.
#
#   bench/store/run.sh [N_SYNTHETIC] [WORKDIR]
#
# N_SYNTHETIC defaults to 200000 documents; WORKDIR (default
# ${TMPDIR:-/tmp}/ascribe-store-bench) receives the generated corpus and the
# databases, never the repository. PolNeAR is read from ../shared at run time
# (or $SHARED) and skipped when absent; its text is never written into the repository.
# Results go to stdout and to bench/store/results-DATE.md.
#
# Extractors: PolNeAR with the default (built-in learned) model; the
# synthetic corpus with EXTRACTOR (default --rules-only; set EXTRACTOR= for
# the learned model).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-200000}
WORK=${2:-${TMPDIR:-/tmp}/ascribe-store-bench}
EXTRACTOR=${EXTRACTOR---rules-only}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
mkdir -p "$WORK"
OUT=bench/store/results-$(date +%F).md

cargo build --release -q -p ascribe-cli
cargo build --release -q -p ascribe-store --example bench_queries
BIN=$CARGO_TARGET_DIR/release/ascribe
QUERIES=$CARGO_TARGET_DIR/release/examples/bench_queries

size() { stat -c %s "$1" 2>/dev/null || echo 0; }

# ingest NAME JSONL [FLAGS…]: a fresh database, timed; prints a Markdown row.
ingest() {
  local name=$1 input=$2
  shift 2
  local db=$WORK/$name.db
  rm -f "$db" "$db-wal" "$db-shm"
  local start end
  start=$(date +%s.%N)
  "$BIN" ingest --db "$db" "$@" "$input" 2>"$WORK/$name.log" || true
  end=$(date +%s.%N)
  python3 - "$name" "$input" "$db" "$start" "$end" "$WORK/$name.log" "$*" <<'PY'
import os, sqlite3, sys
name, input_, db, start, end, log, flags = sys.argv[1:]
secs = float(end) - float(start)
bytes_in = os.path.getsize(input_)
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
docs, = c.execute("select count(*) from documents").fetchone()
attrs, = c.execute("select count(*) from attributions").fetchone()
speakers, = c.execute("select count(*) from speakers").fetchone()
size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
flags = flags or "(default model)"
print(f"| {name} | `{flags}` | {docs:,} | {attrs:,} | {speakers:,} | {secs:.1f} | {docs/secs:,.0f} | "
      f"{bytes_in/secs/1e6:.2f} | {size/1e6:,.1f} | {size/max(docs,1):,.0f} |")
PY
}

{
  echo "# Store benchmarks, $(date +%F)"
  echo
  echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo "${COMMIT:-unknown}")$(git diff --quiet -- crates/store crates/cli 2>/dev/null || echo ' (+ local changes)')"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "- ingest: \`ascribe ingest\` (release build, all cores, batches of 256, WAL, one writer thread); wall time includes model loading"
  echo
  echo "## Ingest"
  echo
  echo "| corpus | extractor | documents | attributions | speakers | seconds | docs/s | input MB/s | DB MB | DB bytes/doc |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  POLNEAR=${SHARED:-../shared}/data/polnear
  if [ -d "$POLNEAR/train/text" ]; then
    python3 - "$POLNEAR" "$WORK/polnear.jsonl" <<'PY'
import csv, json, os, sys
root, out = sys.argv[1:]
meta = {}
with open(os.path.join(root, "metadata.tsv"), newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        meta[row["filename"]] = row
with open(out, "w") as o:
    for split in ("train", "dev"):
        d = os.path.join(root, split, "text")
        for name in sorted(os.listdir(d)):
            stem = name[:-4]
            m = meta.get(stem, {})
            with open(os.path.join(d, name), encoding="utf-8") as f:
                text = f.read()
            o.write(json.dumps({"id": stem, "text": text, "outlet": m.get("publisher"),
                                "published": m.get("publication_date"), "title": m.get("title")}) + "\n")
PY
    ingest polnear-train+dev "$WORK/polnear.jsonl"
    ingest polnear-train+dev "$WORK/polnear.jsonl" --rules-only
  else
    echo "| PolNeAR | skipped: ../shared/data/polnear not found | | | | | | | | |"
  fi
  if [ ! -s "$WORK/synthetic-$N.jsonl" ]; then
    python3 bench/store/gen_corpus.py "$N" > "$WORK/synthetic-$N.jsonl"
  fi
  ingest "synthetic-$N" "$WORK/synthetic-$N.jsonl" $EXTRACTOR
  # Re-ingesting the same corpus: every document is skipped by its content hash.
  start=$(date +%s.%N)
  "$BIN" ingest --db "$WORK/synthetic-$N.db" $EXTRACTOR "$WORK/synthetic-$N.jsonl" 2>"$WORK/reingest.log" || true
  end=$(date +%s.%N)
  echo
  echo "Re-ingest of the unchanged synthetic corpus (all skipped by content hash): $(python3 -c "print(f'{$end-$start:.1f}')") s."
  echo
  echo "## Queries over synthetic-$N (in-process, read-only connection, warm cache)"
  echo
  "$QUERIES" "$WORK/synthetic-$N.db" 5
  echo
  echo "## CLI end to end (process start, open, query, print)"
  echo
  for q in '"witch hunt"' 'rebuil*' 'nurses exhausted'; do
    start=$(date +%s.%N)
    "$BIN" search --db "$WORK/synthetic-$N.db" "$q" --format jsonl >/dev/null
    end=$(date +%s.%N)
    echo "- \`ascribe search $q\`: $(python3 -c "print(f'{($end-$start)*1000:.0f}')") ms"
  done
  start=$(date +%s.%N)
  "$BIN" trace --db "$WORK/synthetic-$N.db" "We will not raise taxes on working families this year" --format json >/dev/null || true
  end=$(date +%s.%N)
  echo "- \`ascribe trace 'We will not raise taxes on working families this year'\`: $(python3 -c "print(f'{($end-$start)*1000:.0f}')") ms"
  start=$(date +%s.%N)
  "$BIN" speakers --db "$WORK/synthetic-$N.db" --top 10 >/dev/null
  end=$(date +%s.%N)
  echo "- \`ascribe speakers --top 10\`: $(python3 -c "print(f'{($end-$start)*1000:.0f}')") ms"
} | tee "$OUT"
