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
        # "X said ..." anywhere: the speaker and content are found around it
        "cue": re.compile(rf"\b(?P<cue>{cue})\b"),
        # what may stand between the cue and the reported clause
        "gap": re.compile(rf"(?P<aud>{aud})(?:\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|him|her|them|me|us)(?=\s+that\b))?(?:\s+(?:on\s+)?(?:[A-Z]\w+day|yesterday|today|last\s+\w+|this\s+\w+))?"
                          r"(?:\s+(?:in|on|at|during|after|before)\s+(?:a|an|the|his|her|their)\s+[^,.;]{1,40}?(?=\s+that\b|,))?"
                          r",?\s+(?:that\s+)?"),
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
    cue = _cue_before_clause(text, pats, lex)
    if cue is not None:
        (ws, we), (cs, ce), (ks, ke) = cue
        content = trim(body, s_start + ks, s_start + ke)
        out.append(Cue((s_start + cs, s_start + ce), trim(body, s_start + ws, s_start + we),
                       content if content[1] > content[0] else None, sentence))
    return out


_BOUNDARIES = (", ", "; ", " -- ", " — ", ": ")
_LEADING = re.compile(r"^(?:(?:and|but|so|yet|then|now|still|however|meanwhile)\s+)+", re.I)
_TRAILING = re.compile(r"(?:\s+(?:also|has|had|have|later|then|previously|recently|again|once|repeatedly))+$", re.I)
_NOT_CLAUSE = {"to", "for", "about", "of", "with", "in", "on", "at", "by", "from", "me", "him", "her",
               "them", "us", "it", "so", "as", "nothing", "something", "anything"}
_MAX_SPEAKER_WORDS = 12


def _cue_before_clause(text: str, pats: dict, lex: Lexicon):
    """``(speaker, cue, content)`` offsets in ``text`` for ``X said (Friday) (that) …``."""
    for m in pats["cue"].finditer(text):
        left = text[:m.start()].rstrip()
        if not left or any(ch in left for ch in "\"“”"):
            continue
        cut = max(left.rfind(b) + len(b) if left.rfind(b) >= 0 else 0 for b in _BOUNDARIES)
        seg = left[cut:]
        lead = _LEADING.match(seg)
        start = cut + (lead.end() if lead else 0)
        tail = _TRAILING.search(left[start:])
        end = start + (tail.start() if tail else len(left[start:]))
        words = text[start:end].split()
        if not 1 <= len(words) <= _MAX_SPEAKER_WORDS or words[0].lower() in _NOT_CLAUSE:
            continue
        if words[0].lower() in ("the", "a", "an") and cut >= 2 and text[cut - 2:cut] == ", ":
            # "Clinton, the former secretary of State, said": the name too
            prev = text[:cut - 2]
            pcut = max(prev.rfind(b) + len(b) if prev.rfind(b) >= 0 else 0 for b in _BOUNDARIES)
            if prev[pcut:pcut + 1].isupper() and len(prev[pcut:].split()) <= 5:
                start = pcut
        g = pats["gap"].match(text, m.end())
        cs = g.end() if g else m.end()
        rest = text[cs:].split()
        if len(rest) < 3 or rest[0].lower().strip(",") in _NOT_CLAUSE:
            continue
        ce = m.end("cue")
        if g and g.group("aud") and g.group("aud").strip().lower() in lex.audience_nouns:
            ce = m.end("cue") + len(g.group("aud"))
        return (start, end), (m.start("cue"), ce), (cs, len(text))
    return None


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
            # "…,'' Steve Cohen, Democrat of Tennessee, told": a short apposition may stand between
            re.compile(rf"\s*,?\s*(?P<who>{SPEAKER})(?:,\s[^,\"“”]{{1,60}},)?\s+(?:also\s+|then\s+)?(?P<cue>{cue})\b"))


@functools.lru_cache(maxsize=4)
def _before(forms: frozenset):
    cue = "(?:" + "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)) + ")"
    # "Trump said:", "She tweeted in reply,", "Limbaugh continued:", "he told me,"
    return re.compile(rf"(?:^|(?<=[\s(]))(?P<who>{SPEAKER})\s+(?:also\s+|then\s+|later\s+)?(?P<cue>{cue})"
                      rf"(?:\s+[\w.'’-]+){{0,5}}?\s*[:,]\s*$")


def before_cue(body: str, start: int, open_mark: int, sentence: int, lex: Lexicon) -> Cue | None:
    """``Trump said: "…"``: a speaker and cue ending right before a quotation's opening mark."""
    m = _before(lex.cue_forms).search(body, start, open_mark)
    if not m:
        return None
    who = trim(body, m.start("who"), m.end("who"))
    return Cue((m.start("cue"), m.end("cue")), who, None, sentence)


def adjacent_cue(body: str, after: int, limit: int, sentence: int, lex: Lexicon) -> Cue | None:
    """``"…," said Kidd`` / ``"…," Kidd said``: a cue right after a quotation's closing mark."""
    for pat in _adjacent(lex.cue_forms):
        m = pat.match(body, after, limit)
        if m:
            who = trim(body, m.start("who"), m.end("who"))
            # a name runs until the first comma
            return Cue((m.start("cue"), m.end("cue")), who, None, sentence)
    return None


_COLON = re.compile(rf"^\s*(?P<who>{_NAME})\s*(?P<cue>:)\s*$")


def colon_cue(body: str, start: int, open_mark: int, sentence: int) -> Cue | None:
    """``Trump: "I'm the candidate of change"`` (headlines, transcripts): a name of at
    most five words, alone before a colon that opens the quotation."""
    m = _COLON.match(body, start, open_mark)
    if not m or len(m.group("who").split()) > 5:
        return None
    return Cue((m.start("cue"), m.end("cue")), trim(body, m.start("who"), m.end("who")), None, sentence)
