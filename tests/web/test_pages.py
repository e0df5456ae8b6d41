"""The explorer's HTML pages and the article highlighter."""

from __future__ import annotations

import re

import pytest

from eventwire.web.highlight import render

from .records import GENEVA, make_record


@pytest.mark.parametrize("path", ["/", "/dyads", "/network", "/quotes", "/actors", "/articles", "/docs"])
def test_pages_load_without_network_assets(client, path):
    res = client.get(path)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    # every script and stylesheet is served by the app itself (no CDN)
    for url in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', res.text):
        assert url.startswith("/static/") or url.startswith("http://testserver/static/"), url
        assert client.get(url).status_code == 200


def test_article_page_highlights_and_folds(client):
    res = client.get(f"/articles/{GENEVA['id']}")
    assert res.status_code == 200
    html = res.text
    assert re.search(r'<mark class="ann actor" data-kind="actor" data-ref="a1"[^>]*>Sergei Lavrov'
                     r'<span class="lbl">RUSGOV</span></mark>', html)
    assert re.search(r'<mark class="ann trigger" data-kind="trigger" data-ref="e1"[^>]*>met'
                     r'<span class="lbl">040</span></mark>', html)
    assert 'class="ann place"' in html and 'class="ann time"' in html
    assert re.search(r'<span class="quote" data-kind="quote" data-ref="q1"[^>]*>as soon as possible</span>', html)
    # each event with its codes and the rule that produced it
    assert 'id="event-e3"' in html and "verb:reject" in html and "Reject, not specified" in html
    # removed text and comments folded away
    assert re.search(r'<details id="removed">.*Share this article.*</details>', html, re.S)
    assert re.search(r'<details id="comments">.*Great article, thanks.*</details>', html, re.S)
    assert client.get("/articles/ffffffffffffffff").status_code == 404


def test_overlapping_spans_nest_and_text_is_escaped():
    rec = make_record(
        "a0000000000000ff", "x", "2020-01-01",
        'The minister said "<b>Syria</b> will talk to Kerry soon" on Monday.',
        {"a1": ("Syria", "SYR", "SYR", [], ["Syria"]), "a2": ("John Kerry", "USAGOV", "USA", ["GOV"], ["Kerry"])},
        [("will talk to Kerry", ["a1"], ["a2"], "036", "Express intent to meet", 4.0, 1, "CONSULT", "r", None)],
        quotes=[("<b>Syria</b> will talk to Kerry soon", "a1", "said")])
    (html,) = render(rec)
    assert "<b>" not in html and "&lt;b&gt;" in html
    # the actor inside the trigger stays an actor, the rest of the trigger keeps its code label,
    # and every piece stays inside the quotation
    assert ('<span class="quote" data-kind="quote" data-ref="q1" title="direct quote · Syria">'
            '<mark class="ann actor" data-kind="actor" data-ref="a2" title="John Kerry · USAGOV">Kerry'
            '<span class="lbl">USAGOV</span></mark></span>') in html
    assert re.search(r'data-ref="e1"[^>]*>will talk to <span class="lbl">036</span></mark>', html)
    assert html.count('data-ref="e1"') == 1
    text = re.sub(r'<span class="lbl">[^<]*</span>', "", html)
    assert re.sub(r"<[^>]+>", "", text).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
        == rec["body"]
