#!/usr/bin/env bash
# Whole-corpus throughput of `ascribe extract` over PolNeAR train+dev texts
# (read from ../shared at run time; nothing is copied into the project).
# Prints MB/s and documents/s for one thread and for all threads, with peak
# memory, and appends a dated line per run to bench/results/throughput.tsv.
#
#   bench/throughput.sh            # built-in learned model
#   bench/throughput.sh --rules-only
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/data/polnear
if [ ! -d "$SHARED/train/text" ]; then
  echo "skipped: $SHARED not found"; exit 0
fi
cargo build --release -q -p ascribe-cli
BIN=./target/release/ascribe
CORPUS=$(mktemp -d)
trap 'rm -rf "$CORPUS"' EXIT
# One JSONL file keeps file-system overhead out of the measurement.
python3 - "$SHARED" "$CORPUS/corpus.jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w") as f:
    for split in ("train", "dev"):
        d = os.path.join(root, split, "text")
        for name in sorted(os.listdir(d)):
            text = open(os.path.join(d, name), encoding="utf-8").read()
            f.write(json.dumps({"id": name[:-4], "text": text}) + "\n")
PY
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$CORPUS/corpus.jsonl")
DOCS=$(wc -l < "$CORPUS/corpus.jsonl")
mkdir -p bench/results
MODE=${1:-model}
for THREADS in 1 $(nproc); do
  # Warm the page cache, then measure.
  $BIN extract "$@" --threads "$THREADS" "$CORPUS/corpus.jsonl" > /dev/null
  /usr/bin/time -f "%e %M" -o "$CORPUS/time" $BIN extract "$@" --threads "$THREADS" "$CORPUS/corpus.jsonl" > /dev/null
  read -r SECS KB < "$CORPUS/time"
  python3 - "$BYTES" "$DOCS" "$SECS" "$KB" "$THREADS" "$MODE" <<'PY'
import sys, datetime
b, d, s, kb, t, mode = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
s = max(s, 1e-3)
line = f"{datetime.date.today()}\t{mode}\tthreads={t}\t{d} docs\t{b/1e6:.2f} MB\t{s:.2f} s\t{b/s/1e6:.2f} MB/s\t{d/s:.0f} docs/s\tpeak {kb/1024:.0f} MB"
print(line)
open("bench/results/throughput.tsv", "a").write(line + "\n")
PY
done
