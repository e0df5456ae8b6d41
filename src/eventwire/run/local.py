"""Batch runner on local processes: read -> clean -> dedupe (here) ->
parse and code (worker processes) -> one writer (here) in batches.

The main process reads lazily, cleans (cheap), checks the idempotency ledger
and the duplicate index, and keeps at most ``2 * workers`` batches in flight,
so memory stays bounded whatever the size of the corpus.  Each worker loads
the model once.
"""

from __future__ import annotations

import collections
import hashlib
import multiprocessing as mp
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..clean.corpus import DuplicateIndex
from ..pipeline import Pipeline
from ..read import read_paths
from ..record import Article, Document, InputError, InputSkipped, RawArticle
from ..settings import Settings
from ..store import Store, batch_tables
from ..store.access import COMMIT_SECONDS, Writer


@dataclass
class Summary:
    read: int = 0
    coded: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: int = 0
    already: int = 0  # inputs stored by an earlier run
    sentences: int = 0
    words: int = 0
    events: int = 0
    seconds: float = 0.0
    timings: dict = field(default_factory=lambda: collections.defaultdict(float))
    started: float = field(default_factory=time.perf_counter)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def add(self, brief: dict) -> None:
        status = brief["status"]
        if status == "coded":
            self.coded += 1
        elif status == "error":
            self.errors += 1
        else:
            self.skipped += 1
        self.sentences += brief["sentences"]
        self.words += brief["words"]
        self.events += brief["events"]


def brief(rec: dict) -> dict:
    """What the main process needs to know of a coded record."""
    return {"status": rec["status"], "reason": rec.get("reason"), "input_id": rec.get("input_id"),
            "sentences": len(rec.get("sentences") or []), "words": len((rec.get("body") or "").split()),
            "events": len(rec.get("events") or [])}


def input_key(raw: RawArticle) -> str:
    digest = hashlib.sha1(raw.text.encode("utf-8", "replace")).hexdigest()[:16]
    return f"{raw.input_id or ''}|{digest}"


WORKER_BATCHES = 400  # batches a worker process codes before it is renewed

# --- worker side ---------------------------------------------------------------
_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings)
    _ = _worker_pipeline.stages  # load knowledge once per process


def code_articles(articles: list[Article], pipeline: Pipeline | None = None):
    """Parse and code prepared articles (in a worker).

    Returns the batch's Arrow tables, a brief of each record, and the time
    spent per stage."""
    pipe = pipeline or _worker_pipeline
    before = dict(pipe.timings)
    docs = pipe.code_docs([Document(article=a) for a in articles])
    t = time.perf_counter()
    records = [d.article.to_dict() for d in docs]
    tables = batch_tables(records)
    pipe.timings["store"] += time.perf_counter() - t
    spent = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items()}
    return tables, [brief(r) for r in records], spent


