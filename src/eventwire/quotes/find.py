"""Finding the quotations of one document: marks, cues, reported speech, records."""

from __future__ import annotations

import bisect

from ..record import Document, span
from .attribute import Cue, parse_cues
from .content import is_question_asked, reports_content
from .lexicon import Lexicon, load
from .marks import Quoted, find_quoted, word_count
from .referents import subject_referents
from .speaker import ActorIndex, continuation, head, resolve
from .textcues import adjacent_cue, before_cue, colon_cue, dash_cue, text_cues

_MERGE_GAP_WORDS = 25
_MIN_INDIRECT_WORDS = 3


def _sentence_cues(doc: Document, lex: Lexicon) -> list[Cue]:
    art = doc.article
    out: list[Cue] = []
    for i, s in enumerate(art.sentences):
        parsed = doc.parsed.get(i)
        if parsed is not None:
            out.extend(parse_cues(parsed, s["start"], art.body, i, lex))
        else:
            out.extend(text_cues(art.body, s["start"], s["end"], i, lex))
    return out


def _cues_around(doc: Document, quoted: list[Quoted], cues: list[Cue], lex: Lexicon) -> list[Cue]:
    """Cues written right next to the quotation marks (``"…," said X``,
    ``X said: "…"``), found on the text, where no cue of the sentence has them."""
    art, body = doc.article, doc.article.body
    out: list[Cue] = []
    for n, q in enumerate(quoted):
        s = art.sentence_at(q.open_mark)
        if s is None:
            continue
        e = art.sentence_at(q.outer[1] - 1)
        e = s if e is None else e
        limit = quoted[n + 1].open_mark if n + 1 < len(quoted) else len(body)
        par_end = body.find("\n", q.outer[1])
        limit = min(limit, par_end if par_end >= 0 else len(body), art.sentences[e]["end"] + 1)
        start = art.sentences[s]["start"]
        if start == q.open_mark and s > 0 and body[art.sentences[s - 1]["start"]:art.sentences[s - 1]["end"]].rstrip().endswith((":", ",")):
            start = art.sentences[s - 1]["start"]  # "Caddell continued:" then the quotation
        prev_end = quoted[n - 1].outer[1] if n > 0 else 0
        found = [adjacent_cue(body, q.outer[1], limit, e, lex),
                 before_cue(body, max(start, prev_end), q.open_mark, s, lex)
                 or colon_cue(body, max(start, prev_end), q.open_mark, s)]
        for c in found:
            if c is not None and not any(_overlap(c.cue, d.cue) for d in cues + out):
                out.append(c)
    return out


def _merge_split(body: str, quoted: list[Quoted], cues: list[Cue]) -> list[Quoted]:
    """Join the pieces of one quotation interrupted by its cue.

    ``"We will not," she said, "accept this."`` and ``"…," said Kidd, a
    scientist. "More."`` are one quotation each: consecutive quotations in a
    paragraph whose gap is short and holds a cue (or nothing but
    punctuation), where the second piece has no cue of its own.
    """
    out: list[Quoted] = []
    for n, q in enumerate(quoted):
        if out:
            p = out[-1]
            a, b = p.outer[1], q.open_mark
            gap = body[a:b]
            gap_cue = any(a <= c.cue[0] < b for c in cues)
            nxt = quoted[n + 1].open_mark if n + 1 < len(quoted) else len(body)
            par_end = body.find("\n", q.outer[1])
            own_end = min(nxt, par_end if par_end >= 0 else len(body))
            own_cue = any(q.outer[1] <= c.cue[0] < own_end for c in cues)
            if "\n" not in gap and b >= a and word_count(gap) <= _MERGE_GAP_WORDS \
                    and (gap_cue or word_count(gap) == 0) and not own_cue:
                p.parts.extend(q.parts)
                p.end, p.close_mark, p.close_width = q.end, q.close_mark, q.close_width
                continue
        out.append(q)
    return out


