"""Exports from incidents: GDELT NumMentions/NumSources/NumArticles, PLOVER incident records, the CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store.export import export
from eventwire.store.queries import EventFilter

from .conftest import GENEVA_3
from export.test_export import read_gdelt


def test_gdelt_counts_come_from_the_incident(incident_db, tmp_path):
    out = tmp_path / "events.tsv"
    export(incident_db, "gdelt", out)
    df = read_gdelt(out)
    meeting = df[(df.EventCode == "040")]
    assert len(meeting) == 3  # every report stays a row; each row counts the whole incident
    assert set(zip(meeting.NumMentions, meeting.NumSources, meeting.NumArticles)) == {("4", "3", "4")}
    mali = df[df.EventCode == "190"]
    assert list(zip(mali.NumMentions, mali.NumSources, mali.NumArticles)) == [("1", "1", "1")]


def test_plover_incidents_one_record_per_incident(incident_db, tmp_path):
    out = tmp_path / "incidents.jsonl"
    n = export(incident_db, "plover-incidents", out, EventFilter.parse(source="RUS"))
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == len(recs) == 3
    meeting = next(r for r in recs if len(r["mentions"]) == 3)
    assert meeting["event"] == ["CONSULT"] and meeting["date"] == "2013-08-09"
    assert meeting["num_sources"] == 3 and meeting["event_loc"]["resolved_place"] == "Geneva"
    assert {m["cite_info"]["publication"] for m in meeting["mentions"]} == {"Example News", "Alpine Courier",
                                                                             "Volga Evening News"}
    assert any(m["cite_info"]["citation"] == GENEVA_3["id"] and m["date"] == "2013-08-11"
               for m in meeting["mentions"])  # no event date: dated by its publication


def test_cli_builds_and_exports(incident_db, tmp_path):
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(incident_db, db)
    runner = CliRunner()
    res = runner.invoke(app, ["incidents", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "incidents: 6 (8 events added, all regrouped)" in res.output
    res = runner.invoke(app, ["incidents", "--db", str(db), "--update"])
    assert "incidents: 6 (0 events added)" in res.output
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "plover-incidents", "-o", str(tmp_path / "x")])
    assert res.exit_code == 0 and len((tmp_path / "x").read_text().splitlines()) == 6
    assert runner.invoke(app, ["incidents", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2
    bad = tmp_path / "rules.yaml"
    bad.write_text("- not a mapping\n")
    res = runner.invoke(app, ["incidents", "--db", str(db), "--rules", str(bad)])
    assert res.exit_code == 2 and "rules.yaml: the incident rules must be a mapping" in res.output
