"""Watch mode groups the events it stores into incidents, as ingest does (a real `eventwire watch`)."""

import json
import signal
import subprocess
import sys
import time

from eventwire.run.hostile import news
from eventwire.store.access import reading

ELIGIBLE = ("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE NOT e.negated AND NOT "
            "e.hypothetical AND COALESCE(e.date, a.published) IS NOT NULL")
UNGROUPED = ELIGIBLE + (" AND NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.article_id = e.article_id "
                        "AND ie.event_id = e.event_id)")


def _drop(folder, name, ids):
    lines = [json.dumps({"id": f"{name}-{i}", "text": news(i), "published": "2024-03-0%d" % (1 + i % 5)})
             for i in ids]
    (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _counts(db):
    with reading(db) as con:
        return (con.execute("SELECT count(*) FROM inputs").fetchone()[0], con.execute(ELIGIBLE).fetchone()[0],
                con.execute(UNGROUPED).fetchone()[0], con.execute("SELECT count(*) FROM incidents").fetchone()[0])


def _wait(db, inputs, timeout=240):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                got = _counts(db)
            except Exception:  # noqa: BLE001 - not created yet
                got = None
            if got and got[0] >= inputs and got[2] == 0:
                return got
        time.sleep(0.5)
    return _counts(db)


def _watch(folder, db, *extra):
    return subprocess.Popen([sys.executable, "-m", "eventwire.cli", "watch", str(folder), "--db", str(db),
                             "--every", "1s", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stop(p):
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=120)
    assert "Traceback" not in err, err
    return err


def test_watch_groups_new_events_into_incidents_and_a_restart_groups_what_was_left(tmp_path):
    folder, db = tmp_path / "feed", tmp_path / "live.duckdb"
    folder.mkdir()
    _drop(folder, "first", range(3))
    p = _watch(folder, db, "--no-incidents")
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not (db.exists() and _counts(db)[0] >= 3):
            time.sleep(0.5)
    finally:
        _stop(p)
    inputs, eligible, ungrouped, incidents = _counts(db)
    assert inputs == 3 and eligible > 0 and ungrouped == eligible and incidents == 0  # the near miss
    p = _watch(folder, db)  # as after a kill between a commit and its grouping: the first look groups
    try:
        inputs, eligible, ungrouped, incidents = _wait(db, 3)
        assert ungrouped == 0 and incidents > 0
        _drop(folder, "second", range(3, 6))  # a file arriving while watch runs
        inputs2, eligible2, ungrouped2, incidents2 = _wait(db, 6)
        assert inputs2 == 6 and eligible2 > eligible and ungrouped2 == 0 and incidents2 > incidents
    finally:
        err = _stop(p)
    assert "incidents:" in err  # the look's line says what grouping did
