"""PLOVER gold standard records (``eval/plover-gsr/PLOVER_GSR_CAMEO.json``).

Each record's ``text`` is coded as a one-sentence article dated ``date``.
The gold PLOVER 0.5 type maps to 2.0 (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); the DOCUMENT record is skipped.

- type accuracy: some output event has the gold type;
- dyad accuracy: some output event has the gold type, a source actor whose
  country is among the gold source codes and, when the record has a target,
  a target actor whose country is among the gold target codes (an actor's
  country, or the first three letters of its code, so that an IGO actor
  coded "IGOUNO" meets the gold "IGO");
- precision: the share of output events whose type is the gold type;
- the same per gold type, and a confusion table (gold type x output types,
  "NONE" when a record yields no event).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..record import RawArticle
from .shared import shared_path

TO_V2 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_CODE = re.compile(r"^[A-Z]{3}$")


# The gold keeps three country codes of the old CAMEO actor codebook where
# eventwire (like CAMEO's later dictionaries) uses ISO 3166: the same countries.
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def gold_codes(side) -> set[str]:
    """Country codes of a record's ``source`` or ``target`` (junk strings ignored;
    legacy CAMEO codes read as their ISO equivalents)."""
    if not side:
        return set()
    items = side if isinstance(side, list) else [side]
    out = set()
    for it in items:
        code = it.get("code") if isinstance(it, dict) else it
        if isinstance(code, str) and _CODE.match(code.strip()):
            out.add(LEGACY.get(code.strip(), code.strip()))
    return out


def load_records(path: str | Path | None = None) -> list[dict]:
    p = Path(path) if path else shared_path("eval", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    records = json.loads(Path(p).read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def _countries(article, ids) -> set[str]:
    by_id = {a["id"]: a for a in article.actors}
    out = set()
    for i in ids:
        a = by_id.get(i)
        if a:
            out |= {c for c in (a.get("country"), (a.get("code") or "")[:3]) if c}
    return out


def _judge(rec: dict, article) -> dict:
    gold = TO_V2.get(rec["event"], rec["event"])
    src, tgt = gold_codes(rec.get("source")), gold_codes(rec.get("target"))
    types = [e["plover"]["event"] for e in article.events]
    dyad = False
    for e in article.events:
        if e["plover"]["event"] != gold:
            continue
        if not (_countries(article, [s["actor"] for s in e["source"]]) & src):
            continue
        if tgt and not (_countries(article, [t["actor"] for t in e["target"]]) & tgt):
            continue
        dyad = True
    return {"id": rec.get("id"), "gold": gold, "types": types, "type_ok": gold in types,
            "dyad_ok": dyad, "right": sum(t == gold for t in types), "text": rec["text"]}


def actors_at(body: str, sentences: list[dict], surfaces: dict[str, str]) -> list[dict]:
    """Actors at every whole-word occurrence of each surface form (longest
    first), coded as given: for measuring the events coder apart from the
    actors stage."""
    taken: list[tuple[int, int]] = []
    actors: dict[str, dict] = {}
    for surface in sorted(surfaces, key=len, reverse=True):
        code = surfaces[surface]
        for m in re.finditer(r"(?<!\w)" + re.escape(surface.strip()) + r"(?!\w)", body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            actor = actors.setdefault(f"{surface}|{code}", {
                "id": f"a{len(actors) + 1}", "name": surface.strip(), "code": code,
                "country": code[3:6] if code.startswith("IGO") and len(code) > 3 else code[:3],
                "sectors": [code[i:i + 3] for i in range(3, len(code), 3)], "wikidata": None,
                "mentions": []})
            sent = next((i for i, s in enumerate(sentences) if s["start"] <= m.start() < s["end"]), None)
            actor["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0), "sentence": sent})
    return list(actors.values())


def _gold_surfaces(rec: dict) -> dict[str, str]:
    out = {}
    for side in ("source", "target"):
        for a in rec.get(side) or []:
            if isinstance(a, dict) and a.get("actorText") and a.get("code"):
                out[a["actorText"]] = a["code"] + (a.get("sector") or "")
    return out


def _code_all(records: list[dict], pipeline, gold_actors: bool = False) -> list:
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    raws = [RawArticle(text=r["text"], published=r.get("date"), detect_title=False,
                       input_id=r.get("id")) for r in records]
    if not gold_actors:
        return [d.article for d in pipeline.process(raws)]
    from ..parse import Parser

    docs = [pipeline.prepare(raw) for raw in raws]
    Parser(pipeline.settings.model, pipeline.settings.batch_size,
           fast_rules=pipeline.settings.fast_rules)(docs)
    for d, r in zip(docs, records):
        d.article.actors = actors_at(d.article.body, d.article.sentences, _gold_surfaces(r))
        for name, stage in pipeline.stages:
            if name != "actors" and d.article.status == "coded":
                stage(d)
    return [d.article for d in docs]


def score(records_path: str | Path | None = None, pipeline=None, limit: int | None = None,
          gold_actors: bool = False) -> dict:
    """Score the pipeline on the records.  ``gold_actors=True`` is a
    diagnostic: the records' own actor texts and codes replace the actors
    stage, to measure the events coder apart from actor coding."""
    records = load_records(records_path)[:limit]
    articles = _code_all(records, pipeline, gold_actors)
    judged = [_judge(r, a) for r, a in zip(records, articles)]
    per_type: dict[str, dict] = defaultdict(lambda: {"n": 0, "type": 0, "dyad": 0, "events": 0, "right": 0})
    confusion: dict[str, Counter] = defaultdict(Counter)
    for j in judged:
        t = per_type[j["gold"]]
        t["n"] += 1
        t["type"] += j["type_ok"]
        t["dyad"] += j["dyad_ok"]
        t["events"] += len(j["types"])
        t["right"] += j["right"]
        for out in j["types"] or ["NONE"]:
            confusion[j["gold"]][out] += 1
    n = len(judged)
    events = sum(len(j["types"]) for j in judged)

    def ratios(d):
        return {"n": d["n"], "type_accuracy": d["type"] / d["n"] if d["n"] else 0.0,
                "dyad_accuracy": d["dyad"] / d["n"] if d["n"] else 0.0,
                "precision": d["right"] / d["events"] if d["events"] else 0.0, "events": d["events"]}

    return {
        "gold_actors": gold_actors,
        "records": n,
        "events": events,
        "type_accuracy": sum(j["type_ok"] for j in judged) / n if n else 0.0,
        "dyad_accuracy": sum(j["dyad_ok"] for j in judged) / n if n else 0.0,
        "precision": sum(j["right"] for j in judged) / events if events else 0.0,
        "per_type": {k: ratios(v) for k, v in sorted(per_type.items())},
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
        "records_judged": judged,
    }


def format_table(result: dict) -> str:
    lines = [f"PLOVER gold standard: {result['records']} records, {result['events']} output events"
             + (" (diagnostic: gold actors instead of the actors stage)" if result.get("gold_actors") else ""),
             f"type accuracy {result['type_accuracy']:.3f}   dyad accuracy {result['dyad_accuracy']:.3f}"
             f"   precision {result['precision']:.3f}", "",
             f"{'type':<11} {'n':>4} {'type acc':>9} {'dyad acc':>9} {'precision':>10} {'events':>7}"]
    for k, v in result["per_type"].items():
        lines.append(f"{k:<11} {v['n']:>4} {v['type_accuracy']:>9.3f} {v['dyad_accuracy']:>9.3f}"
                     f" {v['precision']:>10.3f} {v['events']:>7}")
    outs = sorted({o for row in result["confusion"].values() for o in row})
    lines += ["", "confusion (rows: gold type; columns: output event types)",
              " " * 11 + " ".join(f"{o[:6]:>6}" for o in outs)]
    for k, row in result["confusion"].items():
        lines.append(f"{k:<11}" + " ".join(f"{row.get(o, 0):>6}" for o in outs))
    return "\n".join(lines)
