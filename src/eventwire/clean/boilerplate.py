"""Boilerplate lines, bylines, photo credits and datelines.

Each rule returns a reason string that goes into the record's ``removed``.
The patterns are deliberately anchored to whole short lines (or to the very
start of the first paragraph, for datelines), so that a sentence of the
article that happens to contain "share" or "follow" is never cut.
"""

from __future__ import annotations

import re

# Whole lines that are page furniture.  A line must be short to qualify.
_FURNITURE = re.compile(
    r"""^\W*(
        share(\s+(this|on|the)\b.*)?|share\s*:.*|tweet|e-?mail|print|
        follow\s+(us|me|@?\w+)\b.*|
        (click\s+here\s+to\s+)?subscribe\b.*|sign\s+up\b.*|
        advertisement|sponsored(\s+content)?|ad|
        related(\s+(articles?|stories|news|content|topics))?\s*:?.*|
        read\s+more\b.*|more\s+from\b.*|see\s+also\b.*|recommended\b.*|
        (we\s+use\s+)?cookies?\b.*|accept\s+(all\s+)?cookies.*|
        .*\bnewsletter\b.*|
        (all\s+rights\s+reserved|copyright|©).*|
        (comments?|leave\s+a\s+comment|\d+\s+comments?)\s*(\(\d+\))?|
        (tags?|topics?|filed\s+under)\s*:.*|
        (updated|published|posted)\s*:?\s*\w+.*\d{4}.*|
        skip\s+to\s+(main\s+)?content|back\s+to\s+top|next\s+article|previous\s+article|
        loading\.*
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_PHOTO = re.compile(
    r"""^\W*(
        (photo|image|picture|pictured|file\s+photo|video)\s*(:|/|by\b|credit\b).*|
        .*\((photo|image)\s*(:|by)?[^)]*\)\W*|
        .*\b(AP|AFP|Reuters|Getty\s+Images|EPA|Shutterstock)\s+photo\b.*|
        (AP|AFP|Reuters|EPA)\s*/\s*[A-Z][\w .'-]+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|el|bin|da|di|la|le))*"
_BYLINE = re.compile(
    rf"^\s*(?:By|BY|Written by|Reporting by|Story by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*[,|/–—-]\s*[\w .&'-]{0,60})?\s*$"
)
# "MOSCOW (AP) — ", "WASHINGTON, Aug 9 (Reuters) - ", "GENEVA — ", "Kyiv, Ukraine —"
_DATELINE = re.compile(
    r"""^(?P<dl>
        (?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)  # city
        (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?       # , region
        (?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?
        \s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,40})\))?
        \s*(?:—|–|--|-|:)\s+
    )""",
    re.VERBOSE,
)
_MAX_LINE = 160
_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_DATE_LINE = re.compile(
    r"^\W*(?:(?:published|updated|posted|first published)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<m1>[a-z]{3})[a-z]*\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]{3})[a-z]*\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
_OUTLET_WORDS = {"Press", "News", "Staff", "Correspondent", "Reporter", "Times", "Post", "Agency", "Wire", "Writer"}


def furniture(line: str) -> str | None:
    """The reason a whole line is boilerplate, or None."""
    text = line.strip()
    if not text:
        return None
    if len(text) <= _MAX_LINE:
        if _FURNITURE.match(text):
            return "boilerplate"
        if _PHOTO.match(text):
            return "photo-credit"
    return None


def date_line(line: str) -> str | None:
    """``YYYY-MM-DD`` if the whole line is a date ("March 12, 2024", "Updated: 12 Mar 2024 10:15")."""
    if len(line) > 60:
        return None
    m = _DATE_LINE.match(line)
    if not m:
        return None
    if m.group("y3"):
        y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        y = int(m.group("y1") or m.group("y2"))
        mo = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
        d = int(m.group("d1") or m.group("d2"))
        if mo is None:
            return None
    import datetime as dt

    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def byline(line: str) -> str | None:
    """The author names if the line is a byline ("By Jane Doe, Reuters")."""
    if len(line) > 120:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    # "Jane Doe, Reuters": a one-word tail after a comma is the outlet, not a name.
    parts = [p.strip() for p in m.group(1).split(",")]
    while len(parts) > 1 and (len(parts[-1].split()) == 1 or parts[-1].split()[-1] in _OUTLET_WORDS):
        parts.pop()
    return ", ".join(parts)


def dateline(paragraph: str) -> tuple[str, str, str] | None:
    """Split a dateline off the first paragraph: ``(dateline, place, rest)``.

    A Title-Case place qualifies only with an agency or a dash that is
    clearly a dateline dash (not a hyphen inside a sentence).
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip()
    dl = m.group("dl")
    caps = place.isupper() and len(place) >= 3
    if not caps and not m.group("agency") and not re.search(r"(—|–|--)\s+$", dl):
        return None
    rest = paragraph[m.end():]
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'"):
        return None
    return dl.strip().rstrip("—–-:").strip(), place.title() if caps else place, rest
