"""Article extraction benchmark (AEB): how well HTML pages become article text.

Scores ``../shared/eval/aeb`` (found by ``evaluate.shared``; ``html/ID.html.gz``
+ ``ground-truth.json``)
as its README defines it: ``\\w+`` tokens, multisets of 4-token shingles,
per-page precision and recall averaged over pages, F1 from the two means.
eventwire's extraction (the HTML reader, then the clean stage) and plain
``trafilatura.extract`` run on the same pages in the same run.

    python -m eventwire.evaluate.aeb [ROOT] [--worst N]

``--worst N`` also lists the N pages where eventwire trails trafilatura most.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

_TOKEN = re.compile(r"\w+")
N = 4

Extractor = Callable[[Path, str | None], str]


def shingles(text: str | None, n: int = N) -> Counter:
    """The multiset of ``n``-token shingles (a text shorter than ``n`` is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def match(true: str, pred: str) -> tuple[float, float, float]:
    """(TP, FP, FN) shingle counts of one page, divided by their sum."""
    t, p = shingles(true), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def metrics(counts: list[tuple[float, float, float]]) -> dict:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else tp / (tp + fp)

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else tp / (tp + fn)

    ps = [prec(*c) for c in counts if c[0] + c[1] > 0]
    rs = [rec(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "pages": len(counts)}


def eventwire_extract(path: Path, url: str | None = None) -> str:
    """eventwire's article body for one page file: the HTML reader, then clean()."""
    from ..read import read_file
    from ..record import RawArticle
    from ..settings import Settings

    raw = next((x for x in read_file(path) if isinstance(x, RawArticle)), None)
    if raw is None:
        return ""
    if url and not raw.url:
        raw.url = url
    try:
        from ..clean import clean
    except ImportError:  # the clean stage is not there yet
        return raw.text
    return clean(raw, Settings()).body


def trafilatura_extract(path: Path, url: str | None = None) -> str:
    """Plain ``trafilatura.extract`` on the page's bytes (the baseline)."""
    import trafilatura

    with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as f:
        return trafilatura.extract(f.read()) or ""


def score(root: str | Path | None = None, extract: Extractor | None = None) -> dict:
    """Score eventwire's extraction (or ``extract``) against plain trafilatura."""
    from .shared import SharedMissing, shared_path

    root = Path(root) if root else shared_path("eval", "aeb")
    truth_file = root / "ground-truth.json"
    if not truth_file.exists():
        raise SharedMissing(f"AEB data not found at {root} (needs ground-truth.json and html/)")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    systems = {"eventwire": extract or eventwire_extract, "trafilatura": trafilatura_extract}
    counts: dict[str, list] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    pages = []
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if not path.exists():
            continue
        gold = truth[key].get("articleBody", "")
        row = {"id": key}
        for name, fn in systems.items():
            t = time.perf_counter()
            pred = fn(path, truth[key].get("url"))
            seconds[name] += time.perf_counter() - t
            c = match(gold, pred)
            counts[name].append(c)
            row[name] = metrics([c])["f1"]
        pages.append(row)
    result = {name: {**metrics(c), "seconds": seconds[name]} for name, c in counts.items()}
    result["per_page"] = pages
    return result


def format_table(result: dict, worst: int = 0) -> str:
    lines = [f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'pages':>6} {'seconds':>8}"]
    for name in ("eventwire", "trafilatura"):
        m = result[name]
        lines.append(f"{name:<12} {m['precision']:>9.4f} {m['recall']:>7.4f} {m['f1']:>7.4f} "
                     f"{m['pages']:>6} {m.get('seconds', 0.0):>8.1f}")
    if worst:
        lines.append("pages where eventwire trails trafilatura most (page F1):")
        rows = sorted(result["per_page"], key=lambda p: p["eventwire"] - p["trafilatura"])[:worst]
        lines += [f"  {p['id'][:16]}  eventwire {p['eventwire']:.3f}  trafilatura {p['trafilatura']:.3f}"
                  for p in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    worst = 0
    if "--worst" in argv:
        i = argv.index("--worst")
        worst = int(argv[i + 1])
        del argv[i:i + 2]
    print(format_table(score(argv[0] if argv else None), worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
