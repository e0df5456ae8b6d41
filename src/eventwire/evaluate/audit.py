"""A hand audit of real output: PolNeAR train articles coded, events or quotes
drawn at random (seeded), judged by a trained coder, kept as tests.

Each article is coded as the PolNeAR evaluator codes it: its body is the file's
text unchanged (so that offsets are the file's offsets and a judgement can be
checked against the text later), split, parsed as the pipeline parses (the
fast pass choosing sentences), then every coding stage (actors, quotes, when,
where, events).  The publication date is the one in the file name
(``outlet_YYYY-MM-DD_slug.txt``).

Coding 840 articles takes minutes, so the coded records are kept in a JSON
Lines cache outside the repository, one file per *code version*: a hash of the
coding stages' source and data files and of the spaCy model's name and
version.  Any change to the code or its dictionaries gives a new version, so a
cached record is always the current code's output.

The judging sheet (text shown to the coder) is written to a temporary file
outside the repository; the judgement file (TSV, see :mod:`.audit_tsv`) keeps
only the article path, offsets, codes and judgements, never the text.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import tempfile
from pathlib import Path

from .audit_tsv import sentence_sha
from .polnear import document_from_text, make_stages, run_documents
from .shared import shared_path

_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
# Parts of the package that do not change what an article is coded as.
_NOT_CODING = {"evaluate", "web", "store", "run", "__pycache__"}


def data_dir() -> Path:
    return shared_path("eval", "polnear", "data")


def article_date(path: str | Path) -> str | None:
    m = _DATE.search(Path(path).name)
    return m.group(1) if m else None


def code_version() -> str:
    """A hash of everything that decides the coding: stage sources and data, the model."""
    import spacy

    from ..settings import Settings

    pkg = Path(__file__).resolve().parents[1]
    h = hashlib.sha1()
    for p in sorted(pkg.rglob("*")):
        rel = p.relative_to(pkg)
        if not p.is_file() or rel.parts[0] in _NOT_CODING or rel.name == "cli.py" or p.suffix == ".pyc":
            continue
        h.update(str(rel).encode())
        h.update(p.read_bytes())
    h.update(f"{Settings().model} {spacy.__version__}".encode())
    return h.hexdigest()[:12]


def cache_file(version: str | None = None) -> Path:
    root = Path(os.environ.get("EVENTWIRE_AUDIT_CACHE") or Path(tempfile.gettempdir()) / "eventwire-audit")
    root.mkdir(parents=True, exist_ok=True)
    return root / f"polnear-{version or code_version()}.jsonl"


def _compact(rel: str, art: dict) -> dict:
    """What the audit needs of a record (offsets into the file's text)."""
    return {
        "path": rel,
        "sentences": [(s["start"], s["end"]) for s in art["sentences"]],
        "actors": {a["id"]: {"name": a["name"], "code": a["code"],
                             "mentions": [(m["start"], m["end"]) for m in a.get("mentions", [])]}
                   for a in art["actors"]},
        "events": [{k: e.get(k) for k in ("sentence", "source", "target", "cameo", "cameo_name", "negated",
                                          "hypothetical", "trigger", "rule")} for e in art["events"]],
        "quotes": [{k: q.get(k) for k in ("kind", "content", "parts", "speaker", "cue", "sentence", "part_of")}
                   for q in art["quotes"]],
    }


def code_articles(rels: list[str], batch: int = 16, settings=None, say=None) -> list[dict]:
    """Code articles (paths relative to the PolNeAR data folder), in batches."""
    from ..pipeline import CODING_STAGES

    root = data_dir()
    stages = make_stages(CODING_STAGES, settings)
    out = []
    for i in range(0, len(rels), batch):
        chunk = rels[i:i + batch]
        docs = [document_from_text((root / r).read_text(encoding="utf-8"), article_date(r)) for r in chunk]
        run_documents(docs, stages, settings=settings)
        out.extend(_compact(r, d.article.to_dict()) for r, d in zip(chunk, docs))
        if say:
            say(f"coded {min(i + batch, len(rels))}/{len(rels)}")
    return out


def coded(rels: list[str], say=None) -> dict[str, dict]:
    """Records for ``rels`` by path: from the current version's cache, coding (and caching) the rest."""
    path = cache_file()
    have: dict[str, dict] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:  # a line cut by an interrupted run
                continue
            have[rec["path"]] = rec
    todo = [r for r in dict.fromkeys(rels) if r not in have]
    if todo:
        with open(path, "a", encoding="utf-8") as f:
            for i in range(0, len(todo), 64):
                for rec in code_articles(todo[i:i + 64], say=say):
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    have[rec["path"]] = rec
                f.flush()
    return {r: have[r] for r in rels}


def train_articles() -> list[str]:
    root = data_dir()
    return [str(p.relative_to(root)) for p in sorted((root / "train" / "text").glob("*.txt"))]


# -- items and the sample -----------------------------------------------------

def _codes(parts: list[dict]) -> str:
    return "|".join(p["code"] or "-" for p in parts) or "-"


def _first_mentions(rec: dict, parts: list[dict]) -> str:
    out = []
    for p in parts:
        m = rec["actors"].get(p.get("actor"), {}).get("mentions") or []
        out.append(f"{m[0][0]}-{m[0][1]}" if m else "-")
    return "|".join(out) or "-"


def event_items(rec: dict, text: str) -> list[dict]:
    out = []
    for e in rec["events"]:
        s, t = rec["sentences"][e["sentence"]]
        out.append({"path": rec["path"], "sent_start": s, "sent_end": t, "sent_sha": sentence_sha(text[s:t]),
                    "cameo": e["cameo"], "source": _codes(e["source"]), "target": _codes(e["target"]),
                    "trigger_start": e["trigger"]["start"], "trigger_end": e["trigger"]["end"],
                    "negated": int(bool(e["negated"])), "hypothetical": int(bool(e["hypothetical"])),
                    "source_at": _first_mentions(rec, e["source"]), "target_at": _first_mentions(rec, e["target"]),
                    "_event": e})
    return out


def _parts(q: dict) -> list[tuple[int, int]]:
    return [(p["start"], p["end"]) for p in (q.get("parts") or [q["content"]])]


def quote_items(rec: dict, text: str) -> list[dict]:
    out = []
    for q in rec["quotes"]:
        s, t = rec["sentences"][q["sentence"]]
        sp = q["speaker"] or {}
        span = sp.get("span") or {}
        actor = rec["actors"].get(sp.get("actor")) if sp.get("actor") else None
        first = actor["mentions"][0] if actor and actor["mentions"] else (None, None)
        out.append({"path": rec["path"], "sent_start": s, "sent_end": t, "sent_sha": sentence_sha(text[s:t]),
                    "kind": q["kind"], "content": ";".join(f"{a}-{b}" for a, b in _parts(q)),
                    "speaker_start": span.get("start", ""), "speaker_end": span.get("end", ""),
                    "speaker_code": actor["code"] if actor else "-",
                    "actor_start": first[0] if first[0] is not None else "",
                    "actor_end": first[1] if first[1] is not None else "", "_quote": q})
    return out


def draw(kind: str, n: int, seed: int, say=None) -> tuple[list[dict], dict[str, str], dict[str, dict], int]:
    """``n`` items of ``kind`` drawn at random (seeded) from all coded train articles;
    also the texts and records of their articles and the size of the pool."""
    rels = train_articles()
    recs = coded(rels, say=say)
    root = data_dir()
    texts, pool = {}, []
    for r in rels:
        texts[r] = (root / r).read_text(encoding="utf-8")
        pool.extend((event_items if kind == "events" else quote_items)(recs[r], texts[r]))
    sample = random.Random(seed).sample(pool, min(n, len(pool)))
    for i, item in enumerate(sample, 1):
        item["n"] = i
    return sample, {r: texts[r] for r in {x["path"] for x in sample}}, recs, len(pool)


# -- the judging sheet (text for the coder; never written into the repository) -

def _mark(text: str, s: int, e: int, spans: list[tuple[int, int, str, str]]) -> str:
    out, cur = [], s
    for a, b, left, right in sorted(x for x in spans if s <= x[0] < e):
        if a < cur:
            continue
        out += [text[cur:a], left, text[a:b], right]
        cur = b
    out.append(text[cur:e])
    return " ".join("".join(out).split())


def _actor_text(rec: dict, parts: list[dict], text: str) -> str:
    names = []
    for p in parts:
        a = rec["actors"].get(p.get("actor"), {})
        names.append(f"{p['code']}={a.get('name', '?')}")
    return ", ".join(names) or "(none)"


def sheet(kind: str, sample: list[dict], texts: dict[str, str], recs: dict[str, dict]) -> str:
    lines = []
    for it in sample:
        text, rec = texts[it["path"]], recs[it["path"]]
        s, t = it["sent_start"], it["sent_end"]
        prev = [x for x in rec["sentences"] if x[1] <= s][-1:]
        lines.append(f"#{it['n']} {it['path']} {s}-{t}")
        if prev:
            lines.append("  prev: " + " ".join(text[prev[0][0]:prev[0][1]].split()))
        if kind == "events":
            e = it["_event"]
            spans = [(it["trigger_start"], it["trigger_end"], "[[", "]]")]
            for p in e["source"] + e["target"]:
                for a, b in rec["actors"].get(p["actor"], {}).get("mentions", []):
                    if s <= a < t:
                        spans.append((a, b, "<", ">"))
            lines.append("  sent: " + _mark(text, s, t, spans))
            flags = ("NEG " if e["negated"] else "") + ("HYP" if e["hypothetical"] else "")
            lines.append(f"  => {e['cameo']} {e['cameo_name']} | src {_actor_text(rec, e['source'], text)}"
                         f" | tgt {_actor_text(rec, e['target'], text)} {flags} ({e['rule']})")
        else:
            q = it["_quote"]
            parts = _parts(q)
            a0, b0 = parts[0][0], parts[-1][1]
            para_s = min(s, a0)
            para_e = max(t, b0)
            spans = [(a, b, "⟦", "⟧") for a, b in parts]
            sp = q["speaker"] or {}
            if sp.get("span"):
                spans.append((sp["span"]["start"], sp["span"]["end"], "«", "»"))
            lines.append("  text: " + _mark(text, para_s, para_e, spans))
            actor = rec["actors"].get(sp.get("actor")) if sp.get("actor") else None
            lines.append(f"  => {q['kind']} speaker {sp.get('name')!r} actor "
                         f"{(actor or {}).get('code', '-')}={(actor or {}).get('name', '-')}"
                         f" cue {(q.get('cue') or {}).get('text')!r}")
        lines.append("")
    return "\n".join(lines)


def write_sheet(kind: str, n: int, seed: int, out: str | None = None, say=None) -> tuple[Path, Path, int]:
    """Write the judging sheet (temp dir) and a judgement template (``out``); return their paths."""
    from .audit_tsv import write_rows

    sample, texts, recs, pool = draw(kind, n, seed, say=say)
    tmp = Path(tempfile.gettempdir()) / "eventwire-audit"
    tmp.mkdir(parents=True, exist_ok=True)
    sheet_path = tmp / f"sheet-{kind}-seed{seed}.txt"
    sheet_path.write_text(sheet(kind, sample, texts, recs), encoding="utf-8")
    tsv = Path(out) if out else tmp / f"{kind}-seed{seed}.tsv"
    write_rows(tsv, kind, [{k: v for k, v in it.items() if not k.startswith("_")} for it in sample])
    return sheet_path, tsv, pool

