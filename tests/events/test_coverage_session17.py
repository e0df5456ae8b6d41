"""Issue 10, items 1 and 3/5 (coverage side): classes of news sentences the dictionary
missed — stances, denials, symbolic acts, condolences, shared views, requests for help,
extraditions, supplies sent, releases from custody (also with no doer named), tariffs
lifted, options considered, and hyphenated words ("cease-fire").  Each class has a near
miss that must not fire.  Sentences are this project's own wording."""

from __future__ import annotations

from .conftest import events_of

A = {"Donald Trump": "USAGOV", "Hillary Clinton": "USA", "Israel": "ISR", "Hamas": "PSEREB",
     "Russia": "RUS", "Ukraine": "UKR", "Germany": "DEU", "Mali": "MLI", "China": "CHN",
     "Canada": "CAN", "Mexico": "MEX", "Japan": "JPN", "Turkey": "TUR", "Nepal": "NPL",
     "The Kremlin": "RUSGOV", "The Taliban": "AFGREB", "Kabul": "AFG", "Peru": "PER",
     "The Treasury": "USAGOV", "the senator": "USALEG", "The governor": "USAGOV",
     "The activists": "CVL", "The prisoners": "CVL", "the journalists": "MED", "Spain": "ESP"}


def run(coded, text):
    return events_of(coded(text, {k: v for k, v in A.items() if k in text}))


def codes(coded, text):
    return [e[0] for e in run(coded, text)]


# -- 012 / 013: a stance of the speaker -----------------------------------------
def test_a_sceptical_stance_is_a_pessimistic_comment(coded):
    assert ("012", ["RUSGOV"], []) in run(coded, "The Kremlin said it was skeptical of the new proposals.")
    assert "012" in codes(coded, "Germany voiced scepticism about the timetable.")
    # near miss: a sceptical reporter is no actor's stance
    assert "012" not in codes(coded, "Many voters are skeptical.")


def test_a_confident_stance_is_an_optimistic_comment(coded):
    assert "013" in codes(coded, "Hillary Clinton said she was confident of a deal with Russia.")
    assert "013" in codes(coded, "Japan expressed confidence in the talks.")
    # near miss: "confidence vote" is no stance
    assert "013" not in codes(coded, "Japan won a confidence vote.")


# -- 014: a policy option weighed -----------------------------------------------
def test_a_possibility_explored_is_a_policy_option(coded):
    assert ("014", ["DEU"], []) in run(coded, "Germany is exploring the possibility of buying new jets.")
    assert "014" in codes(coded, "Japan will study the possibility of a second airport.")
    # near miss: a possibility mentioned is not one weighed
    assert "014" not in codes(coded, "Japan said the possibility was remote.")


def test_considering_an_act_is_a_policy_option_not_the_act(coded):
    got = run(coded, "Germany is considering sending troops to Mali.")
    assert [e[0] for e in got] == ["014"]
    assert "014" in codes(coded, "Canada is considering sanctions against Russia.")
    # near miss: "considers X a partner" governs no act
    assert codes(coded, "Russia considers Turkey a close partner.") == []


# -- 016: an accusation rejected is a denial --------------------------------------
def test_rejecting_an_accusation_is_a_denial(coded):
    assert ("016", ["CHN"], []) in run(coded, "China rejected accusations of forced labour.")
    assert "016" in codes(coded, "The governor refuted the allegations in a long statement.")
    # near miss: rejecting a plan is a rejection, not a denial
    got = codes(coded, "China rejected the plan.")
    assert "016" not in got and any(c.startswith("12") for c in got)


# -- 017: taking part in a ceremony ---------------------------------------------
def test_attending_a_ceremony_or_funeral_is_a_symbolic_act(coded):
    assert "017" in codes(coded, "Donald Trump attended the funeral of the former senator.")
    assert "017" in codes(coded, "Japan attended a ceremony marking the end of the war.")
    # near miss: attending a meeting is no symbolic act
    assert "017" not in codes(coded, "Japan attended the meeting in Kabul.")


