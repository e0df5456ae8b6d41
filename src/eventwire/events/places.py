"""An event's place: the place its clause names, else its sentence's, else the dateline's.

Only mentions that say where something is count (role ``place`` or
``facility``); an embedded toponym ("The Washington Post") or a modifier
("Russian officials") does not.  The clause is the trigger's clause in the
dependency parse: the subtree of the nearest clause head above the trigger,
without the clauses nested in it ("Police in Dayton said [protesters marched
in Columbus]": the march is in Columbus, the saying in Dayton).  Returns the
place id and where it came from: ``clause`` | ``sentence`` | ``dateline``.
"""

from __future__ import annotations

_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis", "acl"}
_LOCATING_ROLES = {"place", "facility"}


def _clause_head(tok):
    t = tok
    while t.dep_ not in _CLAUSE_DEPS and t.head is not t:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            break  # a coordinated verb heads its own clause
        t = t.head
    return t


def clause_ranges(tok) -> list[tuple[int, int]]:
    """Sentence-relative character ranges of the trigger's clause, nested clauses left out."""
    head = _clause_head(tok)
    nested = [c for c in head.subtree if c is not head and c.head is not c
              and (c.dep_ in _CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
              and _clause_head(c) is c]
    skip = set()
    for c in nested:
        skip.update(x.i for x in c.subtree)
    return [(t.idx, t.idx + len(t.text)) for t in head.subtree if t.i not in skip]


def event_place(article, sent: int, offset: int, trigger_tok=None) -> tuple[str | None, str | None]:
    """``(place id, place_from)`` for an event whose trigger starts at body ``offset``."""
    in_sentence = []
    for p in article.places:
        for m in p.get("mentions", []):
            if m.get("role", "place") not in _LOCATING_ROLES:
                continue
            s = m.get("sentence")
            if s is None:
                s = article.sentence_at(m["start"])
            if s == sent:
                in_sentence.append((abs(m["start"] - offset), m["start"], p["id"]))
    if in_sentence and trigger_tok is not None:
        base = article.sentences[sent]["start"]
        ranges = clause_ranges(trigger_tok)
        inside = [x for x in in_sentence if any(a <= x[1] - base < b for a, b in ranges)]
        if inside:
            return min(inside)[2], "clause"
    if in_sentence:
        return min(in_sentence)[2], "sentence"
    for p in article.places:
        if p.get("via") == "dateline" and p.get("lat") is not None:
            return p["id"], "dateline"
    dateline = (article.dateline or "").strip().lower()
    if dateline:  # places found before the stage marked the dateline's record
        for p in article.places:
            name = (p.get("name") or "").lower()
            if name and (dateline.startswith(name) or name in dateline.split(",")[0].split()):
                return p["id"], "dateline"
    return None, None
