"""ascribe: who said what, where and when — attribution extraction from news text.

    >>> import ascribe
    >>> rec = ascribe.extract('"We will rebuild," the mayor said on Monday.')
    >>> rec["attributions"][0]["cue"][0]["text"]
    'said'

Records follow the output contract of ``ascribe extract --format jsonl``
(docs/OUTPUT-CONTRACT.md): ``{"id", "attributions": [...], "errors": [...]}``,
offsets in Unicode code points (Python ``str`` indexing).

``extract_batch`` releases the GIL and runs on all cores (``threads=N`` to
limit). ``ascribe.arrow`` has the Arrow batch function for PySpark's
``mapInArrow``. The module is fork-safe: a forked child (PySpark workers)
builds its own thread pool on first use.
"""

import os as _os

from ascribe._ascribe import (  # noqa: F401
    Extractor,
    WarcReader,
    __version__,
    _after_fork,
    extract,
    extract_batch,
    read_html,
)

if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)


def read_warc(path):
    """Streams the documents of a WARC, WARC.gz, WET or WET.gz file.

    Yields dicts with "id" (WARC-Record-ID), "text" (main text of the HTML
    page, or the WET text), "title", "outlet", "url", "published" and
    "errors". Unreadable records come with empty "text" and the reason in
    "errors"; the rest of the file is still read.
    """
    return WarcReader(_os.fspath(path))


__all__ = ["Extractor", "extract", "extract_batch", "read_html", "read_warc", "WarcReader", "__version__"]
