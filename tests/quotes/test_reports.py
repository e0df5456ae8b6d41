"""Where a reported clause ends, beliefs reported as such, titles after a word for a work.

Sentences written for these tests; each group has a near miss.
"""

from __future__ import annotations

import pytest

from .test_quotes import doc_of
from eventwire.quotes import find_quotes


def quotes(text):
    return [(q["kind"], q["report"], q["content"]["text"]) for q in find_quotes(doc_of(text, []))]


def indirect(text):
    return [c for k, _, c in quotes(text) if k == "indirect"]


# -- the speaker's next report ends the clause ---------------------------------

@pytest.mark.parametrize("text, first", [
    ("Jo Pike said he would sell the docks and warned that prices would rise.", "he would sell the docks"),
    ("Jo Pike said the docks would be sold, arguing that the city needed the money.",
     "the docks would be sold"),
    ("The mayor said the ferry would stop in May and added that buses would replace it.",
     "the ferry would stop in May"),
])
def test_a_second_report_by_the_speaker_is_cut_off(text, first):
    assert indirect(text)[0] == first


def test_a_conjoined_verb_of_the_reported_clause_stays():
    # near miss: "and closed" is no speech verb; it belongs to what was said
    text = "Jo Pike said the city would sell the docks and close the ferry."
    assert indirect(text) == ["the city would sell the docks and close the ferry"]


# -- beliefs: a position held, reported as "belief" ----------------------------

@pytest.mark.parametrize("text, content", [
    ("Jo Pike knows that the docks will be sold before winter.", "the docks will be sold before winter"),
    ("Jo Pike hopes that the ferry will run again by the spring.", "the ferry will run again by the spring"),
    ("The harbour board expects that fares will double next year.", "fares will double next year"),
])
def test_a_belief_verb_with_a_clause_is_a_belief_report(text, content):
    assert ("indirect", "belief", content) in quotes(text)


def test_a_speech_verb_stays_speech():
    # near miss: "said" reports speech, not a belief
    assert quotes("The mayor said the ferry would run again by the spring.") == \
        [("indirect", "speech", "the ferry would run again by the spring")]


# -- titles after a word for a work ------------------------------------------

@pytest.mark.parametrize("text", [
    'The station aired the interview on its weekly podcast, "So, We Meet Again."',
    'The mayor read a page from his memoir, "The Harbour Years: A Family Saga."',
    'Critics panned the documentary "Tide and Stone, Part Two" when it opened.',
])
def test_a_title_after_a_word_for_a_work_is_no_quote(text):
    assert [k for k, _, _ in quotes(text) if k in ("direct", "partial")] == []


def test_a_sentence_in_marks_after_a_work_word_is_a_quote():
    # near miss: a quotation in sentence case after "podcast," is what was said
    text = 'The mayor told the podcast, "We will sell the docks next year."'
    assert [k for k, _, _ in quotes(text)] == ["direct"]
