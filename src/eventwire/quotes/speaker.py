"""Resolve a speaker span to an actor of the article, by the span's structure.

The speaker phrase has a head word ("Experts" in "Experts in Seoul", "Lavrov"
in "Foreign Minister Sergei Lavrov"): the phrase is cut at its first comma
and at the first head-break word (``head_breaks`` in ``data/cues.yaml``:
"in", "of", "for", "who"...), and the head is the last word left.  Only an
actor mention covering the head is the speaker; a place or country named
inside the phrase is not.

When no mention covers the head:

* a word that is never a speaker (``not_speakers``: "it", "which") leaves the
  speaker unknown (no name, no actor); a subject that makes the cue no report
  (``not_report_subjects``: "Let's say") is no speaker at all
  (:func:`resolve` returns ``None``);
* a personal pronoun ("he", "she"; ``anaphors``) the actors stage left
  unlinked is the named subject of the sentence before (when that sentence
  comes after the previous quotation), else the speaker of the previous
  quotation within a few sentences (a quoted exchange going on);
* a role noun ("the spokesman", "the senator") is the actor of the nearest
  earlier mention, or of the previous quotation's speaker, whose words hold
  the same head word ("the Kremlin spokesman", "Senator Jane Ruiz");
* anything else keeps its own words as the name, with no actor.

A role followed by an apposed name ("the press secretary, Josh Earnest,")
is that name's actor; a pronoun the actors stage linked to a name said inside
a quotation is re-resolved as an unlinked pronoun.

Never by proximity alone: an earlier actor is taken only through a
quotation it spoke or a mention that shares the head noun.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import Lexicon

_FALLBACK_WINDOW = 3  # sentences
_WORD = re.compile(r"[\w’'.\-]+")
_DETERMINERS = {"the", "a", "an", "this", "that", "another", "one", "his", "her", "their", "its"}


class ActorIndex:
    def __init__(self, actors: list[dict]):
        rows = []
        self.names = {}
        for a in actors:
            self.names[a["id"]] = a.get("name")
            for m in a.get("mentions", []):
                rows.append((m["start"], m["end"], a["id"]))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps ``[start, end)`` most (the later one on ties)."""
        best, best_overlap = None, 0
        i = bisect.bisect_left(self.starts, end)
        for s, e, aid in reversed(self.rows[max(0, i - 40):i]):
            ov = min(e, end) - max(s, start)
            if ov > best_overlap:
                best, best_overlap = aid, ov
        return best

    def before(self, pos: int):
        """Mentions ``(start, end, actor)`` ending before ``pos``, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        for s, e, aid in reversed(self.rows[:i]):
            if e <= pos:
                yield s, e, aid

    def name(self, actor: str | None) -> str | None:
        return self.names.get(actor) if actor else None


def head(body: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """Offsets of the head word of the speaker phrase ``body[start:end]``."""
    words = [m for m in _WORD.finditer(body, start, end)]
    last = None
    for n, m in enumerate(words):
        w = m.group(0).lower()
        if n > 0 and (w in lex.head_breaks or body[words[n - 1].end():m.start()].strip().startswith(",")):
            break
        if w in ("’s", "'s"):
            continue
        last = m
    return (last.start(), last.end()) if last is not None else None


def is_anaphor(text: str, lex: Lexicon) -> bool:
    return text.strip().lower() in lex.anaphors


def is_role(text: str) -> bool:
    """A common-noun phrase ("the spokesman", "a former senator"), no name in it."""
    words = text.split()
    return len(words) >= 2 and words[0].lower() in _DETERMINERS and not any(w[:1].isupper() for w in words[1:])


def fallback(previous: list[dict], sentence: int) -> dict | None:
    """The speaker of the closest earlier quotation with an actor or a name, within the window."""
    for q in reversed(previous):
        if sentence - q["sentence"] > _FALLBACK_WINDOW:
            return None
        if q["speaker"]["actor"] or q["speaker"]["name"]:
            return q["speaker"]
    return None


def continuation(previous: list[dict], sentence: int) -> dict | None:
    """For a quotation opening a paragraph with no cue of its own: the speaker of
    the quotation just before it (a quoted speech running on), within the window."""
    if not previous:
        return None
    q = previous[-1]
    sp = q["speaker"]
    if q["kind"] != "direct" or sentence - q["sentence"] > _FALLBACK_WINDOW or not (sp.get("actor") or sp.get("span")):
        return None
    return sp


def _words(text: str, lex: Lexicon) -> set[str]:
    """Lowercased words of ``text``, title abbreviations read as their role ("Sen." -> senator)."""
    abbr = dict(lex.title_abbreviations)
    return {abbr.get(w, w) for w in (w.lower() for w in _WORD.findall(text))}


def _named(name: str | None) -> bool:
    """A name with a capitalised word ("Ms. Ruiz"), not a group in common nouns ("two men")."""
    return bool(name) and any(w[:1].isupper() for w in name.split())


def _role_actor(body: str, word: str, start: int, actors: ActorIndex, previous: list[dict],
                sentence: int, lex: Lexicon) -> str | None:
    """The actor of the nearest earlier mention holding the role word ("the Kremlin spokesman")."""
    word = word.lower()
    for s, e, aid in actors.before(start):
        if word in _words(body[s:e], lex):
            return aid
    back = fallback(previous, sentence)
    if back is not None and back.get("span") and word in _words(back["span"]["text"], lex):
        return back["actor"]
    return None


_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}),")


def _apposed(body: str, end: int) -> tuple[int, int] | None:
    """The name in an apposition right after a role: "the press secretary, Josh Earnest, said"."""
    m = _APPOSED_NAME.match(body, end, min(len(body), end + 60))
    return (m.start("name"), m.end("name")) if m else None


def _through_quoted_words(actor: str, pos: int, actors: ActorIndex, quoted: list[tuple[int, int]]) -> bool:
    """Whether the actor's nearest mention before ``pos`` is inside quotation marks: a
    pronoun after a quotation ("…Donald Trump will lose," he said) does not refer to a
    name the speaker said."""
    for s, e, aid in actors.before(pos):
        if aid == actor:
            return any(qs <= s < qe for qs, qe in quoted)
    return False


def resolve(body: str, start: int, end: int, actors: ActorIndex, previous: list[dict], sentence: int,
            lex: Lexicon, quoted: list[tuple[int, int]] = (), subject: tuple | None = None
            ) -> dict | None:
    """``{"actor", "name", "span"}`` for the speaker at ``[start, end)``; ``None`` when the
    subject makes the cue no report.  ``subject`` is ``(actor, name, sentence)`` of the named
    grammatical subject of the sentence before, for a pronoun the actors stage left
    unlinked (taken when more recent than the previous quotation).  Also ``None`` when the
    subject makes the cue no report ("Let's say"); no name and no actor when the words
    cannot be a speaker ("it", "which")."""
    text = body[start:end]
    low = text.strip().lower()
    if low in lex.not_report_subjects:
        return None
    span = {"start": start, "end": end, "text": text}
    h = head(body, start, end, lex)
    if low in lex.not_speakers or h is None:
        return {"actor": None, "name": None, "span": span}
    actor = actors.at(*h)
    if actor is not None and is_anaphor(text, lex) and _through_quoted_words(actor, start, actors, quoted):
        actor = None  # the actors stage linked the pronoun to a name inside a quotation
    if text.split()[0].lower() in _DETERMINERS and (named := _apposed(body, end)) is not None:
        actor = actors.at(*named)
        if actor is None:
            return {"actor": None, "name": body[named[0]:named[1]], "span": span}
    if actor is None and is_anaphor(text, lex):
        back = fallback(previous, sentence)
        last_quote = previous[-1]["sentence"] if previous else -1
        if subject is not None and subject[2] > last_quote:
            return {"actor": subject[0], "name": actors.name(subject[0]) or subject[1], "span": span}
        if back is not None and (back["actor"] or low not in ("he", "she") or _named(back["name"])):
            return {"actor": back["actor"], "name": back["name"], "span": span}
        return {"actor": None, "name": None, "span": span}
    if actor is None and is_role(text):
        actor = _role_actor(body, body[h[0]:h[1]], start, actors, previous, sentence, lex)
    if actor is None:
        return {"actor": None, "name": text, "span": span}
    return {"actor": actor, "name": actors.name(actor), "span": span}
