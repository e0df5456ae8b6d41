"""Attribution cues from rules on the text, for sentences without a parse.

Covers the common newswire forms: ``…, X said.``, ``…, said X.``,
``X said (that) …``, ``X told reporters …``, ``according to X, …`` and
``… ― Name`` after a quotation.  Offsets are body offsets.
"""

from __future__ import annotations

import functools
import re

from .attribute import Cue, trim
from .lexicon import Lexicon

_NAME = r"(?:[A-Z][\w.'’\-]*)(?:\s+(?:[A-Z][\w.'’\-]*|of|for|de|al|bin|van|von))*"
_ROLE = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)"
SPEAKER = rf"(?:{_NAME}|{_ROLE}|{_PRON})"


@functools.lru_cache(maxsize=4)
def _patterns(forms: frozenset):
    cue = "(?:" + "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)) + ")"
    aud = r"(?:\s+(?:reporters|journalists|lawmakers|supporters|the\s+(?:press|media|crowd|audience)))?"
    return {
        # "..., X said (Friday)."  /  "..., said X."
        "after": re.compile(rf",?[\"”’']?\s+(?P<who>{SPEAKER})\s+(?:also\s+)?(?P<cue>{cue}){aud}(?:\s+[\w.]+){{0,3}}?\s*[.!]?$"),
        "after_inv": re.compile(rf",?[\"”’']?\s+(?P<cue>{cue})\s+(?P<who>{SPEAKER})(?:,[^,]*)?\s*[.!]?$"),
        # "X said (Friday) (that) ..."
        "before": re.compile(rf"(?:^|(?<=[,;]\s))(?P<who>{SPEAKER})\s+(?:also\s+|has\s+|had\s+)?(?P<cue>{cue})(?P<aud>{aud})(?:\s+(?:on\s+)?[A-Z]\w+day)?,?\s+(?:that\s+)?(?P<content>\S.*)$"),
        "according": re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?P<who>[^,.;]+)"),
    }


def _strip_speaker(body: str, s: int, e: int) -> tuple[int, int]:
    return trim(body, s, e)


def text_cues(body: str, s_start: int, s_end: int, sentence: int, lex: Lexicon) -> list[Cue]:
    """Cues of one unparsed sentence ``body[s_start:s_end]``."""
    text = body[s_start:s_end]
    pats = _patterns(lex.cue_forms)
    out: list[Cue] = []
    m = pats["according"].search(text)
    if m:
        who = trim(body, s_start + m.start("who"), s_start + m.end("who"))
        cue = (s_start + m.start("cue"), s_start + m.end("cue"))
        before = trim(body, s_start, cue[0])
        after = trim(body, who[1], s_end)
        content = before if before[1] - before[0] >= after[1] - after[0] else after
        out.append(Cue(cue, who, content if content[1] > content[0] else None, sentence, "according"))
        return out
    for key in ("after", "after_inv"):
        m = pats[key].search(text)
        if m and m.start() > 0:
            who = trim(body, s_start + m.start("who"), s_start + m.end("who"))
            cue = (s_start + m.start("cue"), s_start + m.end("cue"))
            content = trim(body, s_start, s_start + m.start())
            out.append(Cue(cue, who, content if content[1] > content[0] else None, sentence))
            return out
    m = pats["before"].search(text)
    if m:
        who = trim(body, s_start + m.start("who"), s_start + m.end("who"))
        cue = (s_start + m.start("cue"), s_start + m.end("cue") + len(m.group("aud") or "") if (m.group("aud") or "").strip().lower() in lex.audience_nouns else s_start + m.end("cue"))
        content = trim(body, s_start + m.start("content"), s_end)
        out.append(Cue(cue, who, content if content[1] > content[0] else None, sentence))
    return out


_DASH = re.compile(rf"\s*[―—–-]{{1,2}}\s*(?P<who>{_NAME})")


def dash_cue(body: str, after: int, sentence: int) -> Cue | None:
    """``"…" ― Sonya Herridge``: a dash and a name right after a quotation."""
    m = _DASH.match(body, after, min(len(body), after + 80))
    if not m:
        return None
    dash = m.group(0).lstrip()[0]
    d = body.index(dash, after)
    who = trim(body, m.start("who"), m.end("who"))
    return Cue((d, d + 1), who, None, sentence, "dash")


@functools.lru_cache(maxsize=4)
def _adjacent(forms: frozenset):
    cue = "(?:" + "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)) + ")"
    return (re.compile(rf"\s*,?\s*(?P<cue>{cue})\s+(?P<who>{SPEAKER})"),
            re.compile(rf"\s*,?\s*(?P<who>{SPEAKER})\s+(?:also\s+|then\s+)?(?P<cue>{cue})\b"))


def adjacent_cue(body: str, after: int, limit: int, sentence: int, lex: Lexicon) -> Cue | None:
    """``"…," said Kidd`` / ``"…," Kidd said``: a cue right after a quotation's closing mark."""
    for pat in _adjacent(lex.cue_forms):
        m = pat.match(body, after, limit)
        if m:
            who = trim(body, m.start("who"), m.end("who"))
            # a name runs until the first comma
            return Cue((m.start("cue"), m.end("cue")), who, None, sentence)
    return None
