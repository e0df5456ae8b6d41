"""Inline photo captions and credits inside a paragraph of the article.

Scraped text keeps what sat beside a photo: a parenthetical credit ("(File
photo)", "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(Getty Images)"), a
pointer ("(left)", "(pictured right)") or a caption clause between commas or
in parentheses ("Jane Roe, seen here last week in Ohio, said ...", "(shown
here in 2015)").  Each is cut with its parentheses or commas and recorded;
the sentence around it stays.  The words come from ``data/captions.tsv``.
A sentence that only mentions a photo ("the photo, seen by Reuters, showed
...", "Reuters photographers were detained") is not a caption: a credit
needs its own parentheses, a caption clause one of the "shown" phrases
right after the comma or parenthesis (and no "by": "pictured by a drone").
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "captions.tsv"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words: dict[str, list[str]] = {}
    with open(_DATA, encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            words.setdefault(row["kind"].strip(), []).append(row["phrase"].strip())

    def alt(kind: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.get(kind, []), key=len, reverse=True))

    credit, agency, position, shown = alt("credit"), alt("agency"), alt("position"), alt("shown")
    # "(File photo)", "(Photo: Reuters)", "(AP Photo/Jane Doe)", "(Getty Images)", "(left)", "(pictured right)"
    paren = re.compile(
        rf"\s*\(\s*(?:(?:(?:{agency})\s*)?(?:{credit})\b[^()]{{0,80}}|(?:{agency})(?:\s*/[^()]{{0,60}})?|"
        rf"(?:(?:{shown})\s+)?(?:{position})|(?:{shown})\b[^()]{{0,60}})\s*\)", re.IGNORECASE)
    # ", seen here last week in Ohio," / ", pictured in 2015,"
    clause = re.compile(rf",\s+(?:{shown})\b(?!\s+by\b)[^,;()]{{0,60}},", re.IGNORECASE)
    return paren, clause


def split_captions(paragraph: str) -> tuple[str, list[str]]:
    """The paragraph without its inline captions and credits, and the pieces cut."""
    if "(" not in paragraph and "," not in paragraph:
        return paragraph, []
    paren, clause = _patterns()
    cut: list[str] = []

    def take(m: re.Match, keep: str = "") -> str:
        cut.append(m.group(0).strip(" ,"))
        return keep

    text = paren.sub(lambda m: take(m), paragraph)
    text = clause.sub(lambda m: take(m), text)
    if not cut:
        return paragraph, []
    return text.strip(), cut
