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
* a name followed by "-" and a lower-case word is a modifier ("London-based");
* a town inside a longer capitalised name ("Riverdale Lukoil") only when the
  article names the town as a place elsewhere;
* an upper-case name only as a dateline ("WASHINGTON (AP) —");
* a capitalised word opening a sentence only when the name is a place
  elsewhere in the article;
* a town's name that the article also writes after a first name ("Andrew
  Jordan") is that person's surname throughout the article ("Jordan said");
* a short form of several places ("SA") only where the article names one of them
  (``short_forms`` in ``aliases.yaml``);
* names of months and days (``not_places``) are never places.

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
from .resolve import Context, short_reading
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
    """Runs of capitalised words ending in a facility word ("Royal Street"), and road numbers."""
    out = []
    for m in _facility_re().finditer(text):
        a, b = m.start(), m.end()
        first = text[a:b].split()[0]
        if first in _OPENERS and len(text[a:b].split()) > 2:
            a += len(first) + 1
        elif first in _OPENERS:
            continue  # "The Street": a common noun
        out.append((a, b))
    for m in _road_re().finditer(text):
        prev = _prev_word(text, m.start()).lower()
        if prev in ("the", "via", "and", "or", "onto", "on", "off") or prev.endswith(","):
            out.append((m.start(), m.end()))
    return out


_OPENERS = {"The", "A", "An", "This", "That", "In", "At", "On", "From", "To", "By", "Of"}


