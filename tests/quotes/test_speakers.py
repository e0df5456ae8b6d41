"""Speakers by the structure of the attribution, never by proximity alone.

Sentences written for these tests; each group has a near miss.
"""

from __future__ import annotations

import pytest

from .test_quotes import actor, doc_of
from eventwire.quotes import find_quotes


def speakers(text, *actors, kind=None):
    return [(q["speaker"]["actor"], q["speaker"]["name"]) for q in find_quotes(doc_of(text, list(actors)))
            if kind is None or q["kind"] == kind]


# -- the cue's subject, before or after, and "according to" ---------------------

@pytest.mark.parametrize("text", [
    'Nadia Farouk said: "The clinic will stay open through the winter."',
    '"The clinic will stay open through the winter," Nadia Farouk said.',
    '"The clinic will stay open through the winter," said Nadia Farouk.',
    'According to Nadia Farouk, the clinic will stay open through the winter.',
    'Nadia Farouk said the clinic would stay open through the winter.',
])
def test_speaker_is_the_subject_of_the_cue(text):
    a = actor("a1", "Nadia Farouk", text, "Nadia Farouk")
    assert speakers(text, a) == [("a1", "Nadia Farouk")]


def test_a_name_near_the_quote_but_not_its_subject_is_not_the_speaker():
    # near miss: Farouk is only mentioned; the union's spokesman said it
    text = ('Nadia Farouk runs the clinic. "We will strike on Monday," a union spokesman said.')
    got = speakers(text, actor("a1", "Nadia Farouk", text, "Nadia Farouk"), kind="direct")
    assert got and all(a != "a1" for a, _ in got)


# -- pronouns and role nouns ---------------------------------------------------

def test_role_noun_goes_to_the_earlier_mention_sharing_its_head():
    text = ("Senator Ruth Obi met the Kremlin spokesman on Monday. "
            "The spokesman said the sanctions had changed nothing.")
    got = speakers(text, actor("a1", "Ruth Obi", text, "Senator Ruth Obi"),
                   actor("a2", "Russian government", text, "the Kremlin spokesman"))
    assert got == [("a2", "Russian government")]


def test_role_noun_matching_a_title_in_the_name():
    text = ('"We need the votes by Friday," Senator Ruth Obi said. '
            'The senator said the bill would pass before the recess.')
    got = speakers(text, actor("a1", "Ruth Obi", text, "Senator Ruth Obi"))
    assert got == [("a1", "Ruth Obi"), ("a1", "Ruth Obi")]


def test_pronoun_takes_the_speaker_of_the_previous_quotation():
    text = ('"The port is closed," Captain Moreno said. '
            'He said the ships would wait outside the harbour until Sunday.')
    got = speakers(text, actor("a1", "Luis Moreno", text, "Captain Moreno"))
    assert got == [("a1", "Luis Moreno"), ("a1", "Luis Moreno")]


def test_role_noun_with_no_matching_mention_stays_unresolved():
    # near miss: "the spokesman" is not whoever spoke last
    text = ('"The port is closed," Captain Moreno said. '
            'The spokesman said the ships would wait outside the harbour until Sunday.')
    got = speakers(text, actor("a1", "Luis Moreno", text, "Captain Moreno"))
    assert got[1][0] is None and got[1][1] == "The spokesman"


# -- words that are no speaker ---------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Experts in Seoul said the launch had failed within seconds.", "Seoul"),
    ("Analysts at banks in London said the pound would fall further.", "London"),
    ("Officials from Kenya said the border would reopen next week.", "Kenya"),
])
def test_a_place_inside_the_speaker_phrase_is_not_the_speaker(text, place):
    got = speakers(text, actor("a1", place, text, place))
    assert got and got[0][0] is None and got[0][1].startswith(text.split()[0])


def test_a_country_that_is_the_subject_is_the_speaker():
    # near miss: the country itself said it
    text = "Kenya said the border would reopen next week."
    assert speakers(text, actor("a1", "Kenya", text, "Kenya")) == [("a1", "Kenya")]


