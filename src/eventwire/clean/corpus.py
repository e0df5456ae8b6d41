"""Corpus-level duplicates: the same story syndicated or re-scraped is coded once.

An exact copy has the same article id (a hash of the normalised body).  A
near copy (a changed headline, a trailing line, another outlet's boilerplate)
is found with MinHash LSH over word 5-shingles: Jaccard >= ``threshold`` (0.75: a changed headline or
boilerplate block keeps a copy well above it; different stories from one template stay below).
Later copies get status ``duplicate`` and the id they repeat; the caller
keeps their url/source/date as further mentions of the first.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..record import Article, normalise_for_id

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # stored with the signatures: keep it fixed
_WORD = re.compile(r"\w+")


def signature(body: str) -> MinHash:
    words = _WORD.findall(normalise_for_id(body))
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles))
    return m


class DuplicateIndex:
    """Remembers the articles seen (in this run and, when loaded, before it)."""

    def __init__(self, threshold: float = 0.75):
        self.threshold = threshold
        # Candidates at a lower threshold, then the estimate decides: few misses near the line.
        self.lsh = MinHashLSH(threshold=max(0.3, threshold - 0.3), num_perm=NUM_PERM)
        self.ids: set[str] = set()
        self._sigs: dict[str, MinHash] = {}

    def load(self, pairs) -> None:
        """Add stored ``(article_id, minhash values)`` pairs."""
        for aid, values in pairs:
            if aid in self.ids:
                continue
            m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.asarray(values, dtype=np.uint64))
            self._add(aid, m)

    def _add(self, aid: str, m: MinHash) -> None:
        self.ids.add(aid)
        self._sigs[aid] = m
        self.lsh.insert(aid, m)

    def check(self, art: Article) -> tuple[str | None, float, MinHash | None]:
        """``(id it repeats, similarity, signature)``; adds it when it is new."""
        if art.id in self.ids:
            return art.id, 1.0, None
        m = signature(art.body)
        best, best_sim = None, 0.0
        for other in self.lsh.query(m):
            sim = m.jaccard(self._sigs[other])
            if sim > best_sim:
                best, best_sim = other, sim
        if best is not None and best_sim >= self.threshold:
            return best, best_sim, None
        self._add(art.id, m)
        return None, 0.0, m
