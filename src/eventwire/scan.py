"""The fast pass: choose the sentences worth parsing.

Parsing is most of eventwire's cost, and most sentences of a news article
report no event between political actors.  Before the parser runs, one
Aho–Corasick scan over the lowercased sentence finds the terms of the event
dictionary and of the actor knowledge (names, demonyms, capitals, titles,
sector nouns) plus personal pronouns.  A sentence is parsed when it holds an
event term other than a bare speech verb and something that can be an
actor, or reported speech without quotation marks.  Everything else (quotes, dates, places, actors) still runs on the
unparsed sentences with the stages' own text rules.

``eventwire evaluate seed --full`` and ``eventwire evaluate plover-gsr
--full`` switch the pass off, to check that it changes no result.
"""

from __future__ import annotations

import functools
from typing import Callable, Iterable

import ahocorasick

from .record import Document
from .settings import Settings

EVENT, ACTOR, REPORT, UNNAMED = 1, 2, 4, 8
QUOTE_MARKS = set('"“”«»')
# Speech verbs alone make a public statement at most: reported content with
# an event of its own carries its own event term.
SPEECH = {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "added", "adds",
          "adding", "state", "stated", "states", "note", "noted", "notes", "write", "wrote", "writes"}
PRONOUNS = {"he", "she", "they", "we"}


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


# Light verbs carry an event only with their object ("hold talks", "be
# optimistic", "give haven"): for such patterns the scan looks for the object.
LIGHT = {"be", "have", "do", "get", "make", "take", "give", "go", "come", "put", "set", "keep", "hold",
         "show", "use", "look", "turn", "bring", "run", "pay", "see", "express", "voice", "seek",
         "reach", "lay", "raise", "lift", "open", "offer", "provide", "send", "issue", "carry", "break"}


def event_keys(events_files: tuple[str, ...] = (), unnamed_only: bool = False) -> set[str]:
    """Surface forms the scan looks for: of each coded dictionary pattern,
    its most telling word (the head, or a light verb's first content word).
    ``unnamed_only``: only of the patterns whose events are coded even when
    the text names no doer ("dozens were detained")."""
    from .events.lexicon import PREPOSITIONS, load
    from .events.match import PARTICLES
    from .events.terms import noun_forms, verb_forms, surface_fixes

    keys: set[str] = set()
    lex = load(events_files)
    for e in lex.entries.values():
        if e.code is None:
            continue
        if unnamed_only:
            if e.kind != "verb" or not lex.unnamed_ok(e.code):
                continue  # only verbs are coded with no doer
            # the pattern's most telling word: "fire" of "trade fire", "hostage" of "take hostage"
            others = [w for w in e.words if w not in PREPOSITIONS and w not in PARTICLES and w.isalpha()]
            word = max(others, key=len) if others else e.head
            keys |= verb_forms(word) | noun_forms(word) if word != e.head else verb_forms(word)
            continue
        content = [w for w in e.words if w not in PREPOSITIONS and w.isalpha()]
        if e.head in LIGHT and content:
            keys |= verb_forms(content[0]) | noun_forms(content[0])
        elif e.kind == "verb":
            keys |= verb_forms(e.head)
        else:
            keys |= noun_forms(e.head)
    keys |= set(surface_fixes(lex))
    return keys - SPEECH


@functools.lru_cache(maxsize=4)
def _automaton(actors_files: tuple[str, ...], events_files: tuple[str, ...]):
    from .actors.lexicon import lexicon_terms as actor_terms

    kinds: dict[str, int] = {}
    for term in event_keys(events_files):
        t = term.lower().strip()
        if t:
            kinds[t] = kinds.get(t, 0) | EVENT
    for term in event_keys(events_files, unnamed_only=True):
        kinds[term] = kinds.get(term, 0) | UNNAMED
    from .quotes.lexicon import lexicon_terms as report_terms

    for term in set(report_terms()) | SPEECH:
        t = term.lower().strip()
        if t:
            kinds[t] = kinds.get(t, 0) | REPORT
    # Acronyms ("IS", "AU", "NATO") are matched as written, the rest lowercased.
    acronyms = ahocorasick.Automaton()
    from .actors.unnamed import table as unnamed_nouns

    from .actors.lexicon import compiled as actor_lexicon

    # Actor-like nouns too: sector nouns and titles ("President X resigned", "police"), and
    # the generic doers ("attackers", "a suicide bomber"): the actors stage makes actors of them.
    sectors = actor_lexicon(actors_files).kb.sectors
    generic = [" ".join(t) for t in unnamed_nouns()] + [t for s in sectors for t in (s, s + "s") if t]
    for term in list(actor_terms(actors_files)) + sorted(PRONOUNS) + generic:
        term = term.strip()
        if term.isupper() and len(term) <= 6:
            acronyms.add_word(term, (len(term), ACTOR))
        elif term:
            kinds[term.lower()] = kinds.get(term.lower(), 0) | ACTOR
    auto = ahocorasick.Automaton()
    for t, k in kinds.items():
        auto.add_word(t, (len(t), k))
    auto.make_automaton()
    acronyms.make_automaton()
    return auto, acronyms


def _found(auto, text: str, found: int) -> int:
    for end, (n, kind) in auto.iter(text):
        if kind & ~found and _boundary(text, end - n + 1, end + 1):
            found |= kind
            if found == EVENT | ACTOR | REPORT | UNNAMED:
                break
    return found


def scan(automata, text: str) -> int:
    """Bit set of the kinds of terms found in ``text`` (EVENT, ACTOR, REPORT, UNNAMED)."""
    auto, acronyms = automata
    found = _found(auto, text.lower(), 0)
    if not found & ACTOR:
        found = _found(acronyms, text, found)
    return found


def worth_parsing(found: int, text: str) -> bool:
    """An event term with a possible actor; or reported speech ("X said that
    ..."), whose clause and speaker only the parse finds reliably."""
    if found & (EVENT | ACTOR) == EVENT | ACTOR or found & UNNAMED:
        return True  # UNNAMED: an event coded even with no doer named ("a bomb killed two soldiers")
    return bool(found & REPORT)


def make_selector(settings: Settings) -> Callable[[Document], Iterable[int]]:
    auto = _automaton(tuple(settings.actors_files), tuple(settings.events_files))

    def select(doc: Document) -> list[int]:
        art = doc.article
        out = []
        for i in range(len(art.sentences)):
            text = art.sentence_text(i)
            if worth_parsing(scan(auto, text), text):
                out.append(i)
        return out

    return select
