"""Domestic politics and actors that generalise (issue 10, items 5 and 9), one class of phrase per group.

Expected items as in test_actors_cases: "CODE", "CODE:name part", "!CODE", "!:name part".  Each group has
at least three sentences of its own wording, one of them a near miss that must not fire; every case runs
on parsed and on unparsed sentences.
"""

from __future__ import annotations

import pytest

from actors_helpers import check, summary

E = "2016-09-20"  # the 2016 campaign

PARTIES = [  # a party alone, before a title, before a plural sector noun, after a chamber
    ("Republicans blocked the spending bill on Tuesday.", E, ["USAPTY:Republican Party"]),
    ("Democratic Rep. Lena Morrow voted against the measure.", E, ["USALEG:Lena Morrow"]),
    ("Republican lawmakers walked out of the hearing.", E, ["USALEG:Republican lawmakers"]),
    ("House Democrats demanded a new inquiry.", E, ["USALEG:House Democrats", "!USAPTY:Democratic Party"]),
    ("Senate Republicans delayed the vote.", E, ["USALEG:Senate Republicans"]),
    ("Democratic members of the Senate walked out.", E, ["USALEG:Democratic members of the Senate"]),
    # near misses: a party word opening another name; an indefinite "a Republican president"
    ("The Democratic Unionist Party backed the deal in Belfast.", E, ["!USAPTY"]),
    ("Iraq's Republican Guard withdrew from the city.", E, ["!USAPTY"]),
    ("Voters want a Republican president who cuts taxes, Senator Ted Cruz said.", E,
     ["USALEG:Ted Cruz", "!USAPTY"]),
    ("Ms. Ortiz, a lifelong Democrat, said she would stay home.", E, ["!USAPTY:Democratic Party"]),
    ("Christian Democrats in Bavaria lost ground.", E, ["DEUPTY", "!USAPTY"]),
    ("House prices rose again in the spring.", E, ["!USALEG"]),
]

CAMPAIGNS = [  # a person's group: an actor of its own with the person's country
    ("The Clinton campaign denied the report.", E, ["USAPTY:Clinton campaign"]),
    ("Trump's campaign called the poll a fraud.", E, ["USAPTY:Trump campaign"]),
    ("The Clinton campaign and the Trump campaign traded insults.", E,
     ["USAPTY:Clinton campaign", "USAPTY:Trump campaign"]),
    # a campaign's official named with the campaign
    ("The O'Malley campaign spokeswoman Dana Pruitt declined to comment.", E, ["USAPTY:Dana Pruitt"]),
    ("Trump campaign manager Jo Lane said the rally would go ahead.", E, ["USAPTY:Jo Lane"]),
    # near misses: a campaign of nobody named; one of a campaign's spokesmen is no holder of the table
    ("Rebels stepped up a bombing campaign in the north of Mali.", E, ["!USAPTY", "!:campaign"]),
    ("A Clinton campaign spokesman said the rally was cancelled.", E, ["!:Brian Fallon"]),
]

DATED_ROLES = [  # the people table's roles on the article's date
    ("Trump spoke at a rally in Ohio.", "2016-03-02", ["USAPTY:Donald Trump"]),
    ("Trump spoke at a rally in Ohio.", "2017-03-02", ["USAGOV:Donald Trump"]),
    ("Trump opened a hotel in Chicago.", "2008-05-02", ["USABUS:Donald Trump"]),
    ("Hillary Clinton toured a factory.", "2016-05-02", ["USAPTY:Hillary Clinton"]),
    ("Hillary Clinton toured a factory.", "2018-05-02", ["USAELI:Hillary Clinton"]),
    ("Comey testified before the committee.", E, ["USACOP:James Comey"]),
    ("Priebus answered questions from reporters.", "2016-04-01", ["USAPTY:Reince Priebus"]),
    ("Priebus answered questions from reporters.", "2017-04-01", ["USAGOV:Reince Priebus"]),
    # near miss: a title of another service than the table's person with that surname
    ("Admiral Harris told the committee the islands were being armed.", E, ["!:Kamala Harris"]),
]

DESCRIPTIONS = [  # a description naming a person by role, on the date
    ("The Republican nominee mocked the debate moderator.", E, ["USAPTY:Donald Trump"]),
    ("Aides to the Democratic nominee declined to comment.", E, ["USAPTY:Hillary Clinton"]),
    ("Lawmakers questioned the FBI director for five hours.", E, ["USACOP:James Comey"]),
    ("The Senate's top Democrat called the bill a disgrace.", "2016-02-01", ["USALEG:Harry Reid"]),
    ("The director of the FBI sent a letter to Congress.", E, ["USACOP:James Comey"]),
    ("Clinton's campaign manager dismissed the poll.", E, ["USAPTY:Robby Mook"]),
    ("Trump's campaign manager dismissed the poll.", "2016-10-01", ["USAPTY:Kellyanne Conway"]),
    # the date decides: in 2012 the Republican nominee was nobody of the table
    ("The Republican nominee mocked the debate moderator.", "2012-09-20", ["!:Donald Trump"]),
    # near misses: a role said of someone, a title before a name
    ("When she was secretary of state, Clinton used a private server.", "2016-02-01", ["!:John Kerry"]),
    ("FBI Director James Comey sent a letter.", E, ["USACOP:James Comey"]),
    ("Former FBI director Robert Mueller spoke.", E, ["!:James Comey"]),
]

