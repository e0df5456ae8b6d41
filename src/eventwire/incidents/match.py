"""Can two reports tell of one incident, and how strongly do they agree?  Each test returns a weight
of evidence, or None when the two are incompatible (different places, countries, types or days)."""

from __future__ import annotations

import math

from .reports import Place, Report, Side
from .rules import Rules


def type_match(a: Report, b: Report, r: Rules) -> float | None:
    if a.cameo and a.cameo == b.cameo:
        return r.w("cameo_same")
    if a.root and a.root == b.root:
        return r.w("cameo_root")
    if a.plover and a.plover == b.plover:
        return r.w("plover_only")
    return None


def day_match(a: Report, b: Report, r: Rules) -> tuple[float, bool] | None:
    """(weight, strict): strict when within the windows; not strict when only the story window holds."""
    gap = abs((a.day - b.day).days)
    if gap > r.story_window_days:
        return None
    if a.explicit and b.explicit:
        strict = gap <= r.window_days
    elif a.explicit or b.explicit:  # the report dated by its publication comes after the event
        dated, published = (a, b) if a.explicit else (b, a)
        lag = (published.day - dated.day).days
        strict = -r.window_days <= lag <= r.report_lag_days
    else:
        strict = gap <= r.report_lag_days
    weight = r.w("day_same") if gap == 0 else r.w("day_near")
    return (weight, strict) if strict else (0.0, False)


def km(p: Place, q: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def place_match(p: Place | None, q: Place | None, r: Rules) -> float | None:
    """Same place, one inside the other (a city in its country, a place in its province), or near."""
    if p is None or q is None:
        return 0.0
    if p.geonames_id is not None and p.geonames_id == q.geonames_id:
        return r.w("place_same")
    if p.country_level or q.country_level:
        # a whole country is often the country of an actor, not where it happened: it only agrees
        return r.w("place_near") if p.country and p.country == q.country else 0.0
    if p.country and q.country and p.country != q.country:
        return None
    if None not in (p.lat, p.lon, q.lat, q.lon):
        d = km(p, q)
        if d <= 5:
            return r.w("place_same")
        if d <= r.place_km:
            return r.w("place_near")
        if p.admin1 and p.admin1 == q.admin1 and (p.admin1 == p.name or q.admin1 == q.name):
            return r.w("place_near")  # a province and a town in it
        return None
    if p.name and q.name and p.name.lower() == q.name.lower():
        return r.w("place_same")
    return 0.0


def side_match(a: Side, b: Side, r: Rules) -> tuple[float, bool] | None:
    """(weight, named): named when both sides name the same countries."""
    if a.empty or b.empty:
        return r.w("side_open"), False
    if a.families and b.families and not a.families & b.families:
        return None
    if not a.open and not b.open:
        if a.countries == b.countries:
            exact = a.families == b.families and a.codes == b.codes
            return (r.w("side_exact") if exact or (a.families and b.families) else r.w("side_partial")), True
        if a.countries <= b.countries or b.countries <= a.countries:  # one of a compound side
            return r.w("side_partial"), True
        return None
    if a.open and b.open and a.codes and a.codes == b.codes:
        return r.w("side_partial"), False
    # an unidentified doer (or one of no country) joins a named one of the same sector family
    return r.w("side_open"), False


def dyad_match(a: Report, b: Report, r: Rules) -> tuple[float, int] | None:
    """(weight of both sides, number of sides named alike); either order for symmetric types."""
    orders = [(a.source, a.target, b.source, b.target)]
    if r.symmetric(a.cameo, a.root, a.plover) and r.symmetric(b.cameo, b.root, b.plover):
        orders.append((a.source, a.target, b.target, b.source))
    best = None
    for s1, t1, s2, t2 in orders:
        s, t = side_match(s1, s2, r), side_match(t1, t2, r)
        if s is None or t is None:
            continue
        cand = (s[0] + t[0], int(s[1]) + int(t[1]))
        if best is None or cand > best:
            best = cand
    return best


def story_similarity(a: Report, b: Report) -> float:
    if not a.story or not b.story:
        return 0.0
    inter = len(a.story & b.story)
    return inter / (len(a.story) + len(b.story) - inter)


def compatible(a: Report, b: Report, r: Rules) -> bool:
    """The hard constraints alone (used to check a whole incident before two are merged)."""
    return (type_match(a, b, r) is not None and day_match(a, b, r) is not None
            and place_match(a.place, b.place, r) is not None and dyad_match(a, b, r) is not None)


def link(a: Report, b: Report, r: Rules) -> float | None:
    """The link score (0..1) of two reports of one incident, or None when they must not be linked."""
    t = type_match(a, b, r)
    if t is None:
        return None
    d = day_match(a, b, r)
    if d is None:
        return None
    p = place_match(a.place, b.place, r)
    if p is None:
        return None
    dy = dyad_match(a, b, r)
    if dy is None:
        return None
    sides, named = dy
    # an anchor: a side named alike on both, or a known shared place
    if named == 0 and p == 0.0:
        return None
    story = story_similarity(a, b)
    if not d[1] and story < r.story_threshold:  # beyond the windows only the same story links
        return None
    if named == 0 and story < r.story_threshold / 2 and p < r.w("place_same"):
        return None  # open doers in a nearby place: only with some of the same story
    score = (t + d[0] + p + sides + r.w("story") * story) / r.max_score
    return min(1.0, score) if score >= r.link_threshold else None
