"""Place scoring on GeoWebNews (places stage).

Gold toponyms are those with coordinates and not marked non-locational.
Each article's text is coded as one article (every sentence parsed; actors
and places stages) so that its own place names are the context.

* Given the gold span: :func:`eventwire.where.resolve_toponym` resolves the
  gold name with the place names the pipeline found in the article as
  context and the name the text writes as holding it ("Paris, Texas"), as
  the stage reads both (a name the gazetteer lacks gets the article's main place);
  reported: accuracy within 161 km and median error in km.
* End to end: the share of gold toponyms overlapped by a predicted place
  mention (any role), the share of ALL gold toponyms whose overlapping
  mention is within 161 km (a miss or a place without coordinates counts as
  wrong), the accuracy of the overlapped ones, and the median error over all
  gold toponyms (a miss counts as half the earth's circumference).

Articles are split by a seeded hash of their ``file`` id into a part read
while developing (``read``) and a part only scored (``score``); both are
reported, and the whole set.
"""

from __future__ import annotations

import hashlib
import math
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

from .polnear import document_from_text, make_stages, run_documents
from .shared import shared_path
KM = 161.0
MISS_KM = 20038.0  # half the earth's circumference: a miss
SPLIT_SEED = "geowebnews-13"


def part_of(file_id: str) -> str:
    """``read`` or ``score``: the seeded hash of the article's id."""
    h = int(hashlib.sha1(f"{SPLIT_SEED}:{file_id}".encode()).hexdigest()[:8], 16)
    return "read" if h % 2 == 0 else "score"


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def load(path: Path, limit: int | None = None, meta: list | None = None) -> list[tuple[str, list[dict]]]:
    """(text, gold toponyms) per article; toponym: start, end, name, lat, lon.
    ``meta`` (a list) receives ``{"file", "link"}`` per article."""
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
        if meta is not None:
            meta.append({"file": art.get("file") or str(len(out) - 1), "link": art.findtext("link")})
        if limit and len(out) >= limit:
            break
    return out


def score(path: str | Path | None = None, limit: int | None = None) -> dict:
    path = Path(path) if path else shared_path("eval", "geowebnews", "GWN.xml")
    meta: list[dict] = []
    items = load(path, limit, meta)
    docs = [document_from_text(text) for text, _ in items]
    for d, m in zip(docs, meta):
        d.article.url = m["link"]
    timings: dict = {}
    run_documents(docs, make_stages(("actors", "where")), timings)
    parts = {"all": [], "read": [], "score": []}
    for (text, gold), d, m in zip(items, docs, meta):
        rows = _score_article(gold, d)
        parts["all"].extend(rows)
        parts[part_of(m["file"])].extend(rows)
    out = {"articles": len(items), **_summary(parts["all"])}
    out["parts"] = {k: {"articles": sum(1 for m in meta if part_of(m["file"]) == k), **_summary(v)}
                    for k, v in parts.items() if k != "all"}
    out["timings"] = {k: round(v, 2) for k, v in timings.items()}
    return out


def _score_article(gold: list[dict], d) -> list[tuple[float, float | None]]:
    """(error given the gold span, end-to-end error or None when not found) per gold toponym."""
    from ..where import container_at, resolve_toponym

    names = [m["text"] for p in d.article.places for m in p["mentions"]]
    names += [p["name"] for p in d.article.places if p.get("via")] * 3  # dateline or outlet's home
    mentions = [(m["start"], m["end"], p) for p in d.article.places for m in p["mentions"]]
    rows = []
    for g in gold:
        r = resolve_toponym(g["name"], names, container=container_at(d.article.body, g["start"], g["end"]))
        given = MISS_KM if r is None or r["lat"] is None else haversine(g["lat"], g["lon"], r["lat"], r["lon"])
        hit = next((p for s, e, p in mentions if s < g["end"] and g["start"] < e), None)
        if hit is None:
            e2e = None
        elif hit["lat"] is None:
            e2e = MISS_KM
        else:
            e2e = haversine(g["lat"], g["lon"], hit["lat"], hit["lon"])
        rows.append((given, e2e))
    return rows


def _summary(rows: list[tuple[float, float | None]]) -> dict:
    n = len(rows)
    found = [e for _, e in rows if e is not None]
    ok = sum(1 for e in found if e <= KM)
    return {
        "toponyms": n,
        "accuracy_161": round(sum(1 for g, _ in rows if g <= KM) / n, 4) if n else 0.0,
        "median_error_km": round(statistics.median(g for g, _ in rows), 1) if n else None,
        "unresolved": sum(1 for g, _ in rows if g >= MISS_KM),
        "e2e_overlap_share": round(len(found) / n, 4) if n else 0.0,
        "e2e_161_of_all": round(ok / n, 4) if n else 0.0,
        "e2e_accuracy_161": round(ok / len(found), 4) if found else 0.0,
        "e2e_median_error_km": round(statistics.median(MISS_KM if e is None else e for _, e in rows), 1)
        if n else None,
    }


def score_own(path: str | Path) -> dict:
    """The same end-to-end check on a YAML file of articles written for it
    (``tests/where/data/local_news.yaml``): each gold toponym is the n-th
    occurrence of its name in the text, with gold coordinates."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = []
    for art in data["articles"]:
        text = art["text"]
        tops = []
        for t in art["toponyms"]:
            at = -1
            for _ in range(int(t.get("occurrence", 1))):
                at = text.find(t["name"], at + 1)
            if at < 0:
                raise ValueError(f"{path}: {art['id']}: {t['name']!r} not in the text")
            tops.append({"start": at, "end": at + len(t["name"]), "name": t["name"],
                         "lat": float(t["lat"]), "lon": float(t["lon"])})
        items.append((text, tops))
    docs = [document_from_text(text) for text, _ in items]
    run_documents(docs, make_stages(("actors", "where")), {})
    rows = [r for (_, gold), d in zip(items, docs) for r in _score_article(gold, d)]
    return {"articles": len(items), **_summary(rows)}


def format_table(result: dict) -> str:
    lines = [f"GeoWebNews, {result['articles']} articles, {result['toponyms']} gold toponyms with coordinates"]
    rows = [("all", result)] + [(k, v) for k, v in result.get("parts", {}).items()]
    lines.append("part    articles toponyms | gold spans: acc@161 median km | end to end: found  "
                 "acc@161 of all  of found  median km")
    for name, r in rows:
        lines.append(f"{name:<7} {r.get('articles', result['articles']):>8} {r['toponyms']:>8} |"
                     f" {r['accuracy_161']:>18.3f} {r['median_error_km']:>9} |"
                     f" {r['e2e_overlap_share']:>17.3f} {r['e2e_161_of_all']:>15.3f}"
                     f" {r['e2e_accuracy_161']:>9.3f} {r['e2e_median_error_km']:>10}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m eventwire.evaluate.geowebnews [limit]
    import sys

    print(format_table(score(limit=int(sys.argv[1]) if len(sys.argv) > 1 else None)))
