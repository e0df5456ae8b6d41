"""Speed levers of the splitter and the clean stage leave their output as it was."""

import spacy

from eventwire.clean import foreign, links
from eventwire.parse import sentences, tokenizer

# Own wording: abbreviations, numbers with stops, quotes closing a sentence, lists.
TEXTS = [
    "The U.S. envoy met Gen. Ortiz on Friday. He said the talks in Washington D.C. went well.",
    "Turnout was 61.5 per cent. Officials counted 1,204 ballots by 9 p.m. and the count ended.",
    "\u201cWe will not leave,\u201d she said. \u201cNever.\u201d The crowd cheered at No. 10 Downing St. Later it rained.",
    "Item 3. The budget rose. Item 4. Taxes fell!",
]


def test_lean_tokenizer_splits_as_spacys_full_tokenizer():
    full = spacy.blank("en").tokenizer
    for text in TEXTS:
        assert sentences.split(tokenizer(), text, 7) == sentences.split(full, text, 7)
        assert [(t.text, t.idx, t.whitespace_, t.like_num) for t in tokenizer()(text)] == \
            [(t.text, t.idx, t.whitespace_, t.like_num) for t in full(text)]


def test_split_still_splits_and_keeps_abbreviations():
    spans = sentences.split(tokenizer(), TEXTS[0])
    assert [TEXTS[0][s:e] for s, e in spans] == [
        "The U.S. envoy met Gen. Ortiz on Friday.", "He said the talks in Washington D.C. went well."]


def _main_script_by_letter(text):
    counts = {"LATIN": sum(1 for ch in text if ch.isascii() and ch.isalpha())}
    for ch in text:
        if not ch.isascii() and foreign.script(ch):
            counts[foreign.script(ch)] = counts.get(foreign.script(ch), 0) + 1
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def test_main_script_counts_every_letter():
    for text in ["Talks \u201cended\u201d in Kyiv", "\u041a\u0438\u0435\u0432 talks", "\u041c\u043e\u0441\u043a\u0432\u0430 ab",
                 "\u2014 12 \u2014", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 and English words here"]:
        assert foreign.main_script(text) == _main_script_by_letter(text)
    assert foreign.main_script("\u2014 12 \u2014") is None  # no letter at all


def test_fold_strips_accents_only():
    assert links._fold("Lire cet article en fran\u00e7ais") == "lire cet article en francais"
    assert links._fold("Auf Deutsch LESEN") == "auf deutsch lesen"
    assert links._fold("\u041a\u0438\u0435\u0432") == "\u043a\u0438\u0435\u0432"  # no accent: letters kept
