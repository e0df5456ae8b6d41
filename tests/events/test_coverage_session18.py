"""Issue 10, items 1 and 5 (coverage, session 18): classes of news sentences whose act the
dictionary knew but did not code —

- a protest, coercion or force told of a subject that names nobody in particular ("a
  Kansas woman", "hundreds of employees", "a group of asylum seekers"): coded with no
  doer named, like "dozens were detained";
- a claim by a group that it did an act of force: a claim of responsibility (015);
- phrasings the patterns missed: human shields held, cyber warfare launched, work
  stopped in a strike, detainees let free.

Each class has a near miss that must not fire.  Sentences are this project's own wording.
"""

from __future__ import annotations

from .conftest import events_of

A = {"Russia": "RUS", "Ukraine": "UKR", "The rebels": "REB", "the rebels": "REB", "Kyiv": "UKRGOV",
     "The army": "MIL", "Iran": "IRN", "Israel": "ISR", "the militia": "UAF", "The militia": "UAF",
     "Boeing": "BUS", "Hamas": "PSEREB", "The villagers": "CVL", "Mali": "MLI"}


def run(coded, text):
    return events_of(coded(text, {k: v for k, v in A.items() if k in text}))


def codes(coded, text):
    return [e[0] for e in run(coded, text)]


# -- a subject that names nobody in particular ----------------------------------------
def test_a_common_noun_for_people_is_no_doer_named(coded):
    assert ("142", [], []) in run(coded, "A retired teacher from Ohio began a hunger strike outside the courthouse.")
    assert ("1823", [], []) in run(coded, "A man shot dead two guards with a rifle at the gate.")
    assert any(c.startswith("14") for c in codes(
        coded, "Hundreds of nurses walked out in protest against the wage freeze."))
    assert ("142", [], []) in run(coded, "A group of inmates has gone on hunger strike over the food.")


def test_people_with_an_owner_or_an_actor_are_not_anyone(coded):
    # near misses: the subject names its group ("Boeing employees", "its staff"); nothing unnamed is made
    assert all(e[1] for e in run(coded, "Boeing employees went on strike over pensions."))
    assert run(coded, "Its staff went on strike over pensions.") == []


def test_harm_by_anyone_still_needs_force_and_no_natural_cause(coded):
    # near misses: no instrument, no casualty words besides the act; and natural harm
    assert not any(c.startswith(("18", "19")) for c in codes(coded, "A woman attacked the new parking rules."))
    assert run(coded, "Two fishermen died in the storm.") == []


# -- claims of responsibility ------------------------------------------------------------
def test_a_claim_of_ones_own_force_is_a_claim_of_responsibility(coded):
    ev = run(coded, "The rebels claimed that they had ambushed an army convoy near Gao.")
    assert ("015", ["REB"], []) in ev and any(e[0] == "190" for e in ev)
    assert "015" in codes(coded, "The militia boasted that it had shelled the airport with rockets.")
    assert "015" in codes(coded, "Hamas admitted it had fired rockets at Israel.")


def test_a_claim_of_anothers_force_is_no_claim_of_responsibility(coded):
    # near miss: the claimant accuses someone else; and a claim of no force
    assert "015" not in codes(coded, "Kyiv claimed that Russia had shelled the town with artillery.")
    assert "015" not in codes(coded, "The rebels claimed that they had won the vote.")
    assert "015" not in codes(coded, "The rebels did not claim that they had ambushed the convoy.")


# -- phrasings of known acts -------------------------------------------------------------
def test_human_shields_held(coded):
    assert ("184", ["UAF"], []) in run(coded, "The militia held several hundred families as human shields in the besieged town.")
    assert "184" in codes(coded, "The rebels kept the families as human shields in the old town.")
    # near miss: a shield of no one
    assert "184" not in codes(coded, "The army held up riot shields at the gate.")


def test_cyber_warfare_launched(coded):
    assert ("190", ["RUS"], ["UKR"]) in run(coded, "Russia launched cyber warfare against Ukraine last winter.")
    assert "190" in codes(coded, "Iran carried out a cyberattack on Israel's water system.")
    # near miss: warfare studied, not launched
    assert "190" not in codes(coded, "Russia studied cyber warfare for years.")


def test_work_stopped_in_a_strike(coded):
    assert any(c.startswith("14") for c in codes(coded, "The villagers stopped work in a strike over land rights."))
    assert any(c.startswith("14") for c in codes(coded, "Hundreds of miners stopped work at the pit on Monday."))
    # near miss: a stop on a journey is a visit, never a strike
    assert not any(c.startswith("14") for c in codes(coded, "Russia's envoy stopped in Mali on his way home."))


def test_detainees_let_free(coded):
    assert "0841" in codes(coded, "The army let free forty detainees on Sunday.")
    assert "0841" in codes(coded, "Iran let out of prison two Israeli students.")
    # near miss: letting a deadline pass frees no one
    assert "0841" not in codes(coded, "Iran let the deadline pass.")


def test_people_gathering_is_protest_only_against_something(coded):
    # near misses for the subject that names nobody: a crowd with nothing to protest
    assert run(coded, "Fans gathered outside the stadium before the final.") == []
    assert ("143", [], []) in run(coded, "Two hundred workers walked off the job in a strike over pay.")


def test_crowds_filling_a_public_place_against_something(coded):
    assert any(c.startswith("14") for c in codes(coded, "Thousands of students filled the square against the new fees."))
    assert any(c.startswith("14") for c in codes(coded, "Protesters poured into the streets after the verdict."))
    # near miss: a full square with nothing against
    assert not any(c.startswith("14") for c in codes(coded, "Shoppers packed the streets before the holiday."))


def test_refugees_taken_in_are_humanitarian_aid(coded):
    assert ("073", ["IRN"], []) in run(coded, "Iran accepted 3,000 Afghan refugees last month.")
    assert "073" in codes(coded, "Israel resettled 200 refugees from the camps.")
    # near miss: accepting an invitation is no aid
    assert "073" not in codes(coded, "Iran accepted the invitation of Mali.")


def test_supplies_stopped_are_aid_reduced(coded):
    assert ("162", ["RUS"], ["UKR"]) in run(coded, "Russia suspended food supplies to Ukraine.")
    assert "162" in codes(coded, "Israel halted fuel deliveries to Hamas.")
    # near miss: suspending a person is a sanction, not aid cut
    assert "162" not in codes(coded, "Iran suspended the mayor of Tabriz.")


def test_new_patterns_replace_no_existing_entry():
    """The session's block only adds patterns: none has the id of an entry above it (an
    entry with the same id would replace that one, e.g. 'suspend humanitarian aid' 1623)."""
    from pathlib import Path

    import yaml

    import eventwire.events as ev

    groups = yaml.safe_load((Path(ev.__file__).parent / "data" / "verbs.yaml").read_text())["verbs"]
    start = next(i for i, g in enumerate(groups) if "hold human shield" in (g.get("words") or []))
    word = lambda w: w["words"] if isinstance(w, dict) else w  # noqa: E731
    before = {word(w) for g in groups[:start] for w in g.get("words") or []}
    assert not [w for g in groups[start:] for w in map(word, g.get("words") or []) if w in before]


def test_a_death_told_as_coming_of_torture_has_no_doer_named(coded):
    assert ("1822", [], []) in run(coded, "A political prisoner died due to torture, his family said.")
    assert ("1822", [], []) in run(coded, "The blogger died from torture in a police cell.")
    # near misses: a natural cause, and a noun after "after" (background, as before)
    assert run(coded, "The old farmer died of cancer.") == []
    assert run(coded, "The prisoner died after the attack.") == []
