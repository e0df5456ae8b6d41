"""``eventwire check-reliability``: proof under hostile input, kills, two
writers and load, each with real ``eventwire`` processes.

1. hostile inputs (``run.hostile``): one ``ingest`` over them; crashes (a
   traceback or an exit code other than 0/1), hangs (over the time limit),
   units neither stored nor reported on one line, peak memory;
2. kill -9 of ``ingest`` (and of ``watch``) at random points, then resume:
   the tables must equal an uninterrupted run's (lost or doubled articles);
3. two ingests at once: the second must refuse with one line;
4. concurrent API clients for a while against ``serve`` while ``watch``
   ingests new files into the same database (two processes, and ``serve
   --watch`` in one): errors, latency percentiles and where the time went
   (the server's ``Server-Timing`` headers, ``web/timing.py``);
5. hostile API parameters against ``serve``: 5xx answers, leaks, word-less
   searches that match, and whether the database file changed.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..read.text import no_surrogates
from . import hostile, probe

TABLES = ("articles", "inputs", "mentions", "sentences", "actors", "events", "quotes", "times", "places",
          "signatures")


@dataclass
class Size:
    corpus: int = 200
    kills: int = 10
    scale: float = 1.0
    clients: int = 50
    seconds: float = 60.0
    watch_kills: int = 10
    timeout: float = 1800.0

    @classmethod
    def small(cls) -> "Size":
        return cls(corpus=8, kills=1, scale=0.02, clients=10, seconds=5.0, watch_kills=1, timeout=300.0)


@dataclass
class Report:
    lines: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    figures: dict = field(default_factory=dict)

    def say(self, line: str) -> None:
        self.lines.append(line)
        print(line, file=sys.stderr, flush=True)

    def fail(self, what: str) -> None:
        self.failures.append(what)
        self.say(f"FAIL: {what}")


def _cmd(*args) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *map(str, args)]


def _start(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen(_cmd(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kw)


def _kill(p: subprocess.Popen, sig=signal.SIGKILL) -> None:
    try:
        os.killpg(p.pid, sig)  # the process and its workers (its own session)
    except ProcessLookupError:
        pass


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def table_contents(db: Path) -> dict[str, list]:
    """Every table's rows, sorted (the articles without their ingest time)."""
    from ..store.access import reading

    out = {}
    with reading(db) as con:
        for t in TABLES:
            cols = "* EXCLUDE (ingested_at)" if t == "articles" else "*"
            out[t] = sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall()))
    return out


def _ingest(args, timeout) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd("ingest", "--no-progress", "--workers", "1", *args), capture_output=True,
                          text=True, timeout=timeout)


# --- 1. hostile inputs -------------------------------------------------------------------
def check_hostile(work: Path, size: Size, seed: int, rep: Report) -> None:
    folder = work / "hostile"
    units = hostile.hostile_inputs(folder, seed, size.scale)
    db = work / "hostile.duckdb"
    p = _start("ingest", folder, "--db", db, "--no-progress", "--workers", "1")
    peak, started = 0, time.monotonic()
    while p.poll() is None and time.monotonic() - started < size.timeout:
        peak = max(peak, _tree_rss(p.pid))
        time.sleep(0.2)
    hang = p.poll() is None
    if hang:
        _kill(p)
    out, err = p.communicate()
    seconds = time.monotonic() - started
    crash = not hang and (p.returncode not in (0, 1) or "Traceback" in err)
    from ..store.access import reading

    with reading(db) as con:
        stored = {r[0] for r in con.execute("SELECT input_id FROM inputs").fetchall()}
    reported = [line for line in err.splitlines() if line.startswith("error: ")]
    unaccounted = []
    for where, ident in units:
        ident = no_surrogates(ident)
        if ident in stored or any(line.startswith(f"error: {where}:") or line.startswith(f"error: {where}#")
                                  or line.startswith(f"error: {where}[") for line in reported):
            continue
        unaccounted.append(where)
    multi = [line for line in err.splitlines() if line.startswith(" ")]
    rep.figures.update(hostile_inputs=len(units), hostile_crashes=int(crash), hostile_hangs=int(hang),
                       hostile_unaccounted=len(unaccounted), hostile_peak_mb=round(peak / 2**20),
                       hostile_seconds=round(seconds, 1))
    rep.say(f"hostile inputs: {len(units)} units in {len(list(folder.iterdir()))} files, {len(stored)} stored, "
            f"{len(reported)} reported; crashes {int(crash)}, hangs {int(hang)}, unaccounted "
            f"{len(unaccounted)}, peak memory {peak / 2**20:.0f} MB, {seconds:.0f} s")
    if crash:
        rep.fail(f"hostile ingest crashed (exit {p.returncode}): {err.strip().splitlines()[-1:]}")
    if hang:
        rep.fail(f"hostile ingest still running after {size.timeout:.0f} s")
    if unaccounted:
        rep.fail(f"neither stored nor reported: {', '.join(unaccounted[:5])}")
    if multi:
        rep.fail(f"{len(multi)} report lines are continuation lines (a traceback?)")


