"""The JSON API over the hand-written database of conftest.py: every endpoint,
the filters, the page-size cap, and bad parameters answering 4xx, never 500."""

from __future__ import annotations

import pytest

from eventwire.store.queries import MAX_LIMIT

from .records import GENEVA, MALI, TALKS


def ids(res):
    return [(e["article"], e["id"]) for e in res.json()["items"]]


def test_events_all_with_article_ids_and_record_fields(client):
    res = client.get("/api/events")
    assert res.status_code == 200
    body = res.json()
    assert body["total"] == 6 and len(body["items"]) == 6
    first = body["items"][0]
    # the event as in the article record, plus its article id
    rec_event = GENEVA["events"][0]
    for key in ("id", "sentence", "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover",
                "negated", "hypothetical", "date", "trigger", "rule"):
        assert first[key] == rec_event[key], key
    assert first["article"] == GENEVA["id"]
    assert [(r["actor"], r["code"]) for r in first["source"]] == [("a1", "RUSGOV")]
    assert first["source"][0]["name"] == "Sergei Lavrov"
    assert "met" in first["sentence_text"]


def test_source_by_country_and_by_code(client):
    by_country = ids(client.get("/api/events", params={"source": "RUS"}))
    assert by_country == [(GENEVA["id"], "e1"), (GENEVA["id"], "e2"), (TALKS["id"], "e1")]
    # CAMEO codes are hierarchical: USA matches USAGOV as well as the bare USA of the compound actor
    assert ids(client.get("/api/events", params={"source": "USAGOV"})) == [(GENEVA["id"], "e3")]
    assert len(ids(client.get("/api/events", params={"source": "USA"}))) == 2
    assert ids(client.get("/api/events", params={"source": "rus", "target": "usa"})) == [(GENEVA["id"], "e1")]
    assert ids(client.get("/api/events", params={"source": "RUS,FRA", "target": "UAF"})) == [(MALI["id"], "e2")]


def test_code_root_plover_quad_filters(client):
    assert ids(client.get("/api/events", params={"root": "12"})) == [(GENEVA["id"], "e3"), (MALI["id"], "e2")]
    assert ids(client.get("/api/events", params={"root": "03,04"})) == [
        (GENEVA["id"], "e1"), (GENEVA["id"], "e2"), (TALKS["id"], "e1")]
    assert ids(client.get("/api/events", params={"code": "036"})) == [(GENEVA["id"], "e2")]
    assert ids(client.get("/api/events", params={"plover": "assault"})) == [(MALI["id"], "e1")]
    assert ids(client.get("/api/events", params={"quad": "4"})) == [(MALI["id"], "e1")]
    assert client.get("/api/events", params={"quad": "1,3"}).json()["total"] == 5


def test_dates_use_event_date_then_publication(client):
    # GENEVA e1 happened 2013-08-09 (published 08-10); e2 has no date, so its publication date counts
    res = client.get("/api/events", params={"date_from": "2013-08-09", "date_to": "2013-08-09"})
    assert ids(res) == [(GENEVA["id"], "e1")]
    res = client.get("/api/events", params={"date_from": "2013-09-01"})
    assert {a for a, _ in ids(res)} == {MALI["id"], TALKS["id"]}


def test_words_in_sentence(client):
    assert ids(client.get("/api/events", params={"q": "Geneva"})) == [(GENEVA["id"], "e1")]
    assert ids(client.get("/api/events", params={"q": "talks syria"})) == [(GENEVA["id"], "e2"), (TALKS["id"], "e1")]
    # whole words only: "talk" is not "talks"
    assert client.get("/api/events", params={"q": "talk"}).json()["total"] == 0
    # characters that mean something in a regular expression are only word separators
    assert client.get("/api/events", params={"q": "talks.*("}).json()["total"] == 2


