"""Type stubs of the ascribe package (the compiled module is ascribe._ascribe)."""

import os
from typing import Any, Iterable, Iterator, Literal, Optional, TypedDict, Union

__version__: str

class Span(TypedDict):
    start: int
    end: int
    text: str

class Speaker(TypedDict):
    name: Optional[str]
    type: Literal["person", "organization", "group", "unknown"]
    role: Optional[str]

class Attribution(TypedDict):
    kind: Literal["direct", "indirect", "mixed", "social"]
    content: list[Span]
    cue: list[Span]
    source: list[Span]
    speaker: Speaker
    venue: Optional[str]
    date: Optional[str]
    handle: Optional[str]
    confidence: float

class Boilerplate(TypedDict):
    start: int
    end: int
    kind: Literal["promo", "read_more", "photo_credit", "share", "advertisement", "heading", "metadata"]

class Record(TypedDict):
    id: str
    attributions: list[Attribution]
    boilerplate: list[Boilerplate]
    errors: list[str]

class DocumentDict(TypedDict, total=False):
    text: str
    id: Optional[str]
    published: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    title: Optional[str]

class PageDict(TypedDict):
    id: str
    text: str
    title: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[str]
    errors: list[str]

class Extractor:
    def __init__(self, model_path: Optional[Union[str, os.PathLike[str]]] = None, rules_only: bool = False, recall: Literal["balanced", "high", "highest"] = "balanced") -> None: ...
    def extract(
        self,
        text: str,
        published: Optional[str] = None,
        outlet: Optional[str] = None,
        id: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> Record: ...
    def extract_batch(
        self,
        texts: Iterable[Union[str, DocumentDict]],
        threads: Optional[int] = None,
        published: Optional[str] = None,
    ) -> list[Record]: ...

class WarcReader(Iterator[PageDict]):
    def __init__(self, path: Union[str, os.PathLike[str]]) -> None: ...
    def __iter__(self) -> "WarcReader": ...
    def __next__(self) -> PageDict: ...

def extract(
    text: str,
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    id: Optional[str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
) -> Record: ...
def extract_batch(
    texts: Iterable[Union[str, DocumentDict]],
    threads: Optional[int] = None,
    published: Optional[str] = None,
) -> list[Record]: ...
def read_html(html: Union[str, bytes], id: Optional[str] = None, url: Optional[str] = None) -> PageDict: ...
def read_warc(path: Union[str, os.PathLike[str]]) -> WarcReader: ...
def _after_fork() -> None: ...

__all__: list[str]
