"""Where the shared evaluation material is: ``$EVENTWIRE_SHARED``, else
``../shared`` beside the project (from the working directory or the source
tree).  It is read in place, never copied."""

from __future__ import annotations

import os
from pathlib import Path


class SharedMissing(FileNotFoundError):
    pass


def shared_dir() -> Path:
    candidates = []
    if os.environ.get("EVENTWIRE_SHARED"):
        candidates.append(Path(os.environ["EVENTWIRE_SHARED"]))
    candidates.append(Path.cwd().parent / "shared")
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared")
    for c in candidates:
        if c.is_dir():
            return c
    raise SharedMissing("the shared evaluation folder (../shared) is not here; "
                        "set EVENTWIRE_SHARED to its path")


def shared_path(*parts: str) -> Path:
    p = shared_dir().joinpath(*parts)
    if not p.exists():
        raise SharedMissing(f"{p}: not found")
    return p
