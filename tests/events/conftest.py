"""Fixtures for the events stage: documents parsed once per session, with
actors given by hand (so that these tests measure the events coder alone)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.plover import actors_at
from eventwire.events import make_stage
from eventwire.parse import Parser, load_model
from eventwire.pipeline import Pipeline
from eventwire.record import Document, RawArticle
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def nlp():
    return load_model(Settings().model)


@pytest.fixture(scope="session")
def coded(nlp):
    """``coded(text, actors={"surface": "CODE"}, published=..., quotes=..., times=...)``:
    the article's events, coded with hand-given actors."""
    pipe = Pipeline(Settings(fast_pass=False))
    stage = make_stage(Settings())

    def run(text: str, actors: dict[str, str], published: str = "2020-01-01",
            quotes=None, times=None, places=None) -> Document:
        doc = pipe.prepare(RawArticle(text=text, published=published, detect_title=False))
        Parser(Settings().model)([doc])
        art = doc.article
        art.actors = actors_at(art.body, art.sentences, actors)
        art.quotes = quotes(art) if callable(quotes) else (quotes or [])
        art.times = times or []
        art.places = places or []
        stage(doc)
        return doc

    return run


def events_of(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    """(cameo, source codes, target codes) of each event."""
    codes = {a["id"]: a["code"] for a in doc.article.actors}
    return [(e["cameo"], [codes[s["actor"]] for s in e["source"]],
             [codes[t["actor"]] for t in e["target"]]) for e in doc.article.events]