@functools.lru_cache(maxsize=1)
def _road_re():
    return re.compile(r"\b(?:" + "|".join(words()["road_patterns"]) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    path = Path(__file__).parent.parent / "actors" / "data" / "first_names.tsv"
    extra = set()
    if path.exists():  # the actors' given names count too
        extra = {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
    return words()["given_names"] | extra


MAJOR_CITY = 500_000  # a given name that is also such a city is the city ("Geneva talks")


def _major(name: str) -> bool:
    return any(p.kind == "city" and (p.capital or p.population >= MAJOR_CITY) for p in gazetteer().candidates(name))


def _prev_word(text: str, a: int) -> str:
    before = text[:a]
    if before.endswith(("  ", "\n")) or not before.strip():
        return ""
    return before.split()[-1]


def _container(text: str, a: int, b: int, hits, local: bool = False) -> str | None:
    """The strong name right after ", " or right before "'s " ("Paris, Texas"; "Georgia's Fulton").

    For a ``local`` name (one the gazetteer does not hold: a street, a school, a firm) any
    place name holds it when written right after " in " or right before "'s "
    ("Loyola University in Los Angeles", "London's Heathrow Animal Reception Center")."""
    for s, e, tier in hits:
        if tier != "strong" and not (local and tier in ("city", "town")):
            continue
        if local and s > b and re.fullmatch(r",?\s+in\s", text[b:s]) and text[s:e] not in words()["not_places"]:
            return text[s:e]
        if tier != "strong":
            if local and e <= a and re.fullmatch(r"['’]s\s", text[e:a]):
                return text[s:e]
            continue
        if s > b and re.fullmatch(r",\s?", text[b:s]):
            return text[s:e]
        if e <= a and re.fullmatch(r"['’]s\s", text[e:a]):
            return text[s:e]
    return None


def container_at(text: str, a: int, b: int) -> str | None:
    """The name written as holding ``text[a:b]`` ("Texas" of "Paris, Texas"), as the stage reads it."""
    lo, hi = max(0, a - 40), min(len(text), b + 40)
    hits = [(s + lo, e + lo, tier) for s, e, tier in scan(text[lo:hi])]
    return _container(text, a, b, hits, local=not gazetteer().candidates(text[a:b]))


def _person(art, body: str, a: int, b: int) -> bool:
    """Inside a person's name: a longer actor mention that opens with a given
    name or holds the hit after its first word, or the hit standing alone
    for a named person's surname ("Jackson" for Jesse Jackson)."""
    hit = body[a:b]
    for actor in art.actors:
        name = actor.get("name") or ""
        for m in actor.get("mentions", []):
            if not (m["start"] < b and a < m["end"]):
                continue
            text = body[m["start"]:m["end"]]
            if text.startswith(("The ", "the ")):
                text = text[4:]
            if (m["start"], m["end"]) != (a, b):
                if text.split()[:1] and (text.split()[0] in _given_names() or not text.startswith(hit)):
                    return True
                continue
            parts = name.split()
            if len(parts) > 1 and parts[-1] == hit and parts[0] != hit:
                return True
    return False


def find_mentions(doc, dateline_names: list[str] = ()) -> list[Mention]:
    art = doc.article
    body = art.body
    w = words()
    g = gazetteer()
    cues = w["strong_cues"] | w["weak_cues"] | {"the"}
    accepted: list[Mention] = []
    pending: list[tuple[Mention, str]] = []  # (mention, why it waits: initial | weak | none | named)
    surnames: set[str] = set()  # town names the article writes after a first name
    for i, s in enumerate(art.sentences):
        base = s["start"]
        text = body[base:s["end"]]
        hits = scan(text)
        fac = [f for f in facilities(text) if not any(h[:2] == f for h in hits)]
        for a, b in fac:
            accepted.append(Mention(base + a, base + b, i, "facility", "facility",
                                    _container(text, a, b, hits, local=True)))
        starts = {h[0]: h[2] for h in hits}  # "Cyprus, Greece Italy": a place may follow a place
        for a, b, tier in hits:
            if any(fa <= a and b <= fb for fa, fb in fac):
                continue  # part of a local name ("Colchester" of Colchester General Hospital)
            m = Mention(base + a, base + b, i, "place", tier)
            prev = _prev_word(text, a)
            if tier == "caps":
                if (a == 0 or prev in ("By", "—", "-", "&")) and re.match(r"\s*[,(:—–-]", text[b:b + 3]):
                    accepted.append(m)
                continue
            if _person(art, body, base + a, base + b) or text[a:b] in w["not_places"]:
                continue
            if prev.rstrip(",") in w["person_cues"] and tier != "demonym":
                continue
            if tier == "short":
                pending.append((m, "short"))
                continue
            if tier == "demonym" or re.match(r"-[a-z]", text[b:b + 2]):
                m.role = "modifier"  # "Russian officials", "London-based", "U.S.-led"
                accepted.append(m)
                continue
            rest = text[b:]
            nxt = rest.split(maxsplit=1)[0].rstrip(".,;:!?’'\"") if rest[:1] == " " else ""
            if nxt[:1].isupper() and nxt not in _PLACE_WORDS and nxt not in w["org_heads"] \
                    and nxt not in w["not_places"] and text[a:b] in _given_names():
                continue  # "Georgia Smith", "Chad Bown"
            if nxt[:1].isupper() and nxt not in _PLACE_WORDS and nxt not in w["not_places"] \
                    and starts.get(b + 1) not in ("strong", "city"):
                m.role = "embedded"  # "The Washington Post", "Jamaica Cancer Society"
                if tier == "town" or (tier == "city" and nxt not in w["org_heads"]):
                    pending.append((m, "named"))
                else:
                    accepted.append(m)
                continue
            m.container = _container(text, a, b, hits)
            capital_before = prev[:1].isupper() and prev.lower() not in cues \
                and not prev.endswith((".", ":", "!", "?", ",", ";", "-", "'s", "’s")) and a > 0 \
                and (text[:a].strip() != prev or prev in _given_names())  # "Though London's": an opener
            if tier != "strong" and capital_before:
                if prev.lower() not in g.generic:
                    surnames.add(text[a:b])
                continue  # "Kendale Lakes", "John Kennedy"
            cue = prev.lower().strip("(\"“")
            if tier == "town" or (tier == "city" and text[a:b] in _given_names() and not _major(text[a:b])):
                if m.container or (cue in w["strong_cues"] and a > 0) or text[b:b + 6] == "-based":
                    accepted.append(m)
                else:
                    pending.append((m, "weak" if cue in w["weak_cues"] else "none"))
                continue
            if a == 0 and tier != "strong":
                pending.append((m, "initial"))
                continue
            accepted.append(m)
    accepted[:] = [m for m in accepted if m.tier in ("strong", "facility", "demonym", "caps")
                   or m.container or body[m.start:m.end] not in surnames]
    pending[:] = [(m, why) for m, why in pending if body[m.start:m.end] not in surnames]
    _settle(doc, accepted, pending, dateline_names)
    accepted.sort(key=lambda m: m.start)
    return accepted


def _settle(doc, accepted, pending, dateline_names) -> None:
    """Pending names: kept when the article supports them (see the module doc)."""
    body = doc.article.body
    g = gazetteer()
    peoples = [g.demonym(body[m.start:m.end]) for m in accepted if m.tier == "demonym"]  # their countries
    ctx = Context([body[m.start:m.end] for m in accepted if m.role == "place"] + list(dateline_names)
                  + [p.name for p in peoples if p is not None])
    known = {norm(body[m.start:m.end]) for m in accepted if m.role == "place"}
    for _ in range(2):  # a town accepted makes its other mentions count
        left = []
        for m, why in pending:
            key = norm(body[m.start:m.end])
            cands = g.candidates(key)
            in_division = any(p.admin1 and ctx.admin1[p.admin1] for p in cands)
            ok = key in known or (why in ("weak", "none") and in_division)
            if m.role == "embedded":
                ok = key in known
            if why == "short":
                ok = short_reading(key, ctx) is not None
            if ok:
                accepted.append(m)
                if m.role == "place":
                    known.add(key)
            else:
                left.append((m, why))
        pending[:] = left
