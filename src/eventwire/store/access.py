"""Opening the database for a writer and for readers at the same time.

A writer (:class:`Writer`, used by ``ingest`` and ``watch``) is the only
writing process (:meth:`Locks.hold_writer`) but holds the file only while it
commits: batches are kept in memory and written every ``commit_seconds`` (a
few seconds' worth of work, so a kill loses little) in one transaction, then
the file is closed (DuckDB checkpoints it), and readers get it again.
Readers (:func:`reading`, :class:`SharedReader` for the server) open it
read-only between commits, so they only ever see whole transactions.  Where
a lock still blocks (a process outside this protocol holds the file), the
open is retried for a while and then fails with :class:`DatabaseBusy`: one
line naming the process.  See the README ("Serving while ingesting").
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from . import SCHEMA_VERSION, schema_sql
from .locks import DatabaseBusy, Locks, holder_of, is_lock_error

COMMIT_SECONDS = 2.0


def connect(db: str, read_only: bool, timeout: float = 30.0) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` retried while another process holds the file."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            return duckdb.connect(db, read_only=read_only)
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                how = "read-only" if read_only else "for writing"
                raise DatabaseBusy(f"cannot open {db} {how}: {holder_of(exc)} holds it open "
                                   f"(waited {timeout:.0f} s)") from None
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def connect_held(db: str, take, give_back, read_only: bool, timeout: float, who: str, wait: float | None = -1):
    """``connect`` once ``take(wait)`` has the lock file (``give_back()`` if the open fails); DatabaseBusy
    saying ``who`` kept it when the lock is not had in time (``wait``: ``timeout`` unless given, None: forever)."""
    if not take(timeout if wait == -1 else wait):
        raise DatabaseBusy(f"cannot open {db}: {who} for {timeout:.0f} s")
    try:
        return connect(db, read_only=read_only, timeout=timeout)
    except BaseException:
        give_back()
        raise


def open_read_only(db: str, timeout: float = 30.0):
    """``(connection, release)``: a read-only connection opened between a
    writer's commits; close it, then call ``release()``, soon (a writer waits)."""
    lock = Locks(db).reader()
    try:
        if not lock.acquire(timeout):
            raise DatabaseBusy(f"cannot open {db}: a writer kept it for {timeout:.0f} s")
        try:
            con = connect(db, read_only=True, timeout=timeout)
        except BaseException:
            lock.release()
            raise
    except BaseException:
        lock.close()
        raise

    def release():
        lock.release()
        lock.close()

    return con, release


@contextlib.contextmanager
def reading(db: str | Path, timeout: float = 30.0):
    """A read-only connection for the ``with`` block, opened between a
    writer's commits (keep the block short: a writer waits for it)."""
    db = str(db)
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no such database")
    con, release = open_read_only(db, timeout)
    try:
        yield con
    finally:
        con.close()
        release()


class SharedReader:
    """The server's read-only connection, shared by its request threads and
    let go whenever a writer waits to commit (or when idle): a request then
    waits for the commit (tens of milliseconds) and opens the file again."""

    IDLE_SECONDS = 1.0

    def __init__(self, db: str | Path, timeout: float = 30.0):
        self.db = str(db)
        if not Path(self.db).exists():
            raise FileNotFoundError(f"{self.db}: no such database")
        self.timeout = timeout
        self._lock = Locks(self.db).reader()
        self._cond = threading.Condition()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._draining = False
        self._last_used = time.monotonic()
        self._stop = threading.Event()
        self.opened = 0  # how many times the file was opened (for tests and the status page)
        with self.cursor():  # fail now, with the reason, if the file cannot be read
            pass
        self._thread = threading.Thread(target=self._watch_writer, name="eventwire-reader", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        self._con = connect_held(self.db, self._lock.acquire, self._lock.release, True, self.timeout,
                                 "a writer kept it")
        self.opened += 1

    def _close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
            self._lock.release()

    def open_cursor(self):
        """A cursor (may wait while a writer commits); give it back with :meth:`close_cursor`."""
        with self._cond:
            while self._draining:
                self._cond.wait()
            if self._con is None:
                self._open()
            self._users += 1
            return self._con.cursor()

    def try_cursor(self):
        """A cursor without waiting, or None: a writer is committing (wait, then try again), or the
        file is closed (``open_cursor`` in a thread)."""
        with self._cond:
            if self._draining or self._con is None:
                return None
            self._users += 1
            return self._con.cursor()

    def is_open(self) -> bool:
        return self._con is not None

    def generation(self):
        """The current opening of the file (what answers read now depend on), None while closed."""
        return self.opened if self._con is not None else None

    def close_cursor(self, cur) -> None:
        """Never waits (the server calls it on its event loop)."""
        cur.close()
        with self._cond:
            self._users -= 1
            self._last_used = time.monotonic()
            if self._draining and self._users == 0:
                self._close()
                self._draining = False
                self._cond.notify_all()

    @contextlib.contextmanager
    def cursor(self):
        cur = self.open_cursor()
        try:
            yield cur
        finally:
            self.close_cursor(cur)

    def _watch_writer(self) -> None:
        while not self._stop.wait(0.02):
            with self._cond:
                if self._con is None or self._draining:
                    continue
                idle = self._users == 0 and time.monotonic() - self._last_used > self.IDLE_SECONDS
                if idle or self._lock.writer_waiting():
                    if self._users == 0:
                        self._close()
                    else:
                        self._draining = True  # the last request out closes the file

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)
        with self._cond:
            self._close()
        self._lock.close()


