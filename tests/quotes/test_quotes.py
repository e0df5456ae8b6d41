"""Quotes stage: each kind of quotation, speaker resolution, the seed gold."""

from __future__ import annotations

import re

import pytest

from eventwire.parse import Parser, split_sentences
from eventwire.quotes import find_quotes, lexicon_terms, make_stage
from eventwire.record import Article, Document
from eventwire.settings import Settings


def doc_of(text: str, actors: list[dict] | None = None, parse: bool = True) -> Document:
    paras = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)]
    doc = Document(article=Article(body=text, paragraphs=paras, published="2013-08-10", actors=actors or []))
    split_sentences(doc)
    if parse:
        Parser(Settings().model)([doc])
    return doc


def actor(aid: str, name: str, text: str, *words: str) -> dict:
    """An actor with a mention at every occurrence of each of ``words``."""
    mentions = [{"start": m.start(), "end": m.end(), "text": w, "sentence": 0}
                for w in words for m in re.finditer(re.escape(w), text)]
    return {"id": aid, "name": name, "code": "XXX", "mentions": mentions}


def only(quotes, kind=None):
    got = [q for q in quotes if kind is None or q["kind"] == kind]
    assert len(got) == 1, quotes
    return got[0]


@pytest.mark.parametrize("text", [
    '"We will not accept this proposal," Lavrov said.',
    '“We will not accept this proposal,” Lavrov said.',
    '"We will not accept this proposal,” Lavrov said.',  # mixed marks
    '“We will not accept this proposal," Lavrov said.',
    "''We will not accept this proposal,'' Lavrov said.",  # typewriter marks
])
@pytest.mark.parametrize("parse", [True, False])
def test_direct_quote_in_every_mark_style(text, parse):
    acts = [actor("a1", "Sergei Lavrov", text, "Lavrov")]
    q = only(find_quotes(doc_of(text, acts, parse)))
    assert q["kind"] == "direct"
    assert q["content"]["text"] == "We will not accept this proposal"
    assert q["speaker"]["actor"] == "a1" and q["speaker"]["name"] == "Sergei Lavrov"
    assert q["cue"]["text"] == "said"


def test_cue_before_with_colon_and_told_reporters():
    text = 'Lavrov told reporters: "We need to convene the meeting soon."'
    q = only(find_quotes(doc_of(text, [actor("a1", "Sergei Lavrov", text, "Lavrov")])))
    assert q["kind"] == "direct" and q["speaker"]["actor"] == "a1"
    assert q["cue"]["text"] == "told reporters"


def test_quote_over_several_sentences_is_one_quote():
    text = '"Our positions are close. Whatever happens, we have to meet," Lavrov said.'
    q = only(find_quotes(doc_of(text, [actor("a1", "Sergei Lavrov", text, "Lavrov")])))
    assert q["content"]["text"].startswith("Our positions") and q["content"]["text"].endswith("have to meet")


def test_split_quote_is_one_quote_with_two_parts():
    text = '"We will not," she said, "accept this under any circumstances."'
    acts = [actor("a1", "Angela Merkel", text, "she")]
    q = only(find_quotes(doc_of(text, acts)))
    assert q["kind"] == "direct" and q["speaker"]["actor"] == "a1"
    assert [p["text"] for p in q["parts"]] == ["We will not", "accept this under any circumstances."]


def test_quote_running_over_paragraphs():
    text = ('"The talks will resume next month. We expect progress on the key questions.\n\n'
            '"Nobody wants another failure," Kerry said.')
    q = only(find_quotes(doc_of(text, [actor("a1", "John Kerry", text, "Kerry")])))
    assert len(q["parts"]) == 2 and q["speaker"]["actor"] == "a1"
    assert q["content"]["text"].startswith("The talks") and q["content"]["text"].endswith("another failure")


