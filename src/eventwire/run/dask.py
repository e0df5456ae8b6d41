"""The same pipeline on a Dask cluster (``dask.distributed``).

* Inputs are partitioned by file: each task reads and cleans a group of
  files on a worker and sends back the cleaned articles (text only).
* The client keeps the idempotency ledger and the duplicate index (one
  authority, so duplicates are decided in input order exactly as in a local
  run) and sends the new articles back out in batches to be parsed and coded.
* Each worker loads the spaCy model and the knowledge once (a worker plugin).
* Coded batches come back as Arrow tables and are written by the client, in
  input order, into the same database schema.

Any cluster works without code changes: pass ``--scheduler tcp://HOST:8786``
of a cluster started by dask-jobqueue (Slurm, PBS…), dask-kubernetes, or
``dask scheduler`` / ``dask worker`` by hand; without it a LocalCluster of
``--workers`` processes is started.
"""

from __future__ import annotations

import collections
import os
from typing import Iterable

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from ..clean.corpus import DuplicateIndex
from ..pipeline import Pipeline
from ..read import read_file, walk
from ..record import InputError, InputSkipped
from ..settings import Settings
from ..store import Store
from .local import Ingest, code_articles, input_key

FILES_PER_TASK = 16
PLUGIN = "eventwire-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline (model and knowledge) once per worker."""

    name = PLUGIN

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker):
        pipe = Pipeline(self.settings)
        _ = pipe.stages
        setattr(worker, "_eventwire_pipeline", pipe)


def _pipeline() -> Pipeline:
    return getattr(get_worker(), "_eventwire_pipeline")


def clean_files(paths: list[str]) -> list:
    """On a worker: read and clean a partition of files.

    Returns, in input order, ``InputError`` messages (str), warnings
    (``("warning", text)``) and ``(input key, article)`` pairs."""
    pipe = _pipeline()
    out: list = []
    for path in paths:
        for item in read_file(path, pipe.settings):
            if isinstance(item, InputSkipped):
                out.append(("skipped", str(item)))
                continue
            if isinstance(item, InputError):
                out.append(str(item))
                continue
            for w in item.warnings:
                out.append(("warning", f"{item.input_id}: {w}"))
            out.append((input_key(item), pipe.prepare(item).article))
    return out


def code_batch(articles):
    return code_articles(articles, _pipeline())


def _files(paths: Iterable[str]):
    from pathlib import Path

    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from walk(path)
        else:
            yield path


class DaskIngest(Ingest):
    def __init__(self, db: str, settings: Settings | None = None, workers: int | None = None,
                 batch_size: int = 32, scheduler: str | None = None, **kw):
        super().__init__(db, settings, workers=workers, batch_size=batch_size, **kw)
        self.scheduler = scheduler
        self.client: Client | None = None

    def run(self, paths: Iterable[str]):
        cluster = None
        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            cluster = LocalCluster(n_workers=self.workers or (os.cpu_count() or 1), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            self.client = Client(cluster)
        try:
            self.client.register_plugin(PipelinePlugin(self.settings), name=PLUGIN)
            self.workers = max(1, len(self.client.scheduler_info()["workers"]))
            return super().run(paths)
        finally:
            self.client.close()
            if cluster is not None:
                cluster.close()

    def _items(self, store: Store, index: DuplicateIndex, paths: Iterable[str]):
        inflight: collections.deque = collections.deque()

        def drain(fut):
            pairs = []
            for item in fut.result():
                if isinstance(item, str):
                    self.summary.errors += 1
                    self.say(f"error: {item}")
                elif item[0] == "warning":
                    self.say(f"warning: {item[1]}")
                elif item[0] == "skipped":
                    self.summary.skipped += 1
                    self.say(f"skipped: {item[1]}")
                else:
                    self.summary.read += 1
                    pairs.append(item)
            known = store.known_inputs([k for k, _ in pairs])
            for key, art in pairs:
                if key in known:
                    self.summary.already += 1
                    continue
                yield from self._decide(index, key, art)

        group: list[str] = []
        for f in _files(paths):
            if isinstance(f, InputError):
                self.summary.errors += 1
                self.say(f"error: {f}")
                continue
            group.append(str(f))
            if len(group) >= FILES_PER_TASK:
                inflight.append(self.client.submit(clean_files, group, pure=False))
                group = []
                while len(inflight) > 2 * self.workers:
                    yield from drain(inflight.popleft())
        if group:
            inflight.append(self.client.submit(clean_files, group, pure=False))
        while inflight:
            yield from drain(inflight.popleft())

    def _code_batches(self, store: Store, batches) -> None:
        self._pipelined(store, batches, lambda arts: self.client.submit(code_batch, arts, pure=False).result)
