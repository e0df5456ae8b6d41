"""Actor recall on the PLOVER gold standard records (``eventwire evaluate plover-gsr --actors``).

Each record's ``text`` (the DOCUMENT record skipped) is coded as a
one-sentence article published on the record's ``date``, through the clean
and parse stages and the actors stage alone.  A record's source (target)
side is found when every gold source (target) country code is among the
``country`` values of the article's actors; ``*_recall_any`` counts a side
as found when at least one of its codes is.  Records whose target is not a
list of actors (empty, or a stray string) have no target side.

Gold codes that are CAMEO's older spellings of ISO countries are read as the
ISO code (``JAP`` -> ``JPN``, ``ITL`` -> ``ITA``, ``VTN`` -> ``VNM``).  An IGO
actor's country is ``IGO`` (and an NGO's ``NGO``), as in the gold.
"""

from __future__ import annotations

import json
from pathlib import Path

from .shared import shared_path

from .plover import LEGACY  # noqa: E402


def _codes(side) -> list[str] | None:
    if not isinstance(side, list) or not side:
        return None
    codes = [LEGACY.get(a.get("code", ""), a.get("code", "")) for a in side if isinstance(a, dict)]
    return sorted({c for c in codes if c}) or None


def _actors(pipeline, text: str, published: str | None, parse: bool = True) -> list[dict]:
    from ..actors import make_stage
    from ..parse import Parser
    from ..record import RawArticle

    doc = pipeline.prepare(RawArticle(text=text, published=published, detect_title=False))
    if doc.article.status != "coded":
        return []
    if parse:
        Parser(pipeline.settings.model, pipeline.settings.batch_size)([doc])
    stage = pipeline.__dict__.setdefault("_actors_stage", make_stage(pipeline.settings))
    stage(doc)
    return doc.article.actors


def score(records_path: str | Path | None = None, pipeline=None, parse: bool = True) -> dict:
    """Source and target country recall over the PLOVER GSR records (``parse=False``: the
    actors stage on unparsed sentences, as for sentences the fast pass leaves out)."""
    from ..pipeline import Pipeline

    path = Path(records_path) if records_path else shared_path("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    pipeline = pipeline or Pipeline()
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}  # all found, any found, records
    misses = []
    for rec in records:
        actors = _actors(pipeline, rec["text"], rec.get("date"), parse)
        found = sorted({a["country"] for a in actors if a.get("country")})
        for side in ("source", "target"):
            gold = _codes(rec.get(side))
            if gold is None:
                continue
            c = counts[side]
            c[2] += 1
            hit = [g for g in gold if g in found]
            c[0] += len(hit) == len(gold)
            c[1] += bool(hit)
            if len(hit) != len(gold):
                misses.append({"id": rec.get("id"), "text": rec["text"], "side": side, "gold": gold, "found": found})
    out = {"misses": misses}
    for side, (all_, any_, n) in counts.items():
        out[f"{side}_recall"] = all_ / n if n else 0.0
        out[f"{side}_recall_any"] = any_ / n if n else 0.0
        out[f"n_{side}"] = n
    return out


def format_table(result: dict) -> str:
    lines = ["PLOVER GSR actor recall (gold country codes found among the sentence's actors)", "",
             f"{'side':<8}{'n':>6}{'recall':>9}{'any code':>10}"]
    for side in ("source", "target"):
        lines.append(f"{side:<8}{result[f'n_{side}']:>6}{result[f'{side}_recall']:>9.3f}"
                     f"{result[f'{side}_recall_any']:>10.3f}")
    lines += ["", f"misses ({len(result['misses'])}):"]
    for m in result["misses"]:
        lines.append(f"  {m['id']:<34} {m['side']:<7} gold={','.join(m['gold']):<12} "
                     f"found={','.join(m['found']) or '-'}")
        lines.append(f"      {m['text'][:150]}")
    return "\n".join(lines)
