"""Faster drop-ins for spaCy's two rule components, with the same output.

eventwire parses one sentence per ``Doc``, and on such short docs two rule
components cost almost as much as the neural ones: the attribute ruler (tag
-> part of speech and morphology, plus word exceptions such as "his"), which
runs a general ``Matcher`` over ~180 patterns for every doc, and the rule
lemmatizer, which recomputes the lemma of every base-form word.

* :class:`AttributeRules` reads the ruler's own patterns and, when each is a
  sequence of tokens given by exact attribute values (``TAG``, ``LOWER``,
  ``DEP``, ``IS_SPACE``, ``ORTH``, ``POS``, ``NORM``, or a set of them with
  ``IN`` / ``NOT_IN``, or a ``REGEX`` on a string attribute; no operators), finds their matches by table look-up and sets the same
  attributes in the same order (later patterns win, as in spaCy).  A ruler
  with any other pattern is left as it is.
* :class:`MemoLemmatizer` remembers the lemma of each (word, part of speech,
  morphology), the key spaCy's own lemmatizer caches on: its lemma is a
  function of these three.

``tests/parse/test_rules.py`` checks that both leave every tag, part of
speech, morphology and lemma as spaCy's components do.
"""

from __future__ import annotations

import itertools
import re

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens._retokenize import set_token_attrs

_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "TEXT": ORTH,
          "POS": POS, "NORM": NORM}
_STRING_ATTRS = {"TAG", "LOWER", "DEP", "ORTH", "TEXT", "POS", "NORM"}
_MEMO_LIMIT = 200_000  # remembered lemmas / token signatures before the memo starts afresh


class Unsupported(ValueError):
    """A pattern this module cannot match by look-up (the spaCy component stays)."""


def _test(vocab, key: str, value):
    """One attribute's test: ``("in" | "not_in", hashes)`` or ``("regex", compiled)``."""
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        return "in", frozenset(h for item in value["IN"] for h in _test(vocab, key, item)[1])
    if isinstance(value, dict) and set(value) == {"NOT_IN"} and isinstance(value["NOT_IN"], list):
        return "not_in", frozenset(h for item in value["NOT_IN"] for h in _test(vocab, key, item)[1])
    if isinstance(value, dict) and set(value) == {"REGEX"} and key in _STRING_ATTRS:
        return "regex", re.compile(value["REGEX"])
    if isinstance(value, bool) and key == "IS_SPACE":
        return "in", frozenset([int(value)])
    if isinstance(value, str) and key in _STRING_ATTRS:
        return "in", frozenset([vocab.strings.add(value)])
    raise Unsupported(f"{key}: {value!r}")


