"""Incidents in the store: (re)build them all, or add the events not yet in an incident.

An update regroups only the linked groups (components) that new reports touch: the new events, the
stored events within the story window of them (same type keys), and every member of a stored
component one of them links to.  The result is the same as a rebuild over all events (tested).
Negated and hypothetical events tell of nothing that happened and are left out; so are events with
neither an event date nor a publication date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict

import pyarrow as pa

from ..store import columns
from .group import candidate_links, components, group
from .reports import make_place, make_side, story_words, Report
from .rules import Rules, load_rules
from .summary import summarise

REPORT_SQL = """
SELECT e.article_id, e.event_id, e.cameo, e.cameo_root, e.cameo_name, e.plover_event, e.quad_class, e.goldstein,
       e.source_actors, e.source_codes, e.source_countries, e.target_actors, e.target_codes, e.target_countries,
       e.date, a.published, COALESCE(e.date, a.published) AS day, a.source AS outlet, a.title,
       p.name AS place_name, p.country AS place_country, p.admin1, p.lat, p.lon, p.geonames_id
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place
WHERE NOT e.negated AND NOT e.hypothetical AND COALESCE(e.date, a.published) IS NOT NULL
"""
IN_INCIDENT = ("EXISTS (SELECT 1 FROM incident_events ie WHERE ie.article_id = e.article_id "
               "AND ie.event_id = e.event_id)")


def _has_column(con, table: str, column: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = ? "
                            "AND column_name = ?", [table, column]).fetchone()[0])


def _article_facts(con, article_ids: list[str], rules: Rules):
    """actor id -> (code, country, sectors, unidentified) per article, and each article's story words."""
    ids = sorted(set(article_ids))
    actors: dict[str, dict] = {a: {} for a in ids}
    if not ids:
        return actors, {}
    unid = "unidentified" if _has_column(con, "actors", "unidentified") else "false"
    con.execute("CREATE OR REPLACE TEMP TABLE _inc_ids AS SELECT unnest(?) AS id", [ids])
    for aid, actor_id, code, country, sectors, un in con.execute(
            f"SELECT article_id, actor_id, code, country, sectors, {unid} FROM actors "
            "WHERE article_id IN (SELECT id FROM _inc_ids)").fetchall():
        actors[aid][actor_id] = (code, country, tuple(sectors or ()), bool(un))
    words = {}
    for aid, title, lead, places in con.execute(
            "SELECT a.id, a.title, s.text, (SELECT string_agg(p.name, ' ') FROM places p WHERE p.article_id = a.id) "
            "FROM articles a LEFT JOIN sentences s ON s.article_id = a.id AND s.idx = 0 "
            "WHERE a.id IN (SELECT id FROM _inc_ids)").fetchall():
        codes = {"@" + c for c, *_ in actors[aid].values() if c}
        words[aid] = story_words(title, lead, places) | codes
    con.execute("DROP TABLE IF EXISTS _inc_ids")
    return actors, words


def load_reports(con, rules: Rules, where: str = "", params: list | None = None):
    """Reports (and each report's own event columns, by key) of the events matching `where`."""
    cur = con.execute(REPORT_SQL + (f" AND {where}" if where else "") + " ORDER BY e.article_id, e.event_id",
                      params or [])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    actors, words = _article_facts(con, [r["article_id"] for r in rows], rules)
    reports, extra = [], {}
    for r in rows:
        acts = actors.get(r["article_id"], {})
        key = f"{r['article_id']}/{r['event_id']}"
        reports.append(Report(
            key=key, article=r["article_id"], event=r["event_id"], day=r["day"], explicit=r["date"] is not None,
            published=r["published"], cameo=r["cameo"], root=r["cameo_root"], plover=r["plover_event"],
            source=make_side(list(zip(r["source_actors"] or [], r["source_codes"] or [])), acts, rules.family),
            target=make_side(list(zip(r["target_actors"] or [], r["target_codes"] or [])), acts, rules.family),
            place=make_place(r["place_name"], r["place_country"], r["admin1"], r["lat"], r["lon"],
                             r["geonames_id"]),
            story=words.get(r["article_id"], frozenset()), outlet=r["outlet"]))
        extra[key] = r
    return reports, extra


