"""Judgement files of the hand audit (TSV, one judged item a row) and their score.

A row names the article (path relative to the PolNeAR data folder), the
sentence's character offsets and a short hash of the sentence (to notice a
changed data file), the judged item's identity (codes and offsets, never
text) and the coder's judgements: 1 right, 0 wrong.  ``error`` is one or more
comma-separated tags of ``tests/audit/error-classes.tsv`` for a wrong item.

Events: precision = root, source and target all right; quotes: speaker right
(and content right, reported beside it).  Intervals are 95% Wilson intervals.
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections import Counter
from pathlib import Path

BASE = ["n", "path", "sent_start", "sent_end", "sent_sha"]
EVENT_ID = ["cameo", "source", "target", "trigger_start", "trigger_end", "negated", "hypothetical",
            "source_at", "target_at"]
EVENT_JUDGE = ["root_ok", "source_ok", "target_ok", "flags_ok", "error"]
QUOTE_ID = ["kind", "content", "speaker_start", "speaker_end", "speaker_code", "actor_start", "actor_end"]
QUOTE_JUDGE = ["speaker_ok", "content_ok", "error"]
COLUMNS = {"events": BASE + EVENT_ID + EVENT_JUDGE, "quotes": BASE + QUOTE_ID + QUOTE_JUDGE}
INTS = {"n", "sent_start", "sent_end", "trigger_start", "trigger_end", "negated", "hypothetical"}


def sentence_sha(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def write_rows(path: Path, kind: str, rows: list[dict]) -> None:
    cols = COLUMNS[kind]
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


def kind_of(header: list[str]) -> str:
    for kind, cols in COLUMNS.items():
        if header == cols:
            return kind
    raise ValueError(f"not an audit judgement header: {header[:6]}...")


def read_rows(path: str | Path) -> tuple[str, list[dict]]:
    """(kind, rows) of a judgement file; a malformed file raises ValueError naming it."""
    path = Path(path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    if not rows:
        raise ValueError(f"{path}: empty")
    try:
        kind = kind_of(rows[0])
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(rows[0]):
            raise ValueError(f"{path}:{i}: {len(r)} columns, expected {len(rows[0])}")
        d = dict(zip(rows[0], r))
        for c in INTS & d.keys():
            d[c] = int(d[c])
        out.append(d)
    return kind, out


def parse_spans(value: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split("-")) for part in value.split(";") if part]


def judged(row: dict, kind: str) -> bool:
    cols = EVENT_JUDGE[:4] if kind == "events" else QUOTE_JUDGE[:2]
    return all(row[c] in ("0", "1") for c in cols)


def right(row: dict, kind: str) -> bool:
    """The audit's headline judgement: events all of root, source, target; quotes the speaker."""
    if kind == "events":
        return all(row[c] == "1" for c in ("root_ok", "source_ok", "target_ok"))
    return row["speaker_ok"] == "1"


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def score(path: str | Path) -> dict:
    kind, rows = read_rows(path)
    rows = [r for r in rows if judged(r, kind)]
    n = len(rows)
    measures = (["right", "root_ok", "source_ok", "target_ok", "flags_ok"] if kind == "events"
                else ["right", "speaker_ok", "content_ok", "both"])
    out = {"kind": kind, "judged": n, "measures": {}}
    for m in measures:
        if m == "right":
            k = sum(right(r, kind) for r in rows)
        elif m == "both":
            k = sum(r["speaker_ok"] == "1" and r["content_ok"] == "1" for r in rows)
        else:
            k = sum(r[m] == "1" for r in rows)
        lo, hi = wilson(k, n)
        out["measures"][m] = {"k": k, "p": k / n if n else 0.0, "lo": lo, "hi": hi}
    classes: Counter = Counter()
    for r in rows:
        for tag in filter(None, (t.strip() for t in r["error"].split(","))):
            classes[tag] += 1
    out["errors"] = classes.most_common()
    return out


def format_score(result: dict, path: str = "") -> str:
    kind, n = result["kind"], result["judged"]
    head = "precision (root, source, target right)" if kind == "events" else "precision (speaker right)"
    lines = [f"audit {kind} {path}: {n} judged"]
    for m, v in result["measures"].items():
        label = head if m == "right" else m
        lines.append(f"  {label:<40} {v['p']:.3f}  [{v['lo']:.3f}, {v['hi']:.3f}]  ({v['k']}/{n})")
    lines.append("  error classes (an item may carry several):")
    for tag, c in result["errors"]:
        lines.append(f"    {tag:<28} {c:>4}")
    return "\n".join(lines)


