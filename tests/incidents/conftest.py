"""A small database for the incident API, page and export tests: the three hand-written web records
and two more reports of the Geneva meeting, from other outlets, the next day, written here."""

from __future__ import annotations

import pytest

from eventwire.incidents import rebuild
from eventwire.store import Store

from web.records import RECORDS, make_record

GENEVA_2 = make_record(
    "b000000000000001", "Kerry and Lavrov hold talks on Syria", "2013-08-10",
    "U.S. Secretary of State John Kerry held talks with Sergei Lavrov in Geneva yesterday.",
    {"a1": ("John Kerry", "USAGOV", "USA", ["GOV"], ["John Kerry"]),
     "a2": ("Sergei Lavrov", "RUSGOV", "RUS", ["GOV"], ["Sergei Lavrov"])},
    [("held talks", ["a1"], ["a2"], "040", "Consult, not specified", 1.0, 1, "CONSULT", "verb:hold talks",
      "2013-08-09")],
    places=[("p1", "Geneva", "CHE", 46.20222, 6.14569, 2660646, "Geneva")], source="Alpine Courier")
GENEVA_3 = make_record(
    "b000000000000002", "Russian minister meets Kerry", "2013-08-11",
    "The Russian foreign minister met John Kerry in Switzerland, Moscow said.",
    {"a1": ("Russian foreign minister", "RUSGOV", "RUS", ["GOV"], ["Russian foreign minister"]),
     "a2": ("John Kerry", "USAGOV", "USA", ["GOV"], ["John Kerry"])},
    [("met", ["a1"], ["a2"], "040", "Consult, not specified", 1.0, 1, "CONSULT", "verb:meet", None)],
    source="Volga Evening News")
GENEVA_2["events"][0]["place"] = "p1"  # the meeting took place in Geneva
ALL = RECORDS + [GENEVA_2, GENEVA_3]


def sightings(records):
    return [{"article_id": r["id"], "input_id": r["input_id"], "url": r["url"], "source": r["source"],
             "published": r["published"], "first": True, "similarity": 1.0} for r in records]


@pytest.fixture(scope="session")
def incident_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("incidents") / "incidents.duckdb"
    with Store(path) as store:
        copy = {"article_id": GENEVA_2["id"], "input_id": "copy", "url": "https://copy.example.com/x",
                "source": "Alpine Courier", "published": "2013-08-10", "first": False, "similarity": 0.99}
        store.write(ALL, mentions=sightings(ALL) + [copy])
        rebuild(store.con)
    return path


@pytest.fixture(scope="session")
def incident_client(incident_db):
    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    return TestClient(create_app(incident_db))


def geneva(client) -> dict:
    items = client.get("/api/incidents", params={"source": "RUS", "root": "04"}).json()["items"]
    return next(i for i in items if i["n_events"] == 3)
