import json
import os
import subprocess
import sys

import pytest

import ascribe
from conftest import article, ascribe_bin, page, write_warc_gz


def test_extract_returns_contract_record():
    rec = ascribe.extract('"We will rebuild," the mayor said on Monday.', published="2024-05-02", id="a")
    assert rec["id"] == "a"
    assert rec["errors"] == []
    (att,) = rec["attributions"]
    assert att["kind"] == "direct"
    assert att["cue"][0]["text"] == "said"
    assert att["date"] == "2024-04-29"
    assert set(att) == {"kind", "content", "cue", "source", "speaker", "venue", "date", "handle", "confidence"}


def test_offsets_are_code_points():
    text = '🙂 Über alles: "Wir bauen neu auf," the mayor said.'
    rec = ascribe.extract(text)
    for att in rec["attributions"]:
        for role in ("content", "cue", "source"):
            for span in att[role]:
                assert text[span["start"] : span["end"]] == span["text"]
    assert rec["attributions"], rec


def test_batch_keeps_order_and_matches_single_calls():
    texts = [article(i) for i in range(40)]
    batch = ascribe.extract_batch(texts, threads=2)
    assert [ascribe.extract(t) for t in texts] == batch
    docs = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]
    ids = [r["id"] for r in ascribe.extract_batch(docs)]
    assert ids == [f"d{i}" for i in range(40)]


def test_batch_published_default_and_bad_items():
    recs = ascribe.extract_batch(['"Yes," she said on Monday.'], published="2024-05-02")
    assert recs[0]["attributions"][0]["date"] == "2024-04-29"
    with pytest.raises(TypeError):
        ascribe.extract_batch([42])
    with pytest.raises(TypeError):
        ascribe.extract_batch([{"id": "x"}])
    assert ascribe.extract_batch([]) == []


def test_extractor_object():
    ex = ascribe.Extractor(rules_only=True)
    assert "learned=false" in repr(ex)
    assert ex.extract('"No," she said.')["attributions"][0]["kind"] == "direct"
    assert len(ex.extract_batch(["a", "b"], threads=1)) == 2
    with pytest.raises(ValueError):
        ascribe.Extractor(model_path="/nonexistent/model.bin")


def test_recall_setting(tmp_path):
    # The project's own example article: "highest" finds more than the default.
    root = os.path.join(os.path.dirname(__file__), "..", "..", "..")
    text = open(os.path.join(root, "examples", "council-vote.txt"), encoding="utf-8").read()
    n = {r: len(ascribe.Extractor(recall=r).extract(text)["attributions"]) for r in ("balanced", "high", "highest")}
    assert n["balanced"] <= n["high"] <= n["highest"] and n["balanced"] < n["highest"], n
    assert ascribe.Extractor().extract(text) == ascribe.Extractor(recall="balanced").extract(text)
    with pytest.raises(ValueError, match="recall"):
        ascribe.Extractor(recall="everything")
    with pytest.raises(ValueError, match="recall"):
        ascribe.Extractor(rules_only=True, recall="high")


def test_oversized_document_is_an_error_record_not_an_exception():
    rec = ascribe.extract_batch(["x" * (21 * 1024 * 1024)])[0]
    assert rec["attributions"] == [] and "limit" in rec["errors"][0]


def test_read_html_and_social_post():
    doc = ascribe.read_html(page(3), id="p3")
    assert doc["id"] == "p3"
    assert doc["outlet"] == "The Lakeside Ledger"
    assert "Home" not in doc["text"]
    assert "— Rosa Diaz (@rosadiaz) June 4, 2024" in doc["text"]
    rec = ascribe.extract(doc["text"], published=doc["published"])
    social = [a for a in rec["attributions"] if a["kind"] == "social"]
    assert social and social[0]["handle"] == "rosadiaz"


def test_read_warc(tmp_path):
    path = tmp_path / "x.warc.gz"
    write_warc_gz(path, range(5))
    docs = list(ascribe.read_warc(path))
    assert [d["id"] for d in docs] == [f"urn:uuid:page-{i}" for i in range(5)]
    assert all(d["errors"] == [] for d in docs)
    with pytest.raises(OSError):
        ascribe.read_warc(tmp_path / "missing.warc.gz")


def test_fork_safety():
    # The parent's pool exists before the fork; the child must not hang on it.
    ascribe.extract_batch([article(i) for i in range(8)], threads=2)
    code = (
        "import os, sys, ascribe\n"
        "ascribe.extract_batch(['x'], threads=2)\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    recs = ascribe.extract_batch(['\"Yes,\" she said.'] * 16, threads=2)\n"
        "    os._exit(0 if len(recs) == 16 and recs[0]['attributions'] else 3)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "sys.exit(os.waitstatus_to_exitcode(status))\n"
    )
    # A hang would be a deadlock: the timeout turns it into a failure.
    done = subprocess.run([sys.executable, "-c", code], timeout=300)
    assert done.returncode == 0


def test_arrow_batch():
    pa = pytest.importorskip("pyarrow")
    from ascribe.arrow import SCHEMA, extract_record_batch

    batch = pa.RecordBatch.from_pydict(
        {
            "id": ["a", "b", "c"],
            "text": [article(1), None, '"Fine," he said.'],
            "url": ["https://x/a", None, None],
            "errors": [[], ["warning: read"], None],
        }
    )
    out = extract_record_batch(batch, threads=2)
    assert out.schema == SCHEMA
    rows = out.to_pylist()
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["url"] == "https://x/a"
    assert rows[1]["errors"] == ["warning: read"] and rows[1]["attributions"] == []
    assert rows[2]["attributions"][0]["kind"] == "direct"
    assert rows[0]["attributions"] == ascribe.extract(article(1), id="a")["attributions"]


def test_same_results_as_the_cli(tmp_path):
    exe = ascribe_bin()
    if not exe:
        pytest.skip("no ascribe CLI built (set ASCRIBE_BIN)")
    lines = [json.dumps({"id": f"d{i}", "text": article(i)}) for i in range(30)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n")
    out = subprocess.run([exe, "extract", str(tmp_path / "c.jsonl")], capture_output=True, check=True, text=True)
    cli = [json.loads(line) for line in out.stdout.splitlines()]
    py = ascribe.extract_batch([json.loads(line) for line in lines])
    assert py == cli
