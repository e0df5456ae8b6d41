"""PLOVER JSON records of incidents: one record per incident (the manual's "Data Fields" names for
the incident itself), with every report of it under `mentions` (article, outlet, date, sentence)."""

from __future__ import annotations

import datetime as dt

from . import incidents as inc_q
from .queries import EventFilter


def _entity(code: str, country: str | None) -> dict:
    sector = code[3:6] if len(code) >= 6 else None
    return {"code": country or code[:3] or None, "sector": sector, "cameo_code": code or None}


def plover_incident_records(con, flt: EventFilter, coded_date: str | None = None):
    coded_date = coded_date or dt.date.today().isoformat()
    for inc in inc_q.iter_incidents(con.cursor(), flt):
        def side(codes, countries):
            return [_entity(c, next((k for k in countries or [] if c.startswith(k)), None)) for c in codes or []]
        rec = {
            "id": inc["id"], "date": inc["date"], "date_range": [inc["date_from"], inc["date_to"]],
            "actor": side(inc["source_codes"], inc["source_countries"]),
            "recipient": side(inc["target_codes"], inc["target_countries"]),
            "event": [inc["plover_event"]] if inc["plover_event"] else [],
            "quad_code": inc["quad_class"], "event_scale": inc["goldstein"], "cameo_code": inc["cameo"],
            "num_mentions": inc["num_mentions"], "num_sources": inc["num_sources"],
            "num_articles": inc["num_articles"], "confidence": inc["confidence"],
            "first_report": inc["first_report"], "last_report": inc["last_report"],
            "mentions": [{
                "id": f"{e['article']}-{e['id']}", "date": e["date"] or e["published"], "published": e["published"],
                "event_text": [e["trigger"]["text"]] if e.get("trigger") else [], "cameo_code": e["cameo"],
                "text": e["sentence_text"],
                "cite_info": {"citation": e["article"], "url": e["url"], "title": e["title"],
                              "publication": e["outlet"]},
            } for e in inc["events"]],
            "coder": "eventwire", "coded_date": coded_date,
        }
        if inc["place_name"]:
            rec["event_loc"] = {"resolved_place": inc["place_name"], "geonameid": inc["geonames_id"],
                                "lat": inc["lat"], "lon": inc["lon"], "country_code": inc["place_country"]}
        yield rec
