"""Rules of session 18 (places), each on sentences written for it, one a near miss."""

from __future__ import annotations

import pytest

from eventwire.where import container_at, resolve_toponym

from test_rules import by_text, mentioned, places_of


# a local name (a street, a school, a firm) written "in <place>" or after "<town>'s" sits in that place
@pytest.mark.parametrize("text,name,admin1,lat", [
    ("A researcher at Loyola University in Los Angeles reviewed the file.", "Loyola University", "USCA", 34.05),
    ("The crab stand sits on Atlantic Avenue in Garden City, South Carolina.", "Atlantic Avenue", "USSC", 33.59),
    ("Dogs passed through London's Heathrow Animal Reception Center last year.", None, "UKENG", 51.51),
    # a town the local name itself names, inside the written place, comes first
    ("Sewage from the Tijuana River in Baja California fouled the beaches.", "Tijuana River", "MX02", 32.50),
])
def test_local_name_in_a_place_is_placed_there(text, name, admin1, lat):
    places = places_of(text)
    p = by_text(places, name) if name else next(p for p in places if p["kind"] == "local")
    assert p["kind"] == "local" and p["inferred"]
    assert p["admin1"] == admin1 and abs(p["lat"] - lat) < 0.1


def test_in_a_place_as_the_scorer_reads_it():
    text = "A reporter from Sullivan Hall in Chattanooga called."
    a = text.index("Sullivan Hall")
    box = container_at(text, a, a + len("Sullivan Hall"))
    assert box == "Chattanooga"
    r = resolve_toponym("Sullivan Hall", ["Chattanooga", "Tennessee"], container=box)
    assert r["admin1"] == "USTN" and abs(r["lat"] - 35.05) < 0.2


@pytest.mark.parametrize("text,name", [
    ("He stayed at Caesar's Palace in June before the tour.", "Caesar's Palace"),  # near miss: a month
    ("Talks on Russia in Ukraine stalled again.", "Russia"),  # near miss: a country is not a local name
])
def test_in_a_time_or_around_a_known_place_is_no_container(text, name):
    a = text.index(name)
    assert container_at(text, a, a + len(name)) is None


# Mexico's states are first-level divisions
@pytest.mark.parametrize("text,name,lat", [
    ("Rain fell in Oaxaca and in Veracruz overnight.", "Oaxaca", 17.0),
    ("Rain fell in Oaxaca and in Veracruz overnight.", "Veracruz", 19.3),
    ("Fishing boats left Baja California Sur at dawn.", "Baja California Sur", 25.8),  # not Baja California
])
def test_mexican_states(text, name, lat):
    p = by_text(places_of(text), name)
    assert p["kind"] == "admin1" and p["country"] == "MEX" and abs(p["lat"] - lat) < 0.5


# a capitalised word opening the sentence is not a first name unless it is a given name
@pytest.mark.parametrize("text,name,found", [
    ("Though London's murder rate rose, police stayed calm.", "London", True),
    ("Since Boston cut its fares, riders returned.", "Boston", True),
    ("Jack London wrote about the north. London is far away.", "London", False),  # near miss: a surname
])
def test_sentence_opener_is_not_a_first_name(text, name, found):
    assert (name in mentioned(places_of(text))) is found


# a military title before a name makes it part of a title, not a place
@pytest.mark.parametrize("text,name,found", [
    ("Commander Peshawar corps inspected the depot.", "Peshawar", False),
    ("Admiral Halifax retired last spring.", "Halifax", False),
    ("Troops left Peshawar at dawn for the depot.", "Peshawar", True),  # near miss: no title
])
def test_title_before_a_name(text, name, found):
    assert (name in mentioned(places_of(text))) is found


# a short form of several places ("SA") is the one whose country the article names, else no place
@pytest.mark.parametrize("text,country,admin1", [
    ("South African miners struck again. Platinum output in SA fell by a third.", "ZAF", None),
    ("Floods hit Adelaide overnight. Rail lines across SA closed.", "AUS", "AS05"),
    ("Patients came from Ireland and from the Republic for treatment.", "IRL", None),
])
def test_short_form_read_from_the_article(text, country, admin1):
    short = next(t for t in ("SA", "the Republic") if t in text)
    p = by_text(places_of(text), short)
    assert p["country"] == country and p["admin1"] == admin1


def test_short_form_alone_is_no_place():  # near miss: nothing it may stand for is named
    assert "SA" not in mentioned(places_of("Output in SA fell by a third, officials said."))
