#!/usr/bin/env python3
"""Throughput of `ascribe extract` on text and on WARC input, 1..N threads,
and the Python binding's overhead against the CLI on the same texts.

    python3 bench/ingest/throughput.py [--ascribe target/release/ascribe] [--repeat 3]

Inputs come from ../shared (PolNeAR dev texts; the html-news pages packed
into a WARC.gz, repeated to a useful size); nothing is written to the repo.
Prints Markdown; the dated results go into bench/ingest/RESULTS.md. Times
are wall-clock medians of --repeat runs, so only compare numbers taken in
one run on an otherwise idle machine.
"""

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def timed(cmd, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def warc_of_pages(path, copies):
    pages = sorted((SHARED / "html-news").glob("*/source.html"))
    n = 0
    size = 0
    with open(path, "wb") as f:
        for c in range(copies):
            for p in pages:
                body = p.read_bytes()
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
                head = (
                    f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{c}-{p.parent.name}>\r\n"
                    f"WARC-Target-URI: https://example.org/{c}/{p.parent.name}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                    f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
                ).encode()
                rec = head + http + b"\r\n\r\n"
                size += len(rec)
                f.write(gzip.compress(rec, 6))
                n += 1
    return n, size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ascribe", default=str(ROOT / "target" / "release" / "ascribe"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=5, help="times the 20 html-news pages go into the WARC")
    args = ap.parse_args()
    exe = args.ascribe
    cores = os.cpu_count() or 1
    threads = sorted({1, 2, 4, 8, cores} & set(range(1, cores + 1)))
    texts_dir = SHARED / "polnear" / "dev" / "text"
    if not texts_dir.is_dir():
        sys.exit("needs ../shared/data/polnear/dev/text")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = [{"id": p.stem, "text": p.read_text()} for p in sorted(texts_dir.glob("*.txt"))]
        # 10 copies of the 84 dev articles, so runs last long enough to time.
        corpus = [dict(d, id=f"{d['id']}#{k}") for k in range(10) for d in docs]
        jsonl = tmp / "dev.jsonl"
        jsonl.write_text("".join(json.dumps(d) + "\n" for d in corpus))
        mb = sum(len(d["text"].encode()) for d in corpus) / 1e6
        print(f"## Throughput ({time.strftime('%Y-%m-%d')}, {cores} cores, median of {args.repeat})\n")
        print(f"Text: {len(corpus)} documents (PolNeAR dev × 10), {mb:.1f} MB\n")
        print("| input | threads | seconds | docs/s | MB/s |")
        print("|---|---|---|---|---|")
        for t in threads:
            s = timed([exe, "extract", "-j", str(t), str(jsonl)], args.repeat)
            print(f"| text (JSONL) | {t} | {s:.2f} | {len(corpus) / s:.0f} | {mb / s:.2f} |")
        warc = tmp / "pages.warc.gz"
        n, size = warc_of_pages(warc, args.copies)
        for t in threads:
            s = timed([exe, "extract", "-j", str(t), str(warc)], args.repeat)
            print(f"| WARC.gz (html-news × {args.copies}, {size / 1e6:.0f} MB of records) | {t} | {s:.2f} | {n / s:.0f} | {size / 1e6 / s:.1f} |")
        for t in threads:
            s = timed([exe, "text", str(warc)], args.repeat) if t == 1 else None
            if s:
                print(f"| WARC.gz, `ascribe text` only (no extraction) | 1 | {s:.2f} | {n / s:.0f} | {size / 1e6 / s:.1f} |")

        print("\n## Python binding against the CLI (same JSONL texts)\n")
        print("| threads | CLI s | Python `extract_batch` s | overhead |")
        print("|---|---|---|---|")
        code = (
            "import json, sys, time, ascribe\n"
            "docs = [json.loads(l) for l in open(sys.argv[1])]\n"
            "ascribe.extract_batch(docs[:1])\n"
            "t = time.perf_counter(); ascribe.extract_batch(docs, threads=int(sys.argv[2]))\n"
            "print(time.perf_counter() - t)\n"
        )
        for t in threads:
            cli = timed([exe, "extract", "-j", str(t), str(jsonl)], args.repeat)
            py = statistics.median(
                float(subprocess.run([sys.executable, "-c", code, str(jsonl), str(t)], check=True,
                                     capture_output=True, text=True).stdout)
                for _ in range(args.repeat)
            )
            print(f"| {t} | {cli:.2f} | {py:.2f} | {100 * (py - cli) / cli:+.0f}% |")
        print("\nCLI times include process start, model load and JSON output; the Python")
        print("time covers `extract_batch` only (model already loaded, records built as dicts).")


if __name__ == "__main__":
    main()
