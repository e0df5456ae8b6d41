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
from .dates import path_date
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


_COMMENTS_HEADER = re.compile(
    r"^(\d+\s+)?(reader\s+)?(comments?|responses|replies|discussion|join the (conversation|discussion)"
    r"|leave a (comment|reply))\s*(\(\d+\))?\s*:?$", re.I)
_SIGNATURE = re.compile(r"^\S+(\s+\S+){0,3}$")  # a name or date line: at most four words
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’)]$")


def split_comments(text: str | None) -> list[str]:
    """Reader comments, one string each: a section header line is dropped and
    a short signature line (user name, date) is joined to the comment after it."""
    out: list[str] = []
    pending = ""
    for line in _lines(text):
        if _COMMENTS_HEADER.match(line):
            continue
        if len(line) <= 40 and _SIGNATURE.match(line) and not _ENDS_SENTENCE.search(line):
            pending = f"{pending} {line}".strip()
            continue
        out.append(f"{pending}: {line}" if pending else line)
        pending = ""
    if pending:
        out.append(pending)
    return out


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def split_title(lines: list[str], title: str | None) -> tuple[list[str], list[dict]]:
    """Drop a leading line that repeats the page title (the title is kept apart)."""
    if title and lines and _same(lines[0], title):
        return lines[1:], [{"text": lines[0], "reason": "title"}]
    return lines, []


# When the precise reading is short (under CHECK_BELOW characters) it may
# have lost the article: if it keeps less than FALLBACK_RATIO of the
# recall-oriented reading, that reading's text is used.  (Only short ones
# are checked: the second reading costs half again the time.)
CHECK_BELOW = 2500
FALLBACK_RATIO = 0.5
# Fewer words than this is menu or link residue, not an article.
MIN_WORDS = 8


def _bare(html: str, url: str | None, **options):
    import trafilatura

    # No extensive date search: it falls back on copyright years and free
    # text, and a guessed date is worse than none.
    dates = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
    return trafilatura.bare_extraction(html, url=url, include_comments=True, include_tables=True,
                                       date_extraction_params=dates, **options)


def extract(html: str, url: str | None = None):
    """trafilatura's reading of a page (a ``trafilatura.settings.Document``) or None.

    ``favor_precision`` drops more page furniture (on the AEB benchmark it
    beats the default); when it keeps too little, the ``favor_recall``
    reading's text and comments are used instead.
    """
    precise = _bare(html, url, with_metadata=True, favor_precision=True)
    kept = len(precise.text or "") if precise is not None else 0
    if kept >= CHECK_BELOW:
        return precise
    wide = _bare(html, url, favor_recall=True)
    if wide is None or kept >= FALLBACK_RATIO * len(wide.text or ""):
        return precise
    if precise is None:  # (rare) read it again for the page's metadata
        return _bare(html, url, with_metadata=True, favor_recall=True)
    precise.text, precise.comments = wide.text, wide.comments
    return precise


_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
           "section", "article", "header", "footer", "nav", "aside", "blockquote", "figcaption", "figure",
           "pre", "dd", "dt", "form", "label", "button", "option", "main", "table", "span"}
_DROP = ("script", "style", "noscript", "template", "head", "svg", "iframe")


def page_lines(html: str) -> list[str]:
    """Every visible text line of a page, one block element a line."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return []
    for bad in root.iter(*_DROP):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    return [" ".join(line.split()) for line in root.text_content().splitlines() if line.strip()]


def cut_lines(html: str, kept: list[str]) -> list[dict]:
    """The page's text that the extraction left out, line by line, as ``removed``."""
    norm = lambda t: " ".join(t.split()).casefold()  # noqa: E731
    keep = norm("\n".join(kept))
    out, seen = [], set()
    for line in page_lines(html):
        key = norm(line)
        if key and key not in keep and key not in seen:
            seen.add(key)
            out.append({"text": line, "reason": "page-furniture"})
    return out


def raw_from_html(html: str, where: str, url: str | None = None,
                  warnings: list[str] | None = None, fmt: str = "html") -> RawArticle:
    """One page's RawArticle; InputError when it has no article text."""
    try:
        doc = extract(html, url=url)
    except Exception as exc:  # a parser crash on one page must not stop the batch
        raise InputError(where, f"HTML extraction failed ({type(exc).__name__}: {exc})"[:200]) from None
    lines = _lines(doc.text if doc is not None else None)
    title = (doc.title or "").strip() or None if doc is not None else None
    lines, removed = split_title(lines, title)
    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        raise InputError(where, "no article text found")
    page_url = url or doc.url
    source = doc.sitename or doc.hostname or (urlparse(page_url).hostname if page_url else None)
    date = doc.date if doc.date and _DATE.match(doc.date) else None
    comments = split_comments(doc.comments)
    removed += cut_lines(html, lines + _lines(doc.comments) + [title or ""])
    raw = RawArticle(
        text="\n".join(lines), input_id=where, url=page_url, source=source,
        title=title, published=date, byline=(doc.author or "").strip() or None,
        detect_title=False, comments=comments,
        removed=removed, warnings=list(warnings or []), format=fmt,
        published_from="metadata" if date else None)
    day = path_date(page_url)
    if day:
        raw.dates["url"] = day
    return raw


def read_html(path: Path, settings: Settings) -> RawArticle:
    data = read_limited(path, settings.max_bytes)
    html, warnings = decode_html(data)
    return raw_from_html(html, str(path), warnings=warnings)
