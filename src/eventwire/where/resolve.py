"""Choosing among a name's candidates.

A candidate's score is its prior (countries, regions and US states first,
then cities by population, capitals raised) plus a bonus when the
article's other place names point to its country (a small nudge: a
country named says little about which of its towns is meant) or its
first-level division (a strong one).  The other names count with their own most likely reading.
"""

from __future__ import annotations

from collections import Counter

from .gazetteer import Place, gazetteer, norm

COUNTRY_BONUS = 0.8  # a city in a country the article names
WIDE_BONUS = 4.0  # a country or division in a country the article names
ADMIN1_BONUS = 1.5  # a city in a division the article names, per name (up to three)
SMALL_TOWN = 50_000  # below this a town far from the article's place is more likely a local name
MAJOR_CITY = 500_000  # a town inside a longer name ("Rogers Centre") is taken anywhere from this size
FAR_KM = 300.0


def _km(a: Place, b: Place) -> float:
    import math

    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Context:
    """The article's other place names, read as a whole: each name first by
    its prior alone, then once more given the others' first readings (so
    that "Gloucester" beside "Cirencester" and "Cheltenham" is the English one)."""

    def __init__(self, names):
        g = gazetteer()
        self.by_name: dict[str, tuple[Place, int]] = {}
        counts = Counter(norm(n) for n in names if n)
        found = {key: (g.candidates(key), n) for key, n in counts.items()}
        self._count({k: _reading(c) for k, (c, n) in found.items() if c}, counts)
        if len(self.by_name) > 1:
            self._count({k: _reading(c, self, k) for k, (c, n) in found.items() if c}, counts)

    def _count(self, readings: dict[str, Place | None], counts: Counter) -> None:
        self.by_name = {k: (p, counts[k]) for k, p in readings.items() if p is not None}
        self.countries: Counter = Counter()
        self.admin1: Counter = Counter()
        for best, n in self.by_name.values():
            if best.country:
                self.countries[best.country] += n
            if best.admin1:
                self.admin1[best.admin1] += n

    def others_in(self, country: str | None, exclude: str | None) -> int:
        """How often the other names point to ``country``."""
        own, n = self.by_name.get(exclude, (None, 0)) if exclude else (None, 0)
        return self.countries[country] - (n if own and own.country == country else 0)

    def admin1_others(self, code: str | None, exclude: str | None) -> int:
        """How often the other names point to the division ``code``."""
        own, n = self.by_name.get(exclude, (None, 0)) if exclude else (None, 0)
        return self.admin1[code] - (n if own and own.admin1 == code else 0) if code else 0

    def bonus(self, place: Place, exclude: str | None) -> float:
        own, n = self.by_name.get(exclude, (None, 0)) if exclude else (None, 0)
        b = 0.0
        if place.country and self.countries[place.country] - (n if own and own.country == place.country else 0) > 0:
            b += COUNTRY_BONUS if place.kind == "city" else WIDE_BONUS
        if place.kind in ("city", "admin2") and place.admin1:
            others = self.admin1[place.admin1] - (n if own and own.admin1 == place.admin1 else 0)
            b += ADMIN1_BONUS * min(others, 3)
        return b

    def focus(self, exclude: str | None = None) -> Place | None:
        """The article's main place: in its most named country, the most named
        city, else division, else the country itself."""
        named = [(n, p) for k, (p, n) in self.by_name.items() if k != exclude and not p.alternate]
        countries = Counter()
        for n, p in named:
            if p.country:
                countries[p.country] += n
        if not countries:
            return max(named, key=lambda x: (x[0], x[1].prior()))[1] if named else None
        top = countries.most_common(1)[0][0]
        for kind in ("city", "admin1", "country"):
            best = [(n, p) for n, p in named if p.kind == kind and p.country == top]
            if best:  # named often and a large place: a village named once is not the focus
                return max(best, key=lambda x: (x[0] + x[1].prior(), x[1].prior()))[1]
        return None


def _reading(cands: list[Place], ctx: "Context | None" = None, exclude: str | None = None) -> Place | None:
    """A name's reading for the context: its best candidate (by prior, and by
    ``ctx`` when given), or, when the best tie in different divisions ("Ohio
    County" of Indiana, Kentucky and West Virginia, nothing else named), their
    country alone (None when the countries differ too)."""
    score = {id(p): p.prior() + (ctx.bonus(p, exclude) if ctx is not None else 0.0) for p in cands}
    best = max(cands, key=lambda p: score[id(p)])
    ties = [p for p in cands if score[id(p)] == score[id(best)]]
    if len({p.admin1 for p in ties}) == 1:
        return best
    if len({p.country for p in ties}) == 1:
        from dataclasses import replace

        return replace(best, admin1=None)
    return None


def choose(cands: list[Place], ctx: Context, exclude: str | None = None) -> Place | None:
    if not cands:
        return None
    return max(cands, key=lambda p: p.prior() + ctx.bonus(p, exclude))


def _record(p: Place, inferred: bool = False) -> dict:
    return {"name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1,
            "lat": p.lat, "lon": p.lon, "geonames_id": p.geonames_id, "inferred": inferred}


def resolve_toponym(name: str, context: list[str] | tuple = (), fallback: bool = True,
                    container: str | None = None) -> dict | None:
    """Resolve one place name given the article's other place names (and the
    name written as holding it, ``container``: "Texas" of "Paris, Texas").

    Returns ``{"name", "kind", "country", "admin1", "lat", "lon",
    "geonames_id", "inferred"}`` or None.  A name the gazetteer does not
    hold (a street, a building) gets, when ``fallback``, the article's main
    place with ``inferred: True`` (local names sit near it).
    """
    ctx = Context(list(context))
    place, inferred = resolve_in(name, ctx, fallback, container=holding(name, container, ctx))
    return _record(place, inferred) if place is not None else None