# -- 018: condolences -------------------------------------------------------------
def test_condolences_sent_or_extended_are_empathetic(coded):
    assert ("018", ["JPN"], ["NPL"]) in run(coded, "Japan sent a condolence message to Nepal after the earthquake.")
    assert "018" in codes(coded, "Turkey extended its condolences after the floods.")
    # near miss: a message of another kind
    assert "018" not in codes(coded, "Japan sent a message to Nepal after the earthquake.")


# -- 019: a view shared --------------------------------------------------------------
def test_agreeing_with_someone_that_is_accord(coded):
    assert ("019", ["USAGOV"], ["USALEG"]) in run(
        coded, "Donald Trump said he agreed with the senator that the tax was too high.")
    assert "019" in codes(coded, "Mexico agrees with Canada that the border rules are unfair.")
    # near miss: agreeing to do something is intent, not accord
    assert "019" not in codes(coded, "Mexico agreed with Canada to lower the fees.")


# -- 023: help requested ------------------------------------------------------------
def test_asking_for_help_is_an_appeal_for_aid(coded):
    assert ("023", ["NPL"], ["JPN"]) in run(coded, "Nepal is asking help from Japan after the floods.")
    assert "023" in codes(coded, "Mali requested assistance from Germany.")
    # near miss: asking a question is no appeal for aid
    assert "023" not in codes(coded, "Mali asked Germany a question.")


# -- 063: an extradition approved ---------------------------------------------------
def test_approving_an_extradition_is_judicial_cooperation(coded):
    assert "063" in codes(coded, "Spain approved the extradition of the banker to Peru.")
    assert "063" in codes(coded, "A court in Spain ordered the extradition of two suspects.")
    # near miss: approving a budget is support, not extradition
    assert "063" not in codes(coded, "Spain approved the budget.")


# -- 07: supplies sent ----------------------------------------------------------------
def test_supplies_sent_are_aid(coded):
    assert ("073", ["CHN"], ["NPL"]) in run(coded, "China sent medical supplies to Nepal.")
    assert ("070", ["JPN"], ["NPL"]) in run(coded, "Japan delivered supplies to Nepal by helicopter.")
    assert "073" in codes(coded, "Germany is providing food assistance to Mali.")
    # near miss: a supply cut is no aid
    assert not any(c.startswith("07") for c in codes(coded, "Russia cut gas supplies to Ukraine."))


# -- 0841: released from custody, also with no doer named ---------------------------
def test_released_from_custody_is_a_release(coded):
    assert ("0841", ["TUR"], ["MED"]) in run(coded, "Turkey released the journalists from custody.")
    assert ("0841", [], ["CVL"]) in run(coded, "The activists were released from detention on Monday.")
    assert ("0841", [], ["CVL"]) in run(coded, "The prisoners were released on Friday.")
    # near miss: a report released is no release of persons
    assert run(coded, "The report was released on Friday.") == []
    # near miss: an infinitive's doer is its controller, not an unnamed actor
    assert not [e for e in run(coded, "The ministry rejected demands to release the prisoners.")
                if e[0] == "0841" and e[1] == []]


# -- 085: tariffs eased -----------------------------------------------------------------
def test_tariffs_cut_or_lifted_ease_economic_sanctions(coded):
    assert ("085", ["USAGOV"], ["CHN"]) in run(coded, "The Treasury lowered tariffs on goods from China.")
    assert "0354" in codes(coded, "Mexico and Canada agreed to lift retaliatory tariffs.")
    # near miss: tariffs imposed are a sanction
    got = codes(coded, "Canada imposed tariffs on steel from China.")
    assert "085" not in got and "163" in got


# -- hyphenated dictionary words --------------------------------------------------------
def test_hyphenated_words_match_their_parts(coded):
    assert ("0871", ["AFGREB"], ["AFG"]) in run(coded, "The Taliban announced a cease-fire with Kabul.")
    assert "0871" in codes(coded, "Russia and Ukraine declared a cease-fire.")
    # near miss: the parts alone ("cease", "fire") are not the word
    assert "0871" not in codes(coded, "Hamas opened fire on the village and did not cease.")
