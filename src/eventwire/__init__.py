"""eventwire: news text in, political event data out.

>>> import eventwire
>>> art = eventwire.code("Russia and China signed a trade deal on Monday.", published="2024-05-07")
>>> art.to_dict()["events"]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .record import Article, RawArticle

__version__ = "0.1.0"


def code(text: str, published: str | None = None, title: str | None = None, **meta) -> Article:
    """Code one article's text; returns the record (``.to_dict()`` for JSON)."""
    from .pipeline import default_pipeline

    return default_pipeline().code(text, published=published, title=title, **meta)


def open(db: str, /):  # noqa: A001 - eventwire.open(db), as sqlite3.connect / duckdb.connect
    """The database at ``db`` as pandas DataFrames: ``.events``, ``.actors``, ``.quotes``,
    ``.articles`` (actor names and codes joined), and ``.sql(query)`` for anything else; read-only."""
    from .store.frames import Database

    return Database(db)


def code_many(items: Iterable[str | dict | RawArticle], published: str | None = None) -> Iterator[Article]:
    """Stream records for many texts, dicts (JSON Lines fields) or raw articles."""
    from .pipeline import default_pipeline
    from .read.jsonl import raw_from_dict

    def raws():
        for n, item in enumerate(items):
            if isinstance(item, RawArticle):
                yield item
            elif isinstance(item, dict):
                yield raw_from_dict(item, where=f"item {n}")
            else:
                yield RawArticle(text=item, published=published)

    for doc in default_pipeline().process(raws()):
        yield doc.article


__all__ = ["Article", "RawArticle", "code", "code_many", "open", "__version__"]
