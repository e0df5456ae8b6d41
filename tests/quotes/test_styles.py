"""Each quote-mark style and attribution shape, in sentences written for these tests.

Every group has at least three sentences and one near miss that must not fire.
"""

from __future__ import annotations

import pytest

from eventwire.quotes import find_quotes

from .test_quotes import actor, doc_of


def quotes_of(text, *actors):
    return find_quotes(doc_of(text, list(actors)))


def parts_of(q):
    return [p["text"] for p in q.get("parts") or [q["content"]]]


def direct(quotes):
    return [q for q in quotes if q["kind"] == "direct"]


# -- quote marks, as pairs -----------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ('"The harvest was the worst in a decade," the farmer said.', "The harvest was the worst in a decade"),
    ("“The harvest was the worst in a decade,” the farmer said.", "The harvest was the worst in a decade"),
    ("«The harvest was the worst in a decade,» the farmer said.", "The harvest was the worst in a decade"),
    ("‘‘The harvest was the worst in a decade,’’ the farmer said.", "The harvest was the worst in a decade"),
    ("``The harvest was the worst in a decade,'' the farmer said.", "The harvest was the worst in a decade"),
])
def test_every_double_mark_style_pairs(text, said):
    (q,) = direct(quotes_of(text))
    assert parts_of(q) == [said]
    assert q["speaker"]["span"]["text"] == "the farmer"


@pytest.mark.parametrize("text, pieces", [
    ("''Nobody expected the vote to be this close,'' Ms. Okafor said. ''We will count again.''",
     ["Nobody expected the vote to be this close", "We will count again."]),
    ("''The river is rising fast,'' the warden said. ''Leave your homes tonight.''",
     ["The river is rising fast", "Leave your homes tonight."]),
    ("''Our schools need more teachers,'' he said, ''and they need them this autumn.''",
     ["Our schools need more teachers", "and they need them this autumn."]),
])
def test_doubled_single_marks_leave_the_attribution_out(text, pieces):
    (q,) = direct(quotes_of(text))
    assert parts_of(q) == pieces
    assert not any("said" in p for p in parts_of(q))


def test_apostrophes_are_not_doubled_marks():
    # near miss: two apostrophes far apart are no quotation
    assert quotes_of("The farmers' union met the growers' council on Monday.") == []


@pytest.mark.parametrize("text, pieces", [
    ('"We have no money left," the treasurer said, "and the bank will not lend us more."',
     ["We have no money left", "and the bank will not lend us more."]),
    ("“This road is a danger to children,” said Pilar Santos, a parent, “and the council knows it.”",
     ["This road is a danger to children", "and the council knows it."]),
    ('"I did not see the report," the minister told reporters, "until it was in the papers."',
     ["I did not see the report", "until it was in the papers."]),
])
def test_quote_interrupted_by_its_attribution_is_one_quote_in_parts(text, pieces):
    (q,) = direct(quotes_of(text))
    assert parts_of(q) == pieces


def test_two_speakers_are_two_quotes():
    # near miss: the second quotation has its own cue, so it is not a part of the first
    text = '"The plan is sound," the mayor said. "It will cost far too much," her rival said.'
    assert len(direct(quotes_of(text))) == 2


@pytest.mark.parametrize("text, n_parts", [
    ('"The first week was chaos. Nobody knew where the trucks were.\n'
     '"By the second week we had a system," the driver said.', 2),
    ('“We walked for three days without food.\n“Then the soldiers stopped us at the border.\n'
     '“We waited there for a week,” the refugee said.', 3),
    ('"The factory closed in March," Luis Ortega said.\n'
     '"Since then I have driven a taxi at night."', 2),
])
def test_quotation_running_over_paragraphs(text, n_parts):
    (q,) = direct(quotes_of(text))
    assert len(q["parts"]) == n_parts


def test_new_quote_with_its_own_cue_does_not_run_on():
    # near miss: the next paragraph's quotation is attributed to someone else
    text = '"The factory closed in March," Luis Ortega said.\n"It was losing money," his manager said.'
    assert len(direct(quotes_of(text))) == 2


@pytest.mark.parametrize("text", [
    'She was interviewed on "Face the Nation" and said little.',
    'He read from his memoir "The Long Road Home" to the crowd.',
    'The senator appeared on ABC\'s "This Week" on Sunday.',
])
def test_titles_in_marks_are_no_quotes(text):
    assert [q for q in quotes_of(text) if q["kind"] in ("direct", "partial")] == []


def test_headline_quote_in_title_case_is_kept():
    # near miss: a capitalised headline quotation after a colon is speech, not a title
    text = 'Mayor Kim: "We Will Rebuild Every House In This Town"'
    assert len([q for q in quotes_of(text, actor("a1", "Kim", text, "Mayor Kim"))
                if q["kind"] in ("direct", "partial")]) == 1


def test_headline_colon_names_the_speaker():
    text = 'Governor Ames: "The Budget Will Balance Itself"\n\nThe governor spoke on Monday.'
    (q,) = [q for q in quotes_of(text) if q["kind"] == "direct"]
    assert q["speaker"]["span"]["text"] == "Governor Ames"


def test_colon_after_a_sentence_is_no_headline_speaker():
    # near miss: a whole sentence before the colon is not a name
    text = 'The notice on the door of the town hall was short: "Closed until further notice for repairs."'
    assert all(q["speaker"]["span"] is None or q["speaker"]["span"]["text"] != "The notice"
               for q in quotes_of(text))
