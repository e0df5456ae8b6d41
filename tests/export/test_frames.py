"""eventwire.open(db): the database as pandas DataFrames with actor names and codes joined."""

from __future__ import annotations


import duckdb
import pytest

import eventwire
from tests.web.records import GENEVA, MALI, TALKS, store_records


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("frames") / "f.duckdb"
    store_records(path)
    return path


def test_events_frame_joins_names_codes_sentence_and_place(db_path):
    with eventwire.open(db_path) as db:
        ev = db.events
    assert len(ev) == 6
    met = ev[(ev.article_id == GENEVA["id"]) & (ev.event_id == "e1")].iloc[0]
    assert met.cameo == "040" and met.source_code == "RUSGOV" and met.target_code == "USAGOV"
    assert list(met.source_names) == ["Sergei Lavrov"] and list(met.target_names) == ["John Kerry"]
    assert "met" in met.sentence_text and met.title == GENEVA["title"]
    # the event's own date, else the publication date
    assert str(met.day)[:10] == "2013-08-09"
    wants = ev[(ev.article_id == GENEVA["id"]) & (ev.event_id == "e2")].iloc[0]
    assert str(wants.day)[:10] == GENEVA["published"]
    # a compound source stays together, names in the order of the codes
    agreed = ev[ev.article_id == TALKS["id"]].iloc[0]
    assert agreed.source_code == "RUS+USA" and list(agreed.source_names) == ["Russia", "United States"]
    assert ev[ev.article_id == MALI["id"]].quad_class.tolist() == [4, 3]


def test_actors_quotes_articles_frames(db_path):
    db = eventwire.open(db_path)
    try:
        actors = db.actors
        lav = actors[(actors.article_id == GENEVA["id"]) & (actors.actor_id == "a1")].iloc[0]
        assert lav["name"] == "Sergei Lavrov" and lav.code == "RUSGOV" and lav.mentions == 2
        q = db.quotes
        assert q.speaker_name.tolist() == ["Sergei Lavrov"] and q.content.tolist() == ["as soon as possible"]
        arts = db.articles
        assert sorted(arts.id) == sorted(r["id"] for r in (GENEVA, MALI, TALKS))
        assert "record" not in arts.columns and "title" in arts.columns
        assert db.record(GENEVA["id"])["events"][0]["cameo"] == "040"
        assert db.record("nope") is None
        n = db.sql("SELECT count(*) AS n FROM events WHERE cameo_root = ?", ["19"]).n.iloc[0]
        assert n == 1
        assert {"events", "actors", "quotes", "articles"} <= set(db.tables())
    finally:
        db.close()


def test_read_only_and_missing_file(db_path, tmp_path):
    with eventwire.open(db_path) as db:
        with pytest.raises(duckdb.Error):
            db.sql("DELETE FROM events")
    with pytest.raises(FileNotFoundError, match="no such database"):
        eventwire.open(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()
