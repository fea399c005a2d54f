#!/usr/bin/env python3
"""Writes the seed corpora in seeds/<target>/ from the repo's own examples
(testdata/, examples/) and small inputs written here. Run from fuzz/.
Seeds are committed; the corpora a fuzz run grows (corpus/) are not."""
import gzip
import json
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = pathlib.Path(__file__).resolve().parent / "seeds"


def put(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (d / name).write_bytes(data)


# Texts: the article part of each testdata case (before its "==" line).
texts = []
for f in sorted((ROOT / "testdata").rglob("*.txt")):
    body = f.read_text().split("\n==\n")[0]
    lines = [l for l in body.splitlines() if not l.startswith("#")]
    texts.append((f.stem, "\n".join(lines)))
texts.append(("council-vote", (ROOT / "examples/council-vote.txt").read_text()))
for name, t in texts:
    put("extract_bytes", name, t)
    put("extract_str", name, t)
# A few hostile shapes to start from.
put("extract_bytes", "latin1", "\u201cNo,\u201d she said.".encode("utf-8")[:-2] + b"\xe9\xff said.")
put("extract_str", "nested", "\u201c'\"\u2018a\u2019\"'\u201d he said. " * 4)

page = (
    "<html><head><title>Bridge vote</title><meta charset=\"utf-8\">"
    "<meta property=\"og:site_name\" content=\"The Example Gazette\">"
    "<meta property=\"article:published_time\" content=\"2024-05-17T08:00:00Z\">"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge vote\","
    "\"author\":{\"name\":\"Lee Park\"},\"datePublished\":\"2024-05-17\"}</script></head>"
    "<body><nav><a href=\"/\">Home</a></nav><article><h1>Council backs bridge repairs</h1>"
    "<p>The council voted 7-2 on Thursday to repair the north bridge.</p>"
    "<p>\u201cIt is long overdue,\u201d said councillor Mia Chen.</p>"
    "<blockquote class=\"twitter-tweet\"><p>Repairs start in June.</p>"
    "&mdash; City Hall (@cityhall) <a href=\"x\">May 17, 2024</a></blockquote>"
    "</article><footer>Subscribe now</footer></body></html>"
)
put("html", "article", page)
put("html", "latin1", page.replace("utf-8", "iso-8859-1").encode("latin-1", "replace"))
put("html", "nested", "<div>" * 50 + "<p>Deep text, he said.</p>" + "</div>" * 50)


def record(kind, rid, block, ctype="application/http; msgtype=response"):
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Target-URI: https://news.example/{rid}\r\nWARC-Date: 2024-05-18T01:58:10Z\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page).encode()
chunked = (
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    "1a\r\n<p>He said: \u201cyes.\u201d</p>\r\n0\r\n\r\n"
).encode()
warc = (
    record("warcinfo", "info", b"software: seed\r\n", "application/warc-fields")
    + record("response", "a", http)
    + record("response", "b", chunked)
    + record("conversion", "c", "The mayor said no.\n".encode(), "text/plain")
)
put("warc", "plain", warc)
put("warc", "truncated", warc[: len(warc) * 2 // 3])
# The target gzips every input itself; one seed is already gzip (double).
put("warc", "gzip", gzip.compress(record("response", "g", http)))

for n, line in enumerate((ROOT / "examples/articles.jsonl").read_text().splitlines()[:3]):
    put("jsonl", f"article{n}", line + "\n")
put("jsonl", "mixed", "\n".join([
    json.dumps({"id": 7, "text": "She said so.", "url": 3}),
    "not json",
    json.dumps({"html": "<p>\u201cYes,\u201d he said.</p>", "title": "t"}),
    "[1,2]",
    json.dumps({"id": "x", "text": "a" * 300}),
    "{\"text\": \"\\ud800\"}\r",
]))

brat_text = "\u201cWe will vote,\u201d Mayor Ana Ruiz said.\nShe added that it was time."
brat_ann = (
    "T1\tSource 23 36\tMayor Ana Ruiz\n"
    "T2\tCue 37 41\tsaid\n"
    "T3\tContent 1 13\tWe will vote\n"
    "E1\tAttribution:T2 Source:T1 Content:T3\n"
    "T4\tCue 47 52\tadded\n"
    "T5\tContent 53 69;70 74\tthat it was time\n"
    "E2\tAttribution-no-source:T4 Content:T5\n"
    "#1\tAnnotatorNotes T1\tnote\n"
    "A1\tFactuality E1 true\n"
)
put("brat", "attribution", brat_text + "\0" + brat_ann)

# Models: selector byte, then the file after its magic, without checksum
# (the target adds magic and checksum).
f32 = lambda x: struct.pack("<f", x)
u32 = lambda x: struct.pack("<I", x)
# Attribution model: one section, 1 label, 2^8 rows, BIO flag 0, all zero.
attr = u32(1) + u32(1) + u32(1) + u32(8) + f32(0.01) + b"\0" + u32(2) + f32(0.5) + f32(-0.5) \
    + f32(0.0) + struct.pack("<Q", 256) + u32(250) + u32(2) + struct.pack("<hh", 3, -3) + u32(4) + u32(0)
put("model", "attribution", b"\x00" + attr)


def short(s):
    return bytes([len(s)]) + s.encode()


# Tagger model: version 1, reserved, length (patched), kind, features, labels, one row.
tag = struct.pack("<HHQ", 1, 0, 0) + short("pos") + u32(1) + struct.pack("<H", 2) + short("NN") + short("VB") \
    + bytes([4]) + f32(0.01) + u32(1) + bytes([3, 1, 0, 4, 1, 3]) + u32(1) + short("said") + bytes([1])
put("model", "tagger", b"\x01" + tag)


def table(classes):
    return bytes([4, classes]) + f32(0.01) + u32(1) + bytes([2, 0, 0, 6])


dep = struct.pack("<HHQ", 1, 0, 0) + u32(1) + bytes([2]) + short("root") + short("nsubj") + table(4) + table(2)
put("model", "parser", b"\x02" + dep)