def holding(name: str, box: str | None, ctx: Context) -> Place | None:
    """The reading of a containing name that holds a reading of ``name``
    ("Georgia's Athens": the state, not the country), else None."""
    if not box:
        return None
    g = gazetteer()
    cands = g.candidates(name)
    if not cands:  # a local name "in" a place ("Loyola University in Los Angeles"): that place
        return choose(g.candidates(box), ctx, exclude=norm(box))
    inside = [c for c in g.candidates(box) if within(cands, c) is not cands]
    return choose(inside, ctx, exclude=norm(box)) if inside else None


def within(cands: list[Place], container: Place | None) -> list[Place]:
    """The candidates inside ``container`` (a country or a division), else all."""
    if container is None:
        return cands
    if container.kind == "country":
        inside = [p for p in cands if p.country == container.country and p is not container]
    elif container.kind == "admin1" and container.admin1:
        inside = [p for p in cands if p.admin1 == container.admin1 and p.kind in ("city", "admin2")]
    else:
        inside = []
    return inside or cands


def short_reading(name: str, ctx: Context) -> Place | None:
    """What a short form stands for ("SA"): the place among its readings whose
    country the article names most otherwise, else None."""
    named = [(ctx.others_in(p.country, norm(name)), p) for p in gazetteer().short_form(name)]
    named = [(n, p) for n, p in named if n > 0]
    return max(named, key=lambda x: x[0])[1] if named else None


def resolve_in(name: str, ctx: Context, fallback: bool = True,
               container: Place | None = None) -> tuple[Place | None, bool]:
    """(place, inferred) for ``name`` in an article read as ``ctx``."""
    g = gazetteer()
    short = short_reading(name, ctx)
    if short is not None:  # "SA" in an article naming South Africa
        return short, False
    dem = g.demonym(name)
    if dem is not None:  # "Russian"
        return dem, False
    cands = within(g.candidates(name), container)
    if cands:
        place = choose(cands, ctx, exclude=norm(name))
        if place.lat is None:  # a county: at the article's place in its state
            return _placed(place, ctx, norm(name)), True
        small = place.kind == "city" and place.population < SMALL_TOWN and container is None
        if fallback and small and not supported(place, ctx, norm(name)):
            focus = ctx.focus(exclude=norm(name))
            if focus is not None:
                # a small town abroad, or far from the article's city in a division
                # the article never names: more likely a local name the gazetteer lacks
                return focus, True
        return place, False
    words = name.split()
    if container is not None:  # a local name written as inside a place: a town it names there, else there
        for part in _known_parts(words, g):
            inside = within(g.candidates(part), container)
            if inside is not g.candidates(part) and container.kind != "city":
                return choose(inside, ctx, exclude=norm(part)), True
        return (_placed(container, ctx, None) if container.lat is None else container), True
    for part in _known_parts(words, g):  # "Suffolk County", "Florida Atlantic University", "Embassy Tokyo"
        place = choose(within(g.candidates(part), container), ctx, exclude=norm(part))
        if place.lat is None:
            return _placed(place, ctx, norm(part)), True
        if place.kind != "city" or supported(place, ctx, norm(part), MAJOR_CITY if ctx.countries else 0):
            return place, True
    dem = g.demonym(words[0]) if words else None
    if dem is not None:  # "Russian Higher School of Economics"
        return dem, True
    if fallback:
        focus = ctx.focus(exclude=norm(name))
        if focus is not None:
            return focus, True
    return None, False


def supported(place: Place, ctx: Context, exclude: str | None, big: int = SMALL_TOWN) -> bool:
    """Whether the article bears out a town: a capital or one of ``big`` people
    or more in a country it names; a smaller one in a division it names, or in
    a named country near the article's place (a town elsewhere is more likely a local
    name the gazetteer lacks, or part of a person's or a firm's name)."""
    if place.kind != "city":
        return True
    focus = ctx.focus(exclude=exclude)
    if focus is None:
        return True
    if not ctx.others_in(place.country, exclude):
        return False
    if place.population >= big or place.capital or ctx.admin1_others(place.admin1, exclude):
        return True
    return not (focus.kind == "city" and focus.lat is not None and _km(place, focus) > FAR_KM)


def _placed(county: Place, ctx: Context, exclude: str | None) -> Place:
    """A county (the gazetteer has no coordinates for it) at the town the article
    names most in its state, else at the state's centre."""
    from dataclasses import replace

    inside = [(n, p) for k, (p, n) in ctx.by_name.items()
              if k != exclude and p.kind == "city" and p.admin1 == county.admin1]
    at = max(inside, key=lambda x: (x[0], x[1].prior()))[1] if inside else \
        gazetteer().states.get((county.admin1 or "")[2:])
    return replace(county, lat=at.lat, lon=at.lon) if at is not None else county


def _known_parts(words: list[str], g):
    """Runs of capitalised words of a longer name that the gazetteer holds, longest first."""
    n = len(words)
    for size in range(n - 1, 0, -1):
        for i in range(n - size + 1):
            run = words[i:i + size]
            if not all(w[:1].isupper() for w in run):
                continue
            if size == 1 and run[0].strip(".,").lower() in g.generic:
                continue
            text = " ".join(run)
            if g.candidates(text):
                yield text
