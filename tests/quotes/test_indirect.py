"""Indirect speech comes only from reporting verbs and phrases with content.

Sentences written for these tests; each group has a near miss.
"""

from __future__ import annotations

import pytest

from .test_quotes import actor, doc_of
from eventwire.quotes import find_quotes


def indirect(text, *actors):
    return [q["content"]["text"] for q in find_quotes(doc_of(text, list(actors))) if q["kind"] == "indirect"]


@pytest.mark.parametrize("text, said", [
    ("The coach said that his team would play without its captain.", "his team would play without its captain"),
    ("The coach told reporters the team would play without its captain.", "the team would play without its captain"),
    ("The team will play without its captain, the coach said on Friday.", "The team will play without its captain"),
    ("The coach warned that the team would play without its captain.", "the team would play without its captain"),
])
def test_reporting_verb_with_a_content_clause(text, said):
    assert indirect(text) == [said]


def test_stance_with_a_content_phrase():
    text = "The union called for an immediate rise in the minimum wage."
    assert indirect(text) == ["for an immediate rise in the minimum wage"]


@pytest.mark.parametrize("text", [
    "The minister dismissed the warning.",
    "Economists questioned the figure.",
    "The opposition repeated its claims.",
    "Officials denied it.",
])
def test_a_noun_that_only_names_speech_is_no_quote(text):
    assert indirect(text) == []


@pytest.mark.parametrize("text, who", [
    ("Russia threatened Moscow's neighbours.", "Moscow's neighbours"),
    ("The general urged Kerry.", "Kerry"),
])
def test_the_one_acted_on_is_no_content(text, who):
    assert indirect(text, actor("a1", "x", text, who)) == []


def test_a_position_taken_on_someone_is_content():
    # near miss: endorsing a candidate reports a stance
    text = "The governor endorsed Maria Lopez for the Senate seat."
    assert indirect(text, actor("a1", "Maria Lopez", text, "Maria Lopez")) != []


def test_a_noun_subject_of_a_non_reporting_verb_is_no_quote():
    # near miss: "the report" names a document; nothing is reported from it here
    assert indirect("The report ran to four hundred pages and cost two million dollars.") == []


@pytest.mark.parametrize("text", [
    "Reporters asked if the mayor would run again next year.",
    "The judge asked whether the witness had read the contract.",
    "Voters wondered why the bridge had still not been repaired.",
])
def test_a_question_put_is_no_quote(text):
    assert indirect(text) == []


def test_asked_to_report_a_clause_is_still_speech():
    # near miss: the speaker's answer after the question is a quote
    text = "Asked about the polls, the senator said he was not worried at all."
    assert indirect(text) == ["he was not worried at all"]


@pytest.mark.parametrize("text", [
    "The mayor expressed his condolences.",
    "The minister voiced her concern.",
    "The governor repeated his position.",
])
def test_a_feeling_named_but_not_said_is_no_quote(text):
    assert indirect(text) == []