# --- main side -----------------------------------------------------------------
class Ingest:
    def __init__(self, db: str, settings: Settings | None = None, workers: int | None = None,
                 batch_size: int = 32, on_message: Callable[[str], None] = print,
                 on_progress: Callable[[Summary], None] | None = None):
        self.settings = settings or Settings()
        self.db = db
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.batch_size = batch_size
        self.say = on_message
        self.on_progress = on_progress
        self.summary = Summary()
        self.pipeline = Pipeline(self.settings)
        self.commit_seconds = COMMIT_SECONDS  # batches are committed together every few seconds

    def _prepared(self, store: Store, index: DuplicateIndex, items: Iterable):
        """Yield (article, ledger row, mention row, signature row) to code;
        write skipped/duplicate inputs straight into ``self._side``."""
        pending: list[tuple[str, RawArticle]] = []

        def flush():
            known = store.known_inputs([k for k, _ in pending])
            for key, raw in pending:
                if key in known:
                    self.summary.already += 1
                    continue
                yield from self._decide(index, key, self.pipeline.prepare(raw).article)
            pending.clear()

        for item in items:
            if isinstance(item, InputSkipped):  # no article (an image in a crawl): not an error
                self.summary.skipped += 1
                self.say(f"skipped: {item}")
                continue
            if isinstance(item, InputError):
                self.summary.errors += 1
                self.say(f"error: {item}")
                continue
            self.summary.read += 1
            for w in item.warnings:
                self.say(f"warning: {item.input_id}: {w}")
            pending.append((input_key(item), item))
            if len(pending) >= 256:
                yield from flush()
        yield from flush()

    def _decide(self, index: DuplicateIndex, key: str, art: Article):
        """Skipped and duplicate inputs go to the side rows; new articles are
        yielded as ``(article, ledger row, mention row, signature row)``."""
        ledger = {"input_key": key, "input_id": art.input_id, "article_id": art.id,
                  "status": art.status, "reason": art.reason}
        mention = {"article_id": art.id, "input_id": art.input_id, "url": art.url,
                   "source": art.source, "published": art.published, "first": True, "similarity": 1.0}
        if art.status != "coded":
            self._side_records.append(art.to_dict())
            self._side_rows.append((ledger, None, None))
            self.summary.skipped += 1
            return
        dup, sim, sig = index.check(art)
        if dup is not None:
            ledger.update(article_id=dup, status="duplicate", reason=f"duplicate of {dup}")
            mention.update(article_id=dup, first=False, similarity=round(sim, 3))
            self._side_rows.append((ledger, mention, None))
            self.summary.duplicates += 1
            return
        sig_row = {"article_id": art.id, "minhash": [int(v) for v in sig.hashvalues]}
        yield art, ledger, mention, sig_row

    def run(self, paths: Iterable[str]) -> Summary:
        start = time.perf_counter()
        self._side_records: list[dict] = []
        self._side_rows: list[tuple] = []
        store = self.open_store()
        try:
            index = DuplicateIndex()
            index.load(store.signatures())
            batches = _batched(self._items(store, index, paths), self.batch_size)
            self._code_batches(store, batches)
            self._write(store, [], {}, [], {})
        finally:
            store.close()
        self.summary.seconds = time.perf_counter() - start
        for k, v in self.pipeline.timings.items():
            self.summary.timings[k] += v if k == "clean" else 0.0
        return self.summary

    def open_store(self):
        """The only writer, holding the file just while it commits (see store.access)."""
        return Writer(self.db, commit_seconds=self.commit_seconds)

    def _items(self, store: Store, index: DuplicateIndex, paths: Iterable[str]):
        return self._prepared(store, index, read_paths(paths, self.settings))

    def _code_batches(self, store: Store, batches) -> None:
        if self.workers <= 1:
            for batch in batches:
                self._write(store, batch, *code_articles([b[0] for b in batch], self.pipeline))
            return
        ctx = mp.get_context("spawn")
        # Workers are renewed now and then: spaCy's string store grows with every
        # new word, and a whole archive has many.
        with ctx.Pool(self.workers, initializer=_init_worker, initargs=(self.settings,),
                      maxtasksperchild=WORKER_BATCHES) as pool:
            self._pipelined(store, batches, lambda arts: pool.apply_async(code_articles, (arts,)).get)

    def _pipelined(self, store: Store, batches, submit) -> None:
        """Keep ``2 * workers`` batches in flight and write results in input
        order; ``submit(articles)`` returns a function that waits for the result."""
        inflight: collections.deque = collections.deque()
        for batch in batches:
            inflight.append((batch, submit([b[0] for b in batch])))
            while len(inflight) >= 2 * self.workers:
                b, result = inflight.popleft()
                self._write(store, b, *result())
        while inflight:
            b, result = inflight.popleft()
            self._write(store, b, *result())

    def _write(self, store: Store, batch, tables: dict, briefs: list[dict], spent: dict) -> None:
        for k, v in spent.items():
            self.summary.timings[k] += v
        inputs = [b[1] for b in batch] + [r[0] for r in self._side_rows]
        mentions = [b[2] for b in batch] + [r[1] for r in self._side_rows if r[1]]
        sigs = [b[3] for b in batch]
        for br, b in zip(briefs, batch):
            b[1]["status"], b[1]["reason"] = br["status"], br["reason"]
            self.summary.add(br)
            if br["status"] == "error":
                self.say(f"error: {br['input_id']}: {br['reason']}")
        t = time.perf_counter()
        ledger = batch_tables(self._side_records, inputs, mentions, sigs)
        store.write_tables([tables or {}, ledger])
        self.summary.timings["write"] += time.perf_counter() - t
        self._side_records, self._side_rows = [], []
        if self.on_progress:
            self.on_progress(self.summary)


def _batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
