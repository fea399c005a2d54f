#!/usr/bin/env bash
# Thread scaling of `ascribe extract` on text (JSONL) and on WARC.gz input,
# and the Python binding's overhead against the CLI on the same texts.
# One run of each command (so it takes about 1–2 minutes on an idle 2-core
# machine); appends rows to bench/scaling/results.tsv.
#
#   bench/scaling/run.sh                    # threads 1..nproc (1, 2, 4, 8…)
#   BENCH_NOTE="idle machine" bench/scaling/run.sh
#   BENCH_MB=5 bench/scaling/run.sh         # smaller text corpus (default 20 MB)
#
# Inputs are generated into target/bench-scaling/ from the PolNeAR dev
# articles in ../shared (skips cleanly without them); nothing is committed.
# The Python rows need the ascribe wheel, built and installed by
# scripts/test-python.sh; it is built here when `import ascribe` fails (or
# always with BENCH_REBUILD_WHEEL=1).
set -euo pipefail
cd "$(dirname "$0")/../.."
dev=../shared/data/polnear/dev/text
if [ ! -d "$dev" ]; then
    echo "skipped: $dev not present" >&2
    exit 0
fi
work=target/bench-scaling
mkdir -p "$work"
cargo build --release -q -p ascribe-cli
bin=target/release/ascribe
here=bench/scaling

eval "$(python3 "$here/inputs.py" corpus "$dev" "$work" "${BENCH_MB:-20}")"

py=yes
if [ -n "${BENCH_REBUILD_WHEEL:-}" ] || ! python3 -c 'import ascribe' 2>/dev/null; then
    # Builds and installs the wheel exactly as the tests do; no test matches.
    ASCRIBE_SKIP_SPARK=1 scripts/test-python.sh -k build_only_select_nothing >"$work/wheel.log" 2>&1 ||
        py="no (wheel build failed, see $work/wheel.log)"
fi

load=$(cut -d' ' -f1 /proc/loadavg)
note=${BENCH_NOTE:-load average $load}
results=$here/results.tsv
[ -s "$results" ] || printf 'date\tnote\tinput\tthreads\tdocs\tMB\twall_s\tcpu_s\tpeak_rss_MB\tdocs_per_s\tMB_per_s\n' >"$results"

threads=$(python3 -c "import os; n = os.cpu_count() or 1; print(*sorted({t for t in (1, 2, 4, 8, 16, n) if t <= n}))")

# measure INPUT THREADS DOCS BYTES CMD...: one timed run, one TSV row.
measure() {
    local input=$1 t=$2 docs=$3 bytes=$4
    shift 4
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "failed: $* (see $work/stderr)" >&2
        return 1
    }
    read -r wall user sys kb <"$work/time"
    python3 - "$input" "$t" "$docs" "$bytes" "$wall" "$user" "$sys" "$kb" "$note" >>"$results" <<'PY'
import datetime, sys
inp, t, docs, nbytes, wall, user, sys_, kb, note = sys.argv[1:]
mb, wall = int(nbytes) / 1e6, max(float(wall), 1e-3)
print("\t".join([datetime.date.today().isoformat(), note, inp, t, docs, f"{mb:.1f}", f"{wall:.2f}",
                 f"{float(user) + float(sys_):.2f}", f"{int(kb) / 1024:.0f}",
                 f"{int(docs) / wall:.0f}", f"{mb / wall:.2f}"]))
PY
    tail -n 1 "$results"
}

cat "$work/text.jsonl" >/dev/null # page cache
for t in $threads; do
    measure "text jsonl (cli)" "$t" "$text_docs" "$text_bytes" "$bin" extract -j "$t" "$work/text.jsonl"
done
for t in $threads; do
    measure "warc.gz (cli)" "$t" "$warc_docs" "$warc_bytes" "$bin" extract -j "$t" "$work/pages.warc.gz"
done
if [ "$py" = yes ]; then
    for t in $threads; do
        measure "text jsonl (python extract_batch)" "$t" "$text_docs" "$text_bytes" \
            python3 "$here/inputs.py" python "$work/text.jsonl" "$t"
        echo "  extract_batch call alone: $(cat "$work/stderr") s"
    done
else
    echo "python: skipped: $py" >&2
fi
