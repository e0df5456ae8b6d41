"""A bound on sentence length before spaCy.

A "sentence" of tens of thousands of words (a page with no full stops, a
table flattened into one line, a hostile input) costs spaCy and the rules
after it far more than its share: parsing is slow and memory-hungry on one
huge dependency tree.  A sentence longer than ``MAX_TOKENS`` tokens is
therefore cut into consecutive chunks of at most ``MAX_TOKENS`` tokens,
each parsed as a sentence of its own.  Nothing is dropped: the chunks cover
every token of the sentence (only the whitespace between two chunks falls
outside them), and each chunk says what was done (``"cut": "token limit"``
in the sentence entry of the record).  A chunk ends, where possible, after a
clause mark (``;`` ``:`` ``,`` a closing bracket or a dash) in the last third
of its window, so that a cut seldom falls inside a phrase.
"""

from __future__ import annotations

MAX_TOKENS = 250  # news sentences are rarely over 80 tokens; a legal list may reach 200
CUT_NOTE = "token limit"
_CLAUSE_MARKS = {";", ":", ",", ")", "]", "—", "–", "-", "…"}
# a span shorter than this (in characters) cannot hold MAX_TOKENS tokens worth cutting: not re-tokenised
_MIN_CHARS = MAX_TOKENS


def bound_spans(tokenizer, text: str, start: int, end: int, limit: int = MAX_TOKENS) -> list[tuple[int, int]]:
    """The span ``text[start:end]`` (one sentence) as one span, or as chunks of
    at most ``limit`` tokens when it is longer (offsets into ``text``)."""
    if end - start < min(_MIN_CHARS, limit):
        return [(start, end)]
    doc = tokenizer(text[start:end])
    n = len(doc)
    if n <= limit:
        return [(start, end)]
    out = []
    i = 0
    while i < n:
        j = min(n, i + limit)
        if j < n:  # prefer a clause mark in the last third of the window
            for k in range(j - 1, i + (2 * limit) // 3 - 1, -1):
                if doc[k].text in _CLAUSE_MARKS:
                    j = k + 1
                    break
        first, last = doc[i], doc[j - 1]
        out.append((start + first.idx, start + last.idx + len(last.text)))
        i = j
    return out


def bound_sentences(tokenizer, text: str, spans: list[tuple[int, int]], offset: int = 0,
                    limit: int = MAX_TOKENS) -> list[tuple[int, int, bool]]:
    """``(start, end, cut)`` for each sentence span of ``text`` (spans shifted
    by ``offset``, as :func:`~eventwire.parse.sentences.split` gives them);
    ``cut`` marks a chunk of an over-long sentence."""
    out = []
    for s, e in spans:
        chunks = bound_spans(tokenizer, text, s - offset, e - offset, limit)
        cut = len(chunks) > 1
        out.extend((cs + offset, ce + offset, cut) for cs, ce in chunks)
    return out
