"""Indirect speech, session 18: noun cues, documents as sources, content in
two parts around its attribution, where the content ends.

Sentences written for these tests; each group has a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from .test_quotes import doc_of
from eventwire.quotes import find_quotes


def reported(text):
    return [q for q in find_quotes(doc_of(text)) if q["kind"] == "indirect"]


def said(text):
    return [q["content"]["text"] for q in reported(text)]


@pytest.mark.parametrize("text, content, source", [
    ("Ruiz's claim that the bridge was unsafe alarmed the council.", "the bridge was unsafe", "Ruiz"),
    ("Her argument that the tariff would hurt farmers won few votes.", "the tariff would hurt farmers", "Her"),
    ("A Gazette report that the mayor would resign was denied on Tuesday.", "the mayor would resign", "Gazette"),
])
def test_a_speech_noun_with_a_source_reports_its_that_clause(text, content, source):
    q, = reported(text)
    assert q["content"]["text"] == content and q["speaker"]["span"]["text"] == source


@pytest.mark.parametrize("text", [
    "The claim that he made on Monday was false.",  # a relative clause, not a content clause
    "The report that she wrote last year lies on the desk.",
    "The warning came too late for the harbour towns.",  # a noun with no clause
    "The fact that the mayor resigned surprised nobody.",  # no noun of speech
])
def test_a_speech_noun_without_a_content_clause_or_source_is_no_quote(text):
    assert said(text) == []


@pytest.mark.parametrize("text, content", [
    ("The latest poll shows the senator ahead by four points.", "the senator ahead by four points"),
    ("A survey of farmers found deep anger over the new rules.", "deep anger over the new rules"),
    ("The audit revealed large gaps in the hospital accounts.", "large gaps in the hospital accounts"),
])
def test_a_document_states_its_finding_in_the_object(text, content):
    q, = reported(text)
    assert q["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The senator showed the letter to the reporters.",  # a person shows a thing: no finding
    "Police found a car near the border.",
])
def test_a_person_showing_or_finding_a_thing_is_no_quote(text):
    assert said(text) == []


@pytest.mark.parametrize("text, parts", [
    ("Wages rose 3 percent last year, the agency said in a report, and prices rose 2 percent.",
     ["Wages rose 3 percent last year", "prices rose 2 percent"]),
    ("The top tenth paid half the tax, according to the budget office, and the bottom half paid little.",
     ["The top tenth paid half the tax", "the bottom half paid little"]),
    ("Exports fell sharply in May, the ministry said, but imports held steady.",
     ["Exports fell sharply in May", "imports held steady"]),
])
def test_content_in_two_parts_around_its_attribution(text, parts):
    q, = reported(text)
    assert [p["text"] for p in q["parts"]] == parts


@pytest.mark.parametrize("text, content", [
    ("Exports fell sharply in May, the ministry said.", "Exports fell sharply in May"),
    ("According to the ministry, exports fell sharply in May.", "exports fell sharply in May"),
])
def test_an_attribution_at_one_end_leaves_one_part(text, content):
    q, = reported(text)
    assert q["content"]["text"] == content and "parts" not in q


@pytest.mark.parametrize("text, content", [
    ("Graham acknowledged the reality of climate change, which makes him an outlier in his party.",
     "the reality of climate change"),
    ("Critics say the money would be better spent on the alliance, a body of thirty states.",
     "the money would be better spent on the alliance"),
    ("The mayor said the budget would be cut, which angered the unions.", "the budget would be cut"),
])
def test_a_trailing_comment_of_the_writer_is_no_part_of_the_content(text, content):
    assert said(text) == [content]


def test_a_relative_clause_inside_the_content_stays():
    assert said("The mayor said the plan, which cost millions, had failed.") == [
        "the plan, which cost millions, had failed"]


@pytest.mark.parametrize("text, content", [
    ("She wants to double the grant, widen the program and open a new office.",
     "to double the grant, widen the program and open a new office"),
    ("The governor promised to repair the roads and rebuild the schools.",
     "to repair the roads and rebuild the schools"),
])
def test_conjoined_infinitives_are_one_content(text, content):
    assert said(text) == [content]


def test_a_finite_verb_after_the_infinitive_is_not_its_conjunct():
    got = said("She wants to double the grant and visits the office every week.")
    assert got == ["to double the grant"]


@pytest.mark.parametrize("text, speaker", [
    ("Monday in Denver, after a long rally for the party, former governor Ann Mills said the tax would hurt farmers.",
     "former governor Ann Mills"),
    ("Friday at the party's spring convention Sen. Tom Reyes (D-NM) said the budget had failed the poor.",
     "Sen. Tom Reyes"),
    ("Late on Sunday in Lyon the mayor Paul Girard said the strike would end soon.", "the mayor Paul Girard"),
])
def test_the_name_right_before_a_subjectless_cue_is_the_speaker(text, speaker):
    q, = reported(text)
    assert speaker in q["speaker"]["span"]["text"] or q["speaker"]["span"]["text"] in speaker


def test_no_name_before_the_cue_leaves_no_invented_speaker():
    # a common noun before the verb is no name to borrow
    got = reported("Late on Sunday in the old harbour district said to be unsafe, the strike ended.")
    assert got == []


@pytest.mark.parametrize("text", [
    "The spokeswoman said that, “Of course the mayor will defend himself” against the charges.",
    "The aide said that, “We never saw the letter” before the vote.",
    "Her office said that, “No decision has been made” on the budget.",
])
def test_a_quotation_opening_the_reported_clause_is_partial(text):
    qs = find_quotes(doc_of(text))
    assert {q["kind"] for q in qs} == {"indirect", "partial"}


def test_a_quotation_after_said_and_a_comma_stays_direct():
    qs = find_quotes(doc_of("The spokeswoman said, “Of course the mayor will defend himself.”"))
    assert [q["kind"] for q in qs] == ["direct"]


@pytest.mark.parametrize("text, content", [
    ("He said he was encouraged by the plan — a modest gain for the mayor since 2019.",
     "he was encouraged by the plan"),
    ("She said the rebels had been misled by advisers — and she named the chief adviser.",
     "the rebels had been misled by advisers"),
    ("The coach said his side had been beaten by the weather — a poor excuse to many fans.",
     "his side had been beaten by the weather"),
])
def test_a_remark_after_a_single_dash_is_no_part_of_the_content(text, content):
    assert said(text) == [content]


def test_a_pair_of_dashes_inside_the_content_stays():
    assert said("He said the plan — his third this year — would pass.") == [
        "the plan — his third this year — would pass"]
