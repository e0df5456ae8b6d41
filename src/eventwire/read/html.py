"""HTML pages: main text, reader comments, title, date and site via trafilatura.

``raw_from_html`` is shared by the HTML file reader, JSON Lines ``html``
fields and WARC response records.  Paragraphs come out one per line.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from ..record import InputError, RawArticle
from ..settings import Settings
from .sniff import read_limited
from .text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, list[str]]:
    """Decode a page: BOM, then its meta charset, then the HTTP header's, then UTF-8."""
    return decode(data, meta_charset(data) or http_charset)


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def extract(html: str, url: str | None = None):
    """trafilatura's reading of a page (a ``trafilatura.settings.Document``) or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, include_comments=True, with_metadata=True,
        include_tables=True, favor_recall=True)


def raw_from_html(html: str, where: str, url: str | None = None,
                  warnings: list[str] | None = None, fmt: str = "html") -> RawArticle:
    """One page's RawArticle; InputError when it has no article text."""
    doc = extract(html, url=url)
    lines = _lines(doc.text if doc is not None else None)
    if not lines:
        raise InputError(where, "no article text found")
    page_url = url or doc.url
    source = doc.sitename or doc.hostname or (urlparse(page_url).hostname if page_url else None)
    date = doc.date if doc.date and _DATE.match(doc.date) else None
    return RawArticle(
        text="\n".join(lines), input_id=where, url=page_url, source=source,
        title=(doc.title or "").strip() or None, published=date, detect_title=False,
        comments=_lines(doc.comments), warnings=list(warnings or []), format=fmt)


def read_html(path: Path, settings: Settings) -> RawArticle:
    data = read_limited(path, settings.max_bytes)
    html, warnings = decode_html(data)
    return raw_from_html(html, str(path), warnings=warnings)
