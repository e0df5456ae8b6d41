"""Negation and modality scope (issue 10, item 4): which acts a clause asserts,
which it negates, and which it only wishes, plans, asks about or talks of.
Each class: sentences of our own wording, with a near miss that must not fire."""

from __future__ import annotations

from .conftest import events_of

A = {"Russia": "RUS", "Ukraine": "UKR", "Iran": "IRN", "Israel": "ISR", "Turkey": "TUR", "Syria": "SYR",
     "Egypt": "EGY", "France": "FRA", "Germany": "DEU", "China": "CHN", "Japan": "JPN", "Obama": "USAGOV",
     "Trump": "USAELI", "Kasich": "USAELI", "Clinton": "USAELI", "Democrats": "USAPTY"}


def run(coded, text):
    doc = coded(text, {k: v for k, v in A.items() if k in text})
    codes = events_of(doc)
    return [(c, s, t, bool(e["negated"]), bool(e["hypothetical"]))
            for (c, s, t), e in zip(codes, doc.article.events)]


def flags(coded, text, code_prefix):
    """(negated, hypothetical) of the one event whose code starts with ``code_prefix``."""
    hits = [(n, h) for c, _s, _t, n, h in run(coded, text) if c.startswith(code_prefix)]
    assert len(hits) == 1, (text, run(coded, text))
    return hits[0]


# -- negation: coordinated, elliptical, by "no", by a negative verb -----------------

def test_a_conjunct_shares_the_negation_of_the_first(coded):
    assert flags(coded, "Russia didn't seek or receive aid from Ukraine.", "07") == (True, False)
    assert flags(coded, "Iran did not meet or praise Egypt.", "05") == (True, False)
    # near miss: a contrast ends the negation
    ev = run(coded, "Russia did not attack Ukraine but threatened Turkey.")
    assert ("190", ["RUS"], ["UKR"], True, False) in ev
    assert ("130", ["RUS"], ["TUR"], False, False) in ev


def test_negation_on_the_auxiliary_and_elliptical_negation(coded):
    ev = run(coded, "Russia does not, and never will, accept the demands of Ukraine.")
    assert [c[:2] for c, *_ in ev] == ["12"]  # a refusal, not intent to yield
    assert flags(coded, "Iran never criticized Israel.", "11") == (True, False)
    assert flags(coded, "Iran has never once praised Israel.", "05") == (True, False)
    # near miss: "never" elsewhere in the sentence
    assert flags(coded, "Iran criticized Israel, which had never expected it.", "11") == (False, False)


def test_no_on_a_noun_of_the_trigger(coded):
    assert flags(coded, "Russia makes no apologies to Ukraine.", "05") == (True, False)
    assert flags(coded, "Turkey gave no aid to Syria.", "07") == (True, False)
    # near miss: the noun subject of a negated verb is not negated itself
    assert flags(coded, "Russia's criticism of Ukraine did not stop the talks.", "11") == (False, False)


def test_yet_to_avoid_and_refrain_are_negations(coded):
    assert flags(coded, "Obama has yet to endorse Clinton.", "05") == (True, False)
    assert flags(coded, "Russia avoided any criticism of Ukraine.", "11") == (True, False)
    assert flags(coded, "France refrained from criticizing Germany.", "11") == (True, False)
    # near miss: "yet" that is no negation
    assert flags(coded, "Obama endorsed Clinton yet again.", "05") == (False, False)


def test_a_negated_future_act_of_force_is_no_threat(coded):
    assert run(coded, "Russia will not attack Ukraine.") == [("190", ["RUS"], ["UKR"], True, True)]
    assert [(c[:2] in ("18", "19"), n) for c, _s, _t, n, _h in run(coded, "Russia won't bomb Ukraine.")] == [(True, True)]
    # near miss: the asserted future act of force is a threat (CAMEO 13)
    assert [c[:2] for c, *_ in run(coded, "Russia will attack Ukraine.")] == ["13"]


# -- modality: what the clause depends on ------------------------------------------

def test_an_infinitive_or_gerund_shares_the_modality_of_its_clause(coded):
    assert flags(coded, "If the talks fail, Democrats would need to support Clinton.", "05") == (False, True)
    assert flags(coded, "By offering Kasich the second spot, Trump would show voters he is serious.", "03") \
        == (False, True)
    assert flags(coded, "Turkey will have to work with Syria.", "06") == (False, True)
    # near misses: the same gerund under an asserted clause; a participle clause tells its own act
    assert flags(coded, "Trump may try to make peace with rivals, offering Kasich a slot.", "03") == (False, False)
    assert flags(coded, "By praising Kasich, Trump showed voters he is serious.", "05") == (False, False)


