"""A country for an actor whose own phrase names none, from its context.

Two kinds of candidate need one: a sector noun alone ("police", "the rebels",
"demonstrators", "ethnic Albanians") and a titled person found in no table
and with no country in the title ("President Prosper Avril"), when the title
is an office of the state or of politics (GOV, MIL, LEG, JUD, COP, REB, OPP,
...: not "a law professor").  The country is
the first of:

1. a place attached to the phrase: "police in Nairobi", "rebels in the Ivory
   Coast", "the army of Sudan" (the phrase, then in/at/of [the], then a
   country, capital or city);
2. the nearest place named before it in the same sentence ("in Sudan, as
   China and Russia support the government": SDN), else the nearest
   country-bearing actor before it ("Egyptian police opened fire on
   demonstrators": EGY);
3. the nearest one after it in the same sentence ("Police arrested 20 Kenyan
   protesters");
4. the last country-bearing actor of the sentence just before;
5. the article's most mentioned country.

A leader's government ("the Bush administration", "the Assad regime") takes
the leader's country from the people table (the one in office on the
article's date when the name is ambiguous), and nothing else.

"its troops", "their forces" belong to the last non-person actor named
before them in the sentence: its country if it is a state, else (an
organisation: "the United Nations ... its troops") none.

A people "of" another state ("the Albanians of southern Serbia") are that
state's civilians, the people kept as the actor's ``ethnic`` (not an
inference: the phrase says so).

For a person, 2 and 3 are instead the state named most often in the
sentence, ties going to the first named ("France is ready to send troops to
Liberia, Defence Minister X said": FRA; "President X declared a state of
siege in Haiti": HTI); other persons never count (in "President X welcomed
South African leader Y" Y's country says nothing about X's).  Persons never
count for 4 and 5 either.  A person in no table with no title (:mod:`.named`: "Mr Porter", "Tim Canova")
takes 5 at once: the article's most mentioned state, not a place the sentence names.  Only states count: an international organisation, an NGO or a region
gives no country.  Nothing found: the candidate keeps no country (a sector
noun then makes no actor).  The actor records the inference: each such
mention has ``"country_inferred": true`` and an actor all of whose mentions
are inferred has ``country_inferred`` true, so that users can filter them.
"""

from __future__ import annotations

import re
from collections import Counter

from .cand import Cand
from .knowledge import Knowledge
from .words import DIRECTIONS, STATE_SECTORS

_PART = r"(?:the\s+|(?:" + "|".join(sorted(DIRECTIONS)) + r")\s+)*"
# "from" is left out: "the withdrawal of forces from Panama" are not Panama's forces.
_ATTACHED = re.compile(r"^\s*(?:,\s*)?(?:in|at|of|inside|across|throughout)\s+" + _PART + "$", re.I)
_OF = re.compile(r"^\s+of\s+" + _PART + "$", re.I)


def needs_country(c: Cand) -> bool:
    if c.country:
        return False
    if c.bare or c.unknown:  # a name in no table (.named) takes its country like a sector noun
        return True
    return c.kind == "person" and c.titled and not c.person and not c.candidates and \
        bool(c.sectors) and c.sectors[0] in STATE_SECTORS


class Context:
    """Country inference for one article: ``Context(kb, date, sentences)``, then
    :meth:`fill` each sentence's candidates in order."""

    def __init__(self, kb: Knowledge, date: str | None, all_cands: list[list[Cand]]):
        self.kb = kb
        self.date = date
        self.counts: Counter = Counter()
        self.first_seen: dict[str, int] = {}
        for cands in all_cands:
            for c in cands:
                code = self.country_of(c)
                if code and c.kind != "person":
                    self.counts[code] += 1
                    self.first_seen.setdefault(code, len(self.first_seen))
        self.latest: str | None = None  # of the sentences filled so far

    def country_of(self, c: Cand) -> str | None:
        """The state a candidate names (not an IGO, NGO or region)."""
        code = c.country
        if code is None and c.person and c.person in self.kb.people:
            code = self.kb.people[c.person].code_on(self.date)[0]
        place = self.kb.place(code)
        return code if place is not None and not place.region else None

    def fill(self, cands: list[Cand], text: str) -> None:
        self._residents(cands, text)
        for c in cands:
            if c.fallback:  # the words a role description replaced (.described)
                self.fill(c.fallback, text)
        for n, c in enumerate(cands):
            if needs_country(c):
                code = self._infer(n, cands, text)
                if code:
                    c.country, c.inferred = code, not c.of_person
        self.latest = None  # only the sentence just before counts
        for c in cands:
            code = self.country_of(c)
            if code and c.kind != "person" and not c.inferred:
                self.latest = code

    def _residents(self, cands: list[Cand], text: str) -> None:
        """ "The Albanians of southern Serbia": a people "of" another state are its residents
        (CAMEO codes by residence): that state's civilians, the people kept as ``ethnic``."""
        for c in cands:
            if c.kind != "collective" or c.bare or c.sectors != ["CVL"] or not self.country_of(c):
                continue
            nxt = sorted((o for o in cands if o.start >= c.end and o is not c), key=lambda o: o.start)[:1]
            for o in nxt:
                home = self.country_of(o)
                if o.place and home and home != c.country and _OF.match(text[c.end:o.start]):
                    c.ethnic, c.country = c.country, home

    def _infer(self, n: int, cands: list[Cand], text: str) -> str | None:
        c = cands[n]
        if c.of_person:  # "the Bush administration": the leader's country (in office first)
            people = [self.kb.people[p] for p in c.of_person if p in self.kb.people]
            people = [p for p in people if p.role_on(self.date)] or people
            found = {p.code_on(self.date)[0] for p in people}
            found = {f for f in found if self.kb.place(f) is not None}
            return found.pop() if len(found) == 1 else None
        person = c.kind == "person"
        if person and c.unknown and self.counts:
            # a name in no table (.named): the article's own country, not a place the sentence names
            # ("set up a company in the Cayman Islands": the partners are not Caymanian)
            return max(self.counts, key=lambda k: (self.counts[k], -self.first_seen[k]))
        if c.possessed:  # "the United Nations ... its troops": the owner, when not a state, gives none
            owners = [o for o in cands if o.end <= c.start and o.kind != "person" and o.country and not o.bare]
            if owners:
                return self.country_of(owners[-1])
        later = sorted((o for o in cands if o.start >= c.end and o is not c), key=lambda o: o.start)
        for o in later[:1]:
            if o.kind != "person" and self.country_of(o) and _ATTACHED.match(text[c.end:o.start]):
                return self.country_of(o)
        usable = [o for o in cands if o is not c and not (person and o.kind == "person")
                  and self.country_of(o) and not (o.inferred and person)]
        if person:  # the sentence's most named state (ties: the first named), not the nearest
            named = [self.country_of(o) for o in sorted(usable, key=lambda o: o.start) if not o.inferred]
            if named:
                return max(named, key=lambda k: (named.count(k), -named.index(k)))
        before = sorted((o for o in usable if o.end <= c.start), key=lambda o: o.end)
        places = [o for o in before if o.place]
        if places or before:  # a place before it first ("in Sudan ... Russia backs the government")
            return self.country_of((places or before)[-1])
        after = sorted((o for o in usable if o.start >= c.end and not o.bare), key=lambda o: o.start)
        if after:
            return self.country_of(after[0])
        if self.latest:
            return self.latest
        if self.counts:
            return max(self.counts, key=lambda k: (self.counts[k], -self.first_seen[k]))
        return None
