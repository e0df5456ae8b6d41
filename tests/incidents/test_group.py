"""Grouping: the same incidents whatever order the reports come in, bounded incidents, and blocking
that never compares reports that share no type, country or nearby day."""

from __future__ import annotations

import datetime as dt
import random

from eventwire.incidents import group as grouping
from eventwire.incidents import match

from .helpers import RULES, actor, report

POLICE = actor("KENCOP", "KEN", ["COP"])
PROTESTERS = actor("KENCVL", "KEN", ["CVL"])


def partition(reports):
    return sorted(sorted(reports[i].key for i in members) for _, members, _ in grouping.group(reports, RULES))


def _mixed():
    reps = []
    for day in ("2024-06-18", "2024-06-25"):
        for n, place in enumerate(("Nairobi", "Westlands", "Nairobi", "Mombasa")):
            reps.append(report(f"{day}-{n}/e1", day, "175", [POLICE], [PROTESTERS], place))
    reps.append(report("m/e1", "2024-02-05", "040", [actor("TURGOV", "TUR", ["GOV"])],
                       [actor("IRNGOV", "IRN", ["GOV"])], "Ankara"))
    reps.append(report("n/e1", "2024-02-05", "040", [actor("IRNGOV", "IRN", ["GOV"])],
                       [actor("TURGOV", "TUR", ["GOV"])], "Ankara"))
    return reps


def test_order_of_reports_does_not_matter():
    reps = _mixed()
    expected = partition(reps)
    assert expected == sorted([[f"2024-06-18-{n}/e1" for n in (0, 1, 2)], ["2024-06-18-3/e1"],
                               [f"2024-06-25-{n}/e1" for n in (0, 1, 2)], ["2024-06-25-3/e1"],
                               ["m/e1", "n/e1"]])
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(reps)
        assert partition(reps) == expected


def test_a_chain_of_daily_reports_stays_in_short_incidents():
    start = dt.date(2024, 6, 1)
    reps = [report(f"d{i:02d}/e1", (start + dt.timedelta(days=i)).isoformat(), "175", [POLICE], [PROTESTERS],
                   "Nairobi") for i in range(10)]
    groups = partition(reps)
    assert len(groups) >= 3  # not one ten-day "incident"
    for g in groups:
        days = [int(k[1:3]) for k in g]
        assert max(days) - min(days) <= RULES.max_span_days


def test_blocking_compares_only_reports_that_share_a_block(monkeypatch):
    calls = []
    real = match.link

    def counting(a, b, r):
        calls.append((a.key, b.key))
        return real(a, b, r)

    monkeypatch.setattr(grouping, "link", counting)
    reps = []
    for i in range(150):  # 150 different dyads of different countries, same type and day
        c1, c2 = f"A{i:02d}", f"B{i:02d}"
        reps.append(report(f"x{i}/e1", "2024-01-01", "040", [actor(c1 + "GOV", c1, ["GOV"])],
                           [actor(c2 + "GOV", c2, ["GOV"])]))
        reps.append(report(f"y{i}/e1", "2024-01-01", "040", [actor(c2 + "GOV", c2, ["GOV"])],
                           [actor(c1 + "GOV", c1, ["GOV"])]))
    groups = partition(reps)
    assert len(groups) == 150
    assert len(calls) == 150  # each pair once, no pair across dyads (all pairs would be 44 850)