OFFICES_FROM_CONTEXT = [  # "his chief of staff", "the party's chairman": the country from the context
    ("Mexican President Tomas Ruiz flew to Madrid. His chief of staff stayed in Mexico City.", E,
     ["MEXGOV:Tomas Ruiz"]),
    ("Kenya's ruling coalition met on Monday. The party's chairman said the vote would go ahead.", E,
     ["KENPTY"]),
    # near miss: a non-political noun after "his"
    ("Mexican President Tomas Ruiz flew to Madrid. His brother stayed at home.", E,
     ["!MEXCVL", "!MEXPTY"]),
]

MEDIA = [
    ("The Washington Post reported the donation on Friday.", E, ["USAMED:Washington Post"]),
    ("Fox News aired the interview in full.", E, ["USAMED:Fox News"]),
    ("Reuters could not confirm the account.", E, ["GBRMED:Reuters"]),
    # near miss: the capital and a post of the government
    ("The ambassador took up his post in Washington last month.", E, ["!USAMED"]),
]

APPOSITIVE_PERSONS = [  # "<country>'s <title>, <name>,"
    ("Taiwan's president, Lai Ching-te, rejected the demand.", E, ["TWNGOV:Lai Ching-te"]),
    ("Brazil's foreign minister, Joana Prado, arrived late.", E, ["BRAGOV:Joana Prado"]),
    ("Chile's interior minister, Rafael Soto said the curfew would end.", E, ["CHLGOV:Rafael Soto"]),
    # near miss: a list after the comma, not a name
    ("Taiwan's president, China and Japan all sent messages.", E, ["TWNGOV", "CHN:China", "!TWNGOV:China"]),
]

DESCRIBED_ORGS = [  # an organisation known only from its description
    ("Memorial, a rights group, said dozens had been detained.", E, ["NGOHRI:Memorial"]),
    ("B'Tselem, an Israeli rights group, published the footage.", E, ["ISRHRI:B'Tselem"]),
    ("Kommersant, a Russian daily, reported the arrests.", E, ["RUSMED:Kommersant"]),
    ("A Kenyan human rights group condemned the killings.", E, ["KENHRI", "!NGOHRI"]),
    ("An Afghan aid agency suspended its work.", E, ["AFGHLH"]),
    # near misses: a day is no name; a country and a rights group side by side
    ("On Monday, a rights group said dozens had been detained.", E, ["NGOHRI", "!:Monday"]),
    ("Kenyan officials and a rights group met in Nairobi.", E, ["KENGOV", "NGOHRI", "!KENHRI"]),
]

MINISTRIES = [
    ("The Chinese Foreign Ministry summoned the ambassador.", E, ["CHNGOV"]),
    ("Russia's Interior Ministry said the protest was illegal.", E, ["RUSGOV"]),
    ("Washington will respond, Obama said. The Interior Department cancelled the leases.", E,
     ["USAGOV:Barack Obama", "USAGOV"]),
    # near miss: a local service is no ministry
    ("The fire department in Denver put out the blaze.", E, ["!USAGOV"]),
]

CAPITALS = [  # a capital for its government, not after "in/at"
    ("The sanctions came after pressure from Washington.", E, ["USAGOV"]),
    ("Moscow denied that its jets had struck the market.", E, ["RUSGOV"]),
    ("Beijing and Tokyo traded accusations.", E, ["CHNGOV", "JPNGOV"]),
    ("Brussels told Athens to cut spending.", E, ["IGOEUREEC", "GRCGOV"]),
    # near misses: the place where it happened
    ("The talks in Moscow ended without agreement.", E, ["RUSCVL", "!RUSGOV"]),
    ("Mourners gathered for the victims of the bombings in Brussels.", E, ["BELCVL", "!IGOEUREEC"]),
]

ALL = [(f"{group}-{n}", *c) for group, cases in [
    ("parties", PARTIES), ("campaigns", CAMPAIGNS), ("dated", DATED_ROLES), ("described", DESCRIPTIONS),
    ("offices", OFFICES_FROM_CONTEXT), ("media", MEDIA), ("appositive", APPOSITIVE_PERSONS),
    ("orgs", DESCRIBED_ORGS), ("ministries", MINISTRIES), ("capitals", CAPITALS)] for n, c in enumerate(cases)]


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "unparsed"])
@pytest.mark.parametrize("name,text,date,expected", ALL, ids=[c[0] for c in ALL])
def test_politics_case(actors_of, name, text, date, expected, parsed):
    actors = actors_of(text, date, parsed=parsed)
    assert check(actors, expected) == [], summary(actors)


def test_office_from_context_is_flagged_inferred(actors_of):
    actors = actors_of("Mexican President Tomas Ruiz flew to Madrid. His chief of staff stayed in Mexico City.", E)
    office = [a for a in actors if any(m["text"].lower() == "his chief of staff" for m in a["mentions"])]
    assert office and office[0]["code"] == "MEXGOV", actors
    assert all(m.get("country_inferred") for m in office[0]["mentions"] if m["text"].lower() == "his chief of staff")


def test_description_joins_the_person_named_before(actors_of):
    """A description of a person already named joins that person's actor."""
    actors = actors_of("Donald Trump held a rally in Ohio. The Republican nominee told the crowd to vote.", E)
    trump = [a for a in actors if a["name"] == "Donald Trump"]
    assert len(trump) == 1 and {m["text"] for m in trump[0]["mentions"]} >= {"Donald Trump", "The Republican nominee"}


def test_title_before_a_name_is_no_description(actors_of):
    """ "FBI Director James Comey": the words are a title of the name, not a second mention of him."""
    actors = actors_of("FBI Director James Comey sent a letter to Congress.", E)
    comey = [a for a in actors if a["name"] == "James Comey"]
    assert len(comey) == 1 and [m["text"] for m in comey[0]["mentions"]] == ["James Comey"], actors
