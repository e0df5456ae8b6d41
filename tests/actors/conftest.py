"""Helpers for the actors tests: code one text with or without the parser."""

from __future__ import annotations

import pytest

from eventwire.actors import find_actors
from eventwire.actors.lexicon import compiled
from eventwire.clean import clean
from eventwire.parse import split_sentences
from eventwire.record import Document, RawArticle
from eventwire.settings import Settings


def document(text: str, published: str | None = None) -> Document:
    raw = RawArticle(text=text, published=published, detect_title=False)
    doc = Document(article=clean(raw, Settings()), raw=raw)
    split_sentences(doc)
    return doc


@pytest.fixture(scope="session")
def lex():
    return compiled(())


@pytest.fixture(scope="session")
def actors_of(lex, pipeline):
    """``actors_of(text, date, parsed=True)`` -> the article's actors."""

    def run(text: str, published: str | None = "2013-08-10", parsed: bool = True) -> list[dict]:
        doc = document(text, published)
        if parsed:
            from eventwire.parse import Parser

            Parser(pipeline.settings.model)([doc])
        return find_actors(doc, lex)

    return run


@pytest.fixture(scope="session")
def seed_record(pipeline, seed_gold, shared):
    """The seed page cleaned, parsed and run through the actors stage alone
    (so that these tests do not depend on the later stages)."""
    from eventwire.actors import make_stage
    from eventwire.parse import Parser

    text = shared("seed", seed_gold["input"]["path"]).read_text(encoding="utf-8")
    raw = RawArticle(text=text, published=seed_gold["input"]["published"])
    doc = pipeline.prepare(raw)
    Parser(pipeline.settings.model)([doc])
    make_stage(pipeline.settings)(doc)
    return doc.article.to_dict()
