"""Resolve a speaker span to an actor of the article.

By character-offset overlap with the actors' mentions (the actors stage
includes pronoun and role-noun mentions).  When no mention overlaps, a
pronoun or role noun ("he", "the minister") falls back on the speaker of the
closest earlier quotation within a few sentences.
"""

from __future__ import annotations

import bisect

_FALLBACK_WINDOW = 3  # sentences


class ActorIndex:
    def __init__(self, actors: list[dict]):
        rows = []
        self.names = {}
        for a in actors:
            self.names[a["id"]] = a.get("name")
            for m in a.get("mentions", []):
                rows.append((m["start"], m["end"], a["id"]))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def at(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps ``[start, end)`` most (the later one on ties)."""
        best, best_overlap = None, 0
        i = bisect.bisect_left(self.starts, end)
        for s, e, aid in reversed(self.rows[max(0, i - 40):i]):
            ov = min(e, end) - max(s, start)
            if ov > best_overlap:
                best, best_overlap = aid, ov
        return best

    def name(self, actor: str | None) -> str | None:
        return self.names.get(actor) if actor else None


_ANAPHORS = {"he", "she", "they", "we", "i", "him", "her", "it"}


def is_anaphor(text: str) -> bool:
    words = text.lower().split()
    if not words:
        return False
    if len(words) == 1 and words[0] in _ANAPHORS:
        return True
    return words[0] in ("the", "this", "that") and len(words) <= 3 and not any(w[:1].isupper() for w in text.split()[1:])


def fallback(previous: list[dict], sentence: int) -> dict | None:
    """The speaker of the closest earlier quotation with an actor, within the window."""
    for q in reversed(previous):
        if sentence - q["sentence"] > _FALLBACK_WINDOW:
            return None
        if q["speaker"]["actor"]:
            return q["speaker"]
    return None