def test_partial_quote_inside_reported_clause():
    text = 'Moscow and Washington want peace talks "as soon as possible," Russian Foreign Minister Sergei Lavrov said Friday.'
    acts = [actor("a1", "Sergei Lavrov", text, "Russian Foreign Minister Sergei Lavrov")]
    quotes = find_quotes(doc_of(text, acts))
    partial = only(quotes, "partial")
    indirect = only(quotes, "indirect")
    assert partial["content"]["text"] == "as soon as possible"
    assert partial["speaker"]["actor"] == indirect["speaker"]["actor"] == "a1"
    assert partial["part_of"] == indirect["id"]
    assert indirect["content"]["text"].startswith("Moscow and Washington want peace talks")


@pytest.mark.parametrize("text,speaker,cue,content", [
    ("Lavrov said that U.S. and Russian officials would meet again.", "Lavrov", "said",
     "U.S. and Russian officials would meet again"),
    ("Lavrov said U.S. and Russian officials would meet again.", "Lavrov", "said",
     "U.S. and Russian officials would meet again"),
    ("Lavrov added that U.S. and Russian officials would meet again.", "Lavrov", "added",
     "U.S. and Russian officials would meet again"),
    ("Lavrov told reporters the officials would meet again next week.", "Lavrov", "told reporters",
     "the officials would meet again next week"),
    ("According to Lavrov, the officials would meet again next week.", "Lavrov", "According to",
     "the officials would meet again next week"),
    ("The officials would meet again next week, according to Lavrov.", "Lavrov", "according to",
     "The officials would meet again next week"),
])
@pytest.mark.parametrize("parse", [True, False])
def test_indirect_speech(text, speaker, cue, content, parse):
    acts = [actor("a1", "Sergei Lavrov", text, speaker)]
    q = only(find_quotes(doc_of(text, acts, parse)), "indirect")
    assert q["content"]["text"] == content
    assert q["cue"]["text"] == cue
    assert q["speaker"]["actor"] == "a1" and q["speaker"]["span"]["text"] == speaker


def test_speaker_pronoun_and_role_noun_resolve_through_actor_mentions():
    text = ("Sergei Lavrov met John Kerry in Washington. "
            "He said the talks would resume soon. "
            "The minister said Russia would take part in the conference.")
    acts = [actor("a1", "Sergei Lavrov", text, "Sergei Lavrov", "He", "The minister"),
            actor("a2", "John Kerry", text, "John Kerry")]
    quotes = [q for q in find_quotes(doc_of(text, acts)) if q["kind"] == "indirect"]
    assert [q["speaker"]["actor"] for q in quotes] == ["a1", "a1"]
    assert [q["speaker"]["span"]["text"] for q in quotes] == ["He", "The minister"]


def test_unresolved_speaker_keeps_its_words():
    text = "A Kremlin spokesman said the proposal was unacceptable to Moscow."
    q = only(find_quotes(doc_of(text)), "indirect")
    assert q["speaker"]["actor"] is None
    assert q["speaker"]["name"] == "A Kremlin spokesman"


def test_pronoun_without_actor_mention_falls_back_on_previous_speaker():
    text = '"The talks were useful," Lavrov said. He said the next round would be in Geneva.'
    acts = [actor("a1", "Sergei Lavrov", text, "Lavrov")]
    quotes = find_quotes(doc_of(text, acts))
    assert [q["speaker"]["actor"] for q in quotes] == ["a1", "a1"]


def test_headline_single_quotes():
    text = "Lavrov: Russia Wants Syria Talks 'as Soon as Possible Now'\nLavrov spoke in Moscow."
    quotes = find_quotes(doc_of(text), keep_unattributed=True)
    assert [q["content"]["text"] for q in quotes if q["kind"] != "indirect"] == ["as Soon as Possible Now"]


def test_scare_quotes_and_apostrophes_are_not_quotes():
    text = ('The so-called "peace plan" was called a "farce" by critics. '
            "The ministers' talks don't matter, Lavrov's aide noted.")
    quotes = find_quotes(doc_of(text), keep_unattributed=True)
    assert not [q for q in quotes if q["kind"] != "indirect"]


