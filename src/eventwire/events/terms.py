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


@functools.lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Surface forms of dictionary words that the parser's lemmatiser gets wrong
    ("raped" -> "rap"), with the dictionary lemma they are (``data/lemma_fixes.tsv``,
    found by :func:`lemma_errors`)."""
    out = {}
    with open(DATA / "lemma_fixes.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) >= 2 and not row[0].startswith("#") and row[0] != "form" and row[1] != "-":
                out[row[0]] = row[1]
    return out


def checked_forms() -> set[str]:
    """Every form of ``data/lemma_fixes.tsv``, fixed or checked and left alone."""
    with open(DATA / "lemma_fixes.tsv", encoding="utf-8", newline="") as f:
        return {row[0] for row in csv.reader(f, delimiter="\t")
                if len(row) >= 2 and not row[0].startswith("#") and row[0] != "form"}


def surface_fixes(lex: Lexicon) -> set[str]:
    """The fixed forms of the lexicon's heads (they are scan keys too)."""
    heads = set(lex.verbs) | set(lex.nouns)
    return {form for form, lemma in lemma_fixes().items() if lemma in heads}


# Carrier sentences: a form is lemmatised in the position the news puts it in.
_VERB_CARRIERS = ("The men {} the village.", "They have {} the village.", "He {} them yesterday.")
_NOUN_CARRIERS = ("The {} was reported.", "They condemned the {}.")


def lemma_errors(nlp, lex: Lexicon) -> dict[str, str]:
    """Run every inflected form of the dictionary's heads through the model and
    return the forms whose lemma is not the head: {form: head}.  A form that is
    itself another head's form is left out (it is no error, only ambiguity)."""
    own: dict[str, set[str]] = {}
    plural = lambda head: {f for f in noun_forms(head) if f.endswith("s")}  # noqa: E731
    for index, forms_of in ((lex.verbs, verb_forms), (lex.nouns, plural)):
        for head in index:
            if " " in head or not head.isalpha():
                continue
            for form in forms_of(head):
                if form != head:
                    own.setdefault(form, set()).add(head)
    heads = set(lex.verbs) | set(lex.nouns)
    out: dict[str, str] = {}
    texts, keys = [], []
    for form, hs in sorted(own.items()):
        if len(hs) != 1 or form in heads:
            continue
        head = next(iter(hs))
        carriers = _VERB_CARRIERS if head in lex.verbs else _NOUN_CARRIERS
        for c in carriers:
            texts.append(c.format(form))
            keys.append((form, head))
    # The rule forms overgenerate ("openned"): a form is an error only when its lemma is
    # another real word ("raped" -> "rap"), or when it is a listed irregular form.
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    real = set().union(*(set(v) for v in index.values())) | heads
    listed = {f for fs in irregular().values() for f in fs}
    for (form, head), doc in zip(keys, nlp.pipe(texts, batch_size=512)):
        tok = next((t for t in doc if t.lower_ == form), None)
        if tok is None:
            continue
        lemma = tok.lemma_.lower()
        if lemma != head and (lemma in real or form in listed):
            out[form] = head
    return out