def _is_partial(body: str, q: Quoted, sent_start: int, lex: Lexicon) -> bool:
    before = body[sent_start:q.open_mark].rstrip()
    if not before:
        return False
    last = before[-1]
    if last in ":—―–-(.!?…":
        return False  # introduced by a colon or a dash, or opening a sentence
    words = before.split()
    prev = words[-1].lower().strip(",") if words else ""
    content = body[q.start:q.end]
    if last == ",":
        if prev.rstrip(",") == "that":
            return True  # "said that, “Of course …”": the quotation opens the reported clause
        return content[:1].islower() and prev.rstrip(",") not in lex.cue_forms
    return prev not in lex.cue_forms or content[:1].islower()


def _best_cue(cues: list[Cue], cands: list[int], q: Quoted, marked) -> int | None:
    """The cue of a quotation: one whose clause holds it, else the nearest with no other quotation between."""
    best, best_key = None, None
    o, e = q.outer
    for k in cands:
        c = cues[k]
        if (c.content and _overlap(c.content, (q.start, q.end)) > 0) or o <= c.cue[0] < e:
            key = (0, 0)
        else:
            lo, hi = (c.cue[1], o) if c.cue[1] <= o else (e, c.cue[0])
            if any(lo <= m[0] and m[1] <= hi for m in marked):
                continue  # another quotation stands between
            key = (1, hi - lo)
        if best_key is None or key < best_key:
            best, best_key = k, key
    return best


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def find_quotes(doc: Document, lex: Lexicon | None = None, keep_unattributed: bool = False) -> list[dict]:
    """The quote records of ``doc`` (its actors must be filled for speakers to resolve)."""
    lex = lex or load()
    art = doc.article
    body = art.body
    if not art.sentences:
        return []
    cues = _sentence_cues(doc, lex)
    quoted = find_quoted(body, art.paragraphs)
    marked = [q.outer for q in quoted]  # before merging: the cue of a split quote is between
    cues = [c for c in cues if not _inside(c.cue[0], marked)]
    cues += _cues_around(doc, quoted, cues, lex)
    quoted = _merge_split(body, quoted, cues)
    used: set[int] = set()
    items = _join_paragraphs(art, _marked_items(doc, quoted, cues, marked, used, lex))
    mentions = [(m["start"], m["end"]) for a in art.actors for m in a.get("mentions", [])]
    items += _reported_items(body, cues, items, used, mentions, lex)
    return _records(doc, items, keep_unattributed, lex)


def _sent_of(art, pos: int) -> int:
    s = art.sentence_at(pos)
    if s is None:  # between sentences: the next one
        s = next((k for k, x in enumerate(art.sentences) if x["start"] >= pos), len(art.sentences) - 1)
    return s


def _marked_items(doc: Document, quoted: list[Quoted], cues: list[Cue], marked, used: set[int],
                  lex: Lexicon) -> list[dict]:
    """Quotations in marks, each with its cue (private keys ``_q``, ``_cue``)."""
    art, body = doc.article, doc.article.body
    items: list[dict] = []

    def sent_of(pos: int) -> int:
        return _sent_of(art, pos)

    for q in quoted:
        first, last = sent_of(q.open_mark), sent_of(q.outer[1] - 1)
        cands = [k for k, c in enumerate(cues) if first <= c.sentence <= last]
        if first > 0 and body[art.sentences[first - 1]["start"]:art.sentences[first - 1]["end"]].rstrip().endswith(":"):
            cands += [k for k, c in enumerate(cues) if c.sentence == first - 1]  # "Caddell continued:"
        best = _best_cue(cues, cands, q, marked)
        cue = cues[best] if best is not None else None
        if cue is None or cue.speaker is None or _inside(cue.speaker[0], marked):
            end = art.sentences[last]["end"]
            near = adjacent_cue(body, q.outer[1], end, last, lex) or dash_cue(body, q.outer[1], last)
            if near is not None:
                cue, best = near, None
            elif cue is not None and cue.speaker is not None and _inside(cue.speaker[0], marked):
                cue, best = None, None  # a name inside the quotation ("…, Mr. President") is no speaker
        partial = _is_partial(body, q, art.sentences[first]["start"], lex)
        if best is not None and not partial:
            used.add(best)
        items.append({"_q": q, "_cue": cue, "_cue_k": best, "kind": "partial" if partial else "direct",
                      "start": q.start, "end": q.end, "sentence": sent_of(q.start)})
    return items


