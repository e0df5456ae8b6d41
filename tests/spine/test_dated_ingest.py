"""A folder of plain-text news whose file names carry their dates: ingest
stores each article with the date of its name and a title, and dates its
events (a copy of a few PolNeAR dev files)."""

from __future__ import annotations

import re
import shutil

import duckdb
from typer.testing import CliRunner

from eventwire.cli import app


def test_dated_file_names_give_dates_titles_and_dated_events(shared, tmp_path):
    src = shared("eval", "polnear", "data", "dev", "text")
    folder = tmp_path / "news"
    folder.mkdir()
    names = sorted(p.name for p in src.glob("*.txt"))[::21]  # four outlets' files, spread over the set
    for n in names:
        shutil.copy(src / n, folder / n)
    db = tmp_path / "dev.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT input_id, published, published_from, title FROM articles").fetchall()
    assert len(rows) == len(names)
    for input_id, published, source, title in rows:
        day = re.search(r"_(\d{4}-\d{2}-\d{2})_", input_id).group(1)
        assert (published.isoformat(), source) == (day, "filename")
        assert title and not re.search(r"[.;,:]$", title), title
    n, dated, by = con.execute("SELECT count(*), count(date_value), list(DISTINCT date_from) FROM events").fetchone()
    assert n > 0 and dated / n >= 0.99
    assert set(by) <= {"clause", "sentence", "publication"}
