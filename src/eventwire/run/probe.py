"""Probing a running explorer over loopback: hostile parameters and load.

``hostile_requests()`` lists the requests an attacker (or a careless script)
sends: SQL injection in every parameter of every API route, path traversal
on the static and page routes, huge and malformed values.  ``probe()`` sends
them and counts server errors (5xx), leaks (a traversal that returned a file)
and wrong answers (a word-less search that matched anything).
``load()`` runs concurrent clients, each a bounded loop of requests over one
keep-alive connection, and reports latency percentiles and errors.
"""

from __future__ import annotations

import http.client
import random
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

INJECTIONS = [
    "'", "\"", "\\", "--", "';--", "' OR '1'='1", "' OR 1=1 --", "1; DROP TABLE events; --",
    "') UNION SELECT record, NULL FROM articles --", "RUS' OR 'x'='x", "%' OR 1=1 --",
    "1 OR 1=1", "$(id)", "`id`", "\x00", "%00", "'; ATTACH '/tmp/x.db' AS x; --",
    "'; COPY events TO '/tmp/leak.csv'; --", "'; INSTALL httpfs; --", "${7*7}", "{{7*7}}",
    "-1", "0", "1e309", "NaN", "99999999999999999999999999999", "-99999999999999999999",
]
HUGE = ["A" * 5000, "9" * 5000, "é" * 3000, "," * 4000, "RUS," * 1000, "'" * 2000, "(" * 2000]
# every API route and its parameters ({} marks a path parameter)
ROUTES = {
    "/api/events": ["source", "target", "root", "code", "plover", "quad", "date_from", "date_to", "q",
                    "article", "negated", "hypothetical", "sort", "limit", "offset"],
    "/api/articles": ["q", "status", "limit", "offset"],
    "/api/actors": ["q", "country", "limit", "offset"],
    "/api/dyads": ["a", "b", "period", "directed", "source", "root", "date_from", "q"],
    "/api/network": ["level", "top", "source", "target", "root", "quad", "q"],
    "/api/quotes": ["speaker", "q", "kind", "article", "limit", "offset"],
    "/api/facets": ["x"],
    "/api/status": ["x"],
    "/api/articles/{}": [],
    "/articles/{}": [],
}
TRAVERSALS = [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/....//....//etc/passwd", "/static/..\\..\\..\\etc\\passwd", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e%2fapp.py",
    "/static/../../store/schema.sql", "/static/..%2f..%2fstore%2fschema.sql", "/static/%00",
    "/static/style.css%00.py", "/static/" + "a/" * 500, "/articles/..%2f..%2f..%2fetc%2fpasswd",
    "/api/articles/..%2f..%2fetc%2fpasswd", "/api/articles/%00", "/articles/" + "x" * 20000,
    "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/docs/../../etc/passwd",
]
LEAK_MARKS = ("root:x:", "def create_app", "CREATE TABLE", "import ")
WORDLESS = ["'", "\\", "--", "''", "\"", "%", "'--"]


def hostile_requests(limit_traversal: bool = False) -> list[str]:
    """Paths with query strings, each one hostile."""
    out = []
    values = INJECTIONS + HUGE
    for route, params in ROUTES.items():
        if "{}" in route:
            for v in values:
                out.append(route.replace("{}", urllib.parse.quote(v, safe="")))
            continue
        for p in params:
            base = {"a": "RUS"} if route == "/api/dyads" and p != "a" else {}
            for v in values:
                out.append(f"{route}?{urllib.parse.urlencode({**base, p: v})}")
    out += TRAVERSALS
    return out


@dataclass
class ProbeResult:
    requests: int = 0
    server_errors: list = field(default_factory=list)  # (path, status)
    leaks: list = field(default_factory=list)
    wordless_matches: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)


def parse_timing(value: str) -> dict[str, float]:
    """A ``Server-Timing`` header (as ``web/timing.py`` writes it) -> {name: milliseconds}."""
    out = {}
    for part in value.split(","):
        name, _, rest = part.strip().partition(";")
        if rest.startswith("dur="):
            try:
                out[name] = float(rest[4:])
            except ValueError:
                pass
    return out


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()


def probe(host: str, port: int, paths: list[str] | None = None) -> ProbeResult:
    """Send every hostile request once (one connection, reopened after errors)."""
    res = ProbeResult()
    conn = http.client.HTTPConnection(host, port, timeout=30)
    for path in paths if paths is not None else hostile_requests():
        res.requests += 1
        try:
            status, body = _get(conn, path)
        except (OSError, http.client.HTTPException) as exc:
            res.server_errors.append((path[:120], type(exc).__name__))
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            continue
        res.statuses[status] = res.statuses.get(status, 0) + 1
        if status >= 500:
            res.server_errors.append((path[:120], status))
        if path.startswith(("/static", "/..", "/%2e", "/docs/..")) and status == 200 and any(
                m.encode() in body for m in LEAK_MARKS):
            res.leaks.append(path[:120])
    for route in ("/api/actors", "/api/articles", "/api/events", "/api/quotes"):
        for w in WORDLESS:
            res.requests += 1
            status, body = _get(conn, f"{route}?{urllib.parse.urlencode({'q': w})}")
            if status == 200 and b'"total":0' not in body.replace(b" ", b""):
                res.wordless_matches.append(f"{route}?q={w}")
    conn.close()
    return res


