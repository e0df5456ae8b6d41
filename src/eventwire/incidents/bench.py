"""The incident benchmark: synthetic events from a seed stored in a fresh database, then grouped
from scratch (`rebuild`) and, in a second database, ingested in ten parts with an update after each
(`update`, as ingest does).  Prints the times, the incidents found and B-cubed against the synthetic
truth.  Run: ``python bench/incidents.py --events 100000``."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from ..store import Store
from .build import rebuild, update
from .rules import load_rules
from .synthetic import records


def _bcubed(pred: dict, gold: dict) -> float:
    from collections import defaultdict

    bp, bg = defaultdict(set), defaultdict(set)
    for k in gold:
        bp[pred[k]].add(k)
        bg[gold[k]].add(k)
    p = sum(len(bp[pred[k]] & bg[gold[k]]) / len(bp[pred[k]]) for k in gold) / len(gold)
    r = sum(len(bp[pred[k]] & bg[gold[k]]) / len(bg[gold[k]]) for k in gold) / len(gold)
    return 2 * p * r / (p + r)


def run(n_events: int = 100_000, seed: int = 1, parts: int = 10, say=print) -> dict:
    rules = load_rules()
    data = list(records(n_events, seed))
    gold = {f"{r['id']}/e1": lab for r, lab in data}
    recs = [r for r, _ in data]
    out = {"events": len(recs), "gold_incidents": len(set(gold.values()))}
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "one.duckdb") as store:
            for i in range(0, len(recs), 5000):
                store.write(recs[i:i + 5000])
            t = time.perf_counter()
            res = rebuild(store.con, rules)
            out["rebuild_s"] = time.perf_counter() - t
            out["incidents"] = res["incidents"]
            pred = dict(((a + "/" + e), i) for i, a, e in store.con.execute(
                "SELECT incident_id, article_id, event_id FROM incident_events").fetchall())
            out["bcubed_f1"] = _bcubed(pred, gold)
            one = store.con.execute("SELECT incident_id, article_id, event_id FROM incident_events "
                                    "ORDER BY 2, 3").fetchall()
        say(f"rebuild: {out['events']} events -> {out['incidents']} incidents in {out['rebuild_s']:.1f} s "
            f"(B-cubed F1 against the synthetic truth {out['bcubed_f1']:.3f})")
        with Store(Path(tmp) / "parts.duckdb") as store:
            step = -(-len(recs) // parts)
            spent = 0.0
            for i in range(0, len(recs), step):
                store.write(recs[i:i + step])
                t = time.perf_counter()
                update(store.con, rules)
                spent += time.perf_counter() - t
            out["update_s"] = spent
            out["same_as_one_run"] = one == store.con.execute(
                "SELECT incident_id, article_id, event_id FROM incident_events ORDER BY 2, 3").fetchall()
        say(f"update after each of {parts} parts: {spent:.1f} s in all; same incidents as one run: "
            f"{out['same_as_one_run']}")
    return out
