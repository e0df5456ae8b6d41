"""An event's date and place, from what the when and where stages found.

Date: a full date (YYYY-MM-DD) told in the event's sentence, the one nearest
the trigger; else the article's publication date.  Place: a place mentioned in
the sentence (nearest the trigger); else the dateline's place; else none.
"""

from __future__ import annotations

import datetime as _dt
import re

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def event_date(article, sent: int, offset: int) -> str | None:
    best = None
    for t in article.times:
        value = str(t.get("value") or "")
        if t.get("sentence") != sent or not _FULL_DATE.match(value):
            continue
        dist = abs(t["span"]["start"] - offset)
        if best is None or dist < best[0]:
            best = (dist, value)
    if best is not None:
        return best[1]
    if not article.times:  # the when stage found nothing at all
        fallback = weekday_fallback(article.published, article.sentence_text(sent))
        if fallback:
            return fallback
    return article.published


def event_place(article, sent: int, offset: int) -> str | None:
    best = None
    for p in article.places:
        for m in p.get("mentions", []):
            s = m.get("sentence")
            if s is None:
                s = article.sentence_at(m["start"])
            if s == sent:
                dist = abs(m["start"] - offset)
                if best is None or dist < best[0]:
                    best = (dist, p["id"])
    if best is not None:
        return best[1]
    dateline = (article.dateline or "").strip().lower()
    if dateline:
        for p in article.places:
            name = (p.get("name") or "").lower()
            if name and (dateline.startswith(name) or name in dateline.split(",")[0].split()):
                return p["id"]
    return None


def weekday_fallback(published: str | None, sentence: str) -> str | None:
    """FALLBACK ONLY, for when the when stage gives no times: a bare weekday
    name in the sentence is the latest such day before publication (news
    reports yesterday's and this week's events in the past tense)."""
    if not published:
        return None
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    days = [i for i, d in enumerate(_WEEKDAYS) if d in words]
    if len(days) != 1:
        return None
    pub = _dt.date.fromisoformat(published)
    back = (pub.weekday() - days[0]) % 7 or 7
    return (pub - _dt.timedelta(days=back)).isoformat()
