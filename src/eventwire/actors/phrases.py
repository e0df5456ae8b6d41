"""One sentence's actor phrases, found by rules over its tokens and the lexicon.

Works on token texts and character offsets only, so that it runs the same on
parsed and unparsed sentences.  Each phrase becomes a :class:`Cand` (a
candidate mention); :mod:`.link` then resolves candidates across the article.

Patterns (left to right, longest lexicon match first):

* a group of country references joined by "and", ",", "-" or "/" ("Russian and
  U.S.", "Russia-U.S."), each an adjective, a name, a capital, a seat or an
  organisation, optionally possessive ("Moscow's"); then sector nouns
  ("officials", "Defense Minister", "intelligence leaker"); then a capitalised
  name ("Sergei Shoigu") -> a person, or else one collective per reference;
* a title without a country ("President Obama", "prince Bandar") + a name;
* "the" + a title alone ("the minister") -> a role noun resolved later;
* a sector noun alone ("police", "the rebels", "a soldier", "the Bush
  administration") -> a ``bare`` candidate whose country :mod:`.context`
  infers (which ones: :mod:`.bare`);
* a known person's name, a known surname, any other capitalised word (for
  later in-document matching), and the pronouns he/him/his/she/her.

Not actors: a place inside a longer name ("New Mexico", "Washington Post",
"West Virginia"), a stance ("anti-American protesters", "pro-Russian"), an
upper-case dateline ("RANGOON, Burma -"), a demonym before a non-actor noun
("the Russian language").
"""

from __future__ import annotations

from .bare import BareRules
from .cand import Cand
from .knowledge import Knowledge
from .lexicon import Lexicon, Match, norm
from .names import NameRules, _cap
from .described import DescribedRules
from .politics import PoliticsRules
from .words import (CALENDAR, COORD, DIRECTIONS, FILLER_STOP, FUNCTION, GENERIC_HEADS, GOVERNMENTS, HONORIFICS,
                    LOCATIVE, PLACE_PREFIXES, POSSESSIVE, PRONOUNS, STATE_SECTORS)


