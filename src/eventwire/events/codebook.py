"""The CAMEO codebook: every event code with its name, Goldstein value,
QuadClass and PLOVER 2.0 event type, mode and context (``data/cameo.tsv``)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    def plover(self) -> dict:
        return {"event": self.plover_event, "mode": self.plover_mode,
                "context": self.plover_context}


@functools.lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    """All CAMEO codes (roots "01".."20" and their 3- and 4-digit codes)."""
    out: dict[str, Code] = {}
    with open(DATA / "cameo.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["code"]] = Code(
                code=row["code"], name=row["name"], goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]), plover_event=row["plover_event"],
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None)
    return out


def lookup(code: str) -> Code:
    """The entry for ``code``; raises KeyError naming the code when unknown."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None
