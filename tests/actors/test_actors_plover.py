"""The PLOVER GSR actor-recall scorer, on invented records and on the gold file."""

import json

from eventwire.evaluate import plover_actors


def test_scorer_on_invented_records(tmp_path, pipeline):
    records = [
        {"event": "DOCUMENT", "id": "doc"},
        {"id": "r1", "event": "CONSULT", "date": "2013-08-10", "text": "Russian officials met Chinese envoys in Beijing.",
         "source": [{"actorText": "Russian", "code": "RUS"}], "target": [{"actorText": "Chinese", "code": "CHN"}]},
        {"id": "r2", "event": "ACCUSE", "date": "2013-08-10", "text": "Zorgonia accused Japan.",
         "source": [{"actorText": "Zorgonia", "code": "ZRG"}], "target": [{"actorText": "Japan", "code": "JAP"}]},
        {"id": "r3", "event": "ACCUSE", "date": "2013-08-10", "text": "Iran protested.",
         "source": [{"actorText": "Iran", "code": "IRN"}], "target": ""},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = plover_actors.score(path, pipeline=pipeline, parse=False)
    assert (result["n_source"], result["n_target"]) == (3, 2)
    assert abs(result["source_recall"] - 2 / 3) < 1e-9
    assert result["target_recall"] == 1.0  # JAP is CAMEO's older code for JPN
    assert [(m["id"], m["side"], m["gold"]) for m in result["misses"]] == [("r2", "source", ["ZRG"])]
    table = plover_actors.format_table(result)
    assert "r2" in table and "Zorgonia accused Japan." in table


def test_recall_on_the_gold_file(pipeline, shared):
    path = shared("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    result = plover_actors.score(path, pipeline=pipeline, parse=False)
    assert result["n_source"] > 300 and result["n_target"] > 250
    assert result["source_recall"] >= 0.85 and result["target_recall"] >= 0.85, plover_actors.format_table(result)