# --- load ---------------------------------------------------------------------------
LOAD_PATHS = [
    "/api/events?limit=50", "/api/events?source=USA&limit=20", "/api/events?root=04,05&sort=-goldstein",
    "/api/events?q=minister&limit=20", "/api/articles?limit=20", "/api/actors?limit=50",
    "/api/dyads?a=USA&b=RUS&period=month", "/api/network?level=country&top=20", "/api/quotes?limit=20",
    "/api/facets", "/api/status", "/",
]
# what users vary: actors, event types, search words, pages (so that not every request is a repeat)
_COUNTRIES = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "UKR", "SYR", "IND", "PAK", "TUR", "EGY",
              "JPN", "KOR", "PRK", "MEX", "BRA", "SAU"]
_WORDS = ["minister", "president", "talks", "police", "army", "said", "government", "election", "border",
          "attack", "peace", "trade", "court", "protest", "vote", "war", "aid", "oil", "deal", "troops"]
LOAD_TEMPLATES = [
    "/api/events?source={c}&limit=20&offset={o}", "/api/events?target={c}&root={r}", "/api/events?q={w}&limit=20",
    "/api/events?root={r}&sort=-goldstein&offset={o}", "/api/articles?limit=20&offset={o}", "/api/articles?q={w}",
    "/api/actors?country={c}", "/api/dyads?a={c}&b={c2}&period=month", "/api/network?level=country&root={r}",
    "/api/quotes?q={w}&limit=20", "/api/quotes?speaker={c}",
]


def load_path(rng: random.Random) -> str:
    """A request as a user of the explorer sends it: half the default pages, half varied searches."""
    if rng.random() < 0.5:
        return rng.choice(LOAD_PATHS)
    c, c2 = rng.sample(_COUNTRIES, 2)
    return rng.choice(LOAD_TEMPLATES).format(c=c, c2=c2, w=rng.choice(_WORDS), r=f"{rng.randint(1, 20):02d}",
                                             o=20 * rng.randint(0, 5))


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    error_samples: list = field(default_factory=list)
    latencies: list = field(default_factory=list)
    timings: list = field(default_factory=list)  # each answer's Server-Timing: {name: ms} (web/timing.py)
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000

    def shares(self) -> dict[str, float]:
        """Of all the clients' time waiting for answers, the share the server spent waiting for a
        cursor (``wait``, of it ``open``: opening the file), working (``work``: the thread pool, queries
        and building the answer; of it ``query``: running and fetching queries),
        in the app otherwise (``app_other``: the answer cache, the thread pool, the event loop) and
        outside the app (``outside``: sockets, HTTP parsing, GIL and CPU contention, the clients)."""
        total = sum(self.latencies) * 1000
        if not total:
            return {}
        got = {k: sum(t.get(k, 0.0) for t in self.timings) for k in ("app", "wait", "open", "work", "query")}
        out = {"wait": got["wait"], "open": got["open"], "work": got["work"], "query": got["query"],
               "app_other": got["app"] - got["wait"] - got["work"], "outside": total - got["app"]}
        out = {k: round(v / total, 3) for k, v in out.items()}
        out["kept_answers"] = round(sum("kept" in t for t in self.timings) / max(1, len(self.timings)), 3)
        return out

    def server_percentile(self, name: str, p: float) -> float:
        xs = sorted(t.get(name, 0.0) for t in self.timings)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def load(host: str, port: int, clients: int = 50, seconds: float = 60.0, seed: int = 0,
         max_requests: int = 100000) -> LoadResult:
    """``clients`` threads, each looping over the load paths for ``seconds``
    (at most ``max_requests`` each): every non-2xx answer or failed
    connection is an error."""
    res = LoadResult()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(n: int):
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        lat, errs, samples, timings = [], 0, [], []
        for _ in range(max_requests):
            if time.monotonic() >= deadline:
                break
            path = load_path(rng)
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                status, _ = r.status, r.read()
                timings.append(parse_timing(r.getheader("server-timing") or ""))
                ok = 200 <= status < 300
            except (OSError, http.client.HTTPException) as exc:
                status, ok = type(exc).__name__, False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            lat.append(time.perf_counter() - t)
            if not ok:
                errs += 1
                if len(samples) < 3:
                    samples.append(f"{path}: {status}")
        conn.close()
        with lock:
            res.latencies += lat
            res.timings += timings
            res.requests += len(lat)
            res.errors += errs
            res.error_samples += samples

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    res.seconds = time.monotonic() - started
    return res
