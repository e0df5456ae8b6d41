"""Reports -> incidents, order-independent and without all-pairs comparison.

1. Blocking: a report is compared only with reports sharing a type key (CAMEO root or PLOVER type),
   an anchor (a country of an actor or of the place) and a day within the story window.
2. Links (``match.link``) above the threshold make a graph; its connected components are the units
   that are regrouped when new reports arrive (``component`` = the smallest member key).
3. Within a component, links are merged strongest first, in a canonical order (score, then keys), and
   only while the merged incident stays within ``max_span_days`` and its reports stay compatible.

Every step depends on the set of reports alone, never on the order they came in, so ingesting in two
halves gives the incidents of one run.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .match import compatible, link
from .reports import Report
from .rules import Rules

_SAMPLE = 12  # reports of each side checked for compatibility before two incidents merge


def candidate_links(reports: list[Report], rules: Rules) -> list[tuple[float, int, int]]:
    """(score, i, j), i < j in key order, for every linked pair found through the blocks."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, rep in enumerate(reports):
        for t in rep.type_keys:
            for a in rep.anchors:
                index[(t, a, rep.day)].append(i)
    days = range(-rules.story_window_days, rules.story_window_days + 1)
    seen: set[tuple[int, int]] = set()
    out = []
    for i, rep in enumerate(reports):
        for t in rep.type_keys:
            for a in rep.anchors:
                for off in days:
                    for j in index.get((t, a, rep.day + dt.timedelta(days=off)), ()):
                        if j == i:
                            continue
                        pair = (i, j) if reports[i].key < reports[j].key else (j, i)
                        if pair in seen:
                            continue
                        seen.add(pair)
                        s = link(reports[pair[0]], reports[pair[1]], rules)
                        if s is not None:
                            out.append((s, pair[0], pair[1]))
    return out


class _Sets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def components(n: int, links) -> list[list[int]]:
    sets = _Sets(n)
    for _, i, j in links:
        sets.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[sets.find(i)].append(i)
    return list(groups.values())


def _span(days: list[dt.date]) -> int:
    return (max(days) - min(days)).days if days else 0


def merge(reports: list[Report], members: list[int], links, rules: Rules) -> list[list[int]]:
    """Incidents of one component: the strongest links first, canonical ties, constraints kept."""
    members = sorted(members, key=lambda i: reports[i].key)
    cluster = {i: [i] for i in members}
    owner = {i: i for i in members}
    for score, i, j in sorted(links, key=lambda x: (-round(x[0], 9), reports[x[1]].key, reports[x[2]].key)):
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        a, b = cluster[ci], cluster[cj]
        days = [reports[k].day for k in a + b if reports[k].explicit]
        if _span(days) > rules.max_span_days:
            continue
        if not all(compatible(reports[x], reports[y], rules) for x in a[:_SAMPLE] for y in b[:_SAMPLE]):
            continue
        keep, gone = (ci, cj) if reports[ci].key < reports[cj].key else (cj, ci)
        merged = sorted(cluster[keep] + cluster.pop(gone), key=lambda k: reports[k].key)
        cluster[keep] = merged
        for k in merged:
            owner[k] = keep
    return [cluster[c] for c in sorted(cluster, key=lambda c: reports[c].key)]


def group(reports: list[Report], rules: Rules) -> list[tuple[str, list[int], dict[int, float]]]:
    """(component key, member indexes in key order, best link score of each member) per incident."""
    links = candidate_links(reports, rules)
    by_comp: dict[int, list] = defaultdict(list)
    comps = components(len(reports), links)
    comp_of = {}
    for c, members in enumerate(comps):
        for i in members:
            comp_of[i] = c
    for link_ in links:
        by_comp[comp_of[link_[1]]].append(link_)
    best: dict[int, float] = defaultdict(float)
    out = []
    for c, members in enumerate(comps):
        comp_key = min(reports[i].key for i in members)
        for inc in merge(reports, members, by_comp.get(c, []), rules):
            inside = set(inc)
            for s, i, j in by_comp.get(c, []):
                if i in inside and j in inside:
                    best[i], best[j] = max(best[i], s), max(best[j], s)
            out.append((comp_key, inc, {i: best[i] for i in inc}))
    return out