def fingerprint(rules: Rules) -> str:
    data = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(rules).items()}
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _write(con, reports: list[Report], extra: dict, drop_components: list[str] | None, rules: Rules) -> int:
    """Group `reports`, replace the incidents of `drop_components` (None: all) with the result."""
    incidents, members = [], []
    for comp, idx, best in group(reports, rules):
        rows = [reports[i] for i in idx]
        inc = summarise(comp, rows, extra, [best[i] for i in idx])
        incidents.append(inc)
        members += [{"incident_id": inc["incident_id"], "component": comp, "article_id": r.article,
                     "event_id": r.event, "link": round(best[i], 4)} for i, r in zip(idx, rows)]
    con.execute("BEGIN TRANSACTION")
    try:
        if drop_components is None:
            con.execute("DELETE FROM incidents")
            con.execute("DELETE FROM incident_events")
        elif drop_components:
            con.execute("CREATE OR REPLACE TEMP TABLE _inc_drop AS SELECT unnest(?) AS c", [drop_components])
            con.execute("DELETE FROM incidents WHERE component IN (SELECT c FROM _inc_drop)")
            con.execute("DELETE FROM incident_events WHERE component IN (SELECT c FROM _inc_drop)")
            con.execute("DROP TABLE _inc_drop")
        for table, rows in (("incidents", incidents), ("incident_events", members)):
            if rows:
                cols = columns(table)
                con.register("_inc_batch", pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows]))
                con.execute(f"INSERT INTO {table} SELECT {', '.join(cols)} FROM _inc_batch")
                con.unregister("_inc_batch")
        refresh_counts(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('incident_rules', ?)", [fingerprint(rules)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(incidents)


def refresh_counts(con) -> None:
    """num_mentions, num_articles, num_sources of every incident from the sightings of its articles
    (an article's syndicated copies are sightings too; an article with none counts once)."""
    con.execute("""
        UPDATE incidents SET num_mentions = c.mentions, num_articles = c.articles, num_sources = c.sources
        FROM (
            WITH s AS (
                SELECT a.id AS article_id, coalesce(m.source, m.url, m.input_id, a.source, a.url, a.input_id) AS src
                FROM articles a LEFT JOIN mentions m ON m.article_id = a.id
                WHERE a.id IN (SELECT article_id FROM incident_events)),
            pa AS (SELECT article_id, count(*) AS n FROM s GROUP BY 1),
            ev AS (SELECT incident_id, article_id, count(*) AS k FROM incident_events GROUP BY 1, 2)
            SELECT ev.incident_id, sum(ev.k * pa.n) AS mentions, sum(pa.n) AS articles,
                   (SELECT count(DISTINCT s.src) FROM s JOIN incident_events ie2 USING (article_id)
                    WHERE ie2.incident_id = ev.incident_id) AS sources
            FROM ev JOIN pa USING (article_id) GROUP BY ev.incident_id
        ) c WHERE incidents.incident_id = c.incident_id""")


def rebuild(con, rules: Rules | None = None) -> dict:
    rules = rules or load_rules()
    reports, extra = load_reports(con, rules)
    n = _write(con, reports, extra, None, rules)
    return {"events": len(reports), "new_events": len(reports), "incidents": n, "rebuilt": True}


def update(con, rules: Rules | None = None) -> dict:
    """Add the events not yet in an incident; a re-run with nothing new changes nothing."""
    rules = rules or load_rules()
    stored = con.execute("SELECT value FROM meta WHERE key = 'incident_rules'").fetchone()
    if stored is not None and stored[0] != fingerprint(rules):
        return rebuild(con, rules)  # other rules: the stored incidents no longer hold
    new, extra = load_reports(con, rules, f"NOT {IN_INCIDENT}")
    total = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    if not new:  # only new sightings (syndicated copies) may have come: their counts
        refresh_counts(con)
        return {"new_events": 0, "incidents": total, "rebuilt": False}
    lo = min(r.day for r in new) - dt.timedelta(days=rules.story_window_days)
    hi = max(r.day for r in new) + dt.timedelta(days=rules.story_window_days)
    roots = sorted({r.root for r in new if r.root})
    plovers = sorted({r.plover for r in new if r.plover})
    near, near_extra = load_reports(
        con, rules, f"{IN_INCIDENT} AND COALESCE(e.date, a.published) BETWEEN ? AND ? "
                    "AND (list_contains(?, e.cameo_root) OR list_contains(?, e.plover_event))",
        [lo, hi, roots or [""], plovers or [""]])
    pool = new + near
    new_keys = {r.key for r in new}
    touched = set()
    for comp in components(len(pool), candidate_links(pool, rules)):
        if any(pool[i].key in new_keys for i in comp):
            touched |= {pool[i].key for i in comp if pool[i].key not in new_keys}
    affected: list[str] = []
    if touched:
        con.execute("CREATE OR REPLACE TEMP TABLE _inc_keys AS SELECT unnest(?) AS k", [sorted(touched)])
        affected = [r[0] for r in con.execute(
            "SELECT DISTINCT component FROM incident_events WHERE article_id || '/' || event_id "
            "IN (SELECT k FROM _inc_keys) ORDER BY 1").fetchall()]
        con.execute("DROP TABLE _inc_keys")
    old, old_extra = [], {}
    if affected:
        old, old_extra = load_reports(con, rules, "EXISTS (SELECT 1 FROM incident_events ie WHERE "
                                      "ie.article_id = e.article_id AND ie.event_id = e.event_id "
                                      "AND list_contains(?, ie.component))", [affected])
    _write(con, new + old, {**extra, **old_extra}, affected, rules)
    return {"new_events": len(new), "regrouped": len(old), "components": len(affected),
            "incidents": con.execute("SELECT count(*) FROM incidents").fetchone()[0], "rebuilt": False}
