"""Sentence splitting: offsets, abbreviations, quotes."""

import pytest

from eventwire.parse import sentences, tokenizer


def split(text):
    return [text[s:e] for s, e in sentences.split(tokenizer(), text)]


@pytest.mark.parametrize("text,expected", [
    ("Lavrov said Friday. He left.", ["Lavrov said Friday.", "He left."]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ('Talks ended Friday. "We will return," he said.', ["Talks ended Friday.", '"We will return," he said.']),
    ("U.S. and Russian officials met on Aug. 9 in Washington, D.C. The talks failed.",
     ["U.S. and Russian officials met on Aug. 9 in Washington, D.C.", "The talks failed."]),
    ("Officials from the U.S. Treasury met Mr. Smith.", ["Officials from the U.S. Treasury met Mr. Smith."]),
    ("Was it a deal? Nobody knows! 3 people were hurt.", ["Was it a deal?", "Nobody knows!", "3 people were hurt."]),
    ("A headline without a stop", ["A headline without a stop"]),
    ("He waited... and waited. Then it ended.", ["He waited... and waited.", "Then it ended."]),
])
def test_split(text, expected):
    assert split(text) == expected


def test_offsets_shifted_and_exact():
    text = "First one. Second one."
    spans = sentences.split(tokenizer(), text, offset=100)
    assert spans == [(100, 110), (111, 122)]