def test_each_quote_once():
    line = '"My colleague and I often differ on the way ahead," Kerry said.'
    text = line + "\n" + line
    quotes = find_quotes(doc_of(text, [actor("a1", "John Kerry", text, "Kerry")]))
    assert len(quotes) == 1


def test_unattributed_quote_is_left_out_by_default_and_kept_on_request():
    text = 'Officials met on Friday.\n"This cannot go on like this forever."'
    assert find_quotes(doc_of(text)) == []
    kept = find_quotes(doc_of(text), keep_unattributed=True)
    assert len(kept) == 1 and kept[0]["speaker"] == {"actor": None, "name": None, "span": None}


def test_continuation_paragraph_keeps_the_speaker():
    text = ('"We will keep talking," Lavrov said.\n'
            '"Nobody wants this conflict to go on for another year."')
    quotes = find_quotes(doc_of(text, [actor("a1", "Sergei Lavrov", text, "Lavrov")]))
    q = only(quotes)  # the speech runs on: one quotation in two parts
    assert q["speaker"]["actor"] == "a1"
    assert [p["text"] for p in q["parts"]] == ["We will keep talking",
                                               "Nobody wants this conflict to go on for another year."]


def test_stage_fills_record_and_spans_are_consistent():
    text = '"We will not accept this proposal," Lavrov said.'
    doc = doc_of(text, [actor("a1", "Sergei Lavrov", text, "Lavrov")])
    make_stage(Settings())(doc)
    body = doc.article.body
    for q in doc.article.quotes:
        for sp in (q["content"], q["cue"], q["speaker"]["span"]):
            assert body[sp["start"]:sp["end"]] == sp["text"]
        assert set(q) >= {"id", "kind", "content", "speaker", "cue", "sentence"}


def test_lexicon_terms_for_the_fast_scan():
    terms = lexicon_terms()
    for t in ("said", "told", "according to", "added", "says", '"', "“"):
        assert t in terms


def test_seed_gold_quotes_section(seed_record, seed_gold):
    from eventwire.evaluate import article_gold

    checks = article_gold.check_quotes(seed_record, seed_gold)
    failed = [(name, detail) for name, ok, detail in checks if not ok]
    assert not failed, failed
    assert len(checks) == len(seed_gold["quotes"]["required"]) + len(seed_gold["quotes"]["forbidden_speakers"])


def test_stance_reports_are_marked_apart_from_speech():
    text = "Lavrov criticized the decision to arm the rebels. Lavrov said the talks would resume."
    acts = [actor("a1", "Sergei Lavrov", text, "Lavrov")]
    quotes = find_quotes(doc_of(text, acts))
    assert [(q["content"]["text"], q["report"]) for q in quotes] == [
        ("the decision to arm the rebels", "stance"), ("the talks would resume", "speech")]


@pytest.mark.parametrize("parse", [True, False])
def test_quote_opening_a_sentence_after_another(parse):
    text = ('Lavrov met Kerry in Geneva on Friday. "We will not accept this," the minister said. '
            'Kerry said he hoped the talks would resume.')
    acts = [actor("a1", "Sergei Lavrov", text, "Lavrov", "the minister"), actor("a2", "John Kerry", text, "Kerry")]
    quotes = find_quotes(doc_of(text, acts, parse))
    assert [(q["kind"], q["content"]["text"], q["speaker"]["actor"]) for q in quotes] == [
        ("direct", "We will not accept this", "a1"), ("indirect", "he hoped the talks would resume", "a2")]


def test_on_the_real_pipeline(pipeline):
    art = pipeline.code('Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva on Friday. '
                        '"We will not accept this," the minister said. Kerry said he hoped the talks '
                        'would resume. "Nobody wants this war," he said.', published="2013-08-10")
    names = {a["id"]: a["name"] for a in art.actors}
    got = [(q["kind"], q["content"]["text"], names.get(q["speaker"]["actor"])) for q in art.quotes]
    assert got == [("direct", "We will not accept this", "Sergei Lavrov"),
                   ("indirect", "he hoped the talks would resume", "John Kerry"),
                   ("direct", "Nobody wants this war", "John Kerry")]
