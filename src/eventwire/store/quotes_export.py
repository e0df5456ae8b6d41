"""The ``quotes`` export: one CSV row per attributed quotation.

Columns: the quote (kind, content, cue), its speaker (name as written, the
actor's canonical name and CAMEO code), its sentence and article (date,
title, outlet, URL).  Filters, as for events where they apply to quotes:
``--source`` matches the speaker's code (a prefix, as for event actors),
``--date-from``/``--date-to`` the article's publication date, ``--q`` words of
the quotation; the event filters (``--root``, ``--plover``, ``--code``,
``--quad``, ``--target``) keep the quotes of articles that have a matching
event.
"""

from __future__ import annotations

import csv

from .queries import EVENTS_FROM, EventFilter, word_clauses

QUOTE_COLUMNS = ["article_id", "quote_id", "kind", "content", "cue", "speaker_name", "speaker_actor",
                 "speaker_canonical", "speaker_code", "sentence", "sentence_text", "published", "title",
                 "outlet", "url"]


def _event_only(flt: EventFilter) -> EventFilter:
    return EventFilter(target=flt.target, root=flt.root, code=flt.code, plover=flt.plover, quad=flt.quad,
                       include_negated=flt.include_negated, include_hypothetical=flt.include_hypothetical)


def quote_rows(con, flt: EventFilter):
    clauses, params = [], []
    for v in flt.source:
        clauses.append("starts_with(coalesce(q.speaker_code, ''), ?)")
        params.append(v)
    if flt.source:
        clauses = ["(" + " OR ".join(clauses) + ")"]
    if flt.date_from:
        clauses.append("a.published >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("a.published <= ?")
        params.append(flt.date_to)
    if flt.q:
        c, p = word_clauses("q.content", flt.q)
        clauses += c
        params += p
    if flt.article:
        clauses.append("q.article_id = ?")
        params.append(flt.article)
    events = _event_only(flt)
    if not events.empty:
        where, p = events.where()
        clauses.append(f"q.article_id IN (SELECT e.article_id {EVENTS_FROM} {where})")
        params += p
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    cur = con.cursor().execute(
        "SELECT q.article_id, q.quote_id, q.kind, q.content, q.cue, q.speaker_name, q.speaker_actor, "
        "ac.name AS speaker_canonical, q.speaker_code, q.sentence, s.text AS sentence_text, a.published, "
        "a.title, a.source AS outlet, a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence "
        "LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.actor_id = q.speaker_actor "
        f"{where} ORDER BY a.published NULLS LAST, q.article_id, q.content_start", params)
    cols = [d[0] for d in cur.description]
    while rows := cur.fetchmany(2000):
        yield from (dict(zip(cols, r)) for r in rows)


def write_quotes(con, flt: EventFilter, out) -> int:
    w = csv.DictWriter(out, fieldnames=QUOTE_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for r in quote_rows(con, flt):
        w.writerow({k: "" if r.get(k) is None else r[k] for k in QUOTE_COLUMNS})
        n += 1
    return n
