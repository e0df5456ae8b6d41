"""An event's date: the time expression that governs it, else the publication date.

The when stage has resolved every date expression of the article against the
publication date (``article.times``: span, sentence, TimeML value).  A time
in the event's sentence dates the event when the dependency parse links the
time to the event itself:

``clause``       the time hangs (through prepositions and the words of its
                 own phrase) on the event's trigger: "in March imposed
                 sanctions", "met on Jan. 5", "last week signed", "Obama's
                 2012 visit"; or on the event verb's object by a preposition
                 or its subject by a preposition or as a bare noun phrase
                 ("imposed sanctions on Monday", "the EU in March imposed":
                 the parser often attaches the phrase to the nearest noun);
``sentence``     the time hangs on a verb that encloses the event's clause
                 ("On Monday the ministers said they had agreed ..."), with
                 no bound word between them ("said Monday that since the
                 day he signed ..." does not date the signing);
``publication``  no time governs the event: the article's publication date.

A time is no event's date when it sits under a word of ``bounds`` ("after a
test in January", "since 2012", "by March": a limit, not the time), modifies
another noun ("sanctions over the 2014 annexation"), or hangs on another
verb that does not enclose the event ("Russia, which annexed Crimea in 2014,
..."); the words are data (``data/dates.yaml``).  Values that name no time on
the calendar (``PAST_REF``, ``PRESENT_REF``) date nothing.

``date`` is the day when the value is a day; ``date_value`` is the TimeML
value ("2016-03-05", "2016-03", "2012", "2016-W12") and ``date_from`` says
which of the three it came from.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "dates.yaml"
VERBISH = ("VERB", "AUX")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CALENDAR = re.compile(r"^\d")  # 2016-03-05, 2016-03, 2016-W12, 2016-SU, 2012, 199 (a decade)
MAX_LINKS = 12


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


def _tokens_in(sdoc, start: int, end: int) -> list:
    return [t for t in sdoc if t.idx < end and t.idx + len(t.text) > start]


def _span_head(tokens: list):
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


def _anchor(main, trigger_tokens) -> tuple[set[int], set[int]]:
    """Token ids that are the event (trigger words, a noun trigger's light
    verb) and ids of the event verb's subject and objects."""
    w = _words()
    anchor = {t.i for t in trigger_tokens} | {main.i}
    if main.pos_ in NOMINAL and main.dep_ in w["object_links"] and main.head.pos_ in VERBISH:
        anchor.add(main.head.i)  # "held talks": the verb of a noun event
    objects = set()
    for t in trigger_tokens:
        if t.pos_ in VERBISH:
            objects |= {c.i for c in t.children if c.dep_ in w["argument_links"]}
    return anchor, objects - anchor


def _encloses(verb, main) -> bool:
    """``verb`` is above ``main`` in the parse, and no bound word ("since the day
    the president signed", "after aides insisted") stands between them."""
    bounds = _words()["bounds"]
    node = main
    for _ in range(MAX_LINKS):
        if node.i == verb.i:
            return True
        if node.lower_ in bounds and node.dep_ in ("prep", "mark"):
            return False
        if any(c.dep_ == "mark" and c.lower_ in bounds for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def governs(time_head, main, anchor: set[int], objects: set[int]) -> str | None:
    """``clause``, ``sentence`` or None: how the time whose head token is
    ``time_head`` relates to the event whose main trigger token is ``main``."""
    w = _words()
    cur = time_head
    for _ in range(MAX_LINKS):
        nxt = cur.head
        if nxt.i == cur.i:
            return None  # the time is the sentence's root: it governs nothing
        if cur.dep_ == "pobj" and (nxt.lower_ in w["bounds"] or nxt.lemma_.lower() in w["bounds"]):
            return None  # "after a test in January", "since 2012"
        if nxt.i in anchor:
            return "clause"
        if nxt.pos_ in VERBISH:
            return "sentence" if _encloses(nxt, main) else None
        if nxt.pos_ in NOMINAL and cur.dep_ in w["noun_links"]:
            if nxt.i in objects and cur.dep_ in w["argument_time_links"]:
                return "clause"  # "imposed sanctions on Monday", "the EU in March imposed"
            return None  # "the 2014 annexation", "talks in May": the time of another thing
        cur = nxt
    return None


def event_date(article, sdoc, sent: int, main, trigger_tokens) -> dict:
    """``{"date", "date_value", "date_from"}`` of an event in sentence ``sent``."""
    base = article.sentences[sent]["start"]
    trig_at = base + main.idx
    anchor, objects = _anchor(main, trigger_tokens)
    best = None
    for t in article.times:
        value = str(t.get("value") or "")
        if t.get("sentence") != sent or not _CALENDAR.match(value):
            continue
        toks = _tokens_in(sdoc, t["span"]["start"] - base, t["span"]["end"] - base)
        if not toks or any(tok.i in anchor for tok in toks):
            continue
        how = governs(_span_head(toks), main, anchor, objects)
        if how is None:
            continue
        key = (0 if how == "clause" else 1, abs(t["span"]["start"] - trig_at))
        if best is None or key < best[0]:
            best = (key, value, how)
    if best is not None:
        _, value, how = best
        return {"date": value if _DAY.match(value) else None, "date_value": value, "date_from": how}
    if article.published:
        return {"date": article.published, "date_value": article.published, "date_from": "publication"}
    return {"date": None, "date_value": None, "date_from": None}
