"""An event with no doer (empty ``source``) goes through every consumer: the store,
the GDELT export (blank Actor1), the PLOVER export (null actor), CSV."""

from __future__ import annotations

import csv
import json

import pytest

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.export import export


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    rec = Pipeline(Settings()).code("Dozens of students were detained outside the university.",
                                    published="2024-03-04").to_dict()
    assert rec["events"] and rec["events"][0]["source"] == []
    path = tmp_path_factory.mktemp("unnamed") / "t.duckdb"
    with Store(path) as store:
        store.write([rec], mentions=[{"article_id": rec["id"], "input_id": "x", "url": None, "source": None,
                                      "published": rec["published"], "first": True, "similarity": 1.0}])
    return path


def test_gdelt_actor1_is_blank(db, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(db, "gdelt", out) == 1
    row = out.read_text(encoding="utf-8").rstrip("\n").split("\t")
    assert row[5] == "" and row[6] == ""  # Actor1Code, Actor1Name


def test_plover_actor_is_null(db, tmp_path):
    out = tmp_path / "e.jsonl"
    export(db, "plover", out)
    rec = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert rec["actor"] is None and rec["event"] == ["COERCE"]


def test_csv_source_is_empty(db, tmp_path):
    out = tmp_path / "e.csv"
    export(db, "csv", out)
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["source_codes"] == "" and row["cameo"] == "173"
