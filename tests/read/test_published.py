"""Publication dates: from the input, the page, the text, the file name and
folders, the URL, ``--published`` and the WARC record, each saying where it
came from; impossible dates are one-line errors."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.clean import clean
from eventwire.read import read_paths
from eventwire.read.dates import BadDate, parse_date, path_date
from eventwire.record import RawArticle
from eventwire.settings import Settings

BODY = ("The foreign ministers of Chile and Peru met in Lima to discuss the fishing dispute, officials said.\n\n"
        "They agreed to send a joint commission to the coast before the end of the season, a statement said.\n")


@pytest.mark.parametrize("path, day", [
    ("archive/cnn_2016-10-02_talks-resume.txt", "2016-10-02"),
    ("archive/reuters-20161002-talks.txt", "2016-10-02"),
    ("news/2016/10/02/talks.html", "2016-10-02"),
    ("https://example.org/world/2016/10/02/talks-resume/", "2016-10-02"),
    ("archive/2016_10_02.txt", "2016-10-02"),
    ("2015-01-01/cnn_2016-10-02_x.txt", "2016-10-02"),   # the file name before its folder
])
def test_path_dates(path, day):
    assert path_date(path) == day


@pytest.mark.parametrize("path", [
    "archive/story-201610021234.txt",      # a longer number: an id, not a date
    "archive/report-2016-02-30.txt",       # no such day
    "archive/item-20161399.txt",
    "archive/2016/13/02/x.txt",
    "archive/talks.txt",
])
def test_no_date_where_none_is_written(path):
    assert path_date(path) is None


@pytest.mark.parametrize("value", ["2016-02-30", "yesterday", "10/02/2016", "2016-13-01"])
def test_impossible_dates_are_errors(value):
    with pytest.raises(BadDate) as err:
        parse_date(value, "--published")
    assert str(err.value).startswith("--published: ") and value in str(err.value)


def test_timestamp_is_cut_to_its_day():
    assert parse_date("2016-10-02T09:30:00Z") == "2016-10-02"


def _folder(tmp_path, name, text=BODY):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _clean_one(path, settings=None):
    settings = settings or Settings()
    (raw,) = list(read_paths([path], settings))
    return clean(raw, settings)


def test_file_name_date_and_not_content(tmp_path):
    art = _clean_one(_folder(tmp_path, "outlet_2016-10-02_chile-peru.txt", "Chile and Peru Meet in Lima\n\n" + BODY))
    assert (art.published, art.published_from) == ("2016-10-02", "filename")
    assert art.title == "Chile and Peru Meet in Lima"
    assert "2016" not in art.body and "2016" not in art.title   # the name's date is no part of the text


def test_text_date_line_before_file_name(tmp_path):
    art = _clean_one(_folder(tmp_path, "x_2016-10-02.txt", "Published: 12 March 2019\n\n" + BODY))
    assert (art.published, art.published_from) == ("2019-03-12", "dateline")
    art = _clean_one(_folder(tmp_path, "y.txt", "By Ana Ruiz | Published: 12 March 2019\n\n" + BODY))
    assert (art.published, art.published_from) == ("2019-03-12", "dateline")
    # a date inside a sentence of the article is no publication stamp
    art = _clean_one(_folder(tmp_path, "z.txt", "The report, published on March 12, 2019, said so.\n\n" + BODY))
    assert art.published is None


def test_option_only_where_nothing_else_tells(tmp_path):
    s = Settings(published="2020-05-05")
    assert _clean_one(_folder(tmp_path, "a_2016-10-02.txt"), s).published_from == "filename"
    art = _clean_one(_folder(tmp_path, "b.txt"), s)
    assert (art.published, art.published_from) == ("2020-05-05", "option")


def test_dateline_month_day_takes_the_year_of_the_option():
    raw = RawArticle(text="LIMA, Aug. 9 (Reuters) - " + BODY, detect_title=False)
    art = clean(raw, Settings(published="2016-08-12"))
    assert (art.published, art.published_from) == ("2016-08-09", "dateline")
    art = clean(RawArticle(text="LIMA, Aug. 9 (Reuters) - " + BODY, detect_title=False))
    assert art.published is None  # no year anywhere: no date rather than a guess


def test_input_field_wins(tmp_path):
    one = BODY.replace("\n", " ")
    p = _folder(tmp_path, "feed_2016-10-02.jsonl",
                f'{{"id": "1", "text": "{one}", "published": "2015-04-04"}}\n'
                f'{{"id": "2", "text": "{one}", "published": "2015-02-30"}}\n')
    arts = [clean(r) for r in read_paths([p]) if isinstance(r, RawArticle)]
    assert (arts[0].published, arts[0].published_from) == ("2015-04-04", "input")
    assert arts[1].published is None  # an impossible day is a warning, not a date; nor is the file's date


def test_cli_refuses_impossible_published(tmp_path):
    f = _folder(tmp_path, "a.txt")
    for cmd in ("code", "ingest"):
        res = CliRunner().invoke(app, [cmd, str(f), "--published", "2016-02-30"]
                                 + (["--db", str(tmp_path / "x.duckdb")] if cmd == "ingest" else []))
        assert res.exit_code == 2
        assert "--published: '2016-02-30' is not a day of the calendar" in res.output
    assert not (tmp_path / "x.duckdb").exists()