def test_ability_and_obligation_auxiliaries_only_flag(coded):
    assert run(coded, "Russia can work together with Ukraine.") == [("060", ["RUS"], ["UKR"], False, True)]
    assert flags(coded, "Iran should praise Israel.", "05") == (False, True)
    assert flags(coded, "Turkey cannot cooperate with Syria.", "06") == (True, True)
    # near miss: "X said Y must" is a demand that was made
    assert run(coded, "Germany said Iran must release the prisoners.") == [("1053", ["DEU"], ["IRN"], False, False)]


def test_acts_talked_of_planned_or_needed(coded):
    assert flags(coded, "Trump is talking about deporting Obama.", "17") == (False, True)
    assert flags(coded, "Clinton is leaning toward supporting Obama.", "05") == (False, True)
    assert flags(coded, "Trump discussed Trump's plan to impose sanctions on China.", "16") == (False, True)
    # near miss: a gerund under a word that tells a done act
    assert flags(coded, "Trump won praise for supporting Obama.", "05") == (False, False)


def test_purpose_and_adjective_infinitives(coded):
    assert flags(coded, "Obama talked about Trump's desire to attack Iran.", "1") == (False, True)
    assert flags(coded, "Trump defended his idea of deporting Obama.", "17") == (False, True)
    assert flags(coded, "It is easy for Iran to criticize Israel.", "11")[1] is True
    assert flags(coded, "Turkey spoke on condition of anonymity to share information with Syria.", "06")[1] is True
    assert flags(coded, "It is impossible for Turkey to support Syria.", "05") == (False, True)
    # near miss: "went on to" tells what followed
    assert flags(coded, "Russia went on to criticize Ukraine.", "11") == (False, False)


def test_a_yes_no_question_asserts_nothing(coded):
    assert flags(coded, "Did Russia attack Ukraine?", "19") == (False, True)
    assert flags(coded, "Has Iran criticized Israel?", "11") == (False, True)
    assert flags(coded, "So did Turkey support Syria?", "05") == (False, True)  # "does ... support": a stance
    # near miss: a wh-question presupposes the act
    assert flags(coded, "Why did Russia attack Ukraine?", "19") == (False, False)


# -- frames: wishes, bare intent words, promised acts of conflict -------------------

def test_a_wish_or_expectation_keeps_the_act_hypothetical_not_intent(coded):
    assert run(coded, "Russia wants to give aid to Ukraine.") == [("070", ["RUS"], ["UKR"], False, True)]
    assert flags(coded, "Iran hopes to meet Egypt soon.", "04") == (False, True)
    assert flags(coded, "Germany expects to sign an agreement with France.", "0")[1] is True
    # near miss: a promise is an announced intent (CAMEO 03), and it was made
    assert run(coded, "Russia promised to give aid to Ukraine.") == [("033", ["RUS"], ["UKR"], False, False)]


def test_an_intent_word_with_no_act_and_no_one_codes_nothing(coded):
    assert run(coded, "Obama was eager to please voters.") == []
    assert run(coded, "Russia is ready to be a great power.") == []
    assert run(coded, "Then the voters decide who they want.") == []
    # near miss: a party to agree with, or an act to be ready for
    assert [c for c, *_ in run(coded, "Russia and Ukraine agreed.")] == ["030"]
    assert [c for c, *_ in run(coded, "Russia is ready to meet Ukraine.")] == ["036"]


def test_a_promised_act_that_is_no_cooperation_is_hypothetical(coded):
    assert run(coded, "Obama has promised to veto the bill.")[0][4] is True
    assert flags(coded, "Iran vowed to criticize Israel.", "11") == (False, True)
    # near miss: the act done
    assert flags(coded, "Iran criticized Israel.", "11") == (False, False)


def test_a_conjunct_of_a_wished_or_failed_act_shares_the_frame(coded):
    assert flags(coded, "Russia wants to end the war and give aid to Ukraine.", "07") == (False, True)
    assert flags(coded, "Russia tried to stop the war and praise Ukraine.", "05") == (False, True)
    assert flags(coded, "Russia failed to stop the war and praise Ukraine.", "05") == (True, False)
    # near miss: a conjunct of an asserted act
    assert flags(coded, "Russia ended the war and praised Ukraine.", "05") == (False, False)


def test_curly_apostrophe_modals_and_negated_reporting(coded):
    assert flags(coded, "Trump said he\u2019d support Clinton.", "0")[1] is True
    assert flags(coded, "Obama never said Iran should release the prisoners.", "025") == (True, False)
    assert flags(coded, "Obama did not say Iran must release the prisoners.", "105") == (True, False)
    # near miss: the demand made
    assert flags(coded, "Obama said Iran should release the prisoners.", "025") == (False, False)
