"""Score an article record against an `article-gold/1` file.

The rules are those of the shared evaluation README ("Article gold"): each
section gives a list of checks, each check passes or fails with a detail.
"""

from __future__ import annotations

import json
from pathlib import Path

_MARKS = "\"'“”‘’«»`"


def _countries(rec: dict) -> dict[str, str | None]:
    return {a["id"]: a.get("country") for a in rec.get("actors") or []}


def _sentence(rec: dict, i: int) -> str:
    s = rec["sentences"][i]
    return rec["body"][s["start"]:s["end"]]


def check_title(rec, gold):
    want = gold.get("title")
    if want is None:
        return []
    return [("title", rec.get("title") == want, f"got {rec.get('title')!r}")]


def check_body(rec, gold):
    body, out = rec.get("body") or "", []
    sec = gold.get("body") or {}
    for s in sec.get("must_contain_once", []):
        n = body.count(s)
        out.append((f"body contains once: {s[:50]}", n == 1, f"found {n} times"))
    for s in sec.get("must_not_contain", []):
        out.append((f"body lacks: {s[:50]}", s not in body, "present" if s in body else ""))
    return out


def check_comments(rec, gold):
    joined = "\n".join(rec.get("comments") or [])
    return [(f"comment: {s[:50]}", s in joined, "") for s in (gold.get("comments") or {}).get("must_contain", [])]


def _actor_names_match(actor_name: str, name: str) -> bool:
    return name in actor_name or name.split()[-1] in actor_name


def check_actors(rec, gold):
    out, actors = [], rec.get("actors") or []
    sec = gold.get("actors") or {}
    for item in sec.get("required", []):
        cands = [a for a in actors if _actor_names_match(a.get("name") or "", item["name"])]
        ok = any((a.get("code") in item.get("codes", [])) or
                 (item.get("country") and a.get("country") == item["country"]) for a in cands)
        got = ", ".join(f"{a['name']}={a.get('code')}" for a in cands) or "no such actor"
        out.append((f"actor {item['name']}", ok, got))
    for name in sec.get("absent", []):
        hit = [a["name"] for a in actors if name in (a.get("name") or "")]
        out.append((f"actor absent: {name}", not hit, ", ".join(hit)))
    return out


def event_matches(rec: dict, ev: dict, item: dict) -> bool:
    countries = _countries(rec)
    if item.get("roots") and ev.get("cameo_root") not in item["roots"]:
        return False
    if item.get("evidence") and item["evidence"] not in _sentence(rec, ev["sentence"]):
        return False
    src = {countries.get(r.get("actor")) for r in ev.get("source") or []}
    tgt = {countries.get(r.get("actor")) for r in ev.get("target") or []}

    def fits(a, b):
        return (not item.get("source") or a & set(item["source"])) and \
               (not item.get("target") or b & set(item["target"]))

    if not (fits(src, tgt) or (item.get("symmetric") and fits(tgt, src))):
        return False
    return not item.get("date") or ev.get("date") == item["date"]


def check_events(rec, gold):
    out, events = [], rec.get("events") or []
    sec = gold.get("events") or {}
    for item in sec.get("required", []):
        ok = any(event_matches(rec, e, item) for e in events)
        out.append((f"event {'/'.join(item.get('roots', []))}: {item.get('evidence', '')[:40]}", ok, ""))
    for item in sec.get("forbidden", []):
        bad = []
        for e in events:
            if e.get("negated"):  # only non-negated events can be forbidden
                continue
            if item.get("evidence") and item["evidence"] not in _sentence(rec, e["sentence"]):
                continue
            if item.get("roots") and e.get("cameo_root") not in item["roots"]:
                continue
            bad.append(f"{e.get('cameo')}@{e['sentence']}")
        label = item.get("evidence") or "/".join(item.get("roots", []))
        out.append((f"no event: {label}", not bad, ", ".join(bad)))
    if "at_most" in sec:
        out.append((f"at most {sec['at_most']} events", len(events) <= sec["at_most"], f"{len(events)} events"))
    return out


def _quote_text(rec, q) -> str:
    return (q.get("content") or {}).get("text", "").lstrip(_MARKS + " ").casefold()


def check_quotes(rec, gold):
    out, quotes = [], rec.get("quotes") or []
    names = {a["id"]: a.get("name") or "" for a in rec.get("actors") or []}
    sec = gold.get("quotes") or {}

    def speaker(q):
        sp = q.get("speaker") or {}
        return names.get(sp.get("actor")) or sp.get("name") or ""

    for item in sec.get("required", []):
        want = item["starts_with"].lstrip(_MARKS).casefold()
        kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
        last = item["speaker"].split()[-1]
        hits = [q for q in quotes if _quote_text(rec, q).startswith(want)
                and last in speaker(q) and q.get("kind") in kinds]
        ok = len(hits) == 1 if item.get("exactly_once") else bool(hits)
        out.append((f"quote {item['speaker']}: {item['starts_with'][:35]}", ok, f"{len(hits)} matching"))
    for name in sec.get("forbidden_speakers", []):
        bad = [q["id"] for q in quotes if name in speaker(q)]
        out.append((f"no quote by {name}", not bad, ", ".join(bad)))
    return out


SECTIONS = {"title": check_title, "body": check_body, "comments": check_comments,
            "actors": check_actors, "events": check_events, "quotes": check_quotes}


def score(rec: dict, gold: dict, sections=None) -> dict[str, list[tuple[str, bool, str]]]:
    return {name: fn(rec, gold) for name, fn in SECTIONS.items()
            if (sections is None or name in sections) and name in gold}


def load(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
