r"""Quotes stage: quotations and reported speech, attributed to actors.

Fills ``article.quotes`` (see CONTRACT.md).  Three kinds:

* ``direct``: a quotation in quote marks (any style, split by the cue,
  running over sentences or paragraphs);
* ``partial``: a few quoted words inside the writer's own sentence; when
  that sentence reports speech, its clause is an ``indirect`` quote too and
  the partial one names it in ``part_of``;
* ``indirect``: ``X said (that) …``, ``X told reporters …``,
  ``according to X, …``, ``X added that …``.

Quote marks are read as pairs in every style: straight and curly, doubled
single marks (``''…''``, ``‘‘…’’``, ``\`\`…''``), guillemets; a quotation
interrupted by its cue, or running over paragraphs, is one quotation in
``parts``.  Titles in marks ("on \"Meet the Press\"") are no quotations.

The speaker is the cue's subject, resolved by the head of that phrase to an
actor (``speaker``): role nouns through an earlier mention sharing the head,
unlinked pronouns through the sentence-before subject or the previous
quotation; words that are no speaker ("it", "which") leave it unknown.
Extra fields beyond the contract: ``parts`` (the pieces of every quotation
in marks), ``part_of`` and ``report``:
``speech`` (said, told, according to, quote marks) or ``stance`` (a position
reported through its object: "called for new talks", "criticized the
decision", "sought to protect it"), so that users can keep speech only.

Settings (``settings.extra``): ``quotes_files`` (user cue YAML files),
``quotes_unattributed`` (keep quotations with no speaker found; default off).
"""

from __future__ import annotations

from ..record import Document
from .find import find_quotes
from .lexicon import lexicon_terms, load

__all__ = ["make_stage", "find_quotes", "lexicon_terms"]


def make_stage(settings):
    extra = getattr(settings, "extra", {}) or {}
    lex = load(tuple(extra.get("quotes_files", ())))
    keep_unattributed = extra.get("quotes_unattributed", False)

    def stage(doc: Document) -> None:
        doc.article.quotes = find_quotes(doc, lex, keep_unattributed)

    return stage
