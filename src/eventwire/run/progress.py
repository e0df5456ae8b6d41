"""A rich progress bar for ingest runs: articles done of the total, articles/s,
time left, errors.  The total is counted before the run (read.count); when it
is unknown (standard input, a huge archive) the bar shows the rate only."""

from __future__ import annotations

import contextlib
import sys

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)


def done_count(s) -> int:
    """Inputs finished so far: stored, skipped, duplicates, already stored, failed."""
    return s.coded + s.skipped + s.duplicates + s.already + s.errors


def time_left(s, total: int | None) -> float | None:
    """Seconds left at the rate so far, or None when it cannot be told."""
    done = done_count(s)
    if not total or not done or s.elapsed() <= 0:
        return None
    return max(total - done, 0) / (done / s.elapsed())


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


@contextlib.contextmanager
def bar(enabled: bool = True, total: int | None = None):
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
            done = done_count(s)
            of = f" of {total}" if total else ""
            left = time_left(s, total)
            eta = f", {_clock(left)} left" if left is not None else ""
            print(f"stored {s.coded} articles, {done}{of} inputs done ({s.duplicates} duplicates, "
                  f"{s.skipped} skipped, {s.errors} errors, {done / max(s.elapsed(), 1e-9):.1f}/s{eta})",
                  file=sys.stderr, flush=True)

        yield say, update
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    if total:
        columns[1:1] = [BarColumn(), MofNCompleteColumn()]
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("starting", total=total)

        def update(s) -> None:
            done = s.coded + s.skipped + s.duplicates
            rate = done / max(s.elapsed(), 1e-9)
            progress.update(task, completed=done_count(s), description=(
                f"{rate:.1f} articles/s  {s.duplicates} duplicates  "
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
