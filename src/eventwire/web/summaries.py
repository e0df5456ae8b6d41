"""Aggregate read-only queries behind the explorer: actors, dyad timelines, the
actor network, quotations and the values the filters can take.  All user
values are ``?`` parameters; filters come from :mod:`eventwire.store.queries`.
"""

from __future__ import annotations

import datetime as dt

from ..store.queries import (
    DAY, EVENTS_FROM, PERIODS, BadQuery, EventFilter, _dicts, _iso, actor_clause, page, word_clauses, word_pattern,
    words, no_words,
)


def actors(cur, q: str | None = None, country: str | None = None, limit=100, offset=0) -> dict:
    """Actor codes with the names seen for them and their event counts (as source, as target)."""
    limit, offset = page(limit, offset)
    clauses, params = no_words(q), []
    for w in words(q):
        clauses.append("(regexp_matches(lower(name), ?) OR lower(code) = ?)")
        params += [word_pattern(w), w]
    if country:
        clauses.append("country = ?")
        params.append(country.upper())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"""
    WITH a AS (SELECT code, country, name, article_id FROM actors {where}),
    codes AS (SELECT code, any_value(country) AS country, count(DISTINCT article_id) AS articles,
                     list(DISTINCT name) AS names FROM a WHERE code IS NOT NULL GROUP BY code),
    src AS (SELECT c AS code, count(*) AS n FROM events, unnest(source_codes) t(c) GROUP BY c),
    tgt AS (SELECT c AS code, count(*) AS n FROM events, unnest(target_codes) t(c) GROUP BY c)
    SELECT codes.code, codes.country, codes.articles, codes.names,
           coalesce(src.n, 0) AS as_source, coalesce(tgt.n, 0) AS as_target,
           coalesce(src.n, 0) + coalesce(tgt.n, 0) AS events
    FROM codes LEFT JOIN src USING (code) LEFT JOIN tgt USING (code)
    """
    total = cur.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    cur.execute(f"{sql} ORDER BY events DESC, articles DESC, code LIMIT ? OFFSET ?", params + [limit, offset])
    items = _dicts(cur)
    for it in items:
        it["names"] = sorted(it["names"] or [])[:10]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


COUNTS = ("reports", "incidents")

# One unit per coded event (reports) or per incident (the events grouped into one incident count once, on
# the incident's date; an event in no incident, e.g. a negated one, counts as its own).
_UNITS = {
    "reports": "SELECT e.article_id || '/' || e.event_id AS unit, {day} AS day, e.quad_class AS quad, "
               "e.goldstein AS g {src} {where}",
    "incidents": "SELECT COALESCE(i.incident_id, e.article_id || '/' || e.event_id) AS unit, "
                 "any_value(COALESCE(i.date, {day})) AS day, any_value(COALESCE(i.quad_class, e.quad_class)) AS quad, "
                 "any_value(COALESCE(i.goldstein, e.goldstein)) AS g {src} "
                 "LEFT JOIN incident_events ie ON ie.article_id = e.article_id AND ie.event_id = e.event_id "
                 "LEFT JOIN incidents i ON i.incident_id = ie.incident_id {where} GROUP BY 1",
}