# --- 2. kill -9 and resume ------------------------------------------------------------------
def check_kills(work: Path, size: Size, seed: int, rep: Report) -> None:
    corpus = work / "corpus"
    hostile.write_corpus(corpus, size.corpus)
    ref = work / "reference.duckdb"
    t = time.monotonic()
    _ingest([corpus, "--db", ref], size.timeout)
    full = time.monotonic() - t
    reference = table_contents(ref)
    rng = random.Random(seed)
    db = work / "killed.duckdb"
    stored_at_kill = []
    for _ in range(size.kills):
        p = _start("ingest", corpus, "--db", db, "--no-progress", "--workers", "1")
        time.sleep(rng.uniform(0.3, max(0.5, full * 0.9)))
        _kill(p)
        p.communicate()
        if db.exists():
            stored_at_kill.append(len(table_contents(db)["articles"]))
    r = _ingest([corpus, "--db", db], size.timeout)
    got = table_contents(db)
    diff = [t for t in TABLES if got[t] != reference[t]]
    n_ref, n_got = len(reference["articles"]), len(got["articles"])
    rep.figures.update(kills=size.kills, kill_articles=n_ref, kill_tables_differ=len(diff),
                       kill_lost=max(0, n_ref - n_got), kill_doubled=max(0, n_got - n_ref))
    rep.say(f"kill -9 of ingest at {size.kills} random points of a {full:.0f} s run of {size.corpus} texts "
            f"(articles stored at each kill: {stored_at_kill}), then resumed: {n_got} articles vs {n_ref} "
            f"uninterrupted; tables differing: {diff or 'none'}")
    if diff or r.returncode != 0:
        rep.fail(f"after kills and resume the tables differ: {diff} (resume exit {r.returncode})")
    _check_watch_kills(work, size, rng, reference, rep, full)


def _wait_for(db: Path, n: int, timeout: float) -> int:
    from ..store.access import reading

    deadline, have = time.monotonic() + timeout, -1
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with reading(db, timeout=5) as con:
                    have = con.execute("SELECT count(*) FROM inputs").fetchone()[0]
            except Exception:  # noqa: BLE001 - not created yet
                have = -1
            if have >= n:
                return have
        time.sleep(0.3)
    return have


def _check_watch_kills(work: Path, size: Size, rng: random.Random, reference: dict, rep: Report,
                       full: float = 12.0) -> None:
    folder, db = work / "watched", work / "watched.duckdb"
    folder.mkdir()
    files = sorted((work / "corpus").iterdir())
    half = len(files) // 2
    for f in files[:half]:
        shutil.copy(f, folder / f.name)
    for k in range(size.watch_kills):
        p = _start("watch", folder, "--db", db, "--every", "1s")
        time.sleep(rng.uniform(2.0, max(12.0, full * 0.9)))  # up to most of an uninterrupted run
        if k == 0:  # files arrive while watch runs
            for f in files[half:]:
                shutil.copy(f, folder / f.name)
        time.sleep(rng.uniform(0.5, 3.0))
        _kill(p)
        p.communicate()
    for f in files[half:]:
        if not (folder / f.name).exists():
            shutil.copy(f, folder / f.name)
    p = _start("watch", folder, "--db", db, "--every", "1s")
    have = _wait_for(db, len(reference["inputs"]), size.timeout)
    time.sleep(1.5)
    _kill(p, signal.SIGTERM)
    p.communicate(timeout=60)
    got = table_contents(db)
    # the watched folder holds the same texts under the same names, but other paths:
    # compare what does not name the path
    keys = ("sentences", "events", "quotes", "times", "places", "signatures")
    diff = [t for t in keys if got[t] != reference[t]]
    rep.figures.update(watch_kills=size.watch_kills, watch_tables_differ=len(diff),
                       watch_articles=len(got["articles"]))
    rep.say(f"kill -9 of watch at {size.watch_kills} random points (files arriving meanwhile), then "
            f"restarted: {len(got['articles'])} articles vs {len(reference['articles'])}, {have} inputs; "
            f"tables differing: {diff or 'none'}")
    if diff or len(got["articles"]) != len(reference["articles"]):
        rep.fail(f"watch after kills differs from the uninterrupted run: {diff}")


