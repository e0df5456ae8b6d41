"""Article record -> rows of the database tables (plain dicts, batched to Arrow)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict


def _date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _span(s):
    if not s:
        return None, None, None
    return s.get("start"), s.get("end"), s.get("text")


def article_rows(rec: dict) -> dict[str, list[dict]]:
    """All rows one article record contributes, by table."""
    aid = rec["id"]
    out: dict[str, list[dict]] = defaultdict(list)
    out["articles"].append({
        "id": aid, "input_id": rec.get("input_id"), "url": rec.get("url"),
        "source": rec.get("source"), "title": rec.get("title"),
        "published": _date(rec.get("published")), "language": rec.get("language"),
        "status": rec.get("status"), "reason": rec.get("reason"), "body": rec.get("body"),
        "byline": rec.get("byline"), "dateline": rec.get("dateline"),
        "n_sentences": len(rec.get("sentences") or []), "n_events": len(rec.get("events") or []),
        "record": json.dumps(rec, ensure_ascii=False),
        "ingested_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        "published_from": rec.get("published_from"),
    })
    body = rec.get("body") or ""
    for i, p in enumerate(rec.get("paragraphs") or []):
        out["paragraphs"].append({"article_id": aid, "idx": i, "start_char": p["start"], "end_char": p["end"]})
    for i, s in enumerate(rec.get("sentences") or []):
        out["sentences"].append({"article_id": aid, "idx": i, "start_char": s["start"], "end_char": s["end"],
                                 "paragraph": s.get("paragraph"), "text": body[s["start"]:s["end"]]})
    for i, r in enumerate(rec.get("removed") or []):
        out["removed"].append({"article_id": aid, "idx": i, "text": r.get("text"), "reason": r.get("reason")})
    for i, c in enumerate(rec.get("comments") or []):
        out["comments"].append({"article_id": aid, "idx": i, "text": c})
    actors = {}
    for a in rec.get("actors") or []:
        actors[a["id"]] = a
        out["actors"].append({"article_id": aid, "actor_id": a["id"], "name": a.get("name"),
                              "code": a.get("code"), "country": a.get("country"),
                              "sectors": list(a.get("sectors") or []), "wikidata": a.get("wikidata"),
                              "country_inferred": bool(a.get("country_inferred")), "ethnic": a.get("ethnic")})
        for m in a.get("mentions") or []:
            out["actor_mentions"].append({"article_id": aid, "actor_id": a["id"], "sentence": m.get("sentence"),
                                          "start_char": m["start"], "end_char": m["end"], "text": m.get("text"),
                                          "country_inferred": bool(m.get("country_inferred"))})

    def country(ref):
        a = actors.get(ref.get("actor"))
        return (a or {}).get("country")

    for e in rec.get("events") or []:
        ts, te, tt = _span(e.get("trigger"))
        plover = e.get("plover") or {}
        src, tgt = e.get("source") or [], e.get("target") or []
        out["events"].append({
            "article_id": aid, "event_id": e["id"], "sentence": e.get("sentence"),
            "source_actors": [r.get("actor") for r in src], "source_codes": [r.get("code") for r in src],
            "source_countries": [c for c in (country(r) for r in src) if c],
            "target_actors": [r.get("actor") for r in tgt], "target_codes": [r.get("code") for r in tgt],
            "target_countries": [c for c in (country(r) for r in tgt) if c],
            "cameo": e.get("cameo"), "cameo_root": e.get("cameo_root"), "cameo_name": e.get("cameo_name"),
            "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"),
            "plover_event": plover.get("event"), "plover_mode": plover.get("mode"),
            "plover_context": plover.get("context"),
            "negated": bool(e.get("negated")), "hypothetical": bool(e.get("hypothetical")),
            "date": _date(e.get("date")), "place": e.get("place"),
            "trigger_start": ts, "trigger_end": te, "trigger_text": tt, "rule": e.get("rule"),
            "date_value": e.get("date_value"), "date_from": e.get("date_from"),
        })
    for q in rec.get("quotes") or []:
        cs, ce, ct = _span(q.get("content"))
        sp = q.get("speaker") or {}
        ss, se, _ = _span(sp.get("span"))
        us, ue, ut = _span(q.get("cue"))
        out["quotes"].append({
            "article_id": aid, "quote_id": q["id"], "kind": q.get("kind"), "sentence": q.get("sentence"),
            "content_start": cs, "content_end": ce, "content": ct,
            "speaker_actor": sp.get("actor"), "speaker_name": sp.get("name"),
            "speaker_code": (actors.get(sp.get("actor")) or {}).get("code"),
            "speaker_start": ss, "speaker_end": se, "cue_start": us, "cue_end": ue, "cue": ut,
        })
    for t in rec.get("times") or []:
        s, e, text = _span(t.get("span"))
        out["times"].append({"article_id": aid, "sentence": t.get("sentence"), "start_char": s,
                             "end_char": e, "text": text, "value": t.get("value")})
    for p in rec.get("places") or []:
        out["places"].append({"article_id": aid, "place_id": p["id"], "name": p.get("name"),
                              "country": p.get("country"), "admin1": p.get("admin1"), "lat": p.get("lat"),
                              "lon": p.get("lon"), "geonames_id": p.get("geonames_id")})
        for m in p.get("mentions") or []:
            out["place_mentions"].append({"article_id": aid, "place_id": p["id"], "sentence": m.get("sentence"),
                                          "start_char": m["start"], "end_char": m["end"], "text": m.get("text")})
    return out
