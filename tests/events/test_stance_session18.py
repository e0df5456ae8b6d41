"""States, stances and modal frames are no events; flags take their own clause's scope
(issue 10, parts 3 and 4; the session-18 audit's not-an-event and flag classes).
Each class: sentences of our own wording, with a near miss that must still code an
asserted event.  The rules are data (frames.yaml `scope:`), read by events/scope.py."""

from __future__ import annotations

from .test_scope_session17 import flags, run


def codes(coded, text):
    return [c for c, *_ in run(coded, text)]


# -- 1. standing positions, opinions and moods are no acts ---------------------------

def test_a_present_stance_with_no_time_is_no_event(coded):
    assert not any(c.startswith("05") for c in codes(coded, "The programs Russia backs would cost billions."))
    assert not any(c.startswith("12") for c in codes(coded, "Iran is against the sanctions on Syria."))
    assert codes(coded, "Egypt supports the sanctions.") == []
    # near misses: told as done, with a time, or in progress
    assert flags(coded, "Russia backed Syria on Tuesday.", "05") == (False, False)
    assert flags(coded, "Russia backed Syria.", "05") == (False, False)
    assert flags(coded, "Iran is backing Syria.", "05") == (False, False)
    # a named actor's support of a party, told in the present: an endorsement
    assert flags(coded, "Egypt supports Israel.", "05") == (False, False)


def test_a_relative_clause_that_defines_a_group_is_no_event(coded):
    ev = run(coded, "Russia, which supports Syria, attacked Turkey.")
    assert [c for c, *_ in ev if c.startswith("05")] == []
    assert ("190", ["RUS"], ["TUR"], False, False) in ev  # the main clause still tells its act
    assert codes(coded, "Countries that may back Syria met Russia.") == []


def test_an_opinion_that_a_state_holds_is_no_event(coded):
    assert codes(coded, "Russia and Ukraine agree that the economy is strong.") == []
    assert codes(coded, "Egypt hopes that the economy grows.") == []
    # near misses: agreement to an act, or to an act of the agreeing parties' own
    assert flags(coded, "Russia and Ukraine agreed to meet.", "03") == (False, False)
    assert flags(coded, "Russia and Ukraine agreed that they would meet.", "03") == (False, False)


def test_a_mood_adjective_alone_is_no_statement(coded):
    assert codes(coded, "Egypt was hopeful.") == []
    assert codes(coded, "Iran is optimistic.") == []
    # near miss: the mood about something
    assert flags(coded, "Egypt is hopeful about the talks with Israel.", "013") == (False, False)


# -- 2. modal frames: a threat is no act done; a warning is no threat ------------------

def test_a_threatened_act_is_a_threat_not_the_act(coded):
    c = codes(coded, "Russia threatened to veto the resolution of France.")
    assert c and all(x.startswith("13") for x in c)
    c = codes(coded, "Iran threatened to reject the offer of Egypt.")
    assert c and all(x.startswith("13") for x in c)
    # near miss: a veto told as done
    assert any(x.startswith("12") for x in codes(coded, "Russia vetoed the resolution of France."))


def test_a_warning_of_a_state_is_a_pessimistic_comment_not_a_threat(coded):
    assert codes(coded, "Russia warned that Ukraine is weak.") == ["012"]
    assert codes(coded, "Iran warned that the economy of Egypt is weak.") == ["012"]
    # a warning of what can happen is a forceful warning, not the other doer's act
    ev = run(coded, "Iran warned that Israel could attack Egypt.")
    assert ("130", ["IRN"], [], False, False) in ev
    assert not any(s == ["IRN"] and c.startswith("138") for c, s, *_ in ev)
    # near miss: the speaker threatens an act of its own
    assert any(x.startswith("138") for x in codes(coded, "Russia warned Ukraine it would attack."))


def test_warning_against_an_act_is_an_appeal_to_the_one_warned(coded):
    ev = run(coded, "Russia warned Ukraine against attacking Syria.")
    assert [(c[:2], s, t) for c, s, t, *_ in ev] == [("02", ["RUS"], ["UKR"])]
    assert run(coded, "Iran warned against attacking Syria.") == []  # no one warned: no event
    # near miss: a threat of the speaker's own act
    assert any(x.startswith("13") for x in codes(coded, "Iran threatened to attack Syria."))


# -- 3. flags take their own clause's scope ------------------------------------------

def test_negation_of_a_first_conjunct_with_its_own_object_stays_there(coded):
    ev = run(coded, "Russia never met Ukraine and praised Turkey.")
    assert ("040", ["RUS"], ["UKR"], True, False) in ev
    assert ("051", ["RUS"], ["TUR"], False, False) in ev
    assert flags(coded, "Iran did not meet Egypt and criticized Israel.", "11") == (False, False)
    # near misses: "or", or a verb with no tense of its own, share the negation
    assert flags(coded, "Iran did not meet Egypt and praise Israel.", "05") == (True, False)
    assert flags(coded, "Russia did not meet or praise Ukraine.", "05") == (True, False)
    assert flags(coded, "Russia didn't seek or receive aid from Ukraine.", "07") == (True, False)


def test_not_before_an_infinitive_negates_it(coded):
    assert flags(coded, "Russia is not ready to meet Ukraine.", "03") == (True, False)
    assert flags(coded, "Iran chose not to criticize Israel.", "11") == (True, False)
    # near miss: "not" on another clause
    assert flags(coded, "Iran chose to criticize Israel.", "11") == (False, False)


def test_musing_a_platform_or_a_promise_makes_the_act_hypothetical(coded):
    assert flags(coded, "Russia mused about attacking Ukraine.", "19") == (False, True)
    assert flags(coded, "Egypt campaigned on a platform of cutting aid to Israel.", "16") == (False, True)
    assert flags(coded, "Iran speculated about attacking Israel.", "19") == (False, True)
    # near miss: the act told
    assert flags(coded, "Russia talked to Ukraine after attacking Syria.", "19") == (False, False)


def test_a_noun_event_with_its_doer_told_is_presupposed(coded):
    assert flags(coded, "Russia did not condemn the annexation of Crimea by Ukraine.", "19") == (False, False)
    assert flags(coded, "France would condemn Russia's annexation of Crimea.", "19") == (False, False)
    # near miss: the governing clause keeps its own flags
    assert flags(coded, "France would condemn Russia's annexation of Crimea.", "11") == (False, True)
    assert flags(coded, "Russia did not condemn the annexation of Crimea by Ukraine.", "11") == (True, False)
