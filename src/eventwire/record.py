"""The article record (see CONTRACT.md in the project's shared material).

Every stage fills part of one :class:`Article`.  Field names are stable: add
fields freely, rename none.  Offsets are character offsets into ``body``.

Stages work on a :class:`Document`: the record plus the transient state that
is never serialised (the parsed spaCy ``Doc`` of each sentence, the raw input).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def span(body: str, start: int, end: int) -> dict:
    """A contract span: ``{"start", "end", "text"}`` with ``body[start:end] == text``."""
    return {"start": start, "end": end, "text": body[start:end]}


_WS = re.compile(r"\s+")


def normalise_for_id(body: str) -> str:
    """The text an article id is a hash of: NFKC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", body)).strip().casefold()


def article_id(body: str) -> str:
    """Stable id: same normalised text -> same id."""
    return hashlib.sha1(normalise_for_id(body).encode("utf-8")).hexdigest()[:16]


_ATOMS = (str, int, float, bool, type(None))


def _plain(value):
    """A deep copy of a record value with the value ``dataclasses.asdict`` gives: dicts, lists and
    tuples rebuilt, nested dataclasses turned into dicts, immutable scalars shared, anything else
    deep-copied."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is list:
        return [_plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return copy.deepcopy(value)


@dataclass
class Article:
    """One article record, exactly the names of the contract."""

    id: str = ""
    input_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "und"
    status: str = "coded"  # coded | skipped | duplicate | error
    reason: str | None = None
    body: str = ""
    paragraphs: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    times: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    # Additions beyond the contract (allowed: "add fields freely").
    byline: str | None = None
    dateline: str | None = None
    languages: list[dict] = field(default_factory=list)  # per-paragraph languages when mixed
    # where ``published`` came from: input, metadata, dateline, filename, url, option, warc
    published_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """What ``dataclasses.asdict`` gives (a deep copy), without its per-value overhead."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.body[s["start"] : s["end"]]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s["start"]:
                hi = mid - 1
            elif offset >= s["end"]:
                lo = mid + 1
            else:
                return mid
        return None


@dataclass
class RawArticle:
    """What every reader produces, whatever the input format."""

    text: str  # main text, paragraphs separated by blank or single newlines
    input_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    # The input said whether a title line is to be detected in ``text``:
    # None = detect (plain text), False = the text has no title line.
    detect_title: bool = True
    comments: list[str] = field(default_factory=list)  # comments the reader separated
    removed: list[dict] = field(default_factory=list)  # what the reader cut, with why
    warnings: list[str] = field(default_factory=list)  # e.g. invalid UTF-8 replaced
    format: str = "text"  # text | html | jsonl | warc
    # Where ``published`` came from ("input": a field of the input; "metadata":
    # the page's own metadata), and the other dates known of the input, by
    # source ("filename", "url", "warc"), for when the text tells none.
    published_from: str | None = None
    dates: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    """A record being built, plus the transient state the stages share.

    ``parsed`` maps a sentence index to its spaCy ``Doc`` (token offsets are
    relative to the sentence start: add ``article.sentences[i]["start"]``).
    Sentences the fast pass leaves out have no entry.
    """

    article: Article
    raw: RawArticle | None = None
    parsed: dict[int, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def token_span(self, sentence: int, token) -> dict:
        base = self.article.sentences[sentence]["start"]
        start = base + token.idx
        return span(self.article.body, start, start + len(token.text))

    def char_span(self, sentence: int, start: int, end: int) -> dict:
        base = self.article.sentences[sentence]["start"]
        return span(self.article.body, base + start, base + end)


class InputError(Exception):
    """Bad input: one line naming the file (and line) and the reason."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class InputSkipped(InputError):
    """An input that is no article and is passed over on purpose (a WARC
    record of an image, a stylesheet): reported as skipped, not as an error."""
