"""Dates stage: each kind of date expression, resolved against the publication date."""

from __future__ import annotations

import re

import pytest

from eventwire.parse import Parser, split_sentences
from eventwire.record import Article, Document
from eventwire.settings import Settings
from eventwire.when import find_times, make_stage, resolve

PUB = "2013-08-10"  # a Saturday


def doc_of(text: str, published: str | None = PUB, parse: bool = False) -> Document:
    paras = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)]
    doc = Document(article=Article(body=text, paragraphs=paras, published=published))
    split_sentences(doc)
    if parse:
        Parser(Settings().model)([doc])
    return doc


def times(text: str, **kw) -> list[tuple[str, str]]:
    return [(t["span"]["text"], t["value"]) for t in find_times(doc_of(text, **kw))]


@pytest.mark.parametrize("sentence,expr,value", [
    ("Lavrov spoke on Friday.", "Friday", "2013-08-09"),
    ("Lavrov spoke Saturday.", "Saturday", "2013-08-10"),
    ("Lavrov spoke on Monday.", "Monday", "2013-08-05"),
    ("They will meet next Friday.", "next Friday", "2013-08-16"),
    ("They will meet on Tuesday.", "Tuesday", "2013-08-13"),
    ("They met last Friday.", "last Friday", "2013-08-09"),
    ("He arrived yesterday.", "yesterday", "2013-08-09"),
    ("He speaks today.", "today", "2013-08-10"),
    ("He leaves tomorrow.", "tomorrow", "2013-08-11"),
    ("They met last week.", "last week", "2013-W31"),
    ("They met this week.", "this week", "2013-W32"),
    ("They meet next week.", "next week", "2013-W33"),
    ("They met on Aug. 9.", "Aug. 9", "2013-08-09"),
    ("They met on August 9, 2013.", "August 9, 2013", "2013-08-09"),
    ("They met on 9 August 2013.", "9 August 2013", "2013-08-09"),
    ("Talks were held in June last year.", "June last year", "2012-06"),
    ("Talks were held in June this year.", "June this year", "2013-06"),
    ("Talks were held in June.", "June", "2013-06"),
    ("Talks were held in October.", "October", "2012-10"),
    ("Talks were held last June.", "last June", "2013-06"),
    ("Talks were held last September.", "last September", "2012-09"),
    ("Prices rose earlier this month.", "earlier this month", "2013-08"),
    ("They meet at the end of the month.", "the end of the month", "2013-08"),
    ("Prices rose last month.", "last month", "2013-07"),
    ("Prices rose last year.", "last year", "2012"),
    ("Prices rose this year.", "this year", "2013"),
    ("Prices rise next year.", "next year", "2014"),
    ("The war began in 2012.", "2012", "2012"),
    ("The war began in March 2012.", "March 2012", "2012-03"),
    ("He left two days ago.", "two days ago", "2013-08-08"),
    ("He left three weeks ago.", "three weeks ago", "2013-W29"),
    ("He left four years ago.", "four years ago", "2009"),
    ("He left recently.", "recently", "PAST_REF"),
    ("He is now in Moscow.", "now", "PRESENT_REF"),
    ("Crops failed last summer.", "last summer", "2012-SU"),
    ("Profits rose in the first quarter.", "the first quarter", "2013-Q1"),
    ("The reforms of the 1990s failed.", "the 1990s", "199"),
    ("It was signed on 2013-08-01.", "2013-08-01", "2013-08-01"),
])
@pytest.mark.parametrize("parse", [False, True])
def test_expression_and_value(sentence, expr, value, parse):
    assert (expr, value) in times(sentence, parse=parse)


def test_may_the_verb_is_not_a_month():
    assert times("Officials may meet again soon.") == []
    assert times("The vote was held in May.") == [("May", "2013-05")]


def test_numbers_are_not_years():
    assert times("The fund holds $2012 million and 1999 people signed.") == [("1999", "1999")]


def test_without_publication_date_only_absolute_dates():
    got = times("They met on Friday, on August 9, 2013, and in 2012.", published=None)
    assert got == [("August 9, 2013", "2013-08-09"), ("2012", "2012")]


def test_stage_covers_unparsed_sentences():
    doc = doc_of("Lavrov spoke on Friday. Kerry spoke on Thursday.")
    make_stage(Settings())(doc)
    assert [t["value"] for t in doc.article.times] == ["2013-08-09", "2013-08-08"]
    assert [t["sentence"] for t in doc.article.times] == [0, 1]
    body = doc.article.body
    assert all(body[t["span"]["start"]:t["span"]["end"]] == t["span"]["text"] for t in doc.article.times)


def test_spacy_date_entity_resolved_by_dateparser():
    # a numeric date the rules leave to the parser's DATE entities and dateparser
    got = times("The accord was signed on 8/1/2013 in Geneva.", parse=True)
    assert ("8/1/2013", "2013-08-01") in got


def test_resolve_one_expression():
    assert resolve("next Friday", PUB) == "2013-08-16"
    assert resolve("June last year", PUB) == "2012-06"
    assert resolve("Friday", PUB) == "2013-08-09"


def test_seed_times(seed_record):
    values = {(t["span"]["text"], t["value"]) for t in seed_record["times"]}
    assert ("Friday", "2013-08-09") in values
    assert ("June last year", "2012-06") in values
    assert ("the end of the month", "2013-08") in values
