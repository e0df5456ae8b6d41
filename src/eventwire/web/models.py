"""Response shapes of the JSON API, for its OpenAPI description.  Every field
may be null where the record leaves it empty; unknown extra fields pass
through (the article record may gain fields)."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(_Open):
    start: int
    end: int
    text: Optional[str] = None


class ActorRef(_Open):
    actor: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None


class Plover(_Open):
    event: Optional[str] = None
    mode: Optional[str] = None
    context: Optional[str] = None


class Event(_Open):
    """An event as in the article record, plus its article and context for display."""
    id: str
    article: str
    sentence: Optional[int] = None
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    cameo: Optional[str] = None
    cameo_root: Optional[str] = None
    cameo_name: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    plover: Plover = Plover()
    negated: Optional[bool] = None
    hypothetical: Optional[bool] = None
    date: Optional[str] = None
    place: Optional[str] = None
    trigger: Optional[Span] = None
    rule: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    sentence_text: Optional[str] = None


class Page(_Open):
    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


class ArticleRow(_Open):
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    status: Optional[str] = None
    n_sentences: Optional[int] = None
    n_events: Optional[int] = None
    label: Optional[str] = None  # the title, else the first words of the text


class ArticlePage(Page):
    items: list[ArticleRow]


class Actor(_Open):
    code: str
    country: Optional[str] = None
    articles: int
    names: list[str]
    as_source: int
    as_target: int
    events: int


class ActorPage(Page):
    items: list[Actor]


class Period(_Open):
    period: str
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein: Optional[float] = None


class Dyad(_Open):
    a: str
    b: Optional[str] = None
    period: str
    directed: bool
    count: str = "reports"  # reports | incidents: what `events` counts
    items: list[Period]
    total: int
    undated: int


class Node(_Open):
    id: str
    events: int


class Edge(_Open):
    source: str
    target: str
    events: int
    goldstein: Optional[float] = None


class Network(_Open):
    level: str
    nodes: list[Node]
    edges: list[Edge]


class Quote(_Open):
    article: str
    id: str
    kind: Optional[str] = None
    sentence: Optional[int] = None
    content: Optional[str] = None
    speaker_actor: Optional[str] = None
    speaker_name: Optional[str] = None
    speaker_code: Optional[str] = None
    cue: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    parts: Optional[list[str]] = None  # the pieces of a quotation split by its cue


class QuotePage(Page):
    items: list[Quote]


class Incident(_Open):
    """One real-world event with every report of it (see /api/incidents/{id} for the reports)."""
    id: str
    date: Optional[str] = None
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    first_report: Optional[str] = None
    last_report: Optional[str] = None
    cameo: Optional[str] = None
    cameo_name: Optional[str] = None
    plover_event: Optional[str] = None
    quad_class: Optional[int] = None
    source_codes: list[str] = []
    target_codes: list[str] = []
    place_name: Optional[str] = None
    title: Optional[str] = None
    n_events: int
    num_mentions: Optional[int] = None
    num_sources: Optional[int] = None
    num_articles: Optional[int] = None
    confidence: Optional[float] = None


class IncidentPage(Page):
    items: list[Incident]
