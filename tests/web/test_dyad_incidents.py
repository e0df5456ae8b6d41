"""The dyad timeline counts reports or incidents: three reports of one meeting are one incident."""

from __future__ import annotations

import pytest

from .records import make_record


def _meeting(aid, outlet, published, body, date):
    rec = make_record(
        aid, f"{outlet} report", published, body,
        {"a1": ("Viktor Orban", "HUNGOV", "HUN", ["GOV"], ["Viktor Orban"]),
         "a2": ("Karl Nehammer", "AUTGOV", "AUT", ["GOV"], ["Karl Nehammer"])},
        [("met", ["a1"], ["a2"], "040", "Consult, not specified", 1.0, 1, "CONSULT", "verb:meet", date)])
    rec["source"] = outlet
    return rec


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from eventwire.incidents import rebuild
    from eventwire.store import Store
    from eventwire.web.app import create_app

    records = [
        _meeting("b000000000000001", "Wire One", "2024-11-05", "Viktor Orban met Karl Nehammer in Vienna.", "2024-11-05"),
        _meeting("b000000000000002", "Daily Two", "2024-11-06", "Viktor Orban met Karl Nehammer yesterday.", "2024-11-05"),
        _meeting("b000000000000003", "Radio Three", "2024-11-05", "Karl Nehammer was visited; Viktor Orban met Karl Nehammer.", "2024-11-05"),
        # another meeting of the same pair, two months later
        _meeting("b000000000000004", "Wire One", "2025-01-20", "Viktor Orban met Karl Nehammer again.", "2025-01-20"),
    ]
    db = tmp_path_factory.mktemp("dyadinc") / "d.duckdb"
    with Store(db) as store:
        store.write(records)
        rebuild(store.con)
    return TestClient(create_app(db))


def test_reports_count_every_event_incidents_each_meeting_once(client):
    reports = client.get("/api/dyads", params={"a": "HUN", "b": "AUT", "period": "month"}).json()
    assert reports["count"] == "reports" and reports["total"] == 4
    assert [(m["period"], m["events"]) for m in reports["items"]][0] == ("2024-11-01", 3)
    incidents = client.get("/api/dyads", params={"a": "HUN", "b": "AUT", "period": "month",
                                                 "count": "incidents"}).json()
    assert incidents["count"] == "incidents" and incidents["total"] == 2
    months = [(m["period"], m["events"]) for m in incidents["items"]]
    assert months[0] == ("2024-11-01", 1) and months[-1] == ("2025-01-01", 1)
    assert incidents["items"][0]["q1"] == 1 and incidents["items"][0]["goldstein"] == 1.0


def test_unknown_count_is_a_clear_400(client):
    res = client.get("/api/dyads", params={"a": "HUN", "count": "articles"})
    assert res.status_code == 400 and "reports, incidents" in res.json()["detail"]
