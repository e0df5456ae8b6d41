"""Watch mode: ingest new and changed files of folders as they appear.

Every ``every`` seconds the folders are walked (as ``ingest`` walks them);
a file is taken when it is new or its size or modification time changed,
and once it has not been modified for ``settle`` seconds (a file still being
copied waits for the next look).  A taken file is read whole again: the
ingest ledger (input id + hash of the text) skips what is already stored, so
a JSON Lines file or a WARC that grew adds only its new records (a record
cut short at the end of a growing WARC is reported and taken on the next
look, complete), and a kill at any point followed by a restart stores every
article exactly once, as ``ingest`` does.  The worker processes, the
duplicate index and the writer lock last for the whole watch; commits are
made every few seconds (``store.access.Writer``) and at the end of each look,
so readers see new articles within one interval.  After a look that stored
something (at most every ``GROUP_SECONDS``, on the first look, for what a
killed watch stored without grouping it, and when the watch stops), the new
events are added to incidents (``incidents.update``,
as ``ingest`` does), in one more short write.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from .. import incidents as _incidents
from ..clean.corpus import DuplicateIndex
from ..read import walk
from ..record import InputError
from ..store.access import Writer
from .local import WORKER_BATCHES, Ingest, Summary, _batched, _init_worker, code_articles

# grouping is one more write (readers let the file go for it): at most this often, and on the first and last look
GROUP_SECONDS = 10.0


def parse_interval(text: str) -> float:
    """``60``, ``60s``, ``5m``, ``1h``, ``500ms`` -> seconds."""
    t = str(text).strip().lower()
    for suffix, factor in (("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)):
        if t.endswith(suffix):
            t, scale = t[: -len(suffix)], factor
            break
    else:
        scale = 1
    try:
        value = float(t) * scale
    except ValueError:
        raise ValueError(f"--every: {text!r} is not an interval like 60s, 5m or 1h") from None
    if not 0.05 <= value <= 86400:
        raise ValueError(f"--every: {text!r} is outside 50ms .. 24h")
    return value


class Watcher(Ingest):
    """``Ingest`` kept running over folders (``run_forever``); ``look()`` is one pass."""

    def __init__(self, db: str, folders: Iterable[str], every: float = 60.0, settle: float = 1.0,
                 on_look: Callable[[Summary, int], None] | None = None, incidents: bool = True, live=None,
                 processes: bool = False, **kw):
        super().__init__(db, **kw)
        self.live = live  # serve --watch: commit through the server's connection (store/live.py)
        self.processes = processes  # code in worker processes even with one worker (the server's GIL stays free)
        self.incidents = _incidents.load_rules() if incidents else None
        self.incident_result: dict | None = None  # what the last grouping did
        self.folders = [Path(f) for f in folders]
        self.every = every
        self.settle = min(settle, every)
        self.on_look = on_look
        self._seen: dict[str, tuple[int, int]] = {}
        self._own = {os.path.realpath(db), os.path.realpath(db) + ".wal"}
        self.store = None
        self._pool = None
        self.looks = 0
        self.last_look: float | None = None  # time.time() of the last finished look

    # --- which files to read -------------------------------------------------------
    def changed_files(self) -> tuple[list[str], bool]:
        """(files to read now, whether some changed file waits to settle)."""
        ready, waiting = [], False
        now = time.time()
        for folder in self.folders:
            items = walk(folder) if folder.is_dir() else [folder] if folder.exists() else []
            for f in items:
                if isinstance(f, InputError):
                    continue
                path = str(f)
                if os.path.realpath(path) in self._own:
                    continue
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                sig = (st.st_size, st.st_mtime_ns)
                if self._seen.get(path) == sig:
                    continue
                if now - st.st_mtime < self.settle:
                    waiting = True
                    continue
                self._seen[path] = sig
                ready.append(path)
        return ready, waiting

    # --- the loop ----------------------------------------------------------------
    def open(self) -> None:
        """Take the writer lock and load the duplicate index (DatabaseBusy if another writer runs)."""
        self.store = self.open_store()
        self._grouped_at, self._grouped_when = 0, 0.0
        self.index = DuplicateIndex()
        self.index.load(self.store.signatures())
        self._side_records, self._side_rows = [], []
        if self.workers > 1 or self.processes:
            ctx = mp.get_context("spawn")
            self._pool = ctx.Pool(self.workers, initializer=_init_worker, initargs=(self.settings,),
                                  maxtasksperchild=WORKER_BATCHES)

    def open_store(self):
        return Writer(self.db, commit_seconds=self.commit_seconds, live=self.live)

    def look(self) -> tuple[int, bool]:
        """One pass: read, code and commit the changed files; (files read, some waiting)."""
        files, waiting = self.changed_files()
        self.incident_result = None
        if files:
            batches = _batched(self._prepared(self.store, self.index, self._read(files)), self.batch_size)
            if self._pool is None:
                for batch in batches:
                    self._write(self.store, batch, *code_articles([b[0] for b in batch], self.pipeline))
            else:
                pool = self._pool
                self._pipelined(self.store, batches, lambda arts: pool.apply_async(code_articles, (arts,)).get)
            self._write(self.store, [], {}, [], {})
            self.store.commit()
        if self.incidents is not None and (self.looks == 0 or self.store.commits > self._grouped_at
                                           and time.monotonic() - self._grouped_when >= GROUP_SECONDS):
            self._group()
        self.looks += 1
        self.last_look = time.time()
        if self.on_look:
            self.on_look(self.summary, len(files))
        return len(files), waiting

    def _group(self) -> None:
        """Add the events stored since the last grouping to incidents (one line if it fails: the watch goes on)."""
        self._grouped_at, self._grouped_when = self.store.commits, time.monotonic()
        try:
            with self.store.connection() as con:
                self.incident_result = _incidents.update(con, self.incidents)
        except Exception as exc:  # noqa: BLE001 - the next look tries again
            self._grouped_at = -1
            self.say(f"error: grouping incidents failed: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")

    def _read(self, files: list[str]):
        from ..read import read_file

        for f in files:
            yield from read_file(f, self.settings)

    def run_forever(self, stop: threading.Event | None = None, opened: bool = False) -> Summary:
        """Look every ``every`` seconds until ``stop`` is set (or Ctrl-C)."""
        stop = stop or threading.Event()
        if not opened:
            self.open()
        try:
            while not stop.is_set():
                started = time.monotonic()
                _, waiting = self.look()
                pause = self.settle if waiting else self.every
                stop.wait(max(0.0, pause - (time.monotonic() - started)))
        finally:
            self.close()
        return self.summary

    def close(self) -> None:
        if self.store is not None and self.incidents is not None and self.store.commits > self._grouped_at:
            self._group()  # what the last looks stored
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        if self.store is not None:
            self.store.close()
            self.store = None


def look_line(s: Summary, before: dict, files: int, incidents: dict | None = None) -> str | None:
    """One line for a look that read files: what it added."""
    now = {k: getattr(s, k) for k in ("coded", "skipped", "duplicates", "already", "errors", "events")}
    d = {k: now[k] - before.get(k, 0) for k in now}
    before.update(now)
    if not files:
        return None
    return (f"{time.strftime('%H:%M:%S')} {files} new or changed files: {d['coded']} coded, "
            f"{d['duplicates']} duplicates, {d['skipped']} skipped, {d['errors']} errors, "
            f"{d['already']} already stored, {d['events']} events"
            + (f"; incidents: {incidents['incidents']} ({incidents['new_events']} events added)" if incidents else ""))
