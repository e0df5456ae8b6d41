"""Descriptions that name a person by role: "the Republican nominee", "the FBI director", "the Senate's top
Democrat", "Clinton's campaign manager", "the party's chairman", "his chief of staff".

The people table's ``role`` column lists the phrases of an office separated by "|" ("Senate minority
leader|Senate Democratic leader|top Senate Democrat"); the multi-word person titles of ``sectors.tsv``
("party chairman", "chief of staff") are descriptions too.  A description matches a run of the sentence's
words when both have the same content words, in any order and without "the", "of", "'s" ("the director
of the FBI" = "FBI director").  The sentence pass (:class:`DescribedRules`, a mixin of
:class:`~.phrases.Sentence`) makes a role candidate carrying the people whose phrase matched, whatever the
date; :mod:`.link` keeps those holding the office on the article's date (one, or one already named in the
article) and otherwise reads the words as the other rules did (the candidates the description replaced are
kept on it as ``fallback``).  A description right before a name is that name's title ("FBI Director James
Comey"), and one after a country ("Russia's foreign minister") is left to the country rules.
"""

from __future__ import annotations

from collections import defaultdict

from .cand import Cand
from .lexicon import norm
from .names import _cap
from .words import FORMER

STOP = {"the", "of", "'s", "'", "a", "an", "for", "to", ","}
DETERMINERS = {"the", "his", "her", "their", "its"}


def key_of(words) -> frozenset:
    return frozenset(norm(w) for w in words if norm(w) not in STOP)


class RoleIndex:
    """Content-word sets of the people's role phrases and of the multi-word person titles."""

    def __init__(self, kb, tokenize):
        self.people: dict[frozenset, list] = defaultdict(list)  # key -> [(person name, Role)]
        self.terms: dict[frozenset, str] = {}  # key -> sector term
        for p in kb.people.values():
            for r in p.roles:
                for v in r.variants:
                    k = key_of(t.text for t in tokenize(v))
                    if len(k) >= 2:
                        self.people[k].append((p.name, r))
        for sec in kb.sectors.values():
            if sec.kind == "person" and sec.sectors and " " in sec.term:
                k = key_of(t.text for t in tokenize(sec.term))
                if len(k) >= 2:
                    self.terms[k] = sec.term
        self.vocab = {w for k in [*self.people, *self.terms] for w in k}


class DescribedRules:
    def _described(self) -> None:
        index: RoleIndex = self.lex.roles
        keys = [norm(w) for w in self.w]
        if len(index.vocab.intersection(keys)) < 2:
            return  # every description has two content words
        i = 0
        while i < self.n:
            if keys[i] not in index.vocab:
                i += 1
                continue
            j = i
            while j < self.n and (keys[j] in index.vocab or keys[j] in STOP and keys[j] != ","):
                j += 1
            found = self._window(i, j, index)
            i = found if found else i + 1

    def _window(self, i: int, j: int, index: RoleIndex) -> int | None:
        for a in range(i, j):
            if keys_stop(self.w[a]):
                continue
            for b in range(j, a + 1, -1):
                if keys_stop(self.w[b - 1]):
                    continue
                k = key_of(self.w[a:b])
                if len(k) < 2 or (k not in index.people and k not in index.terms):
                    continue
                if b < self.n and self.word_is_name(b) or self._country_before(a) or not self._definite(a, b):
                    return None  # a title before a name; a country's office; "was secretary of state"
                self._describe(a, b, k, index)
                return b
        return None

    def _definite(self, a: int, b: int) -> bool:
        """The words name someone: after "the"/"his"/..., or qualified by a name ("Clinton's campaign
        manager"); not a role said of someone ("when she was secretary of state", "former FBI director")."""
        if a > 0 and norm(self.w[a - 1]) in DETERMINERS:
            return True
        if a > 0 and (norm(self.w[a - 1]) in FORMER or norm(self.w[a - 1]) in ("a", "an", "another")):
            return False  # "former FBI director", "a Clinton campaign spokesman": not the holder
        return any(_cap(self.w[k]) and k in self.covered and not self.sector_of(self.m_at.get(k))[0]
                   for k in range(a, b))

    def _country_before(self, a: int) -> bool:
        k = a - 1
        if k >= 0 and self.w[k] in ("'s", "\u2019s", "'"):
            k -= 1
        m = next((m for m in self.m_at.values() if m.start <= k < m.end), None) if k >= 0 else None
        return m is not None and bool(m.first("adj", "country", "capital"))

    def _describe(self, a: int, b: int, k: frozenset, index: RoleIndex) -> None:
        start = a - 1 if a > 0 and norm(self.w[a - 1]) in DETERMINERS else a
        s, e = self.s[start], self.end_char(b - 1)
        inside = [c for c in self.cands if s <= c.start < e]
        people = index.people.get(k, [])
        term = index.terms.get(k)
        if not people and (inside or norm(self.w[start]) not in DETERMINERS):
            return  # a title the phrase rules read already, or a bare noun phrase
        sec = self.kb.sectors.get(term) if term else None
        c = Cand("role", s, e, b - 1, (s, e), sectors=list(sec.sectors) if sec else [],
                 role=term or " ".join(norm(w) for w in self.w[a:b]), gender=sec.gender if sec else "",
                 described=list(people), bare=not people)  # "the party's chairman": country from the context
        c.fallback = inside
        self.cands = [x for x in self.cands if x not in inside] + [c]
        self.cands.sort(key=lambda x: x.start)


def keys_stop(word: str) -> bool:
    return norm(word) in STOP
