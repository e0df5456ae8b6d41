"""The seed article's gold events, coded by the real pipeline, and the PLOVER
gold standard scorer (both read ../shared and skip when it is absent)."""

from __future__ import annotations

from eventwire.evaluate import article_gold, plover
from eventwire.record import Article


def test_seed_gold_events_section(seed_record, seed_gold):
    checks = article_gold.check_events(seed_record, seed_gold)
    failed = [(name, detail) for name, ok, detail in checks if not ok]
    assert not failed, failed
    assert len(checks) == len(seed_gold["events"]["required"]) + len(seed_gold["events"]["forbidden"]) + 1


def test_seed_meeting_is_dated_friday_from_the_times(seed_record):
    met = [e for e in seed_record["events"] if e["trigger"]["text"] == "met"]
    assert met and met[0]["date"] == "2013-08-09" and met[0]["cameo_root"] == "04"
    assert any(t["value"] == "2013-08-09" and t["sentence"] == met[0]["sentence"] for t in seed_record["times"])


def test_seed_events_are_fully_filled(seed_record):
    actors = {a["id"] for a in seed_record["actors"]}
    for e in seed_record["events"]:
        assert e["source"] and all(s["actor"] in actors for s in e["source"] + e["target"])
        assert e["cameo"].startswith(e["cameo_root"]) and e["cameo_name"] and e["rule"]
        assert set(e["plover"]) == {"event", "mode", "context"}
        # a day when the day is known; always a TimeML value and where it came from (events/dates.py)
        assert e["date_value"] and e["date_from"] in ("clause", "sentence", "publication")
        assert e["date"] == e["date_value"] or (e["date"] is None and len(e["date_value"]) != 10)
        assert isinstance(e["negated"], bool) and isinstance(e["hypothetical"], bool)


def _art(events, actors):
    return Article(body="x", actors=actors, events=events)


def test_plover_judging_rules():
    actors = [{"id": "a1", "country": "USA", "code": "USAGOV"}, {"id": "a2", "country": "UNO", "code": "IGOUNO"}]
    ev = {"plover": {"event": "REQUEST"}, "source": [{"actor": "a1"}], "target": [{"actor": "a2"}]}
    rec = {"event": "DEMAND", "text": "t", "source": [{"code": "USA"}], "target": [{"code": "IGO"}]}
    j = plover._judge(rec, _art([ev], actors))
    assert j["gold"] == "REQUEST" and j["type_ok"] and j["dyad_ok"] and j["right"] == 1
    rec_wrong_target = dict(rec, target=[{"code": "FRA"}])
    assert not plover._judge(rec_wrong_target, _art([ev], actors))["dyad_ok"]
    no_target = dict(rec, target="diplomatic")  # a junk string is no target
    assert plover.gold_codes(no_target["target"]) == set()
    assert plover._judge(no_target, _art([ev], actors))["dyad_ok"]
    assert not plover._judge(dict(rec, event="FIGHT"), _art([ev], actors))["type_ok"]


def test_plover_score_on_a_few_records(pipeline, shared):
    path = shared("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    result = plover.score(path, pipeline=pipeline, limit=12)
    assert result["records"] == 12
    assert 0.0 <= result["type_accuracy"] <= 1.0 and result["per_type"]["AGREE"]["n"] == 12
    table = plover.format_table(result)
    assert "type accuracy" in table and "AGREE" in table


def test_plover_score_with_gold_actors_diagnostic(pipeline, shared):
    path = shared("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    result = plover.score(path, pipeline=pipeline, limit=6, gold_actors=True)
    assert result["gold_actors"] and result["records"] == 6
    assert result["type_accuracy"] >= 0.5  # the first records are plain "agreed to" sentences
    assert "gold actors" in plover.format_table(result)


def test_actors_at_marks_every_occurrence_once():
    body = "Iran met Iraq. Iran left."
    sents = [{"start": 0, "end": 14}, {"start": 15, "end": 25}]
    actors = plover.actors_at(body, sents, {"Iran": "IRNGOV", "Iraq": "IRQ", "IGO": "IGOUNO"})
    iran = next(a for a in actors if a["name"] == "Iran")
    assert iran["country"] == "IRN" and iran["sectors"] == ["GOV"]
    assert [m["sentence"] for m in iran["mentions"]] == [0, 1]
    assert all(body[m["start"]:m["end"]] == m["text"] for a in actors for m in a["mentions"])
