"""The TempEval-3 scorer: reading TimeML, and (opt-in) the platinum set."""

from __future__ import annotations

import os

import pytest

from eventwire.evaluate import tempeval3

TML = ('<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
       'functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>\n<TEXT>Prices rose &amp; fell '
       '<TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> for <TIMEX3 tid="t2" '
       'type="DURATION" value="P1M">a month</TIMEX3>.</TEXT></TimeML>')


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path):
    f = tmp_path / "x.tml"
    f.write_text(TML, encoding="utf-8")
    text, dct, timexes = tempeval3.read_tml(f)
    assert dct == "2013-03-22"
    assert "Prices rose & fell Thursday for a month." in text
    assert [(t["text"], t["type"], t["value"]) for t in timexes] == [
        ("March 22, 2013", "DATE", "2013-03-22"), ("Thursday", "DATE", "2013-03-21"), ("a month", "DURATION", "P1M")]


def test_score_on_one_document(tmp_path):
    (tmp_path / "x.tml").write_text(TML, encoding="utf-8")
    r = tempeval3.score(tmp_path, parse=False)
    assert r["value"]["gold"] == 2 and r["value"]["tp"] == 2 and r["value"]["f1"] == 1.0


@pytest.mark.skipif(not os.environ.get("EVENTWIRE_EVAL"), reason="full TempEval-3 run: set EVENTWIRE_EVAL=1")
def test_tempeval3_value_target(shared):
    shared("eval", "tempeval3")
    assert tempeval3.score()["value"]["f1"] >= 0.78
