"""Surface forms of the dictionary's words, for the fast pre-parse scan."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .lexicon import Lexicon

DATA = Path(__file__).parent / "data"
_VOWELS = set("aeiou")


@functools.lru_cache(maxsize=1)
def irregular() -> dict[str, tuple[str, ...]]:
    out = {}
    with open(DATA / "irregular.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                out[row[0]] = tuple(w for w in row[1:] if w)
    return out


def verb_forms(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} \
                and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(irregular().get(lemma, ()))
    return forms


def noun_forms(lemma: str) -> set[str]:
    return verb_forms(lemma) - {lemma + "ed", lemma + "d"} if lemma.isalpha() else {lemma}


def terms(lex: Lexicon) -> set[str]:
    out: set[str] = set()
    for head in lex.verbs:
        out |= verb_forms(head)
    for head in lex.nouns:
        out |= noun_forms(head)
    return out
