"""Repeated paragraphs within one page: kept once.

Exact repeats of a sentence or a paragraph of ten words or more (after
normalising case, whitespace and quote marks; short list items and table
rows may repeat) and near repeats (Jaccard similarity of word trigrams
>= 0.6, for paragraphs of at least eight words: a re-scraped paragraph with a changed word or a trailing
"Advertisement") are cut with reason ``duplicate`` / ``near-duplicate``.
"""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_WORD = re.compile(r"\w+", re.UNICODE)
NEAR = 0.6


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _repeatable(p: str) -> bool:
    """Short lines (list items, table rows, refrains) may legitimately repeat;
    a repeated paragraph is a sentence or ten words or more."""
    return len(p.split()) >= 10 or bool(re.search(r"[.!?][\"'”’)]*$", p.strip()))


def dedupe(paragraphs: list[str]) -> tuple[list[str], list[dict]]:
    """Keep the first copy of each paragraph; return kept and removed."""
    kept: list[str] = []
    removed: list[dict] = []
    seen: set[str] = set()
    sigs: list[set] = []
    for p in paragraphs:
        key = _norm(p)
        if key in seen and _repeatable(p):
            removed.append({"text": p, "reason": "duplicate"})
            continue
        sig = _shingles(p) if len(key.split()) >= 8 else None
        if sig:
            for other in sigs:
                inter = len(sig & other)
                if inter and inter / len(sig | other) >= NEAR:
                    removed.append({"text": p, "reason": "near-duplicate"})
                    break
            else:
                sigs.append(sig)
                seen.add(key)
                kept.append(p)
            continue
        seen.add(key)
        kept.append(p)
    return kept, removed
