"""Watch mode and serving while ingesting, with real `eventwire` processes."""

import http.client
import json
import signal
import subprocess
import sys
import time

from eventwire.run.hostile import news
from eventwire.run.reliability import free_port, wait_http


def get(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path)
    r = c.getresponse()
    return r.status, json.loads(r.read())


def test_file_dropped_into_watched_folder_appears_in_api_within_the_interval(tmp_path):
    folder, db = tmp_path / "feed", tmp_path / "live.duckdb"
    folder.mkdir()
    (folder / "first.txt").write_text(news(1), encoding="utf-8")
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port),
                          "--watch", str(folder), "--every", "2s"], stderr=subprocess.PIPE, text=True)
    try:
        assert wait_http(port, 180)
        deadline = time.monotonic() + 120
        while get(port, "/api/status")[1]["articles"] < 1 and time.monotonic() < deadline:
            time.sleep(0.5)
        before = get(port, "/api/events?limit=500")[1]["total"]
        assert before >= 1
        (folder / "second.txt").write_text(news(2), encoding="utf-8")
        dropped = time.monotonic()
        while get(port, "/api/articles")[1]["total"] < 2 and time.monotonic() - dropped < 60:
            time.sleep(0.2)
        waited = time.monotonic() - dropped
        status, events = get(port, "/api/events?limit=500")
        assert events["total"] > before
        assert waited < 2 + 1 + 20  # the interval, the settle time, coding one article on a busy machine
        # a reader in another process at the same time: stats works, no traceback
        st = subprocess.run([sys.executable, "-m", "eventwire.cli", "stats", "--db", str(db)],
                            capture_output=True, text=True, timeout=120)
        assert st.returncode == 0 and "articles: 2" in st.stdout, st.stderr
        status, s = get(port, "/api/status")
        assert s["watching"] and s["last_updated"]
    finally:
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
    assert "Traceback" not in err


def test_second_writer_refuses_with_one_line_while_watch_runs(tmp_path):
    folder, db = tmp_path / "feed", tmp_path / "w.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text(news(3), encoding="utf-8")
    w = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "watch", str(folder), "--db", str(db),
                          "--every", "1s"], stderr=subprocess.PIPE, text=True)
    try:
        lock = db.with_name(f".{db.name}.writer")
        deadline = time.monotonic() + 120
        while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.2)
        r = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", "--no-progress", str(folder),
                            "--db", str(db)], capture_output=True, text=True, timeout=120)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert r.returncode == 3
        assert len(lines) == 1 and "is being written by pid" in lines[0] and "watch" in lines[0]
    finally:
        w.send_signal(signal.SIGTERM)
        _, err = w.communicate(timeout=60)
    assert "Traceback" not in err
