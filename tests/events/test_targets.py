"""Targets that are not the verb's plain object (hand-given actors, events coder alone)."""

from __future__ import annotations

from .conftest import events_of


def test_an_event_object_names_its_organisers(coded):
    actors = {"Turkish police": "TURCOP", "students": "TUREDU", "Egyptian police": "EGYCOP",
              "the opposition": "EGYOPP"}
    doc = coded("Turkish police prevented the demonstration staged by students in Sivas.",
                {k: v for k, v in actors.items() if k in ("Turkish police", "students")})
    assert [t for _c, _s, t in events_of(doc)] == [["TUREDU"]], events_of(doc)
    doc = coded("Egyptian police broke up a protest organised by the opposition.",
                {k: v for k, v in actors.items() if k in ("Egyptian police", "the opposition")})
    assert [t for _c, _s, t in events_of(doc)] == [["EGYOPP"]], events_of(doc)


def test_against_one_phrase_deeper(coded):
    doc = coded("Britain mobilized army reservists for a possible war against Iraq.",
                {"Britain": "GBR", "Iraq": "IRQ"})
    assert [t for _c, _s, t in events_of(doc)] == [["IRQ"]], events_of(doc)
