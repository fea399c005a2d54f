# -*- coding: utf-8 -*-
"""Write text/NAME.txt and attributions/NAME_0000.ann from articles.py.

Offsets are Unicode code points (Python str indices), end exclusive.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def locate(text, spec, where):
    if "[[" in spec:
        pre, rest = spec.split("[[", 1)
        target, post = rest.split("]]", 1)
        ctx = pre + target + post
    else:
        pre, target, ctx = "", spec, spec
    hits = []
    i = text.find(ctx)
    while i != -1:
        hits.append(i)
        i = text.find(ctx, i + 1)
    if len(hits) != 1:
        raise SystemExit("%s: %r occurs %d times" % (where, ctx, len(hits)))
    s = hits[0] + len(pre)
    return (s, s + len(target))


def main():
    for name, text, attrs in ARTICLES:
        with open(os.path.join(ROOT, "text", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        tids = {}
        lines = []
        events = []

        def T(role, frags):
            key = (role, tuple(frags))
            if key not in tids:
                tid = "T%d" % (len(tids) + 1)
                tids[key] = tid
                rng = ";".join("%d %d" % fr for fr in frags)
                lines.append("%s\t%s %s\t%s" % (tid, role, rng, " ".join(text[a:b] for a, b in frags)))
            return tids[key]

        for n, a in enumerate(attrs, 1):
            where = "%s #%d" % (name, n)
            src = T("Source", [locate(text, a["s"], where)]) if a["s"] else None
            cue_rng = locate(text, a["c"], where)
            cue = T("Cue", [cue_rng])
            frags = sorted(locate(text, x, where) for x in a["t"])
            con = T("Content", frags)
            fr = [text[x:y] for x, y in frags]
            auto = ("d" if all(f[:1] in "“‘\"" for f in fr) and fr[-1][-1:] in "”’\""
                    else "m" if any(ch in "".join(fr) for ch in "“‘\"") else "i")
            if auto != a["k"]:
                print("KIND MISMATCH", where, a["k"], auto)
            typ = "Attribution" if src else "Attribution-no-source"
            trig = T(typ, [cue_rng])
            roles = ["%s:%s" % (typ, trig), "Content:%s" % con, "Cue:%s" % cue]
            if src:
                roles.append("Source:%s" % src)
            events.append("E%d\t%s" % (n, " ".join(roles)))
        with open(os.path.join(ROOT, "attributions", name + "_0000.ann"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines + events) + "\n")
    print("wrote %d articles" % len(ARTICLES))


if __name__ == "__main__":
    main()
