"""Read-only queries over the store, shared by the web API and the exports.

Every value a user gives travels as a ``?`` parameter; the only text spliced
into SQL comes from fixed whitelists (sort columns, period units).  Filters are
validated here, so the API and the command line reject the same bad input with
the same message (:class:`BadQuery`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

MAX_LIMIT = 500
MAX_OFFSET = 10**9
MAX_VALUES = 50  # comma-separated values of one filter (more would overflow DuckDB's expression depth)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

_ACTOR = re.compile(r"^[A-Z0-9]{3,30}$")
_CODE = re.compile(r"^\d{2,4}$")
_WORD = re.compile(r"\w+", re.UNICODE)
_ANY = re.compile(r".+")  # values checked against a list of known ones instead

# sort key -> SQL expression (whitelist: nothing else reaches ORDER BY)
EVENT_SORTS = {
    "date": "day", "goldstein": "e.goldstein", "quad": "e.quad_class", "code": "e.cameo",
    "article": "e.article_id", "published": "a.published", "source": "e.source_codes[1]",
    "target": "e.target_codes[1]",
}
PERIODS = ("week", "month", "year")

# the events table joined to its article and sentence; `day` = event date, else publication date
EVENTS_FROM = """
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
"""
DAY = "COALESCE(e.date, a.published)"


class BadQuery(ValueError):
    """A filter value that cannot be used (the API answers 400 with the message)."""


CAMEO_ROOTS = tuple(f"{i:02d}" for i in range(1, 21))


def plover_types() -> tuple[str, ...]:
    """The PLOVER event types of the codebook (the values ``plover`` accepts)."""
    from ..events.codebook import codebook

    return tuple(sorted({c.plover_event for c in codebook().values() if c.plover_event}))


def _known(name: str, values: list[str], known, what: str) -> list[str]:
    for v in values:
        if v not in known:
            raise BadQuery(f"{name}: {v!r} is not {what} (one of {', '.join(known)})")
    return values


def _split(value, name: str, pattern: re.Pattern, upper: bool = True) -> list[str]:
    if value is None or value == "" or value == []:
        return []
    parts = value if isinstance(value, (list, tuple)) else str(value).split(",")
    out = []
    for p in parts:
        for v in str(p).split(","):
            v = v.strip().upper() if upper else v.strip()
            if not v:
                continue
            if not pattern.match(v):
                raise BadQuery(f"{name}: {v[:40]!r} is not a valid value")
            out.append(v)
            if len(out) > MAX_VALUES:
                raise BadQuery(f"{name}: at most {MAX_VALUES} values")
    return out


def _date(value, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadQuery(f"{name}: {str(value)[:40]!r} is not a date (YYYY-MM-DD)") from None


def words(q: str | None) -> list[str]:
    return [w.lower() for w in _WORD.findall(q or "")][:10]


def no_words(q: str | None) -> list[str]:
    """``["FALSE"]`` (a clause matching nothing) when ``q`` was given but holds no word
    (``'``, ``--``, a backslash): a search for nothing finds nothing, not everything."""
    return ["FALSE"] if q and q.strip() and not words(q) else []


def word_pattern(word: str) -> str:
    """A whole-word, Unicode-aware pattern for DuckDB's regexp_matches (RE2's \\b is ASCII-only).
    `word` comes from :func:`words`: letters, digits and underscores only, so nothing to escape."""
    return rf"(^|[^\pL\pN_]){word}([^\pL\pN_]|$)"


def actor_clause(side: str, values: list[str]) -> tuple[str, list]:
    """Events whose `side` ('source'/'target') has an actor code starting with a value
    (CAMEO codes are hierarchical: RUS matches RUSGOV) or a country equal to it."""
    parts, params = [], []
    for v in values:
        # a list function, not a correlated EXISTS over unnest: planned once, about twice as fast
        parts.append(f"(coalesce(len(list_filter(e.{side}_codes, lambda c: starts_with(c, ?))), 0) > 0"
                     f" OR list_contains(e.{side}_countries, ?))")
        params += [v, v]
    return "(" + " OR ".join(parts) + ")", params


def word_clauses(column: str, ws: list[str]) -> tuple[list[str], list]:
    """Each word must occur as a whole word (case-insensitive) in `column`."""
    return [f"regexp_matches(lower({column}), ?)" for _ in ws], [word_pattern(w) for w in ws]


@dataclass
class EventFilter:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    root: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    plover: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: list[str] = field(default_factory=list)
    article: str | None = None
    include_negated: bool = True
    include_hypothetical: bool = True
    nothing: bool = False  # `q` held no word: match no event

    @classmethod
    def parse(cls, source=None, target=None, root=None, code=None, plover=None, quad=None,
              date_from=None, date_to=None, q=None, article=None, include_negated=True,
              include_hypothetical=True) -> "EventFilter":
        """Validate raw user values (strings, comma-separated lists) into a filter."""
        quads = [int(v) for v in _split(quad, "quad", re.compile(r"^[1-4]$"))]
        f = cls(source=_split(source, "source", _ACTOR), target=_split(target, "target", _ACTOR),
                root=_known("root", _split(root, "root", _ANY), CAMEO_ROOTS, "a CAMEO root code"),
                code=_split(code, "code", _CODE),
                plover=_known("plover", _split(plover, "plover", _ANY), plover_types(),
                              "a PLOVER event type"), quad=quads,
                date_from=_date(date_from, "date_from"), date_to=_date(date_to, "date_to"),
                q=words(q), article=(article or None), include_negated=include_negated,
                include_hypothetical=include_hypothetical, nothing=bool(no_words(q)))
        if f.date_from and f.date_to and f.date_from > f.date_to:
            raise BadQuery("date_from is after date_to")
        return f

    @property
    def empty(self) -> bool:
        return self == EventFilter()

    def where(self) -> tuple[str, list]:
        """The WHERE clause (over EVENTS_FROM) and its parameters."""
        clauses, params = [], []
        for side, values in (("source", self.source), ("target", self.target)):
            if values:
                c, p = actor_clause(side, values)
                clauses.append(c)
                params += p
        for col, values in (("e.cameo_root", self.root), ("e.plover_event", self.plover),
                            ("e.quad_class", self.quad)):
            if values:
                clauses.append(f"{col} IN ({', '.join('?' * len(values))})")
                params += values
        if self.code:
            clauses.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in self.code) + ")")
            params += self.code
        if self.date_from:
            clauses.append(f"{DAY} >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{DAY} <= ?")
            params.append(self.date_to)
        if self.q:
            c, p = word_clauses("s.text", self.q)
            clauses += c
            params += p
        if self.article:
            clauses.append("e.article_id = ?")
            params.append(self.article)
        if not self.include_negated:
            clauses.append("NOT e.negated")
        if not self.include_hypothetical:
            clauses.append("NOT e.hypothetical")
        if self.nothing:
            clauses.append("FALSE")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_by(sort: str | None, sorts: dict[str, str] = EVENT_SORTS, tie: str = "e.article_id, e.event_id") -> str:
    """`date`, `-goldstein`, `date,-goldstein` -> ORDER BY clause from the whitelist."""
    keys = []
    parts = (sort or "date").split(",")
    if len(parts) > len(sorts):
        raise BadQuery(f"sort: at most {len(sorts)} keys")
    for part in parts:
        part = part.strip()
        desc = part.startswith("-")
        name = part.lstrip("-+")
        if name not in sorts:
            raise BadQuery(f"sort: {name[:40]!r} is not one of {', '.join(sorted(sorts))} (prefix - for descending)")
        keys.append(f"{sorts[name]} {'DESC' if desc else 'ASC'} NULLS LAST")
    return "ORDER BY " + ", ".join(keys + [tie])


