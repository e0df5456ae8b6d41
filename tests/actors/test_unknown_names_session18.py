"""Names in no table become actors by their own words (eventwire.actors.named).

Each rule: sentences of our own wording, and near misses that must not become actors.
Every case runs on parsed and unparsed sentences (the rules read token texts only).
"""

from __future__ import annotations

import pytest

from actors_helpers import check, summary

D = "2016-05-01"

ORGS = [
    # a capitalised name ending in a head noun: the head's sector; a place opening it gives the country
    ("The Ohio Dairy Producers Federation warned that prices would fall.", ["USA:Ohio Dairy Producers Federation"]),
    ("The Lakeland Regional Council rejected the Chinese offer.", ["CHNGOV:Lakeland Regional Council"]),
    ("In Kenya, the Tana River Farmers Union called a strike.", ["KEN:Tana River Farmers Union"]),
    ("The Northern Liberation Front attacked a convoy in Mali.", ["MLI:Northern Liberation Front"]),
    ("The NT Government criticised the plan.", ["GOV:NT Government"]),
    # a demonym opening the name is its own country (not inferred); a bracketed acronym is the same actor
    ("The Liberian Peace Council (LPC) accused the rebels.", ["LBRGOV:Liberian Peace Council", "!LBR:Liberia"]),
    ("The Peruvian Miners Federation (PMF) called a strike.", ["PER:Peruvian Miners Federation", "!:PMF"]),
    # a known organisation's acronym in brackets makes the name that organisation, not a new actor
    ("The International Labor Office (ILO) urged Israel to act.", ["IGOUNOLABILO", "!:International Labor Office"]),
    # near misses: a known outlet stays as the table codes it; a bridge, a prize, a month are no actors
    ("The Washington Post reported that Iran had tested a missile.", ["USAMED:Washington Post", "!:Post reported"]),
    ("The Golden Gate Bridge was closed after Mexican protesters marched.", ["!:Golden Gate Bridge"]),
    ("The Nobel Peace Prize went to a Colombian leader.", ["!:Peace Prize"]),
    ("In March Congress of Nations met.", ["!:March"]),
    # a title-case headline is no name ("... Of Leadership", "Leadership" being a sector noun)
    ("Why Dropping The Reform Was A Sign Of Real Party Leadership In Ohio", ["!:Leadership", "!:Party"]),
]

ACRONYMS = [
    ("The report by GAO criticised the U.S. Navy.", ["USA:GAO"]),
    ("Police said KNDP supporters blocked roads in Cameroon.", ["CMR:KNDP"]),
    ("Officials in Nigeria said MEND attacked an oil platform.", ["NGA:MEND"]),
    # near misses: a common acronym, an upper-case dateline, a headline, an acronym with no country known
    ("The CEO of the firm told Indian reporters he would resign.", ["!:CEO"]),
    ("CAIRO, Egypt - Egyptian police arrested protesters.", ["!:CAIRO"]),
    ("TRUMP SLAMS MEDIA OVER POLLS in America", ["!:SLAMS", "!:MEDIA"]),
    ("XYZ said it would appeal.", ["!:XYZ"]),
]

PERSONS = [
    # an honorific and a name; a known first name and a surname: a person, country from the context
    ("Mr Porter accused the Australian government of lying.", ["AUS:Porter"]),
    ("In Kenya, Dr. Wanjiru Kamau denied the claims.", ["KEN:Wanjiru Kamau"]),
    ("The U.S. senator has endorsed Tim Canova in the primary.", ["USA:Tim Canova"]),
    ("Mrs Okafor met Nigerian officials. Okafor said the talks went well.", ["NGA:Okafor"]),
    # near misses: an honorific alone, a street named for a first name, a capitalised sentence opener
    ("Mr. said nothing to the British press.", ["!:said"]),
    ("Protesters gathered on Grace Street in Manila.", ["!:Grace Street"]),
    ("Yesterday Russia rejected the plan.", ["!:Yesterday"]),
    # no country anywhere: no actor with an empty code
    ("Mr Halvorsen resigned.", ["!:Halvorsen"]),
]


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "unparsed"])
@pytest.mark.parametrize("text,expected", ORGS + ACRONYMS + PERSONS, ids=lambda v: v if isinstance(v, str) else "")
def test_unknown_names(actors_of, text, expected, parsed):
    actors = actors_of(text, D, parsed=parsed)
    assert not check(actors, expected), summary(actors)


def test_context_country_is_flagged_inferred(actors_of):
    actors = actors_of("The Lakeland Regional Council rejected the Chinese offer.", D)
    council = next(a for a in actors if a["name"] == "Lakeland Regional Council")
    assert council["country_inferred"] is True and council["unidentified"] is False
    fed = next(a for a in actors_of("The Ohio Dairy Producers Federation warned.", D)
               if "Federation" in a["name"])
    assert fed["country_inferred"] is False and fed["country"] == "USA"


def test_own_modifier_country_not_inferred(actors_of):
    lpc = next(a for a in actors_of("The Liberian Peace Council (LPC) accused the rebels.", D)
               if a["name"] == "Liberian Peace Council")
    assert lpc["country_inferred"] is False and [m["text"] for m in lpc["mentions"]] == ["Liberian Peace Council", "LPC"]


def test_no_empty_codes(actors_of):
    for text, _ in ORGS + ACRONYMS + PERSONS:
        assert all(a["code"] for a in actors_of(text, D)), text


def test_honorific_gender_keeps_persons_apart(actors_of):
    actors = actors_of("John Halloway spoke in the U.S. Senate. Later Mrs. Halloway endorsed the bill.", D)
    names = {a["name"]: [m["text"] for m in a["mentions"]] for a in actors}
    assert names.get("John Halloway") == ["John Halloway"] and names.get("Halloway") == ["Halloway"], names


def test_unknown_person_takes_the_article_country_not_a_place(actors_of):
    text = ("Canadian regulators opened an inquiry. Canada's finance ministry said so. "
            "Two partners, Doug Pelletier and Kate Morrow, set up a fund in the Bahamas.")
    codes = {a["name"]: a["code"] for a in actors_of(text, D)}
    assert codes.get("Doug Pelletier") == "CAN" and codes.get("Kate Morrow") == "CAN", codes
