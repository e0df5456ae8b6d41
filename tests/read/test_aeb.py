import gzip
import json

import pytest

from eventwire.evaluate import aeb

from read_helpers import PARAGRAPHS, article_html


def test_shingles_are_4_token_multisets_of_word_runs():
    assert aeb.shingles("a b c d a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1,
                                               ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    assert aeb.shingles("Oslo, Norway!") == {("Oslo", "Norway"): 1}  # shorter than 4: one shingle
    assert aeb.shingles("") == {}


def test_match_and_metrics_follow_the_benchmark_definition():
    assert aeb.match("one two three four five", "one two three four five") == (1.0, 0.0, 0.0)
    tp, fp, fn = aeb.match("one two three four five", "one two three four six")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    # An empty prediction counts for recall (0) but not for precision.
    m = aeb.metrics([(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)])
    assert (m["precision"], m["recall"], m["pages"]) == (1.0, 0.5, 2)
    assert m["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    # Nothing to find and nothing found scores 1 on both.
    assert aeb.metrics([(0.0, 0.0, 0.0)])["pages"] == 1


def test_score_runs_both_systems_on_the_same_pages(tmp_path):
    (tmp_path / "html").mkdir()
    truth = {}
    for key, title in (("p1", "Norway and Finland sign border agreement"), ("p2", "Second story")):
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(article_html(title=title).encode()))
        truth[key] = {"articleBody": "\n\n".join(PARAGRAPHS), "url": f"https://x.example/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    result = aeb.score(tmp_path, extract=lambda path, url: "\n".join(PARAGRAPHS[:2]))
    assert result["eventwire"]["precision"] == 1.0
    assert 0.3 < result["eventwire"]["recall"] < 0.7
    assert result["trafilatura"]["pages"] == 2 and result["trafilatura"]["recall"] > 0.9
    assert [p["id"] for p in result["per_page"]] == ["p1", "p2"]
    table = aeb.format_table(result)
    assert "eventwire" in table and "trafilatura" in table and "1.0000" in table


def test_score_says_where_the_data_should_be(tmp_path):
    with pytest.raises(FileNotFoundError, match="AEB data not found"):
        aeb.score(tmp_path)


def test_eventwire_extraction_is_the_reader_then_the_clean_stage(tmp_path):
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(article_html(comments=[("anna", "I think this is a bad deal!")]).encode()))
    body = aeb.eventwire_extract(p)
    for para in PARAGRAPHS[1:]:
        assert para in body
    assert "bad deal" not in body and "Related" not in body
