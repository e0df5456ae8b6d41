"""``serve --watch``: one process, one connection, readers never wait for a commit.

When the server also watches folders it is the database's only writer, so it
need not let the file go for its own commits (what makes a separate ``serve``
wait, :class:`~eventwire.store.access.SharedReader`).  :class:`LiveFile`
opens the file read-write once and hands out cursors of that one connection:
the watch commits through one (:class:`~eventwire.store.access.Writer` with
``live=``), and each request reads through its own, in a read-only
transaction, so DuckDB's MVCC shows it the database as of its first query,
with every batch committed before it and none committed after: whole
batches, never half of one, and no waiting for a writer.  ``generation()``
changes with every commit (the answer cache's key, ``web/cache.py``).

Other processes' readers (``stats``, ``export``, a second ``serve``) still
work: while it holds the file, ``LiveFile`` holds the readers' lock whole
(``store/locks.py``), and a reader waiting for it knocks; the file is then let
go (requests in flight end, new ones wait), the reader opens it read-only,
and ``LiveFile`` takes it back as soon as that reader closes it.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from .access import connect_held
from .locks import DatabaseBusy, Locks


class LiveFile:
    POLL_SECONDS = 0.02

    def __init__(self, db: str | Path, timeout: float = 30.0):
        self.db = str(db)
        self.timeout = timeout
        self.locks = Locks(self.db)
        self.locks.hold_writer(0.0)  # DatabaseBusy: an ingest or watch is writing it
        self._keeper = self.locks.keeper()
        self._cond = threading.Condition()
        self._con = None
        self._users = 0
        self._yielding = False
        self.opened = 0  # how many times the file was opened (once, unless another process read it)
        self.commits = 0
        self.lent = 0  # how many times it was let go to another process's reader
        self._stop = threading.Event()
        try:
            self._open()
        except BaseException:
            self._keeper.close()
            self.locks.release_writer()
            raise
        self._thread = threading.Thread(target=self._watch_knocks, name="eventwire-live", daemon=True)
        self._thread.start()

    def _open(self, wait: bool = False) -> None:
        """Take the file (``wait``: for as long as other processes' readers keep it)."""
        self._con = connect_held(self.db, self._keeper.hold, self._keeper.let_go, False, self.timeout,
                                 "readers kept it", None if wait else self.timeout)
        self.opened += 1

    def _close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
            self._keeper.let_go()

    # --- cursors (the interface of SharedReader, for the server) ----------------------------
    def _cursor(self, snapshot: bool):
        self._users += 1
        try:
            cur = self._con.cursor()
            if snapshot:
                cur.execute("BEGIN TRANSACTION READ ONLY")
            return cur
        except BaseException:
            self._users -= 1
            raise

    def open_cursor(self, snapshot: bool = True):
        """A cursor (waits only while the file is lent to another process's reader); a snapshot
        cursor reads in one read-only transaction. Give it back with :meth:`close_cursor`."""
        with self._cond:
            while self._yielding or self._con is None:
                if self._stop.is_set():
                    raise DatabaseBusy(f"{self.db}: closed")
                self._cond.wait()
            return self._cursor(snapshot)

    def try_cursor(self):
        with self._cond:
            if self._yielding or self._con is None:
                return None
            return self._cursor(True)

    def is_open(self) -> bool:
        return self._con is not None

    def close_cursor(self, cur) -> None:
        cur.close()
        with self._cond:
            self._users -= 1
            if self._users == 0:
                self._cond.notify_all()

    def generation(self):
        """What the answers read now depend on: changes with every commit and every reopening
        (None while the file is being lent)."""
        with self._cond:
            return None if self._yielding or self._con is None else (self.opened, self.commits)

    @contextlib.contextmanager
    def cursor(self):
        cur = self.open_cursor(snapshot=False)
        try:
            yield cur
        finally:
            self.close_cursor(cur)

    @contextlib.contextmanager
    def writing(self):
        """A cursor for a write (the watch's commits, grouping incidents); readers go on meanwhile."""
        try:
            with self.cursor() as cur:
                yield cur
        finally:
            with self._cond:
                self.commits += 1  # after the commit: an answer tagged with the new count has seen it

    # --- other processes' readers --------------------------------------------------------
    def _watch_knocks(self) -> None:
        while not self._stop.wait(self.POLL_SECONDS):
            if not self._keeper.knocked():
                continue
            with self._cond:
                self._yielding = True  # new cursors wait; the ones out end their work
                while self._users:
                    self._cond.wait()
                self._close()
                self.lent += 1
            try:
                while self._keeper.knocked() and not self._stop.is_set():  # until the reader is in
                    self._stop.wait(self.POLL_SECONDS / 4)
                while True:  # outside the condition: the event loop's try_cursor must never wait
                    try:
                        self._open(wait=True)  # waits for that reader to close the file
                        break
                    except DatabaseBusy:  # a program outside the lock protocol holds the file: again
                        if self._stop.wait(1.0):
                            return
            finally:
                with self._cond:
                    self._yielding = False
                    self._cond.notify_all()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.timeout)
        with self._cond:
            self._close()
            self._cond.notify_all()
        self._keeper.close()
        self.locks.release_writer()
