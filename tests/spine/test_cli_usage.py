"""The command line as people expect it: stdin, totals and time left, errors
that name the option as typed and list the valid values, no database from a
mistyped path, stats that say how events are counted, skipped WARC records,
the quotes export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from eventwire.cli import app, as_typed
from eventwire.read.count import count_inputs
from eventwire.run.progress import time_left

from web.records import store_records

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Chile and Peru met in Lima on Monday to discuss the long fishing dispute between the two countries, "
        "officials said after the talks.\n")


def _cli(args, **kw):
    return CliRunner().invoke(app, [str(a) for a in args], **kw)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "known.duckdb"
    store_records(path)
    return path


def test_dash_reads_standard_input():
    res = _cli(["code", "-", "--published", "2016-01-04"], input=TEXT)
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["input_id"] == "<stdin>" and rec["published"] == "2016-01-04" and rec["status"] == "coded"


def test_counting_inputs_first(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "feed.jsonl").write_text('{"text": "one"}\n\n{"text": "two"}\n{"text": "three"}\n')
    assert count_inputs([tmp_path]) == 4
    assert count_inputs([ROOT / "samples" / "crawl.warc.gz"]) == 3  # response and resource records
    assert count_inputs(["-"]) is None  # standard input cannot be read twice


def test_time_left_from_the_rate():
    s = SimpleNamespace(coded=20, skipped=0, duplicates=0, already=0, errors=0, elapsed=lambda: 10.0)
    assert time_left(s, 100) == pytest.approx(40.0)
    assert time_left(s, None) is None


@pytest.mark.parametrize("args, message", [
    (["--root", "21"], "error: --root: '21' is not a CAMEO root code (one of 01, 02,"),
    (["--plover", "attack"], "error: --plover: 'ATTACK' is not a PLOVER event type (one of ACCUSE, AGREE,"),
    (["--date-from", "2016-13-01"], "error: --date-from: '2016-13-01' is not a date"),
    (["--date-from", "2016-10-01", "--date-to", "2016-09-01"], "error: --date-from is after --date-to"),
    (["--format", "xml"], "error: --format: 'xml' is not one of gdelt, plover, csv, parquet, jsonl, quotes"),
])
def test_bad_option_values(db, args, message):
    fmt = [] if "--format" in args else ["--format", "csv"]
    res = _cli(["export", "--db", db, *fmt, *args, "-o", "-"])
    assert res.exit_code == 2 and message in res.output


def test_valid_values_still_pass(db):
    res = _cli(["export", "--db", db, "--format", "csv", "--root", "04", "--plover", "consult", "-o", "-"])
    assert res.exit_code == 0, res.output


def test_as_typed_leaves_other_words():
    assert as_typed("sort: 'x' is not one of date") == "sort: 'x' is not one of date"
    assert as_typed("quad: '7' is not a valid value") == "--quad: '7' is not a valid value"


def test_ingest_of_a_missing_path_creates_no_database(tmp_path):
    res = _cli(["ingest", tmp_path / "no-such-folder", "--db", tmp_path / "x.duckdb"])
    assert res.exit_code == 2 and "no-such-folder: no such file or folder" in res.output
    assert not (tmp_path / "x.duckdb").exists()


def test_stats_say_how_events_are_counted(db):
    res = _cli(["stats", "--db", db])
    assert res.exit_code == 0
    assert "negated" in res.output and "leave out negated events and count hypothetical ones" in res.output


def test_non_html_warc_record_is_skipped_not_an_error():
    res = CliRunner().invoke(app, ["code", str(ROOT / "samples" / "crawl.warc.gz")])
    assert res.exit_code == 0
    assert "skipped: " in res.stderr and "not HTML (content type image/png)" in res.stderr
    assert "error" not in res.stderr


def test_quotes_export(db):
    res = _cli(["export", "--db", db, "--format", "quotes", "-o", "-"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {"content", "speaker_name", "speaker_code", "kind", "published"} <= set(rows[0])
    assert all(r["content"] for r in rows)
    one = rows[0]["speaker_code"][:3]
    res = _cli(["export", "--db", db, "--format", "quotes", "--source", one, "-o", "-"])
    assert all(r["speaker_code"].startswith(one) for r in csv.DictReader(io.StringIO(res.stdout)))