@pytest.mark.parametrize("text", [
    "Let's say the new plan works out for every family in the town.",
    "Let’s say the mayor keeps every promise she made in the campaign.",
])
def test_lets_say_is_no_report(text):
    assert speakers(text) == []


def test_it_is_no_speaker_name():
    text = "The ministry issued a statement. It said the talks would resume in the spring."
    got = speakers(text, actor("a1", "ministry", text, "The ministry"))
    assert got == [(None, None)]


# -- the attribution after the marks, an apposition between; names inside the quote --

@pytest.mark.parametrize("text", [
    "''The clinic saved my life, Doctor,'' Maya Stern, a teacher from Leeds, told the surgeon.",
    '"The clinic saved my life, Doctor," Maya Stern, a teacher from Leeds, said.',
    '"The clinic saved my life, Doctor," Maya Stern said.',
])
def test_speaker_after_the_marks_with_an_apposition(text):
    got = speakers(text, actor("a1", "Maya Stern", text, "Maya Stern"), actor("a2", "Doctor", text, "Doctor"),
                   kind="direct")
    assert got == [("a1", "Maya Stern")]


def test_a_name_addressed_inside_the_quote_is_not_the_speaker():
    # near miss: the only name is the one spoken to, inside the marks
    text = '"That was a brave decision, Mr. Mayor," came the reply from the back of the hall.'
    got = speakers(text, actor("a1", "Mayor", text, "Mr. Mayor"), kind="direct")
    assert all(a != "a1" for a, _ in got)


def test_the_agent_of_a_passive_report_is_the_speaker():
    text = "The new rules were announced by the ministry, which said they would take effect in May."
    got = speakers(text, actor("a1", "ministry", text, "the ministry"))
    assert got and got[0][0] == "a1"


def test_the_subject_of_a_passive_report_is_no_speaker():
    # near miss: what is requested does not speak
    assert speakers("Interviews are requested and advice is given to the president every day.") == []


# -- a role with its name in apposition; pronouns linked through quoted words ----

@pytest.mark.parametrize("text, name", [
    ("The company's lawyer, Dana Wu, said the merger would close in June.", "Dana Wu"),
    ("''The deal is done,'' the city's housing chief, Omar Reyes, said on Monday.", "Omar Reyes"),
    ("A spokeswoman for the port, Lena Holt, said the cranes would run again by noon.", "Lena Holt"),
])
def test_role_with_an_apposed_name_is_that_person(text, name):
    got = speakers(text)
    assert got and got[0] == (None, name)


def test_role_without_apposition_keeps_its_words():
    # near miss: a comma and a clause, not a name, follow the role
    text = "The company's lawyer said the merger would close in June, weeks later than planned."
    assert speakers(text) == [(None, "The company's lawyer")]


def test_pronoun_linked_to_a_name_inside_the_quote_is_not_that_name():
    text = '"What worries me is that Carla Diaz will lose the vote," he said.'
    pron = text.index("he said")
    a = actor("a1", "Carla Diaz", text, "Carla Diaz")
    a["mentions"].append({"start": pron, "end": pron + 2, "text": "he", "sentence": 0})  # a wrong link
    got = speakers(text, a, kind="direct")
    assert got and got[0][0] is None


def test_pronoun_linked_to_a_name_outside_quotes_is_kept():
    # near miss: the name stands in the writer's own words before the quote
    text = 'Carla Diaz stood up. "We will not lose this vote," she said.'
    pron = text.index("she said")
    a = actor("a1", "Carla Diaz", text, "Carla Diaz")
    a["mentions"].append({"start": pron, "end": pron + 3, "text": "she", "sentence": 1})
    assert speakers(text, a, kind="direct") == [("a1", "Carla Diaz")]


def test_a_name_after_to_in_the_role_is_not_the_speaker():
    text = "The former top aide to President Alan Ford said the plan would fail."
    got = speakers(text, actor("a1", "Alan Ford", text, "President Alan Ford"))
    assert got and got[0][0] is None


def test_unlinked_pronoun_takes_the_named_subject_of_the_sentence_before():
    text = '"The vote is rigged," Mark Hale said. Ann Petrov rejected the claim. She said the count was fair.'
    got = speakers(text, actor("a1", "Mark Hale", text, "Mark Hale"), actor("a2", "Ann Petrov", text, "Ann Petrov"))
    assert got == [("a1", "Mark Hale"), ("a2", "Ann Petrov")]


