"""Rule-based sentence splitting on spaCy's tokenizer.

Fast (no statistical model): the parse stage splits first and parses
sentences in batches, so that only the sentences that need it are parsed.

A sentence ends after ``.``, ``!``, ``?`` or ``…`` (plus any closing quote
marks or brackets) when the next token starts a sentence: a capital letter,
a digit, or an opening quote.  Tokens that end in a full stop themselves
("U.S.", "Aug.", "D.C.") are abbreviations the tokenizer kept whole: they end
a sentence only when the next word is one that typically opens a sentence.
"""

from __future__ import annotations

_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»", "''"}
_OPENERS = {'"', "“", "‘", "'", "(", "[", "«", "``"}
# Words that open sentences and rarely follow an abbreviation inside one.
_OPENING_WORDS = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
    "These", "Those", "But", "And", "In", "On", "At", "As", "If", "When", "While",
    "After", "Before", "There", "His", "Her", "Its", "Their", "Our", "Some", "Many",
    "Most", "Officials", "However", "Meanwhile", "Earlier", "Later", "Still", "Yet",
    "So", "Since", "Although", "Asked", "According", "Speaking", "Last", "Next",
}


def _starts_sentence(text: str) -> bool:
    """Whether a token's text can open a sentence."""
    if text in _OPENERS:
        return True
    first = text[0]
    return first.isupper() or first.isdigit()


def split(tokenizer, text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``.

    Offsets are shifted by ``offset``; spans exclude surrounding whitespace.
    """
    doc = tokenizer(text)
    toks = list(doc)  # each token's Token object and text made once (doc[i] and .text cost a look-up each)
    texts = [t.text for t in toks]
    spans: list[tuple[int, int]] = []
    n = len(toks)
    start_tok = 0
    i = 0
    while i < n:
        text = texts[i]
        end_here = False
        j = i + 1
        if text in _FINAL or (text[-1] in ".!?" and len(text) > 1 and text[-2] in ".!?"):
            # Closing marks hug the stop ('."'); a mark after a space opens the next sentence.
            while j < n and texts[j] in _CLOSERS and not toks[j - 1].whitespace_:
                j += 1
            end_here = j >= n or _starts_sentence(texts[j])
        elif text.endswith(".") and len(text) > 1 and not toks[i].like_num:
            # An abbreviation the tokenizer kept whole.
            end_here = j < n and texts[j] in _OPENING_WORDS
        if end_here and j <= n:
            spans.append((toks[start_tok].idx, toks[j - 1].idx + len(texts[j - 1])))
            start_tok = j
            i = j
            continue
        i += 1
    if start_tok < n:
        spans.append((toks[start_tok].idx, toks[n - 1].idx + len(texts[n - 1])))
    return [(s + offset, e + offset) for s, e in spans if e > s]