def dyad(cur, a: str, b: str | None = None, period: str = "month", directed: bool = False,
         flt: EventFilter | None = None, count: str = "reports") -> dict:
    """Events per period between `a` and `b` (either direction unless `directed`), by quad class,
    with the mean Goldstein score (null in periods without events).  Without `b`: every event `a`
    takes part in.  Periods without events are listed with zero counts.  `count`: `reports` counts every
    coded event, `incidents` each real-world incident once (see :mod:`eventwire.incidents`)."""
    if count not in COUNTS:
        raise BadQuery(f"count: {count!r} is not one of {', '.join(COUNTS)}")
    if period not in PERIODS:
        raise BadQuery(f"period: {period[:40]!r} is not one of {', '.join(PERIODS)}")
    fa = EventFilter.parse(source=a)
    fb = EventFilter.parse(source=b) if b else None
    if not fa.source or (fb is not None and not fb.source):
        raise BadQuery("a (and b, if given): give an actor code or a country, e.g. RUS")
    where, params = (flt or EventFilter()).where()
    clauses = [where[len("WHERE "):]] if where else []
    sa, pa = actor_clause("source", fa.source)
    ta, pta = actor_clause("target", fa.source)
    if fb:
        sb, pb = actor_clause("source", fb.source)
        tb, ptb = actor_clause("target", fb.source)
        pair = f"(({sa}) AND ({tb}))"
        pair_params = pa + ptb
        if not directed:
            pair = f"({pair} OR (({sb}) AND ({ta})))"
            pair_params += pb + pta
    else:
        pair, pair_params = (sa, pa) if directed else (f"({sa} OR {ta})", pa + pta)
    clauses.append(pair)
    params += pair_params
    where = "WHERE " + " AND ".join(clauses)
    units = _UNITS[count].format(day=DAY, src=EVENTS_FROM, where=where)
    undated = cur.execute(f"SELECT count(*) FROM ({units}) WHERE day IS NULL", params).fetchone()[0]
    # which date each event (report) is placed by: its own clause or sentence, or the publication date
    dated_by = dict(cur.execute(f"SELECT coalesce(e.date_from, 'publication'), count(*) {EVENTS_FROM} {where} "
                                f"AND {DAY} IS NOT NULL GROUP BY 1", params).fetchall())
    cur.execute(f"""
        SELECT CAST(date_trunc('{period}', day) AS DATE) AS period, count(*) AS events,
               count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
               count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
               avg(g) AS goldstein
        FROM ({units}) WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1""", params)
    rows = {r["period"]: r for r in _dicts(cur)}
    items = []
    for start in _periods(min(rows), max(rows), period) if rows else []:
        r = rows.get(start) or {"events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "goldstein": None}
        g = r["goldstein"]
        items.append({**r, "period": start.isoformat(), "goldstein": round(g, 3) if g is not None else None})
    return {"a": fa.source[0], "b": fb.source[0] if fb else None, "period": period, "directed": directed,
            "count": count, "items": items, "total": sum(i["events"] for i in items), "undated": undated,
            "dated_by": dated_by}


def _periods(first: dt.date, last: dt.date, period: str, most: int = 2000) -> list[dt.date]:
    """Every period start from `first` to `last`, so quiet periods show as zero, not as nothing."""
    out, d = [], first
    while d <= last and len(out) < most:
        out.append(d)
        if period == "week":
            d += dt.timedelta(days=7)
        elif period == "month":
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        else:
            d = dt.date(d.year + 1, 1, 1)
    return out


def network(cur, flt: EventFilter, level: str = "country", top: int = 30) -> dict:
    """Who acts on whom: nodes (actor codes or countries) and directed edges weighted by events,
    with the mean Goldstein score of each edge; the `top` busiest nodes only."""
    if level not in ("country", "code"):
        raise BadQuery("level: must be 'country' or 'code'")
    top = max(2, min(int(top), 100))
    where, params = flt.where()
    col = "countries" if level == "country" else "codes"
    cur.execute(f"""
        WITH ev AS (SELECT e.source_{col} AS src, e.target_{col} AS tgt, e.goldstein {EVENTS_FROM} {where}),
        pairs AS (SELECT s, t, goldstein FROM ev, unnest(src) x(s), unnest(tgt) y(t) WHERE s <> t)
        SELECT s, t, count(*) AS events, avg(goldstein) AS goldstein FROM pairs GROUP BY s, t""", params)
    edges = [{"source": s, "target": t, "events": n, "goldstein": round(g, 3) if g is not None else None}
             for s, t, n, g in cur.fetchall()]
    weight: dict[str, int] = {}
    for e in edges:
        for k in (e["source"], e["target"]):
            weight[k] = weight.get(k, 0) + e["events"]
    keep = set(sorted(weight, key=lambda k: (-weight[k], k))[:top])
    nodes = [{"id": k, "events": weight[k]} for k in sorted(keep, key=lambda k: (-weight[k], k))]
    edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
    edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
    return {"level": level, "nodes": nodes, "edges": edges}


def quotes(cur, speaker: str | None = None, q: str | None = None, kind: str | None = None,
           article: str | None = None, limit=50, offset=0) -> dict:
    """Quotations by speaker (name words, or actor code/country prefix) and words in the quote."""
    limit, offset = page(limit, offset)
    clauses, params = [], []
    if speaker:
        ws = words(speaker)
        if not ws:
            raise BadQuery("speaker: give a name or an actor code")
        name_c, name_p = word_clauses("coalesce(q.speaker_name, '')", ws)
        clauses.append(f"(({' AND '.join(name_c)}) OR starts_with(q.speaker_code, ?))")
        params += name_p + [speaker.strip().upper()]
    c, p = word_clauses("q.content", words(q))
    clauses += c + no_words(q)
    params += p
    if kind:
        if kind not in ("direct", "partial", "indirect"):
            raise BadQuery("kind: must be direct, partial or indirect")
        clauses.append("q.kind = ?")
        params.append(kind)
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    base = "FROM quotes q JOIN articles a ON a.id = q.article_id"
    total = cur.execute(f"SELECT count(*) {base} {where}", params).fetchone()[0]
    cur.execute(f"""SELECT q.article_id AS article, q.quote_id AS id, q.kind, q.sentence, q.content,
        q.content_start, q.content_end, q.speaker_actor, q.speaker_name, q.speaker_code, q.cue,
        a.title, a.published {base} {where}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.content_start LIMIT ? OFFSET ?""",
                params + [limit, offset])
    items = _dicts(cur)
    parts = quote_parts(cur, {it["article"] for it in items})
    for it in items:
        it["published"] = _iso(it["published"])
        it["parts"] = parts.get((it["article"], it["id"]))
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def quote_parts(cur, article_ids) -> dict[tuple[str, str], list[str]]:
    """(article, quote id) -> the texts of the quotation's parts, from the stored records
    (a quotation split by its cue shows its pieces, not the span from first to last mark)."""
    import json

    if not article_ids:
        return {}
    rows = cur.execute("SELECT id, json_extract(record, '$.quotes') FROM articles WHERE id IN (SELECT unnest(?))",
                       [sorted(article_ids)]).fetchall()
    out = {}
    for aid, quotes in rows:
        for q in json.loads(quotes) if quotes else []:
            if q.get("parts"):
                out[(aid, q["id"])] = [p["text"] for p in q["parts"]]
    return out


def root_names() -> dict[str, str]:
    """CAMEO root code -> name, from the events stage's codebook (empty if unavailable)."""
    try:
        from ..events.codebook import codebook
        return {c: e.name for c, e in codebook().items() if len(c) == 2}
    except (ImportError, OSError):
        return {}


def facets(cur) -> dict:
    """The values present in the database, for the explorer's filter menus."""
    roots = cur.execute("""SELECT cameo_root, count(*) FROM events WHERE cameo_root IS NOT NULL
                           GROUP BY 1 ORDER BY 1""").fetchall()
    names = root_names()
    plover = cur.execute("""SELECT plover_event, count(*) FROM events WHERE plover_event IS NOT NULL
                            GROUP BY 1 ORDER BY 1""").fetchall()
    span = cur.execute(f"SELECT min({DAY}), max({DAY}) {EVENTS_FROM}").fetchone()
    counts = cur.execute("""SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
                            (SELECT count(*) FROM quotes), (SELECT count(DISTINCT code) FROM actors)""").fetchone()
    return {"roots": [{"root": r, "name": names.get(r), "events": n} for r, n in roots],
            "plover": [{"event": p, "events": n} for p, n in plover],
            "date_min": _iso(span[0]), "date_max": _iso(span[1]),
            "counts": dict(zip(("articles", "events", "quotes", "actors"), counts))}