def test_unlinked_pronoun_after_a_quote_keeps_the_quoted_speaker():
    # near miss: the sentence before is the quotation's own, so the exchange goes on
    text = 'Ann Petrov left early. "The vote is rigged," Mark Hale said. He said the count was a farce.'
    got = speakers(text, actor("a1", "Mark Hale", text, "Mark Hale"), actor("a2", "Ann Petrov", text, "Ann Petrov"))
    assert got == [("a1", "Mark Hale"), ("a1", "Mark Hale")]


def test_a_common_noun_subject_is_not_taken_for_a_pronoun():
    # near miss: "the crowd" is no named subject, so "he" stays unresolved
    text = 'The crowd was loud. He said the count was fair.'
    assert speakers(text, actor("a1", "crowd", text, "The crowd")) == [(None, None)]


@pytest.mark.parametrize("text, name", [
    ("According to Ines Varga, the mine will close before the end of the year.", "Ines Varga"),
    ("The mine will close before the end of the year, according to Ines Varga.", "Ines Varga"),
    ("Two hundred jobs will go, according to the union, which called a strike for Monday.", "the union"),
])
def test_according_to_names_the_source(text, name):
    got = speakers(text, actor("a1", name, text, name), kind="indirect")
    assert got == [("a1", name)]


@pytest.mark.parametrize("text", [
    "The vote went according to plan and the bill passed.",
    "Everything went according to schedule on the first day.",
])
def test_according_to_a_plan_is_no_source(text):
    # near miss: "according to" a plan or schedule reports no one's words
    assert speakers(text) == []


@pytest.mark.parametrize("text", [
    '"The roof leaks in every storm," Tomas Berg said.\n"The landlord has known since spring."',
    '“The roof leaks in every storm,” said Tomas Berg.\n“The landlord has known since spring.”\n“Nothing was done.”',
    "''The roof leaks in every storm,'' Tomas Berg said.\n''The landlord has known since spring.''",
])
def test_continuation_paragraph_is_the_same_speaker(text):
    got = find_quotes(doc_of(text, [actor("a1", "Tomas Berg", text, "Tomas Berg")]))
    assert [q["speaker"]["actor"] for q in got if q["kind"] == "direct"] == ["a1"]
    assert len(got[0]["parts"]) >= 2


@pytest.mark.parametrize("text, mention", [
    ("Sen. Ada Moss spoke first. The senator said the bill would pass by June.", "Sen. Ada Moss"),
    ("Gov. Ada Moss spoke first. The governor said the budget would pass by June.", "Gov. Ada Moss"),
    ("Rep. Ada Moss spoke first. The representative said the bill would pass by June.", "Rep. Ada Moss"),
])
def test_role_noun_finds_an_abbreviated_title(text, mention):
    assert speakers(text, actor("a1", "Ada Moss", text, mention)) == [("a1", "Ada Moss")]


def test_a_different_title_is_not_the_role():
    # near miss: "the governor" is not the senator named before
    text = "Sen. Ada Moss spoke first. The governor said the budget would pass by June."
    got = speakers(text, actor("a1", "Ada Moss", text, "Sen. Ada Moss"))
    assert got and got[0][0] is None


def test_unlinked_pronoun_takes_a_named_subject_even_without_an_actor():
    text = "Rosa Quill runs the night shelter. She said the beds were full every night in January."
    got = speakers(text)
    assert got == [(None, "Rosa Quill")]


def test_he_or_she_does_not_take_a_group_in_common_nouns():
    text = '"We are tired of waiting," said two retired miners. She said the mine owed them money.'
    got = speakers(text)
    assert got[-1] == (None, None)


def test_they_may_take_a_group_in_common_nouns():
    # near miss: a plural pronoun goes on with the group that spoke
    text = '"We are tired of waiting," said two retired miners. They said the mine owed them money.'
    got = speakers(text)
    assert got[-1] == (None, "two retired miners")
