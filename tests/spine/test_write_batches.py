"""Queued batches are written one INSERT per table and commit, with the same rows as batch by batch."""

import duckdb
import pyarrow as pa

from eventwire.store.access import Writer, _per_table


def test_parts_of_a_table_are_joined_in_queue_order():
    a = {"inputs": pa.table({"input_key": ["k1", "k2"], "status": ["coded", None]})}
    b = {"inputs": pa.table({"input_key": ["k1"], "status": ["duplicate"]}),
         "removed": pa.table({"text": ["x"]})}
    out = dict(_per_table([a, b]))
    assert out["inputs"].column("input_key").to_pylist() == ["k1", "k2", "k1"]
    assert out["inputs"].column("status").to_pylist() == ["coded", None, "duplicate"]
    assert out["inputs"].column(0).num_chunks == 1 and out["removed"].num_rows == 1


def test_parts_whose_types_differ_stay_apart():
    a = {"times": pa.table({"value": [1]})}
    b = {"times": pa.table({"value": ["2019"]})}
    out = list(_per_table([a, b]))
    assert [t for t, _ in out] == ["times", "times"] and [x.num_rows for _, x in out] == [1, 1]


def test_repeated_key_in_one_commit_keeps_the_first_row(tmp_path):
    db = str(tmp_path / "w.duckdb")
    w = Writer(db, commit_seconds=1e9)
    cols = ["input_key", "input_id", "article_id", "status", "reason"]
    row = lambda key, status: pa.table({c: [v] for c, v in zip(cols, [key, "f.txt", "a1", status, None])})
    w.write_tables([{"inputs": row("k", "coded")}])
    w.write_tables([{"inputs": row("k", "duplicate")}, {"inputs": row("j", "coded")}])
    w.close()
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT input_key, status FROM inputs ORDER BY input_key").fetchall() == \
        [("j", "coded"), ("k", "coded")]
