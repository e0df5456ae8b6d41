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
from ..actors import load as actor_knowledge
from .referents import Referent, actor_gender, is_person, gender_of_words, by_title, compatible, last_compatible, pronoun_gender, quote_referents

_FALLBACK_WINDOW = 3  # sentences
# ", a spokeswoman for the campaign," / ", the state's top election official."
_APPOSITION = re.compile(r",\s+((?:a|an|the|his|her|its|their|[A-Z][\w.’'\-]*’s|[A-Z][\w.’'\-]*'s)\s[^,;.\"“”]{2,70})")
_WORD = re.compile(r"[\w’'.\-]+")
_DETERMINERS = {"the", "a", "an", "this", "that", "another", "one", "his", "her", "their", "its"}


class ActorIndex:
    def __init__(self, actors: list[dict], published: str | None = None):
        self.published = published
        rows = []
        self.names = {}
        self.by_id = {a["id"]: a for a in actors}
        self.sentences: dict[int, int | None] = {}
        self.phrases: dict[int, dict] = {}
        for a in actors:
            self.names[a["id"]] = a.get("name")
            for m in a.get("mentions", []):
                rows.append((m["start"], m["end"], a["id"]))
                self.sentences[m["start"]] = m.get("sentence")
                self.phrases[m["start"]] = m.get("phrase") or {"start": m["start"], "end": m["end"]}
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

    def actor(self, actor: str | None) -> dict | None:
        return self.by_id.get(actor) if actor else None

    def sentence_of(self, start: int) -> int | None:
        """The sentence of the mention starting at ``start``."""
        return self.sentences.get(start)

    def description(self, body: str, start: int, end: int, actor: str) -> str:
        """What the text and the people file say the actor of a mention is: the mention's
        noun phrase ("Republican nominee Donald Trump"), a description apposed to it
        (", a spokeswoman for the campaign,") and the office held on the article's date."""
        ph = self.phrases.get(start) or {"start": start, "end": end}
        text = body[ph["start"]:max(ph["end"], end)]
        m = _APPOSITION.match(body, max(ph["end"], end), min(len(body), end + 90))
        if m:
            text += " " + m.group(1)
        known = actor_knowledge().people.get(self.name(actor) or "")
        role = known.role_on(self.published) if known is not None else None
        if role is not None:
            text += " " + " ".join(role.variants)
        return text

    def all(self) -> list[dict]:
        return list(self.by_id.values())


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


def is_role(text: str, head_word: str | None = None) -> bool:
    """A phrase naming someone by role ("the spokesman", "a former senator", "the GOP
    nominee"): a determiner, then words whose head (``head_word``, else the last) is a
    common noun."""
    words = text.split()
    head_word = head_word or (words[-1] if words else "")
    return len(words) >= 2 and words[0].lower() in _DETERMINERS and head_word[:1].islower()


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


_INDEFINITE = {"a", "an", "another", "one"}


def is_person_role(word: str, lex: Lexicon) -> bool:
    """A role noun naming a person: a person term of the actors' sectors table or ``person_roles``."""
    sec = actor_knowledge().sectors.get(word.lower())
    return (sec is not None and sec.kind == "person") or word.lower() in lex.person_roles


def _role_actor(body: str, word: str, start: int, actors: ActorIndex, previous: list[dict],
                sentence: int, lex: Lexicon, gender: str = "", role_text: str = "") -> str | None:
    """The person an earlier mention describes with the role word ("the spokeswoman" after
    "Jessica Ditto, a spokeswoman for the campaign"; "the nominee" after "Republican nominee
    Donald Trump"; "the governor" for a governor of the people file on the article's date),
    nearest first, gender permitting; else the previous quotation's speaker described so."""
    word = word.lower()
    if not is_person_role(word, lex):
        # "the campaign", "the bank": the nearest mention holding the word ("the Trump campaign")
        return next((aid for s, e, aid in actors.before(start) if word in _words(body[s:e], lex)), None)
    # capitalised modifiers ("the Democratic nominee", "the Indiana governor") must be said of them too
    marks = {w.lower() for w in _WORD.findall(role_text) if w[:1].isupper()} - _DETERMINERS
    for s, e, aid in actors.before(start):
        a = actors.actor(aid)
        if word in _words(body[s:e], lex) and marks <= _words(body[s:e], lex):
            return aid  # the mention itself holds the role ("the Kremlin spokesman")
        if not is_person(a) or not compatible(actor_gender(a, body, lex), gender):
            continue
        said = _words(actors.description(body, s, e, aid), lex)
        if word in said and marks <= said:
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


def _linked_here(actor: str | None, pos: int, sentence: int, actors: ActorIndex, quoted) -> list[Referent]:
    """The actors stage's antecedent of a pronoun, as a referent, when it is named earlier in
    the pronoun's own sentence and outside quotation marks ("Lopez was moved as she spoke")."""
    if actor is None:
        return []
    for s, e, aid in actors.before(pos):
        if aid == actor:
            here = actors.sentence_of(s) == sentence and not any(qs <= s < qe for qs, qe in quoted)
            return [Referent(s, sentence, actor, actors.name(actor))] if here else []
    return []


def resolve(body: str, start: int, end: int, actors: ActorIndex, previous: list[dict], sentence: int,
            lex: Lexicon, quoted: list[tuple[int, int]] = (), subject: tuple | None = None,
            refs: list | None = None) -> dict | None:
    """``{"actor", "name", "span"}`` for the speaker at ``[start, end)``; ``None`` when the
    subject makes the cue no report.  ``subject`` is ``(actor, name, sentence)`` of the named
    grammatical subject of the sentence before, for a pronoun the actors stage left
    unlinked (taken when more recent than the previous quotation).  ``refs`` are the
    named subjects of the article's sentences (:mod:`.referents`): with them, "he" and
    "she" are the last subject or earlier speaker whose gender fits.  Also ``None`` when the
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
    gender = pronoun_gender(text, lex)
    if gender and refs is not None:
        # "he"/"she": the last person in focus whose gender fits (see .referents)
        # a subject or speaker of this sentence, else the actors stage's link within it, else one before
        cands = refs + quote_referents(previous, body, actors, lex)
        r = last_compatible([c for c in cands if c.sentence == sentence], start, sentence, gender) \
            or last_compatible(_linked_here(actor, start, sentence, actors, quoted), start, sentence, gender) \
            or last_compatible(cands, start, sentence, gender)
        if r is not None:
            return {"actor": r.actor, "name": r.name, "span": span}
        if actor is not None and not compatible(actor_gender(actors.actor(actor), body, lex), gender):
            actor = None
    if actor is not None and is_anaphor(text, lex) and _through_quoted_words(actor, start, actors, quoted):
        actor = None  # the actors stage linked the pronoun to a name inside a quotation
    if actor is not None and not is_anaphor(text, lex):
        actor = by_title(text, body[h[0]:h[1]], actor, actors, body, lex)  # "Mrs. Clinton"
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
    if is_role(text, body[h[0]:h[1]]) and low.split()[0] not in _INDEFINITE and (
            actor is None or not is_person(actors.actor(actor)) and is_person_role(body[h[0]:h[1]], lex)):
        # "the GOP nominee": a person described so earlier, rather than the party's actor;
        # "a spokeswoman" is someone new
        actor = _role_actor(body, body[h[0]:h[1]], start, actors, previous, sentence, lex,
                            gender_of_words(text, lex), body[start:h[0]]) or actor
    if actor is None:
        return {"actor": None, "name": text, "span": span}
    return {"actor": actor, "name": actors.name(actor), "span": span}
