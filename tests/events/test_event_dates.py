"""Event dates from the event's own clause (events/dates.py), on sentences of
our own wording, and on TempEval-3's event-time links."""

from __future__ import annotations

import pytest

PUB = "2016-09-15"  # a Thursday


def _events(pipeline, text):
    return pipeline.code(text, published=PUB).events


def _one(pipeline, text, word):
    """The event whose trigger holds ``word``."""
    found = [e for e in _events(pipeline, text) if word in e["trigger"]["text"]]
    assert found, f"no event on {word!r} coded in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, word, value", [
    # a month
    ("The European Union in March imposed sanctions on Belarus.", "imposed", "2016-03"),
    ("Canada expelled two Venezuelan diplomats in February.", "expelled", "2016-02"),
    ("Brazil and Argentina signed a trade agreement in January 2012.", "signed", "2012-01"),
    # a year
    ("Obama's 2012 visit to Myanmar drew crowds.", "visit", "2012"),
    ("In 2014, Kenya accused Somalia of harbouring militants.", "accused", "2014"),
    # a weekday and a day
    ("On Tuesday, France condemned the attack on its embassy.", "condemned", "2016-09-13"),
    ("The Egyptian president met the Jordanian king on Jan. 5.", "met", "2016-01-05"),
    # relative: last week, next month
    ("Last week, Iran accused Saudi Arabia of backing rebels.", "accused", "2016-W36"),
    ("China will host talks with Japan next month.", "host", "2016-10"),
])
def test_governing_date_dates_the_event(pipeline, text, word, value):
    e = _one(pipeline, text, word)
    assert (e["date_value"], e["date_from"]) == (value, "clause")
    assert e["date"] == (value if len(value) == 10 else None)  # a day only when the day is known


@pytest.mark.parametrize("text, word", [
    # near misses: the date belongs to something else in the sentence
    ("The United States imposed sanctions on North Korea after a nuclear test in January.", "imposed"),
    ("Turkey, which invaded Cyprus in 1974, criticized Greece.", "criticized"),
    ("Germany criticized Russia over its 2014 annexation of Crimea.", "criticized"),
    ("Peru has accused Chile of spying since 2009.", "accused"),
])
def test_other_dates_leave_the_publication_date(pipeline, text, word):
    e = _one(pipeline, text, word)
    assert (e["date"], e["date_value"], e["date_from"]) == (PUB, PUB, "publication")


def test_enclosing_verb_dates_the_reported_event(pipeline):
    e = _one(pipeline, "On Monday the ministers said Ghana had condemned the coup.", "condemned")
    assert (e["date_value"], e["date_from"]) == ("2016-09-12", "sentence")


def test_no_publication_date_no_guess(pipeline):
    e = [x for x in pipeline.code("France condemned the attack on its embassy.").events
         if "condemned" in x["trigger"]["text"]][0]
    assert (e["date"], e["date_value"], e["date_from"]) == (None, None, None)


@pytest.mark.slow
def test_tempeval3_event_time_links(shared):
    from eventwire.evaluate import event_dates

    shared("eval", "tempeval3")
    r = event_dates.score()
    print(event_dates.format_table(r))
    for part in ("dev", "test"):  # measured: dev 0.536 / 0.938, test 0.613 / 0.950
        assert r[part]["gold"] > 20
        assert r[part]["recall"] >= 0.5 and r[part]["precision"] >= 0.9
