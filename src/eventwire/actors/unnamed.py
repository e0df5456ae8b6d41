"""Unnamed and unidentified doers: "gunmen", "unidentified attackers", "a suicide bomber",
"police" with no country given, "the authorities".

News tells much violence, coercion and protest without naming who did it.  The
generic nouns of ``data/unnamed.tsv`` (and the sector nouns of ``sectors.tsv``)
become actors marked ``"unidentified": true``: the sector from the noun, the
country from the context where the text gives one (the actors stage's
:mod:`.context` rules, flagged ``country_inferred``), else ``country`` null and
``code`` the sector alone ("UAF", "COP").  Every other actor has
``"unidentified": false``.

A noun inside a phrase another rule already read ("Nigerian police", "the
Kosovo Liberation Army", "a police station" as a modifier of another noun) is
left to that rule.  Like the other actor rules this reads only token texts and
offsets, so parsed and unparsed sentences get the same actors.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .cand import Cand
from .lexicon import norm
from .link import LABELS

DATA = Path(__file__).parent / "data" / "unnamed.tsv"
# Words that may open the phrase: "unidentified gunmen", "suspected militants".
OPENERS = frozenset("unidentified unknown suspected masked armed alleged".split())
# A following word that makes the noun a modifier of another ("police station", "crowd control").
MODIFIED = frozenset(
    "station stations custody car cars vehicle vehicles chief chiefs officer officers headquarters "
    "commander commanders spokesman spokeswoman spokesperson official officials force forces unit "
    "units control source sources department post posts checkpoint checkpoints academy".split())
# Before the noun: the doer is named or owned by someone ("its troops", "the army's soldiers").
OWNED = frozenset("its their his her our my your whose".split())
_NAME = {"UAF": "unidentified armed group", "CRM": "unidentified criminals", "CVL": "unidentified civilians",
         "COP": "unidentified police", "MIL": "unidentified military", "GOV": "unidentified authorities",
         "LAB": "unidentified workers", "RAD": "unidentified radicals"}


@functools.lru_cache(maxsize=1)
def table() -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    with open(DATA, encoding="utf-8", newline="") as f:
        rows = csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t")
        header = next(rows)
        if header[:2] != ["term", "sectors"]:
            raise ValueError(f"{DATA}: expected the header 'term<TAB>sectors'")
        for n, row in enumerate(rows, 2):
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise ValueError(f"{DATA}: line {n}: expected a term and its sectors")
            out[tuple(row[0].lower().split())] = row[1].split()
    return out


def add_cands(cands: list[Cand], words: list[str], starts: list[int]) -> None:
    """Append a bare candidate for each generic doer noun no candidate covers yet."""
    terms = table()
    longest = max(len(t) for t in terms)
    covered = [any(c.start <= s < c.end or (c.phrase[1] and c.phrase[0] <= s < c.phrase[1]) for c in cands)
               for s in starts]
    low = [norm(w) for w in words]
    i, n = 0, len(words)
    while i < n:
        hit = None
        for k in range(min(longest, n - i), 0, -1):
            if tuple(low[i:i + k]) in terms and not any(covered[i:i + k]):
                hit = k
                break
        if hit is None:
            i += 1
            continue
        end = i + hit
        first = i - 1 if i > 0 and low[i - 1] in OPENERS else i
        if first > 0 and covered[first - 1] and low[first - 1] not in OPENERS:  # "Palestinian suicide bombers": the demonym's phrase
            i = end
            continue
        modifier = end < n and low[end] in MODIFIED
        owned = first > 0 and (low[first - 1] in OWNED or low[first - 1].endswith("'s") or
                               (first > 1 and low[first - 1] in ("'s", "’s")))
        if not modifier and not owned:
            cands.append(Cand("collective", starts[first], starts[end - 1] + len(words[end - 1]), end - 1,
                              (starts[first], starts[end - 1] + len(words[end - 1])),
                              sectors=list(terms[tuple(low[i:end])]), bare=True))
        i = end


def add_unidentified(linker, cands: list[list[Cand]], sentences: list[dict]) -> None:
    """Bare candidates the context gave no country: an actor with no country, its sector alone."""
    for i, sent in enumerate(sentences):
        for c in cands[i]:
            if c.bare and not c.country and c.sectors and c.kind in ("collective", "role") and not c.possessed:
                sector = c.sectors[0]
                a = linker._actor(f"unidentified:{sector}",
                                  _NAME.get(sector, f"unidentified {LABELS.get(sector, sector)}"),
                                  None, c.sectors[:1])
                linker._mention(a, c, i, sent["start"], "role")


def mark(actors: list[dict], cands: list[list[Cand]], sentences: list[dict]) -> None:
    """``unidentified``: every mention of the actor is a generic noun (a bare candidate)."""
    bare = {(sent["start"] + c.start, sent["start"] + c.end)
            for sent, cs in zip(sentences, cands) for c in cs if c.bare}
    for a in actors:
        a["unidentified"] = bool(a["mentions"]) and all((m["start"], m["end"]) in bare for m in a["mentions"])
