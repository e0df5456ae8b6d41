"""Places stage: place names of the body, resolved to coordinates.

Fills ``article.places`` (see CONTRACT.md): ``{"id", "name", "country",
"admin1", "lat", "lon", "geonames_id", "mentions"}``.  Mentions come from
spaCy GPE/LOC/FAC entities in parsed sentences and from a gazetteer scan
(countries, US states, regions, cities) so that unparsed sentences count
too; the article's dateline city is a place as well.  Names with several
candidates take the most likely one given the article's other places
(``Paris`` in an article about Texas is Paris, Texas): see :mod:`.resolve`.
Names the gazetteer does not hold are kept with null coordinates.

:func:`resolve_toponym` resolves one name given the article's other place
names (used by the GeoWebNews scorer).
"""

from __future__ import annotations

import re

from ..record import Document, span
from .gazetteer import Place, gazetteer, norm
from .resolve import Context, choose, resolve_toponym, scanner

__all__ = ["make_stage", "find_places", "resolve_toponym", "gazetteer"]

_LABELS = {"GPE", "LOC", "FAC"}


def make_stage(settings):
    gazetteer()  # load once, at pipeline start

    def stage(doc: Document) -> None:
        doc.article.places = find_places(doc)

    return stage


def _mentions(doc: Document) -> list[tuple[int, int, int, bool]]:
    """(start, end, sentence, from_ner) of candidate place names, body offsets."""
    art = doc.article
    body = art.body
    scan = scanner()
    people = _person_spans(art)
    out = []
    initial = []  # sentence-initial names: kept when the name is a place elsewhere too
    for i, s in enumerate(art.sentences):
        text = body[s["start"]:s["end"]]
        parsed = doc.parsed.get(i)
        taken: list[tuple[int, int, str]] = []
        if parsed is not None:
            for ent in parsed.ents:
                taken.append((ent.start_char, ent.end_char, ent.label_))
                if ent.label_ in _LABELS:
                    a, b = ent.start_char, ent.end_char
                    if text[a:b].lower().startswith("the "):
                        a += 4
                    out.append((s["start"] + a, s["start"] + b, i, True))
        for a, b, strong in scan(text):
            over = [t for t in taken if a < t[1] and b > t[0]]
            if over:
                # only a name the parser called something else ("Moscow" as an
                # organisation: the government) and not a person
                if not (len(over) == 1 and over[0][:2] == (a, b) and over[0][2] not in _LABELS | {"PERSON"}):
                    continue
            if _in_person_name(s["start"] + a, s["start"] + b, body, people):
                continue  # "George" of George W. Bush, "Jackson" for Jesse Jackson
            if _next_to_capital(text, a, b, strong):
                continue  # part of a longer proper name the gazetteer lacks ("Chad Bown")
            if a == 0 and not strong:
                initial.append((s["start"] + a, s["start"] + b, i, False))
                continue  # a capital at a sentence start is too often an ordinary word
            out.append((s["start"] + a, s["start"] + b, i, False))
    known = {body[a:b] for a, b, _, _ in out}
    out.extend(m for m in initial if body[m[0]:m[1]] in known)
    out.sort()
    return out


def _person_spans(art) -> list[tuple[int, int, str]]:
    """Actor mentions with the actor's name: (start, end, name)."""
    return [(m["start"], m["end"], a.get("name") or "") for a in art.actors for m in a.get("mentions", [])]


def _in_person_name(a: int, b: int, body: str, mentions) -> bool:
    """The name is part of a longer actor mention, or a surname standing for a named person."""
    hit = body[a:b]
    for s, e, name in mentions:
        if s < b and a < e:
            if (s, e) != (a, b):
                return True
            words = name.split()
            if len(words) > 1 and hit in words and name != hit:
                return True
    return False


def _next_to_capital(text: str, a: int, b: int, strong: bool) -> bool:
    """A capitalised word right after (or, for a town, right before) the name."""
    after = text[b:].split(maxsplit=1)
    before = text[:a].split()
    nxt = after[0] if after and not text[b:b + 1] in ",;:" else ""
    prev = before[-1] if before else ""
    if nxt[:1].isupper() and nxt.rstrip(".,;:") not in _PLACE_WORDS:
        return True
    return not strong and a > 0 and prev[:1].isupper() and not prev.endswith((".", ":", "!", "?", ","))


# Capitalised words that may follow a place name without making it another name.
_PLACE_WORDS = {"City", "County", "State", "Province", "Region", "District", "Area", "Metro",
                "Gov", "Sen", "Rep", "President", "Prime", "Foreign", "Defense", "Defence", "Interior",
                "Secretary", "Minister", "Ministry", "Government", "Army", "Police", "Embassy"}


def _dateline_name(dateline: str | None) -> str | None:
    if not dateline:
        return None
    head = re.split(r"[(,—–]| - ", dateline)[0].strip()
    return head.title() if head.isupper() else head or None


def find_places(doc: Document) -> list[dict]:
    art = doc.article
    body = art.body
    g = gazetteer()
    mentions = _mentions(doc)
    names = [body[a:b] for a, b, _, _ in mentions]
    dl = _dateline_name(art.dateline)
    ctx = Context(names + ([dl] * 3 if dl else []))
    records: dict[object, dict] = {}
    order: list[object] = []

    def record_for(name: str) -> tuple[object, dict]:
        cands = g.candidates(name)
        place: Place | None = choose(cands, ctx, exclude=norm(name)) if cands else None
        if place is None:
            key = ("?", norm(name))
            rec = {"name": name, "country": None, "admin1": None, "lat": None, "lon": None, "geonames_id": None}
        else:
            key = place.geonames_id or (place.kind, place.name)
            rec = {"name": place.name, "country": place.country, "admin1": place.admin1,
                   "lat": place.lat, "lon": place.lon, "geonames_id": place.geonames_id}
        return key, rec

    if dl:
        key, rec = record_for(dl)
        if rec["lat"] is not None:
            rec["mentions"] = []
            at = body[:80].lower().find(dl.lower())  # a dateline left at the top of the body
            if at >= 0 and art.sentences and not any(a <= at < b for a, b, _, _ in mentions):
                rec["mentions"].append(dict(span(body, at, at + len(dl)), sentence=art.sentence_at(at) or 0))
            records[key] = rec
            order.append(key)
    for (a, b, i, _), name in zip(mentions, names):
        key, rec = record_for(name)
        if key not in records:
            rec["mentions"] = []
            records[key] = rec
            order.append(key)
        records[key]["mentions"].append(dict(span(body, a, b), sentence=i))
    out = []
    for n, key in enumerate(order, 1):
        rec = records[key]
        out.append({"id": f"p{n}", **rec})
    return out
