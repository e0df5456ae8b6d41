"""`eventwire evaluate seed`: the seed page against its gold reading."""

from __future__ import annotations

from ..pipeline import Pipeline
from . import article_gold
from .shared import shared_path


def run(pipeline: Pipeline | None = None, sections=None):
    gold_path = shared_path("seed", "lavrov-syria-talks.gold.json")
    gold = article_gold.load(gold_path)
    text = shared_path("seed", gold["input"]["path"]).read_text(encoding="utf-8")
    pipe = pipeline or Pipeline()
    rec = pipe.code(text, published=gold["input"]["published"]).to_dict()
    return rec, article_gold.score(rec, gold, sections)


def format_table(result) -> str:
    lines, passed, total = [], 0, 0
    for section, checks in result.items():
        for name, ok, detail in checks:
            total += 1
            passed += ok
            lines.append(f"{'PASS' if ok else 'FAIL'}  {section:<9} {name:<60} {detail if not ok else ''}".rstrip())
    by_section = "  ".join(f"{s}: {sum(c[1] for c in v)}/{len(v)}" for s, v in result.items())
    lines.append(f"\nseed: {passed}/{total} checks pass  ({by_section})")
    return "\n".join(lines)
