"""Answers kept between two writes of the database.

The served database changes only when a writer commits, and a writer can
commit only after the server has let go of the file (``store.access``): so
an answer computed on one opening of the file stays right for as long as
that opening lasts.  :class:`AnswerCache` (an ASGI middleware) keeps the
successful answers to ``GET /api/...`` and page requests, keyed by path and
query string, and tagged with the opening of the file they were read from
(``SharedReader.opened``); an answer is given again only while that same
opening is still the current one.  Many clients asking for the same default
pages (the explorer's first screen, ``/api/status``, ``/api/facets``) then
cost one query per write, not one per request.  Downloads (streamed) and
large answers are not kept; the cache holds at most ``entries`` answers
(least recently used first out).

With ``serve --watch`` the file stays open across commits (``store/live.py``):
the tag is then the opening and the number of commits, so an answer is given
again only until the next commit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from . import timing

_SKIP = (".csv", ".json")  # the streamed downloads
_SKIP_PREFIXES = ("/static", "/docs", "/openapi.json")  # served from files and the app itself


class AnswerCache:
    def __init__(self, app, reader, entries: int = 1024, max_bytes: int = 512 * 1024):
        self.app = app
        self.reader = reader
        self.entries = entries
        self.max_bytes = max_bytes
        self._answers: OrderedDict[bytes, tuple[int, int, list, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def _generation(self):
        """The current opening of the file (with ``serve --watch``: and the number of commits), or None
        while it is closed (a writer may be committing)."""
        return self.reader.generation()

    def _lookup(self, key: bytes, gen: int):
        with self._lock:
            got = self._answers.get(key)
            if got is None or got[0] != gen:
                return None
            self._answers.move_to_end(key)
            return got

    def _keep(self, key: bytes, answer: tuple) -> None:
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.entries:
                self._answers.popitem(last=False)

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope.get("method") != "GET" or path.endswith(_SKIP)
                or path.startswith(_SKIP_PREFIXES)):
            await self.app(scope, receive, send)
            return
        key = path.encode("utf-8", "surrogateescape") + b"?" + scope.get("query_string", b"")
        gen = self._generation()
        if gen is not None and (got := self._lookup(key, gen)) is not None:
            self.hits += 1
            timing.note(scope, "kept", 0.0)  # the Server-Timing header says the answer was a kept one
            _, status, headers, body = got
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: dict = {}
        parts: list[bytes] = []
        size = [0]

        async def keeping(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and size[0] <= self.max_bytes:
                parts.append(message.get("body", b""))
                size[0] += len(parts[-1])
            await send(message)

        await self.app(scope, receive, keeping)
        # kept only when read from one opening of the file, from start to end
        if (gen is not None and start.get("status") == 200 and size[0] <= self.max_bytes
                and self._generation() == gen):
            self._keep(key, (gen, 200, list(start.get("headers") or []), b"".join(parts)))
