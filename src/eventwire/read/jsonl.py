"""JSON Lines: one article a line, fields ``id``, ``url``, ``title``,
``published``, ``source`` and ``text`` or ``html``.

A ``title`` field, even an empty one, means the text carries no title line.
A broken line becomes an InputError and the following lines go on.  A
``.json`` file (or one whose first line is no whole object) is one JSON
document: an article object or an array of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from ..record import InputError, RawArticle
from ..settings import Settings
from .dates import path_date, valid_day
from .html import raw_from_html
from .sniff import GZIP_ERRORS, gzip_reason, looks_binary, open_stream, read_limited, too_large
from .text import decode, no_surrogates

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def _str(value) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def _published(value, warnings: list[str]) -> str | None:
    """``YYYY-MM-DD`` (a full ISO timestamp is cut to its date); else a warning."""
    if value in (None, ""):
        return None
    m = _DATE.match(str(value).strip())
    if m:
        day = valid_day(*map(int, m.group(1).split("-")))
        if day:
            return day
        warnings.append(f"published {value!r} is no calendar date: ignored")  # 0000-00-00, 2013-02-30
        return None
    warnings.append(f"published {value!r} is not a YYYY-MM-DD date: ignored")
    return None


def raw_from_dict(d: dict, where: str) -> RawArticle:
    """A RawArticle from one JSON object; InputError when it has no usable text."""
    if not isinstance(d, dict):
        raise InputError(where, f"expected a JSON object, got {type(d).__name__}")
    clean = {k: no_surrogates(v) for k, v in d.items()}
    bad = sorted(k for k in d if clean[k] is not d[k])
    d = clean
    text, html = d.get("text"), d.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"field '{name}' is not a string")
    input_id = _str(d.get("id")) or where
    warnings: list[str] = []
    published = own = _published(d.get("published"), warnings)
    if text and text.strip():
        raw = RawArticle(text=text, input_id=input_id, detect_title="title" not in d,
                         format="jsonl")
    elif html and html.strip():
        raw = raw_from_html(html, input_id, url=_str(d.get("url")), fmt="jsonl")
        published = published or raw.published
    else:
        raise InputError(where, "no 'text' or 'html' field with content")
    raw.url = _str(d.get("url")) or raw.url
    raw.source = _str(d.get("source")) or raw.source
    if "title" in d:
        raw.title = _str(d.get("title"))
        raw.detect_title = False
    if own:
        raw.published_from = "input"
    raw.published = published
    if raw.url and "url" not in raw.dates:
        day = path_date(raw.url)
        if day:
            raw.dates["url"] = day
    raw.warnings.extend(warnings)
    if bad:
        raw.warnings.append(f"lone surrogate code points (not text) replaced by U+FFFD in {', '.join(map(str, bad))}")
    return raw


def read_jsonl(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """Stream a (possibly gzipped) JSON Lines file, one line at a time."""
    limit = settings.max_bytes
    seen = False
    try:
        with open_stream(path) as f:
            for n, line in enumerate(iter(lambda: f.readline(limit + 1), b""), start=1):
                where = f"{path}:{n}"
                if len(line) > limit and not line.endswith(b"\n"):
                    while (rest := f.readline(limit + 1)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the over-long line
                    seen = True
                    yield InputError(where, too_large(None, limit) + " (one line)")
                    continue
                if not line.strip():
                    continue
                seen = True
                yield _parse_line(line, where)
    except GZIP_ERRORS as exc:
        yield InputError(str(path), gzip_reason(exc))
        return
    if not seen:
        yield InputError(str(path), "empty file")


def _parse_line(line: bytes, where: str) -> RawArticle | InputError:
    if looks_binary(line[:4096]):
        return InputError(where, "binary data (NUL bytes), not JSON")
    text, warnings = decode(line)
    try:
        d = json.loads(text)
    except ValueError as exc:
        reason = str(exc).splitlines()[0][:80]
        return InputError(where, f"invalid JSON ({reason})")
    except RecursionError:
        return InputError(where, "invalid JSON (nested too deeply)")
    try:
        raw = raw_from_dict(d, where)
    except InputError as err:
        return err
    raw.warnings.extend(warnings)
    return raw


def read_json(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    """One JSON document: an article object, or an array of them."""
    text, warnings = decode(read_limited(path, settings.max_bytes))
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield InputError(str(path), f"invalid JSON ({str(exc).splitlines()[0][:80]})")
        return
    except RecursionError:
        yield InputError(str(path), "invalid JSON (nested too deeply)")
        return
    items = data if isinstance(data, list) else [data]
    for n, d in enumerate(items):
        where = f"{path}[{n}]" if isinstance(data, list) else str(path)
        try:
            raw = raw_from_dict(d, where)
        except InputError as err:
            yield err
            continue
        raw.warnings.extend(warnings)
        yield raw
