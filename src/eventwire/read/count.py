"""How many articles a set of inputs holds, counted cheaply before a run.

A text or HTML file is one article; a JSON Lines file has one a non-blank
line (counted by scanning bytes, no JSON parsed); a WARC file one a response
or resource record (its headers counted, no HTML parsed); a JSON document
one.  Standard input cannot be read twice: a total with ``-`` among the
inputs is unknown (None), as is one that takes longer than ``budget``
seconds to count (a huge archive): the run then shows its rate only.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterable

from .sniff import GZIP_ERRORS, detect, open_stream

_RECORD = re.compile(rb"^WARC-Type:\s*(?:response|resource)\s*$", re.M | re.I)
CHUNK = 1 << 20


def _count_file(path: Path, deadline: float) -> int:
    try:
        fmt = detect(path)
    except Exception:
        return 1  # an unreadable file still counts as one input (its error)
    if fmt not in ("jsonl", "warc"):
        return 1
    n, tail = 0, b""
    try:
        with open_stream(path) as f:
            while chunk := f.read(CHUNK):
                if time.monotonic() > deadline:
                    raise TimeoutError
                data = tail + chunk
                cut = data.rfind(b"\n") + 1
                whole, tail = data[:cut], data[cut:]
                if fmt == "jsonl":
                    n += sum(1 for line in whole.split(b"\n") if line.strip())
                else:
                    n += len(_RECORD.findall(whole))
    except (OSError, *GZIP_ERRORS):
        return max(n, 1)
    if fmt == "jsonl" and tail.strip():
        n += 1
    return max(n, 1)


def count_inputs(paths: Iterable[str], budget: float = 5.0) -> int | None:
    """The number of articles (and other inputs) in ``paths``, or None when unknown."""
    from . import walk

    deadline = time.monotonic() + budget
    total = 0
    try:
        for p in paths:
            if str(p) == "-":
                return None
            p = Path(p)
            files = walk(p) if p.is_dir() else [p]
            for f in files:
                if time.monotonic() > deadline:
                    return None
                total += 1 if not isinstance(f, Path) or not f.is_file() else _count_file(f, deadline)
    except TimeoutError:
        return None
    return total
