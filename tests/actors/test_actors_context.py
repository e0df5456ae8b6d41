"""Countries from context (eventwire.actors.context): sector nouns alone, titled
persons of unknown country, ethnic groups, a leader's government.

Expected items as in test_actors_cases ("CODE", "CODE:name part", "!CODE").
Every case runs on parsed and unparsed sentences.
"""

from __future__ import annotations

import pytest

from actors_helpers import check, summary

D = "2000-01-01"

CASES = [
    # a place attached to the phrase
    ("Police in Nairobi arrested 20 protesters.", ["KENCOP", "KENCVL:Nairobi"]),
    ("Rebels in the Ivory Coast dismissed the appeal.", ["CIVREB"]),
    # the nearest state before it in the sentence
    ("Egyptian police opened fire to disperse the demonstrators.", ["EGYCOP", "EGYCVL"]),
    ("Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.",
     ["SRBMIL", "SRBCVL:ethnic Albanian", "!ALBCVL"]),
    # the nearest one after it
    ("Police arrested 20 Kenyan students.", ["KENCOP", "KENEDU"]),
    # an earlier sentence
    ("Turkey closed its border. The army said it was ready.", ["TURMIL:Turkish military"]),
    # titled persons with no known country: the sentence's most named state, persons never count
    ("President Pedro Gomez declared a state of emergency in Haiti.", ["HTIGOV:Pedro Gomez"]),
    ("Angolan rebels demanded the removal of President Pedro Gomez.", ["AGOGOV:Pedro Gomez"]),
    ("President Pedro Gomez welcomed South African leader F.W. de Klerk.",
     ["GOV:Pedro Gomez", "!ZAFGOV:Pedro Gomez"]),
    # no context at all: no country; a sector noun alone is an unidentified actor, its sector alone
    ("Prime Minister Pedro Gomez was taken hostage.", ["GOV:Pedro Gomez"]),
    ("Police said the protesters were dispersed.", ["COP", "CVL"]),
    # not a group by itself
    ("British Defence Secretary Tom King promised military aid to Mozambique.", ["!MOZMIL", "!GBRMIL:British military"]),
    ("The Kosovo Liberation Army attacked.", ["!MIL"]),
    ("Russia will send its delegation to the talks in the city.", ["!RUSCVL"]),
    ("Anti-government protesters marched in Cairo.", ["!EGYGOV"]),
    # a place named before it wins over a foreign actor acting on it
    ("Atrocities continue in the Darfur region of Sudan as China and Russia support the government.",
     ["SDNGOV", "!RUSGOV"]),
    # "its troops": the owner named before; an organisation gives no country
    ("Israel has strengthened its forces in Lebanon.", ["ISRMIL", "!LBNMIL"]),
    ("The United Nations faces a crisis about what its troops are able to do.", ["!MIL"]),
    # a modifier, a name, an outlet, a foreign group: no actor
    ("Israel closed the road, military sources said.", ["!ISRMIL"]),
    ("The House Oversight and Government Reform Committee met in Washington.", ["!USAGOV:U.S. government"]),
    ("Egyptian police arrested 12 people, the newspaper reported.", ["!EGYMED"]),
    ("Peacekeepers were deployed in Haiti.", ["!HTIMIL"]),
    # a person whose title is no office of the state takes no country from the context
    ("Pedro Gomez, a law professor, said Haiti had changed.", ["!HTIEDU"]),
    # communities with no state of their own
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk.", ["IRQCVL"]),
    ("Thousands of Kurds demonstrated in Turkey.", ["TURCVL"]),
    ("Ethnic Kurds protested in Turkey.", ["TURCVL"]),
    # "forces from Panama" are not Panama's
    ("The United States speeded up the withdrawal of its forces from Panama.", ["USAMIL", "!PANMIL"]),
    # a people "of" another state are its residents
    ("The Albanians of southern Serbia demand autonomy.", ["SRBCVL:ethnic Albanian", "!ALBCVL"]),
    ("Albanians in Tirana celebrated.", ["ALBCVL"]),
    ("Palestinians of the Israeli-occupied West Bank went on strike.", ["PSECVL", "!ISRCVL"]),
    # one member of a sector: "a soldier", "a prominent anti-Syria journalist"
    ("A soldier was wounded in Kabul.", ["AFGMIL"]),
    ("A prominent anti-Syria journalist was killed in Beirut.", ["LBNMED", "!SYRMED"]),
    ("A spokesman said the talks in Cairo failed.", ["!EGYGOV"]),
    ("He met a diplomat in Cairo.", ["!EGYGOV"]),
    # a leader's government
    ("The Bush administration declared that China must drop barriers.", ["USAGOV", "CHN"]),
    ("The Assad regime shelled Homs.", ["SYRGOV"]),
]


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("text,expected", CASES)
def test_context(actors_of, text, expected, parsed):
    actors = actors_of(text, D, parsed=parsed)
    assert not check(actors, expected), summary(actors)


def test_inferred_is_marked(actors_of):
    actors = actors_of("Egyptian police opened fire on demonstrators.", D)
    by_code = {a["code"]: a for a in actors}
    assert by_code["EGYCOP"]["country_inferred"] is False
    assert by_code["EGYCVL"]["country_inferred"] is True
    assert all(m.get("country_inferred") for m in by_code["EGYCVL"]["mentions"])
    actors = actors_of("The Bush administration declared a trade war.", D)
    assert actors[0]["code"] == "USAGOV" and actors[0]["country_inferred"] is False


def test_named_country_wins_over_inferred(actors_of):
    text = "President Pedro Gomez arrived in Haiti. Later, Peruvian President Pedro Gomez left."
    actors = actors_of(text, D)
    gomez = [a for a in actors if "Gomez" in a["name"]]
    assert [a["code"] for a in gomez] == ["PERGOV"] and gomez[0]["country_inferred"] is False, summary(actors)


def test_earlier_leaders_in_people_file(actors_of):
    actors = actors_of("Ousted President Askar Akayev agreed to resign.", D)
    assert not check(actors, ["KGZGOV:Askar Akayev"]), summary(actors)
    actors = actors_of("President Juvenal Habyarimana met the rebels.", "1993-08-01")
    assert not check(actors, ["RWAGOV:Habyarimana", "RWAREB"]), summary(actors)
    actors = actors_of("President Francois Mitterand welcomed F.W. de Klerk.", "1990-06-01")
    assert not check(actors, ["FRAGOV:Mitterrand", "ZAFGOV:de Klerk"]), summary(actors)


def test_own_forces_are_not_the_target():
    """events.args: the source's own forces (a group whose country was inferred from the
    source's) are what is given or moved; the recipient or place is the target."""
    import eventwire

    art = eventwire.code("Syria has again offered its troops to Lebanon's President Elias Hrawi.",
                         published="1990-01-01")
    codes = {a["id"]: a["code"] for a in art.actors}
    agree = [e for e in art.events if e["plover"]["event"] == "AGREE"]
    assert agree and [codes[t["actor"]] for t in agree[0]["target"]] == ["LBNGOV"], art.events
    art = eventwire.code("Israel has strengthened its forces in Lebanon.", published="2000-01-01")
    codes = {a["id"]: a["code"] for a in art.actors}
    assert any([codes[t["actor"]][:3] for t in e["target"]] == ["LBN"] for e in art.events), art.events
