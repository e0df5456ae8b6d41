"""Who a pronoun or a title speaker stands for: the last compatible person.

A speaker pronoun ("he said", "she told reporters") stands for the most
recent *person in focus* before it whose gender does not clash: the named
grammatical subject of a sentence (the main verb's subject, not a name in
an object or inside a quotation), or the speaker of an earlier quotation,
within a few sentences.  A name said inside a quotation or an object
("…Clinton will lose," he said; "Trump attacked Cruz. …he said") is no
antecedent.

Gender comes from data, never from code: the actors stage's knowledge
(``people.tsv`` gender, ``first_names.tsv``, gendered role nouns in
``sectors.tsv`` such as "spokeswoman"), courtesy titles (``gender_titles``
in ``data/cues.yaml``: "Mr." m, "Mrs." f) and pronouns the actors stage
linked to the person.  Unknown gender is compatible with both.

The same titles tell apart two people of one surname: "Mrs. Clinton" is the
Clinton of the article who is a woman, whatever the actors stage linked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..actors import load as actor_knowledge
from .lexicon import Lexicon

_WINDOW = 3  # sentences back
_TOKEN = re.compile(r"[\w’'.\-]+")


@dataclass
class Referent:
    pos: int
    sentence: int
    actor: str | None
    name: str | None
    gender: str = ""


@functools.lru_cache(maxsize=1)
def _courtesy_titles() -> tuple[tuple[str, str], ...]:
    from ..actors.named import table as name_table

    return tuple((t[0], g) for t, g in name_table()["honorific"].items() if len(t) == 1 and g)


def _titles(lex: Lexicon) -> dict[str, str]:
    """Gendered words: the actors stage's courtesy titles (``honorific`` of its names.tsv:
    "mrs." f), then the pronouns and extra titles of ``gender_titles``."""
    out = dict(_courtesy_titles())
    out.update(a_g for a_g in (tuple(x.split("=", 1)) for x in lex.gender_titles if "=" in x))
    return out


def pronoun_gender(text: str, lex: Lexicon) -> str:
    """``m`` or ``f`` for a gendered pronoun ("he", "she"), else ``""``."""
    return _titles(lex).get(text.strip().lower(), "")


def gender_of_words(text: str, lex: Lexicon) -> str:
    """Gender a phrase states: a courtesy title ("Mrs. Clinton"), a gendered role noun
    ("the spokeswoman"), or a known first name ("Jessica Ditto")."""
    kb = actor_knowledge()
    titles = _titles(lex)
    words = _TOKEN.findall(text)
    for n, w in enumerate(words):
        low = w.lower()
        if low in titles and (n + 1 < len(words) and words[n + 1][:1].isupper()):
            return titles[low]
    for w in reversed(words):
        sec = kb.sectors.get(w.lower())
        if sec is not None and sec.gender:
            return sec.gender
    for n, w in enumerate(words):
        if w[:1].isupper() and n + 1 < len(words) and words[n + 1][:1].isupper():
            g = kb.first_names.get(w.rstrip("."), "")
            if g:
                return g
    return ""


def actor_gender(actor: dict | None, body: str, lex: Lexicon) -> str:
    """Gender of an article actor: the people file, its name, its titled or pronoun mentions."""
    if actor is None:
        return ""
    kb = actor_knowledge()
    known = kb.people.get(actor.get("name") or "")
    if known is not None and known.gender:
        return known.gender
    g = gender_of_words(actor.get("name") or "", lex)
    if g:
        return g
    for m in actor.get("mentions", []):
        s = m["start"]
        g = gender_of_words(body[max(0, s - 5):m["end"]], lex) if m.get("kind") != "pronoun" \
            else pronoun_gender(body[s:m["end"]], lex)
        if g:
            return g
    return ""


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset:
    kb = actor_knowledge()
    names = set()
    for c in kb.countries.values():
        names.update([c.name, *c.aliases, *c.capitals])
    return frozenset(names)


_PARTICLES = {"de", "da", "van", "von", "bin", "al", "la", "le", "del", "of"}


def is_person(actor: dict | None) -> bool:
    """Whether an article actor (``None``: a name the actors stage did not code) can be a
    person: not a country, a capital or an organisation of the knowledge, nor a label
    in common nouns ("U.S. party")."""
    if actor is None:
        return True
    kb = actor_knowledge()
    name = actor.get("name") or ""
    if name in kb.people:
        return True
    if name in kb.orgs or name in _place_names():
        return False
    return all(w[:1].isupper() or w in _PARTICLES for w in name.split())


def compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def subject_referents(doc, sentences: range, actors, quoted, lex: Lexicon) -> list[Referent]:
    """Named subjects of the main verbs (the root and its conjuncts) of ``sentences``."""
    body = doc.article.body
    out = []
    for k in sentences:
        parsed = doc.parsed.get(k)
        if parsed is None or k < 0:
            continue
        base = doc.article.sentences[k]["start"]
        roots = [t for t in parsed if t.dep_ == "ROOT"]
        verbs = roots + [c for r in roots for c in r.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for v in verbs:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ != "PROPN" or any(c.dep_ in ("det", "poss") for c in subj.children):
                continue  # "The Republican", "Trump's spokesman": no name of a person
            s = base + subj.idx
            if any(qs <= s < qe for qs, qe in quoted):
                continue
            first = min([subj.i] + [c.i for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            start = base + parsed[first].idx
            name = body[start:s + len(subj.text)]
            aid = actors.at(s, s + len(subj.text))
            if not is_person(actors.actor(aid)):
                continue
            g = gender_of_words(name, lex) or actor_gender(actors.actor(aid), body, lex)
            out.append(Referent(s, k, aid, actors.name(aid) or name, g))
    return out


def quote_referents(previous: list[dict], body: str, actors, lex: Lexicon) -> list[Referent]:
    """Speakers of earlier quotations that name someone."""
    out = []
    for q in previous:
        sp = q["speaker"]
        if not sp.get("span") or not (sp.get("actor") or _named(sp.get("name"))) \
                or not is_person(actors.actor(sp.get("actor"))):
            continue
        g = sp.get("gender") or gender_of_words(sp["span"]["text"], lex) \
            or actor_gender(actors.actor(sp.get("actor")), body, lex)
        out.append(Referent(sp["span"]["start"], q["sentence"], sp.get("actor"), sp.get("name"), g))
    return out


def _named(name: str | None) -> bool:
    return bool(name) and any(w[:1].isupper() for w in name.split())


def last_compatible(refs: list[Referent], pos: int, sentence: int, gender: str) -> Referent | None:
    """The latest referent before ``pos``, at most a few sentences back, whose gender fits."""
    best = None
    for r in refs:
        if r.pos < pos and sentence - r.sentence <= _WINDOW and compatible(r.gender, gender):
            if best is None or r.pos > best.pos:
                best = r
    return best


def by_title(text: str, head_word: str, actor: str | None, actors, body: str, lex: Lexicon) -> str | None:
    """For "Mrs. Clinton" linked to a man (or "Mr. Clinton" to a woman): the article's
    actor of that surname whose gender fits the title; else ``actor`` unchanged."""
    g = gender_of_words(text, lex)
    if not g or actor is None or compatible(actor_gender(actors.actor(actor), body, lex), g):
        return actor
    surname = head_word.lower()
    for a in actors.all():
        words = (a.get("name") or "").lower().split()
        if a["id"] != actor and words and words[-1] == surname and actor_gender(a, body, lex) == g:
            return a["id"]
    return actor
