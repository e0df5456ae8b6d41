"""Who may open the database file, and when.

DuckDB lets one process open a file read-write, and a read-only open fails
while a writer has it open (and a read-write open fails while any reader
has).  eventwire therefore never keeps the file open for writing: a writer
(``ingest``, ``watch``) codes without the file, then opens it, commits a few
seconds' worth of batches in one transaction and closes it again; readers
(the server, ``stats``, ``export``, the Python API) open it between writes.
Three small hidden lock files beside the database (``flock``, released by the
kernel when a process dies, so a kill -9 never leaves a stale lock) order
this:

``.NAME.writer``  held for the whole life of a writing process and holding
                  its pid and command, so a second writer refuses with one
                  line naming the first;
``.NAME.gate``    a turnstile: a writer about to commit holds it, so no new
                  reader comes in while it waits for the open ones to finish;
``.NAME.readers`` shared by readers while their connection is open; taken
                  whole by the writer for its transaction;
``.NAME.knock``   shared by a reader waiting for ``readers``: ``serve --watch``
                  (:class:`~eventwire.store.access.LiveFile`), which keeps the
                  file open for writing and ``readers`` taken, lets the file go
                  to another process's reader when it knocks.

Where the lock files cannot be created (a read-only folder) nothing is
coordinated and DuckDB's own lock decides, with retries.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import time
from pathlib import Path


class DatabaseBusy(RuntimeError):
    """The database is held by another process; the message is one line naming it."""


def _lock_path(db: str, kind: str) -> Path:
    p = Path(db)
    return p.with_name(f".{p.name}.{kind}")


def _open_fd(path: Path, write: bool = False) -> int | None:
    try:
        return os.open(path, (os.O_RDWR if write else os.O_RDONLY) | os.O_CREAT, 0o666)
    except OSError:
        try:
            return os.open(path, os.O_RDONLY)
        except OSError:
            return None


def _try(fd: int | None, how: int) -> bool:
    if fd is None:
        return True
    try:
        fcntl.flock(fd, how | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise


def _wait(fd: int | None, how: int, timeout: float | None) -> bool:
    """Poll for the lock (a blocking flock cannot time out); True when taken."""
    deadline = None if timeout is None else time.monotonic() + timeout
    pause = 0.001
    while not _try(fd, how):
        if deadline is not None and time.monotonic() >= deadline:
            return False
        time.sleep(pause)
        pause = min(pause * 2, 0.01)
    return True


def _unlock(fd: int | None) -> None:
    if fd is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def process_name(pid: int) -> str:
    """``eventwire ingest`` style name of a running process (its command line, shortened)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "another process"
    words = [os.path.basename(a.decode("utf-8", "replace")) for a in argv if a][:4]
    if len(words) > 2 and words[1] == "-m":  # python -m eventwire.cli ingest
        words = words[2:]
    return " ".join(words) or "another process"


_PID = re.compile(r"\(PID (\d+)\)")


def holder_of(exc: BaseException) -> str:
    """'pid N (command)' from a DuckDB lock error, or 'another process'."""
    m = _PID.search(str(exc))
    if not m:
        return "another process"
    pid = int(m.group(1))
    return f"pid {pid} ({process_name(pid)})"


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set lock" in text)


class Locks:
    """The lock files of one database."""

    def __init__(self, db: str | Path):
        self.db = str(db)
        self._writer_fd: int | None = None

    # --- the one writing process ----------------------------------------------
    def hold_writer(self, wait: float = 0.0) -> None:
        """Become the database's only writer (for this process's life, or until
        :meth:`release_writer`); DatabaseBusy names the writer already there."""
        path = _lock_path(self.db, "writer")
        fd = _open_fd(path, write=True)
        if not _wait(fd, fcntl.LOCK_EX, wait):
            os.close(fd)
            try:
                who = path.read_text(encoding="utf-8").strip() or "another process"
            except OSError:
                who = "another process"
            raise DatabaseBusy(f"{self.db} is being written by {who}; "
                               "wait for it to finish (or stop it) and run this again")
        if fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"pid {os.getpid()} ({process_name(os.getpid())})\n".encode(), 0)
        self._writer_fd = fd

    def release_writer(self) -> None:
        if self._writer_fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._writer_fd, 0)
            _unlock(self._writer_fd)
            os.close(self._writer_fd)
            self._writer_fd = None

    # --- a write transaction ------------------------------------------------------
    @contextlib.contextmanager
    def write(self, timeout: float | None = None):
        """Shut the gate to new readers, wait for the open ones, yield."""
        gate = _open_fd(_lock_path(self.db, "gate"))
        readers = _open_fd(_lock_path(self.db, "readers"))
        try:
            if not _wait(gate, fcntl.LOCK_EX, timeout) or not _wait(readers, fcntl.LOCK_EX, timeout):
                raise DatabaseBusy(f"{self.db}: readers kept the database open for {timeout} s; "
                                   "could not write")
            yield
        finally:
            for fd in (readers, gate):
                if fd is not None:
                    _unlock(fd)
                    os.close(fd)

    # --- readers ----------------------------------------------------------------------
    def reader(self) -> "ReaderLock":
        return ReaderLock(self.db)

    def keeper(self) -> "KeeperLock":
        return KeeperLock(self.db)


class KeeperLock:
    """The hold of a process that keeps the file open for writing (``serve --watch``): ``hold()`` takes
    it as a writer takes it for a commit (gate shut, open readers waited for, gate opened again);
    :meth:`knocked` says that another process's reader waits for it."""

    def __init__(self, db: str):
        self._gate = _open_fd(_lock_path(db, "gate"))
        self._readers = _open_fd(_lock_path(db, "readers"))
        self._knock = _open_fd(_lock_path(db, "knock"), write=True)

    def hold(self, timeout: float | None = None) -> bool:
        if not _wait(self._gate, fcntl.LOCK_EX, timeout):
            return False
        try:
            return _wait(self._readers, fcntl.LOCK_EX, timeout)
        finally:
            _unlock(self._gate)

    def let_go(self) -> None:
        _unlock(self._readers)

    def knocked(self) -> bool:
        if self._knock is None or _try(self._knock, fcntl.LOCK_EX):
            _unlock(self._knock)
            return False
        return True

    def close(self) -> None:
        for fd in (self._gate, self._readers, self._knock):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._gate = self._readers = self._knock = None


class ReaderLock:
    """A reader's hold on the database: ``acquire()`` waits while a writer commits."""

    def __init__(self, db: str):
        self._gate = _open_fd(_lock_path(db, "gate"))
        self._readers = _open_fd(_lock_path(db, "readers"))
        self._knock_path = _lock_path(db, "knock")

    def acquire(self, timeout: float | None = 60.0) -> bool:
        if not _wait(self._gate, fcntl.LOCK_SH, timeout):
            return False
        try:
            if _try(self._readers, fcntl.LOCK_SH):
                return True
            knock = _open_fd(self._knock_path)  # a process keeping the file open lets it go (LiveFile)
            try:
                _wait(knock, fcntl.LOCK_SH, timeout)
                return _wait(self._readers, fcntl.LOCK_SH, timeout)
            finally:
                if knock is not None:
                    _unlock(knock)
                    os.close(knock)
        finally:
            _unlock(self._gate)

    def release(self) -> None:
        _unlock(self._readers)

    def writer_waiting(self) -> bool:
        """A writer holds the gate: readers should let go of the file."""
        if not _try(self._gate, fcntl.LOCK_SH):
            return True
        _unlock(self._gate)
        return False

    def close(self) -> None:
        for fd in (self._gate, self._readers):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._gate = self._readers = None

