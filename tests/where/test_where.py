"""Places stage: gazetteer look-ups, context resolution, mentions, the dateline."""

from __future__ import annotations

import re

import pytest

from eventwire.parse import Parser, split_sentences
from eventwire.record import Article, Document
from eventwire.settings import Settings
from eventwire.where import find_places, gazetteer, make_stage, resolve_toponym


def doc_of(text: str, parse: bool = True, dateline: str | None = None) -> Document:
    paras = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)]
    doc = Document(article=Article(body=text, paragraphs=paras, published="2013-08-10", dateline=dateline))
    split_sentences(doc)
    if parse:
        Parser(Settings().model)([doc])
    return doc


def place(places, name):
    got = [p for p in places if p["name"] == name]
    assert len(got) == 1, places
    return got[0]


@pytest.mark.parametrize("parse", [True, False])
def test_countries_cities_and_states_resolved(parse):
    text = "Lavrov flew from Moscow to Washington to discuss Syria. Protests spread in Texas and in Russia."
    places = find_places(doc_of(text, parse))
    moscow = place(places, "Moscow")
    assert moscow["country"] == "RUS" and moscow["geonames_id"] == 524901
    assert abs(moscow["lat"] - 55.75) < 0.1 and abs(moscow["lon"] - 37.62) < 0.1
    assert place(places, "Washington")["admin1"] == "USDC"
    syria = place(places, "Syria")
    assert syria["country"] == "SYR" and syria["admin1"] is None and syria["lat"] is not None
    texas = place(places, "Texas")
    assert texas["country"] == "USA" and texas["admin1"] == "USTX" and texas["admin1_name"] == "Texas"
    assert place(places, "Russia")["country"] == "RUS"


def test_place_record_shape_and_mentions():
    text = "Fighting resumed in Aleppo. Aleppo's residents fled to Turkey."
    doc = doc_of(text)
    make_stage(Settings())(doc)
    places = doc.article.places
    assert [p["id"] for p in places] == [f"p{n}" for n in range(1, len(places) + 1)]
    aleppo = place(places, "Aleppo")
    assert [m["sentence"] for m in aleppo["mentions"]] == [0, 1]
    for p in places:
        assert set(p) >= {"id", "name", "country", "admin1", "lat", "lon", "geonames_id", "mentions"}
        for m in p["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_most_populous_city_by_default():
    assert resolve_toponym("Paris")["country"] == "FRA"
    assert resolve_toponym("London")["country"] == "GBR"


def test_context_points_elsewhere():
    r = resolve_toponym("Paris", ["Texas", "Dallas", "Austin"])
    assert r["country"] == "USA" and r["admin1"] == "USTX"
    r = resolve_toponym("Georgia", ["Atlanta", "Savannah", "Florida"])
    assert r["country"] == "USA" and r["admin1"] == "USGA"
    assert resolve_toponym("Georgia", ["Tbilisi", "Russia"])["country"] == "GEO"


def test_context_in_the_stage():
    text = "The storm hit Dallas and Austin. Officials in Paris, a town near Dallas, closed schools in Texas."
    places = find_places(doc_of(text))
    assert place(places, "Paris")["country"] == "USA"


def test_aliases_and_demonyms():
    assert resolve_toponym("U.S.")["country"] == "USA"
    assert resolve_toponym("Britain")["country"] == "GBR"
    assert resolve_toponym("Calif.")["admin1"] == "USCA"
    assert resolve_toponym("Russian")["country"] == "RUS"
    assert resolve_toponym("Kiev")["name"] == "Kyiv"


def test_unknown_local_name_gets_the_article_place_marked_inferred():
    r = resolve_toponym("Frenchmen Street", ["New Orleans", "New Orleans", "Louisiana"])
    assert r["inferred"] is True and r["name"] == "New Orleans"
    assert resolve_toponym("Frenchmen Street", [], fallback=False) is None


def test_unresolved_entity_kept_without_coordinates():
    text = "Rebels attacked Xyzzyville overnight, officials in Damascus said."
    places = find_places(doc_of(text))
    damascus = place(places, "Damascus")
    assert damascus["country"] == "SYR"
    for p in places:
        assert (p["lat"] is None) == (p["country"] is None and p["geonames_id"] is None)


def test_dateline_city_is_a_place():
    places = find_places(doc_of("Officials met on Friday to discuss the budget.", dateline="MOSCOW"))
    moscow = place(places, "Moscow")
    assert moscow["country"] == "RUS" and moscow["mentions"] == []


def test_gazetteer_loaded_once():
    assert gazetteer() is gazetteer()


def test_seed_places(seed_record):
    names = {p["name"]: p for p in seed_record["places"]}
    assert names["Syria"]["country"] == "SYR"
    assert names["Moscow"]["country"] == "RUS"
    assert "Geneva" in names and names["Geneva"]["country"] == "CHE"


@pytest.mark.parametrize("parse", [True, False])
def test_person_names_are_not_places(parse):
    text = ("Trade rules matter to Mexico, said Chad Bown, an expert at the institute. "
            "He spoke near the Washington Monument with Mexico's envoy.")
    names = {p["name"] for p in find_places(doc_of(text, parse))}
    assert "Mexico" in names
    assert "Chad" not in names and "Washington" not in names


def test_surname_of_an_actor_is_not_a_place():
    text = "Officials in Jackson met them in Texas."
    doc = doc_of(text, parse=False)
    assert {p["name"] for p in find_places(doc)} == {"Jackson", "Texas"}  # without actors: the city
    s = text.index("Jackson")
    doc.article.actors = [{"id": "a1", "name": "Jesse Jackson", "code": "USA",
                           "mentions": [{"start": s, "end": s + 7, "text": "Jackson", "sentence": 0}]}]
    assert {p["name"] for p in find_places(doc)} == {"Texas"}


def test_dateline_left_in_the_body_is_a_mention():
    text = "MOSCOW — Officials met on Friday to discuss the budget."
    moscow = place(find_places(doc_of(text, dateline="MOSCOW")), "Moscow")
    assert [m["text"] for m in moscow["mentions"]] == ["MOSCOW"]
