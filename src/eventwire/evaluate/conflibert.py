"""ConfliBERT CAMEO sentences (``eval/conflibert-cameo/train.tsv``).

Each line is ``sentence<TAB>label``; the label is a group of CAMEO roots
(``GROUPS``, from the set's README).  Each sentence is coded as a one-sentence
article (no date, no title).

- group hit: some output event's root is in the label's group;
- no event: the share of sentences with no event at all;
- confusion: label group x groups of the output events ("none" when a
  sentence yields no event);
- each figure for the whole set and for its two halves by a seeded hash of
  the sentence: ``read`` (the half developed on) and ``scored`` (only scored).
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

from ..record import RawArticle
from .shared import shared_path

GROUPS = {
    "0": ("01", "02"),
    "1": ("03", "04", "05"),
    "2": ("06", "07", "08"),
    "3": ("09", "10", "11", "12", "13", "16"),
    "4": ("14", "15", "17", "18", "19", "20"),
}
GROUP_NAMES = {"0": "statement", "1": "verbal coop", "2": "material coop",
               "3": "verbal conflict", "4": "material conflict"}
_ROOT_GROUP = {root: g for g, roots in GROUPS.items() for root in roots}
SEED = "eventwire-conflibert-1"


def half(sentence: str) -> str:
    """``read`` or ``scored``: a seeded hash of the sentence, stable across runs."""
    h = hashlib.sha1((SEED + "\n" + sentence).encode("utf-8")).digest()
    return "read" if h[0] % 2 == 0 else "scored"


def group_of(root: str) -> str | None:
    return _ROOT_GROUP.get(root)


def load_items(path: str | Path | None = None) -> list[dict]:
    p = Path(path) if path else shared_path("eval", "conflibert-cameo", "train.tsv")
    items = []
    with open(p, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not row[0].strip():
                continue
            if len(row) < 2 or row[1].strip() not in GROUPS:
                raise ValueError(f"{p}:{n}: expected 'sentence<TAB>label' with a label 0-4")
            items.append({"n": n, "text": row[0].strip(), "label": row[1].strip(),
                          "half": half(row[0].strip())})
    return items


def _code_all(items: list[dict], pipeline) -> list:
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    raws = [RawArticle(text=it["text"], detect_title=False, input_id=f"conflibert:{it['n']}")
            for it in items]
    return [d.article for d in pipeline.process(raws)]


def judge(item: dict, article) -> dict:
    groups = [group_of(e["cameo_root"]) for e in article.events]
    return {**item, "groups": groups, "hit": item["label"] in groups,
            "codes": [e["cameo"] for e in article.events], "none": not article.events}


def _summary(judged: list[dict]) -> dict:
    n = len(judged)
    confusion: dict[str, Counter] = defaultdict(Counter)
    for j in judged:
        for g in set(j["groups"]) or {"none"}:
            confusion[j["label"]][g or "other"] += 1
    return {"n": n,
            "group_hit": sum(j["hit"] for j in judged) / n if n else 0.0,
            "no_event": sum(j["none"] for j in judged) / n if n else 0.0,
            "events": sum(len(j["groups"]) for j in judged),
            "per_label": {g: {"n": sum(j["label"] == g for j in judged),
                              "hit": sum(j["hit"] for j in judged if j["label"] == g)}
                          for g in GROUPS},
            "confusion": {k: dict(v) for k, v in sorted(confusion.items())}}


def score(path: str | Path | None = None, pipeline=None, limit: int | None = None) -> dict:
    items = load_items(path)[:limit]
    judged = [judge(it, a) for it, a in zip(items, _code_all(items, pipeline))]
    out = {"all": _summary(judged)}
    for h in ("read", "scored"):
        out[h] = _summary([j for j in judged if j["half"] == h])
    out["judged"] = judged
    return out


def format_table(result: dict) -> str:
    lines = ["ConfliBERT CAMEO sentences: group hit / no event"]
    for h in ("all", "read", "scored"):
        s = result[h]
        lines.append(f"  {h:<7} n={s['n']:>5}   group hit {s['group_hit']:.3f}   no event {s['no_event']:.3f}"
                     f"   events {s['events']}")
    s = result["all"]
    lines += ["", "per label (all): hit / n"]
    for g, v in s["per_label"].items():
        rate = v["hit"] / v["n"] if v["n"] else 0.0
        lines.append(f"  {g} {GROUP_NAMES[g]:<18} {v['hit']:>4}/{v['n']:<4} {rate:.3f}")
    cols = list(GROUPS) + ["none"]
    lines += ["", "confusion (rows: label group; columns: groups of the output events, a sentence counted once per group)",
              "      " + " ".join(f"{c:>5}" for c in cols)]
    for g in GROUPS:
        row = s["confusion"].get(g, {})
        lines.append(f"  {g:<3} " + " ".join(f"{row.get(c, 0):>5}" for c in cols))
    return "\n".join(lines)
