"""Incidents in the store: ingesting in two halves (in either order) gives the incidents of one run,
a re-run changes nothing, later reports join existing incidents, counts follow new sightings."""

from __future__ import annotations

from eventwire.incidents import load_rules, rebuild, update
from eventwire.incidents.synthetic import records
from eventwire.store import Store

SNAPSHOT = ("SELECT * EXCLUDE (confidence), round(confidence, 6) FROM incidents ORDER BY incident_id",
            "SELECT incident_id, component, article_id, event_id, link FROM incident_events ORDER BY 3, 4")


def snapshot(con):
    return [con.execute(q).fetchall() for q in SNAPSHOT]


def data(n=1500, seed=3):
    return [r for r, _ in records(n, seed=seed, days=60)]


def test_two_halves_give_the_incidents_of_one_run(tmp_path):
    recs = data()
    evens, odds = recs[0::2], recs[1::2]  # the reports of most incidents fall in both halves
    with Store(tmp_path / "one.duckdb") as one:
        one.write(recs)
        update(one.con)
        expected = snapshot(one.con)
        rebuild(one.con)
        assert snapshot(one.con) == expected  # update on an empty table = rebuild
    assert len(expected[0]) < len(recs) * 0.6  # reports were grouped
    for first, second in ((evens, odds), (odds, evens)):
        path = tmp_path / f"halves-{first[0]['id']}.duckdb"
        with Store(path) as st:
            st.write(first)
            update(st.con)
            n_before = st.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
            st.write(second)
            res = update(st.con)
            assert res["new_events"] == len(second) and res["regrouped"] > 0
            assert snapshot(st.con) == expected
            # the second half mostly joined incidents of the first: far fewer incidents than reports added
            assert len(expected[0]) - n_before < len(second) / 2


def test_rerun_changes_nothing_and_counts_follow_sightings(tmp_path):
    recs = data(300, seed=5)
    with Store(tmp_path / "db.duckdb") as st:
        st.write(recs, mentions=[{"article_id": r["id"], "input_id": r["input_id"], "url": r["url"],
                                  "source": r["source"], "published": r["published"], "first": True,
                                  "similarity": 1.0} for r in recs])
        update(st.con)
        snap = snapshot(st.con)
        assert update(st.con)["new_events"] == 0
        assert snapshot(st.con) == snap
        aid = recs[0]["id"]
        iid, n_art, n_src = st.con.execute(
            "SELECT i.incident_id, num_articles, num_sources FROM incidents i JOIN incident_events ie "
            "USING (incident_id) WHERE ie.article_id = ?", [aid]).fetchone()
        # a syndicated copy of the article from a new outlet arrives in a later ingest
        st.write([], mentions=[{"article_id": aid, "input_id": "copy", "url": "https://copy.example/x",
                                "source": "Copy Wire", "published": recs[0]["published"], "first": False,
                                "similarity": 0.98}])
        update(st.con)
        assert st.con.execute("SELECT num_articles, num_sources FROM incidents WHERE incident_id = ?",
                              [iid]).fetchone() == (n_art + 1, n_src + 1)


def test_other_rules_regroup_everything(tmp_path, monkeypatch):
    recs = data(300, seed=6)
    with Store(tmp_path / "db.duckdb") as st:
        st.write(recs)
        update(st.con)
        n = st.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        res = update(st.con, load_rules(window_days=0, report_lag_days=0, story_window_days=0))
        assert res["rebuilt"] and res["incidents"] > n


def test_negated_hypothetical_and_unidentified(tmp_path):
    recs = data(40, seed=8)
    recs[0]["events"][0]["negated"] = True
    recs[1]["events"][0]["hypothetical"] = True
    recs[2]["events"][0]["source"] = []  # the doer is not told
    with Store(tmp_path / "db.duckdb") as st:
        st.write(recs)
        update(st.con)
        keys = {a for (a,) in st.con.execute("SELECT article_id FROM incident_events").fetchall()}
        assert recs[0]["id"] not in keys and recs[1]["id"] not in keys and recs[2]["id"] in keys
        assert len(keys) == len(recs) - 2
