"""Readers: files and folders in, :class:`~eventwire.record.RawArticle` out.

>>> for item in read_paths(["samples/"]):          # doctest: +SKIP
...     print(item if isinstance(item, InputError) else item.input_id)

Formats: plain text, HTML, JSON Lines, WARC/ARC, each also gzipped; folders
are walked recursively in sorted order, hidden files and folders and files
that are clearly no articles (``NOT_ARTICLES``: code, images, ...) skipped.
Everything streams: one file (or one line, one record) at a time.  A bad
input is yielded as an :class:`InputError` (``where``: the file, ``file:LINE``
or ``file#offset``; ``reason``) and the batch goes on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..record import InputError, RawArticle
from ..settings import Settings
from .dates import path_date
from .html import read_html
from .jsonl import raw_from_dict, read_json, read_jsonl
from .sniff import GZIP_ERRORS, detect, gzip_reason
from .text import read_text
from .warc import read_warc

_SINGLE = {"text": read_text, "html": read_html}
_STREAM = {"jsonl": read_jsonl, "json": read_json, "warc": read_warc}
# Walking a folder passes over files that are clearly not articles (code,
# documentation, media, office and archive files); a file named on its own
# is always read.
NOT_ARTICLES = frozenset(
    ".py .pyc .js .css .map .sh .md .rst .yaml .yml .toml .cfg .ini .lock .csv .tsv .xml "
    ".png .jpg .jpeg .gif .webp .svg .ico .pdf .mp3 .mp4 .wav .zip .tar .tgz .bz2 .xz .7z "
    ".doc .docx .xls .xlsx .ppt .pptx .exe .so .dll .bin .db .duckdb .parquet "
    ".ann .conll .conllu .tml".split())  # annotation files beside corpora (brat, CoNLL, TimeML)


def _is_article_file(name: str) -> bool:
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1] not in NOT_ARTICLES


def walk(folder: Path) -> Iterator[Path | InputError]:
    """Article files below ``folder``, sorted by name, hidden ones skipped;
    an unreadable folder is an InputError and the walk goes on."""
    seen: set[str] = set()

    def visit(d: Path) -> Iterator[Path | InputError]:
        real = os.path.realpath(d)
        if real in seen:  # a symlink loop
            return
        seen.add(real)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(d), f"cannot read folder ({exc.strerror or exc})")
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            if e.is_dir():
                yield from visit(Path(e.path))
            elif e.is_file() and _is_article_file(e.name):
                yield Path(e.path)

    yield from visit(folder)


def read_file(path: str | Path, settings: Settings | None = None) -> Iterator[RawArticle | InputError]:
    """The articles (and errors) of one file."""
    settings = settings or Settings()
    path = Path(path)
    try:
        fmt = detect(path)
        if fmt in _STREAM:
            yield from _STREAM[fmt](path, settings)
        else:
            raw = _SINGLE[fmt](path, settings)
            # one article per file: a date in its name or folders is its date
            # (used when the page and text tell none; see clean.published)
            day = path_date(str(path))
            if day:
                raw.dates.setdefault("filename", day)
            yield raw
    except InputError as err:
        yield err
    except GZIP_ERRORS as exc:
        yield InputError(str(path), gzip_reason(exc))
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")
    except Exception as exc:  # a reader bug or library crash: report it, go on with the batch
        yield InputError(str(path), f"reader failed ({type(exc).__name__}: {exc})"[:200])


def read_paths(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[RawArticle | InputError]:
    """Lazily read files and folders, in the given order (folders sorted).

    ``paths`` is an iterable of paths (a single path is taken as one);
    ``-`` is standard input."""
    settings = settings or Settings()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        if str(p) == "-":  # standard input
            from .stdin import read_stdin

            yield from read_stdin(settings, read_file)
            continue
        p = Path(p)
        if p.is_dir():
            for f in walk(p):
                if isinstance(f, InputError):
                    yield f
                else:
                    yield from read_file(f, settings)
        elif p.is_file():
            yield from read_file(p, settings)
        elif p.exists():
            yield InputError(str(p), "not a regular file")
        else:
            yield InputError(str(p), "no such file or folder")


__all__ = ["InputError", "RawArticle", "read_paths", "read_file", "raw_from_dict", "walk"]
