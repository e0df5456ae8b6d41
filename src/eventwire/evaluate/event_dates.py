"""Event dating on TempEval-3 platinum: does a date govern its event?

TempEval-3 links events to time expressions (TLINK).  A gold pair is an
EVENT and a TIMEX3 of type DATE (not the document's creation time) in the
same sentence, linked ``IS_INCLUDED``, ``DURING`` or ``SIMULTANEOUS`` (the
event happened at that time).  The text is coded as in the dates scorer
(every sentence parsed, the when stage resolving against the DCT); for every
gold event and every predicted time of its sentence that overlaps a gold DATE,
:func:`eventwire.events.dates.governs` says whether the time dates the event.

Reported: recall (gold pairs found), and precision over the pairs the rule
dates that the gold links at all (pairs without any gold link are not
counted: the corpus does not link every pair).  Documents are split by a
seeded hash of their name into a part to read (``dev``) and a part only
scored (``test``).
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from .polnear import document_from_text, make_stages, run_documents
from .shared import shared_path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|<\?[^>]*\?>|<!--.*?-->", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
INCLUDED = frozenset(("IS_INCLUDED", "DURING", "SIMULTANEOUS"))
SEED = "eventwire-event-dates"


def split_of(name: str) -> str:
    return "dev" if int(hashlib.sha1(f"{SEED}|{name}".encode()).hexdigest(), 16) % 2 == 0 else "test"


def read_links(path: Path) -> dict:
    """Text, DCT, events, DATE timexes and event-time links of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    out, spans, stack, links, instances = [], {}, [], [], {}
    pos = length = 0
    dct = dct_id = None
    for m in _TAG.finditer(raw):
        piece = html.unescape(raw[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        name = m.group(2)
        attrs = dict(_ATTR.findall(m.group(3) or ""))
        if name == "TLINK":
            links.append(attrs)
        elif name == "MAKEINSTANCE":
            instances[attrs.get("eiid")] = attrs.get("eventID")
        elif name in ("EVENT", "TIMEX3"):
            if m.group(1):
                kind, a, start = stack.pop()
                key = a.get("eid") or a.get("tid")
                spans[key] = {"kind": kind, "start": start, "end": length, **a}
            else:
                stack.append((name, attrs, length))
                if attrs.get("functionInDocument") == "CREATION_TIME":
                    dct, dct_id = attrs.get("value"), attrs.get("tid")
    out.append(html.unescape(raw[pos:]))
    pairs = set()
    for lk in links:
        eid = instances.get(lk.get("eventInstanceID"))
        tid = lk.get("relatedToTime")
        if eid and tid and tid != dct_id and eid in spans and spans.get(tid, {}).get("type") == "DATE":
            pairs.add((eid, tid, lk.get("relType")))
    return {"text": "".join(out), "dct": dct, "spans": spans, "pairs": pairs}


def score(data_dir: str | Path | None = None) -> dict:
    from ..events.dates import _anchor, _span_head, _tokens_in, governs

    data_dir = Path(data_dir) if data_dir else shared_path("eval", "tempeval3")
    files = sorted(data_dir.glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"TempEval-3 .tml files not found in {data_dir}")
    gold = [read_links(f) for f in files]
    docs = [document_from_text(g["text"], published=(g["dct"] or "")[:10] or None) for g in gold]
    run_documents(docs, make_stages(("when",)), {}, parse=True)
    counts = {s: {"gold": 0, "found": 0, "dated": 0, "dated_right": 0} for s in ("dev", "test")}
    for f, g, d in zip(files, gold, docs):
        c = counts[split_of(f.name)]
        art = d.article
        linked = {(e, t): rel for e, t, rel in g["pairs"]}
        events = {k: v for k, v in g["spans"].items() if v["kind"] == "EVENT"}
        timexes = {k: v for k, v in g["spans"].items() if v["kind"] == "TIMEX3" and v.get("type") == "DATE"}
        c["gold"] += sum(1 for rel in linked.values() if rel in INCLUDED)
        for eid, ev in events.items():
            sent = art.sentence_at(ev["start"])
            sdoc = d.parsed.get(sent) if sent is not None else None
            if sdoc is None:
                continue
            base = art.sentences[sent]["start"]
            toks = _tokens_in(sdoc, ev["start"] - base, ev["end"] - base)
            if not toks:
                continue
            main = _span_head(toks)
            anchor, objects = _anchor(main, toks)
            for t in art.times:
                if t["sentence"] != sent:
                    continue
                s, e = t["span"]["start"], t["span"]["end"]
                tid = next((k for k, x in timexes.items() if x["start"] < e and s < x["end"]), None)
                if tid is None:
                    continue
                ttoks = _tokens_in(sdoc, s - base, e - base)
                if not ttoks or governs(_span_head(ttoks), main, anchor, objects) is None:
                    continue
                rel = linked.get((eid, tid))
                if rel in INCLUDED:
                    c["found"] += 1
                if rel is not None:
                    c["dated"] += 1
                    c["dated_right"] += rel in INCLUDED
    for c in counts.values():
        c["recall"] = round(c["found"] / c["gold"], 3) if c["gold"] else 0.0
        c["precision"] = round(c["dated_right"] / c["dated"], 3) if c["dated"] else 0.0
    return {"documents": len(files), **counts}


def format_table(result: dict) -> str:
    lines = [f"TempEval-3 platinum, {result['documents']} documents: dates governing their events",
             f"{'part':<6} {'gold pairs':>10} {'found':>6} {'recall':>7} {'precision':>10}"]
    for part in ("dev", "test"):
        c = result[part]
        lines.append(f"{part:<6} {c['gold']:>10} {c['found']:>6} {c['recall']:>7.3f} {c['precision']:>10.3f}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m eventwire.evaluate.event_dates
    print(format_table(score()))