# -- is a judged item still produced? (the regression check) -------------------

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _side_matches(codes: str, at: str, parts: list[dict], actors: dict) -> bool:
    """The same actors on one side: each judged actor is there with its code, or (its code
    refined since) as the actor with a mention at the judged actor's first-mention offsets."""
    want = [c for c in codes.split("|") if c and c != "-"]
    spans = [s if s != "-" else None for s in at.split("|")] if at else []
    spans += [None] * (len(want) - len(spans))
    if len(parts) != len(want):
        return False
    left = list(parts)
    for code, span in zip(want, spans):
        hit = next((p for p in left if p["code"] == code), None)
        if hit is None and span:
            a, b = (int(x) for x in span.split("-"))
            hit = next((p for p in left if [a, b] in [list(m) for m in
                        actors.get(p.get("actor"), {}).get("mentions", [])]), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def reproduced_event(row: dict, rec: dict) -> bool:
    """An event in the row's sentence with the same CAMEO root and the same source and target actors."""
    actors = rec.get("actors", {})
    for e in rec["events"]:
        if not row["sent_start"] <= e["trigger"]["start"] < row["sent_end"] or e["cameo"][:2] != row["cameo"][:2]:
            continue
        if _side_matches(row["source"], row.get("source_at", ""), e["source"], actors) and \
                _side_matches(row["target"], row.get("target_at", ""), e["target"], actors):
            return True
    return False


def reproduced_quote(row: dict, rec: dict) -> bool:
    """A quote whose content covers half of the row's and half of its own with the row's,
    and whose speaker is the same: the same actor (a mention at the judged actor's
    first-mention offsets; its code may have been refined since) or, for a speaker without an actor, an overlapping speaker span."""
    want = parse_spans(row["content"])
    wlen = sum(b - a for a, b in want)
    for q in rec["quotes"]:
        have = [(p["start"], p["end"]) for p in (q.get("parts") or [q["content"]])]
        shared = sum(_overlap(a, b) for a in want for b in have)
        hlen = sum(b - a for a, b in have)
        if not (wlen and hlen and shared >= 0.5 * wlen and shared >= 0.5 * hlen):
            continue
        sp = q.get("speaker") or {}
        actor = rec["actors"].get(sp.get("actor")) if sp.get("actor") else None
        if row["speaker_code"] != "-":  # the same actor: a mention at the judged actor's offsets (its code may be refined)
            if actor and row["actor_start"] != "" and \
                    [int(row["actor_start"]), int(row["actor_end"])] in [list(m) for m in actor["mentions"]]:
                return True
        elif sp.get("span") and row["speaker_start"] != "":
            if _overlap((int(row["speaker_start"]), int(row["speaker_end"])),
                        (sp["span"]["start"], sp["span"]["end"])):
                return True
    return False


# -- the judgements against the current code's output ---------------------------
def against_code(kind: str, rows: list[dict], recs: dict[str, dict]) -> dict:
    """How the current output relates to judged items: right items kept or lost; wrong items
    still produced, gone, or (events) changed at the same trigger and so unjudged. The share
    right among the items produced unchanged estimates the current precision on the sample,
    leaving out what changed."""
    check = reproduced_event if kind == "events" else reproduced_quote
    counts = Counter()
    for r in rows:
        if not judged(r, kind):
            continue
        rec = recs[r["path"]]
        good = right(r, kind) and (r["flags_ok"] == "1" if kind == "events" else r["content_ok"] == "1")
        kept = check(r, rec)
        if good:
            counts["right kept" if kept else "right lost"] += 1
        elif kept:
            counts["wrong kept"] += 1
        elif kind == "events" and any(e["trigger"]["start"] < r["trigger_end"] and r["trigger_start"] < e["trigger"]["end"]
                                      for e in rec["events"]):
            counts["wrong changed"] += 1
        else:
            counts["wrong gone"] += 1
    known = counts["right kept"] + counts["wrong kept"]
    return {"counts": dict(counts), "unchanged_precision": counts["right kept"] / known if known else 0.0,
            "interval": wilson(counts["right kept"], known)}


def format_against_code(result: dict) -> str:
    c = result["counts"]
    lo, hi = result["interval"]
    parts = ", ".join(f"{k} {c.get(k, 0)}" for k in ("right kept", "right lost", "wrong kept", "wrong gone", "wrong changed"))
    return (f"  against the current code: {parts}\n"
            f"  right among items produced unchanged: {result['unchanged_precision']:.3f}  [{lo:.3f}, {hi:.3f}]"
            f"  (changed items are unjudged)")
