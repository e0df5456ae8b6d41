"""Places stage: place names of the body, resolved to coordinates.

Fills ``article.places`` (see CONTRACT.md and where/README.md): ``{"id",
"name", "kind", "country", "admin1", "admin1_name", "lat", "lon",
"geonames_id", "inferred", "mentions"}``; each mention has a ``role``
(place | embedded | modifier | facility).  Mentions come from the gazetteer
scan and its context rules (:mod:`.mentions`), without the statistical NER;
the article's dateline city is a place as well.  Each distinct name takes
one sense per article, chosen from the article as a whole (:mod:`.resolve`):
the places and divisions it names, a containing name ("Paris, Texas"), the
dateline, the actors' countries, population as the prior.  Names the
gazetteer does not hold are kept with null coordinates.

:func:`resolve_toponym` resolves one name given the article's other place
names (used by the GeoWebNews scorer).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..record import Document, span
from .gazetteer import Place, gazetteer, norm
from .mentions import Mention, container_at, find_mentions
from .resolve import Context, holding, resolve_in, resolve_toponym
from .scan import automaton

DATA = Path(__file__).parent / "data"

__all__ = ["make_stage", "find_places", "resolve_toponym", "container_at", "gazetteer"]


def make_stage(settings):
    gazetteer()  # load once, at pipeline start
    automaton()

    def stage(doc: Document) -> None:
        doc.article.places = find_places(doc)

    return stage


def _dateline_name(dateline: str | None) -> str | None:
    if not dateline:
        return None
    head = re.split(r"[(,—–]| - ", dateline)[0].strip()
    return head.title() if head.isupper() else head or None


def _outlets() -> dict[str, str]:
    global _OUTLETS
    if _OUTLETS is None:
        path = DATA / "outlets.tsv"
        _OUTLETS = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                domain, name = line.split("\t")[:2]
                _OUTLETS[domain.strip().lower()] = name.strip()
    return _OUTLETS


_OUTLETS: dict[str, str] | None = None


def outlet_home(url: str | None) -> str | None:
    """The place the article's outlet reports from first (``outlets.tsv``), by its URL's domain."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    table = _outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


def _context_names(art, mentions: list[Mention], dl: str | None) -> list[str]:
    """What the resolver reads: the places named, the demonyms' and actors' countries, the dateline."""
    g = gazetteer()
    body = art.body
    names = []
    for m in mentions:
        text = body[m.start:m.end]
        if m.role in ("place", "embedded"):
            names.append(text.title() if text.isupper() and len(text) > 3 else text)
        elif m.role == "modifier":
            dem = g.demonym(text)
            if dem is not None:
                names.append(dem.name)
    for a in art.actors:
        code = (a.get("code") or "")[:3]
        if code in g.countries:
            names.append(g.countries[code].name)
    return names + ([dl] * 3 if dl else [])


def find_places(doc: Document) -> list[dict]:
    art = doc.article
    body = art.body
    g = gazetteer()
    dl = _dateline_name(art.dateline)
    via = "dateline"
    if not dl:
        dl, via = outlet_home(art.url), "outlet"
    mentions = find_mentions(doc, [dl] if dl else [])
    ctx = Context(_context_names(art, mentions, dl))
    containers: dict[str, str] = {}
    for m in mentions:
        if m.container:
            containers.setdefault(norm(body[m.start:m.end]), m.container)
    senses: dict[tuple[str, bool], tuple[object, dict]] = {}

    def record_for(name: str, facility: bool = False) -> tuple[object, dict]:
        key = (norm(name), facility)
        if key in senses:  # one sense per name per article
            return senses[key]
        box_place = holding(name, containers.get(key[0]), ctx)  # "Georgia's Athens": the state
        place, inferred = resolve_in(name, ctx, fallback=facility or bool(g.candidates(name)),
                                     container=box_place)
        senses[key] = _sense(name, place, inferred, facility)
        return senses[key]

    records: dict[object, dict] = {}
    order: list[object] = []
    if dl:
        key, rec = record_for(dl)
        if rec["lat"] is not None:
            rec = dict(rec, via=via, mentions=[])
            at = body[:80].lower().find(dl.lower())  # a dateline left at the top of the body
            if at >= 0 and art.sentences and not any(m.start <= at < m.end for m in mentions):
                rec["mentions"].append(dict(span(body, at, at + len(dl)), sentence=art.sentence_at(at) or 0,
                                            role="place"))
            records[key] = rec
            order.append(key)
    for m in mentions:
        name = body[m.start:m.end]
        if name.isupper() and len(name) > 3:
            name = name.title()
        key, rec = record_for(name, m.role == "facility")
        if key not in records:
            records[key] = dict(rec, mentions=[])
            order.append(key)
        records[key]["mentions"].append(dict(span(body, m.start, m.end), sentence=m.sentence, role=m.role))
    return [{"id": f"p{n}", **records[key]} for n, key in enumerate(order, 1)]


def _sense(name: str, place: Place | None, inferred: bool, facility: bool) -> tuple[object, dict]:
    g = gazetteer()
    if place is None:
        return ("?", norm(name)), {"name": name, "kind": "local" if facility else None, "country": None,
                                   "admin1": None, "admin1_name": None, "lat": None, "lon": None,
                                   "geonames_id": None, "inferred": False}
    rec = {"name": name if facility else place.name, "kind": "local" if facility else place.kind,
           "country": place.country, "admin1": place.admin1,
           "admin1_name": g.admin1_names.get(place.admin1) if place.admin1 else None,
           "lat": place.lat, "lon": place.lon,
           "geonames_id": None if facility else place.geonames_id, "inferred": inferred or facility}
    key = ("local", norm(name)) if facility else (place.geonames_id or (place.kind, place.name))
    return key, rec
