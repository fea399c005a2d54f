import gzip
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def ascribe_bin():
    """The CLI to compare with: $ASCRIBE_BIN, else a built one in the repo."""
    env = os.environ.get("ASCRIBE_BIN")
    if env:
        return env
    for sub in ("target/release", "target-ingest/release", "target/debug", "target-ingest/debug"):
        p = REPO / sub / "ascribe"
        if p.exists():
            return str(p)
    return shutil.which("ascribe")


PAGE = """<!doctype html><html lang="en"><head><title>{title} | The Lakeside Ledger</title>
<meta property="og:site_name" content="The Lakeside Ledger">
<meta property="article:published_time" content="2024-06-0{day}T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>The council voted {votes} to 2 on Tuesday to approve the new harbor plan, officials said after the meeting ended late in the evening.</p>
<p>"We listened to every resident who wrote to us," said council member Rosa Diaz, who chairs the planning committee.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Plan {n} approved. Thank you to everyone who came.</p>&mdash; Rosa Diaz (@rosadiaz) <a href="https://twitter.com/rosadiaz/status/{n}">June {day}, 2024</a></blockquote>
<p>Opponents said the plan would raise rents near the water, according to a statement from the tenants' association.</p>
</article><footer>© Ledger</footer></body></html>"""


def page(n):
    return PAGE.format(title=f"Harbor plan {n} approved", votes=5 + n % 3, day=1 + n % 9, n=n)


def warc_record(n, html):
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}".encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:page-{n}>\r\n"
        f"WARC-Target-URI: https://ledger.example/{n}\r\nWARC-Date: 2024-06-10T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def write_warc_gz(path, pages):
    with open(path, "wb") as f:
        for n in pages:
            f.write(gzip.compress(warc_record(n, page(n))))


SPEAKERS = ["Mayor Ana Brook", "Lee Park", "the city's transport director", "Officials", "A spokeswoman for the police"]
VERBS = ["said", "told reporters", "said on Monday", "added", "warned"]


def article(i):
    """A small synthetic news article with quotes (written for these tests)."""
    who = SPEAKERS[i % len(SPEAKERS)]
    verb = VERBS[(i // 5) % len(VERBS)]
    return (
        f"The bridge on Route {i} will close for repairs next month. "
        f'"We have no other choice," {who} {verb}. '
        f"Traffic will be diverted through the old town, {who.lower() if who[0].islower() else who} said, "
        f"and buses will run every {10 + i % 20} minutes.\n\n"
        f"According to the transport office, the work should be finished by {['May', 'June', 'July'][i % 3]}."
    )


@pytest.fixture
def corpus(tmp_path):
    """A few hundred JSONL documents plus a WARC.gz of HTML pages."""
    import json

    jsonl = tmp_path / "in"
    jsonl.mkdir()
    for part in range(2):
        with open(jsonl / f"part-{part}.jsonl", "w") as f:
            for i in range(part * 150, part * 150 + 150):
                rec = {"id": f"doc-{i}", "text": article(i), "published": "2024-05-0%d" % (1 + i % 9)}
                f.write(json.dumps(rec) + "\n")
    write_warc_gz(jsonl / "crawl-0.warc.gz", range(20))
    return jsonl
