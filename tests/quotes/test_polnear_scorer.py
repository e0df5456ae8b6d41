"""The PolNeAR attribution scorer: its matching rules, and (opt-in) the full dev split."""

from __future__ import annotations

import os

import pytest

from eventwire.evaluate import polnear


def test_read_ann_keeps_discontinuous_spans(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 12 20;25 30\txxxxxxxx yyyyy\n"
                   "T4\tAttribution 7 11\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n", encoding="utf-8")
    rel = polnear.read_ann(ann)
    assert rel == [{"content": [(12, 20), (25, 30)], "source": [(0, 6)], "cue": [(7, 11)]}]


def _q(kind, s, e, sp=None, cue=None, text=""):
    span = lambda a, b: {"start": a, "end": b, "text": text[a:b]}  # noqa: E731
    return {"kind": kind, "content": span(s, e), "cue": span(*cue) if cue else None,
            "speaker": {"actor": None, "name": None, "span": span(*sp) if sp else None}}


def test_matching_direct_and_indirect_separately():
    text = 'Lavrov said the talks would resume soon. "We will win this fight," Kerry said.'
    gold = [{"content": [(12, 39)], "source": [(0, 6)], "cue": [(7, 11)]},
            {"content": [(41, 66)], "source": [(67, 72)], "cue": [(73, 77)]}]
    quotes = [_q("indirect", 12, 39, (0, 6), (7, 11), text),
              _q("direct", 42, 64, (67, 72), (73, 77), text),
              _q("indirect", 0, 10, (0, 6), None, text)]  # overlaps no gold content
    counts = {g: dict.fromkeys(("gold", "pred", "match", "exact", "source", "cue", "gold_src",
                                "gold_cue", "pred_src", "pred_cue"), 0) for g in ("direct", "indirect")}
    polnear._score_article(text, gold, quotes, [], counts)
    assert counts["direct"]["match"] == 1 and counts["direct"]["exact"] == 1
    assert counts["direct"]["source"] == 1 and counts["direct"]["cue"] == 1
    assert counts["indirect"]["pred"] == 2 and counts["indirect"]["match"] == 1


@pytest.mark.skipif(not os.environ.get("EVENTWIRE_EVAL"), reason="full PolNeAR run: set EVENTWIRE_EVAL=1")
def test_polnear_dev_targets(shared):
    shared("eval", "polnear", "data", "dev")
    r = polnear.score()
    two, one = r["rules"]["two-sided"], r["rules"]["one-sided"]
    assert two["direct"]["content_overlap"]["f1"] >= 0.85 and two["direct"]["source"]["f1"] >= 0.80
    assert two["indirect"]["content_overlap"]["f1"] >= 0.55 and two["indirect"]["source"]["f1"] >= 0.52
    assert one["indirect"]["content_overlap"]["f1"] >= 0.58 and one["indirect"]["source"]["f1"] >= 0.55


def test_two_sided_rule_refuses_a_span_that_swallows_the_attribution():
    text = '"The mill will close," Ortiz said, adding that two hundred jobs would go by the end of the year.'
    gold = [{"content": [(0, 21)], "source": [(23, 28)], "cue": [(29, 33)]}]  # with its marks, as PolNeAR
    quotes = [_q("direct", 1, len(text) - 1, (23, 28), (29, 33), text)]  # runs on past the cue
    for rule, matched in (("two-sided", 0), ("one-sided", 1)):
        counts = polnear.new_counts()
        polnear._score_article(text, gold, quotes, [], counts, rule)
        assert counts["direct"]["match"] == matched, rule


def test_parts_are_scored_not_the_span_over_the_cue():
    text = '"The mill will close," Ortiz said, "and two hundred jobs will go with it."'
    gold = [{"content": [(0, 21), (34, 74)], "source": [(23, 28)], "cue": [(29, 33)]}]
    q = _q("direct", 1, 73, (23, 28), (29, 33), text)
    q["parts"] = [{"start": 1, "end": 21}, {"start": 35, "end": 73}]
    counts = polnear.new_counts()
    polnear._score_article(text, gold, [q], [], counts)
    assert counts["direct"]["exact"] == 1


def test_nested_partial_quote_is_left_out_of_the_direct_count_only_when_nested():
    text = 'Ortiz said the closure was "a betrayal of the town" and would be fought.'
    host = _q("indirect", 11, 71, (0, 5), (6, 10), text)
    nested = {**_q("partial", 27, 50, (0, 5), (6, 10), text), "part_of": "q1"}
    counts = polnear.new_counts()
    polnear._score_article(text, [], [host, nested], [], counts)
    assert counts["direct"]["pred"] == 0 and counts["indirect"]["pred"] == 1
    counts = polnear.new_counts()
    polnear._score_article(text, [], [host, nested], [], counts, nested=True)
    assert counts["direct"]["pred"] == 1


def test_train_halves_are_fixed_and_disjoint():
    names = [f"outlet_2016-01-{d:02d}_story" for d in range(1, 29)]
    parts = [polnear.train_part(n) for n in names]
    assert set(parts) == {"read", "score"} and parts == [polnear.train_part(n) for n in names]
