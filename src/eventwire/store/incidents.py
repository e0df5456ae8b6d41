"""Read-only queries over the incidents tables (built by :mod:`eventwire.incidents`), shared by the
web API and the exports.  Incidents are selected with the event filters: an incident matches when one
of its member events does.  A database without incidents yet answers with none."""

from __future__ import annotations

from .queries import (
    DAY, EVENT_COLUMNS, EVENTS_FROM, BadQuery, EventFilter, _dicts, _iso, actor_names, event_item, order_by, page,
)

INCIDENT_SORTS = {
    "date": "i.date", "articles": "i.num_articles", "sources": "i.num_sources", "mentions": "i.num_mentions",
    "confidence": "i.confidence", "first": "i.first_report", "code": "i.cameo",
}
INCIDENT_COLUMNS = """i.incident_id, i.date, i.date_from, i.date_to, i.first_report, i.last_report, i.first_article,
i.last_article, i.cameo, i.cameo_root, i.cameo_name, i.plover_event, i.quad_class, i.goldstein, i.source_codes,
i.source_countries, i.target_codes, i.target_countries, i.place_name, i.place_country, i.lat, i.lon, i.geonames_id,
i.title, i.n_events, i.n_reports, i.num_mentions, i.num_sources, i.num_articles, i.confidence"""
_DATES = ("date", "date_from", "date_to", "first_report", "last_report")


def has_incidents(cur) -> bool:
    return bool(cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'incidents'")
                .fetchone()[0])


def where(flt: EventFilter, min_articles: int | None = None) -> tuple[str, list]:
    clauses, params = [], []
    ew, ep = flt.where()
    if ew:
        clauses.append("i.incident_id IN (SELECT ie.incident_id FROM incident_events ie JOIN "
                       f"(SELECT e.article_id, e.event_id {EVENTS_FROM} {ew}) m USING (article_id, event_id))")
        params += ep
    if min_articles:
        clauses.append("i.num_articles >= ?")
        params.append(int(min_articles))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _item(row: dict) -> dict:
    out = {**row, "id": row.pop("incident_id")}
    for k in _DATES:
        out[k] = _iso(out[k])
    for k in ("lat", "lon"):
        if out[k] != out[k]:  # NaN
            out[k] = None
    return out


def incidents(cur, flt: EventFilter, sort: str | None = None, limit=50, offset=0,
              min_articles: int | None = None) -> dict:
    limit, offset = page(limit, offset)
    if min_articles is not None and min_articles < 0:
        raise BadQuery("min_articles must be 0 or more")
    if not has_incidents(cur):
        return {"items": [], "total": 0, "limit": limit, "offset": offset}
    w, params = where(flt, min_articles)
    order = order_by(sort, INCIDENT_SORTS, tie="i.incident_id")
    total = cur.execute(f"SELECT count(*) FROM incidents i {w}", params).fetchone()[0]
    cur.execute(f"SELECT {INCIDENT_COLUMNS} FROM incidents i {w} {order} LIMIT ? OFFSET ?", params + [limit, offset])
    return {"items": [_item(r) for r in _dicts(cur)], "total": total, "limit": limit, "offset": offset}


def incident(cur, incident_id: str) -> dict | None:
    """One incident with its member events (each with its article, outlet and sentence), by report date."""
    if not has_incidents(cur):
        return None
    cur.execute(f"SELECT {INCIDENT_COLUMNS} FROM incidents i WHERE i.incident_id = ?", [incident_id])
    rows = _dicts(cur)
    if not rows:
        return None
    inc = _item(rows[0])
    cur.execute(f"SELECT {EVENT_COLUMNS}, {DAY} AS day, ie.link {EVENTS_FROM} "
                "JOIN incident_events ie ON ie.article_id = e.article_id AND ie.event_id = e.event_id "
                "WHERE ie.incident_id = ? ORDER BY a.published NULLS LAST, e.article_id, e.event_id", [incident_id])
    events = _dicts(cur)
    names = actor_names(cur, [r["article_id"] for r in events])
    inc["events"] = [{**event_item(r, names), "link": r["link"]} for r in events]
    return inc


def event_counts(cur, article_id: str) -> dict[str, tuple[int, int, int]]:
    """event id -> (num_mentions, num_sources, num_articles) of its incident, for one article."""
    return {eid: (m, s, a) for eid, m, s, a in cur.execute(
        "SELECT ie.event_id, i.num_mentions, i.num_sources, i.num_articles FROM incident_events ie "
        "JOIN incidents i USING (incident_id) WHERE ie.article_id = ?", [article_id]).fetchall()}


def iter_incidents(cur, flt: EventFilter, chunk: int = 500):
    """Every matching incident (as :func:`incident` returns it), by date."""
    if not has_incidents(cur):
        return
    w, params = where(flt)
    ids = [r[0] for r in cur.execute(f"SELECT i.incident_id FROM incidents i {w} ORDER BY i.date NULLS LAST, "
                                     "i.incident_id", params).fetchall()]
    for start in range(0, len(ids), chunk):
        for iid in ids[start:start + chunk]:
            yield incident(cur, iid)
