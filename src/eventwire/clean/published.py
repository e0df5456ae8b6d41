"""The publication date of an article, and where it came from.

Sources, best first (the record's ``published_from``):

``input``     a field of the input (JSON Lines ``published``);
``metadata``  the page's own metadata (HTML meta tags, JSON-LD, via trafilatura);
``dateline``  a date line or byline in the text ("Published: 12 March 2019",
              "March 12, 2019"), or a dateline's month and day
              ("MOSCOW, Aug. 9 (Reuters) -") with the year of the next source;
``filename``  a date in the file's name or folders (``2016-10-02``, ``20161002``,
              ``/2016/10/02/``);
``url``       a date in the page's URL path;
``option``    the date the user gave for inputs that tell none (``--published``);
``warc``      the WARC record's crawl date, the last resort (a page is crawled
              on or after the day it is published).

A dateline's month and day take the year from ``option`` or ``warc`` (the
latest such day on or before it); a full day from the file name or URL wins
over a dateline's month and day.
"""

from __future__ import annotations

import datetime as dt
import re

from .boilerplate import date_line

FALLBACKS = ("filename", "url", "option", "warc")
_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_DAY = re.compile(r"\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2})\b",
                        re.I)
# "Published: 12 March 2019" inside a longer line (a byline with its date)
_STAMP = re.compile(r"(?:^|[|•·–—/]\s*)\W*(?:first\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s*(?P<date>[^|•·]{6,40})", re.I)
STAMP_MAX_LINE = 160


def stamp_date(line: str) -> str | None:
    """The day of a "Published: <date>" stamp in a short line (a byline), or None."""
    if len(line) > STAMP_MAX_LINE:
        return None
    m = _STAMP.search(line)
    if not m:
        return None
    text = m["date"].strip()
    # the longest leading run of words that is a whole date
    words = text.split()
    for n in range(len(words), 1, -1):
        day = date_line(" ".join(words[:n]).rstrip(",;"))
        if day:
            return day
    return None


def month_day(dateline: str | None) -> tuple[int, int] | None:
    """(month, day) told in a dateline ("WASHINGTON, Aug. 9 (Reuters)"), or None."""
    m = _MONTH_DAY.search(dateline or "")
    if not m:
        return None
    mon, day = _MONTHS[m["m"][:3].lower()], int(m["d"])
    return (mon, day) if 1 <= day <= 31 else None


def _on_or_before(mon: int, day: int, ref: str) -> str | None:
    ref_day = dt.date.fromisoformat(ref)
    for year in (ref_day.year, ref_day.year - 1):
        try:
            d = dt.date(year, mon, day)
        except ValueError:
            continue
        if d <= ref_day:
            return d.isoformat()
    return None


def settle(art, dates: dict[str, str | None], dateline_md: tuple[int, int] | None) -> None:
    """Give ``art`` a publication date from the fallbacks when the input and text told none."""
    if art.published:
        return
    known = [(src, dates.get(src)) for src in FALLBACKS if dates.get(src)]
    if dateline_md and known and known[0][0] not in ("filename", "url"):
        day = _on_or_before(*dateline_md, known[0][1])
        if day:
            art.published, art.published_from = day, "dateline"
            return
    if known:
        art.published, art.published_from = known[0][1], known[0][0]
