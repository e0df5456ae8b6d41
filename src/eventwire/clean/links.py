""""Read this in another language" lines written in the article's own script.

A short line (at most ``MAX_WORDS`` words) that names a language in that
language and holds one of its words of reading or of a version ("Lire cet
article en français", "Leer en español", "Auf Deutsch lesen", "Read in
English") is a link to a translation, cut when that language is not the
article's (on an English page "Read in English" is not foreign; a sentence
of the article that names a language, "The French version of the treaty was
signed in Paris.", is longer or has no cue of that language).  The languages,
their names and cues are in ``data/language_links.tsv``.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "language_links.tsv"
MAX_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(text: str) -> str:
    """Casefolded, accents stripped (combining marks are never ASCII: only the other characters are looked at)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    if text.isascii():
        return text
    return _NON_ASCII.sub(_drop_combining, text)


def _drop_combining(m: re.Match) -> str:
    return "" if unicodedata.combining(m.group()) else m.group()


@functools.lru_cache(maxsize=1)
def _table() -> list[tuple[str, list[tuple[str, ...]], set[str]]]:
    out = []
    with open(_DATA, encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            names = [tuple(_WORD.findall(_fold(n))) for n in row["names"].split("|") if n.strip()]
            cues = {_fold(c.strip()) for c in row["cues"].split("|") if c.strip()}
            out.append((row["language"].strip(), names, cues))
    return out


def link_language(line: str) -> str | None:
    """The language a short "read in ..." line links to, or None."""
    words = _WORD.findall(_fold(line))
    if not words or len(words) > MAX_WORDS or line.rstrip().endswith((".", "?", "!")) and len(words) > 4:
        return None
    for lang, names, cues in _table():
        for name in names:
            n = len(name)
            at = [i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == name]
            if not at:
                continue
            rest = words[:at[0]] + words[at[0] + n:]
            if rest and all(w in cues for w in rest):
                return lang
    return None
