"""The bound on sentence length before spaCy: over-long sentences become chunks, no text is lost."""

from eventwire.parse import bounds, tokenizer


def chunks(text, limit):
    return [text[s:e] for s, e in bounds.bound_spans(tokenizer(), text, 0, len(text), limit)]


def test_a_sentence_within_the_limit_is_left_whole():  # the near miss: long, but not too long
    text = ("The envoy of the northern league, who had travelled for three days by road and rail, "
            "presented the proposal to the council on Tuesday afternoon.")
    n = len(tokenizer()(text))
    assert chunks(text, n) == [text]


def test_a_run_without_boundaries_is_cut_at_the_limit_and_keeps_every_word():
    words = [f"w{i}" for i in range(1000)]
    text = " ".join(words)
    got = chunks(text, 100)
    assert len(got) == 10
    assert all(len(tokenizer()(c)) <= 100 for c in got)
    assert " ".join(got) == text


def test_a_cut_prefers_a_clause_mark_near_the_end_of_the_window():
    clause = "the ministers of the two river states argued about water quotas for the dry season"
    text = "; ".join([clause] * 12)
    got = chunks(text, 40)
    assert all(c.endswith(";") or c == got[-1] for c in got)  # every cut after a semicolon
    assert " ".join(got) == text


def test_chunks_are_marked_and_offsets_shifted():
    long = " ".join(["talks"] * 30) + "."
    text = "Short one here. " + long
    spans = [(100, 115), (116, 116 + len(long))]
    got = bounds.bound_sentences(tokenizer(), text, spans, offset=100, limit=10)
    assert got[0] == (100, 115, False)
    assert all(cut for _, _, cut in got[1:]) and len(got) == 1 + 4  # 31 tokens in chunks of 10
    assert got[-1][1] == 116 + len(long)
