"""`eventwire ingest`: storage, idempotency, kill-and-resume, bad input, duplicates."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Chile", "Norway"]
VERBS = ["met", "criticized", "praised", "threatened", "accused", "thanked", "visited", "warned"]


WORDS = ("harbour border wheat pipeline election budget drought vaccine railway fishing quota "
         "refugees mining tariff satellite treaty climate rice cotton uranium bridge dam port "
         "airline bank steel oil gas copper ferry tunnel embassy visa students nurses").split()


def article(i: int) -> str:
    import random

    topic = " and ".join(", ".join(random.Random(i).sample(WORDS, 6)).rsplit(", ", 1))
    a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
    if a == b:
        b = COUNTRIES[(i + 5) % 10]
    v = VERBS[i % len(VERBS)]
    return (f"Report number {i} on {a} and {b}\n"
            f"The president of {a} {v} the prime minister of {b} on Tuesday, officials in {a} said "
            f"in statement number {i}.\n"
            f"Talks between the two governments are expected to continue next month in the capital of "
            f"{b}, according to the foreign ministry of {a}, which gave case number {i * 7919}.\n"
            f"The agenda covers {topic}.\n")


def ingest(args, **kw):
    return subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--no-progress", *args],
                          capture_output=True, text=True, **kw)


def counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchone()[0]
        return {
            "articles": q("SELECT count(*) FROM articles"),
            "distinct_articles": q("SELECT count(DISTINCT id) FROM articles"),
            "inputs": q("SELECT count(*) FROM inputs"),
            "sentences": q("SELECT count(*) FROM sentences"),
            "distinct_sentences": q("SELECT count(DISTINCT (article_id, idx)) FROM sentences"),
            "mentions": q("SELECT count(*) FROM mentions"),
            "duplicates": q("SELECT count(*) FROM inputs WHERE status = 'duplicate'"),
        }
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(12):
        (d / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return d


def test_ingest_twice_adds_nothing(corpus, tmp_path):
    db = tmp_path / "x.duckdb"
    r = ingest([str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "4"], check=True)
    first = counts(db)
    assert first["articles"] == 12 and first["inputs"] == 12 and first["sentences"] > 12
    r = ingest([str(corpus), "--db", str(db), "--workers", "1"], check=True)
    assert "12 already stored" in r.stdout
    assert counts(db) == first


def test_killed_ingest_resumes_to_exactly_once(tmp_path):
    d = tmp_path / "big"
    d.mkdir()
    n = 60
    for i in range(n):
        (d / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", "--no-progress", str(d),
                             "--db", str(db), "--workers", "1", "--batch-size", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.time() + 120
    line = proc.stderr.readline()
    while "stored" not in line and time.time() < deadline:
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "ingest ended before the first batch was stored"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(db)
    assert 0 < partial["inputs"] < n, "the kill should land half-way"
    ingest([str(d), "--db", str(db), "--workers", "1"], check=True)
    full = counts(db)
    assert full["inputs"] == n and full["articles"] == n == full["distinct_articles"]
    assert full["sentences"] == full["distinct_sentences"]
    assert full["mentions"] == n


def test_duplicates_stored_once_with_mentions(corpus, tmp_path):
    (corpus / "copy.txt").write_text(article(3), encoding="utf-8")
    (corpus / "near.txt").write_text(article(4).replace("on Tuesday", "on Tuesday morning"), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    ingest([str(corpus), "--db", str(db), "--workers", "1"], check=True)
    c = counts(db)
    assert c["articles"] == 12 and c["duplicates"] == 2 and c["mentions"] == 14
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT m.article_id, i.reason FROM mentions m JOIN inputs i USING (input_id) "
                       "WHERE NOT m.first").fetchall()
    con.close()
    assert all(reason == f"duplicate of {aid}" for aid, reason in rows)


def test_bad_inputs_reported_one_line_each_rest_stored(tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "good.txt").write_text(article(1), encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin1.txt").write_bytes(article(2).replace("officials", "officials – café").encode("latin-1", "replace"))
    (d / "bad.jsonl").write_text(json.dumps({"id": "ok1", "title": "", "text": article(5)}) + "\n{broken\n",
                                 encoding="utf-8")
    (d / "trunc.txt.gz").write_bytes(gzip.compress(article(6).encode())[:-12])
    (d / "nohtml.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    db = tmp_path / "b.duckdb"
    r = ingest([str(d), "--db", str(db), "--workers", "1"])
    assert r.returncode == 0, r.stderr
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "bad.jsonl:2", "trunc.txt.gz", "nohtml.html"):
        assert any(name in l for l in errors), (name, errors)
    assert any("latin1.txt" in l and "UTF-8" in l for l in r.stderr.splitlines())
    assert counts(db)["articles"] >= 3


def test_nothing_processed_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    r = ingest([str(tmp_path / "empty.txt"), "--db", str(tmp_path / "e.duckdb")])
    assert r.returncode != 0
    assert "empty.txt" in r.stderr
