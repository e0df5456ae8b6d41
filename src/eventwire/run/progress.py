"""A rich progress bar for ingest runs: articles done, articles/s, errors."""

from __future__ import annotations

import contextlib
import sys

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextlib.contextmanager
def bar(enabled: bool = True):
    """Yields ``(say, update)``: print a line; refresh from a Summary."""
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        def say(msg: str) -> None:
            print(msg, file=sys.stderr, flush=True)

        last = [0.0]

        def update(s) -> None:  # a log line: the first batch, then every 5 s
            if last[0] and s.elapsed() - last[0] < 5:
                return
            last[0] = s.elapsed() or 1e-9
            done = s.coded + s.skipped + s.duplicates
            print(f"stored {done} articles ({s.duplicates} duplicates, {s.errors} errors, "
                  f"{done / max(s.elapsed(), 1e-9):.1f}/s)", file=sys.stderr, flush=True)

        yield say, update
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("starting", total=None)

        def update(s) -> None:
            done = s.coded + s.skipped + s.duplicates
            rate = done / max(s.elapsed(), 1e-9)
            progress.update(task, description=(
                f"{done} articles  {rate:.1f}/s  {s.duplicates} duplicates  "
                f"{s.errors} errors  {s.events} events"))

        def say(msg: str) -> None:  # one line each, as written
            progress.console.print(msg, markup=False, highlight=False, soft_wrap=True)

        yield say, update


def summary_text(s, db: str) -> str:
    rate = (s.coded + s.skipped + s.duplicates) / s.seconds if s.seconds else 0.0
    lines = [
        f"{db}: {s.coded} coded, {s.skipped} skipped, {s.duplicates} duplicates, "
        f"{s.already} already stored, {s.errors} errors",
        f"{s.sentences} sentences, {s.events} events in {s.seconds:.1f} s ({rate:.1f} articles/s)",
    ]
    return "\n".join(lines)
