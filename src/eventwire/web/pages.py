"""The explorer's HTML pages (Jinja2 templates; the pages fetch the JSON API
with plain JavaScript, except the article view, which is rendered here)."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markdown_it import MarkdownIt
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import incidents as incident_queries
from ..store import queries
from .highlight import render

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
# CommonMark without raw HTML: descriptions are ours, but nothing in them should become markup unescaped
_md = MarkdownIt("commonmark", {"html": False})
templates.env.filters["markdown"] = lambda text: Markup(_md.render(text or ""))

QUAD = queries.QUAD_NAMES


def _actor_label(actors: dict, refs: list[dict]) -> str:
    names = []
    for r in refs or []:
        a = actors.get(r.get("actor")) or {}
        names.append(f"{a.get('name') or r.get('actor')} ({r.get('code') or a.get('code') or '?'})")
    return " + ".join(names) or "—"


def quote_text(q: dict) -> str:
    """What the quotation says: its parts joined by an ellipsis (not the span over the cue)."""
    parts = q.get("parts") or ([q["content"]] if q.get("content") else [])
    return " … ".join(p["text"] for p in parts)


def article_context(rec: dict) -> dict:
    actors = {a["id"]: a for a in rec.get("actors") or []}
    places = {p["id"]: p for p in rec.get("places") or []}
    body = rec.get("body") or ""
    sentences = rec.get("sentences") or []
    events = []
    for e in rec.get("events") or []:
        s = e.get("sentence")
        sent = sentences[s] if isinstance(s, int) and 0 <= s < len(sentences) else None
        events.append({**e, "source_label": _actor_label(actors, e.get("source")),
                       "target_label": _actor_label(actors, e.get("target")),
                       "place_name": (places.get(e.get("place")) or {}).get("name"),
                       "quad_name": QUAD.get(e.get("quad_class"), ""),
                       "sentence_text": body[sent["start"]:sent["end"]] if sent else ""})
    quotes = []
    for q in rec.get("quotes") or []:
        sp = q.get("speaker") or {}
        a = actors.get(sp.get("actor")) or {}
        quotes.append({**q, "speaker_label": sp.get("name") or a.get("name") or "unattributed",
                       "speaker_code": a.get("code"), "text": quote_text(q)})
    return {"rec": rec, "label": queries.article_label(rec.get("title"), body, rec.get("id") or ""),
            "paragraphs": render(rec), "events": events, "quotes": quotes,
            "actors": sorted(actors.values(), key=lambda a: -len(a.get("mentions") or []))}


def api_endpoints(spec: dict) -> list[dict]:
    """The OpenAPI description as a flat list for the offline API page."""
    out = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description", ""),
                       "type": (p.get("schema") or {}).get("type") or " | ".join(
                           x.get("type", "") for x in (p.get("schema") or {}).get("anyOf", []) if x.get("type") != "null"),
                       "default": (p.get("schema") or {}).get("default")} for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params})
    return out


def wants_html(request: Request) -> bool:
    """Explorer pages answer errors with a page; the API (and its description) keeps JSON."""
    path = request.url.path
    return not (path.startswith("/api") or path.startswith("/openapi") or path.startswith("/static"))


def add_pages(app: FastAPI, cursor) -> None:
    def page(name: str, request: Request, status_code: int = 200, **ctx):
        return templates.TemplateResponse(request, name, {"quad_names": QUAD, "max_limit": queries.MAX_LIMIT, **ctx},
                                          status_code=status_code)

    default_handler = app.exception_handlers.get(StarletteHTTPException)

    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_html(request):
            return page("error.html", request, status_code=exc.status_code, nav="",
                        status=exc.status_code, detail=exc.detail)
        if default_handler is not None:
            return await default_handler(request, exc)
        from fastapi.exception_handlers import http_exception_handler
        return await http_exception_handler(request, exc)

    app.add_exception_handler(StarletteHTTPException, http_error)

    # pages whose content the browser fetches from the API
    for path, name in (("/", "events"), ("/dyads", "dyads"), ("/network", "network"), ("/quotes", "quotes"),
                       ("/actors", "actors"), ("/articles", "articles")):
        def view(request: Request, name=name):
            return page(f"{name}.html", request, nav=name)
        app.add_api_route(path, view, methods=["GET"], response_class=HTMLResponse, include_in_schema=False,
                          name=f"{name}_page")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        return page("docs.html", request, nav="docs", endpoints=api_endpoints(app.openapi()),
                    description=app.description)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, cur=Depends(cursor)):
        rec = queries.article(cur, article_id)
        if rec is None:
            raise HTTPException(404, f"There is no article {article_id!r} in this database.")
        return page("article.html", request, nav="articles", **article_context(rec))


def add_incident_pages(app: FastAPI, cursor) -> None:
    """The incident list (fed by /api/incidents) and the incident view (rendered here)."""
    def page(name: str, request: Request, **ctx):
        return templates.TemplateResponse(request, name, {"quad_names": QUAD, "max_limit": queries.MAX_LIMIT, **ctx})

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incidents_page(request: Request):
        return page("incidents.html", request, nav="incidents")

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: str, cur=Depends(cursor)):
        inc = incident_queries.incident(cur, incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        for e in inc["events"]:
            e["sentence_parts"] = _trigger_parts(e.get("sentence_text") or "", (e.get("trigger") or {}).get("text"))
        return page("incident.html", request, nav="incidents", inc=inc, quad_name=QUAD.get(inc["quad_class"], ""))


def _trigger_parts(sentence: str, trigger: str | None) -> tuple[str, str, str]:
    """The sentence split around its trigger (before, trigger, after) for highlighting."""
    i = sentence.find(trigger) if trigger else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], trigger, sentence[i + len(trigger):]
