"""Attribution scoring on the PolNeAR dev split (quotes stage).

Each text is coded as one article whose body is the text itself (so that
offsets are the gold offsets): sentences split, parsed as the pipeline parses
them (the fast pass choosing sentences unless switched off), then the actors
and quotes stages.  Predicted quotes are matched to gold Attribution
relations by content overlap, one to one, separately for direct quotations
(gold content opens with a quote mark; predicted kind direct or partial) and
indirect ones, under two rules reported side by side:

* ``two-sided`` (the rule of ``../shared/eval/README.md``): the shared tokens
  cover at least half of the gold content AND half of the predicted content,
  so a span that swallows its attribution or the next quotation is a miss;
* ``one-sided`` (the older rule): half of the gold content covered.

Nested partial quotations are left out of the direct count: a few quoted
words inside a reported clause (a ``partial`` quote with ``part_of``, e.g.
``she said the plan was "dead on arrival"``) belong to the indirect
attribution that holds them, because PolNeAR labels each token once and its
gold content for that sentence is the whole clause, which opens without a
quote mark (an indirect relation).  Counting them as direct predictions too
would score the same words twice.  Partial quotations with no host clause
stay in the direct count.

Reported: content F1 (overlap and exact span, ignoring quote marks and
punctuation at the ends), source F1 (the predicted speaker span overlaps the
gold Source, or a mention of the resolved actor does) and cue F1 (the cue
spans overlap).  Where an article has several annotation files, the first
(sorted by name) is used.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from ..record import Article, Document
from .shared import shared_path
_QUOTE_OPEN = "\"“”‘'«„"
_TOK = re.compile(r"\w+")
_TRIM = " \t\n.,;:!?\"“”‘’'«»—–-"


# -- building documents straight from text (offsets kept) ---------------------

def document_from_text(text: str, published: str | None = None) -> Document:
    """A Document whose body is ``text`` unchanged: paragraphs are its lines."""
    from ..parse import split_sentences

    paras = [{"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)]
    art = Article(body=text, paragraphs=paras, published=published, language="en")
    doc = Document(article=art)
    split_sentences(doc)
    return doc


def make_stages(names=("actors", "quotes"), settings=None) -> list[tuple[str, object]]:
    """The named coding stages that exist (a missing ``make_stage`` is skipped)."""
    import importlib

    from ..settings import Settings

    settings = settings or Settings()
    out = []
    for name in names:
        make = getattr(importlib.import_module(f"eventwire.{name}"), "make_stage", None)
        if make is not None:
            out.append((name, make(settings)))
    return out


def run_documents(docs: list[Document], stages, timings: dict | None = None, parse: bool = True,
                  settings=None):
    """Parse ``docs`` as the pipeline would (the fast pass chooses the sentences
    unless ``settings.fast_pass`` is off) then run ``stages``; add seconds to ``timings``."""
    from ..parse import Parser
    from ..scan import make_selector
    from ..settings import Settings

    settings = settings or Settings()
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    if parse:
        select = make_selector(settings) if settings.fast_pass else None
        Parser(settings.model, settings.batch_size, select, settings.exclude, settings.fast_rules)(docs)
    timings["parse"] = timings.get("parse", 0.0) + time.perf_counter() - t
    for name, stage in stages:
        t = time.perf_counter()
        for d in docs:
            stage(d)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - t
    return docs


# -- gold ---------------------------------------------------------------------

def read_ann(path: Path) -> list[dict]:
    """Attribution relations of a brat file: {content, source, cue} as span lists."""
    spans: dict[str, list[tuple[int, int]]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            rels.append(roles)
    out = []
    for roles in rels:
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        out.append({"content": content, "source": spans.get(roles.get("Source", "")) or [],
                    "cue": spans.get(roles.get("Cue", "")) or []})
    return out


def train_part(name: str) -> str:
    """``read`` or ``score``: the half of the train split an article falls in.

    A seeded hash of the article name, so that the half developed on (read)
    and the half only scored never mix."""
    import hashlib

    digest = hashlib.sha1(f"eventwire-polnear:{name}".encode()).digest()
    return "read" if digest[0] % 2 == 0 else "score"


def load_split(data_dir: Path, limit: int | None = None, part: str | None = None
               ) -> list[tuple[str, str, list[dict]]]:
    """(name, text, gold relations) per article (only the ``part`` half when given)."""
    texts = sorted((data_dir / "text").glob("*.txt"))
    if part:
        texts = [t for t in texts if train_part(t.stem) == part]
    texts = texts[:limit]
    anns = sorted((data_dir / "attributions").glob("*.ann"))
    out = []
    for t in texts:
        first = next((a for a in anns if a.name.startswith(t.stem + "_")), None)
        if first is None:
            continue
        out.append((t.stem, t.read_text(encoding="utf-8"), read_ann(first)))
    return out


# -- scoring ------------------------------------------------------------------

def _tokens(text: str, spans) -> set[int]:
    out = set()
    for s, e in spans:
        out.update(m.start() for m in _TOK.finditer(text, s, e))
    return out


def _trimmed(text: str, spans) -> tuple[int, int]:
    s, e = spans[0][0], spans[-1][1]
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlaps(a, b) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def _pred_spans(q: dict):
    parts = q.get("parts") or [q["content"]]
    return [(p["start"], p["end"]) for p in parts]


RULES = ("two-sided", "one-sided")
_COUNT_KEYS = ("gold", "pred", "match", "exact", "source", "cue", "gold_src", "gold_cue", "pred_src", "pred_cue")


def new_counts() -> dict:
    return {g: dict.fromkeys(_COUNT_KEYS, 0) for g in ("direct", "indirect")}


def _matches(gt: set, pt: set, rule: str) -> bool:
    shared = len(gt & pt)
    if not gt or shared < 0.5 * len(gt):
        return False
    return rule == "one-sided" or (bool(pt) and shared >= 0.5 * len(pt))


def _score_article(text: str, gold: list[dict], quotes: list[dict], actors: list[dict], counts: dict,
                   rule: str = "two-sided", nested: bool = False):
    mentions = {a["id"]: [(m["start"], m["end"]) for m in a.get("mentions", [])] for a in actors}
    for group in ("direct", "indirect"):
        g = [x for x in gold if (text[x["content"][0][0]:x["content"][0][0] + 1] in _QUOTE_OPEN) == (group == "direct")]
        if group == "direct":
            p = [q for q in quotes if q["kind"] in ("direct", "partial") and (nested or "part_of" not in q)]
        else:
            p = [q for q in quotes if q["kind"] == "indirect"]
        c = counts[group]
        c["gold"] += len(g)
        c["pred"] += len(p)
        c["gold_src"] += sum(1 for x in g if x["source"])
        c["gold_cue"] += sum(1 for x in g if x["cue"])
        gtok = [_tokens(text, x["content"]) for x in g]
        ptok = [_tokens(text, _pred_spans(q)) for q in p]
        pairs = []
        for i, gt in enumerate(gtok):
            for j, pt in enumerate(ptok):
                if _matches(gt, pt, rule):
                    pairs.append((len(gt & pt) / len(gt | pt), i, j))
        pairs.sort(reverse=True)
        gi, pj = set(), set()
        for _, i, j in pairs:
            if i in gi or j in pj:
                continue
            gi.add(i)
            pj.add(j)
            c["match"] += 1
            gx, q = g[i], p[j]
            if _trimmed(text, gx["content"]) == _trimmed(text, _pred_spans(q)):
                c["exact"] += 1
            sp = q["speaker"]
            spk = [(sp["span"]["start"], sp["span"]["end"])] if sp.get("span") else []
            spk += mentions.get(sp.get("actor"), []) if sp.get("actor") else []
            if gx["source"] and spk and _overlaps(spk, gx["source"]):
                c["source"] += 1
            if gx["cue"] and q.get("cue") and _overlaps([(q["cue"]["start"], q["cue"]["end"])], gx["cue"]):
                c["cue"] += 1
        c["pred_src"] += sum(1 for q in p if q["speaker"].get("span") or q["speaker"].get("actor"))
        c["pred_cue"] += sum(1 for q in p if q.get("cue"))


def _f1(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "pred": npred, "gold": ngold}


def _measures(counts: dict) -> dict:
    out = {}
    for group, c in counts.items():
        out[group] = {
            "content_overlap": _f1(c["match"], c["pred"], c["gold"]),
            "content_exact": _f1(c["exact"], c["pred"], c["gold"]),
            "source": _f1(c["source"], c["pred"], c["gold_src"]),
            "cue": _f1(c["cue"], c["pred"], c["gold_cue"]),
        }
    return out


def score_documents(items, docs) -> dict:
    """Measures of coded ``docs`` against ``items`` (name, text, gold), under both rules.

    The two-sided rule's measures are at the top level (``direct``,
    ``indirect``); ``rules`` holds both."""
    rules = {}
    for rule in RULES:
        counts = new_counts()
        for (_, text, gold), d in zip(items, docs):
            _score_article(text, gold, d.article.quotes, d.article.actors, counts, rule)
        rules[rule] = _measures(counts)
    nested = sum(1 for d in docs for q in d.article.quotes if q["kind"] == "partial" and "part_of" in q)
    counts = new_counts()  # the stricter count: nested partial quotations as direct predictions too
    for (_, text, gold), d in zip(items, docs):
        _score_article(text, gold, d.article.quotes, d.article.actors, counts, "two-sided", nested=True)
    return {"articles": len(items), "rules": rules, "nested_partial_left_out": nested,
            "direct_with_nested": _measures(counts)["direct"], **rules["two-sided"]}


def score(data_dir: str | Path | None = None, limit: int | None = None, stages=None, settings=None,
          split: str = "dev", part: str | None = None) -> dict:
    """Score the quotes stage on PolNeAR (the dev split by default; ``split="train"``
    with ``part`` ``read`` or ``score`` for one half of train)."""
    data_dir = Path(data_dir) if data_dir else shared_path("eval", "polnear", "data", split)
    items = load_split(data_dir, limit, part)
    docs = [document_from_text(text) for _, text, _ in items]
    timings: dict = {}
    run_documents(docs, stages if stages is not None else make_stages(settings=settings), timings,
                  settings=settings)
    result = score_documents(items, docs)
    result["split"] = split + (f" ({part} half)" if part else "")
    result["timings"] = {k: round(v, 2) for k, v in timings.items()}
    return result


def format_table(result: dict) -> str:
    lines = [f"PolNeAR attribution, {result.get('split', 'dev')}, {result['articles']} articles",
             f"{'rule':<10} {'group':<9} {'measure':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for rule in RULES:
        for group in ("direct", "indirect"):
            for measure, m in result["rules"][rule][group].items():
                lines.append(f"{rule:<10} {group:<9} {measure:<16} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                             f"{m['f1']:>6.3f} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5}")
    lines.append("two-sided: shared tokens cover >= 50% of the gold AND of the predicted content "
                 "(../shared/eval/README.md); one-sided: >= 50% of the gold content only.")
    lines.append(f"Left out of the direct count: {result.get('nested_partial_left_out', 0)} partial quotations "
                 "nested in a reported clause (part_of); PolNeAR labels each token once, so their words "
                 "belong to the indirect relation that holds them.")
    if "direct_with_nested" in result:
        m = result["direct_with_nested"]
        lines.append(f"Counting them as direct predictions too (two-sided): direct content F1 "
                     f"{m['content_overlap']['f1']:.3f}, source F1 {m['source']['f1']:.3f}.")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m eventwire.evaluate.polnear [limit]
    import sys

    print(format_table(score(limit=int(sys.argv[1]) if len(sys.argv) > 1 else None)))
