"""Hostile values reach neither a traceback nor the wrong answer (no model, no server process)."""

import datetime as dt

import pytest

from eventwire.clean import _valid_date
from eventwire.read.jsonl import raw_from_dict
from eventwire.store import batch_tables
from eventwire.store.queries import BadQuery, EventFilter, no_words


@pytest.mark.parametrize("value", ["0000-00-00", "2013-02-30", "9999-99-99", "2023-13-01"])
def test_impossible_published_dates_are_dropped_with_a_warning(value):
    raw = raw_from_dict({"id": "x", "text": "Some text here.", "published": value}, "f.jsonl:1")
    assert raw.published is None and any("no calendar date" in w for w in raw.warnings)
    assert _valid_date(value) is None


def test_a_real_leap_day_is_kept():
    assert raw_from_dict({"text": "Some text.", "published": "2024-02-29"}, "w").published == "2024-02-29"
    assert _valid_date("2024-02-29") == "2024-02-29"


def test_lone_surrogates_are_replaced_and_named():
    raw = raw_from_dict({"id": "a\udfff", "text": "Word \ud800 word.", "title": "ok"}, "f.jsonl:2")
    assert "\ufffd" in raw.text and raw.input_id == "a\ufffd"
    assert any("surrogate" in w and "id" in w and "text" in w for w in raw.warnings)
    raw.text.encode("utf-8")  # would raise on a lone surrogate


def test_paired_surrogates_written_as_escapes_are_a_real_character():
    import json

    d = json.loads('{"text": "smile \\ud83d\\ude00 here"}')
    raw = raw_from_dict(d, "w")
    assert "\U0001F600" in raw.text and not raw.warnings


def test_a_bad_mention_date_cannot_stop_a_batch():
    t = batch_tables([], mentions=[{"article_id": "a", "published": "2013-02-30"},
                                   {"article_id": "b", "published": "2013-02-28"}])
    assert t["mentions"].column("published").to_pylist() == [None, dt.date(2013, 2, 28)]


@pytest.mark.parametrize("q", ["'", "\\", "--", "'--", "%"])
def test_a_search_without_words_matches_nothing(q):
    assert no_words(q) == ["FALSE"]
    assert EventFilter.parse(q=q).where()[0].endswith("FALSE")


@pytest.mark.parametrize("q", [None, "", "   ", "minister", "o'brien"])
def test_a_search_with_words_or_none_is_not_emptied(q):
    assert no_words(q) == []


def test_too_many_filter_values_are_a_bad_query_not_a_server_error():
    EventFilter.parse(source=",".join(["RUS"] * 50))
    with pytest.raises(BadQuery, match="at most 50"):
        EventFilter.parse(source=",".join(["RUS"] * 51))