class AttributeRules:
    """spaCy's AttributeRuler, by look-up: same matches, same attributes, same order."""

    def __init__(self, ruler):
        vocab = ruler.vocab
        self.ruler, self.strings = ruler, vocab.strings
        specs = []  # (attr index, [token spec as {attribute name: test}], target index)
        for i, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not pattern or not isinstance(pattern, list):
                    raise Unsupported(repr(pattern))
                tokens = []
                for tok in pattern:
                    if not tok or any(k not in _ATTRS for k in tok):
                        raise Unsupported(repr(tok))
                    tokens.append({k: _test(vocab, k, v) for k, v in tok.items()})
                specs.append((i, tokens, ruler.indices[i]))
        names = sorted({k for _, tokens, _ in specs for tok in tokens for k in tok})
        self.columns = [_ATTRS[k] for k in names]
        col = {k: j for j, k in enumerate(names)}
        # One-token patterns of sets only: per set of columns, a table from their values to the
        # attribute indices; the others (a regular expression) are tried on each new kind of token.
        singles: dict[tuple[int, ...], dict[tuple, list[int]]] = {}
        self.tried: list[tuple[int, tuple]] = []  # (attr index, token spec)
        self.multi = []  # (attr index, [token spec as ((column, kind, data), ...)], target)
        for i, tokens, index in specs:
            compiled = [tuple((col[k], *tok[k]) for k in sorted(tok)) for tok in tokens]
            if len(compiled) > 1:
                self.multi.append((i, compiled, index))
                continue
            if index not in (0, -1):
                raise Unsupported(f"index {index} of a one-token pattern")
            spec = compiled[0]
            if any(kind != "in" for _, kind, _ in spec):
                self.tried.append((i, spec))
                continue
            cols = tuple(c for c, _, _ in spec)
            for values in itertools.product(*(sorted(data) for _, _, data in spec)):
                singles.setdefault(cols, {}).setdefault(values, []).append(i)
        self.singles = list(singles.items())
        self._hits: dict[tuple, tuple] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _accepts(self, spec: tuple, row: tuple) -> bool:
        for c, kind, data in spec:
            if kind == "in":
                if row[c] not in data:
                    return False
            elif kind == "not_in":
                if row[c] in data:
                    return False
            elif data.search(self.strings[row[c]]) is None:
                return False
        return True

    def _row_hits(self, row: tuple) -> tuple:
        """The one-token patterns a token matches, and the longer ones that may start at it."""
        hits = self._hits.get(row)
        if hits is None:
            found: list[int] = []
            for cols, table in self.singles:
                found.extend(table.get(tuple(row[c] for c in cols), ()))
            found.extend(i for i, spec in self.tried if self._accepts(spec, row))
            starts = [m for m in self.multi if self._accepts(m[1][0], row)]
            if len(self._hits) >= _MEMO_LIMIT:
                self._hits.clear()
            hits = self._hits[row] = (tuple(sorted(found)), starts)
        return hits

    def _attrs(self, hits: tuple[int, ...]) -> dict:
        merged = self._merged.get(hits)
        if merged is None:
            merged = {}
            for i in hits:  # in pattern order: a later pattern overrides an earlier one
                merged.update(self.ruler.attrs[i])
            self._merged[hits] = merged
        return merged

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        rows = [tuple(r) for r in doc.to_array(self.columns).reshape(n, -1).tolist()]
        found = [self._row_hits(row) for row in rows]
        extra: dict[int, list[int]] = {}
        for start, (_, starts) in enumerate(found):
            for i, tokens, index in starts:
                size = len(tokens)
                if start + size > n or not all(self._accepts(spec, rows[start + k])
                                               for k, spec in enumerate(tokens) if k):
                    continue
                target = start + index if index >= 0 else start + size + index
                if not start <= target < start + size:
                    raise ValueError(f"attribute ruler: index {index} outside a match of {size} tokens")
                extra.setdefault(target, []).append(i)
        for t, (hits, _) in enumerate(found):
            if t in extra:
                hits = tuple(sorted(hits + tuple(extra[t])))
            if hits:
                set_token_attrs(doc[t], self._attrs(hits))
        return doc


class MemoLemmatizer:
    """spaCy's rule or lookup lemmatizer, remembering each (word, POS, morphology)'s lemma."""

    def __init__(self, lemmatizer):
        if lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode}")
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple, int] = {}

    def __call__(self, doc):
        lem, memo = self.lemmatizer, self.memo
        strings = doc.vocab.strings
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        for token in doc:
            if lem.overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = strings.add(lem.lemmatize(token)[0])
                token.lemma = lemma
        return doc


@Language.factory("eventwire_attribute_rules")
def _make_attribute_rules(nlp, name):
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


@Language.factory("eventwire_memo_lemmatizer")
def _make_memo_lemmatizer(nlp, name):
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))


def speed_up(nlp):
    """Swap the attribute ruler and the lemmatizer for their drop-ins, in place and
    under the same names; a component whose rules they do not cover stays spaCy's."""
    for name, factory in (("attribute_ruler", "eventwire_attribute_rules"),
                          ("lemmatizer", "eventwire_memo_lemmatizer")):
        if name not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(factory, name=f"{name}_fast", after=name)
        except Unsupported:
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_fast", name)
    return nlp
