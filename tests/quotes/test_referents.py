"""Pronoun and title speakers: the last compatible person, gender from data.

Sentences written for these tests; each group has a near miss.
"""

from __future__ import annotations

from .test_quotes import actor, doc_of
from eventwire.quotes import find_quotes


def speakers(text, *actors, kind=None):
    return [q["speaker"]["name"] for q in find_quotes(doc_of(text, list(actors)))
            if kind is None or q["kind"] == kind]


# -- "he" / "she": the last person in focus whose gender fits ------------------

def test_she_skips_a_man_named_in_between():
    text = ("Jessica Alvarado met Mike Dunmore at the depot on Tuesday. "
            '"The buses will run again next week," she said.')
    got = speakers(text, actor("a1", "Jessica Alvarado", text, "Jessica Alvarado"),
                   actor("a2", "Mike Dunmore", text, "Mike Dunmore"))
    assert got == ["Jessica Alvarado"]


def test_he_after_a_woman_speaker_goes_to_the_man_who_is_subject():
    text = ('"We will reopen the depot," Jessica Alvarado said. '
            "Mike Dunmore disagreed with the plan. "
            '"The roof is not safe yet," he said.')
    got = speakers(text, actor("a1", "Jessica Alvarado", text, "Jessica Alvarado"),
                   actor("a2", "Mike Dunmore", text, "Mike Dunmore"))
    assert got == ["Jessica Alvarado", "Mike Dunmore"]


def test_a_name_said_inside_the_quotation_is_no_antecedent():
    # near miss: Dunmore is named only inside the quotation; "he" is the speaker before
    text = ('Kevin Tallis spoke to the council on Monday. '
            '"Mike Dunmore will lose this vote," he said.')
    got = speakers(text, actor("a1", "Kevin Tallis", text, "Kevin Tallis"),
                   actor("a2", "Mike Dunmore", text, "Mike Dunmore"), kind="direct")
    assert got == ["Kevin Tallis"]


def test_an_object_is_no_antecedent_when_a_subject_fits():
    # near miss: the man named last is the object; the subject is the one speaking
    text = ("Kevin Tallis criticised Mike Dunmore at the hearing. "
            '"This budget is a fiction," he said.')
    got = speakers(text, actor("a1", "Kevin Tallis", text, "Kevin Tallis"),
                   actor("a2", "Mike Dunmore", text, "Mike Dunmore"), kind="direct")
    assert got == ["Kevin Tallis"]


# -- "Mr." / "Mrs." tell apart two people of one surname -----------------------

def test_mrs_goes_to_the_woman_of_the_surname():
    text = ("Jessica Harrow and her husband, Mike Harrow, run the farm. "
            '"We lost half the harvest," Mrs. Harrow said.')
    got = speakers(text, actor("a1", "Jessica Harrow", text, "Jessica Harrow"),
                   actor("a2", "Mike Harrow", text, "Mike Harrow", "Mrs. Harrow"))
    assert got == ["Jessica Harrow"]


def test_mr_goes_to_the_man_of_the_surname():
    text = ("Jessica Harrow and her husband, Mike Harrow, run the farm. "
            '"We will plant again in April," Mr. Harrow said.')
    got = speakers(text, actor("a1", "Jessica Harrow", text, "Jessica Harrow", "Mr. Harrow"),
                   actor("a2", "Mike Harrow", text, "Mike Harrow"))
    assert got == ["Mike Harrow"]


def test_a_title_that_fits_keeps_the_link():
    # near miss: the actors stage's link already fits the title; nothing changes
    text = ("Jessica Harrow and her husband, Mike Harrow, run the farm. "
            '"The rain came too late," Mrs. Harrow said.')
    got = speakers(text, actor("a1", "Jessica Harrow", text, "Jessica Harrow", "Mrs. Harrow"),
                   actor("a2", "Mike Harrow", text, "Mike Harrow"))
    assert got == ["Jessica Harrow"]


# -- role nouns: the person described so earlier -------------------------------

def test_role_noun_finds_the_apposed_description():
    text = ("Jessica Ditmar, a spokeswoman for the port authority, met the press. "
            "The spokeswoman said the cranes would be repaired by May.")
    got = speakers(text, actor("a1", "Jessica Ditmar", text, "Jessica Ditmar"), kind="indirect")
    assert got == ["Jessica Ditmar"]


def titled(aid, name, text, phrase):
    """An actor whose one mention is ``name`` inside the noun phrase ``phrase`` (as the actors stage gives)."""
    p = text.index(phrase)
    s = text.index(name, p)
    return {"id": aid, "name": name, "code": "XXX", "mentions": [
        {"start": s, "end": s + len(name), "text": name, "sentence": 0,
         "phrase": {"start": p, "end": p + len(phrase)}}]}


def test_role_noun_with_a_modifier_said_of_the_person():
    text = ("Democratic nominee Jessica Ditmar toured the port. "
            "The Democratic nominee said the cranes would be repaired by May.")
    got = speakers(text, titled("a1", "Jessica Ditmar", text, "Democratic nominee Jessica Ditmar"), kind="indirect")
    assert got == ["Jessica Ditmar"]


def test_a_modifier_said_of_someone_else_does_not_resolve():
    # near miss: the earlier nominee is a Republican; "the Democratic nominee" is not her
    text = ("Republican nominee Jessica Ditmar toured the port. "
            "The Democratic nominee said the cranes would be repaired by May.")
    got = speakers(text, titled("a1", "Jessica Ditmar", text, "Republican nominee Jessica Ditmar"),
                   kind="indirect")
    assert got != ["Jessica Ditmar"]


def test_an_indefinite_role_is_someone_new():
    # near miss: "a spokeswoman" introduces another person
    text = ("Jessica Ditmar, a spokeswoman for the port authority, met the press. "
            "A spokeswoman for the union said the strike would go on.")
    got = speakers(text, actor("a1", "Jessica Ditmar", text, "Jessica Ditmar"), kind="indirect")
    assert got != ["Jessica Ditmar"]