# --- 3. two writers -------------------------------------------------------------------------
def check_two_writers(work: Path, size: Size, rep: Report) -> None:
    db = work / "two.duckdb"
    first = _start("ingest", work / "corpus", "--db", db, "--no-progress", "--workers", "1")
    lock = db.with_name(f".{db.name}.writer")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (lock.exists() and lock.read_text().strip()):
        time.sleep(0.1)
    second = _ingest([work / "corpus", "--db", db], 300)
    first.communicate(timeout=size.timeout)
    lines = [x for x in second.stderr.splitlines() if x.strip()]
    ok = second.returncode == 3 and len(lines) == 1 and "being written by" in lines[0]
    rep.figures.update(two_writers_refused=int(ok))
    rep.say(f"two ingests at once: the second exited {second.returncode} with: {lines[:2]}; the first "
            f"exited {first.returncode}")
    if not ok or first.returncode != 0:
        rep.fail("the second ingest did not refuse with one clear line")


# --- 4, 5. serve under load while watch writes; hostile parameters -------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(port: int, timeout: float = 120) -> bool:
    import http.client

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/status")
            if c.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.3)
    return False


def check_load(work: Path, size: Size, seed: int, rep: Report, modes: tuple = ("apart", "live")) -> None:
    """``apart``: ``serve`` and ``watch`` in two processes (the server lets the file go for every commit);
    ``live``: ``serve --watch`` in one process (one connection kept open, store/live.py)."""
    db = None
    for mode in modes:
        db = _load(work / f"load-{mode}", size, seed, rep, live=mode == "live")
    if db is not None:
        check_hostile_api(db, rep)


