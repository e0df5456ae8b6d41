"""`eventwire evaluate incidents`: the project's own development set of reports of incidents
(``data/incidents/devset.yaml``), coded by the full pipeline, stored, grouped, and scored with
B-cubed precision, recall and F1 over events, with the report-to-incident ratio.

Each article's `gold` names the sentences that tell of an incident (a cue: words of the sentence);
every event the coder finds in such a sentence carries that incident's label, events elsewhere are not
scored.  The set is split by a seeded hash of the incident label: `tune` was read while developing,
`test` only scored.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import defaultdict
from importlib import resources
from pathlib import Path

import yaml

SEED = "eventwire-incidents-1"


def load_devset(path: str | Path | None = None) -> list[dict]:
    if path is None:
        text = resources.files("eventwire.evaluate").joinpath("data", "incidents", "devset.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return yaml.safe_load(text)["articles"]


def part(label: str) -> str:
    return "tune" if int(hashlib.sha1(f"{SEED}:{label}".encode()).hexdigest(), 16) % 2 == 0 else "test"


def bcubed(pred: dict[str, str], gold: dict[str, str], items: list[str]) -> dict:
    """B-cubed over `items` (clusters are counted over every item of `pred`/`gold`)."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for k in gold:
        by_pred[pred[k]].add(k)
        by_gold[gold[k]].add(k)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "events": 0}
    p = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_pred[pred[k]]) for k in items) / len(items)
    r = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_gold[gold[k]]) for k in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "events": len(items),
            "gold_incidents": len({gold[k] for k in items}), "incidents": len({pred[k] for k in items})}


def _records(articles: list[dict], pipeline) -> list[dict]:
    out = []
    for a in articles:
        text = f"{a['title']}\n\n{a['body'].strip()}"
        rec = pipeline.code(text, published=str(a["published"])).to_dict()
        rec["id"] = "dev-" + a["id"]
        rec["source"] = a["outlet"]
        rec["url"] = f"https://dev.example.org/{a['id']}"
        out.append(rec)
    return out


def labels(articles: list[dict], records: list[dict]) -> tuple[dict[str, str], int, int]:
    """Event key -> gold label; and the counts of unscored events and of gold cues no event was found for."""
    gold, unscored, missed = {}, 0, 0
    for a, rec in zip(articles, records):
        body, sents = rec.get("body") or "", rec.get("sentences") or []
        cues = [(c, lab) for c, lab in a.get("gold") or []]
        found = set()
        for e in rec.get("events") or []:
            s = sents[e["sentence"]] if isinstance(e.get("sentence"), int) and e["sentence"] < len(sents) else None
            text = body[s["start"]:s["end"]] if s else ""
            hit = next(((c, lab) for c, lab in cues if c in text), None)
            if hit and not e.get("negated") and not e.get("hypothetical"):
                gold[f"{rec['id']}/{e['id']}"] = hit[1]
                found.add(hit)
            else:
                unscored += 1
        missed += len(set(cues) - found)
    return gold, unscored, missed


def score(pipeline=None, rules=None, devset: str | Path | None = None, records: list[dict] | None = None) -> dict:
    from ..incidents import load_rules, rebuild
    from ..store import Store

    articles = load_devset(devset)
    if records is None:
        from ..pipeline import Pipeline

        records = _records(articles, pipeline or Pipeline())
    gold, unscored, missed = labels(articles, records)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "dev.duckdb") as store:
            store.write(records, mentions=[{"article_id": r["id"], "input_id": r["id"], "url": r["url"],
                                            "source": r["source"], "published": r["published"], "first": True,
                                            "similarity": 1.0} for r in records])
            rebuild(store.con, rules or load_rules())
            pred = {f"{a}/{e}": i for i, a, e in store.con.execute(
                "SELECT incident_id, article_id, event_id FROM incident_events").fetchall()}
    for k in gold:  # an event left out of incidents is its own incident
        pred.setdefault(k, "alone:" + k)
    out = {"unscored_events": unscored, "missed_cues": missed, "articles": len(articles)}
    for name in ("tune", "test", "all"):
        items = sorted(k for k in gold if name == "all" or part(gold[k]) == name)
        out[name] = bcubed(pred, gold, items)
        out[name]["ratio"] = out[name]["events"] / max(1, out[name]["incidents"])
        out[name]["gold_ratio"] = out[name]["events"] / max(1, out[name]["gold_incidents"])
    out["pred"], out["gold"] = pred, gold
    return out


def format_table(res: dict) -> str:
    lines = [f"incidents dev set: {res['articles']} articles; events scored per part below; "
             f"{res['unscored_events']} events outside gold sentences (not scored); "
             f"{res['missed_cues']} gold sentences with no event coded",
             "| part | events | gold incidents | incidents | B³ precision | B³ recall | B³ F1 | reports/incident "
             "(gold) |", "|---|---|---|---|---|---|---|---|"]
    for name in ("tune", "test", "all"):
        r = res[name]
        lines.append(f"| {name} | {r['events']} | {r.get('gold_incidents', 0)} | {r.get('incidents', 0)} | "
                     f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                     f"{r['ratio']:.2f} ({r['gold_ratio']:.2f}) |")
    return "\n".join(lines)