def _join_paragraphs(art, items: list[dict]) -> list[dict]:
    """A quotation that opens the next paragraph with no cue of its own runs on the
    attributed quotation that ends the paragraph before (the speech goes on):
    ``"…," Kidd said.`` ¶ ``"More of the speech."`` is one quotation in parts."""
    pars = [p["start"] for p in art.paragraphs]
    out: list[dict] = []
    for it in items:
        prev = out[-1] if out else None
        q = it["_q"]
        if prev is not None and prev["kind"] == it["kind"] == "direct" and _par_index(pars, q.open_mark) \
                == _par_index(pars, prev["_q"].parts[-1][0]) + 1 and art.paragraphs[_par_index(pars, q.open_mark)]["start"] \
                == q.open_mark and (it["_cue"] is None or it["_cue"].speaker is None) \
                and prev["_cue"] is not None and prev["_cue"].speaker is not None:
            p = prev["_q"]
            p.parts.extend(q.parts)
            p.end, p.close_mark, p.close_width = q.end, q.close_mark, q.close_width
            prev["end"] = q.end
            continue
        out.append(it)
    return out


def _par_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _reported_items(body: str, cues: list[Cue], marked_items: list[dict], used: set[int],
                    mentions: list[tuple[int, int]], lex: Lexicon) -> list[dict]:
    """Reported speech: cues with a content clause (or a stance object that says
    something), not used by a quotation, outermost first."""
    items: list[dict] = []
    direct_spans = [(it["start"], it["end"]) for it in marked_items if it["kind"] == "direct"]
    cand = []
    for k, c in enumerate(cues):
        if k in used or c.content is None or (c.speaker is None and c.kind != "according"):
            continue
        if word_count(body[c.content[0]:c.content[1]]) < (1 if c.kind == "stance" else _MIN_INDIRECT_WORDS):
            continue
        if c.kind == "stance" and not reports_content(body, *c.content, mentions, lex, c.lemma):
            continue
        if is_question_asked(body, *c.content, c.lemma, lex):
            continue
        if c.kind == "according" and c.speaker is not None and (h := head(body, *c.speaker, lex)) \
                and body[h[0]:h[1]].lower() in lex.according_not_sources:
            continue  # "according to plan"
        size = c.content[1] - c.content[0]
        if any(_overlap(c.content, d) > size / 2 for d in direct_spans):
            continue
        cand.append(k)
    # outermost first: a cue inside an accepted report is part of what was reported
    accepted: list[int] = []
    for k in sorted(cand, key=lambda k: cues[k].content[0] - cues[k].content[1]):
        if not any(cues[j].content[0] <= cues[k].cue[0] < cues[j].content[1] for j in accepted):
            accepted.append(k)
    for k in sorted(accepted):
        c = cues[k]
        items.append({"_q": None, "_cue": c, "_cue_k": k, "kind": "indirect", "_parts": c.parts,
                      "start": c.content[0] if not c.parts else c.parts[0][0],
                      "end": c.content[1] if not c.parts else c.parts[-1][1], "sentence": c.sentence})
    return items


