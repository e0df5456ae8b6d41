"""Whether the object of a stance verb reports any content.

A stance ("called for new talks", "criticized the decision to withdraw")
carries what was said in its object.  Three kinds of object carry none and
make no quote:

* the person or body acted on, alone, after a verb that acts on someone
  (``target_verbs``): "threatened Moscow", "urged him" (the object is one
  actor mention or a pronoun), while "endorsed Cruz" gives a position;
* a noun that only names a piece of speech or a number (``reference_nouns``
  in ``data/cues.yaml``), with at most a determiner or possessive before it:
  "dismissed the warning", "questioned the figure", "repeated his claims";
* nothing but a pronoun or demonstrative: "denied it", "said this".

An infinitive ("pledged to cut taxes") or any longer phrase is content.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

_WORD = re.compile(r"[\w’'\-]+")
_PRONOUNS = {"it", "this", "that", "these", "those", "him", "her", "them", "me", "us", "you", "so",
             "one", "something", "nothing", "anything", "everything", "goodbye", "hello", "yes", "no"}
_DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
         "those", "such", "any", "some", "those"}


def mention_only(start: int, end: int, mentions: list[tuple[int, int]]) -> bool:
    """``[start, end)`` is one actor mention (give or take a determiner)."""
    return any(s <= start + 4 and e >= end - 1 and (e - s) >= 0.6 * (end - start) for s, e in mentions)


def reports_content(body: str, start: int, end: int, mentions: list[tuple[int, int]], lex: Lexicon,
                    lemma: str | None = None) -> bool:
    """Whether the object ``body[start:end]`` of a stance verb (``lemma``) says anything."""
    words = [w.lower() for w in _WORD.findall(body, start, end)]
    if not words:
        return False
    if words[0] == "to" and len(words) >= 2:
        return True
    if len(words) == 1 and words[0] in _PRONOUNS:
        return False
    if (lemma or "") in lex.target_verbs and mention_only(start, end, mentions):
        return False
    core = [w for w in words if w not in _DETS and not w.endswith(("’s", "'s"))]
    if core and len(core) <= 2 and core[-1] in lex.reference_nouns:
        return False
    return True


def is_question_asked(body: str, start: int, end: int, lemma: str | None, lex: Lexicon) -> bool:
    """``asked whether he would run``: a question verb (``question_verbs``) whose clause
    opens with ``whether``, ``if`` or a wh-word is the question put, not a quote."""
    if (lemma or "") not in lex.question_verbs:
        return False
    words = _WORD.findall(body, start, min(end, start + 40))
    return bool(words) and words[0].lower() in lex.question_openers
