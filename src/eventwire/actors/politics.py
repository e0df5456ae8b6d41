"""Domestic politics and organisations known from a description.

A mixin of :class:`~.phrases.Sentence` (it uses the sentence's tokens,
lexicon matches and helpers).  The classes of phrases it reads:

* a party (an ``orgs.tsv`` row of type ``party``): alone it is the party
  ("Republicans said", "the GOP": USAPTY); before a title it gives the
  official's country and adds PTY ("Democratic Rep. Jane Roe": USALEG+PTY);
  before a plural sector noun it is that party's members of the sector, an
  actor of their own ("Republican lawmakers": USALEG+PTY); after a chamber
  ("House Democrats", "Senate Republicans") the chamber's members of that
  party; "the Republican nominee" is a role (:mod:`.described` resolves it
  to the person holding it on the date).  A party word opening a longer
  name ("Democratic Unionist Party", "Republican Guard") is no party of
  the table;
* a person's group ("the Clinton campaign", "Trump's campaign"): the
  nouns of ``PERSON_GROUPS`` after a known person make an actor of its own,
  with that person's country (:mod:`.context`) and the noun's sectors;
* an organisation known only from its description: after a name in
  apposition ("Memorial, a rights group," -> an NGOHRI actor named
  Memorial), or after a country adjective ("a Kenyan human rights group"
  -> KENHRI, the country's own rights activists).  A description is an
  ``orgs.tsv`` row of case ``any`` ("rights group", "think tank") or a
  collective sector noun ("newspaper", "militia").
"""

from __future__ import annotations

from .cand import Cand
from .lexicon import Match, norm
from .names import _cap
from .words import CHAMBERS, GENERIC_HEADS, PERSON_GROUPS, POSSESSIVE, STATE_SECTORS

_ARTICLES = ("a", "an", "the")
_APPOSITION_END = {",", ".", ";", ")", ":", "\u2014", "\u2013"}


