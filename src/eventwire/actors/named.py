"""Names in no table: "the California Farm Bureau Federation", "GAO", "Mr Porter", "Tim Canova".

News names many organisations and people the knowledge files do not know.  A
run of capitalised words no other rule read (at most a name a later mention
might have matched) becomes an actor of its own when its own words say what it
is, by the table ``data/names.tsv``:

* an organisation: two or more capitalised words whose last word is a *head*
  of ``names.tsv`` or a collective sector noun of ``sectors.tsv``
  ("Federation", "Bureau", "Government", "Party", "Army"); its sectors are the
  head's (none for "Federation", "Committee");
* an acronym: one upper-case word of 2-6 letters, alone between lower-case
  words, found in no table and not listed ``not`` ("GAO"; not "CEO", "GDP", nor an
  upper-case dateline "CAIRO, Egypt");
* a person: an *honorific* and a name ("Mr Porter", "Dr. Jane Roe"), or a known
  first name (``first_names.tsv``) and one capitalised surname ("Tim Canova";
  not "Grace Street": a last word listed ``not``).

The country is the one a *place* of ``names.tsv`` opening the name gives
("California ..." -> USA, not inferred); else it comes from the context like a
sector noun's (:mod:`.context`), flagged ``country_inferred``.  An actor with
neither a country nor a sector would have an empty code: none is made (GDELT
leaves such an actor empty, and an empty actor is no better than no actor for
an event).  A person is coded by country alone ("USA"): a name says nothing of
the sector.  Later mentions of a person's surname ("Porter said") join it as
for any person.  Like the other rules this reads only token texts, so parsed
and unparsed sentences get the same actors.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .cand import Cand
from .lexicon import norm
from .names import _cap
from .words import CALENDAR, FUNCTION, GENERIC_HEADS

DATA = Path(__file__).parent / "data" / "names.tsv"
KINDS = ("head", "place", "honorific", "not")
# Kinds of lexicon match a run may hold: other matches are known things other rules read.
_OPEN_MATCH = {"sector"}


@functools.lru_cache(maxsize=1)
def table() -> dict[str, dict[tuple[str, ...], str]]:
    """kind -> {term words: value}."""
    out: dict[str, dict[tuple[str, ...], str]] = {k: {} for k in KINDS}
    with open(DATA, encoding="utf-8", newline="") as f:
        rows = csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        if next(rows)[:3] != ["term", "kind", "value"]:
            raise ValueError(f"{DATA}: expected the header 'term<TAB>kind<TAB>value'")
        for n, row in enumerate(rows, 2):
            if len(row) < 2 or row[1] not in KINDS:
                raise ValueError(f"{DATA}: line {n}: expected a term and a kind of {KINDS}")
            out[row[1]][tuple(row[0].lower().split())] = row[2].strip() if len(row) > 2 else ""
    return out


def _head_sectors(sent, word: str) -> list[str] | None:
    """The sectors a name's last word gives (an empty list: a head with no sector); None: no head."""
    low = norm(word)
    heads = table()["head"]
    if (low,) in heads:
        return heads[(low,)].split()
    sec = sent.kb.sectors.get(low)
    if sec is not None and sec.kind == "group" and sec.sectors and sec.sectors[0] != "-" \
            and low not in GENERIC_HEADS:
        return list(sec.sectors)
    return None


def _runs(sent, taken: set[int]):
    """Maximal runs [a, b) of capitalised tokens no other candidate holds."""
    k = 0
    while k < sent.n:
        if k in taken or not _word(sent, k):
            k += 1
            continue
        a = k
        while k < sent.n and k not in taken and _word(sent, k):
            k += 1
        yield a, k


def _word(sent, k: int) -> bool:
    w = sent.w[k]
    m = sent.m_at.get(k)
    if m is not None and not (m.kinds() <= _OPEN_MATCH):
        return False
    return _cap(w) and any(c.isalpha() for c in w) and norm(w) not in CALENDAR and \
        (norm(w) not in FUNCTION or k == 0 or not _cap(sent.w[k - 1]) or norm(sent.w[k - 1]) in FUNCTION)


def add_cands(sent) -> None:
    """Append a candidate for each unknown organisation or person name of the sentence."""
    cands = sent.cands
    taken = set()
    for c in cands:
        if c.kind == "nameref":
            continue
        lo, hi = (c.phrase if c.phrase[1] else (c.start, c.end))
        taken.update(k for k in range(sent.n) if lo <= sent.s[k] < max(hi, c.end) or c.start <= sent.s[k] < c.end)
    # tokens inside a longer lexicon match (a sector term of several words) are covered by it
    for m in sent.m_at.values():
        if not (m.kinds() <= _OPEN_MATCH):
            taken.update(range(m.start, m.end))
    if _title_case(sent):
        return
    t = table()
    done: set[int] = set()
    for a, b in list(_runs(sent, taken)):
        if a in done:
            continue
        c = _candidate(sent, t, a, b)
        if c is None:
            continue
        if c.kind == "collective":
            c = _own_country(sent, c, a)
            c, extra = _bracketed(sent, t, c, b, done)
        else:
            extra = []
        cands[:] = [o for o in cands if not (o.kind == "nameref" and c.start <= o.start < c.end)]
        cands.extend([c, *extra])


