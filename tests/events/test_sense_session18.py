"""Issue 10, part 3 (word sense), session 18: wrong-sense and not-an-event classes of the
hand audits, each fixed once as a property of dictionary entries (``needs:`` of verbs.yaml /
nouns.yaml, ``evidence.yaml``).  Every sentence is this file's own wording; each class has a
near miss that must still code."""

from __future__ import annotations

from .conftest import events_of

A = {"Donald Trump": "USAGOV", "Hillary Clinton": "USAELI", "Israel": "ISR", "Hamas": "PSEREB",
     "Russia": "RUS", "Ukraine": "UKR", "Egypt": "EGY", "Syria": "SYR", "the union": "USALAB",
     "the judge": "USAJUD", "the senator": "USALEG"}


def run(coded, text):
    return events_of(coded(text, {k: v for k, v in A.items() if k in text}))


def roots(coded, text):
    return {e[0][:2] for e in run(coded, text)}


# -- a frame codes the act it governs only in the reading the evidence allows -------
def test_a_governed_act_needs_the_evidence_of_its_reading(coded):
    # "seize", "demonstrate", "fight" need material or protest evidence alone; governed by a
    # frame of the act itself ("tried to", "sought to") they need it as well
    assert "17" not in roots(coded, "Donald Trump tried to seize the moment in the debate.")
    assert "14" not in roots(coded, "Hillary Clinton sought to demonstrate that Donald Trump is unfit.")
    assert not {"19", "11"} & roots(coded, "Hillary Clinton tried to fight on.")
    # near misses: with the evidence the act codes; without it, its `otherwise` reading; a threat
    # tells an act not done, whose evidence is not there yet
    assert "17" in roots(coded, "Egypt sought to seize the ship from Hamas.")
    assert ("110", ["USAELI"], ["USAGOV"]) in run(coded, "Hillary Clinton tried to fight Donald Trump.")
    assert "13" in roots(coded, "Hamas threatened to retaliate against Egypt.")


# -- "strike" is force only with material evidence ------------------------------------
def test_strike_codes_force_only_with_material_evidence(coded):
    assert not {"14", "19"} & roots(coded, "On Monday the judge struck down the law on abortion.")
    assert not {"14", "19"} & roots(coded, "Hillary Clinton struck the right tone with Donald Trump.")
    assert not {"14", "19"} & roots(coded, "Donald Trump struck a chord with voters in Ohio.")
    # near misses: missiles striking a depot; a labour strike told as one
    assert "19" in roots(coded, "Israeli missiles struck a depot in Syria.")
    assert "14" in roots(coded, "On Monday the union staged a strike against the pay cuts.")


# -- an act asked about in an embedded question is not told --------------------------
def test_an_act_whose_patient_is_the_interrogative_of_a_question_is_no_event(coded):
    assert not {"03", "05"} & roots(coded, "Hillary Clinton would not say whom she would back.")
    assert not {"03", "05"} & roots(coded, "Donald Trump isn't saying what sanctions he would support.")
    assert not {"03", "05"} & roots(coded, "Hillary Clinton would not say who she would vote for.")
    # near misses: the act's patient is named; a relative clause tells the act
    assert ("032", ["EGY"], ["UKR"]) in run(coded, "Egypt said it would support Ukraine.")
    assert "16" in roots(coded, "The senator whom Russia sanctioned flew home.")


# -- nouns naming a place or a campaign, not an act ----------------------------------
def test_haven_and_mobilization_as_place_and_campaign_are_no_events(coded):
    assert "07" not in roots(coded, "Egypt called Syria an ISIS haven.")
    assert "15" not in roots(coded, "Hillary Clinton's voter mobilization worked well in the election.")
    assert "15" not in roots(coded, "Donald Trump praised the mobilization of young voters by Hillary Clinton.")
    # near misses: a haven given to someone; a mobilization of troops
    assert ("075", ["EGY"], ["PSEREB"]) in run(coded, "Egypt's haven for Hamas angered Israel.")
    assert "15" in roots(coded, "Russia's mobilization of troops alarmed Ukraine.")


# -- a retreat is of forces or a state; support withdrawn reduces relations ------------
def test_withdrawal_is_a_retreat_only_with_material_evidence(coded):
    # a person leaving a race or taking back words is no military retreat (0874)
    assert "08" not in roots(coded, "Hillary Clinton withdrew from the race on Tuesday.")
    assert "08" not in roots(coded, "The senator's withdrawal from the primary surprised Donald Trump.")
    # taking back one's support of someone reduces relations (16)
    assert "16" in roots(coded, "On Friday the union withdrew its support for Hillary Clinton.")
    assert "16" in roots(coded, "After the tape, the senator rescinded his endorsement of Donald Trump.")
    # near misses: a state or troops withdraw, and that is a retreat
    assert "08" in roots(coded, "Russia withdrew its troops from Ukraine.")
    assert "08" in roots(coded, "Israel completed its withdrawal from Egypt's territory.")
