"""``Article.to_dict`` is ``dataclasses.asdict``: same value, and a copy (not the record's own lists)."""

import collections
import dataclasses

from eventwire.record import Article


def test_to_dict_equals_asdict_on_a_coded_record(pipeline):
    art = pipeline.code("Police arrested two protesters in Lagos on Monday. \u201cWe will appeal,\u201d "
                        "their lawyer, Ada Obi, said.", published="2021-03-01")
    assert art.events and art.quotes
    assert art.to_dict() == dataclasses.asdict(art)


def test_to_dict_is_a_deep_copy():
    art = Article(body="x", events=[{"source": [{"code": "NGA"}], "span": (1, 2)}])
    rec = art.to_dict()
    rec["events"][0]["source"][0]["code"] = "USA"
    rec["events"].append({})
    assert art.events == [{"source": [{"code": "NGA"}], "span": (1, 2)}]
    assert rec["events"][0]["span"] == (1, 2)


def test_to_dict_keeps_unusual_values_as_asdict_does():
    @dataclasses.dataclass
    class Inner:
        n: int

    art = Article(body="x", places=[{"inner": Inner(3), "pair": (Inner(1), "b"), "names": {"x", "y"}}])
    assert art.to_dict() == dataclasses.asdict(art)
    assert art.to_dict()["places"][0]["pair"] == ({"n": 1}, "b")


def test_to_dict_copies_a_mapping_subclass_whole():
    # asdict rebuilds a Counter from its items and so garbles it (Counter({('a', 2): 1}));
    # a record keeps what it holds
    counts = collections.Counter({"a": 2})
    art = Article(body="x", places=[{"counts": counts}])
    out = art.to_dict()["places"][0]["counts"]
    assert out == collections.Counter({"a": 2}) and out is not counts
