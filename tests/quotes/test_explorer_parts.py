"""The explorer shows a quotation's parts, never the span from its first to its last mark."""

from __future__ import annotations

import re

import pytest

from eventwire.web.highlight import render
from eventwire.web.pages import article_context

BODY = '"The bridge will reopen in May," the engineer said, "if the steel arrives on time."'


def _span(text, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def _record():
    first, second = _span("The bridge will reopen in May"), _span("if the steel arrives on time.")
    content = {"start": first["start"], "end": second["end"], "text": BODY[first["start"]:second["end"]]}
    return {"id": "a1", "body": BODY, "paragraphs": [{"start": 0, "end": len(BODY)}],
            "sentences": [{"start": 0, "end": len(BODY)}], "actors": [], "events": [], "places": [], "times": [],
            "quotes": [{"id": "q1", "kind": "direct", "content": content, "parts": [first, second],
                        "speaker": {"actor": None, "name": "the engineer", "span": _span("the engineer")},
                        "cue": _span("said"), "sentence": 0}]}


def test_article_view_highlights_each_part_and_not_the_cue():
    (html,) = render(_record())
    quoted = re.findall(r'<span class="quote"[^>]*>(.*?)</span>', html)
    assert len(quoted) == 2 and "".join(quoted) == "The bridge will reopen in May" + "if the steel arrives on time."
    assert not any("engineer" in q or "said" in q for q in quoted)


def test_article_table_text_joins_the_parts():
    ctx = article_context(_record())
    assert ctx["quotes"][0]["text"] == "The bridge will reopen in May … if the steel arrives on time."


def test_a_quote_without_parts_shows_its_content():
    rec = _record()
    del rec["quotes"][0]["parts"]  # near miss: records written before parts existed
    (html,) = render(rec)
    quoted = [re.sub(r"<[^>]+>", "", q) for q in re.findall(r'<span class="quote"[^>]*>(.*?)</span>(?!</mark>)', html)]
    assert "the engineer" in "".join(quoted)
    assert article_context(rec)["quotes"][0]["text"] == rec["quotes"][0]["content"]["text"]


def test_quotes_api_gives_the_parts(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from eventwire.store import Store
    from eventwire.web.app import create_app

    rec = {**_record(), "input_id": "t/a1.txt", "url": "https://example.org/a1", "source": "Example",
           "title": "Bridge", "published": "2021-03-01", "language": "en", "status": "coded", "reason": None,
           "removed": [], "comments": []}
    path = tmp_path / "q.duckdb"
    with Store(path) as store:
        store.write([rec])
    body = TestClient(create_app(path)).get("/api/quotes").json()
    assert body["items"][0]["parts"] == ["The bridge will reopen in May", "if the steel arrives on time."]
