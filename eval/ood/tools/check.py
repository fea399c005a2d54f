# -*- coding: utf-8 -*-
"""Independent check of the gold set: every span's text column must equal the
slice of the .txt file (code points, end exclusive); events must be well formed.
Prints every attribution for reading, and the counts used in README.md.
Usage: python3 check.py [-q]
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN = "“‘\""
quiet = "-q" in sys.argv


def kind(frags):
    """direct: every fragment opens with a quote mark and the content ends with a
    closing one (multi-paragraph quotes: only the last closes); mixed: some quote
    mark inside; indirect: none."""
    fr = [f.strip() for f in frags]
    if all(f[:1] in OPEN for f in fr) and fr[-1][-1:] in "”’\"":
        return "direct"
    if any(ch in "".join(fr) for ch in OPEN):
        return "mixed"
    return "indirect"


totals = {"articles": 0, "words": [], "attr": 0, "nosrc": 0,
          "direct": 0, "mixed": 0, "indirect": 0}
errors = 0
for txtp in sorted(glob.glob(os.path.join(ROOT, "text", "*.txt"))):
    stem = os.path.basename(txtp)[:-4]
    anns = glob.glob(os.path.join(ROOT, "attributions", stem + "_????.ann"))
    assert len(anns) == 1, stem
    text = open(txtp, encoding="utf-8").read()
    totals["articles"] += 1
    totals["words"].append((stem, len(text.split())))
    T, E = {}, []
    for line in open(anns[0], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        parts = line.split("\t")
        if parts[0].startswith("T"):
            typ, rng = parts[1].split(" ", 1)
            frags = [tuple(map(int, x.split())) for x in rng.split(";")]
            got = " ".join(text[a:b] for a, b in frags)
            if got != parts[2]:
                errors += 1
                print("MISMATCH", stem, parts[0], repr(got), repr(parts[2]))
            for a, b in frags:
                seg = text[a:b]
                if seg != seg.strip() or not seg or "\n" in seg:
                    errors += 1
                    print("BAD EDGE", stem, parts[0], repr(seg))
            T[parts[0]] = (typ, frags)
        elif parts[0].startswith("E"):
            E.append(parts[1].split())
    if not quiet:
        print("\n=====", stem)
    for roles in E:
        head, rest = roles[0].split(":"), dict(r.split(":") for r in roles[1:])
        assert T[head[1]][0] == head[0], roles
        assert set(rest) <= {"Source", "Cue", "Content"}, roles
        assert "Cue" in rest and "Content" in rest, roles
        assert ("Source" in rest) == (head[0] == "Attribution"), roles
        assert T[head[1]][1] == T[rest["Cue"]][1], roles
        cfr = [text[a:b] for a, b in T[rest["Content"]][1]]
        k = kind(cfr)
        totals["attr"] += 1
        totals[k] += 1
        if "Source" not in rest:
            totals["nosrc"] += 1
        if not quiet:
            src = text[slice(*T[rest["Source"]][1][0])] if "Source" in rest else "-"
            cue = text[slice(*T[rest["Cue"]][1][0])]
            print("  [%s] S=%r C=%r\n      X=%s" % (k[0], src, cue, " | ".join(cfr)))

print("\nwords per article:", totals["words"])
print("articles %(articles)d attributions %(attr)d direct %(direct)d mixed %(mixed)d "
      "indirect %(indirect)d no-source %(nosrc)d" % totals)
print("errors:", errors)
sys.exit(1 if errors else 0)
