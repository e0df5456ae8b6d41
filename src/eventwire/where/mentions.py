"""Finding place names in the body, without the statistical NER.

Candidates come from the gazetteer scan (:mod:`.scan`) and from local names
ending in a facility word (``place_words.yaml``).  Whether a hit is a place
depends on its tier and its context, each rule one class of sentence:

* part of a person's name (an actor mention, a title before it, a capitalised
  word next to it) -> not a place ("Mr Nelson", "Chad Bown");
* followed by a word that heads an organisation's name -> an ``embedded``
  toponym ("The Washington Post"), not where anything happened;
* a demonym -> a ``modifier`` toponym ("Russian officials");
* a small town (``town`` tier) only with evidence: a locative word before it
  ("in Coggeshall"), a containing division after it ("Parkland, Florida"),
  or, with a weaker cue or none, its division or country named elsewhere in
  the article; a name accepted once counts everywhere (one sense per name);
* an upper-case name only as a dateline ("WASHINGTON (AP) —");
* a capitalised word opening a sentence only when the name is a place
  elsewhere in the article.

A :class:`Mention` also keeps the name that contains it ("Paris" in "Paris,
Texas"; "Fulton County" in "Georgia's Fulton County") for the resolver.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .gazetteer import gazetteer, norm
from .resolve import Context
from .scan import scan

DATA = Path(__file__).parent / "data"
# Capitalised words that may follow a place name without making it another name.
_PLACE_WORDS = {"City", "County", "State", "Province", "Region", "District", "Area", "Metro"}


@dataclass(slots=True)
class Mention:
    start: int  # body offsets
    end: int
    sentence: int
    role: str  # place | embedded | modifier | facility
    tier: str  # scan tier, or "facility"
    container: str | None = None  # the name of the division or country said to hold it


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((DATA / "place_words.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items()}


@functools.lru_cache(maxsize=1)
def _facility_re():
    heads = "|".join(sorted((re.escape(w) for w in words()["facility_heads"]), key=len, reverse=True))
    name = r"(?:[A-Z][\w'’&.-]*|of|the|de|la|del|and)"
    return re.compile(rf"\b[A-Z][\w'’&.-]*(?:\s+{name}){{0,4}}?\s+(?:{heads})(?![\w-])")


def facilities(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words ending in a facility word ("Royal Street")."""
    out = []
    for m in _facility_re().finditer(text):
        a, b = m.start(), m.end()
        first = text[a:b].split()[0]
        if first in ("The", "A", "An", "This", "That", "In", "At", "On", "From", "To") and len(text[a:b].split()) > 2:
            a += len(first) + 1
        elif first in ("The", "A", "An", "This", "That"):
            continue  # "The Street": a common noun
        out.append((a, b))
    return out


def _prev_word(text: str, a: int) -> str:
    before = text[:a].rstrip()
    if len(before) < a - 1:  # more than one space or a line break: no cue
        return ""
    return before.split()[-1] if before.split() else ""


def _container(text: str, a: int, b: int, hits) -> str | None:
    """The strong name right after ", " or right before "'s " ("Paris, Texas"; "Georgia's Fulton")."""
    for s, e, tier in hits:
        if tier != "strong":
            continue
        if s > b and re.fullmatch(r",\s?", text[b:s]):
            return text[s:e]
        if e <= a and re.fullmatch(r"['’]s\s", text[e:a]):
            return text[s:e]
    return None


def _person(art, body: str, a: int, b: int) -> bool:
    """Inside a longer actor mention, or a surname standing for a named actor."""
    hit = body[a:b]
    for actor in art.actors:
        name = actor.get("name") or ""
        for m in actor.get("mentions", []):
            if m["start"] < b and a < m["end"]:
                if (m["start"], m["end"]) != (a, b):
                    return True
                words_ = name.split()
                if len(words_) > 1 and hit in words_ and name != hit:
                    return True
    return False


def find_mentions(doc, dateline_names: list[str] = ()) -> list[Mention]:
    art = doc.article
    body = art.body
    w = words()
    paragraph_starts = {p["start"] for p in art.paragraphs} | {0}
    accepted: list[Mention] = []
    pending: list[tuple[Mention, str]] = []  # (mention, why it waits: initial | weak | none)
    for i, s in enumerate(art.sentences):
        base = s["start"]
        text = body[base:s["end"]]
        hits = scan(text)
        fac = [f for f in facilities(text) if not any(h[:2] == f for h in hits)]
        for a, b in fac:
            accepted.append(Mention(base + a, base + b, i, "facility", "facility"))
        for a, b, tier in hits:
            if any(fa <= a and b <= fb for fa, fb in fac):
                continue  # part of a local name ("Colchester" of Colchester General Hospital)
            m = Mention(base + a, base + b, i, "place", tier)
            if tier == "caps":
                lead = body[max(0, base + a - 2):base + a].strip()
                if (base + a in paragraph_starts or not lead) and re.match(r"\s*[,(—–-]", text[b:b + 3]):
                    accepted.append(m)
                continue
            if _person(art, body, base + a, base + b):
                continue
            prev = _prev_word(text, a)
            if prev.rstrip(",") in w["person_cues"] and tier != "demonym":
                continue
            after = text[b:].split(maxsplit=1)
            nxt = after[0].rstrip(".,;:!?’'\"") if after and text[b:b + 1] not in ",;:)" else ""
            if tier == "demonym":
                m.role = "modifier"
                accepted.append(m)
                continue
            if nxt[:1].isupper() and nxt not in _PLACE_WORDS:
                if nxt in w["org_heads"] and tier != "town":
                    m.role = "embedded"
                    accepted.append(m)
                continue  # part of a longer proper name ("Chad Bown")
            m.container = _container(text, a, b, hits)
            capital_before = prev[:1].isupper() and not prev.endswith((".", ":", "!", "?", ",", ";"))
            if tier != "strong" and a > 0 and capital_before:
                continue  # "Kendale Lakes", "John Kennedy"
            if tier == "town":
                cue = prev.lower().strip("(\"“")
                if m.container or (cue in w["strong_cues"] and a > 0) or text[b:b + 6] == "-based":
                    accepted.append(m)
                else:
                    pending.append((m, "weak" if cue in w["weak_cues"] else "none"))
                continue
            if a == 0 and tier != "strong":
                pending.append((m, "initial"))
                continue
            accepted.append(m)
    _settle(doc, accepted, pending, dateline_names)
    accepted.sort(key=lambda m: m.start)
    return accepted


def _settle(doc, accepted, pending, dateline_names) -> None:
    """Pending names: kept when the article supports them (see the module doc)."""
    body = doc.article.body
    g = gazetteer()
    ctx = Context([body[m.start:m.end] for m in accepted if m.role == "place"] + list(dateline_names))
    known = {norm(body[m.start:m.end]) for m in accepted if m.role == "place"}
    for _ in range(2):  # a town accepted makes its other mentions count
        left = []
        for m, why in pending:
            key = norm(body[m.start:m.end])
            cands = g.candidates(key)
            in_division = any(p.admin1 and ctx.admin1[p.admin1] for p in cands)
            in_country = any(p.country and ctx.countries[p.country] for p in cands)
            ok = key in known or (why == "weak" and (in_division or in_country)) or (why == "none" and in_division)
            if ok:
                accepted.append(m)
                known.add(key)
            else:
                left.append((m, why))
        pending[:] = left
