"""The read-only JSON API and web explorer over an eventwire database.

``create_app(db_path)`` opens the database read-only once and hands each
request its own cursor (DuckDB connections are not thread-safe; cursors are).
There is no endpoint that runs SQL given by the user: every query lives in
:mod:`eventwire.store.queries` or :mod:`eventwire.web.summaries`.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Optional

import anyio
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from ..store import incidents as incident_queries
from ..store import queries
from ..store.access import SharedReader
from ..store.queries import MAX_LIMIT, MAX_OFFSET, BadQuery, EventFilter
from . import downloads, models, pages, summaries, timing
from .cache import AnswerCache
from .status import add_status

HERE = Path(__file__).parent


def create_app(db_path: str | Path, live=None) -> FastAPI:
    """``live``: the process's own read-write connection (``serve --watch``, ``store/live.py``), read
    through snapshot cursors; without it the file is opened read-only between commits."""
    db_path = str(db_path)
    if not Path(db_path).exists():
        raise FileNotFoundError(f"{db_path}: no such database")
    # read-only, let go whenever an ingest commits (store.access); or the live file, never let go for commits
    reader = SharedReader(db_path) if live is None else live

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        if live is None:
            reader.close()  # the live file is closed by its owner, after the watch stops

    # Swagger UI and ReDoc load from a CDN: replaced by an offline page (/docs) built from the OpenAPI JSON
    app = FastAPI(title="eventwire explorer", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Read-only access to political event data coded by eventwire: events (CAMEO, "
                              "PLOVER), actors, dyads, quotations and the full article records.")
    app.state.reader = reader
    app.state.db_path = db_path

    async def cursor(request: Request):
        # waiting for a commit must not take a thread (requests holding cursors need the thread pool to
        # end); opening the file does, in a worker thread; giving the cursor back never waits and runs
        # on the event loop, so requests waiting for a commit cannot hold up the ones that end it
        started = time.perf_counter()
        with anyio.CancelScope(shield=True):  # a request cancelled meanwhile still gives its cursor back
            while (cur := reader.try_cursor()) is None:
                if not reader.is_open():
                    opened = reader.opened
                    t = time.perf_counter()
                    cur = await anyio.to_thread.run_sync(reader.open_cursor)
                    if reader.opened != opened:
                        timing.note(request.scope, "open", time.perf_counter() - t)
                    break
                await anyio.sleep(0.005)
        timing.note(request.scope, "wait", time.perf_counter() - started)
        timing.got_cursor(request.scope)
        try:
            yield timing.TimedCursor(cur, request.scope)
        finally:
            reader.close_cursor(cur)

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, exc: BadQuery):
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    def event_filter(
        source: Optional[str] = Query(None, description="Source actor: CAMEO code prefix (RUSGOV) or country (RUS); "
                                                        "comma-separated for several"),
        target: Optional[str] = Query(None, description="Target actor, as source"),
        root: Optional[str] = Query(None, description="CAMEO root code(s), e.g. 04 or 03,04"),
        code: Optional[str] = Query(None, description="CAMEO code prefix(es), e.g. 036"),
        plover: Optional[str] = Query(None, description="PLOVER event type(s), e.g. CONSULT"),
        quad: Optional[str] = Query(None, description="Quad class(es) 1-4"),
        date_from: Optional[str] = Query(None, description="YYYY-MM-DD (event date, else publication date)"),
        date_to: Optional[str] = Query(None, description="YYYY-MM-DD"),
        q: Optional[str] = Query(None, max_length=200, description="Words that must all occur in the sentence"),
        article: Optional[str] = Query(None, max_length=64, description="Only this article's events"),
        negated: bool = Query(True, description="Include events marked negated"),
        hypothetical: bool = Query(True, description="Include hypothetical (future, conditional) events"),
    ) -> EventFilter:
        return EventFilter.parse(source=source, target=target, root=root, code=code, plover=plover, quad=quad,
                                 date_from=date_from, date_to=date_to, q=q, article=article,
                                 include_negated=negated, include_hypothetical=hypothetical)

    limit_q = Query(50, ge=1, le=100000, description=f"Page size (at most {MAX_LIMIT} are returned)")
    offset_q = Query(0, ge=0, le=MAX_OFFSET)

    @app.get("/api/events", tags=["api"], response_model=models.EventPage)
    def api_events(flt: EventFilter = Depends(event_filter),
                   sort: str = Query("date", description="date, goldstein, quad, code, article, published, "
                                                         "source, target; prefix - for descending"),
                   limit: int = limit_q, offset: int = offset_q, cur=Depends(cursor)):
        """Events with their article id, filtered, sorted and paged: `{"items": [...], "total": N}`."""
        return queries.events(cur, flt, sort=sort, limit=limit, offset=offset)

    @app.get("/api/events.csv", tags=["api"], response_class=StreamingResponse)
    def api_events_csv(flt: EventFilter = Depends(event_filter)):
        """Every event the filters select (not one page), as CSV with the columns of
        `eventwire export --format csv`, by date."""
        return StreamingResponse(downloads.csv_chunks(reader, flt), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events.json", tags=["api"], response_class=StreamingResponse)
    def api_events_json(flt: EventFilter = Depends(event_filter), sort: str = Query("date")):
        """Every event the filters select (not one page), as a JSON array of the items `/api/events` gives."""
        queries.order_by(sort)  # a bad sort key answers 400 before the download starts
        return StreamingResponse(downloads.json_chunks(reader, flt, sort), media_type="application/json",
                                 headers={"Content-Disposition": 'attachment; filename="events.json"'})

    @app.get("/api/articles", tags=["api"], response_model=models.ArticlePage)
    def api_articles(q: Optional[str] = Query(None, max_length=200), status: Optional[str] = Query(
            None, pattern="^(coded|skipped|duplicate|error)$"), limit: int = limit_q, offset: int = offset_q,
            cur=Depends(cursor)):
        """Articles (id, title, date, counts), newest first; `q` = words in title or body."""
        return queries.articles(cur, q=q, status=status, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str, cur=Depends(cursor)):
        """The full article record (see the record contract)."""
        rec = queries.article(cur, article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return rec

    @app.get("/api/actors", tags=["api"], response_model=models.ActorPage)
    def api_actors(q: Optional[str] = Query(None, max_length=200, description="Words of the name, or a code"),
                   country: Optional[str] = Query(None, pattern="^[A-Za-z]{3}$"),
                   limit: int = Query(100, ge=1, le=100000), offset: int = offset_q, cur=Depends(cursor)):
        """Actor codes with names and event counts, busiest first."""
        return summaries.actors(cur, q=q, country=country, limit=limit, offset=offset)

    @app.get("/api/dyads", tags=["api"], response_model=models.Dyad)
    def api_dyads(a: str = Query(..., description="Actor code prefix or country, e.g. RUS"),
                  b: Optional[str] = Query(None, description="The other side; omit for all of a's events"),
                  period: str = Query("month", description="week, month or year"),
                  directed: bool = Query(False, description="Only events with a as source and b as target"),
                  count: str = Query("reports", description="`reports`: every coded event; `incidents`: each "
                                                            "real-world incident once, however many reports"),
                  flt: EventFilter = Depends(event_filter), cur=Depends(cursor)):
        """Events (or incidents) per period between a and b by quad class, with mean Goldstein."""
        return summaries.dyad(cur, a, b, period=period, directed=directed, flt=flt, count=count)

    @app.get("/api/network", tags=["api"], response_model=models.Network)
    def api_network(level: str = Query("country", description="country or code"),
                    top: int = Query(30, ge=2, le=100), flt: EventFilter = Depends(event_filter),
                    cur=Depends(cursor)):
        """Who acts on whom: nodes and directed edges (events, mean Goldstein)."""
        return summaries.network(cur, flt, level=level, top=top)

    @app.get("/api/quotes", tags=["api"], response_model=models.QuotePage)
    def api_quotes(speaker: Optional[str] = Query(None, max_length=200, description="Speaker name words or "
                                                                                    "actor code prefix"),
                   q: Optional[str] = Query(None, max_length=200, description="Words in the quotation"),
                   kind: Optional[str] = Query(None, description="direct, partial or indirect"),
                   article: Optional[str] = Query(None, max_length=64),
                   limit: int = limit_q, offset: int = offset_q, cur=Depends(cursor)):
        """Quotations with their speakers."""
        return summaries.quotes(cur, speaker=speaker, q=q, kind=kind, article=article, limit=limit, offset=offset)

    @app.get("/api/facets", tags=["api"])
    def api_facets(cur=Depends(cursor)):
        """CAMEO roots and PLOVER types present, the date range and counts."""
        return summaries.facets(cur)

    @app.get("/api/incidents", tags=["api"], response_model=models.IncidentPage)
    def api_incidents(flt: EventFilter = Depends(event_filter),
                      sort: str = Query("date", description="date, articles, sources, mentions, confidence, first, "
                                                            "code; prefix - for descending"),
                      min_articles: Optional[int] = Query(None, ge=0, description="At least this many articles"),
                      limit: int = limit_q, offset: int = offset_q, cur=Depends(cursor)):
        """Incidents (one real-world event, all its reports) having an event that matches the filters, with
        their report counts (num_mentions, num_sources, num_articles as GDELT counts them)."""
        return incident_queries.incidents(cur, flt, sort=sort, limit=limit, offset=offset, min_articles=min_articles)

    @app.get("/api/incidents/{incident_id}", tags=["api"])
    def api_incident(incident_id: str, cur=Depends(cursor)):
        """One incident with its member events, each with its article, outlet and sentence."""
        inc = incident_queries.incident(cur, incident_id)
        if inc is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        return inc

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    pages.add_pages(app, cursor)
    pages.add_incident_pages(app, cursor)
    add_status(app, cursor)
    app.add_middleware(AnswerCache, reader=reader)  # answers kept until the next write (web/cache.py)
    app.add_middleware(timing.Timing)  # outermost: a Server-Timing header on every answer (web/timing.py)
    return app
