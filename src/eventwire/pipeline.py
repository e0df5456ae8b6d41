"""The pipeline: raw article -> clean -> parse -> coding stages -> record.

Like spaCy, a list of small components over one shared object (here a
:class:`~eventwire.record.Document`).  The coding stages run in data-flow
order; each is a package exposing ``make_stage(settings) -> callable(doc)``
and reads what earlier stages wrote into the record:

    actors -> quotes -> when -> where -> events

This module imports the stages, never ``store``, ``run``, ``web`` or ``cli``.
"""

from __future__ import annotations

import importlib
import itertools
import time
from collections import defaultdict
from typing import Callable, Iterable, Iterator

from .clean import clean
from .parse import Parser, split_sentences
from .record import Article, Document, RawArticle
from .settings import Settings

CODING_STAGES = ("actors", "quotes", "when", "where", "events")


def _load_stages(settings: Settings) -> list[tuple[str, Callable[[Document], None]]]:
    stages = []
    for name in CODING_STAGES:
        if name not in settings.stages:
            continue
        module = importlib.import_module(f"eventwire.{name}")
        make = getattr(module, "make_stage", None)
        if make is not None:
            stages.append((name, make(settings)))
    return stages


class Pipeline:
    """Turns raw articles into article records, in batches."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._stages: list | None = None
        self._select = None
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def stages(self):
        if self._stages is None:
            self._stages = _load_stages(self.settings)
        return self._stages

    def _selector(self):
        if not self.settings.fast_pass:
            return None
        if self._select is None:
            try:
                from .scan import make_selector  # the fast lexicon pass
            except ImportError:
                return None
            self._select = make_selector(self.settings)
        return self._select

    def prepare(self, raw: RawArticle) -> Document:
        """Clean and split one raw article (cheap, no model)."""
        t = time.perf_counter()
        art = clean(raw, self.settings)
        doc = Document(article=art, raw=raw)
        if art.status == "coded":
            split_sentences(doc)
        self.timings["clean"] += time.perf_counter() - t
        return doc

    def code_docs(self, docs: list[Document]) -> list[Document]:
        """Parse and code a batch of prepared documents."""
        t = time.perf_counter()
        Parser(self.settings.model, self.settings.batch_size, self._selector(), self.settings.exclude,
               self.settings.fast_rules)(docs)
        self.timings["parse"] += time.perf_counter() - t
        for name, stage in self.stages:
            t = time.perf_counter()
            for d in docs:
                if d.article.status == "coded":
                    try:
                        stage(d)
                    except Exception as exc:  # one bad article never stops the batch
                        d.article.status = "error"
                        d.article.reason = f"{name} stage failed: {type(exc).__name__}: {exc}"
            self.timings[name] += time.perf_counter() - t
        return docs

    def process(self, raws: Iterable[RawArticle], batch: int = 32) -> Iterator[Document]:
        """Stream documents in input order, coding ``batch`` articles at a time."""
        it = iter(raws)
        while True:
            chunk = [self.prepare(r) for r in itertools.islice(it, batch)]
            if not chunk:
                return
            yield from self.code_docs(chunk)

    def code(self, text: str, published: str | None = None, title: str | None = None,
             **meta) -> Article:
        raw = RawArticle(text=text, published=published, title=title,
                         detect_title=title is None, **meta)
        return next(self.process([raw])).article


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
