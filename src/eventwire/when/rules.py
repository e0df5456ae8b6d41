"""Date expressions by rule, resolved to TimeML values against a reference date.

:func:`find` scans one sentence's text and returns ``(start, end, value)``
for every date expression, longest match first.  Values: ``2013-08-09``,
``2013-08``, ``2013-W32``, ``2013-SU``, ``2013-Q1``, ``2012``, ``199``
(a decade), ``19`` (a century), ``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``.

Underspecified expressions ("Friday", "June", "March 3") take the
direction of the sentence: the most recent one on or before the reference
date, unless the sentence speaks of the future ("will", "next", "plans
to"...), then the next one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "words.yaml"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"


@functools.lru_cache(maxsize=1)
def words() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _alt(keys) -> str:
    return "|".join(sorted((re.escape(k) for k in keys), key=len, reverse=True))


# -- date arithmetic ----------------------------------------------------------

def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def ymd(d: dt.date) -> str:
    return d.isoformat()


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


# -- the rules ----------------------------------------------------------------

class Rules:
    def __init__(self):
        w = words()
        self.months = w["months"]
        self.weekdays = w["weekdays"]
        self.seasons = w["seasons"]
        self.numbers = {k: v for k, v in w["numbers"].items()}
        self.refs = w["references"]
        self.future = re.compile(r"(?i)(?<!\w)(?:" + _alt(w["future_markers"]) + r")(?!\w)")
        MON = r"(?:" + _alt(self.months) + r")\.?"
        MONFULL = r"(?:" + _alt(k for k in self.months if len(k) > 3 or k == "may") + r")"
        MONCAP = r"(?:" + _alt(k.capitalize() for k in self.months if len(k) > 3 or k == "may") + r")"
        WD = r"(?:" + _alt(self.weekdays) + r")"
        SEA = r"(?:" + _alt(self.seasons) + r")"
        NUM = r"(?:\d+|" + _alt(self.numbers) + r")"
        DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
        MOD = r"(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
        I = re.I
        # a sentence with none of these holds no date expression: skip it fast
        self.trigger = re.compile(
            r"\d|\b(?:" + _alt(list(self.months) + list(self.weekdays) + list(self.seasons) + [
                "today", "tonight", "yesterday", "tomorrow", "week", "weekend", "month", "year",
                "quarter", "century", "ago"]) + r")\b|(?<!\w)(?:" + _alt(self.refs) + r")(?!\w)", I)
        self.patterns: list[tuple[re.Pattern, callable]] = [
            (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), self._iso),
            (re.compile(rf"\b(?P<mon>{MON})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})\b", I), self._mdy),
            (re.compile(rf"\b(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MON}),?\s+(?P<year>{YEAR})\b", I), self._mdy),
            (re.compile(rf"\b(?P<mon>{MON})\s+(?P<day>{DAY})\b(?!\s*(?:,\s*)?\d|\s*%|\s*percent)", I), self._md),
            (re.compile(rf"\b(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONFULL})\b", I), self._md),
            (re.compile(rf"\b{MOD}(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", I), self._my),
            (re.compile(rf"\b{MOD}(?P<mon>{MONFULL})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", I), self._m_rel_year),
            (re.compile(rf"\b{MOD}(?P<rel>last|this|next|past|coming)\s+(?P<mon>{MONFULL})\b", I), self._rel_month_name),
            (re.compile(rf"\b(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<wd>{WD})\b(?:\s+(?P<part>morning|afternoon|evening|night))?", I), self._weekday),
            (re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b", I), self._today),
            (re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|the\s+same)\s+(?P<unit>week|month|year|fiscal\s+year|weekend)\b(?!s)", I), self._rel_unit),
            (re.compile(r"\b(?P<mod>early|late|mid)[\s-]+(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b", I), self._rel_unit),
            (re.compile(r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+(?:the\s+|this\s+)?(?P<unit>week|month|year)\b", I), self._this_unit),
            (re.compile(r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+(?P<rel>last|next)\s+(?P<unit>week|month|year)\b", I), self._rel_unit),
            (re.compile(rf"\b(?P<n>{NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|before|from\s+now|later)\b", I), self._ago),
            (re.compile(rf"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>last|this|next|past|coming)\s+)(?P<season>{SEA})\b", I), self._season),
            (re.compile(rf"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?P<season>{SEA})\s+(?:of\s+)?(?P<year>{YEAR})\b", I), self._season),
            (re.compile(rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<year>{YEAR}))?\b", I), self._quarter),
            (re.compile(r"\bthe\s+(?P<dec>(?:1[5-9]|20)\d)0s\b|\bthe\s+'(?P<short>\d)0s\b", I), self._decade),
            (re.compile(r"\bthe\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", I), self._century),
            (re.compile(rf"(?<![$€£\d.,/])\b{MOD}(?P<year>{YEAR})\b(?![.,/]\d|\s*%|\s*percent)", I), self._year),
            (re.compile(rf"\b(?:(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|of|[Bb]efore|[Aa]fter)\s+)?(?P<mod>(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?P<mon>{MONCAP})\b(?!\s+\d)"), self._month),
            (re.compile(r"(?i)(?<!\w)(?:" + _alt(self.refs) + r")(?!\w)"), self._ref),
        ]

    # each handler: (match, dct, future) -> value | None

    def _iso(self, m, dct, fut):
        return _day(int(m[1]), int(m[2]), int(m[3]))

    def _mon(self, m) -> int:
        return self.months[m["mon"].lower().rstrip(".")]

    def _mdy(self, m, dct, fut):
        return _day(int(m["year"]), self._mon(m), int(re.match(r"\d+", m["day"])[0]))

    def _md(self, m, dct, fut):
        mon, day = self._mon(m), int(re.match(r"\d+", m["day"])[0])
        if not 1 <= day <= 31:
            return None
        y = dct.year
        if fut and mon < dct.month - 1:
            y += 1
        elif not fut and mon > dct.month + 1:
            y -= 1
        return _day(y, mon, day)

    def _my(self, m, dct, fut):
        return f"{int(m['year'])}-{self._mon(m):02d}"

    def _m_rel_year(self, m, dct, fut):
        y = dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return f"{y}-{self._mon(m):02d}"

    def _rel_month_name(self, m, dct, fut):
        mon, rel = self._mon(m), m["rel"].lower()
        y = dct.year
        if rel in ("last", "past"):
            y = y if mon < dct.month else y - 1
        elif rel in ("next", "coming"):
            y = y if mon > dct.month else y + 1
        return f"{y}-{mon:02d}"

    def _month(self, m, dct, fut):
        word = m["mon"]
        if word == "May" and not (m["pre"] or m["mod"]):
            return None  # the modal verb
        if not word[0].isupper():
            return None
        mon = self.months[word.lower()]
        y = dct.year
        if fut and mon < dct.month:
            y += 1
        elif not fut and mon > dct.month:
            y -= 1
        return f"{y}-{mon:02d}"

    def _weekday(self, m, dct, fut):
        wd = self.weekdays[m["wd"].lower()]
        rel = (m["rel"] or "").lower()
        if len(m["wd"]) <= 3 and m["wd"][0].islower():
            return None  # "sat", "wed", "sun" as words
        back = (dct.weekday() - wd) % 7
        ahead = (wd - dct.weekday()) % 7
        if rel in ("last", "past"):
            d = dct - dt.timedelta(days=back or 7)
        elif rel in ("next", "coming"):
            d = dct + dt.timedelta(days=ahead or 7)
        elif fut or rel == "this" and ahead:
            d = dct + dt.timedelta(days=ahead)
        else:
            d = dct - dt.timedelta(days=back)
        return ymd(d)

    def _today(self, m, dct, fut):
        w = " ".join(m["w"].lower().split())
        delta = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        return ymd(dct + dt.timedelta(days=delta))

    def _unit_value(self, unit: str, dct: dt.date, n: int) -> str:
        if unit in ("week", "weekend"):
            v = iso_week(dct + dt.timedelta(weeks=n))
            return v + "-WE" if unit == "weekend" else v
        if unit == "month":
            y, mo = add_months(dct.year, dct.month, n)
            return f"{y}-{mo:02d}"
        return str(dct.year + n)

    def _rel_unit(self, m, dct, fut):
        rel = " ".join((m["rel"] or "this").lower().split())
        unit = m["unit"].lower().split()[-1]
        n = {"this": 0, "the same": 0, "last": -1, "the past": -1, "the last": -1, "the previous": -1,
             "next": 1, "the coming": 1, "the next": 1}[rel]
        return self._unit_value(unit, dct, n)

    def _this_unit(self, m, dct, fut):
        return self._unit_value(m["unit"].lower(), dct, 0)

    def _ago(self, m, dct, fut):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else self.numbers.get(raw)
        unit = m["unit"].lower()
        sign = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
        if m["dir"].lower() in ("earlier", "before", "later"):
            return None  # relative to another event, not to the publication
        if n == "X" or n is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        n *= sign
        if unit == "day":
            return ymd(dct + dt.timedelta(days=n))
        if unit == "decade":
            return str(dct.year + 10 * n)[:3]
        return self._unit_value(unit, dct, n)

    def _season(self, m, dct, fut):
        s = self.seasons[m["season"].lower()]
        if m.groupdict().get("year"):
            return f"{m['year']}-{s}"
        rel = (m["rel"] or "this").lower()
        order = ["WI", "SP", "SU", "FA"]
        now = order[(dct.month % 12) // 3]
        y = dct.year
        if rel in ("last", "past"):
            y = y if order.index(s) < order.index(now) else y - 1
        elif rel in ("next", "coming"):
            y = y if order.index(s) > order.index(now) else y + 1
        return f"{y}-{s}"

    def _quarter(self, m, dct, fut):
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[m["q"].lower()]
        return f"{m['year'] or dct.year}-Q{q}"

    def _decade(self, m, dct, fut):
        if m["dec"]:
            return m["dec"]
        return "19" + m["short"]

    def _century(self, m, dct, fut):
        n = int(m["n"])
        return f"{n - 1:02d}" if 1 <= n <= 21 else None

    def _year(self, m, dct, fut):
        return m["year"]

    def _ref(self, m, dct, fut):
        return self.refs[" ".join(m.group(0).lower().split())]

    def find(self, text: str, dct: dt.date | None, future: bool | None = None) -> list[tuple[int, int, str]]:
        """Date expressions of ``text``: non-overlapping (start, end, value), longest first."""
        if not self.trigger.search(text):
            return []
        if future is None:
            future = bool(self.future.search(text))
        found = []
        for pat, handler in self.patterns:
            for m in pat.finditer(text):
                needs_dct = handler not in (self._iso, self._mdy, self._my, self._decade, self._century,
                                            self._year, self._ref)
                if dct is None and needs_dct:
                    continue
                value = handler(m, dct, future)
                if value:
                    start = m.start()
                    if "pre" in pat.groupindex and m["pre"]:
                        start = m.start("mod") if m["mod"] else m.start("mon")
                    found.append((start, m.end(), value))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken: list[tuple[int, int, str]] = []
        for s, e, v in found:
            if all(e <= ts or s >= te for ts, te, _ in taken):
                taken.append((s, e, v))
        return sorted(taken)


@functools.lru_cache(maxsize=1)
def rules() -> Rules:
    return Rules()
