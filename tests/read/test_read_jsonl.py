import gzip
import json

import pytest

from eventwire.read import read_paths
from eventwire.read.jsonl import raw_from_dict
from eventwire.record import InputError, RawArticle

from read_helpers import article_html


def lines(*items) -> str:
    return "".join((json.dumps(d) if isinstance(d, dict) else d) + "\n" for d in items)


def test_jsonl_fields_title_semantics_and_html(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(lines(
        {"id": "a1", "url": "https://x.example/1", "title": "Talks in Rome",
         "published": "2024-02-03T09:00:00Z", "text": "Ministers met in Rome on Friday."},
        {"title": "", "text": "Headline-free text about a summit in Lima."},
        {"text": "A Title Line\nThe body of the story follows."},
        {"id": 7, "html": article_html(), "title": "Given title"},
    ), encoding="utf-8")
    a, b, c, d = list(read_paths([p]))
    assert (a.input_id, a.url, a.title, a.published, a.detect_title) == (
        "a1", "https://x.example/1", "Talks in Rome", "2024-02-03", False)
    assert a.text == "Ministers met in Rome on Friday." and a.format == "jsonl"
    # An empty title field still says "no title line in the text".
    assert (b.input_id, b.title, b.detect_title) == (f"{p}:2", None, False)
    assert (c.input_id, c.detect_title) == (f"{p}:3", True)
    # html goes through the HTML extraction; the given fields win over the page's.
    assert d.input_id == "7" and d.title == "Given title" and d.published == "2024-03-04"
    assert d.text.startswith("OSLO (Test Wire)") and "Sign in" not in d.text


def test_broken_line_is_an_error_and_the_others_go_on(tmp_path):
    p = tmp_path / "batch.ndjson"
    p.write_text(lines({"id": "1", "text": "First story."}, '{"id": "2", "text": "unterminated',
                       {"id": "3", "text": "Third story."}))
    first, err, third = list(read_paths([p]))
    assert (first.input_id, third.input_id) == ("1", "3")
    assert isinstance(err, InputError) and err.where == f"{p}:2"
    assert str(err).startswith(f"{p}:2: invalid JSON (")


def test_missing_text_and_html_is_an_error(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(lines({"id": "1", "title": "No body"}, {"id": "2", "text": 42}))
    e1, e2 = list(read_paths([p]))
    assert isinstance(e1, InputError) and e1.where == f"{p}:1" and "no 'text' or 'html'" in e1.reason
    assert isinstance(e2, InputError) and "not a string" in e2.reason


def test_bad_published_is_a_warning(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(lines({"text": "Story.", "published": "last Tuesday"}))
    (raw,) = list(read_paths([p]))
    assert raw.published is None and "not a YYYY-MM-DD date" in raw.warnings[0]


def test_blank_lines_are_skipped_and_empty_file_is_an_error(tmp_path):
    p = tmp_path / "gaps.jsonl"
    p.write_text("\n" + lines({"text": "Story."}) + "\n\n")
    (raw,) = list(read_paths([p]))
    assert raw.input_id == f"{p}:2"
    e = tmp_path / "empty.jsonl"
    e.write_text("")
    (err,) = list(read_paths([e]))
    assert isinstance(err, InputError) and err.reason == "empty file"


def test_gzipped_jsonl_and_truncation_keeps_what_was_read(tmp_path):
    body = lines(*({"id": str(i), "text": f"Story number {i} about talks in Vienna. " * 20}
                   for i in range(200)))
    whole = gzip.compress(body.encode())
    p = tmp_path / "batch.jsonl.gz"
    p.write_bytes(whole)
    assert len(list(read_paths([p]))) == 200
    p.write_bytes(whole[: len(whole) // 2])
    items = list(read_paths([p]))
    assert isinstance(items[-1], InputError) and items[-1].reason == "truncated gzip"
    good = [x for x in items if isinstance(x, RawArticle)]
    assert len(good) > 10 and [x.input_id for x in good] == [str(i) for i in range(len(good))]


def test_json_document_with_an_array(tmp_path):
    p = tmp_path / "batch.json"
    p.write_text(json.dumps([{"text": "One."}, {"nothing": 1}], indent=2))
    raw, err = list(read_paths([p]))
    assert raw.text == "One." and raw.input_id == f"{p}[0]"
    assert isinstance(err, InputError) and err.where == f"{p}[1]"


def test_raw_from_dict():
    raw = raw_from_dict({"text": "Story.", "source": "Wire"}, where="item 3")
    assert (raw.input_id, raw.source, raw.detect_title) == ("item 3", "Wire", True)
    with pytest.raises(InputError, match="item 4: no 'text' or 'html'"):
        raw_from_dict({"url": "x"}, where="item 4")
    with pytest.raises(InputError, match="expected a JSON object"):
        raw_from_dict(["text"], where="item 5")