class PoliticsRules:
    # -- parties ---------------------------------------------------------------
    def _is_party(self, m: Match | None) -> bool:
        org = m.first("org") if m else None
        return org is not None and not m.first("adj", "country", "capital") and self.kb.orgs[org.key].type == "party"

    def _party(self, i: int) -> int:
        m = self.m_at[i]
        o = self.kb.orgs[m.first("org").key]
        if self._inside_name(i) or self._stance(i):
            return m.end
        if self.proper_continues(m.end) and not self._person_follows(m.end):
            return m.end  # "Democratic Unionist Party", "Republican Guard": another name
        chamber = self._chamber_before(i)
        k = self._members_of_chamber(m.end)
        if k is not None:  # "Republican members of Congress": the chamber's members of the party
            self.cands.append(Cand("collective", self.s[i], self.end_char(k - 1), k - 1,
                                   (self.s[i], self.end_char(k - 1)), country=o.country,
                                   sectors=list(dict.fromkeys(["LEG", *o.sectors])), group=self._text(i, k),
                                   party=o.name))
            return k
        terms, k = self._sectors_from(m.end, allow_filler=True)
        if not terms and self._one_member(i):
            return m.end  # "a nominal Republican who voted for ...": one member, not the party
        if terms:
            sectors, single, term = self._combine(terms)
            if not sectors and not single:
                return k
            if term in GENERIC_HEADS or not sectors:
                sectors = list(o.sectors)
            elif sectors[0] in STATE_SECTORS:
                sectors = list(dict.fromkeys([*sectors, *o.sectors]))
            if single:
                name = self.parse_name(k) or self.apposed_name(k)
                if name:  # "Republican Sen. Bob Corker", "the Democratic governor, Jane Roe,"
                    c = self.person_cand(name[0], name[1], i)
                    c.country, c.sectors, c.role, c.titled, c.party = o.country, sectors, term, True, o.name
                    c.gender = self.kb.sectors[term].gender
                    if self._former(i):
                        c.sectors = ["ELI"]
                    self.cands.append(c)
                    return name[1]
                if i == 0 or norm(self.w[i - 1]) not in ("the", "his", "her", "their", "its"):
                    return k  # "a Republican president who ...": nobody in particular
                start = self.s[i - 1]
                self.cands.append(Cand("role", start, self.end_char(k - 1), k - 1, (start, self.end_char(k - 1)),
                                       country=o.country, sectors=sectors, role=term, party=o.name,
                                       gender=self.kb.sectors[term].gender))
                return k
            self.cands.append(Cand("collective", self.s[i], self.end_char(k - 1), k - 1,
                                   (self.s[i], self.end_char(k - 1)), country=o.country, sectors=sectors,
                                   group=self._text(i, k), party=o.name))
            return k
        if chamber is not None:  # "House Democrats", "Senate Republicans"
            start, sectors = chamber
            self.cands = [c for c in self.cands if not (start <= c.start < self.s[i])]
            self.cands.append(Cand("collective", start, self.end_char(m.end - 1), m.end - 1,
                                   (start, self.end_char(m.end - 1)), country=o.country,
                                   sectors=list(dict.fromkeys([*sectors, *o.sectors])),
                                   group=self.text_between(start, self.end_char(m.end - 1)), party=o.name))
            return m.end
        if self._person_follows(m.end):  # "Republican Donald Trump", "Democrat John Smith"
            return m.end
        self.cands.append(Cand("org", self.s[i], self.end_char(m.end - 1), m.end - 1,
                               (self.s[i], self.end_char(m.end - 1)), name=o.name, country=o.country,
                               sectors=list(o.sectors)))
        return m.end

    def _members_of_chamber(self, k: int) -> int | None:
        """ "members of Congress", "members of the Senate" from token k: the index after the chamber."""
        if k + 2 >= self.n or norm(self.w[k]) not in ("members", "member") or norm(self.w[k + 1]) != "of":
            return None
        j = k + 2 + (norm(self.w[k + 2]) == "the")
        m = self.m_at.get(j)
        sec, _ = self.sector_of(m)
        org = m.first("org") if m else None
        sectors = sec.sectors if sec is not None else \
            self.kb.orgs[org.key].sectors if org is not None and self.kb.orgs[org.key].type == "seat" else []
        return m.end if sectors[:1] == ["LEG"] else None

    def _one_member(self, i: int) -> bool:
        """ "a Republican", "a lifelong Democrat": "a"/"an" and at most two lower-case words before."""
        for k in range(i - 1, max(-1, i - 4), -1):
            w = norm(self.w[k])
            if w in ("a", "an"):
                return True
            if not self.w[k].isalpha() or not self.w[k].islower():
                return False
        return False

    def text_between(self, start: int, end: int) -> str:
        k = next(j for j in range(self.n) if self.s[j] == start)
        e = next(j for j in range(self.n) if self.end_char(j) == end)
        return self._text(k, e + 1)

    def _person_follows(self, k: int) -> bool:
        """A person's name starts at token k: a known person, or a known first name + a capitalised word."""
        m = self.m_at.get(k)
        if m is not None and m.first("person"):
            return True
        return k + 1 < self.n and self.w[k] in self.kb.first_names and _cap(self.w[k + 1]) \
            and self.m_at.get(k + 1) is None

    def _chamber_before(self, i: int):
        """(start, sectors) of a legislative chamber just before token i ("House", "Senate")."""
        if i > 0 and _cap(self.w[i - 1]) and norm(self.w[i - 1]) in CHAMBERS:
            return self.s[i - 1], ["LEG"]
        for m in self.m_at.values():
            if m.end != i or not _cap(self.w[m.start]):
                continue
            sec, plural = self.sector_of(m)
            org = m.first("org")
            sectors = sec.sectors if sec is not None and not plural else \
                self.kb.orgs[org.key].sectors if org is not None and self.kb.orgs[org.key].type == "seat" else []
            if sectors[:1] == ["LEG"]:
                return self.s[m.start], list(sectors)
        return None

    # -- a person's group --------------------------------------------------------
    def _person_group(self, m: Match, c: Cand) -> int | None:
        """ "the Clinton campaign", "Trump's campaign": an actor of its own; the index after it."""
        k = m.end + (m.end < self.n and self.w[m.end] in POSSESSIVE)
        nm = self.m_at.get(k)
        sec, plural = self.sector_of(nm)
        if sec is None or plural or not (c.person or c.candidates):
            return None
        owners = [c.person] if c.person else list(c.candidates)
        if sec.term in PERSON_GROUPS:
            self.cands.append(Cand("collective", self.s[m.start], self.end_char(nm.end - 1), nm.end - 1,
                                   (self.s[m.start], self.end_char(nm.end - 1)), sectors=list(sec.sectors),
                                   bare=True, of_person=owners, group=f"{self._text(m.start, m.end)} {sec.term}"))
            terms, k = self._sectors_from(nm.end, allow_filler=False)
        elif sec.kind == "person" and sec.term.split()[0] in PERSON_GROUPS:  # "Clinton campaign manager X"
            terms, k = [(sec, False, nm)], nm.end
        else:
            return None
        sectors, single, term = self._combine(terms) if terms else ([], False, "")
        name = self.parse_name(k) if single and sectors else None
        if name:  # "the O'Malley campaign spokeswoman Jane Roe": the campaign's official
            countries = {self.kb.people[o].roles[0].code[:3] for o in owners if self.kb.people[o].roles}
            p = self.person_cand(name[0], name[1], m.start)
            p.country = countries.pop() if len(countries) == 1 else None
            p.sectors, p.role, p.titled = ["PTY"] if "PTY" not in sectors else sectors, term, True
            p.gender = self.kb.sectors[term].gender
            self.cands.append(p)
            return name[1]
        return nm.end if sec.term in PERSON_GROUPS else None

    # -- organisations known from a description -----------------------------------
    def _description(self, j: int):
        """(country, sectors, generic organisation?, end) of a description at token j: [a|the] [country adjective] [<=2 words]
        generic organisation or collective sector noun ("a rights group", "a Russian business daily")."""
        if j < self.n and norm(self.w[j]) in _ARTICLES:
            j += 1
        country = None
        m = self.m_at.get(j)
        if m is not None and m.first("adj") and not self._is_org(m):
            country, j = m.first("adj").key, m.end
        for _ in range(3):
            m = self.m_at.get(j)
            org = m.first("org") if m else None
            if org is not None and self.kb.orgs[org.key].case == "any":
                o = self.kb.orgs[org.key]
                return (country or o.country), list(o.sectors), True, m.end
            sec, _ = self.sector_of(m)
            if sec is not None:
                if sec.kind != "group" or not sec.sectors or sec.term in GENERIC_HEADS:
                    return None
                return country, list(sec.sectors), False, m.end
            if j >= self.n or not (self.w[j].isalpha() and self.w[j].islower()):
                return None
            j += 1
        return None

    def _described_org(self, ns: int, ne: int) -> int | None:
        """ "Memorial, a rights group," -> an organisation named Memorial coded from its description."""
        if ne + 1 >= self.n or self.w[ne] != "," or norm(self.w[ne + 1]) not in _ARTICLES:
            return None
        d = self._description(ne + 1)
        if d is None:
            return None
        country, sectors, _, end = d
        if not country or (end < self.n and self.w[end] not in _APPOSITION_END):
            return None
        name = self._text(ns, ne)
        c = Cand("collective", self.s[ns], self.end_char(ne - 1), ne - 1, (self.s[ns], self.end_char(end - 1)),
                 country=country, sectors=sectors, group=name)
        self.cands.append(c)
        return end

    def _described_by_country(self, refs, end: int) -> int | None:
        """ "a Kenyan human rights group": the country's own group (KENHRI), not an NGO and a country."""
        m, poss = refs[-1]
        if len(refs) > 1 or poss or not m.first("adj") or self._is_org(m):
            return None
        d = self._description(end)
        if d is None or not d[2]:  # a sector noun after a demonym is read by the phrase rules
            return None
        _, sectors, _, k = d
        country = m.first("adj").key
        self.cands.append(Cand("collective", self.s[m.start], self.end_char(m.end - 1), k - 1,
                               (self.s[m.start], self.end_char(k - 1)), country=country, sectors=sectors))
        return k
