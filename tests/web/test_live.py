"""serve --watch's one connection (store/live.py): readers see whole commits through snapshot cursors,
the file is opened once across commits, and other processes' readers still get in."""

from __future__ import annotations

import copy
import threading

import pytest
from fastapi.testclient import TestClient

from eventwire.store import batch_tables
from eventwire.store.access import Writer, reading
from eventwire.store.live import LiveFile
from eventwire.web.app import create_app

from .records import RECORDS

BATCH = 3  # articles per commit


def batch(n: int) -> dict:
    """Commit number n: BATCH new articles (copies of the hand-written records), each with its ledger row."""
    recs = []
    for k, rec in enumerate(RECORDS[:BATCH]):
        r = copy.deepcopy(rec)
        r["id"] = f"b{n}-{k}"
        r["input_id"] = f"in-{n}-{k}"
        recs.append(r)
    inputs = [{"input_key": f"key-{r['id']}", "input_id": r["input_id"], "article_id": r["id"],
               "status": "coded", "reason": None} for r in recs]
    return batch_tables(recs, inputs)


@pytest.fixture
def live(tmp_path):
    lf = LiveFile(tmp_path / "live.duckdb")
    writer = Writer(lf.db, live=lf, commit_seconds=3600)
    yield lf, writer
    writer.close()
    lf.close()


def commit(writer: Writer, n: int) -> None:
    writer.write_tables([batch(n)])
    writer.commit()


def counts(cur) -> tuple[int, int, int]:
    a = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
    i = cur.execute("SELECT count(*) FROM inputs").fetchone()[0]
    e = cur.execute("SELECT count(*) FROM events").fetchone()[0]
    return a, i, e


def test_a_reader_keeps_its_snapshot_across_a_commit_and_the_next_reader_sees_it(live):
    lf, writer = live
    commit(writer, 0)
    cur = lf.open_cursor()
    before = counts(cur)
    commit(writer, 1)
    assert counts(cur) == before  # the same request: the database as of its first query
    lf.close_cursor(cur)
    cur = lf.open_cursor()
    assert counts(cur)[0] == before[0] + BATCH
    lf.close_cursor(cur)


def test_readers_during_commits_see_whole_batches_never_half(live):
    lf, writer = live
    events_per_batch = sum(len(r.get("events") or []) for r in RECORDS[:BATCH])
    assert events_per_batch > 0
    seen, stop, errors = [], threading.Event(), []

    def read():
        try:
            while not stop.is_set():
                cur = lf.open_cursor()
                try:
                    seen.append(counts(cur))
                finally:
                    lf.close_cursor(cur)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    for n in range(12):
        commit(writer, n)
    stop.set()
    for t in readers:
        t.join()
    assert not errors
    assert len(seen) > 3
    for articles, inputs, events in seen:
        k = articles // BATCH
        assert articles == k * BATCH and inputs == articles and events == k * events_per_batch
    assert lf.opened == 1  # never reopened for a commit


def test_the_served_app_keeps_one_connection_and_shows_each_commit(live):
    lf, writer = live
    commit(writer, 0)
    client = TestClient(create_app(lf.db, live=lf))
    totals = []
    for n in range(1, 4):
        first = client.get("/api/articles")
        again = client.get("/api/articles")  # kept answer (same commit)
        assert first.status_code == again.status_code == 200 and first.json() == again.json()
        totals.append(first.json()["total"])
        commit(writer, n)
    assert client.get("/api/articles").json()["total"] == 4 * BATCH  # not the kept answer of before
    assert totals == [BATCH, 2 * BATCH, 3 * BATCH]
    assert lf.opened == 1 and lf.lent == 0


def test_a_request_cannot_write_through_the_live_connection(live):
    lf, _ = live
    cur = lf.open_cursor()
    try:
        with pytest.raises(Exception, match="read-only"):
            cur.execute("DELETE FROM articles")
    finally:
        lf.close_cursor(cur)


def test_another_process_reader_gets_the_file_and_the_server_takes_it_back(live):
    lf, writer = live
    commit(writer, 0)
    client = TestClient(create_app(lf.db, live=lf))
    with reading(lf.db, timeout=20) as con:  # as `eventwire stats` from another process
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == BATCH
    commit(writer, 1)  # waits until the file is back
    assert client.get("/api/articles").json()["total"] == 2 * BATCH
    assert lf.lent == 1 and lf.opened == 2


def test_answers_say_where_their_time_went(live):
    from eventwire.run.probe import parse_timing

    lf, writer = live
    commit(writer, 0)
    client = TestClient(create_app(lf.db, live=lf))
    r = client.get("/api/events?limit=5")
    spent = parse_timing(r.headers["server-timing"])
    assert {"app", "wait", "work", "query"} <= set(spent)
    assert spent["app"] >= spent["work"] >= spent["query"] >= 0
    kept = parse_timing(client.get("/api/events?limit=5").headers["server-timing"])
    assert set(kept) == {"app", "kept"}  # the kept answer: no cursor, no query
