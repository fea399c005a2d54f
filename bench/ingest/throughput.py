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


CPU = {}


def timed(cmd, repeat):
    """Median wall-clock seconds; the median CPU seconds (user + sys) go to CPU[cmd]."""
    import resource

    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    CPU[tuple(cmd)] = statistics.median(cpu)
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
        load = os.getloadavg()[0]
        print(f"## Throughput ({time.strftime('%Y-%m-%d')}, {cores} cores, load average {load:.1f} at start, median of {args.repeat})\n")
        print(f"Text: {len(corpus)} documents (PolNeAR dev × 10), {mb:.1f} MB\n")
        print("| input | threads | seconds | docs/s | MB/s | CPU s |")
        print("|---|---|---|---|---|---|")
        for t in threads:
            cmd = [exe, "extract", "-j", str(t), str(jsonl)]
            s = timed(cmd, args.repeat)
            print(f"| text (JSONL) | {t} | {s:.2f} | {len(corpus) / s:.0f} | {mb / s:.2f} | {CPU[tuple(cmd)]:.2f} |")
        warc = tmp / "pages.warc.gz"
        n, size = warc_of_pages(warc, args.copies)
        for t in threads:
            cmd = [exe, "extract", "-j", str(t), str(warc)]
            s = timed(cmd, args.repeat)
            print(f"| WARC.gz (html-news × {args.copies}, {size / 1e6:.0f} MB of records) | {t} | {s:.2f} | {n / s:.0f} | {size / 1e6 / s:.1f} | {CPU[tuple(cmd)]:.2f} |")
        for t in threads:
            cmd = [exe, "text", str(warc)]
            s = timed(cmd, args.repeat) if t == 1 else None
            if s:
                print(f"| WARC.gz, `ascribe text` only (no extraction) | all | {s:.2f} | {n / s:.0f} | {size / 1e6 / s:.1f} | {CPU[tuple(cmd)]:.2f} |")

        print("\n## Python binding against the CLI (same JSONL texts)\n")
        print("| threads | CLI s | Python process s | overhead | `extract_batch` call alone s |")
        print("|---|---|---|---|---|")
        whole = (
            "import json, sys, ascribe\n"
            "docs = [json.loads(l) for l in open(sys.argv[1])]\n"
            "recs = ascribe.extract_batch(docs, threads=int(sys.argv[2]))\n"
            "sys.stdout.write(''.join(json.dumps(r) + '\\n' for r in recs))\n"
        )
        call = (
            "import json, sys, time, ascribe\n"
            "docs = [json.loads(l) for l in open(sys.argv[1])]\n"
            "ascribe.extract_batch(docs[:1])\n"
            "t = time.perf_counter(); ascribe.extract_batch(docs, threads=int(sys.argv[2]))\n"
            "print(time.perf_counter() - t)\n"
        )
        for t in threads:
            cli = timed([exe, "extract", "-j", str(t), str(jsonl)], args.repeat)
            py = timed([sys.executable, "-c", whole, str(jsonl), str(t)], args.repeat)
            alone = statistics.median(
                float(subprocess.run([sys.executable, "-c", call, str(jsonl), str(t)], check=True,
                                     capture_output=True, text=True).stdout)
                for _ in range(args.repeat)
            )
            print(f"| {t} | {cli:.2f} | {py:.2f} | {100 * (py - cli) / cli:+.0f}% | {alone:.2f} |")
        print("\nBoth processes include start-up, model load, JSON parsing and JSON output;")
        print("the last column times the `extract_batch` call alone (model loaded, dicts built).")


if __name__ == "__main__":
    main()
