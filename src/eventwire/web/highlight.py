"""An article body as HTML with its actors, event triggers, places, dates and
quotations marked (in the manner of spaCy's displaCy).

Spans may overlap (a quotation holds actor mentions and triggers), so the body
is cut at every span boundary and each piece is wrapped in the quotation that
covers it (outer layer) and the one mark of the highest priority (inner
layer); a mark cut by a quotation boundary becomes two elements with the same
``data-ref``.  Everything from the text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

# where inner marks overlap, the first kind here wins: an actor named inside a long trigger
# phrase stays an actor, and a trigger that is also a quotation cue shows as the trigger
PRIORITY = {"actor": 0, "place": 1, "time": 2, "trigger": 3, "cue": 4}


@dataclass
class Mark:
    start: int
    end: int
    kind: str      # trigger | actor | place | time | cue | quote
    ref: str       # id(s) of what it marks, space-separated
    label: str     # short code shown after the words
    title: str     # hover text


def _fmt_goldstein(g) -> str:
    return f"{g:+.1f}" if isinstance(g, (int, float)) else "?"


def marks(rec: dict) -> list[Mark]:
    actors = {a["id"]: a for a in rec.get("actors") or []}
    out: list[Mark] = []
    for a in actors.values():
        for m in a.get("mentions") or []:
            out.append(Mark(m["start"], m["end"], "actor", a["id"], a.get("code") or "",
                            f"{a.get('name')} · {a.get('code')}"))
    by_span: dict[tuple[int, int], list[dict]] = {}
    for e in rec.get("events") or []:
        t = e.get("trigger")
        if t and t.get("end", 0) > t.get("start", 0):
            by_span.setdefault((t["start"], t["end"]), []).append(e)
    for (s, t), evs in by_span.items():
        codes = sorted({e.get("cameo") or "" for e in evs})
        title = "; ".join(f"CAMEO {e.get('cameo')} {e.get('cameo_name') or ''} · "
                          f"{(e.get('plover') or {}).get('event') or ''} · Goldstein "
                          f"{_fmt_goldstein(e.get('goldstein'))}" for e in evs)
        out.append(Mark(s, t, "trigger", " ".join(e["id"] for e in evs), "/".join(codes), title))
    for p in rec.get("places") or []:
        for m in p.get("mentions") or []:
            out.append(Mark(m["start"], m["end"], "place", p["id"], p.get("country") or "",
                            f"{p.get('name')} ({p.get('country') or '?'})"))
    for i, t in enumerate(rec.get("times") or []):
        sp = t.get("span") or {}
        if sp:
            out.append(Mark(sp["start"], sp["end"], "time", f"t{i}", t.get("value") or "",
                            f"date: {t.get('value')}"))
    for q in rec.get("quotes") or []:
        c = q.get("content")
        sp = q.get("speaker") or {}
        who = sp.get("name") or (actors.get(sp.get("actor")) or {}).get("name") or "unattributed"
        for c in q.get("parts") or ([c] if c else []):  # the pieces, not the span over the cue
            out.append(Mark(c["start"], c["end"], "quote", q["id"], "", f"{q.get('kind')} quote · {who}"))
        if q.get("cue"):
            cue = q["cue"]
            out.append(Mark(cue["start"], cue["end"], "cue", q["id"], "", f"quote cue · {who}"))
    return [m for m in out if m.end > m.start]


def _piece(text: str, x: int, y: int, quote: Mark | None, inner: Mark | None, label: bool,
           joins: str = "") -> str:
    html = str(escape(text[x:y]))
    if inner is not None:
        lbl = f'<span class="lbl">{escape(inner.label)}</span>' if label and inner.label else ""
        html = (f'<mark class="ann {inner.kind}{joins}" data-kind="{inner.kind}" data-ref="{escape(inner.ref)}" '
                f'title="{escape(inner.title)}">{html}{lbl}</mark>')
    if quote is not None:
        html = (f'<span class="quote" data-kind="quote" data-ref="{escape(quote.ref)}" '
                f'title="{escape(quote.title)}">{html}</span>')
    return html


def render(rec: dict) -> list[Markup]:
    """The body as a list of HTML paragraphs with every mark in place."""
    body = rec.get("body") or ""
    paragraphs = rec.get("paragraphs") or [{"start": 0, "end": len(body)}]
    ms = marks(rec)
    out = []
    for p in paragraphs:
        ps, pe = p["start"], p["end"]
        inside = [m for m in ms if m.start < pe and m.end > ps]
        cuts = sorted({ps, pe} | {c for m in inside for c in (m.start, m.end) if ps < c < pe})
        pieces = []
        for x, y in zip(cuts, cuts[1:]):
            cover = [m for m in inside if m.start <= x and m.end >= y]
            quote = next((m for m in cover if m.kind == "quote"), None)
            inner = min((m for m in cover if m.kind != "quote"), default=None,
                        key=lambda m: (PRIORITY[m.kind], m.end - m.start))
            pieces.append((x, y, quote, inner))
        # a mark's code label goes after the last piece it shows in
        last = {id(inner): i for i, (_, _, _, inner) in enumerate(pieces) if inner is not None}
        html = []
        for i, (x, y, q, inner) in enumerate(pieces):
            # pieces of one mark cut apart by a quotation boundary are drawn as one
            joins = ""
            if inner is not None and i and pieces[i - 1][3] is inner:
                joins += " join-l"
            if inner is not None and i + 1 < len(pieces) and pieces[i + 1][3] is inner:
                joins += " join-r"
            html.append(_piece(body, x, y, q, inner, last.get(id(inner)) == i, joins))
        out.append(Markup("".join(html)))
    return out