class Sentence(NameRules, BareRules, PoliticsRules, DescribedRules):
    """The analysis of one sentence: ``Sentence(words, starts, lexicon).cands``."""

    def __init__(self, words: list[str], starts: list[int], lex: Lexicon):
        self.w = words
        self.s = starts
        self.n = len(words)
        self.lex = lex
        self.kb: Knowledge = lex.kb
        self.m_at: dict[int, Match] = {m.start: m for m in lex.match(words)}
        self.covered = {k for m in self.m_at.values() for k in range(m.start, m.end)}
        self.cands: list[Cand] = []
        self._run()

    # -- helpers -----------------------------------------------------------
    def end_char(self, k: int) -> int:
        return self.s[k] + len(self.w[k])

    def glued(self, a: int, b: int) -> bool:
        return 0 <= a < b < self.n and self.end_char(a) == self.s[b]

    def sector_of(self, m: Match | None):
        """(sector record, plural?) when the match is a sector noun."""
        e = m.first("sector") if m else None
        if e is None:
            return None, False
        term, _, plural = e.key.partition("|")
        return self.kb.sectors[term], bool(plural)

    def is_ref(self, m: Match | None) -> bool:
        return m is not None and bool(m.kinds() & {"adj", "country", "capital", "org"})

    def word_is_name(self, k: int) -> bool:
        w = self.w[k]
        return (_cap(w) and any(c.isalpha() for c in w) and norm(w) not in CALENDAR
                and norm(w) not in FUNCTION)

    def proper_continues(self, k: int) -> bool:
        """Token k is a capitalised word that makes the preceding match part of a longer name."""
        if k >= self.n or not self.word_is_name(k):
            return False
        m = self.m_at.get(k)
        return m is None or bool(m.kinds() & {"person", "short"}) and not self.is_ref(m)

    # -- the pass ------------------------------------------------------------
    def _run(self) -> None:
        i = 0
        while i < self.n:
            before = len(self.cands)
            nxt = self._step(i)
            if i > 0 and norm(self.w[i - 1]) == "ethnic":
                self._ethnic(before)
            i = nxt
        self._described()

    def _step(self, i: int) -> int:
        """Read the phrase at token i; the index after it."""
        m = self.m_at.get(i)
        if m is None:
            return self._plain(i)
        if self._is_party(m):
            return self._party(i)
        if self.is_ref(m):
            return self._ref_group(i)
        if m.first("plural"):
            e = m.first("plural")
            self.cands.append(Cand("collective", self.s[i], self.end_char(m.end - 1), m.end - 1,
                                   country=e.key, sectors=["CVL"]))
            return m.end
        if m.first("person", "short"):
            return self._known_person(m)
        return self._title(i, m, country=None, phrase_start=i)  # a sector noun

    def _plain(self, i: int) -> int:
        w = self.w[i]
        low = norm(w)
        if low in PRONOUNS:
            self.cands.append(Cand("pronoun", self.s[i], self.end_char(i), i, gender=PRONOUNS[low]))
            return i + 1
        if "-" in w and not _cap(w[w.index("-") + 1:] or "x"):
            prefix = w.split("-")[0]
            entries = [e for e in self.lex.lookup(prefix) if e.kind in ("adj", "country")]
            if entries:  # "U.S.-led forces" (the forces are the country's), "Russian-backed" (not)
                terms, k = self._sectors_from(i + 1, allow_filler=False) if w.endswith("-led") else ([], i + 1)
                sectors = self._combine(terms)[0] if terms else []
                self.cands.append(Cand("collective", self.s[i], self.s[i] + len(prefix), max(i, k - 1),
                                       (self.s[i], self.end_char(max(i, k - 1))), country=entries[0].key,
                                       sectors=sectors))
                return max(i + 1, k)
        if self.word_is_name(i) and not (i > 0 and self.word_is_name(i - 1)):
            span = self.parse_name(i, titled=False)
            if span:
                ns, ne = span
                if norm(self.w[ns]) in HONORIFICS and ne - ns > 1:
                    ns += 1
                end = self._described_org(ns, ne)
                if end is not None:  # "Memorial, a rights group,"
                    return end
                c = Cand("nameref", self.s[ns], self.end_char(ne - 1), ne - 1, name=self._text(ns, ne))
                c.phrase = (c.start, c.end)
                if ne - ns > 1:
                    self._appositive(c, ne)
                self.cands.append(c)
                return ne
        return i + 1

    def _known_person(self, m: Match) -> int:
        if self.proper_continues(m.end):
            return m.end
        c = self.person_cand(m.start, m.end, m.start)
        end = self._person_group(m, c)
        if end is not None:  # "the Clinton campaign"
            return end
        nm = self.m_at.get(m.end)
        sec, plural = self.sector_of(nm)
        if sec is not None and not plural and sec.term in GOVERNMENTS and (c.person or c.candidates):
            # "the Bush administration", "the Assad regime": the leader's government (.context)
            self.cands.append(Cand("collective", self.s[m.start], self.end_char(nm.end - 1), nm.end - 1,
                                   (self.s[m.start], self.end_char(nm.end - 1)), sectors=["GOV"], bare=True,
                                   of_person=[c.person] if c.person else list(c.candidates)))
            return nm.end
        if c.person is None and not c.candidates:
            return m.end
        if c.person is None:
            c.kind = "surname"
        self.cands.append(c)
        return m.end

    def _sectors_from(self, j: int, allow_filler: bool):
        """Sector nouns from token j: ([(sector, plural, match)], end)."""
        terms, k, fillers = [], j, 0
        while k < self.n:
            m = self.m_at.get(k)
            sec, plural = self.sector_of(m)
            if sec is not None:
                terms.append((sec, plural, m))
                k = m.end
                fillers = 0
                continue
            w = self.w[k]
            if allow_filler and not terms and fillers < 2 and w.isalpha() and m is None \
                    and norm(w) not in FILLER_STOP and norm(w) not in FUNCTION:
                fillers += 1
                k += 1
                continue
            break
        if not terms:
            return [], j
        return terms, k

    @staticmethod
    def _combine(terms) -> tuple[list[str], bool, str]:
        """Sectors, whether the phrase names one person, and its title term."""
        sectors: list[str] = []
        for sec, _, _ in terms:
            if sec.kind == "none":
                return [], False, ""
            if sec.term in GENERIC_HEADS and sectors:
                continue
            for s in sec.sectors:
                if s not in sectors:
                    sectors.append(s)
            if sectors and sec.term not in GENERIC_HEADS:
                break
        last, plural, _ = terms[-1]
        if not sectors:
            sectors = list(last.sectors)
        return sectors, last.kind == "person" and not plural, last.term

    def _same_part(self, a: Match, a_poss: bool, b: Match) -> bool:
        """Coordinated references are alike: adjectives ("Russian and U.S.") or nouns
        ("Russia-U.S."), not "... with Bulgaria, Macedonian officials"."""
        b_poss = b.end < self.n and self.w[b.end] in POSSESSIVE
        adj_a, adj_b = bool(a.first("adj")) or a_poss, bool(b.first("adj")) or b_poss
        noun_a = bool(a.first("country", "capital", "org")) and not a_poss
        noun_b = bool(b.first("country", "capital", "org")) and not b_poss
        return (adj_a and adj_b) or (noun_a and noun_b)

    def _stance(self, i: int) -> bool:
        """ "anti-American protesters", "pro-Russian separatists": a stance, not the country."""
        return i > 1 and self.w[i - 1] == "-" and self.glued(i - 2, i - 1) and self.glued(i - 1, i) \
            and norm(self.w[i - 2]) in ("anti", "pro", "non")

    def _dateline(self, i: int) -> bool:
        """ "RANGOON, Burma -": an upper-case place opening the sentence is where, not who."""
        w = self.w[i]
        return i == 0 and w.isupper() and len(w) > 3 and i + 1 < self.n and self.w[i + 1] in (",", "-", "—")

    def _is_region(self, m: Match) -> bool:
        e = m.first("country")
        return e is not None and self.kb.countries[e.key].region

    def _inside_name(self, i: int) -> bool:
        """The match at i follows a capitalised word of a longer name ("New Mexico", "Northern Ireland")."""
        k = i - 1
        if k >= 0 and norm(self.w[k]) in PLACE_PREFIXES and _cap(self.w[k]):
            return True
        return k > 0 and k not in self.covered and self.word_is_name(k) and not self.w[k].isupper() \
            and norm(self.w[k]) not in DIRECTIONS

    def _ref_group(self, i: int) -> int:
        if self._inside_name(i) or self._dateline(i) or self._stance(i):
            return self.m_at[i].end
        refs = []  # (match, possessive)
        k = i
        while True:
            m = self.m_at[k]
            k = m.end
            poss = k < self.n and self.w[k] in POSSESSIVE
            if poss:
                k += 1
            refs.append((m, poss))
            if k < self.n and norm(self.w[k]) in COORD:
                k2 = k + 1
                if k2 < self.n and norm(self.w[k2]) in ("and", "or"):
                    k2 += 1
                if k2 < self.n and norm(self.w[k2]) == "the":
                    k2 += 1
                nxt = self.m_at.get(k2)
                if self.is_ref(nxt) and not (self.w[k] == "-" and not self.glued(k - 1, k)) \
                        and self._same_part(m, poss, nxt):
                    k = k2
                    continue
            break
        end = k
        last_m, last_poss = refs[-1]
        if end + 1 < self.n and self.w[end] == "-" and self.glued(end - 1, end) and self.glued(end, end + 1) \
                and self.w[end + 1].isalpha() and self.w[end + 1].islower():
            # "Vietnamese-led forces": the forces are the country's; "Russian-backed rebels": not
            led = norm(self.w[end + 1]) == "led"
            terms, k = self._sectors_from(end + 2, allow_filler=False) if led else ([], end + 2)
            sectors = self._combine(terms)[0] if terms else []
            for m, poss in refs:
                self._ref_cand(m, poss, sectors, i, max(end + 1, k - 1), force=True)
            return max(end + 2, k)
        adjectival = last_poss or bool(last_m.first("adj")) or len(refs) > 1 and any(r[0].first("adj") for r in refs)
        terms, k = self._sectors_from(end, allow_filler=adjectival)
        if terms:
            sectors, single, term = self._combine(terms)
            if not sectors and not single:  # "Russian language": no actor
                return k
            name = self.parse_name(k) if single else None
            if name:  # "Syria and Palestinian leader Yasser Arafat": the person has the last reference
                for m, poss in refs[:-1]:
                    self._ref_cand(m, poss, None, m.start, m.end - 1)
                self._person_from_refs(refs[-1:], sectors, term, name, refs[-1][0].start)
                return name[1]
            name = self.apposed_name(k) if single else None
            if name:  # "Taiwan's president, Lai Ching-te,"
                self._person_from_refs(refs[-1:], sectors, term, name, refs[-1][0].start)
                return name[1]
            if single and len(refs) == 1 and not self._is_org(refs[0][0]):
                c = self._ref_cand(refs[0][0], refs[0][1], sectors, i, k - 1, force=True)
                if c is not None:  # "the Turkish president": the mention is the whole role phrase
                    c.kind, c.role, c.titled = "role", term, True
                    c.start = self.s[i - 1] if i > 0 and norm(self.w[i - 1]) == "the" else self.s[i]
                    c.end = self.end_char(k - 1)
                return k
            for m, poss in refs:
                self._ref_cand(m, poss, sectors, i, k - 1, force=True)
            return k
        if adjectival:  # "a Kenyan human rights group": the country's own group
            k = self._described_by_country(refs, end)
            if k is not None:
                return k
        if adjectival and not last_poss and self.proper_continues(end):
            # "Syrian Observatory ...": the demonym is part of a name; keep the country
            for m, poss in refs:
                self._ref_cand(m, poss, [], i, end - 1, force=True)
            return end
        if len(refs) == 1 and not last_poss and self.proper_continues(end) and (
                last_m.first("capital") or self._is_region(last_m)):
            return end  # "Washington Post", "Moscow Times", "Paris Agreement", "West Virginia"
        if adjectival and not last_poss:
            nm = self.m_at.get(end)
            sec, _ = self.sector_of(nm)
            if sec is not None and sec.kind == "none":
                return nm.end
        for m, poss in refs:
            self._ref_cand(m, poss, None, i, end - 1)
        return end

    def _ref_cand(self, m: Match, poss: bool, sectors, phrase_start: int, head: int,
                  force: bool = False) -> Cand | None:
        """A collective, org or city mention for one country reference."""
        s, e = self.s[m.start], self.end_char(m.end - 1)
        phrase = (self.s[phrase_start], self.end_char(head))
        org = m.first("org")
        if org is not None and (not m.first("adj", "country", "capital") or
                                m.first("capital") and not self._in_city(m.start, poss)):
            # "Brussels demanded" is the EU; "in Brussels" the city
            o = self.kb.orgs[org.key]
            if o.type == "seat":
                c = Cand("collective", s, e, head, phrase, country=o.country, sectors=list(o.sectors))
                if sectors and force:
                    c.sectors = list(dict.fromkeys([*o.sectors[:1], *sectors]))
            else:
                c = Cand("org", s, e, head, phrase, name=o.name, country=o.country, sectors=list(o.sectors))
            self.cands.append(c)
            return c
        entry = m.first("adj", "country", "capital")
        code = entry.key
        if entry.kind == "capital" and not sectors:
            k = m.start - 1  # "in (the capital / the city of) Kabul"
            while k > 0 and (norm(self.w[k]) in ("the", "capital", "city", ",") or norm(self.w[k]) in DIRECTIONS):
                k -= 1
            if k >= 0 and norm(self.w[k]) in LOCATIVE and not poss:
                c = Cand("city", s, e, head, phrase, country=code, sectors=["CVL"], name=self._text(m.start, m.end),
                         place=True)
                self.cands.append(c)
                return c
            sectors = ["GOV"]
        c = Cand("collective", s, e, head, phrase, country=code, sectors=list(sectors or []))
        c.place = not sectors and not poss and entry.kind == "country" and self._locative_before(m.start)
        surface = self._text(m.start, m.end)
        c.ambiguous = (code, norm(surface)) in self.lex.ambiguous
        if entry.kind != "adj" and m.end - m.start == 1:
            c.name = surface  # a one-word name may be a surname already seen ("Jordan said")
        self.cands.append(c)
        return c

    def _person_from_refs(self, refs, sectors, term, name, phrase_start) -> None:
        ns, ne = name
        c = self.person_cand(ns, ne, phrase_start)
        m, _ = refs[0]
        org = m.first("org")
        if org is not None and not m.first("adj", "country", "capital"):
            o = self.kb.orgs[org.key]
            c.country = o.country
            c.sectors = list(o.sectors) if o.type != "seat" else list(dict.fromkeys([*o.sectors, *sectors]))
            c.code = o.code if o.type != "seat" else None
        else:
            c.country = m.first("adj", "country", "capital").key
            c.sectors = list(sectors)
        c.role, c.titled = term, True
        c.gender = self.kb.sectors[term].gender
        if self._former(phrase_start):
            c.sectors = ["ELI"]
        self.cands.append(c)

    def _is_org(self, m: Match) -> bool:
        org = m.first("org")
        return org is not None and not m.first("adj", "country", "capital") and \
            self.kb.orgs[org.key].type != "seat"

    def _title(self, i: int, m: Match, country, phrase_start: int) -> int:
        terms, k = self._sectors_from(i, allow_filler=False)
        if not terms:
            return m.end
        sectors, single, term = self._combine(terms)
        if not single and sectors and self._alone(i, k, terms):
            # "police", "the rebels", "demonstrators": a sector with no country; .context infers it
            self.cands.append(Cand("collective", self.s[i], self.end_char(k - 1), k - 1,
                                   (self.s[phrase_start], self.end_char(k - 1)), sectors=sectors, bare=True,
                                   possessed=i > 0 and norm(self.w[i - 1]) in ("its", "their")))
        if not single or not sectors:
            return k
        country, k = self._of_portfolio(k, country or self.kb.sectors[term].country or None)
        name = self.parse_name(k) or (self.apposed_name(k) if i > 0 and norm(self.w[i - 1]) == "the" else None)
        if name:
            c = self.person_cand(name[0], name[1], phrase_start)
            c.country = country
            c.sectors, c.role, c.titled = sectors, term, True
            c.gender = self.kb.sectors[term].gender
            if self._former(i):
                c.sectors = ["ELI"]
            # "President Dawda Jawara of Gambia"
            j = name[1]
            if j + 1 < self.n and norm(self.w[j]) == "of":
                nm = self.m_at.get(j + 1)
                if nm is not None and nm.first("country"):
                    c.country = nm.first("country").key
            self.cands.append(c)
            return name[1]
        title_end = i + (len(terms) and terms[-1][2].end - i)
        det = norm(self.w[i - 1]) if i > 0 else ""
        owned = det in ("his", "her", "their", "its") and sectors[0] in STATE_SECTORS and not country
        if (det == "the" or owned) and (country or not (k < self.n and norm(self.w[k]) == "of")):
            # "the minister", "the president of Armenia"; "his chief of staff": its country from the context
            self.cands.append(Cand("role", self.s[i - 1], self.end_char(title_end - 1), title_end - 1,
                                   (self.s[i - 1], self.end_char(k - 1)), country=country, sectors=sectors,
                                   role=term, gender=self.kb.sectors[term].gender, bare=owned))
        elif self._indefinite(i) and self._alone(i, k, terms):
            # "a journalist was killed", "a soldier was wounded": one member of the sector
            self.cands.append(Cand("collective", self.s[i], self.end_char(title_end - 1), title_end - 1,
                                   (self.s[i], self.end_char(title_end - 1)), sectors=sectors, bare=True))
        return k

