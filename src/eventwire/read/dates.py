"""Publication dates: a date given by the user, and dates in paths and URLs.

:func:`parse_date` reads a date a person typed (``--published``, a JSON
field): ``YYYY-MM-DD`` (a full ISO timestamp is cut to its day); anything
else, an impossible day (``2016-02-30``) or a word (``yesterday``), is a
:class:`BadDate` whose message names the option and the value.

:func:`path_date` finds the date an archive wrote into a file name or URL:
``2016-10-02`` (also with ``_`` or ``.``), ``20161002``, or folders
``/2016/10/02/``.  Only a whole token counts (digits run on either side
means an id, not a date) and only a real calendar day between 1900 and 2099;
the file name is read before its folders.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\S*$)")
_Y = r"(?P<y>19\d\d|20\d\d)"
_M = r"(?P<m>0[1-9]|1[0-2])"
_D = r"(?P<d>0[1-9]|[12]\d|3[01])"
# in one name: 2016-10-02, 2016_10_02, 2016.10.02, 20161002
_IN_NAME = (
    re.compile(rf"(?<![0-9]){_Y}(?P<sep>[-_.]){_M}(?P=sep){_D}(?![0-9])"),
    re.compile(rf"(?<![0-9]){_Y}{_M}{_D}(?![0-9])"),
)
# across folders: /2016/10/02/ (or /2016/10/02 at the end of the path)
_IN_FOLDERS = re.compile(rf"(?:^|/){_Y}/{_M}/{_D}(?=/|$)")


class BadDate(ValueError):
    """A date that cannot be a date; the message is one line for the user."""


def valid_day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value, what: str = "--published") -> str | None:
    """``YYYY-MM-DD`` of a user-given date, None for nothing given; BadDate otherwise."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    m = _ISO.match(text)
    if not m:
        raise BadDate(f"{what}: {text!r} is not a date (give YYYY-MM-DD, e.g. 2016-10-02)")
    day = valid_day(int(m[1]), int(m[2]), int(m[3]))
    if day is None:
        raise BadDate(f"{what}: {text!r} is not a day of the calendar")
    return day


def _in_name(name: str) -> str | None:
    for pat in _IN_NAME:
        for m in pat.finditer(name):
            day = valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
            if day:
                return day
    return None


def path_date(path: str | None) -> str | None:
    """The date written into a path or URL path, or None."""
    if not path:
        return None
    path = str(path).replace("\\", "/")
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", path, flags=re.I)  # a URL's scheme and host
    path = path.split("?", 1)[0].split("#", 1)[0]
    parts = [p for p in path.split("/") if p]
    if parts:
        day = _in_name(parts[-1])
        if day:
            return day
    for m in _IN_FOLDERS.finditer(path):
        day = valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
        if day:
            return day
    for folder in reversed(parts[:-1]):
        day = _in_name(folder)
        if day:
            return day
    return None


def warc_date(value: str | None) -> str | None:
    """The day of a WARC-Date header (``2016-10-02T12:00:00Z``), or None."""
    m = _ISO.match((value or "").strip())
    return valid_day(int(m[1]), int(m[2]), int(m[3])) if m else None