def _own_country(sent, c: Cand, a: int) -> Cand:
    """ "the Liberian Peace Council": a demonym or country opening the name (read by the other rules as
    the country alone, part of a longer name) is the organisation's own country, not an inference."""
    k = a - 1
    if k < 0:
        return c
    m = next((m for m in sent.m_at.values() if m.end == a), None)
    if m is None or not m.first("adj", "country") or m.first("org") or sent.w[k] in ("'s", "\u2019s"):
        return c
    own = [o for o in sent.cands if o.kind == "collective" and not o.sectors and o.start == sent.s[m.start]]
    if not own:
        return c
    sent.cands.remove(own[0])
    c.country, c.start = own[0].country, own[0].start
    c.group = sent._text(m.start, c.head + 1)
    c.phrase = (c.start, c.phrase[1])
    return c


def _bracketed(sent, t, c: Cand, b: int, done: set[int]) -> tuple[Cand, list[Cand]]:
    """ "The International Labor Office (ILO)": a known organisation's acronym in brackets after the name
    makes the name that organisation; an unknown acronym ("(CFVC)") is another name of the new actor."""
    if not (b + 2 < sent.n and sent.w[b] == "(" and sent.w[b + 2] == ")"):
        return c, []
    m = sent.m_at.get(b + 1)
    org = m.first("org") if m is not None and m.end == b + 2 else None
    if org is not None:
        o = sent.kb.orgs[org.key]
        known = Cand("org", c.start, c.end, c.head, c.phrase, name=o.name, country=o.country,
                     sectors=list(o.sectors))
        return known, []
    word = sent.w[b + 1]
    if m is None and word.isalpha() and word.isupper() and 2 <= len(word) <= 8:
        done.add(b + 1)
        alias = Cand("collective", sent.s[b + 1], sent.end_char(b + 1), b + 1, (sent.s[b + 1], sent.end_char(b + 1)),
                     country=c.country, sectors=list(c.sectors), group=c.group)
        alias.unknown = True
        return c, [alias]
    return c, []


def _candidate(sent, t, a: int, b: int) -> Cand | None:
    w, low = sent.w, [norm(x) for x in sent.w]
    honorifics = {h[0] for h in t["honorific"]}
    while a < b and low[a] in FUNCTION and low[a] not in honorifics:
        a += 1  # "The California ...": the article is no part of the name
    honorific = a < b and low[a] in honorifics
    if a >= b:
        return None
    if honorific:
        if b - a < 2 or not w[a + 1][:1].isalpha():
            return None  # "Mr" alone
        return _person(sent, a + 1, b, t["honorific"][(low[a],)])
    if (low[b - 1],) in t["not"]:
        return None
    if b - a >= 2:
        sectors = _head_sectors(sent, w[b - 1])
        if sectors is not None:
            return _org(sent, t, a, b, sectors)
        if b - a == 2 and w[a] in sent.kb.first_names and w[b - 1].isalpha() and not w[b - 1].isupper():
            return _person(sent, a, b, sent.kb.first_names[w[a]])
        return None
    word = w[a]
    if word.isalpha() and word.isupper() and 2 <= len(word) <= 6 and (low[a],) not in t["not"] \
            and not _dateline(sent, a) and not _shouting(sent):
        return _org(sent, t, a, b, [])
    return None


def _org(sent, t, a: int, b: int, sectors: list[str]) -> Cand:
    name = sent._text(a, b)
    c = Cand("collective", sent.s[a], sent.end_char(b - 1), b - 1, (sent.s[a], sent.end_char(b - 1)),
             sectors=sectors, group=name)
    c.country = _place(t, [norm(x) for x in sent.w[a:b - 1]])
    c.unknown = True
    return c


def _person(sent, a: int, b: int, gender: str) -> Cand:
    name = sent._text(a, b)
    c = Cand("person", sent.s[a], sent.end_char(b - 1), b - 1, (sent.s[a], sent.end_char(b - 1)), name=name,
             gender=gender, titled=True)
    c.unknown = True
    return c


def _place(t, words: list[str]) -> str | None:
    """The country a place opening the name gives ("California", "New South Wales")."""
    places = t["place"]
    for k in range(len(words), 0, -1):
        if tuple(words[:k]) in places:
            return places[tuple(words[:k])]
    return None


def _title_case(sent) -> bool:
    """A headline in title case ("Abandoning Reform Was A Sign Of Leadership"): its runs are no names."""
    words = [x for x in sent.w if x.isalpha() and len(x) > 3]
    if len(words) < 4 or sum(_cap(x) for x in words) * 4 <= len(words) * 3:
        return False
    return all(_cap(x) for x in words) or any(
        _cap(sent.w[k]) and norm(sent.w[k]) in FUNCTION and sent.w[k - 1][:1].isalpha() for k in range(1, sent.n))


def _dateline(sent, a: int) -> bool:
    return a == 0 and a + 1 < sent.n and sent.w[a + 1] in (",", "-", "\u2014", "(")


def _shouting(sent) -> bool:
    """A headline in capitals: its upper-case words are no acronyms."""
    words = [x for x in sent.w if x.isalpha() and len(x) > 1]
    return len(words) >= 3 and sum(x.isupper() for x in words) * 2 > len(words)
