"""Time expression scoring on TempEval-3 platinum (dates stage).

Each ``.tml`` document has its tags stripped (entities unescaped); the text
is coded as one article published on the document's creation time (DCT),
every sentence parsed.  A predicted time matches a gold TIMEX3 of type DATE
when their spans overlap (one to one).  Predictions that overlap only gold
TIMEX3 of another type (TIME, DURATION, SET) are left out of the counts:
the stage reports dates only.  Reported: span F1 (relaxed) and value F1 (a
match counts when the values are equal).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .polnear import document_from_text, make_stages, run_documents
from .shared import shared_path
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|<\?[^>]*\?>|<!--.*?-->", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> tuple[str, str | None, list[dict]]:
    """(text, dct, timexes) of one TimeML file; timex: start, end, type, value, text."""
    raw = path.read_text(encoding="utf-8")
    out, timexes, open_t = [], [], None
    pos = length = 0
    dct = None
    for m in _TAG.finditer(raw):
        piece = html.unescape(raw[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_t is not None:
                open_t["end"] = length
                timexes.append(open_t)
                open_t = None
        else:
            attrs = dict(_ATTR.findall(m.group(3)))
            open_t = {"start": length, "type": attrs.get("type"), "value": attrs.get("value"),
                      "function": attrs.get("functionInDocument")}
            if attrs.get("functionInDocument") == "CREATION_TIME":
                dct = attrs.get("value")
    out.append(html.unescape(raw[pos:]))
    text = "".join(out)
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    return text, dct, timexes


def _f1(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "tp": tp, "pred": npred, "gold": ngold}


def score(data_dir: str | Path | None = None, parse: bool = True, details: bool = False) -> dict:
    data_dir = Path(data_dir) if data_dir else shared_path("eval", "tempeval3")
    files = sorted(data_dir.glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"TempEval-3 .tml files not found in {data_dir}")
    gold_all, docs = [], []
    for f in files:
        text, dct, timexes = read_tml(f)
        gold_all.append((f.name, timexes))
        docs.append(document_from_text(text, published=(dct or "")[:10] or None))
    timings: dict = {}
    run_documents(docs, make_stages(("when",)), timings, parse=parse)
    n_gold = n_pred = span_tp = value_tp = 0
    errors = []
    for (name, timexes), d in zip(gold_all, docs):
        gold = [t for t in timexes if t["type"] == "DATE"]
        other = [t for t in timexes if t["type"] != "DATE"]
        n_gold += len(gold)
        used = set()
        for t in d.article.times:
            s, e = t["span"]["start"], t["span"]["end"]
            match = next((k for k, g in enumerate(gold) if k not in used and g["start"] < e and s < g["end"]), None)
            if match is None:
                if any(o["start"] < e and s < o["end"] for o in other):
                    continue
                n_pred += 1
                errors.append((name, "fp", t["span"]["text"], t["value"], None))
                continue
            used.add(match)
            n_pred += 1
            span_tp += 1
            if t["value"] == gold[match]["value"]:
                value_tp += 1
            else:
                errors.append((name, "value", t["span"]["text"], t["value"], gold[match]["value"]))
        for k, g in enumerate(gold):
            if k not in used:
                errors.append((name, "fn", g["text"], None, g["value"]))
    result = {"documents": len(files), "span": _f1(span_tp, n_pred, n_gold),
              "value": _f1(value_tp, n_pred, n_gold), "timings": {k: round(v, 2) for k, v in timings.items()}}
    if details:
        result["errors"] = errors
    return result


def format_table(result: dict) -> str:
    lines = [f"TempEval-3 platinum, {result['documents']} documents, TIMEX3 type DATE",
             f"{'measure':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for key in ("span", "value"):
        m = result[key]
        lines.append(f"{key:<8} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} "
                     f"{m['tp']:>5} {m['pred']:>5} {m['gold']:>5}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m eventwire.evaluate.tempeval3
    print(format_table(score()))
