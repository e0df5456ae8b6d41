"""Titles of plain text, found as a reader finds them (clean/titles.py)."""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.clean.titles import is_title, tidy
from eventwire.record import RawArticle

P1 = ("The foreign ministers of Chile and Peru met in Lima on Monday to discuss the long fishing dispute between "
      "the two countries, officials from both governments said after the meeting.")
P2 = ("They agreed to send a joint commission to the disputed waters before the end of the season and to meet "
      "again in Santiago next month, according to a statement released by the Peruvian foreign ministry.")


def _title(first):
    return clean(RawArticle(text=f"{first}\n\n{P1}\n\n{P2}")).title


@pytest.mark.parametrize("first, title", [
    ("Chile and Peru Agree to Talks on Fishing Dispute", "Chile and Peru Agree to Talks on Fishing Dispute"),
    ("Chile and Peru Agree to Talks on Fishing Dispute.", "Chile and Peru Agree to Talks on Fishing Dispute"),
    ("Chile and Peru agree to talks on fishing dispute.", "Chile and Peru agree to talks on fishing dispute"),
    ("Fishing talks resume; ", "Fishing talks resume"),
    ("Will the fishing talks work?", "Will the fishing talks work?"),
    ("Minister: 'We will not give up the coast.'", "Minister: 'We will not give up the coast'"),
])
def test_headline_lines(first, title):
    assert _title(first) == title


def test_a_lede_is_no_title():
    lede = "Chile and Peru agreed on Monday to hold new talks on their long fishing dispute, officials said."
    art = clean(RawArticle(text=f"{lede}\n\n{P1}"))
    assert art.title is None and art.body.startswith("Chile and Peru agreed")


def test_byline_and_dateline_are_no_titles():
    assert _title("By Ana Ruiz and Tomas Vega") is None
    assert clean(RawArticle(text=f"LIMA (Reuters) — Talks resumed\n\n{P1}\n\n{P2}")).title is None


def test_line_before_a_dateline_heads_the_story():
    text = "Fishing talks between Chile and Peru resume after a two-year pause in the capital.\n\n" \
           "LIMA, Aug. 9 (Reuters) — " + P1
    assert is_title(text.split("\n\n")[0], [text.split("\n\n")[1]], dateline_next=True)
    art = clean(RawArticle(text=text))
    assert art.title.startswith("Fishing talks between Chile and Peru resume")


def test_tidy_keeps_questions():
    assert tidy("Ready for the debate?; ") == "Ready for the debate?"
    assert tidy("Talks resume.") == "Talks resume"
