"""/api/incidents, the incident view and the explorer pages, on hand-written records."""

from __future__ import annotations

import duckdb

from .conftest import GENEVA_2, GENEVA_3, geneva
from web.records import GENEVA


def test_api_lists_the_meeting_once_with_its_reports(incident_client):
    res = incident_client.get("/api/incidents", params={"sort": "-articles"})
    assert res.status_code == 200
    body = res.json()
    inc = body["items"][0]
    assert inc["n_events"] == 3 and inc["n_reports"] == 3
    # GDELT: 3 reports, 4 documents (one syndicated copy), 3 outlets
    assert (inc["num_mentions"], inc["num_articles"], inc["num_sources"]) == (4, 4, 3)
    assert inc["date"] == "2013-08-09" and inc["first_report"] == "2013-08-10" and inc["last_report"] == "2013-08-11"
    assert inc["place_name"] == "Geneva" and inc["cameo"] == "040"
    assert body["total"] == 8 - 2  # eight events, three of them one meeting


def test_api_filters_and_errors(incident_client):
    assert incident_client.get("/api/incidents", params={"source": "FRA"}).json()["total"] == 1  # Mali
    assert incident_client.get("/api/incidents", params={"root": "19"}).json()["total"] == 1
    assert incident_client.get("/api/incidents", params={"min_articles": 2}).json()["total"] == 1
    assert incident_client.get("/api/incidents", params={"date_from": "2013-09-01"}).json()["total"] == 3
    assert incident_client.get("/api/incidents", params={"sort": "bogus"}).status_code == 400
    assert incident_client.get("/api/incidents", params={"source": "r'us"}).status_code == 400
    assert incident_client.get("/api/incidents/nope").status_code == 404


def test_api_incident_has_each_report_with_its_sentence(incident_client):
    inc = geneva(incident_client)
    full = incident_client.get(f"/api/incidents/{inc['id']}").json()
    assert [e["article"] for e in full["events"]] == [GENEVA["id"], GENEVA_2["id"], GENEVA_3["id"]]
    assert full["events"][1]["outlet"] == "Alpine Courier"
    assert "held talks" in full["events"][1]["sentence_text"]


def test_pages(incident_client):
    page = incident_client.get("/incidents")
    assert page.status_code == 200 and 'href="/incidents"' in page.text and "incidents.js" in page.text
    assert 'href="/incidents"' in incident_client.get("/").text  # in the navigation of every page
    inc = geneva(incident_client)
    view = incident_client.get(f"/incidents/{inc['id']}")
    assert view.status_code == 200
    assert view.text.count('class="outlet"') == 3 and "Volga Evening News" in view.text
    assert '<b class="trig">held talks</b>' in view.text
    assert f'href="/articles/{GENEVA_2["id"]}#event-e1"' in view.text
    assert incident_client.get("/incidents/nope").status_code == 404


def test_a_database_without_incident_tables_answers_with_none(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    from eventwire.store import schema_sql
    con.execute(schema_sql())
    con.execute("DROP TABLE incidents")
    con.execute("DROP TABLE incident_events")
    con.close()
    client = TestClient(create_app(path))
    assert client.get("/api/incidents").json()["total"] == 0
    assert client.get("/api/incidents/x").status_code == 404
