"""Decoding bytes to text, and the plain-text reader.

A byte-order mark wins.  Then text that is valid UTF-8 is read as UTF-8
whatever a header declares (servers often say ISO-8859-1 for UTF-8 pages, and
text in another charset with non-ASCII letters is almost never valid UTF-8);
otherwise a declared charset (HTML meta, HTTP header) is used; otherwise
UTF-8 with the undecodable bytes replaced (one U+FFFD per run) and counted, so
the article still goes through with a warning saying how many bytes.
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
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A UTF-16/32 label without a byte-order mark is a mislabel (as browsers read it).
    return None if codec.startswith(("utf-16", "utf-32")) else codec


_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(value):
    """``value`` with lone UTF-16 surrogates (which ``json.loads`` accepts from
    ``"\\udfff"`` but no UTF-8 writer can encode) replaced by U+FFFD; other
    values unchanged."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """(text, warnings): a BOM, else valid UTF-8, else ``declared``, else UTF-8 replaced."""
    encodings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            data, encodings = data[len(bom):], [enc]
            break
    else:
        encodings = ["utf-8"] + [e for e in [normalise_charset(declared)] if e and e != "utf-8"]
    for enc in encodings:
        try:
            return data.decode(enc), []
        except UnicodeDecodeError:
            pass
    enc = encodings[-1]
    text = data.decode(enc, errors="surrogateescape")
    bad = sum(m.end() - m.start() for m in _ESCAPED.finditer(text))
    label = "UTF-8" if enc == "utf-8" else enc
    return _ESCAPED.sub("\ufffd", text), [f"invalid {label} replaced ({bad} bytes)"]


def read_text(path: Path, settings: Settings) -> RawArticle:
    """A plain-text file: the whole file is the article (title line detected later)."""
    data = read_limited(path, settings.max_bytes)
    text, warnings = decode(data)
    if not text.strip():
        raise InputError(str(path), "no text (whitespace only)")
    return RawArticle(text=text, input_id=str(path), detect_title=True,
                      warnings=warnings, format="text")
