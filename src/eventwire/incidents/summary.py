"""One incident's row: its date and range, first and last report, type, actors, place, confidence."""

from __future__ import annotations

import hashlib
from collections import Counter

from .reports import Report


def incident_id(first_key: str) -> str:
    return "i" + hashlib.sha1(first_key.encode()).hexdigest()[:15]


def _most(values):
    """The most common value; ties go to the smallest (a canonical choice)."""
    counts = Counter(v for v in values if v not in (None, "", ()))
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def summarise(component: str, members: list[Report], extra: dict[str, dict], best: list[float]) -> dict:
    """extra: report key -> the event's own columns (cameo_name, quad_class, goldstein, codes, place name...)."""
    members = sorted(members, key=lambda r: r.key)
    info = [extra[r.key] for r in members]
    explicit = [r.day for r in members if r.explicit] or [r.day for r in members]
    day = _most(explicit)
    cameo = _most(r.cameo for r in members)
    typed = [x for r, x in zip(members, info) if r.cameo == cameo] or info
    side = _most((tuple(x["source_codes"] or ()), tuple(x["target_codes"] or ())) for x in info) or ((), ())
    sided = [x for x in info if (tuple(x["source_codes"] or ()), tuple(x["target_codes"] or ())) == side] or info
    places = [r.place for r in members if r.place is not None]
    specific = [p for p in places if not p.country_level] or places
    place = None
    if specific:
        gid = _most(p.geonames_id for p in specific)
        place = next((p for p in specific if p.geonames_id == gid), specific[0])
    published = sorted(((r.published, r.article) for r in members if r.published), key=lambda x: (x[0], x[1]))
    first = published[0] if published else (None, members[0].article)
    last = published[-1] if published else (None, members[-1].article)
    confidence = 1.0 if len(members) == 1 else round(sum(best) / len(best), 3)
    return {
        "incident_id": incident_id(members[0].key), "component": component,
        "date": day, "date_from": min(explicit), "date_to": max(explicit),
        "first_report": first[0], "last_report": last[0], "first_article": first[1], "last_article": last[1],
        "cameo": cameo, "cameo_root": cameo[:2] if cameo else _most(r.root for r in members),
        "cameo_name": typed[0]["cameo_name"], "plover_event": _most(r.plover for r in members),
        "quad_class": typed[0]["quad_class"], "goldstein": typed[0]["goldstein"],
        "source_codes": list(side[0]), "source_countries": sorted(sided[0]["source_countries"] or []),
        "target_codes": list(side[1]), "target_countries": sorted(sided[0]["target_countries"] or []),
        "place_name": place.name if place else None, "place_country": place.country if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "geonames_id": place.geonames_id if place else None,
        "title": extra[members[0].key].get("title") if first[1] == members[0].article else next(
            (x.get("title") for r, x in zip(members, info) if r.article == first[1]), None),
        "n_events": len(members), "n_reports": len({r.article for r in members}),
        "confidence": confidence,
    }
