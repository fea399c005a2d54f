"""Arrow batches in, attribution batches out — for PySpark ``mapInArrow``.

    from ascribe.arrow import map_in_arrow, SPARK_SCHEMA
    out = docs_df.mapInArrow(map_in_arrow, SPARK_SCHEMA)

Input batches need a ``text`` column (string) and may have ``id``,
``published``, ``outlet``, ``url``, ``title``, and ``errors`` (a list of
strings from reading the document, e.g. a corrupt WARC record, which are
carried into the output). Output rows: one per input
document, in order, with ``id``, ``url``, ``attributions`` (the contract's
list of structs) and ``errors``. Rows with a null ``text`` become error rows.

This glue is plain Python over pyarrow: it turns the batch into Python
lists, calls :func:`ascribe.extract_batch` (which releases the GIL and runs
on all cores) and builds the result batch with a fixed schema.
"""

from typing import Iterable, Iterator, Optional

import pyarrow as pa

import ascribe

_SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
_SPEAKER = pa.struct([("name", pa.string()), ("type", pa.string()), ("role", pa.string())])
ATTRIBUTION = pa.struct(
    [
        ("kind", pa.string()),
        ("content", pa.list_(_SPAN)),
        ("cue", pa.list_(_SPAN)),
        ("source", pa.list_(_SPAN)),
        ("speaker", _SPEAKER),
        ("venue", pa.string()),
        ("date", pa.string()),
        ("handle", pa.string()),
        ("confidence", pa.float64()),
    ]
)
"""Arrow type of one attribution (the output contract)."""

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("url", pa.string()),
        ("attributions", pa.list_(ATTRIBUTION)),
        ("errors", pa.list_(pa.string())),
    ]
)
"""Arrow schema of the output batches."""

_SPAN_DDL = "array<struct<start:bigint,end:bigint,text:string>>"
SPARK_SCHEMA = (
    "id string, url string, attributions array<struct<kind:string,"
    f"content:{_SPAN_DDL},cue:{_SPAN_DDL},source:{_SPAN_DDL},"
    "speaker:struct<name:string,type:string,role:string>,"
    "venue:string,date:string,handle:string,confidence:double>>, errors array<string>"
)
"""The same schema as a Spark DDL string, for ``mapInArrow``."""

_FIELDS = ("id", "published", "outlet", "url", "title")


def extract_record_batch(
    batch: pa.RecordBatch,
    extractor: Optional["ascribe.Extractor"] = None,
    threads: Optional[int] = None,
) -> pa.RecordBatch:
    """Analyses every row of ``batch``; returns a batch with :data:`SCHEMA`."""
    names = batch.schema.names
    if "text" not in names:
        raise ValueError("the batch has no 'text' column")
    columns = {n: batch.column(n).to_pylist() for n in ("text",) + _FIELDS if n in names}
    read_errors = batch.column("errors").to_pylist() if "errors" in names else None
    n = batch.num_rows
    docs, rows = [], []
    for i in range(n):
        doc = {k: (None if v[i] is None else str(v[i])) for k, v in columns.items()}
        if doc.get("id") is None:
            doc["id"] = str(i)
        rows.append(doc)
        if doc["text"] is not None:
            docs.append(doc)
    ex = extractor if extractor is not None else _default()
    results = iter(ex.extract_batch(docs, threads=threads))
    ids, urls, attributions, errors = [], [], [], []
    for i, doc in enumerate(rows):
        earlier = list(read_errors[i] or []) if read_errors is not None else []
        if doc["text"] is None:
            rec = {"id": doc["id"], "attributions": [], "errors": earlier or ["no text"]}
        else:
            rec = next(results)
            rec["errors"] = earlier + rec["errors"]
        ids.append(rec["id"])
        urls.append(doc.get("url"))
        attributions.append(rec["attributions"])
        errors.append(rec["errors"])
    return pa.RecordBatch.from_arrays(
        [
            pa.array(ids, pa.string()),
            pa.array(urls, pa.string()),
            pa.array(attributions, pa.list_(ATTRIBUTION)),
            pa.array(errors, pa.list_(pa.string())),
        ],
        schema=SCHEMA,
    )


_EXTRACTOR = None


def _default() -> "ascribe.Extractor":
    # One extractor per (forked) Python worker, built on first use.
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = ascribe.Extractor()
    return _EXTRACTOR


def map_in_arrow(batches: Iterable[pa.RecordBatch], threads: Optional[int] = None) -> Iterator[pa.RecordBatch]:
    """The function to hand to ``DataFrame.mapInArrow`` with :data:`SPARK_SCHEMA`."""
    for batch in batches:
        yield extract_record_batch(batch, threads=threads)
