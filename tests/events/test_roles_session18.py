"""Session 18: one reading of an event noun's doer (``args.noun_doer``) for the roles and the
``agent`` evidence alike.  The noun's own phrase names the doer, an agentive "from X"
included, and under a verb the noun is undergone with ("faced", "won", "drew") also "of X";
the verb's subject is then the target.  A generic population is no doer.  Hand-given actors;
every sentence is this file's own wording, each class with a near miss."""

from __future__ import annotations

from .conftest import events_of


def _roots(doc, prefix):
    return [e for e in events_of(doc) if e[0].startswith(prefix)]


def test_undergone_noun_from_a_named_actor(coded):
    doc = coded("The mayor of Leeds drew sharp rebukes from the Labour Party.",
                {"The mayor of Leeds": "GBRGOV", "the Labour Party": "GBRPTY"})
    assert [e[1:] for e in _roots(doc, "1")] == [(["GBRPTY"], ["GBRGOV"])], events_of(doc)


def test_undergone_noun_of_a_named_actor(coded):
    doc = coded("Angela Merkel received the backing of the Social Democrats.",
                {"Angela Merkel": "DEUGOV", "the Social Democrats": "DEUPTY"})
    assert [e[1:] for e in _roots(doc, "05")] == [(["DEUPTY"], ["DEUGOV"])], events_of(doc)


def test_agentive_from_without_an_undergoing_verb(coded):
    doc = coded("Loans from the World Bank kept Ghana afloat.", {"the World Bank": "IGOWBK", "Ghana": "GHA"})
    assert [e[1] for e in _roots(doc, "07")] in ([], [["IGOWBK"]]), events_of(doc)
    doc = coded("Condemnation from Turkey followed the raid.", {"Turkey": "TUR"})
    assert [e[1] for e in _roots(doc, "1")] == [["TUR"]], events_of(doc)


def test_generic_population_is_no_doer(coded):
    # near misses: "residents", "many citizens" are no specific actor; "over" names no doer
    doc = coded("The mayor of Leeds drew criticism from residents.", {"The mayor of Leeds": "GBRGOV"})
    assert not _roots(doc, "11"), events_of(doc)
    doc = coded("Angela Merkel won praise from many citizens in Bavaria.",
                {"Angela Merkel": "DEUGOV", "Bavaria": "DEU"})
    assert not _roots(doc, "05"), events_of(doc)
    doc = coded("The minister faces an inquiry over the contracts.", {"The minister": "GBRGOV"})
    assert not _roots(doc, "09"), events_of(doc)


def test_a_doer_by_a_verb_of_doing_still_codes(coded):
    doc = coded("Turkey launched an inquiry into the Syrian army.", {"Turkey": "TUR", "Syrian": "SYRMIL"})
    assert any(e[1] == ["TUR"] for e in _roots(doc, "09")), events_of(doc)


# -- verbs joined by "and" share the object told after the last ---------------------------

def test_coordinated_verbs_share_the_object(coded):
    doc = coded("Senator Ted Cruz praised and defended Barack Obama.",
                {"Senator Ted Cruz": "USALEG", "Barack Obama": "USAGOV"})
    assert [e[1:] for e in _roots(doc, "05")] == [(["USALEG"], ["USAGOV"])] * 2, events_of(doc)
    doc = coded("The governor spoke, denouncing - and even threatening to sue - the Justice Department.",
                {"The governor": "USAGOV", "the Justice Department": "USAJUD"})
    assert [e[2] for e in _roots(doc, "11")] == [["USAJUD"]], events_of(doc)


def test_coordinated_verbs_near_miss(coded):
    # the first verb has words of its own before "and": the later object is not its target
    doc = coded("Bernie Sanders praised warmly and later met Hillary Clinton.",
                {"Bernie Sanders": "USALEG", "Hillary Clinton": "USAELI"})
    assert all(e[2] == [] for e in _roots(doc, "05")), events_of(doc)


# -- a description with a name in apposition is that named actor ---------------------------

def test_appositive_name_is_the_doer(coded):
    doc = coded("The party's youngest candidate, Maria Lopez, criticized the governor.",
                {"The party": "USAPTY", "Maria Lopez": "USALEG", "the governor": "USAGOV"})
    assert [e[1:] for e in _roots(doc, "11")] == [(["USALEG"], ["USAGOV"])], events_of(doc)


def test_a_name_is_not_the_person_its_appositive_relates_it_to(coded):
    doc = coded("Ann Brown, widow of Tom Brown, rejected the governor's claim.",
                {"Tom Brown": "USAMIL", "the governor": "USAGOV"})
    assert all("USAMIL" not in e[1] for e in events_of(doc)), events_of(doc)
    # near miss: a description naming a state stands for it
    doc = coded("Lai Ching-te, Taiwan's president, rejected the Chinese claim.", {"Taiwan": "TWN", "Chinese": "CHN"})
    assert [e[1] for e in _roots(doc, "12")] == [["TWN"]], events_of(doc)


def test_an_unknown_name_is_not_the_person_its_possessive_names(coded):
    doc = coded("Hillary Clinton's campaign chairman John Podesta criticized the FBI.",
                {"Hillary Clinton": "USAELI", "the FBI": "USASPY"})
    assert all("USAELI" not in e[1] for e in events_of(doc)), events_of(doc)
    doc = coded("Barack Obama's aide Lisa Monaco praised the Senate.", {"Barack Obama": "USAGOV", "the Senate": "USALEG"})
    assert all("USAGOV" not in e[1] for e in events_of(doc)), events_of(doc)
    # near miss: a name with a state's adjective stands for the state when no actor covers it
    doc = coded("Russian envoy Vasily Nebenzia criticized the Security Council.",
                {"Russian": "RUS", "the Security Council": "IGOUNO"})
    assert [e[1] for e in events_of(doc) if e[0].startswith("11")] == [["RUS"]], events_of(doc)
