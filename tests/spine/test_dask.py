"""A Dask run (LocalCluster, 2 worker processes) stores exactly what a
single-process run stores."""

import duckdb

from eventwire.run.dask import DaskIngest
from eventwire.run.local import Ingest

from .test_ingest import article


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT id, status, record FROM articles ORDER BY id").fetchall(),
            "inputs": con.execute("SELECT * FROM inputs ORDER BY input_key").fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY input_id").fetchall(),
            "events": con.execute("SELECT count(*) FROM events").fetchall(),
            "sentences": con.execute("SELECT * FROM sentences ORDER BY article_id, idx").fetchall(),
        }
    finally:
        con.close()


def test_dask_local_cluster_equals_single_process(tmp_path, shared):  # noqa: D103
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(40):
        (d / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    (d / "copy.txt").write_text(article(7), encoding="utf-8")
    (d / "seed.txt").write_text(shared("seed", "lavrov-syria-talks.txt").read_text(encoding="utf-8"),
                                encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    messages = []
    single = Ingest(str(tmp_path / "one.duckdb"), workers=1, batch_size=8, on_message=messages.append)
    s1 = single.run([str(d)])
    dask = DaskIngest(str(tmp_path / "dask.duckdb"), workers=2, batch_size=8, on_message=messages.append)
    s2 = dask.run([str(d)])
    assert s1.coded == s2.coded == 41 and s1.duplicates == s2.duplicates == 1
    assert s1.errors == s2.errors == 1
    a, b = snapshot(tmp_path / "one.duckdb"), snapshot(tmp_path / "dask.duckdb")
    assert a == b
    assert len(a["articles"]) == 41
