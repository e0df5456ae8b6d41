"""Actors stage: people, groups, organisations and states, coded to CAMEO actor codes.

Fills ``article.actors`` (see CONTRACT.md): each actor has ``id``, ``name``,
``code`` (country or IGO code + the primary sector, e.g. "RUSGOV", "USAMIL",
"IGOUNO"), ``country``, ``sectors`` (primary first), ``wikidata`` and
``mentions``.  A mention is a contract span + ``sentence`` and, beyond the
contract, ``token`` (index in the sentence of the phrase's head token),
``kind`` ("name", "pronoun" or "role") and ``phrase`` (``{"start", "end"}`` of
the whole noun phrase, e.g. "Russian Foreign Minister Sergei Lavrov" or
"Russian officials"; the mention span itself is tight: the name, "Moscow",
"U.S.").

An organisation keeps its own code ("IGOUNO", "NGOHRIAMN"; ``country`` "IGO"
or "NGO"); an official of one carries it too ("IGOWSTNAT" for NATO's
Secretary General).  A titled person found in no table and with no country
in the text or its context ("Prime Minister Pedro Gomez was taken hostage")
has ``country`` null and ``code`` its sector alone ("GOV").  Only phrases with a country, an
organisation or a known person become actors: "officials said" alone does
not.  A name in no table becomes an actor when its own words say what it is
(:mod:`.named`: "the California Farm Bureau Federation", "GAO", "Mr Porter"),
its country from the name or the context; with neither country nor sector, none.  A sector noun alone ("police", "the rebels") or a titled person with no
known country takes one from the context (:mod:`.context`); its mentions
then say ``"country_inferred": true``, and so does the actor when every one of
its mentions is inferred.

Knowledge lives in ``data/`` (documented in ``data/README.md``); users merge
their own YAML or TSV files over it with ``Settings.actors_files``.  It is
compiled once per process into a token trie; each sentence costs one pass
over its tokens, parsed or not: the rules read only token texts and offsets,
so a sentence the fast pass leaves unparsed (tokenised with spaCy's
rule-based tokenizer) gets exactly the same actors.  Known limits: "they",
"we", "I" are not resolved; the people table is a snapshot (roles after its
last row are unknown); a place's sub-regions ("Siberia", "Sindh") are not
mapped to the country.
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..parse import tokenizer
from ..record import Document
from ..settings import Settings
from .context import Context
from .knowledge import Knowledge, load
from .lexicon import Lexicon, compiled
from .lexicon import lexicon_terms as _terms
from .link import Linker
from .phrases import Sentence
from . import named, unnamed

__all__ = ["make_stage", "find_actors", "lexicon_terms", "load", "Knowledge"]


def lexicon_terms(settings: Settings | None = None) -> Iterable[str]:
    """All surface strings of the actor knowledge (for the fast lexicon scan)."""
    return _terms(tuple(settings.actors_files) if settings else ())


def _words(doc: Document, i: int) -> tuple[list[str], list[int]]:
    parsed = doc.parsed.get(i)
    if parsed is None:
        parsed = tokenizer()(doc.article.sentence_text(i))
    return [t.text for t in parsed], [t.idx for t in parsed]


def find_actors(doc: Document, lex: Lexicon) -> list[dict]:
    """The actors of one document (does not modify it)."""
    art = doc.article
    linker = Linker(lex.kb, art.body, art.published)
    words = [_words(doc, i) for i in range(len(art.sentences))]
    sentences = [Sentence(*w, lex) for w in words]
    for sent in sentences:
        named.add_cands(sent)  # "the California Farm Bureau Federation", "GAO", "Mr Porter"
    cands = [sent.cands for sent in sentences]
    for cs, w in zip(cands, words):
        unnamed.add_cands(cs, *w)  # "unidentified attackers", "a suicide bomber"
    context = Context(lex.kb, art.published, cands)
    for i, sent in enumerate(art.sentences):
        context.fill(cands[i], art.sentence_text(i))
        for cand in cands[i]:
            linker.add(cand, i, sent["start"])
    unnamed.add_unidentified(linker, cands, art.sentences)
    actors = linker.result()
    unnamed.mark(actors, cands, art.sentences)
    return actors


def make_stage(settings: Settings) -> Callable[[Document], None]:
    lex = compiled(tuple(settings.actors_files))

    def stage(doc: Document) -> None:
        doc.article.actors = find_actors(doc, lex)

    return stage
