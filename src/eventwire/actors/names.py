"""Person names in a sentence: where a name starts and ends, titles around it.

A mixin of :class:`~.phrases.Sentence` (it uses the sentence's tokens, lexicon
matches and helpers): ``parse_name`` reads a capitalised name after a title
("Sergei Lavrov", "Bashar al-Assad", "Ban Ki-moon"); ``_appositive`` reads
"Kenzo Oshima, the United Nations Emergency Relief Coordinator,";
``_of_portfolio`` reads "Minister for Interior X" and "President X of Gambia".
"""

from __future__ import annotations

from .cand import Cand
from .lexicon import norm
from .words import FORMER, FUNCTION, NAME_PREFIXES, PARTICLES, PORTFOLIOS, POSSESSIVE


def _cap(word: str) -> bool:
    return word[:1].isupper()


class NameRules:
    def parse_name(self, j: int, titled: bool = True) -> tuple[int, int] | None:
        while j < self.n - 1 and norm(self.w[j]) in NAME_PREFIXES:
            j += 1
        k, toks = j, []
        while k < self.n and len(toks) < 6:
            w = self.w[k]
            if w in POSSESSIVE:
                break
            m = self.m_at.get(k)
            if m is not None and not (m.kinds() & {"person", "short"}) and \
                    m.kinds() & {"country", "adj", "capital", "org", "sector", "plural"}:
                # "Rep. Jim Jordan said": a one-word place name ending a name
                ends = m.end == k + 1 and (k + 1 >= self.n or not _cap(self.w[k + 1]))
                if not (titled and toks and ends and m.kinds() <= {"country", "capital"}):
                    break
            if self.word_is_name(k) and (not toks or norm(w) not in FUNCTION) and \
                    not (w.isalpha() and w.isupper() and len(w) > 1):  # "CTK", "NATO": no person

                toks.append(k)
                k += 1
                continue
            if toks and norm(w) in PARTICLES and k + 1 < self.n and (_cap(self.w[k + 1]) or self.w[k + 1] == "-"):
                toks.append(k)
                k += 1
                continue
            if toks and w == "-" and self.glued(k - 1, k) and self.glued(k, k + 1) and self.w[k + 1][:1].isalpha():
                toks += [k, k + 1]
                k += 2
                continue
            break
        while toks and norm(self.w[toks[-1]]) in PARTICLES:
            toks.pop()
        return (toks[0], toks[-1] + 1) if toks else None

    def person_cand(self, ns: int, ne: int, phrase_start: int) -> Cand:
        text_start, text_end = self.s[ns], self.end_char(ne - 1)
        name = self._text(ns, ne)
        c = Cand("person", text_start, text_end, ne - 1, (self.s[phrase_start], text_end), name=name)
        m = self.m_at.get(ns)
        if m is not None and m.end == ne and m.first("person"):
            c.person = m.first("person").key
        elif m is not None and m.end == ne and m.first("short"):
            c.candidates = [e.key for e in m.entries if e.kind == "short"]
        else:
            last = self.m_at.get(ne - 1)
            if last is not None and last.end == ne and last.first("short"):
                c.candidates = [e.key for e in last.entries if e.kind == "short"]
            elif ne - ns == 1:
                c.candidates = list(self.lex.last_names.get(norm(self.w[ns]), []))
        return c

    def _text(self, a: int, b: int) -> str:
        out = self.w[a]
        for k in range(a + 1, b):
            out += ("" if self.glued(k - 1, k) else " ") + self.w[k]
        return out

    def _appositive(self, c: Cand, k: int) -> None:
        """ "Kenzo Oshima, the United Nations Emergency Relief Coordinator," / "X, Russia's envoy" /
        "X, a spokesman for the campaign," """
        if k >= self.n or self.w[k] != ",":
            return
        j = k + 1
        if j < self.n and norm(self.w[j]) in ("the", "a", "an"):
            j += 1
        m = self.m_at.get(j)
        if not self.is_ref(m):  # "John Smith, a spokesman for the campaign,": title, no country
            terms, _ = self._sectors_from(j, allow_filler=True)
            sectors, single, term = self._combine(terms) if terms else ([], False, "")
            if single and sectors:
                sec = self.kb.sectors[term]
                c.kind, c.role, c.titled, c.sectors = "person", term, True, sectors
                c.country, c.gender = sec.country or None, sec.gender
            return
        e = j = m.end
        if j < self.n and self.w[j] in POSSESSIVE:
            j += 1
        terms, _ = self._sectors_from(j, allow_filler=True)
        if not terms and self._is_org(m):  # "..., the United Nations Emergency Relief Coordinator"
            while j < self.n and j - e < 4 and _cap(self.w[j]) and self.m_at.get(j) is None:
                j += 1
            terms, _ = self._sectors_from(j, allow_filler=False)
        if not terms:
            return
        sectors, single, term = self._combine(terms)
        if not single or not sectors:
            return
        org = m.first("org")
        if self._is_org(m):
            o = self.kb.orgs[org.key]
            c.country, c.sectors, c.code = o.country, list(o.sectors), o.code
        elif org is not None and not m.first("adj", "country", "capital"):
            o = self.kb.orgs[org.key]
            c.country, c.sectors = o.country, list(dict.fromkeys([*o.sectors, *sectors]))
        else:
            c.country, c.sectors = m.first("adj", "country", "capital").key, sectors
        c.kind, c.role, c.titled = "person", term, True
        c.gender = self.kb.sectors[term].gender

    def apposed_name(self, k: int) -> tuple[int, int] | None:
        """ "Taiwan's president, Lai Ching-te, said": a name in apposition after a title (token k is the comma),
        ending the clause (a comma, a full stop, a parenthesis) or followed by its verb."""
        if k + 1 >= self.n or self.w[k] != ",":
            return None
        name = self.parse_name(k + 1, titled=False)
        if name is None or norm(self.w[name[0]]) in NAME_PREFIXES:
            return None
        e = name[1]
        if e >= self.n or self.w[e] in (",", ".", ";", ")", ":") or self.w[e].isalpha() and self.w[e].islower():
            return name
        return None

    def _of_portfolio(self, k: int, country):
        """After a title: "of France" gives the country; "for Interior" is skipped."""
        if k + 1 < self.n and norm(self.w[k]) in ("of", "for"):
            j = k + 1 + (norm(self.w[k + 1]) == "the")
            m = self.m_at.get(j)
            if m is not None and m.first("country"):
                return m.first("country").key, m.end
            end = j
            while end < self.n and end - j < 4 and norm(self.w[end]) in PORTFOLIOS:
                end += 1
            if end > j and end < self.n and self.word_is_name(end):
                return country, end
        return country, k

    def _former(self, k: int) -> bool:
        """ "former (Socialist) prime minister" """
        return any(norm(self.w[j]) in FORMER for j in range(max(0, k - 2), k))

