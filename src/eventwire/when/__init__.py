"""Dates stage: every date expression of the body, with its TimeML value.

Fills ``article.times`` (see CONTRACT.md): ``{"span", "sentence", "value"}``
resolved against ``article.published`` (``2013-08-09``, ``2013-08``,
``2013-W32``, ``2012``, ``PAST_REF``...).  Rules over each sentence's text
(:mod:`.rules`, so unparsed sentences are covered); in parsed sentences,
spaCy DATE entities the rules missed are resolved with dateparser when they
name a calendar date.  Without a publication date, only absolute dates are
given.
"""

from __future__ import annotations

import datetime as dt
import re

from ..record import Document, span
from .rules import Rules, rules

__all__ = ["make_stage", "find_times", "resolve"]

_CALENDAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_DURATION = re.compile(r"(?i)^(?:for\s+)?(?:the\s+)?(?:\d+|a|an|one|two|three|several|few|many)[\s-]+(?:days?|weeks?|months?|years?|decades?)(?:\s+old)?$")


def make_stage(settings):
    r = rules()

    def stage(doc: Document) -> None:
        doc.article.times = find_times(doc, r)

    return stage


def _dct(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve(text: str, published: str | None, future: bool | None = None) -> str | None:
    """The TimeML value of one date expression (``"next Friday"``, ``"June last year"``)."""
    dct = _dct(published)
    found = rules().find(text, dct, future)
    if found and found[0][1] - found[0][0] >= len(text.strip()) * 0.6:
        return found[0][2]
    return _dateparser_value(text, dct, bool(future))


def _dateparser_value(text: str, dct: dt.date | None, future: bool) -> str | None:
    """A calendar date dateparser can read ("3/22/2013"); granularity from the words."""
    if not _CALENDAR.search(text) or _DURATION.match(text.strip()):
        return None
    import dateparser

    base = dt.datetime.combine(dct, dt.time()) if dct else dt.datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; not a date then
        return None
    if got is None:
        return None
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", text)):
        return got.date().isoformat()
    if re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text):
        return f"{got.year}-{got.month:02d}"
    return str(got.year)


def find_times(doc: Document, r: Rules | None = None) -> list[dict]:
    r = r or rules()
    art = doc.article
    dct = _dct(art.published)
    body = art.body
    out: list[dict] = []
    for i, s in enumerate(art.sentences):
        text = body[s["start"]:s["end"]]
        future = bool(r.future.search(text))
        found = r.find(text, dct, future)
        parsed = doc.parsed.get(i)
        if parsed is not None:
            for ent in parsed.ents:
                if ent.label_ != "DATE":
                    continue
                a, b = ent.start_char, ent.end_char
                if any(a < fe and b > fs for fs, fe, _ in found):
                    continue
                value = _dateparser_value(ent.text, dct, future)
                if value:
                    found.append((a, b, value))
            found.sort()
        for a, b, value in found:
            out.append({"span": span(body, s["start"] + a, s["start"] + b), "sentence": i, "value": value})
    return out
