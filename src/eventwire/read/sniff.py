"""Which reader a file needs, and how to open it (gzip streamed).

The format comes from the extension (``.gz`` stripped) and, for unknown
extensions and ``.txt`` files, from the first bytes: gzip ``1f8b``, WARC/ARC headers, ``{`` for
JSON Lines (one JSON document when the first line is not a whole
object), ``<html``/``<!doctype`` for HTML; anything else is plain text.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import BinaryIO

from ..record import InputError

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192
MB = 1024 * 1024

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".warc": "warc", ".arc": "warc",
}
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.I | re.S)
# Errors that mean a gzip stream is cut short or damaged.
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def size_text(n: int) -> str:
    return f"{n / MB:.1f} MB"


def too_large(size: int | None, limit: int) -> str:
    if size is None:
        return f"too large (over the {limit / MB:g} MB limit)"
    return f"too large ({size_text(size)} > {limit / MB:g} MB limit)"


def gzip_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip"
    return f"damaged gzip ({exc})"


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == GZIP_MAGIC


def open_stream(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")
    return open(path, "rb")


def sniff_content(head: bytes) -> str:
    """Format from the first (decompressed) bytes of a file."""
    body = head
    for bom in BOMS:
        if body.startswith(bom):
            body = body[len(bom):]
            break
    if body.startswith(b"WARC/") or body.startswith(b"filedesc://"):
        return "warc"
    if body.lstrip().startswith((b"{", b"[")):
        return "jsonl" if _first_line_is_object(body.lstrip()) else "json"
    if _HTML_START.match(body):
        return "html"
    return "text"


def _first_line_is_object(body: bytes) -> bool:
    import json

    line = body.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line.decode("utf-8", "replace")), dict)
    except ValueError:
        return False


def detect(path: Path) -> str:
    """``text``, ``html``, ``jsonl``, ``json`` or ``warc``; raises InputError for an unreadable head."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    fmt = EXTENSIONS.get(Path(name).suffix)
    if fmt and fmt != "text":
        return fmt
    try:
        with open_stream(path) as f:
            head = f.read(SNIFF_BYTES)
    except GZIP_ERRORS as exc:
        raise InputError(str(path), gzip_reason(exc)) from None
    sniffed = sniff_content(head)
    # A ".txt" that is plainly a saved web page or an archive is read as one.
    return sniffed if fmt is None or sniffed in ("html", "warc") else fmt


def looks_binary(head: bytes) -> bool:
    """NUL bytes where text should be (UTF-16/32 with a BOM is text)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def read_limited(path: Path, limit: int) -> bytes:
    """All of a (possibly gzipped) file's bytes, refusing more than ``limit``.

    Raises InputError for an empty, too large or truncated file.
    """
    where = str(path)
    compressed = is_gzip(path)
    if not compressed:
        size = path.stat().st_size
        if size > limit:
            raise InputError(where, too_large(size, limit))
    try:
        with open_stream(path) as f:
            data = f.read(limit + 1)
    except GZIP_ERRORS as exc:
        raise InputError(where, gzip_reason(exc)) from None
    if len(data) > limit:
        raise InputError(where, too_large(None, limit) + " after decompression")
    if not data:
        raise InputError(where, "empty file")
    if looks_binary(data[:SNIFF_BYTES]):
        raise InputError(where, "binary file (NUL bytes), not text")
    return data