def _records(doc: Document, items: list[dict], keep_unattributed: bool, lex: Lexicon) -> list[dict]:
    """Contract records: speakers resolved to actors, partial quotations tied to their report."""
    art, body = doc.article, doc.article.body
    actors = ActorIndex(art.actors, art.published)
    quoted = [it["_q"].outer for it in items if it["_q"] is not None]
    for it in items:  # a trailing comma inside the marks is not part of what was said
        while it["end"] > it["start"] and body[it["end"] - 1] in ",;: \n":
            it["end"] -= 1
    items.sort(key=lambda it: (it["start"], it["kind"] != "indirect"))
    for n, it in enumerate(items, 1):
        it["id"] = f"q{n}"
    indirect = [it for it in items if it["kind"] == "indirect"]
    subjects = subject_referents(doc, range(len(art.sentences)), actors, quoted, lex)
    out: list[dict] = []
    seen: set[tuple] = set()
    for it in items:
        c: Cue | None = it["_cue"]
        if it["kind"] == "partial":
            host = next((h for h in indirect if h["start"] <= it["start"] < h["end"]), None)
            if host is not None:
                it["part_of"] = host["id"]
                c = host["_cue"]
        speaker = None
        if c is not None and c.speaker is not None:
            speaker = resolve(body, *c.speaker, actors, out, it["sentence"], lex, quoted,
                              _previous_subject(doc, it["sentence"], actors, quoted), subjects)
            if speaker is None and it["kind"] == "indirect":
                continue  # "Let's say …", "it is said …": no speaker, no report
        if speaker is None and it["kind"] != "indirect" and it["_q"] is not None:
            back = continuation(out, it["sentence"])
            q = it["_q"]
            starts_par = any(p["start"] >= q.open_mark - 1 and p["start"] <= q.open_mark for p in art.paragraphs)
            if back is not None and starts_par and (c is None or c.speaker is None):
                speaker = dict(back)
            elif not keep_unattributed:
                continue
        speaker = speaker or {"actor": None, "name": None, "span": None}
        key = (body[it["start"]:it["end"]].casefold(), speaker["actor"] or speaker["name"])
        if key in seen:
            continue
        seen.add(key)
        rec = {"id": it["id"], "kind": it["kind"], "content": span(body, it["start"], it["end"]),
               "speaker": speaker, "cue": span(body, *c.cue) if c is not None else None,
               "sentence": it["sentence"],
               "report": _report(c, lex)}
        q = it["_q"]
        if q is not None:
            rec["parts"] = [span(body, *_trim_part(body, s, e)) for s, e in q.parts]
        elif it.get("_parts"):
            rec["parts"] = [span(body, s, e) for s, e in it["_parts"]]
        if "part_of" in it:
            rec["part_of"] = it["part_of"]
        out.append(rec)
    return _renumber(out)


def _report(c: Cue | None, lex: Lexicon) -> str:
    """``speech``, ``stance`` (a position through its object) or ``belief`` ("knows that", "hopes to")."""
    if c is not None and c.lemma in lex.belief_verbs:
        return "belief"
    return "stance" if c is not None and c.kind == "stance" else "speech"


def _previous_subject(doc: Document, sentence: int, actors: ActorIndex, quoted) -> tuple | None:
    """(actor or None, name, sentence) of the named subject of the main verb of the sentence
    before, if parsed."""
    prev = sentence - 1
    parsed = doc.parsed.get(prev)
    if parsed is None or prev < 0:
        return None
    base = doc.article.sentences[prev]["start"]
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subj is None or subj.pos_ != "PROPN":
        return None
    s = base + subj.idx
    if _inside(s, quoted):
        return None
    first = min([subj.i] + [c.i for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    name = parsed[first:subj.i + 1].text
    return actors.at(s, s + len(subj.text)), name, prev


def _trim_part(body: str, s: int, e: int) -> tuple[int, int]:
    """A piece of a quotation without the comma or colon that hands over to the cue."""
    while e > s and body[e - 1] in ",;: \n":
        e -= 1
    return s, e


def _renumber(quotes: list[dict]) -> list[dict]:
    new = {q["id"]: f"q{n}" for n, q in enumerate(quotes, 1)}
    for q in quotes:
        q["id"] = new[q["id"]]
        if "part_of" in q:
            if q["part_of"] in new:
                q["part_of"] = new[q["part_of"]]
            else:
                del q["part_of"]
    return quotes
