"""Exports: each format written from the seed page's database and read back
(GDELT TSV by pandas with the official column names, Parquet by pyarrow,
PLOVER JSON Lines by json), and the GDELT columns checked on hand-written
records whose values are known."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store
from eventwire.store.export import FLAT_COLUMNS, GDELT_COLUMNS, _global_id, export
from eventwire.store.queries import BadQuery, EventFilter

from web.records import GENEVA, MALI, TALKS, store_records


def read_gdelt(path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str, keep_default_na=False,
                       quoting=csv.QUOTE_NONE)


def test_gdelt_column_list_is_the_codebooks():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert GDELT_COLUMNS[5:15] == ["Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
                                   "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
                                   "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code"]
    assert GDELT_COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[43] == "Actor2Geo_Type"
    assert GDELT_COLUMNS[51:59] == ["ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                                    "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                                    "ActionGeo_FeatureID"]
    assert GDELT_COLUMNS[59:] == ["DATEADDED", "SOURCEURL"]


# --- the seed page, coded by the pipeline ------------------------------------------------
@pytest.fixture(scope="module")
def seed_db(seed_record, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    with Store(path) as store:
        store.write([seed_record])
    assert seed_record["events"], "the seed page yields no events: nothing to export"
    return path


def test_seed_gdelt(seed_db, seed_record, tmp_path):
    out = tmp_path / "seed.gdelt.tsv"
    n = export(seed_db, "gdelt", out)
    df = read_gdelt(out)
    assert df.shape == (n, 61)
    events = seed_record["events"]
    pairs = sum(max(1, len(e["source"])) * max(1, len(e["target"])) for e in events)
    assert len(events) <= n <= pairs
    assert df["GlobalEventID"].is_unique
    by_id = {_global_id(seed_record["id"], e["id"], 0): e for e in events}
    firsts = df[df["GlobalEventID"].astype(int).isin(by_id)]
    assert len(firsts) == len(events)  # every event has its first dyad row
    for _, row in firsts.iterrows():
        e = by_id[int(row["GlobalEventID"])]
        assert row["EventCode"] == e["cameo"] and row["EventRootCode"] == e["cameo_root"]
        assert row["EventBaseCode"] == e["cameo"][:3]
        assert float(row["GoldsteinScale"]) == e["goldstein"] and int(row["QuadClass"]) == e["quad_class"]
        if e["source"]:
            assert row["Actor1Code"] == e["source"][0]["code"]
        day = e["date"] or seed_record["published"]
        assert row["Day"] == (day.replace("-", "") if day else "")
        assert row["NumArticles"] == "1" and row["AvgTone"] == ""
    assert df["DATEADDED"].str.fullmatch(r"\d{14}").all()


def test_seed_plover_jsonl(seed_db, seed_record, tmp_path):
    out = tmp_path / "seed.plover.jsonl"
    n = export(seed_db, "plover", out)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(recs) == len(seed_record["events"])
    actors = {a["id"]: a for a in seed_record["actors"]}
    for rec, e in zip(sorted(recs, key=lambda r: r["id"]),
                      sorted(seed_record["events"], key=lambda e: f"{seed_record['id']}-{e['id']}")):
        assert rec["id"] == f"{seed_record['id']}-{e['id']}"
        assert rec["event"] == [e["plover"]["event"]]
        assert [a["code"] for a in rec["actor"]] == [actors[s["actor"]]["country"] or s["code"][:3]
                                                      for s in e["source"]]
        assert [a["cameo_code"] for a in rec["recipient"]] == [t["code"] for t in e["target"]]
        assert rec["event_text"] == [e["trigger"]["text"]]
        assert e["trigger"]["text"] in rec["text"]
        assert rec["quad_code"] == e["quad_class"] and rec["event_scale"] == e["goldstein"]
        assert rec["cite_info"]["citation"] == seed_record["id"]


def test_seed_parquet_csv_jsonl(seed_db, seed_record, tmp_path):
    pq_path = tmp_path / "seed.parquet"
    assert export(seed_db, "parquet", pq_path) == len(seed_record["events"])
    table = pq.read_table(pq_path)
    assert table.column_names == FLAT_COLUMNS and table.num_rows == len(seed_record["events"])
    rows = {r["event_id"]: r for r in table.to_pylist()}
    for e in seed_record["events"]:
        r = rows[e["id"]]
        assert r["cameo"] == e["cameo"] and r["source_codes"] == [s["code"] for s in e["source"]]
        assert r["trigger_text"] == e["trigger"]["text"] and r["rule"] == e["rule"]

    csv_path = tmp_path / "seed.csv"
    export(seed_db, "csv", csv_path)
    df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    assert list(df.columns) == FLAT_COLUMNS and len(df) == len(seed_record["events"])
    assert set(df["cameo"]) == {e["cameo"] for e in seed_record["events"]}

    jl = tmp_path / "seed.jsonl"
    assert export(seed_db, "jsonl", jl) == 1
    (line,) = jl.read_text(encoding="utf-8").splitlines()
    assert json.loads(line) == seed_record


# --- known values: hand-written records ----------------------------------------------------
@pytest.fixture(scope="module")
def known_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("known") / "known.duckdb"
    store_records(path)
    return path


def test_gdelt_known_values(known_db, tmp_path):
    out = tmp_path / "k.tsv"
    assert export(known_db, "gdelt", out) == 7  # 6 events, the compound RUS+USA source gives two rows
    df = read_gdelt(out)
    met = df[df["GlobalEventID"] == str(_global_id(GENEVA["id"], "e1", 0))].iloc[0]
    assert (met["Day"], met["MonthYear"], met["Year"]) == ("20130809", "201308", "2013")
    assert met["FractionDate"] == f"{2013 + 221 / 365:.4f}"  # 9 August is day 221
    assert (met["Actor1Code"], met["Actor1Name"], met["Actor1CountryCode"], met["Actor1Type1Code"]) == \
        ("RUSGOV", "SERGEI LAVROV", "RUS", "GOV")
    assert (met["Actor2Code"], met["Actor2CountryCode"]) == ("USAGOV", "USA")
    assert (met["IsRootEvent"], met["EventCode"], met["EventBaseCode"], met["EventRootCode"]) == \
        ("1", "040", "040", "04")
    # the Geneva article was seen twice, from two outlets
    assert (met["NumMentions"], met["NumSources"], met["NumArticles"]) == ("2", "2", "2")
    assert met["SOURCEURL"] == GENEVA["url"]
    reject = df[df["EventCode"] == "120"].iloc[0]
    assert reject["IsRootEvent"] == "0"  # second paragraph
    talks = df[df["EventCode"] == "030"]
    assert sorted(talks["Actor1Code"]) == ["RUS", "USA"] and set(talks["Actor2Code"]) == {"SYR"}
    assert set(df[df["SOURCEURL"] == MALI["url"]]["NumArticles"]) == {"1"}


def test_gdelt_action_geo(tmp_path):
    rec = json.loads(json.dumps(GENEVA))
    rec["events"][0]["place"] = "p1"
    db = tmp_path / "geo.duckdb"
    with Store(db) as store:
        store.write([rec])
    out = tmp_path / "geo.tsv"
    export(db, "gdelt", out, EventFilter.parse(code="040"))
    row = read_gdelt(out).iloc[0]
    geo = [row[f"ActionGeo_{c}"] for c in ("Type", "FullName", "CountryCode", "Lat", "Long", "FeatureID")]
    assert geo == ["4", "Geneva", "SZ", "46.2022", "6.14569", "2660646"]  # SZ: Switzerland's FIPS code
    # actors' geography: where known (here their countries, not named places of theirs in the sentence)
    for side in ("Actor1", "Actor2"):
        code = row[f"{side}CountryCode"]
        if code:
            assert row[f"{side}Geo_Type"] == "1" and row[f"{side}Geo_ADM1Code"] == row[f"{side}Geo_CountryCode"]


def test_filters_are_shared_with_the_api(known_db, tmp_path):
    out = tmp_path / "rus.jsonl"
    n = export(known_db, "plover", out, EventFilter.parse(source="RUS", date_to="2013-09-30"))
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert n == 2 and {r["id"] for r in recs} == {f"{GENEVA['id']}-e1", f"{GENEVA['id']}-e2"}
    out = tmp_path / "talks.jsonl"
    assert export(known_db, "jsonl", out, EventFilter.parse(root="03", date_from="2013-10-01")) == 1
    assert json.loads(out.read_text())["id"] == TALKS["id"]
    with pytest.raises(BadQuery):
        export(known_db, "xml", out)
    with pytest.raises(BadQuery):
        export(known_db, "parquet", None)


def test_cli_export(known_db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli.tsv"
    res = runner.invoke(app, ["export", "--db", str(known_db), "--format", "gdelt", "-o", str(out),
                              "--source", "RUS", "--root", "04"])
    assert res.exit_code == 0, res.output
    assert len(read_gdelt(out)) == 1
    res = runner.invoke(app, ["export", "--db", str(known_db), "--format", "csv", "--quad", "9"])
    assert res.exit_code == 2 and "quad" in res.output
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv"])
    assert res.exit_code == 2 and "no such database" in res.output
    res = runner.invoke(app, ["export", "--db", str(known_db), "--format", "csv", "--plover", "assault"])
    assert res.exit_code == 0
    lines = [x for x in res.stdout.splitlines() if x.startswith(("article_id", "a0"))]
    assert lines[0].startswith("article_id,") and len(lines) == 2 and MALI["id"] in lines[1]


def test_gdelt_semantics_on_the_seed_database(seed_db, seed_record, tmp_path):
    """SQLDATE from the event date, else publication; ADM1 as GDELT writes it
    (FIPS + division); actors' geography filled where their country is known."""
    out = tmp_path / "seed.gdelt.tsv"
    export(seed_db, "gdelt", out)
    df = read_gdelt(out)
    days = {e["date"] or seed_record["published"] for e in seed_record["events"]}
    assert set(df["Day"]) == {d.replace("-", "") for d in days}
    assert (df["MonthYear"] == df["Day"].str[:6]).all() and (df["Year"] == df["Day"].str[:4]).all()
    from eventwire.store.gdelt_geo import centroids

    for side in ("Actor1", "Actor2"):
        known = df[df[f"{side}CountryCode"].isin(set(centroids()))]  # countries (not regions: "WST")
        assert len(known) and (known[f"{side}Geo_Type"] != "").all()
        assert (known[f"{side}Geo_ADM1Code"].str[:2] == known[f"{side}Geo_CountryCode"]).all()
    placed = df[df["ActionGeo_Type"] != ""]
    assert (placed["ActionGeo_ADM1Code"].str[:2] == placed["ActionGeo_CountryCode"]).all()


@pytest.mark.parametrize("country, admin1, fips, code", [
    ("USA", "Texas", "US", "USTX"), ("RUS", "RU.48", "RS", "RS48"), ("USA", "TX", "US", "USTX"),
    ("FRA", "FR.11", "FR", "FR11"), ("DEU", "Bavaria", "GM", "GM"), ("USA", None, "US", "US"),
    # the where stage's admin1 is GDELT's code already: kept, never prefixed twice
    ("USA", "USTX", "US", "USTX"), ("RUS", "RS48", "RS", "RS48"), ("CAN", "CA08", "CA", "CA08"),
    ("USA", "CA08", "US", "US"),  # another country's code is no division of this one
])
def test_adm1_codes_as_gdelt_writes_them(country, admin1, fips, code):
    from eventwire.store.gdelt_geo import adm1

    assert adm1(fips, country, admin1) == code
