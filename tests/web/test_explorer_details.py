"""Explorer details a user notices: HTML error pages, the Dyads page's explanation, plural forms,
Markdown in the API description, and downloads of the filtered events."""

from __future__ import annotations

import csv
import io
import json

from .records import GENEVA, TALKS


def test_unknown_article_is_an_html_page_and_the_api_stays_json(client):
    page = client.get("/articles/ffffffffffffffff")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in page.text and "ffffffffffffffff" in page.text
    assert '<a class="brand" href="/">' in page.text  # the explorer's own frame, with its navigation
    unknown_page = client.get("/no-such-page")
    assert unknown_page.status_code == 404 and unknown_page.headers["content-type"].startswith("text/html")
    api = client.get("/api/articles/ffffffffffffffff")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")
    assert "ffffffffffffffff" in api.json()["detail"]
    assert client.get("/api/no-such-endpoint").headers["content-type"].startswith("application/json")


def test_dyads_page_explains_itself_before_a_query(client):
    html = client.get("/dyads").text
    intro = html[html.index('id="dyad-intro"'):html.index("</section>")]
    # what a dyad is, what the boxes take, with examples of codes
    assert "pair of actors" in intro and "RUSGOV" in intro and "IGOUNO" in intro
    assert "publication date" in intro  # how events are dated


def test_api_description_renders_markdown(client):
    html = client.get("/docs").text
    # the docstring's `{"items": [...], "total": N}` becomes code, not literal backticks
    assert "<code>{&quot;items&quot;: [...], &quot;total&quot;: N}</code>" in html
    assert "`" not in html.split("<main>")[1].split("</main>")[0]


def test_markdown_keeps_html_out():
    from eventwire.web.pages import templates

    out = templates.env.filters["markdown"]("a <script>x</script> and `code`")
    assert "<script>" not in out and "&lt;script&gt;" in out and "<code>code</code>" in out


def test_plural_forms_in_the_pages_script(client):
    js = client.get("/static/common.js").text
    assert "plural(n, word, many)" in js
    assert "EW.plural(res.total, noun)" in js  # the shared page helper counts with it
    for name in ("events.js", "list.js", "dyads.js", "network.js", "incidents.js"):
        body = client.get(f"/static/{name}").text
        assert "EW.plural(" in body or "EW.showPage(" in body, name
        assert "} events`" not in body, name  # no hand-made "N events" left


def test_csv_download_has_every_filtered_event(client):
    res = client.get("/api/events.csv", params={"source": "RUS"})
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    assert "attachment" in res.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert [(r["article_id"], r["event_id"]) for r in rows] == [
        (GENEVA["id"], "e1"), (GENEVA["id"], "e2"), (TALKS["id"], "e1")]
    assert rows[0]["source_codes"] == "RUSGOV" and rows[0]["source_names"] == "Sergei Lavrov"


def test_json_download_matches_the_api_without_paging(client):
    full = client.get("/api/events", params={"limit": 500}).json()
    res = client.get("/api/events.json", params={"sort": "-goldstein"})
    assert res.status_code == 200
    items = json.loads(res.text)
    assert len(items) == full["total"]
    assert [e["goldstein"] for e in items] == sorted((e["goldstein"] for e in items), reverse=True)
    assert {(e["article"], e["id"]) for e in items} == {(e["article"], e["id"]) for e in full["items"]}
    assert client.get("/api/events.json", params={"sort": "nonsense"}).status_code == 400
    assert client.get("/api/events.csv", params={"root": "x"}).status_code == 400
    assert json.loads(client.get("/api/events.json", params={"source": "ZZZ"}).text) == []


def test_events_page_offers_the_downloads(client):
    html = client.get("/").text
    assert 'id="dl-csv" href="/api/events.csv"' in html and 'id="dl-json"' in html


def test_untitled_articles_are_named_by_their_first_words(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.store import Store
    from eventwire.store.queries import article_label
    from eventwire.web.app import create_app

    from .records import make_record

    assert article_label("  Talks resume ", "x y", "id1") == "Talks resume"
    assert article_label(None, "Gunmen stormed a police checkpoint on the edge of the town before dawn on "
                         "Sunday", "id1") == "Gunmen stormed a police checkpoint on the edge of the town before …"
    assert article_label(None, "Short text.", "id1") == "Short text."
    assert article_label("", "", "id1") == "id1"
    rec = make_record("c000000000000001", None, "2024-01-02", "Gunmen stormed a checkpoint near the border town.",
                      {}, [])
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([rec])
    c = TestClient(create_app(db))
    (item,) = c.get("/api/articles").json()["items"]
    assert item["title"] is None and item["label"] == "Gunmen stormed a checkpoint near the border town."
    page = c.get("/articles/c000000000000001").text
    assert "<h1>Gunmen stormed a checkpoint near the border town. <span class=\"tag\"" in page
    assert "(untitled)" not in page
