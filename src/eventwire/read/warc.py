"""WARC and ARC archives (plain or gzipped): HTTP responses with HTML bodies
(and ``resource`` records of HTML, as some archiving tools write them).

``url`` is WARC-Target-URI and ``input_id`` the WARC-Record-ID (for ARC,
which has no record ids, ``path#offset``); the crawl
date is not a publication date: ``published`` comes from the page, and the
record's WARC-Date is kept as the last resort (``published_from: warc``).
Request, metadata and warcinfo records are skipped silently.  Skipped
responses (not HTML, not HTTP 2xx) each give an InputSkipped (reported as
skipped, not as an error) naming the record (``path#offset``) up to
``SKIP_DETAIL`` per file; the rest are summed up in one line at the end, so a
crawl full of images does not flood the output.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..record import InputError, InputSkipped, RawArticle
from ..settings import Settings
from .dates import warc_date
from .html import decode_html, raw_from_html
from .sniff import GZIP_ERRORS, gzip_reason, is_gzip, open_stream, too_large

SKIP_DETAIL = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _content_type(record) -> str:
    """The payload's Content-Type: the HTTP header's, or the WARC header's for a resource."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return (headers.get_header("Content-Type") if headers is not None else None) or ""


def _skip_reason(record) -> str | None:
    """Why a response (or resource) record is no article page, or None if it is HTML."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return "no HTTP headers"
        status = (http.get_statuscode() or "").strip()
        if not status.startswith("2"):
            return f"HTTP status {status or '?'}"
    ctype = _content_type(record).split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        return f"not HTML (content type {ctype or 'missing'})"
    return None


def _record_article(record, records, path: Path, limit: int, arc: bool) -> RawArticle:
    body = record.content_stream().read(limit + 1)
    cut = getattr(record.raw_stream, "limit", 0) > 0  # the block ended before its length
    where = f"{path}#{records.get_record_offset()}"  # (this reads to the record's end)
    if len(body) > limit:
        raise InputError(where, too_large(None, limit))
    if cut:
        raise InputError(where, "truncated record")
    if not body.strip():
        raise InputError(where, "empty HTML body")
    m = _CHARSET.search(_content_type(record))
    html, warnings = decode_html(body, m.group(1) if m else None)
    url = record.rec_headers.get_header("WARC-Target-URI")
    raw = raw_from_html(html, where, url=url, warnings=warnings, fmt="warc")
    # ARC records have no id (warcio makes up a random one): use the offset.
    raw.input_id = (not arc and record.rec_headers.get_header("WARC-Record-ID")) or where
    crawled = warc_date(record.rec_headers.get_header("WARC-Date"))
    if crawled:
        raw.dates["warc"] = crawled
    return raw


def read_warc(path: Path, settings: Settings) -> Iterator[RawArticle | InputError]:
    with open_stream(path) as f:
        head = f.read(16)
    if not head:
        yield InputError(str(path), "empty file")
        return
    if not head.startswith((b"WARC/", b"filedesc://")):
        yield InputError(str(path), "not a WARC/ARC archive (no WARC or ARC header)")
        return
    state = {"yielded": False, "arc": head.startswith(b"filedesc://")}
    with open(path, "rb") as f:
        failed = yield from _records(f, path, settings, state)
    if failed and not state["yielded"] and is_gzip(path):
        # Gzipped as one whole file rather than record by record: stream it.
        with open_stream(path) as f:
            failed = yield from _records(f, path, settings, state)
    if failed:
        yield InputError(str(path), f"not a readable WARC/ARC archive ({failed})")


def _records(stream, path: Path, settings: Settings, state: dict):
    """Yield the articles and errors of an archive stream; return the reason
    it could not be read at all (None when it could)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped: Counter = Counter()
    responses = 0
    truncated = False
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            responses += 1
            reason = _skip_reason(record)
            if reason is None:
                try:
                    item = _record_article(record, records, path, settings.max_bytes, state["arc"])
                except InputError as err:
                    truncated = truncated or err.reason == "truncated record"
                    item = err
            else:
                skipped[reason] += 1
                if sum(skipped.values()) > SKIP_DETAIL:
                    continue
                item = InputSkipped(f"{path}#{records.get_record_offset()}", f"record skipped: {reason}")
            state["yielded"] = True
            yield item
    except GZIP_ERRORS as exc:
        truncated = True
        yield InputError(str(path), gzip_reason(exc))
    except ArchiveLoadFailed as exc:
        return " ".join(str(exc).split())[:100]
    if records.err_count and not truncated:
        yield InputError(str(path), f"{records.err_count} damaged records (Content-Length wrong)")
    more = sum(skipped.values()) - SKIP_DETAIL
    if more > 0:
        kinds = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
        yield InputSkipped(str(path), f"{more} more records skipped (in all: {kinds})")
    if responses == 0:
        yield InputError(str(path), "no HTTP response or resource records")
    return None
