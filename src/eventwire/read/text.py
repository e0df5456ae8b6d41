"""Decoding bytes to text, and the plain-text reader.

A byte-order mark wins; then a declared charset (HTML meta, HTTP header);
else UTF-8.  Undecodable bytes are replaced (one U+FFFD per run) and counted,
so the article still goes through with a warning saying how many bytes.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..record import InputError, RawArticle
from ..settings import Settings
from .sniff import read_limited

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ESCAPED = re.compile("[\udc80-\udcff]+")
# Browsers read these labels as windows-1252, a superset.
_LATIN1 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _LATIN1:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """(text, warnings): honour a BOM, else ``declared``, else UTF-8."""
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], enc
            break
    encoding = encoding or normalise_charset(declared) or "utf-8"
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError:
        pass
    if codecs.lookup(encoding).name != "utf-8":
        text = data.decode(encoding, errors="replace")
        return text, [f"invalid {encoding} replaced ({text.count(chr(0xFFFD))} characters)"]
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(m.end() - m.start() for m in _ESCAPED.finditer(text))
    return _ESCAPED.sub("\ufffd", text), [f"invalid UTF-8 replaced ({bad} bytes)"]


def read_text(path: Path, settings: Settings) -> RawArticle:
    """A plain-text file: the whole file is the article (title line detected later)."""
    data = read_limited(path, settings.max_bytes)
    text, warnings = decode(data)
    if not text.strip():
        raise InputError(str(path), "no text (whitespace only)")
    return RawArticle(text=text, input_id=str(path), detect_title=True,
                      warnings=warnings, format="text")
