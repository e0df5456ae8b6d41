"""The database as pandas DataFrames, for analysts in Python (``eventwire.open``).

>>> db = eventwire.open("eventwire.duckdb")
>>> ev = db.events                                   # one row per event, actor names and codes joined
>>> ev[ev.quad_class == 4].groupby("source_code").size().nlargest(10)
>>> db.sql("SELECT cameo_root, count(*) n FROM events GROUP BY 1 ORDER BY n DESC")

Every frame is read afresh from the database when asked for (a later ingest shows), through a read-only
connection: nothing here can change the file.  The same tables are plain DuckDB tables (see the README).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# Actor names in the order of the event's actor ids (compound actors stay together).
_NAMES = """COALESCE((SELECT list(ac.name ORDER BY list_position(e.{side}_actors, ac.actor_id)) FROM actors ac
             WHERE ac.article_id = e.article_id AND list_contains(e.{side}_actors, ac.actor_id)), [])"""

EVENTS = f"""
SELECT e.article_id, e.event_id, COALESCE(e.date, a.published) AS day, e.* EXCLUDE (article_id, event_id),
       NULLIF(array_to_string(e.source_codes, '+'), '') AS source_code,
       NULLIF(array_to_string(e.target_codes, '+'), '') AS target_code,
       {_NAMES.format(side="source")} AS source_names, {_NAMES.format(side="target")} AS target_names,
       p.name AS place_name, p.country AS place_country, p.lat, p.lon,
       a.published, a.title, a.source AS outlet, a.url, s.text AS sentence_text
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place
ORDER BY day NULLS LAST, e.article_id, e.event_id
"""

ACTORS = """
SELECT ac.*, (SELECT count(*) FROM actor_mentions m WHERE m.article_id = ac.article_id
              AND m.actor_id = ac.actor_id) AS mentions, a.published, a.title
FROM actors ac JOIN articles a ON a.id = ac.article_id
ORDER BY a.published NULLS LAST, ac.article_id, ac.actor_id
"""

QUOTES = """
SELECT q.*, a.published, a.title, a.source AS outlet
FROM quotes q JOIN articles a ON a.id = q.article_id
ORDER BY a.published NULLS LAST, q.article_id, q.quote_id
"""

ARTICLES = "SELECT * EXCLUDE (record) FROM articles ORDER BY published NULLS LAST, id"


class Database:
    """A read-only view of an eventwire database as DataFrames."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no such database")
        self.con = duckdb.connect(self.path, read_only=True)

    def sql(self, query: str, params: list | None = None):
        """Any read-only SQL over the tables (events, actors, quotes, articles, ...) as a DataFrame."""
        return self.con.execute(query, params or []).df()

    @property
    def events(self):
        """One row per event: codes, Goldstein, quad class, PLOVER, flags, `day` (event date, else
        publication date), `source_code`/`target_code` (compound actors joined by '+'), actor names,
        place, and the article and sentence it came from."""
        return self.sql(EVENTS)

    @property
    def actors(self):
        """One row per actor of each article: name, CAMEO code, country, sectors, mention count."""
        return self.sql(ACTORS)

    @property
    def quotes(self):
        """One row per quotation: kind, content, speaker (name, actor, code), cue, and its article."""
        return self.sql(QUOTES)

    @property
    def articles(self):
        """One row per article (without the full JSON record: `record(article_id)` gives it)."""
        return self.sql(ARTICLES)

    def record(self, article_id: str) -> dict | None:
        """The full article record of the contract, as stored."""
        import json

        row = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return json.loads(row[0]) if row else None

    def tables(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables "
                                               "ORDER BY table_name").fetchall()]

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"eventwire.Database({self.path!r})"