def page(limit, offset) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise BadQuery("limit and offset must be integers") from None
    if limit < 1 or not 0 <= offset <= MAX_OFFSET:
        raise BadQuery(f"limit must be at least 1 and offset between 0 and {MAX_OFFSET}")
    return min(limit, MAX_LIMIT), offset


# --- events -------------------------------------------------------------------------
EVENT_COLUMNS = """e.article_id, e.event_id, e.sentence, e.source_actors, e.source_codes, e.target_actors,
e.target_codes, e.cameo, e.cameo_root, e.cameo_name, e.goldstein, e.quad_class, e.plover_event,
e.plover_mode, e.plover_context, e.negated, e.hypothetical, e.date, e.place, e.trigger_start,
e.trigger_end, e.trigger_text, e.rule, a.published, a.title, a.source AS outlet, a.url, s.text AS sentence_text,
e.source_countries, e.target_countries, a.language, e.date_value, e.date_from"""


def _iso(d):
    return d.isoformat() if d else None


def event_item(row: dict, names: dict[tuple[str, str], str] | None = None) -> dict:
    """A row of EVENT_COLUMNS -> the event as in the article record, plus its article."""
    names = names or {}
    aid = row["article_id"]

    def refs(actors, codes):
        return [{"actor": a, "code": c, "name": names.get((aid, a))} for a, c in zip(actors or [], codes or [])]

    trigger = None
    if row["trigger_start"] is not None:
        trigger = {"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]}
    return {
        "id": row["event_id"], "article": aid, "sentence": row["sentence"],
        "source": refs(row["source_actors"], row["source_codes"]),
        "target": refs(row["target_actors"], row["target_codes"]),
        "cameo": row["cameo"], "cameo_root": row["cameo_root"], "cameo_name": row["cameo_name"],
        "goldstein": row["goldstein"], "quad_class": row["quad_class"],
        "plover": {"event": row["plover_event"], "mode": row["plover_mode"], "context": row["plover_context"]},
        "negated": row["negated"], "hypothetical": row["hypothetical"], "date": _iso(row["date"]),
        "place": row["place"], "trigger": trigger, "rule": row["rule"],
        "published": _iso(row["published"]), "title": row["title"], "outlet": row["outlet"],
        "url": row["url"], "sentence_text": row["sentence_text"],
        "source_countries": row["source_countries"], "target_countries": row["target_countries"],
        "date_value": row.get("date_value"), "date_from": row.get("date_from"),
    }


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def actor_names(cur, article_ids: list[str]) -> dict[tuple[str, str], str]:
    if not article_ids:
        return {}
    rows = cur.execute("SELECT article_id, actor_id, name FROM actors WHERE article_id IN (SELECT unnest(?))",
                       [sorted(set(article_ids))]).fetchall()
    return {(a, i): n for a, i, n in rows}


def events(cur, flt: EventFilter, sort: str | None = None, limit=50, offset=0) -> dict:
    limit, offset = page(limit, offset)
    where, params = flt.where()
    order = order_by(sort)
    total = cur.execute(f"SELECT count(*) {EVENTS_FROM} {where}", params).fetchone()[0]
    cur.execute(f"SELECT {EVENT_COLUMNS}, {DAY} AS day {EVENTS_FROM} {where} {order} LIMIT ? OFFSET ?",
                params + [limit, offset])
    rows = _dicts(cur)
    names = actor_names(cur, [r["article_id"] for r in rows])
    return {"items": [event_item(r, names) for r in rows], "total": total, "limit": limit, "offset": offset}


def iter_events(cur, flt: EventFilter, sort: str | None = None, chunk: int = 2000):
    """Every matching event row (dicts of EVENT_COLUMNS + day), streamed in chunks."""
    where, params = flt.where()
    cur.execute(f"SELECT {EVENT_COLUMNS}, {DAY} AS day {EVENTS_FROM} {where} {order_by(sort)}", params)
    cols = [d[0] for d in cur.description]
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        yield from (dict(zip(cols, r)) for r in rows)


# --- articles -----------------------------------------------------------------------
def article(cur, article_id: str) -> dict | None:
    row = cur.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
    return json.loads(row[0]) if row else None


def articles(cur, q: str | None = None, status: str | None = None, limit=50, offset=0) -> dict:
    limit, offset = page(limit, offset)
    clauses, params = no_words(q), []
    for w in words(q):
        clauses.append("regexp_matches(lower(coalesce(title, '') || ' ' || coalesce(body, '')), ?)")
        params.append(word_pattern(w))
    if status:
        clauses.append("status = ?")
        params.append(status)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = cur.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]
    cur.execute(f"SELECT id, title, published, source, url, status, n_sentences, n_events, left(body, 300) AS lead "
                f"FROM articles {where} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", params + [limit, offset])
    items = _dicts(cur)
    for it in items:
        it["published"] = _iso(it["published"])
        it["label"] = article_label(it["title"], it.pop("lead"), it["id"])
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def article_label(title: str | None, body: str | None, article_id: str = "", words: int = 12) -> str:
    """What a reader calls an article: its title, else its first words ("Gunmen stormed a checkpoint …"),
    else its id."""
    if title and title.strip():
        return title.strip()
    first = (body or "").split()
    if first:
        return " ".join(first[:words]) + (" …" if len(first) > words else "")
    return article_id


def iter_records(cur, flt: EventFilter, chunk: int = 200):
    """Full article records (JSON text); with a filter, only articles having a matching event."""
    if flt.empty:
        cur.execute("SELECT record FROM articles ORDER BY published NULLS LAST, id")
    else:
        where, params = flt.where()
        cur.execute("SELECT record FROM articles WHERE id IN "
                    f"(SELECT e.article_id {EVENTS_FROM} {where}) ORDER BY published NULLS LAST, id", params)
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            return
        yield from (r[0] for r in rows)
