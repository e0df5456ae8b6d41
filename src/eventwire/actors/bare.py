"""Sector nouns with no country in the phrase: when they name a group by themselves.

A mixin of :class:`~.phrases.Sentence` (it uses the sentence's tokens,
lexicon matches and helpers).  "police", "the rebels", "demonstrators",
"ethnic Albanians", "a soldier" become candidates marked ``bare`` (their
country comes later from the context, :mod:`.context`); "military aid",
"police custody" (a modifier), "the city", "the newspaper" (too vague, or the
outlet reporting), "Kosovo Liberation Army" (a name), "U.N. war crimes court"
(an organisation's phrase) and "X, a law professor" (a description) do not.
"""

from __future__ import annotations

from .lexicon import norm
from .names import _cap
from .words import (DESCRIPTIVE, DIRECTIONS, FILLER_STOP, FUNCTION, GENERIC_HEADS, LOCATIVE, NOT_ALONE,
                    VERBS_S)


class BareRules:
    def _ethnic(self, first: int) -> None:
        """ "ethnic Albanians", "ethnic Serb civilians": the people of a group, not the citizens
        of its state.  CAMEO codes them by where they live (.context infers it); a demonym before
        a noun that is no actor ("ethnic Albanian unrest") is no actor either."""
        keep = self.cands[:first]
        for c in self.cands[first:]:
            if c.kind == "collective" and c.country and c.sectors:
                c.ethnic, c.country, c.bare = c.country, None, True
                keep.append(c)
            elif c.kind != "collective" or c.bare:  # "ethnic Kurds": already a group with no country
                keep.append(c)
        self.cands = keep

    def _in_city(self, i: int, poss: bool) -> bool:
        """ "in (the capital / the city of) Kabul": a capital named as the place, not its government."""
        k = i - 1
        while k > 0 and (norm(self.w[k]) in ("the", "capital", "city", ",") or norm(self.w[k]) in DIRECTIONS):
            k -= 1
        return k >= 0 and norm(self.w[k]) in LOCATIVE and not poss

    def _locative_before(self, i: int) -> bool:
        """ "in Sudan", "in the Darfur region of Sudan", "in northern Mali": a place."""
        k = i - 1
        while k >= 0 and (norm(self.w[k]) in ("the", "region", "province", "state", ",")
                          or norm(self.w[k]) in DIRECTIONS):
            k -= 1
        return k >= 0 and norm(self.w[k]) in LOCATIVE

    def _alone(self, i: int, k: int, terms) -> bool:
        """The sector nouns i..k-1 name a group by themselves ("police", "the army", "rebels"): not
        a vague noun ("the city"), not a modifier ("military aid", "police custody"), not inside a
        name ("Red Army") or a phrase whose country or organisation comes first ("U.N. war crimes
        court")."""
        term = terms[-1][0].term
        surface = " ".join(norm(w) for w in self.w[terms[-1][2].start:k])
        if term in GENERIC_HEADS or surface in NOT_ALONE or self._named(i, k) or self._after_ref(i):
            return False
        if terms[-1][1] or term.endswith("s"):  # a plural: "rebels", "troops", "demonstrators"
            return True
        nxt = self.w[k] if k < self.n else ""
        return not (nxt.isalpha() and nxt.islower() and norm(nxt) not in FILLER_STOP
                    and norm(nxt) not in FUNCTION and norm(nxt) not in VERBS_S and not nxt.endswith("ed"))

    def _after_ref(self, i: int) -> bool:
        """A country or organisation opens the phrase, at most two plain words before i."""
        k = i - 1
        while k >= 0 and i - k <= 3:
            if k in self.covered:  # not a stance: "an anti-Syria journalist" is not Syria's
                return any(m.start <= k < m.end and self.is_ref(m) and not self._stance(m.start)
                           for m in self.m_at.values())
            w = self.w[k]
            if not (w.isalpha() and w.islower()) or norm(w) in FUNCTION or norm(w) in FILLER_STOP:
                return False
            k -= 1
        return False

    def _named(self, i: int, k: int | None = None) -> bool:
        """The sector noun at i is part of a name ("Kosovo Liberation Army", "Red Army", "the
        Oversight and Government Reform Committee") or of a stance ("anti-government")."""
        if i > 0 and self.w[i - 1] == "-":
            return True
        if not _cap(self.w[i]) or i == 0:
            return False
        k = i + 1 if k is None else k  # the token after the noun ("the Interior Department said": none)
        after = k < self.n and _cap(self.w[k]) and self.w[k].isalpha()
        # a capitalised word before it that does not open the sentence ("Thousands of Kurds": not a name)
        before = i > 1 and self.word_is_name(i - 1) or norm(self.w[i - 1]) in ("and", "of", "for") and i > 2 \
            and _cap(self.w[i - 2])
        return after or before

    def _indefinite(self, i: int) -> bool:
        """ "a journalist", "an army officer", "a prominent anti-Syria journalist": "a"/"an" and at
        most four lower-case or hyphenated words before the noun."""
        k = i - 1
        while k >= 0 and i - k <= 5:
            w = norm(self.w[k])
            if w in ("a", "an"):  # not a description: "X, a law professor", "he is a diplomat"
                return k == 0 or norm(self.w[k - 1]) not in DESCRIPTIVE
            hyphenated = self.w[k] == "-" or (k > 0 and self.w[k - 1] == "-") or (k + 1 < i and self.w[k + 1] == "-")
            if not (self.w[k].islower() or hyphenated) or w in FUNCTION or w in FILLER_STOP:
                return False
            k -= 1
        return False
