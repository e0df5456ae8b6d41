"""Events stage: the events each sentence reports, coded in CAMEO and PLOVER.

``make_stage(settings)`` returns the stage callable that fills
``doc.article.events`` (see the contract); ``lexicon_terms()`` gives the
dictionary's surface forms for the fast pre-parse scan.  The dictionary is
data (``data/verbs.yaml``, ``data/nouns.yaml``, ``data/frames.yaml``), merged
with the user's files from ``Settings.events_files``.
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..record import Document
from ..settings import Settings
from .codebook import codebook, lookup
from .coder import Draft, SentenceCoder
from .dates import event_date
from .places import event_place
from .lexicon import Lexicon, load
from .roles import Roles
from .terms import terms


def lexicon_terms(settings: Settings | None = None) -> Iterable[str]:
    """Verb lemmas with their inflections and event nouns with their plurals."""
    files = settings.events_files if settings else ()
    return sorted(terms(load(files)))


def _event(doc: Document, sent: int, d: Draft, n: int, codes: dict[str, str]) -> dict:
    """One event of the contract from a draft (its date: :mod:`.dates`)."""
    art = doc.article
    c = lookup(d.code)
    toks = [d.trigger.tok] + list(d.trigger.matched) + list(d.extra_tokens)
    toks = [t for t in toks if abs(t.i - d.trigger.tok.i) <= 8] or [d.trigger.tok]
    first = min(toks, key=lambda t: t.idx)
    last = max(toks, key=lambda t: t.idx + len(t.text))
    trigger = doc.char_span(sent, first.idx, last.idx + len(last.text))
    return {
        "id": f"e{n}",
        "sentence": sent,
        "source": [{"actor": a, "code": codes.get(a, "")} for a in d.source],
        "target": [{"actor": a, "code": codes.get(a, "")} for a in d.target],
        "cameo": c.code,
        "cameo_root": c.root,
        "cameo_name": c.name,
        "goldstein": c.goldstein,
        "quad_class": c.quad_class,
        "plover": c.plover(),
        "negated": d.negated,
        "hypothetical": d.hypothetical,
        **event_date(art, doc.parsed[sent], sent, d.trigger.tok, toks),
        "place": (where := event_place(art, sent, trigger["start"], d.trigger.tok))[0],
        "place_from": where[1],  # clause | sentence | dateline
        "trigger": trigger,
        "rule": d.rule,
    }


def code_document(doc: Document, lex: Lexicon) -> list[dict]:
    roles = Roles(doc)
    events: list[dict] = []
    seen = set()
    for sent in sorted(doc.parsed):
        sdoc = doc.parsed[sent]

        def in_name(tok, sent=sent):
            return roles.covering(sent, tok) is not None

        for d in SentenceCoder(lex, roles, sent, sdoc, in_name).code():
            key = (sent, d.code, tuple(d.source), tuple(d.target))
            if key in seen:
                continue
            seen.add(key)
            events.append(_event(doc, sent, d, len(events) + 1, roles.codes))
    return events


def make_stage(settings: Settings) -> Callable[[Document], None]:
    lex = load(settings.events_files)
    codebook()

    def stage(doc: Document) -> None:
        doc.article.events = code_document(doc, lex)

    return stage


__all__ = ["make_stage", "lexicon_terms", "code_document", "codebook", "lookup"]
