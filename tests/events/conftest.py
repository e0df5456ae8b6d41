"""Fixtures for the events stage: documents parsed once per session, with
actors given by hand (so that these tests measure the events coder alone)."""

from __future__ import annotations

import re

import pytest

from eventwire.events import make_stage
from eventwire.parse import Parser, load_model
from eventwire.pipeline import Pipeline
from eventwire.record import Document, RawArticle
from eventwire.settings import Settings

IGO = {"UNO", "EUR", "NAT", "IGO", "AFR", "ARL"}


@pytest.fixture(scope="session")
def nlp():
    return load_model(Settings().model)


def _actor_list(body: str, sentences, actors: dict[str, str]) -> list[dict]:
    """Actors at every whole-word occurrence of each surface form (longest first)."""
    taken: list[tuple[int, int]] = []
    by_code: dict[str, dict] = {}
    for surface in sorted(actors, key=len, reverse=True):
        code = actors[surface]
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", body):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            key = f"{surface}|{code}"
            actor = by_code.setdefault(key, {
                "id": f"a{len(by_code) + 1}", "name": surface, "code": code,
                "country": code[3:6] if code.startswith("IGO") else code[:3],
                "sectors": [code[i:i + 3] for i in range(3, len(code), 3)], "wikidata": None,
                "mentions": []})
            sent = next(i for i, s in enumerate(sentences) if s["start"] <= m.start() < s["end"])
            actor["mentions"].append({"start": m.start(), "end": m.end(), "text": m.group(0),
                                      "sentence": sent})
    return list(by_code.values())


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
        art.actors = _actor_list(art.body, art.sentences, actors)
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
