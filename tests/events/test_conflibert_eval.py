"""`eventwire evaluate conflibert`: the scorer's own rules (no shared data needed)
and, where ../shared is present, its run."""

from __future__ import annotations

import os

import pytest

from eventwire.evaluate import conflibert


def test_groups_cover_every_root_once():
    roots = [r for g in conflibert.GROUPS.values() for r in g]
    assert sorted(roots) == [f"{i:02d}" for i in range(1, 21)]
    assert conflibert.group_of("19") == "4" and conflibert.group_of("16") == "3"


def test_halves_are_stable_and_both_used():
    texts = [f"sentence number {i}" for i in range(200)]
    halves = [conflibert.half(t) for t in texts]
    assert halves == [conflibert.half(t) for t in texts]
    assert 60 < halves.count("read") < 140


def test_bad_line_names_the_file_and_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("Rebels shelled the town.\t4\nno label here\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:2"):
        conflibert.load_items(p)


def test_scoring_on_own_sentences(tmp_path):
    p = tmp_path / "own.tsv"
    p.write_text("Police arrested forty protesters in the capital.\t4\n"
                 "Russia and Ukraine signed a trade agreement.\t1\n"
                 "The weather was mild all week.\t0\n", encoding="utf-8")
    result = conflibert.score(p)
    judged = result["judged"]
    assert judged[0]["hit"] and not judged[2]["hit"] and judged[2]["none"]
    assert result["all"]["n"] == 3 and "confusion" in result["all"]
    assert "group hit" in conflibert.format_table(result)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("EVENTWIRE_EVAL"), reason="full gold-set runs need EVENTWIRE_EVAL=1")
def test_conflibert_run(shared):
    result = conflibert.score(shared("eval", "conflibert-cameo", "train.tsv"))
    assert result["all"]["n"] == 1349
    # the measured level (README): no silent slide back below it
    assert result["all"]["group_hit"] >= 0.67 and result["all"]["no_event"] <= 0.21
