"""Where a reported clause begins and ends, and the pieces it falls in.

Token-range helpers for :mod:`.attribute` (ranges ``[i, j)`` of one parsed
sentence):

* a trailing comment of the writer's is no part of what was said: a
  non-restrictive relative clause (``…, which makes him an outlier``) or an
  apposition (``…, the existing alliance``) that closes the content after a
  comma is cut off; one in the middle of the content stays;
* infinitives conjoined to the first one are one content (``wants to cut X,
  raise Y and end Z``): the parser may hang ``raise`` and ``end`` on the
  finite verb, but a base-form verb cannot be the conjunct of a finite one;
* an attribution written inside its content (``Wages rose, the agency said,
  and prices fell``) leaves the content in two parts, before and after it.
"""

from __future__ import annotations

_RELATIVE = {"which", "who", "whom", "whose"}
_COORD = {"and", "but"}
_DASHES = {"—", "--", "–", "-", "―"}
_SEPARATORS = {","} | _DASHES


def _last_word(sent, i: int, j: int) -> int:
    """Index of the last token of [i, j) that is not punctuation (or ``j - 1``)."""
    k = j - 1
    while k > i and sent[k].is_punct:
        k -= 1
    return k


def cut_trailing_comment(sent, i: int, j: int) -> int:
    """End of [i, j) before a comma-set relative clause or apposition, or a dash-set
    remark, closing it."""
    last = _last_word(sent, i, j)
    for t in sent[i:j]:
        if t.dep_ not in ("relcl", "appos", "advcl", "parataxis", "conj") or t.right_edge.i != last:
            continue
        left = t.left_edge.i
        while left < last and sent[left].dep_ == "cc":
            left += 1
        if left <= i + 1 or sent[left - 1].text not in _SEPARATORS and sent[left - 2].text not in _DASHES:
            continue
        dash = sent[left - 1].text in _DASHES or sent[left - 2].text in _DASHES
        if not dash and t.dep_ == "conj":
            continue
        if not dash and t.dep_ != "appos" and sent[left].lower_ not in _RELATIVE:
            continue  # "…, which angered the unions" (parsed as a relative or an adverbial clause)
        if t.dep_ == "appos" and (t.head.i >= left or t.head.i < i):
            continue
        if dash and any(x.text in _DASHES for x in sent[left:last + 1]):
            continue  # a pair of dashes closing the content: "the plan — his third — failed" is whole
        left = left - 1 if sent[left - 1].text in _SEPARATORS else left - 2
        k = left
        while k > i and sent[k - 1].is_punct:
            k -= 1
        return k
    return j


def conjoined_infinitives(verb, j: int) -> int:
    """End of an infinitive object of ``verb`` with the base-form verbs conjoined to it,
    and before a finite verb the parser conjoined to the infinitive (``wants to cut
    taxes and visits the office``: the subject's next act, not what is wanted)."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return j
    for x in verb.rights:
        if x.dep_ == "xcomp":
            for c in x.rights:
                if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBD") and c.i < j \
                        and not any(y.dep_ in ("nsubj", "nsubjpass") for y in c.children):
                    k = c.left_edge.i
                    sent = verb.doc
                    while k > x.i and (sent[k - 1].is_punct or sent[k - 1].dep_ == "cc"):
                        k -= 1
                    return k
    for c in verb.rights:
        if c.dep_ == "conj" and c.tag_ == "VB" and c.i >= j - 1 \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children):
            j = max(j, c.right_edge.i + 1)
    return j


def second_part(sent, verb, cue_end: int) -> tuple[int, int] | None:
    """Tokens [i, j) of the content after an attribution written inside it: the
    verb's conjoined clause with its own subject after ``, and`` / ``, but``
    (``Wages rose, the agency said, and prices fell``)."""
    for c in verb.rights:
        if c.dep_ != "conj" or c.i <= cue_end or not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue
        i = c.left_edge.i
        if sent[i].dep_ == "cc":  # the conjunction hung on the clause itself
            i += 1
        if i < 2 or sent[i - 1].lower_ not in _COORD or sent[i - 2].text != ",":
            return None
        return i, c.right_edge.i + 1
    return None
