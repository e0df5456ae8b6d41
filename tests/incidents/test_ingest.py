"""`eventwire ingest` adds the new events to incidents after storing; a second ingest of the same
files adds nothing, a later one with a follow-up report joins the incident."""

from __future__ import annotations

import subprocess
import sys

import duckdb

import json

REPORTS = [
    {"id": "wire", "source": "Continental Wire", "published": "2024-11-05", "title": "Austria and Hungary leaders meet",
     "text": "Austrian Chancellor Karl Nehammer met Hungarian Prime Minister Viktor Orban in Vienna on Tuesday "
             "to discuss border controls."},
    {"id": "radio", "source": "Alpine Radio", "published": "2024-11-05", "title": "Vienna hosts Orban",
     "text": "Austrian Chancellor Karl Nehammer met Viktor Orban in Vienna on Tuesday, his office said."},
]
# published the next day: "yesterday" is the Tuesday
FOLLOW_UP = {"id": "daily", "source": "Danube Daily", "published": "2024-11-06", "title": "Orban and Nehammer talk",
             "text": "Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer in Vienna yesterday."}


def write(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def ingest(*args):
    return subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--no-progress", "--workers", "1",
                           *map(str, args)], capture_output=True, text=True, check=True)


def meeting(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*), max(n_events) FROM incidents WHERE list_contains(source_countries, "
                           "'HUN') OR list_contains(target_countries, 'HUN')").fetchone()
    finally:
        con.close()


def test_ingest_builds_and_extends_incidents(tmp_path):
    first = write(tmp_path / "day1.jsonl", REPORTS)
    db = tmp_path / "db.duckdb"
    r = ingest(first, "--db", db)
    assert "incidents:" in r.stdout
    assert meeting(db) == (1, 2)
    again = ingest(first, "--db", db)
    assert "(0 events added)" in again.stdout and meeting(db) == (1, 2)
    ingest(write(tmp_path / "day2.jsonl", [FOLLOW_UP]), "--db", db)
    assert meeting(db) == (1, 3)
