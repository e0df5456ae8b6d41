"""Issue 10, item 3 (word sense) and the not-an-event class: a word codes the event of
its entry only in the sense the entry names, told as properties of the entry (``needs:``,
``not_event:``, ``evidence.yaml``).  Every sentence is this file's own wording; each class
has a near miss that must still code."""

from __future__ import annotations

import pytest

from eventwire.events import lexicon

from .conftest import events_of

A = {"Donald Trump": "USAGOV", "Hillary Clinton": "USAELI", "Israel": "ISR", "Hamas": "PSEREB",
     "Russia": "RUS", "Ukraine": "UKR", "the Senate": "USALEG", "Iran": "IRN"}


def run(coded, text):
    return events_of(coded(text, {k: v for k, v in A.items() if k in text}))


def roots(coded, text):
    return {e[0][:2] for e in run(coded, text)}


# -- month names and proper nouns are names, not events --------------------------
def test_month_names_and_proper_nouns_are_no_triggers(coded):
    assert "14" not in roots(coded, "Hamas supporters remembered the March on Washington.")
    assert "14" not in roots(coded, "Donald Trump will speak in Ohio in March.")
    assert "06" not in roots(coded, "Israel praised the Free Trade Agreement with Ukraine.")
    # near miss: the common noun codes
    assert "14" in roots(coded, "Hamas supporters held a march against Israel.")


# -- idioms and particle verbs of another sense -----------------------------------
def test_idioms_of_another_sense_code_nothing(coded):
    assert "05" not in roots(coded, "Donald Trump backed away from his pledge to Israel.")
    assert "01" not in roots(coded, "Hillary Clinton weighed in on the quarrel with Iran.")
    assert "05" not in roots(coded, "The Senate signed up for the summer programme with Israel.")
    assert "02" not in roots(coded, "Donald Trump's answer begs the question.")
    assert "17" not in roots(coded, "Hillary Clinton seized on the photographs from Iran.")
    # near miss: the plain verb keeps its sense
    assert ("051", ["USAGOV"], ["ISR"]) in run(coded, "Donald Trump backed Israel.")


def test_a_particle_follows_its_verb(coded):
    # "In 2008, ... gave" is no "give in"
    assert "08" not in roots(coded, "In 2012, Donald Trump gave Israel $20,000.")
    # near miss: the particle after the verb
    assert "08" in roots(coded, "Hillary Clinton gave in to Donald Trump.")


def test_not_event_entries_win_over_their_head():
    lex = lexicon.load()
    first = [e for e in lex.verbs["weigh"] if lexicon.Entry is type(e)][0]
    assert first.not_event and first.code is None and len(first.words) >= 1
    assert not any(e.not_event for e in lex.verbs["praise"])


# -- the patient a reading needs ------------------------------------------------
def test_a_visit_received_needs_a_visitor(coded):
    assert "04" in roots(coded, "Israel received Donald Trump in Jerusalem.")
    assert "04" not in roots(coded, "Israel received an endorsement from Ukraine.")
    assert "04" not in roots(coded, "Hillary Clinton received secret promises from Iran.")


def test_signing_needs_an_agreement(coded):
    assert ("057", ["RUS"], ["UKR"]) in run(coded, "Russia signed a treaty with Ukraine.")
    assert "05" not in roots(coded, "Hillary Clinton signed an open letter to Israel.")
    assert "05" not in roots(coded, "Israel sealed the tunnels from Hamas.")


def test_giving_aid_needs_goods(coded):
    assert "07" in roots(coded, "Russia supplied weapons to Ukraine.")
    assert "07" not in roots(coded, "Hillary Clinton supplied ample reasons to doubt Iran.")
    assert "07" not in roots(coded, "A poll gave Hillary Clinton a lead over Donald Trump.")


def test_an_inquiry_needs_a_matter_or_an_actor(coded):
    assert "09" in roots(coded, "Israel monitored Hamas for months.")
    assert "09" not in roots(coded, "Hillary Clinton studied for her doctorate in Ukraine.")
    assert "09" not in roots(coded, "Donald Trump inspected a book about Iran.")


def test_charging_and_standing_by_need_an_actor(coded):
    assert roots(coded, "Israel charged Hamas with the bombing.") & {"11", "17"}
    assert "11" not in roots(coded, "Israel has charged more than that for visas.")
    assert "05" not in roots(coded, "Hillary Clinton stood by her accusation against Iran.")
    assert "05" not in roots(coded, "Donald Trump stood by his remarks about Israel.")
    assert "05" in roots(coded, "Russia stood by Iran.")


def test_force_words_in_politics_are_no_coercion(coded):
    assert "17" not in roots(coded, "Donald Trump crushed Hillary Clinton in the primary.")
    assert "17" not in roots(coded, "Donald Trump forced Hillary Clinton to spend more money.")
    assert "17" in roots(coded, "Russia crushed the uprising in Ukraine.")
    assert "18" not in roots(coded, "Hamas hijacked the Twitter account of Israel.")
    assert "18" in roots(coded, "Hamas hijacked a plane from Israel.")


# -- a state of mind alone is no event --------------------------------------------
def test_a_resolve_alone_is_no_event(coded):
    assert run(coded, "Donald Trump was eager to calm the markets.") == []
    assert run(coded, "Hillary Clinton decided who should sing it.") == []
    # near miss: the act it governs is coded
    assert "04" in roots(coded, "Donald Trump is ready to meet Hillary Clinton.") \
        or "03" in roots(coded, "Donald Trump is ready to meet Hillary Clinton.")


# -- a noun needs its doer --------------------------------------------------------
def test_a_noun_codes_only_with_its_doer(coded):
    assert "05" not in roots(coded, "Donald Trump won support from many voters in Ukraine.")
    assert "09" not in roots(coded, "Hillary Clinton faces an investigation over Iran.")
    assert "14" not in roots(coded, "Donald Trump spoke at a campaign rally in Ohio.")
    # near misses: a possessive, a verb of doing
    assert ("090", ["ISR"], ["PSEREB"]) in run(coded, "Israel's investigation of Hamas ended.")
    # (session 18, the lead's decision: under an undergoing verb the subject is the target)
    assert ("090", ["RUS"], ["UKR"]) in run(coded, "Ukraine faces an inquiry by Russia.")
    assert ("0862", ["ISR"], ["PSEREB"]) in run(coded, "Israel carried out an inspection of Hamas sites.")


def test_a_noun_a_frame_governs_needs_no_doer_of_its_own(coded):
    # "called for a ban on X": the appeal is the event; the ban has no doer of its own yet
    assert any(e[0][:2] == "02" and e[2] == ["IRN"] for e in run(coded, "Donald Trump called for a ban on Iran."))


def test_unknown_evidence_kind_is_an_error():
    with pytest.raises(ValueError, match="evidence kind"):
        lexicon.parse_group("verb", {"code": "051", "needs": "wishful", "words": ["praise"]}, "test")
    assert lexicon.parse_group("verb", {"not_event": True, "words": ["weigh in"]}, "test")[0][1].not_event
