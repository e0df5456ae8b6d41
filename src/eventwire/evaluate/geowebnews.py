"""Place scoring on GeoWebNews (places stage).

Gold toponyms are those with coordinates and not marked non-locational.
Each article's text is coded as one article (every sentence parsed; actors
and places stages) so that its own place names are the context.

* Given the gold span: :func:`eventwire.where.resolve_toponym` resolves the
  gold name with the place names the pipeline found in the article as
  context (a name the gazetteer lacks gets the article's main place);
  reported: accuracy within 161 km and median error in km.
* End to end: the share of gold toponyms overlapped by a predicted place
  mention, and the accuracy within 161 km of those (a place without
  coordinates counts as wrong).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

from .polnear import document_from_text, make_stages, run_documents
from .shared import shared_path
KM = 161.0


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def load(path: Path, limit: int | None = None) -> list[tuple[str, list[dict]]]:
    """(text, gold toponyms) per article; toponym: start, end, name, lat, lon."""
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if not lat or not lon or (t.findtext("nonLocational") or "").strip() == "Yes":
                continue
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            tops.append({"start": s, "end": e, "name": text[s:e], "lat": float(lat), "lon": float(lon)})
        out.append((text, tops))
        if limit and len(out) >= limit:
            break
    return out


def score(path: str | Path | None = None, limit: int | None = None) -> dict:
    from ..where import resolve_toponym

    path = Path(path) if path else shared_path("eval", "geowebnews", "GWN.xml")
    items = load(path, limit)
    docs = [document_from_text(text) for text, _ in items]
    timings: dict = {}
    run_documents(docs, make_stages(("actors", "where")), timings)
    errors, n_gold, overlapped, e2e_ok, unresolved = [], 0, 0, 0, 0
    for (text, gold), d in zip(items, docs):
        names = [m["text"] for p in d.article.places for m in p["mentions"]]
        mentions = [(m["start"], m["end"], p) for p in d.article.places for m in p["mentions"]]
        for g in gold:
            n_gold += 1
            r = resolve_toponym(g["name"], names)
            if r is None or r["lat"] is None:
                unresolved += 1
                errors.append(20038.0)  # half the earth's circumference: a miss
            else:
                errors.append(haversine(g["lat"], g["lon"], r["lat"], r["lon"]))
            hit = next((p for s, e, p in mentions if s < g["end"] and g["start"] < e), None)
            if hit is not None:
                overlapped += 1
                if hit["lat"] is not None and haversine(g["lat"], g["lon"], hit["lat"], hit["lon"]) <= KM:
                    e2e_ok += 1
    acc = sum(1 for e in errors if e <= KM) / n_gold if n_gold else 0.0
    return {
        "articles": len(items), "toponyms": n_gold,
        "accuracy_161": round(acc, 4),
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "unresolved": unresolved,
        "e2e_overlap_share": round(overlapped / n_gold, 4) if n_gold else 0.0,
        "e2e_accuracy_161": round(e2e_ok / overlapped, 4) if overlapped else 0.0,
        "timings": {k: round(v, 2) for k, v in timings.items()},
    }


def format_table(result: dict) -> str:
    return "\n".join([
        f"GeoWebNews, {result['articles']} articles, {result['toponyms']} gold toponyms with coordinates",
        f"given gold spans: accuracy@161km {result['accuracy_161']:.3f}, median error "
        f"{result['median_error_km']} km, unresolved {result['unresolved']}",
        f"end to end: gold toponyms overlapped {result['e2e_overlap_share']:.3f}, "
        f"their accuracy@161km {result['e2e_accuracy_161']:.3f}",
    ])


if __name__ == "__main__":  # python -m eventwire.evaluate.geowebnews [limit]
    import sys

    print(format_table(score(limit=int(sys.argv[1]) if len(sys.argv) > 1 else None)))