def test_sort_and_paging(client):
    g = [e["goldstein"] for e in client.get("/api/events", params={"sort": "-goldstein"}).json()["items"]]
    assert g == sorted(g, reverse=True) and g[-1] == -10.0
    g = [e["goldstein"] for e in client.get("/api/events", params={"sort": "goldstein"}).json()["items"]]
    assert g == sorted(g)
    dates = [e["date"] or e["published"] for e in client.get("/api/events", params={"sort": "-date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)
    page1 = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    page2 = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page1["total"] == page2["total"] == 6
    assert len(page1["items"]) == 2 and not set(ids_of(page1)) & set(ids_of(page2))


def ids_of(body):
    return [(e["article"], e["id"]) for e in body["items"]]


def test_page_size_is_capped(client):
    body = client.get("/api/events", params={"limit": 100000}).json()
    assert body["limit"] == MAX_LIMIT
    assert client.get("/api/quotes", params={"limit": 10**5}).json()["limit"] == MAX_LIMIT
    assert client.get("/api/articles", params={"limit": 10**5}).json()["limit"] == MAX_LIMIT


@pytest.mark.parametrize("url,params", [
    ("/api/events", {"root": "5x"}),
    ("/api/events", {"code": "abc"}),
    ("/api/events", {"quad": "7"}),
    ("/api/events", {"source": "RUS'; DROP TABLE events; --"}),
    ("/api/events", {"date_from": "yesterday"}),
    ("/api/events", {"date_from": "2014-01-01", "date_to": "2013-01-01"}),
    ("/api/events", {"sort": "goldstein; DROP TABLE events"}),
    ("/api/events", {"sort": "nope"}),
    ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"offset": -1}),
    ("/api/events", {"offset": "99999999999999999999"}),
    ("/api/quotes", {"offset": 10**12}),
    ("/api/events", {"negated": "maybe"}),
    ("/api/dyads", {}),
    ("/api/dyads", {"a": "RUS", "period": "fortnight"}),
    ("/api/dyads", {"a": "R"}),
    ("/api/dyads", {"a": ","}),
    ("/api/dyads", {"a": "RUS", "b": ","}),
    ("/api/network", {"level": "planet"}),
    ("/api/network", {"top": 1000}),
    ("/api/quotes", {"kind": "shouted"}),
    ("/api/quotes", {"speaker": "!!!"}),
    ("/api/actors", {"country": "RUSSIA"}),
    ("/api/articles", {"status": "lost"}),
])
def test_bad_parameters_are_clear_4xx(client, url, params):
    res = client.get(url, params=params)
    assert res.status_code in (400, 422), (res.status_code, res.text)
    assert res.json()["detail"]
    # the database is untouched
    assert client.get("/api/events").json()["total"] == 6


def test_article_record_and_404(client):
    res = client.get(f"/api/articles/{GENEVA['id']}")
    assert res.status_code == 200
    assert res.json() == GENEVA
    assert client.get("/api/articles/ffffffffffffffff").status_code == 404
    assert client.get("/api/articles/nope'--").status_code == 404


def test_article_list(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 3
    assert [a["id"] for a in body["items"]] == [TALKS["id"], MALI["id"], GENEVA["id"]]  # newest first
    assert body["items"][2]["n_events"] == 3
    assert [a["id"] for a in client.get("/api/articles", params={"q": "convoy"}).json()["items"]] == [MALI["id"]]


def test_actors_with_event_counts(client):
    body = client.get("/api/actors").json()
    by_code = {a["code"]: a for a in body["items"]}
    assert by_code["RUSGOV"]["as_source"] == 2 and by_code["RUSGOV"]["as_target"] == 1
    assert by_code["RUSGOV"]["events"] == 3 and by_code["RUSGOV"]["names"] == ["Sergei Lavrov"]
    assert by_code["SYR"]["articles"] == 2 and by_code["SYR"]["as_target"] == 2
    assert body["items"][0]["code"] == "RUSGOV"  # busiest first
    assert [a["code"] for a in client.get("/api/actors", params={"q": "kerry"}).json()["items"]] == ["USAGOV"]
    assert {a["code"] for a in client.get("/api/actors", params={"country": "rus"}).json()["items"]} == {"RUSGOV", "RUS"}


def test_dyads_by_month_and_direction(client):
    body = client.get("/api/dyads", params={"a": "RUS", "b": "USA", "period": "month"}).json()
    assert body["total"] == 2 and body["undated"] == 0
    (aug,) = body["items"]
    assert aug["period"] == "2013-08-01"
    assert (aug["q1"], aug["q2"], aug["q3"], aug["q4"]) == (1, 0, 1, 0)
    assert aug["goldstein"] == pytest.approx((1.0 - 4.0) / 2)
    directed = client.get("/api/dyads", params={"a": "RUS", "b": "USA", "directed": True}).json()
    assert directed["total"] == 1 and directed["items"][0]["goldstein"] == 1.0
    weeks = client.get("/api/dyads", params={"a": "RUS", "period": "week"}).json()
    # RUS takes part in e1 (week of 2013-08-05), e2 and e3 (same week), and the October talks
    counts = [(w["period"], w["events"]) for w in weeks["items"]]
    # quiet weeks in between are there, with zero events and no mean
    assert counts[0] == ("2013-08-05", 3) and counts[-1] == ("2013-10-14", 1) and len(counts) == 11
    assert all(n == 0 for _, n in counts[1:-1]) and weeks["items"][1]["goldstein"] is None
    months = client.get("/api/dyads", params={"a": "RUS", "period": "month"}).json()
    assert [(m["period"], m["events"]) for m in months["items"]] == [
        ("2013-08-01", 3), ("2013-09-01", 0), ("2013-10-01", 1)]
    years = client.get("/api/dyads", params={"a": "RUS", "period": "year"}).json()
    assert [(y["period"], y["events"]) for y in years["items"]] == [("2013-01-01", 4)]


def test_network_edges(client):
    body = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("RUS", "SYR")]["events"] == 2 and edges[("RUS", "SYR")]["goldstein"] == 4.0
    assert edges[("USA", "RUS")]["goldstein"] == -4.0
    # the gunmen have no country, so the Mali events have no country-level edge
    assert {n["id"] for n in body["nodes"]} == {"RUS", "USA", "SYR"}
    codes = client.get("/api/network", params={"level": "code", "root": "19"}).json()
    assert [(e["source"], e["target"]) for e in codes["edges"]] == [("UAF", "MLIMIL")]


def test_quotes_by_speaker_and_words(client):
    body = client.get("/api/quotes", params={"speaker": "Lavrov"}).json()
    assert body["total"] == 1 and body["items"][0]["content"] == "as soon as possible"
    assert client.get("/api/quotes", params={"speaker": "RUS"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"speaker": "Kerry"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"q": "soon"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"q": "later"}).json()["total"] == 0


def test_facets(client):
    body = client.get("/api/facets").json()
    assert [r["root"] for r in body["roots"]] == ["03", "04", "12", "19"]
    assert body["counts"] == {"articles": 3, "events": 6, "quotes": 1, "actors": 8}
    assert (body["date_min"], body["date_max"]) == ("2013-08-09", "2013-10-15")


def test_openapi_lists_every_endpoint_and_no_sql(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/articles/{article_id}", "/api/actors", "/api/dyads", "/api/quotes",
            "/api/network", "/api/articles", "/api/facets"} <= paths
    assert not any("sql" in p.lower() for p in paths)
    assert all(set(ops) == {"get"} for ops in spec["paths"].values())  # read-only
    # the answers are described, not just the parameters
    assert {"EventPage", "Event", "ActorPage", "Dyad", "Network", "QuotePage"} <= set(spec["components"]["schemas"])
    event = spec["components"]["schemas"]["Event"]["properties"]
    assert {"article", "cameo", "goldstein", "quad_class", "plover", "trigger", "rule"} <= set(event)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/dyads" in docs.text and "cdn" not in docs.text.lower()


def test_whole_words_outside_ascii():
    import duckdb

    from eventwire.store.queries import word_clauses, words

    (clause,), params = word_clauses("t", words("Élysée"))
    con = duckdb.connect()
    found = [con.execute(f"SELECT {clause} FROM (SELECT ? AS t)", params + [text]).fetchone()[0]
             for text in ("Talks at the Élysée palace", "Élysée", "the xélysée", "Élyséeplatz")]
    assert found == [True, True, False, False]


def test_odd_values_never_give_a_server_error(web_db):
    """Every endpoint, every parameter, with values a user or a crawler might send: 2xx or 4xx only."""
    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    odd = ["", " ", ",", "x" * 300, "\x00", "é", "'; --", "-1", "99999999999999999999", "2013-02-30", "[]", "%"]
    params = {"/api/events": ["source", "target", "root", "code", "plover", "quad", "date_from", "date_to", "q",
                              "sort", "limit", "offset", "article", "negated"],
              "/api/actors": ["q", "country", "limit", "offset"],
              "/api/dyads": ["a", "b", "period", "directed", "date_to"],
              "/api/network": ["level", "top", "source"],
              "/api/quotes": ["speaker", "q", "kind", "article", "limit", "offset"],
              "/api/articles": ["q", "status", "limit", "offset"]}
    c = TestClient(create_app(web_db), raise_server_exceptions=False)
    seen = set()
    for url, names in params.items():
        for name in names:
            for value in odd:
                q = {"a": "RUS", name: value} if url == "/api/dyads" else {name: value}
                res = c.get(url, params=q)
                assert res.status_code < 500, (url, q, res.text)
                seen.add(res.status_code)
    assert {200, 400, 422} <= seen


def test_empty_database(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.store import Store
    from eventwire.web.app import create_app

    with Store(tmp_path / "empty.duckdb"):
        pass
    c = TestClient(create_app(tmp_path / "empty.duckdb"))
    for url in ("/api/events", "/api/actors", "/api/quotes", "/api/articles", "/api/dyads?a=RUS&b=USA",
                "/api/network", "/api/facets", "/", "/dyads?a=RUS", "/network", "/actors", "/docs"):
        res = c.get(url)
        assert res.status_code == 200, url
    assert c.get("/api/events").json() == {"items": [], "total": 0, "limit": 50, "offset": 0}
    assert c.get("/api/dyads", params={"a": "RUS"}).json()["items"] == []
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "missing.duckdb")
