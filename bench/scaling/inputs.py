#!/usr/bin/env python3
"""Inputs and the Python side of bench/scaling/run.sh.

    inputs.py corpus DEV_TEXT_DIR OUT_DIR MB     writes OUT_DIR/text.jsonl (the dev
        articles repeated to about MB megabytes of text) and OUT_DIR/pages.warc.gz
        (each dev article once per copy, a quarter as many copies, wrapped in an
        HTML page of our own with navigation, footer and a comments box around
        the article, one gzip member per record as Common Crawl writes them);
        prints "docs bytes" of both as a shell line.
    inputs.py python JSONL THREADS               (needs the ascribe wheel)
        Reads JSONL, runs ascribe.extract_batch and writes contract JSONL to
        stdout, as `ascribe extract` does; the batch call's seconds go to stderr.
"""

import gzip
import html
import json
import sys
import time
from pathlib import Path

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Morning Lantern</title>
<meta property="og:site_name" content="The Morning Lantern">
<meta property="article:published_time" content="2016-10-0{day}T08:00:00Z">
</head><body>
<nav><a href="/">Front page</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to keep the lights on. <button>Accept</button></div>
<article><h1>{title}</h1>
{paragraphs}
</article>
<aside class="related"><h3>Read next</h3><ul><li><a href="/a">Bridge tolls to rise</a></li>
<li><a href="/b">School board elects a new chair</a></li></ul></aside>
<div class="comments"><p>Reader comment: first!</p></div>
<footer>The Morning Lantern, all rights reserved.</footer>
</body></html>
"""


def page(text, k):
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = html.escape(paras[0][:80]) if paras else "Untitled"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return PAGE.format(title=title, paragraphs=body, day=1 + k % 9)


def warc_record(rec_id, uri, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{rec_id}>\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2016-10-09T12:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def corpus(dev, out, mb):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(Path(dev).glob("*.txt"))]
    per_copy = sum(len(t.encode()) for _, t in docs)
    copies = max(1, round(float(mb) * 1e6 / per_copy))
    n_text = 0
    with open(out / "text.jsonl", "w", encoding="utf-8") as f:
        for k in range(copies):
            for name, text in docs:
                f.write(json.dumps({"id": f"{name}#{k}", "text": text}) + "\n")
                n_text += 1
    warc_copies = max(1, copies // 4)
    n_warc, warc_bytes = 0, 0
    with open(out / "pages.warc.gz", "wb") as f:
        for k in range(warc_copies):
            for name, text in docs:
                rec = warc_record(f"{k}-{name}", f"https://lantern.example/{k}/{name}", page(text, k).encode())
                warc_bytes += len(rec)
                f.write(gzip.compress(rec, 6))
                n_warc += 1
    print(f"text_docs={n_text} text_bytes={copies * per_copy} warc_docs={n_warc} warc_bytes={warc_bytes}")


def python(jsonl, threads):
    import ascribe

    with open(jsonl, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    t = time.perf_counter()
    records = ascribe.extract_batch(docs, threads=int(threads))
    call = time.perf_counter() - t
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False))
        out.write("\n")
    out.flush()
    print(f"{call:.3f}", file=sys.stderr)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"corpus": corpus, "python": python}[cmd](*args)