class Writer:
    """The store as ``ingest`` and ``watch`` write it (same methods as
    :class:`~eventwire.store.Store` for the runner): the only writer, holding
    the file only while committing."""

    def __init__(self, db: str | Path, commit_seconds: float = COMMIT_SECONDS, wait: float = 0.0, live=None):
        self.db = str(db)
        self.commit_seconds = commit_seconds
        self.locks = Locks(self.db)
        self.live = live  # serve --watch: write and read through the process's one connection (store/live.py)
        if live is None:
            self.locks.hold_writer(wait)  # DatabaseBusy: another ingest or watch is writing
        self._pending: list[dict[str, pa.Table]] = []
        self._pending_keys: set[str] = set()
        self._last_commit = time.monotonic()
        self._columns: dict[str, list[str]] = {}
        self.commits = 0
        try:
            with self._writing() as con:
                con.execute(schema_sql())
                con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
                for table, col in con.execute(
                        "SELECT table_name, column_name FROM information_schema.columns "
                        "ORDER BY table_name, ordinal_position").fetchall():
                    self._columns.setdefault(table, []).append(col)
        except BaseException:
            self.locks.release_writer()
            raise

    def _reading(self):
        return reading(self.db) if self.live is None else self.live.cursor()

    @contextlib.contextmanager
    def _writing(self):
        if self.live is not None:
            with self.live.writing() as cur:
                yield cur
            return
        with self.locks.write():
            con = connect(self.db, read_only=False, timeout=120.0)
            try:
                yield con
            finally:
                con.close()

    def connection(self):
        """A read-write connection for work done in place (grouping incidents), held only for the block."""
        return self._writing()

    # --- reads the runner needs (between commits, beside other readers) -------------
    def known_inputs(self, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        with self._reading() as con:
            rows = con.execute("SELECT input_key FROM inputs WHERE input_key IN (SELECT unnest(?))",
                               [keys]).fetchall()
        return {r[0] for r in rows} | (self._pending_keys & set(keys))

    def signatures(self):
        with self._reading() as con:
            cur = con.execute("SELECT article_id, minhash FROM signatures")
            while chunk := cur.fetchmany(10000):
                yield from chunk

    def counts(self) -> dict[str, int]:
        from . import TABLES

        with self._reading() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    # --- writes -------------------------------------------------------------------
    def write_tables(self, parts: list[dict[str, pa.Table]]) -> None:
        """Queue a batch; commit the queue when ``commit_seconds`` have passed."""
        for part in parts:
            if part:
                self._pending.append(part)
                inputs = part.get("inputs")
                if inputs is not None and inputs.num_rows:
                    self._pending_keys.update(inputs.column("input_key").to_pylist())
        if time.monotonic() - self._last_commit >= self.commit_seconds:
            self.commit()

    def commit(self) -> None:
        """Write every queued batch in one transaction (all or nothing)."""
        self._last_commit = time.monotonic()
        if not any(a is not None and a.num_rows for p in self._pending for a in p.values()):
            self._pending, self._pending_keys = [], set()
            return
        with self._writing() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for table, arrow in _per_table(self._pending):
                    cols = self._columns[table]
                    con.register("_batch", arrow)
                    verb = "INSERT OR IGNORE" if table in ("articles", "inputs", "signatures") else "INSERT"
                    con.execute(f"{verb} INTO {table} SELECT {', '.join(cols)} FROM _batch")
                    con.unregister("_batch")
                con.execute("INSERT OR REPLACE INTO meta VALUES ('last_commit', ?)",
                            [time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        self.commits += 1
        self._pending, self._pending_keys = [], set()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            if self.live is None:
                self.locks.release_writer()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _per_table(parts: list[dict[str, pa.Table]]):
    """``(table, Arrow table)`` to insert for queued parts: the parts of one table joined into one
    single-chunk table (one INSERT per table and commit; rows in queue order, so that of repeated
    keys the first is kept as before); parts whose column types differ are inserted one by one."""
    by_table: dict[str, list[pa.Table]] = {}
    for part in parts:
        for table, arrow in part.items():
            if arrow is not None and arrow.num_rows:
                by_table.setdefault(table, []).append(arrow)
    for table, arrows in by_table.items():
        if len(arrows) == 1:
            yield table, arrows[0]
            continue
        try:
            joined = pa.concat_tables(arrows, promote_options="default").combine_chunks()
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            yield from ((table, a) for a in arrows)
            continue
        yield table, joined
