"""``-`` as an input: standard input, in any format a file may have.

The bytes are spooled to a temporary file (readers stream from files) and
read like a file named ``<stdin>``: the format is sniffed from the content,
and every record and error names ``<stdin>`` rather than the spool file.
A file name carries no date here, so none is read from it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

from ..record import InputError, RawArticle
from ..settings import Settings

NAME = "<stdin>"


def read_stdin(settings: Settings, read_file, stream: BinaryIO | None = None) -> Iterator[RawArticle | InputError]:
    stream = stream if stream is not None else sys.stdin.buffer
    fd, tmp = tempfile.mkstemp(prefix="eventwire-stdin-")
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
        for item in read_file(Path(tmp), settings):
            if isinstance(item, InputError):
                where = item.where.replace(tmp, NAME)
                yield type(item)(where, item.reason)
                continue
            if item.input_id and tmp in item.input_id:
                item.input_id = item.input_id.replace(tmp, NAME)
            item.dates.pop("filename", None)
            yield item
    finally:
        os.unlink(tmp)
