"""`eventwire bench CORPUS`: the full ingest against bare spaCy, same texts, same run.

The baseline is what every user writes first: the full small English
pipeline over every text with ``nlp.pipe`` (same number of processes).
eventwire runs its whole pipeline (read -> clean -> parse -> actors -> quotes
-> dates -> places -> events -> DuckDB) into a fresh database.  Peak resident
memory is the sum over the process tree (main process and its workers),
sampled every 0.1 s.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from ..read import read_paths
from ..record import RawArticle
from ..settings import Settings


class PeakMemory:
    """Samples the RSS of this process and all its children in a thread."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


@dataclass
class Result:
    name: str
    seconds: float
    articles: int
    sentences: int
    words: int
    peak_mb: float
    stages: dict = field(default_factory=dict)

    def rate(self, what: str) -> float:
        return getattr(self, what) / self.seconds if self.seconds else 0.0


def corpus_texts(path: str) -> list[RawArticle]:
    return [r for r in read_paths([path]) if isinstance(r, RawArticle)]


def run_baseline(texts: list[str], model: str, workers: int, words: int) -> Result:
    import spacy

    with PeakMemory() as mem:
        start = time.perf_counter()
        nlp = spacy.load(model)
        sentences = 0
        for doc in nlp.pipe(texts, batch_size=64, n_process=workers):
            sentences += sum(1 for _ in doc.sents)
        seconds = time.perf_counter() - start
    return Result("spaCy nlp.pipe (full pipeline)", seconds, len(texts), sentences, words, mem.peak / 2**20)


def run_eventwire(corpus: str, settings: Settings, workers: int, engine: str, words: int) -> Result:
    from .local import Ingest

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.duckdb")
        if engine == "dask":
            from .dask import DaskIngest as Runner
        else:
            Runner = Ingest
        with PeakMemory() as mem:
            start = time.perf_counter()
            summary = Runner(db, settings, workers=workers, batch_size=32, on_message=lambda m: None).run([corpus])
            seconds = time.perf_counter() - start
    name = f"eventwire ingest ({engine})"
    done = summary.coded + summary.skipped + summary.duplicates
    return Result(name, seconds, done, summary.sentences, words, mem.peak / 2**20, dict(summary.timings))


def bench(corpus: str, workers: int = 2, settings: Settings | None = None, engines=("local",),
          baseline: bool = True) -> list[Result]:
    settings = settings or Settings()
    raws = corpus_texts(corpus)
    words = sum(len(r.text.split()) for r in raws)
    results = []
    for engine in engines:
        results.append(run_eventwire(corpus, settings, workers, engine, words))
    if baseline:
        results.append(run_baseline([r.text for r in raws], settings.model, workers, words))
    return results


def format_results(results: list[Result], corpus: str, workers: int) -> str:
    lines = [f"corpus: {corpus}  ({results[0].articles} articles, {results[0].words} words)  "
             f"cores: {os.cpu_count()}  processes: {workers}", ""]
    head = f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'sentences/s':>13}{'words/s':>10}{'peak MB':>9}"
    lines += [head, "-" * len(head)]
    for r in results:
        lines.append(f"{r.name:<34}{r.seconds:>9.1f}{r.rate('articles'):>12.1f}{r.rate('sentences'):>13.1f}"
                     f"{r.rate('words'):>10.0f}{r.peak_mb:>9.0f}")
    base = next((r for r in results if r.name.startswith("spaCy")), None)
    if base:
        for r in results:
            if r is not base:
                lines.append(f"\nthroughput {r.name} / baseline: {base.seconds / r.seconds:.2f}x")
    for r in results:
        if r.stages:
            parse = r.stages.get("parse", 0.0) or 1e-9
            lines.append(f"\ntime per stage, {r.name} (seconds summed over processes; % of parse):")
            for k, v in sorted(r.stages.items(), key=lambda kv: -kv[1]):
                lines.append(f"  {k:<10}{v:>8.1f}  {100 * v / parse:>6.1f}%")
    return "\n".join(lines)
