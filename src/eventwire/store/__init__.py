"""The DuckDB store: schema, batched Arrow writes, simple reads.

Writes go through Arrow tables, one transaction per batch: a batch is stored
whole or not at all, so an ingest killed half-way and run again ends with
every article stored exactly once.
"""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from .rows import _date, article_rows

SCHEMA_VERSION = "1"
TABLES = ("articles", "inputs", "mentions", "paragraphs", "sentences", "removed", "comments",
          "actors", "actor_mentions", "events", "quotes", "times", "places", "place_mentions",
          "signatures")


def schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


class Store:
    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only:
            if not Path(self.path).exists():
                raise FileNotFoundError(f"{self.path}: no such database")
            from .access import open_read_only  # between a writer's commits, retried while locked

            self.con, self._release = open_read_only(self.path)
        else:
            self.con = duckdb.connect(self.path)
            self.con.execute(schema_sql())
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        self._columns: dict[str, list[str]] = {}

    def close(self) -> None:
        self.con.close()
        getattr(self, "_release", lambda: None)()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- reads used by the runner -------------------------------------------------
    def known_inputs(self, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        rows = self.con.execute(
            "SELECT input_key FROM inputs WHERE input_key IN (SELECT unnest(?))", [keys]).fetchall()
        return {r[0] for r in rows}

    def signatures(self):
        """Yield ``(article_id, minhash values)`` of every stored article."""
        cur = self.con.execute("SELECT article_id, minhash FROM signatures")
        while True:
            chunk = cur.fetchmany(10000)
            if not chunk:
                return
            yield from chunk

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    # --- writes -------------------------------------------------------------------
    def _cols(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall()]
        return self._columns[table]

    def tables(self, records: list[dict], inputs: list[dict] = (), mentions: list[dict] = (),
               signatures: list[dict] = ()) -> dict[str, pa.Table]:
        """The Arrow tables of a batch (this runs in worker processes too)."""
        return batch_tables(records, inputs, mentions, signatures, self._cols)

    def write(self, records: list[dict], inputs: list[dict] = (), mentions: list[dict] = (),
              signatures: list[dict] = ()) -> None:
        """Store a batch of article records and their ledger rows in one transaction."""
        self.write_tables([self.tables(records, inputs, mentions, signatures)])

    def write_tables(self, parts: list[dict[str, pa.Table]]) -> None:
        """Insert Arrow tables (several parts per table allowed) in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for part in parts:
                for table, arrow in part.items():
                    if arrow is None or arrow.num_rows == 0:
                        continue
                    cols = self._cols(table)
                    self.con.register("_batch", arrow)
                    verb = "INSERT OR IGNORE" if table in ("articles", "inputs", "signatures") else "INSERT"
                    self.con.execute(f"{verb} INTO {table} SELECT {', '.join(cols)} FROM _batch")
                    self.con.unregister("_batch")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise


def _schema_columns() -> dict[str, list[str]]:
    """Column names per table, read from the schema itself (no database needed)."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(schema_sql())
        cols: dict[str, list[str]] = defaultdict(list)
        for table, col in con.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "ORDER BY table_name, ordinal_position").fetchall():
            cols[table].append(col)
        return dict(cols)
    finally:
        con.close()


_COLUMNS: dict[str, list[str]] | None = None


def columns(table: str) -> list[str]:
    global _COLUMNS
    if _COLUMNS is None:
        _COLUMNS = _schema_columns()
    return _COLUMNS[table]


def batch_tables(records: list[dict], inputs=(), mentions=(), signatures=(), cols=columns) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        for table, r in article_rows(rec).items():
            rows[table].extend(r)
    rows["inputs"].extend(inputs)
    rows["mentions"].extend({**m, "published": _date(m.get("published"))} for m in mentions)
    rows["signatures"].extend(signatures)
    # column by column, as ``pa.Table.from_pylist`` builds it, without a dict per row in between
    return {t: pa.Table.from_arrays([[r.get(c) for r in rs] for c in cols(t)], names=list(cols(t)))
            for t, rs in rows.items() if rs}
