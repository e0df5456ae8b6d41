"""Issue 10, items 1, 3 and 7: events with no named doer, material evidence as a
property of dictionary entries, and triggers found on their surface forms.
Sentences are this project's own wording."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

from .conftest import events_of

A = {"Donald Trump": "USAGOV", "Hillary Clinton": "USA", "Israel": "ISR", "Hamas": "PSEREB",
     "Russia": "RUS", "Ukraine": "UKR", "the Senate": "USALEG"}


def run(coded, text):
    return events_of(coded(text, {k: v for k, v in A.items() if k in text}))


# -- item 1: no doer named ----------------------------------------------------
def test_force_with_an_untold_doer_has_an_empty_source(coded):
    assert [(e[0][:2], e[1]) for e in run(coded, "A roadside bomb killed four soldiers near the border.")] \
        in ([("18", [])], [("19", [])])
    assert [e[:2] for e in run(coded, "Dozens of students were detained outside the ministry.")] == [("173", [])]
    assert [e[:2] for e in run(coded, "The convoy was ambushed on the main road.")] == [("190", [])]


def test_natural_harm_is_no_event(coded):
    assert run(coded, "Three villagers were killed when the flood swept the valley.") == []
    assert run(coded, "Two passengers were injured in a crash on the motorway.") == []
    assert run(coded, "Eleven miners died after the earthquake.") == []


def test_a_doer_told_but_unknown_is_not_unnamed(coded):
    # near miss: the subject is there, it is just no actor; nothing is invented for it
    assert run(coded, "A local club claims to be building rockets.") == []


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings())


def _actors(pipe, text):
    return {a["code"]: a for a in pipe.code(text).to_dict()["actors"]}


def test_generic_doers_are_unidentified_actors(pipe):
    rec = pipe.code("Unidentified attackers stormed a checkpoint and seized two rifles.").to_dict()
    uaf = [a for a in rec["actors"] if a["code"] == "UAF"]
    assert uaf and uaf[0]["unidentified"] is True and uaf[0]["country"] is None
    assert any(e["source"] and e["source"][0]["actor"] == uaf[0]["id"] for e in rec["events"])
    police = _actors(pipe, "Police fired tear gas at the crowd.")
    assert police["COP"]["unidentified"] is True


def test_generic_doers_take_a_country_from_context(pipe):
    actors = _actors(pipe, "Masked gunmen opened fire on a bus in northern Nigeria.")
    assert "NGAUAF" in actors and actors["NGAUAF"]["unidentified"] and actors["NGAUAF"]["country_inferred"]


def test_named_actors_are_not_unidentified(pipe):
    actors = _actors(pipe, "Russia and Ukraine signed a grain deal.")
    assert actors and all(a["unidentified"] is False for a in actors.values())
    # near miss: a demonym names the group ("Palestinian suicide bombers"), not an unidentified doer
    assert "UAF" not in _actors(pipe, "Two Kenyan suicide bombers struck a market.")


# -- item 3: material evidence ------------------------------------------------
def test_violence_words_aimed_at_people_in_talk_are_verbal(coded):
    assert run(coded, "Donald Trump attacked Hillary Clinton on Tuesday.") == [("111", ["USAGOV"], ["USA"])]
    assert run(coded, "Donald Trump kept pounding Hillary Clinton.")[0][0] == "111"
    assert run(coded, "The Senate killed the bill.") == []
    assert run(coded, "Donald Trump flawlessly executed it.") == []
    # an ambiguous word inside what the criticism is about is no weapon ("the nuclear club")
    assert run(coded, "Hillary Clinton took aim at a claim by Donald Trump that Japan should join the nuclear club.")[0][0] == "111"


def test_violence_with_material_evidence_stays_force(coded):
    assert run(coded, "Israel attacked Hamas positions with drones.")[0][0] == "190"
    assert run(coded, "Russia attacked Ukraine.") == [("190", ["RUS"], ["UKR"])]
    assert run(coded, "Hamas fighters killed two farmers.")[0][0] == "1823"


def test_evidence_is_a_property_of_entries(coded):
    from eventwire.events.lexicon import load

    lex = load()
    attack = lex.entries["v.attack"]
    assert lex.needs(attack) == ("material",) and attack.otherwise == "111"
    assert lex.needs(lex.entries["v.rape"]) == ()  # the act is physical by itself
    assert lex.needs(lex.entries["v.praise"]) == ()


# -- item 7: surface forms -----------------------------------------------------
def test_lemma_errors_are_matched_on_the_surface(coded):
    # spaCy lemmatises "raped" as "rap", "lambasted" as "lambast"
    assert run(coded, "Hamas fighters raped a woman in the village.")[0][0] == "1821"
    assert run(coded, "Donald Trump lambasted Hillary Clinton.")[0][0] == "111"
    assert run(coded, "Donald Trump rapped about Hillary Clinton.") == []  # near miss: a real "rap"


def test_every_lemma_error_of_the_dictionary_is_listed(nlp):
    from eventwire.events.lexicon import load
    from eventwire.events.terms import checked_forms, lemma_errors

    missing = set(lemma_errors(nlp, load())) - checked_forms()
    assert not missing, f"add to events/data/lemma_fixes.tsv: {sorted(missing)}"


def test_evidence_in_an_embedded_clause_is_about_something_else(coded):
    # the weapons and places of what was said or reported are no evidence for the criticism itself
    assert run(coded, "Hillary Clinton attacked a report that troops had shelled the town with artillery.")[0][0] \
        == "111"
    assert run(coded, "Donald Trump hit back at critics who said bombs had fallen on the city.")[0][0] == "111"
    # near miss: the event's own clause holds the weapon
    assert run(coded, "Israel attacked Hamas positions with drones that carried bombs.")[0][0] == "190"


def test_ordinary_words_need_their_rare_readings_evidence(coded):
    # arrest readings need a person held
    assert run(coded, "Israel questioned two Hamas fighters.")[0][0] == "173"
    assert run(coded, "Donald Trump questioned the judgment of Hillary Clinton.") == []
    # a gathering is a protest only against something
    assert run(coded, "Hamas supporters marched in the square, chanting slogans.")[0][0] in ("140", "141")
    assert [e for e in run(coded, "Donald Trump held a rally in Ohio.") if e[0][:2] == "14"] == []
    # seizing needs a thing seized by force
    assert run(coded, "Russia seized two Ukraine vessels.")[0][0] == "171"
    assert run(coded, "Donald Trump seized the moment.") == []
