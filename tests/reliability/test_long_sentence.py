"""A 100 000-word sentence (no boundary anywhere) is split into bounded chunks before spaCy, keeping all
its text, and each chunk is parsed as a sentence of its own.  (Coding the whole article is part of the
full-size ``eventwire check-reliability``: minutes, not for the test suite.)"""

import random

from eventwire.parse import Parser, bounds, split_sentences, tokenizer
from eventwire.pipeline import Pipeline
from eventwire.record import RawArticle

WORDS = ["the", "envoy", "of", "Peru", "met", "officials", "and", "spoke", "about", "river", "quotas", "with"]


def _run_on(n_words: int, seed: int = 3) -> tuple[str, object]:
    r = random.Random(seed)
    sentence = "Delegates reported that " + " ".join(r.choice(WORDS) for _ in range(n_words)) + "."
    raw = RawArticle(text=sentence + "\n\nThe talks ended on Friday.", title="A long run", detect_title=False)
    return sentence, Pipeline().prepare(raw)


def test_a_100k_word_sentence_is_split_into_bounded_chunks_and_keeps_its_text():
    sentence, doc = _run_on(100_000)
    art = doc.article
    assert art.status == "coded"
    cut = [s for s in art.sentences if s.get("cut") == bounds.CUT_NOTE]
    assert len(cut) >= 100_000 // bounds.MAX_TOKENS  # chunks were made ...
    tok = tokenizer()
    assert max(len(tok(art.body[s["start"]:s["end"]])) for s in cut) <= bounds.MAX_TOKENS  # ... each bounded
    assert " ".join(art.body[s["start"]:s["end"]] for s in cut) == sentence  # ... and no word lost
    whole = [art.body[s["start"]:s["end"]] for s in art.sentences if "cut" not in s]
    assert "The talks ended on Friday." in whole  # the sentence after it is untouched


def test_each_chunk_is_parsed_as_a_sentence_of_its_own():
    sentence, doc = _run_on(3_000, seed=4)
    Parser()([doc])
    cut = [i for i, s in enumerate(doc.article.sentences) if s.get("cut")]
    assert len(cut) >= 3_000 // bounds.MAX_TOKENS
    assert all(i in doc.parsed and len(doc.parsed[i]) <= bounds.MAX_TOKENS for i in cut)
    assert sum(len(doc.parsed[i]) for i in cut) == len(tokenizer()(sentence))  # every token parsed once


def test_an_article_of_ordinary_sentences_has_no_cut():  # the near miss
    doc = Pipeline().prepare(RawArticle(text="The envoy met officials in Lima on Monday. They spoke about "
                                             "river quotas, fishing permits and a rail link for two hours.",
                                        title="Talks", detect_title=False))
    split_sentences(doc)
    assert len(doc.article.sentences) == 2 and not any("cut" in s for s in doc.article.sentences)
