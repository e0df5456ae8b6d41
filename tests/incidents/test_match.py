"""The rules that link two reports of one incident, each with cases that must link and near misses
that must not (reports written for these tests)."""

from __future__ import annotations

from eventwire.incidents.match import link

from .helpers import RULES, actor, report

POLICE = actor("KENCOP", "KEN", ["COP"])
PROTESTERS = actor("KENCVL", "KEN", ["CVL"])
TUR, IRN = actor("TURGOV", "TUR", ["GOV"]), actor("IRNGOV", "IRN", ["GOV"])


def linked(a, b) -> bool:
    s1, s2 = link(a, b, RULES), link(b, a, RULES)
    assert s1 == s2  # the score is symmetric: the order reports come in never matters
    return s1 is not None


def test_same_incident_from_three_outlets_links():
    wire = report("wire/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Nairobi",
                  story="Police fire tear gas at finance bill protesters in Nairobi")
    local = report("local/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Nairobi", published="2024-06-19",
                   story="Tear gas in the city centre as finance bill anger spills over")
    broadcast = report("tv/e1", "2024-06-18", "173", [actor("KENMIL", "KEN", ["MIL"])], [PROTESTERS],
                       "Westlands", story="Clashes outside parliament")
    assert linked(wire, local) and linked(wire, broadcast) and linked(local, broadcast)


def test_dates_window_and_late_reports():
    wire = report("wire/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Nairobi")
    next_day = report("b/e1", "2024-06-19", "175", [POLICE], [PROTESTERS], "Nairobi", explicit=False)
    assert linked(wire, next_day)  # a report dated only by its publication the day after
    week_later = report("c/e1", "2024-06-25", "175", [POLICE], [PROTESTERS], "Nairobi")
    assert not linked(wire, week_later)
    # three days apart, both with their own dates: beyond the window unless it is the same story
    three = report("d/e1", "2024-06-21", "175", [POLICE], [PROTESTERS], "Nairobi", story="Protest in Kibera")
    assert not linked(wire, three)


def test_places_same_inside_near_or_far():
    base = report("a/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Nairobi")
    assert linked(base, report("b/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Westlands"))  # 2 km
    assert linked(base, report("c/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Kenya"))      # inside
    assert linked(base, report("d/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Thika"))      # 40 km
    assert not linked(base, report("e/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Mombasa"))  # 440 km


def test_sides_swap_only_for_symmetric_types():
    met = report("a/e1", "2024-02-05", "040", [TUR], [IRN], "Ankara")
    assert linked(met, report("b/e1", "2024-02-05", "043", [IRN], [TUR], "Ankara"))
    fought = report("c/e1", "2024-02-05", "190", [TUR], [IRN])
    assert linked(fought, report("d/e1", "2024-02-05", "190", [IRN], [TUR]))  # clashes between the two
    bombed = report("e/e1", "2024-02-05", "183", [TUR], [IRN])
    assert not linked(bombed, report("f/e1", "2024-02-05", "183", [IRN], [TUR]))  # who bombed whom matters


def test_countries_and_sector_families_must_agree():
    meet = report("a/e1", "2024-02-05", "040", [TUR], [IRN], "Ankara")
    assert not linked(meet, report("b/e1", "2024-02-05", "040", [TUR], [actor("GRCGOV", "GRC", ["GOV"])], "Ankara"))
    assert linked(meet, report("c/e1", "2024-02-05", "040", [actor("TUR", "TUR")], [IRN], "Ankara"))  # no sector
    fire = report("d/e1", "2024-06-18", "175", [POLICE], [PROTESTERS], "Nairobi")
    assert not linked(fire, report("e/e1", "2024-06-18", "175", [PROTESTERS], [POLICE], "Nairobi"))


def test_unidentified_doer_joins_a_named_one_of_its_sector_and_place():
    named = report("a/e1", "2024-03-12", "190", [actor("NGAREB", "NGA", ["REB"])],
                   [actor("NGACOP", "NGA", ["COP"])], "Maiduguri", story="Insurgents attack police in Maiduguri")
    gunmen = report("b/e1", "2024-03-12", "190", [actor("UAF", None, ["UAF"], unidentified=True)],
                    [actor("NGACOP", "NGA", ["COP"])], "Maiduguri", story="Gunmen attack police station")
    assert linked(named, gunmen)
    not_told = report("c/e1", "2024-03-12", "190", [], [actor("NGACOP", "NGA", ["COP"])], "Maiduguri")
    assert linked(named, not_told)
    elsewhere = report("d/e1", "2024-03-12", "190", [actor("UAF", None, ["UAF"], unidentified=True)],
                       [actor("NGACOP", "NGA", ["COP"])], "Kano")
    assert not linked(named, elsewhere)
    soldiers = report("e/e1", "2024-03-12", "190", [actor("MIL", None, ["MIL"], unidentified=True)],
                      [actor("NGACOP", "NGA", ["COP"])], "Maiduguri")
    assert not linked(named, soldiers)  # unnamed soldiers are not the rebels


def test_event_types_same_root_or_plover():
    a = report("a/e1", "2024-03-12", "190", [TUR], [IRN])
    assert linked(a, report("b/e1", "2024-03-12", "183", [TUR], [IRN]))   # 18 and 19: both ASSAULT
    assert not linked(a, report("c/e1", "2024-03-12", "112", [TUR], [IRN]))  # an accusation
    assert not linked(a, report("d/e1", "2024-03-12", "070", [TUR], [IRN]))


def test_nothing_to_anchor_on_does_not_link():
    a = report("a/e1", "2024-03-12", "145", [actor("CVL", None, ["CVL"], unidentified=True)], [])
    b = report("b/e1", "2024-03-12", "145", [actor("CVL", None, ["CVL"], unidentified=True)], [])
    assert not linked(a, b)  # protesters somewhere, protesters somewhere else
