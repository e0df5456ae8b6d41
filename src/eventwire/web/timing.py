"""Where a request's time goes, told to the client in a ``Server-Timing`` header.

:class:`Timing` (the outermost ASGI middleware) measures each request from the
moment the app receives it to its last body byte (``app``); the cursor
dependency of :mod:`eventwire.web.app` adds ``wait`` (waiting for a cursor:
a writer committing, the file being opened again, ``open`` being the opening
itself) and ``work`` (from the cursor to the start of the answer: the
thread pool, queries, building the answer; of it ``query``, the time in
DuckDB, from :class:`TimedCursor`); an answer from the cache says ``kept``.  The load probe (``run/probe.py``) reads the header, so the
reliability command can say how much of the clients' time was spent waiting,
working, or outside the app (queued in the server's socket or event loop,
the GIL).  Durations are in milliseconds, as the header's syntax wants.
"""

from __future__ import annotations

import time

KEY = "eventwire.timing"


def note(scope, what: str, seconds: float) -> None:
    """Add ``seconds`` to the request's ``what`` (no-op outside a timed request)."""
    spent = scope.get(KEY)
    if spent is not None:
        spent[what] = spent.get(what, 0.0) + seconds


def got_cursor(scope) -> None:
    """The request has its cursor: what follows until the answer starts is ``work``."""
    spent = scope.get(KEY)
    if spent is not None:
        spent.setdefault("cursor_at", time.perf_counter())


def header(spent: dict) -> bytes:
    return ", ".join(f"{k};dur={v * 1000:.2f}" for k, v in spent.items()).encode("ascii")


class Timing:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        spent: dict[str, float] = {}
        scope[KEY] = spent
        started = time.perf_counter()

        async def timed(message):
            if message["type"] == "http.response.start":
                now = time.perf_counter()
                spent["app"] = now - started
                got = spent.pop("cursor_at", None)
                if got is not None:
                    spent["work"] = now - got
                message = dict(message)
                message["headers"] = [*(message.get("headers") or []), (b"server-timing", header(spent))]
            await send(message)

        await self.app(scope, receive, timed)


class TimedCursor:
    """A cursor that adds the time of its queries (running and fetching) to the request's ``query``."""

    def __init__(self, cur, scope):
        self._cur = cur
        self._scope = scope

    def _timed(self, fn, *args, **kw):
        t = time.perf_counter()
        try:
            return fn(*args, **kw)
        finally:
            note(self._scope, "query", time.perf_counter() - t)

    def execute(self, *args, **kw):
        self._timed(self._cur.execute, *args, **kw)
        return self

    def fetchall(self):
        return self._timed(self._cur.fetchall)

    def fetchone(self):
        return self._timed(self._cur.fetchone)

    def fetchmany(self, *args):
        return self._timed(self._cur.fetchmany, *args)

    def __getattr__(self, name):
        return getattr(self._cur, name)