def _load(work: Path, size: Size, seed: int, rep: Report, live: bool) -> Path:
    folder, db = work / "feed", work / "live.duckdb"
    hostile.write_corpus(folder, max(4, size.corpus // 4))
    port = free_port()
    if live:
        procs = [_start("serve", "--db", db, "--port", port, "--watch", folder, "--every", "1s")]
    else:
        procs = [_start("watch", folder, "--db", db, "--every", "1s")]
        _wait_for(db, 1, size.timeout)
        procs.append(_start("serve", "--db", db, "--port", port))
    serve = procs[-1]
    key, what = ("live_", "serve --watch (one process)") if live else ("", "watch and serve (two processes)")
    try:
        if not wait_http(port, size.timeout):
            rep.fail(f"serve did not answer: {serve.stderr.read() if serve.poll() is not None else ''}")
            return db
        if live:
            _wait_for_http_articles(port, 1, size.timeout)
        import threading

        stop = threading.Event()

        def feed():  # new files keep arriving: the watch keeps committing
            i = 100000
            while not stop.wait(1.0):
                hostile.write_corpus(folder, 2, start=i)
                i += 2

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        res = probe.load("127.0.0.1", port, clients=size.clients, seconds=size.seconds, seed=seed)
        stop.set()
        feeder.join()
        n = _wait_for_http_articles(port, 0, 60)
        shares, load = res.shares(), os.getloadavg()[0]
        rep.figures.update({f"{key}load_clients": size.clients, f"{key}load_seconds": size.seconds,
                            f"{key}load_requests": res.requests, f"{key}load_errors": res.errors,
                            f"{key}p50_ms": round(res.percentile(50), 1), f"{key}p99_ms": round(res.percentile(99), 1),
                            f"{key}load_shares": shares, f"{key}load_average": round(load, 1)})
        rep.say(f"{size.clients} API clients for {res.seconds:.0f} s, {what}, while watch ingested ({n} articles "
                f"at the end): {res.requests} requests, {res.errors} errors, p50 {res.percentile(50):.0f} ms, "
                f"p99 {res.percentile(99):.0f} ms {res.error_samples[:3]}")
        rep.say(f"  where the clients' time went: {_shares_text(shares)}; in the server p50/p99: waiting "
                f"{res.server_percentile('wait', 50):.0f}/{res.server_percentile('wait', 99):.0f} ms, working "
                f"{res.server_percentile('work', 50):.0f}/{res.server_percentile('work', 99):.0f} ms, queries "
                f"{res.server_percentile('query', 50):.0f}/{res.server_percentile('query', 99):.0f} ms; load "
                f"average {load:.1f}")
        if res.errors:
            rep.fail(f"{res.errors} errors under load ({what}): {res.error_samples[:3]}")
    finally:
        for p in procs:
            _kill(p, signal.SIGTERM)
        for p in procs:
            try:
                p.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                _kill(p)
    return db


def _wait_for_http_articles(port: int, n: int, timeout: float) -> int:
    """Articles the server shows, once at least ``n`` (-1 if it never does)."""
    import http.client
    import json

    deadline = time.monotonic() + timeout
    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            c.request("GET", "/api/status")
            have = json.loads(c.getresponse().read())["articles"]
        except (OSError, ValueError, KeyError):
            have = -1
        if have >= n or time.monotonic() >= deadline:
            return have
        time.sleep(0.3)


def _shares_text(shares: dict) -> str:
    names = {"wait": "waiting for a cursor", "open": "(of it opening the file)", "work": "working (thread pool, queries, answers)",
             "query": "(of it running queries)", "kept_answers": "answers from the cache (share of requests)",
             "app_other": "rest of the app (cache, thread pool, event loop)", "outside": "outside the app"}
    return ", ".join(f"{names[k]} {100 * v:.0f}%" for k, v in shares.items())


def check_hostile_api(db: Path, rep: Report) -> None:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    port = free_port()
    serve = _start("serve", "--db", db, "--port", port)
    try:
        if not wait_http(port):
            rep.fail("serve did not answer")
            return
        res = probe.probe("127.0.0.1", port)
    finally:
        _kill(serve, signal.SIGTERM)
        _, err = serve.communicate(timeout=60)
    changed = hashlib.sha256(db.read_bytes()).hexdigest() != digest
    rep.figures.update(hostile_requests=res.requests, hostile_5xx=len(res.server_errors),
                       hostile_leaks=len(res.leaks), wordless_matches=len(res.wordless_matches),
                       db_changed=int(changed))
    rep.say(f"hostile API requests: {res.requests} (statuses {dict(sorted(res.statuses.items()))}): "
            f"{len(res.server_errors)} server errors, {len(res.leaks)} leaks, {len(res.wordless_matches)} "
            f"word-less searches matching, database file {'CHANGED' if changed else 'unchanged'}")
    if res.server_errors or res.leaks or res.wordless_matches or changed or "Traceback" in err:
        rep.fail(f"hostile API: {res.server_errors[:3]} {res.leaks[:3]} {res.wordless_matches[:3]}")


def run(size: Size, seed: int = 0, work: Path | None = None, only: tuple = ()) -> Report:
    rep = Report()
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-reliability-")) if work is None else Path(work)
    tmp.mkdir(parents=True, exist_ok=True)
    checks = {"hostile": lambda: check_hostile(tmp, size, seed, rep),
              "kills": lambda: check_kills(tmp, size, seed, rep),
              "writers": lambda: check_two_writers(tmp, size, rep),
              "load": lambda: check_load(tmp, size, seed, rep),
              "load-apart": lambda: check_load(tmp, size, seed, rep, ("apart",)),
              "load-live": lambda: check_load(tmp, size, seed, rep, ("live",))}
    try:
        for name, check in checks.items():
            if not only or name in only:
                if name == "writers" and not (tmp / "corpus").exists():
                    hostile.write_corpus(tmp / "corpus", size.corpus)
                check()
    finally:
        if work is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return rep
