#!/usr/bin/env bash
# How far two PolNeAR annotators of the same article agree, scored with the
# very metrics `ascribe eval` applies to the model: the first annotation file
# of an article (sorted by name, the one `ascribe eval`/`train` take as gold)
# is the gold, every other annotator's file of that article is scored as a
# prediction. PolNeAR train has 16 such articles (95 files, 79 pairs).
#
#   eval/agreement/run.sh        # prints the table; needs ../shared
set -euo pipefail
cd "$(dirname "$0")/../.."
TRAIN=../shared/data/polnear/train
if [ ! -d "$TRAIN/attributions" ]; then
  echo "skipped: $TRAIN not found"; exit 0
fi
cargo build --release -q -p ascribe-cli
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$TRAIN" "$WORK" <<'PY'
import collections, json, os, sys
root, work = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/gold/text"); os.makedirs(f"{work}/gold/attributions")
by_doc = collections.defaultdict(list)
for f in sorted(os.listdir(f"{root}/attributions")):
    by_doc[f[:-4].rsplit("_", 1)[0]].append(f)

def spans(s):
    return [tuple(map(int, p.split())) for p in s.split(";")]

with open(f"{work}/pred.jsonl", "w") as out:
    for doc, files in sorted(by_doc.items()):
        if len(files) < 2:
            continue
        text = open(f"{root}/text/{doc}.txt", encoding="utf-8").read()
        gold = open(f"{root}/attributions/{files[0]}", encoding="utf-8").read()
        for other in files[1:]:
            pair = f"{doc}__{other[:-4].rsplit('_', 1)[1]}"
            open(f"{work}/gold/text/{pair}.txt", "w", encoding="utf-8").write(text)
            open(f"{work}/gold/attributions/{pair}.ann", "w", encoding="utf-8").write(gold)
            lines = [l.rstrip("\n").split("\t") for l in open(f"{root}/attributions/{other}", encoding="utf-8")]
            spans_of = {}
            for p in lines:
                if p[0].startswith("T"):
                    spans_of[p[0]] = spans(p[1].split(" ", 1)[1])
            atts = []
            for p in lines:
                if not p[0].startswith("E"):
                    continue
                roles = {"content": [], "cue": [], "source": []}
                for arg in p[1].split()[1:]:
                    role, tid = arg.split(":")
                    role = role.rstrip("0123456789").lower()
                    if role in roles and tid in spans_of:
                        roles[role] += [{"start": s, "end": e, "text": text[s:e]} for s, e in spans_of[tid]]
                if roles["content"]:
                    atts.append({"kind": "indirect", **roles})
            out.write(json.dumps({"id": pair, "attributions": atts, "errors": []}) + "\n")
PY
./target/release/ascribe eval "$WORK/gold" --pred "$WORK/pred.jsonl"
