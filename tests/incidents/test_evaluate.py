"""`eventwire evaluate incidents`: the B-cubed scorer on worked examples, the split, and the whole
development set coded by the pipeline (the README's figure)."""

from __future__ import annotations

import pytest

from eventwire.evaluate import incidents as ev


def test_bcubed_worked_examples():
    gold = {"a": "X", "b": "X", "c": "Y", "d": "Y"}
    items = sorted(gold)
    perfect = ev.bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, gold, items)
    assert perfect["f1"] == 1.0 and perfect["incidents"] == 2
    lumped = ev.bcubed({k: 1 for k in gold}, gold, items)  # everything one incident
    assert lumped["precision"] == 0.5 and lumped["recall"] == 1.0
    split = ev.bcubed({k: k for k in gold}, gold, items)  # every report its own incident
    assert split["precision"] == 1.0 and split["recall"] == 0.5
    assert round(split["f1"], 4) == round(2 * 0.5 / 1.5, 4)


def test_split_keeps_each_incident_in_one_part():
    labels = {lab for a in ev.load_devset() for _, lab in a["gold"]}
    parts = {lab: ev.part(lab) for lab in labels}
    assert set(parts.values()) == {"tune", "test"}
    assert all(ev.part(lab) == p for lab, p in parts.items())  # seeded: the same every run


def test_gold_cues_are_in_their_articles():
    for a in ev.load_devset():
        text = a["title"] + "\n\n" + a["body"]
        for cue, _ in a["gold"]:
            assert cue in text, (a["id"], cue)


@pytest.mark.slow
def test_devset_bcubed_f1(pipeline):
    res = ev.score(pipeline)
    assert res["all"]["events"] >= 40 and res["missed_cues"] <= 5
    for part in ("tune", "test"):
        assert res[part]["f1"] >= 0.85, ev.format_table(res)
    assert res["all"]["ratio"] > 1.5  # reports per incident: grouping happened
