import gzip

from eventwire.read import read_paths
from eventwire.read.html import split_comments
from eventwire.record import InputError, RawArticle

from read_helpers import PARAGRAPHS, article_html, only


def test_html_page_main_text_metadata_and_comments(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(article_html(comments=[("nordic_fan", "I hope the patrols start before winter!")]),
                 encoding="utf-8")
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle) and raw.format == "html"
    assert raw.title == "Norway and Finland sign border agreement"
    assert raw.detect_title is False
    assert raw.published == "2024-03-04"
    assert raw.source == "Test Wire"
    # One paragraph a line, in order, the headline kept out of the text.
    assert raw.text.split("\n") == PARAGRAPHS
    for furniture in ("Sign in", "Related", "Ferry strike", "All rights reserved", "I hope the patrols"):
        assert furniture not in raw.text
    assert raw.comments == ["nordic_fan: I hope the patrols start before winter!"]
    assert {"text": "Norway and Finland sign border agreement", "reason": "title"} in raw.removed


def test_page_without_date_has_no_published(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(article_html(date=None), encoding="utf-8")
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle) and raw.published is None


def test_meta_charset_is_honoured(tmp_path):
    paras = [p.replace("Norway", "Norwegen-Bogotá").replace("—", "-") for p in PARAGRAPHS]
    p = tmp_path / "latin.html"
    p.write_bytes(article_html(paragraphs=paras, charset="iso-8859-1").encode("latin-1"))
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle)
    assert "Norwegen-Bogotá and Finland" in raw.text and raw.warnings == []


def test_html_sniffed_without_extension(tmp_path):
    p = tmp_path / "page"
    p.write_text(article_html(), encoding="utf-8")
    assert only(read_paths([p])).format == "html"


def test_gzipped_html(tmp_path):
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(article_html().encode()))
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle) and raw.text.startswith("OSLO (Test Wire)")


def test_page_with_no_article_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<!DOCTYPE html><html><head><title>Home</title></head><body>"
                 "<nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>")
    err = only(read_paths([p]))
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: no article text found"


def test_comment_lines_are_grouped_per_comment():
    text = "Comments (2)\nanna_k\nI disagree with the minister.\nbob\n2 hours ago\nWell said!"
    assert split_comments(text) == ["anna_k: I disagree with the minister.", "bob 2 hours ago: Well said!"]


def test_a_saved_page_named_txt_is_read_as_html(tmp_path):
    p = tmp_path / "saved-page.txt"
    p.write_text(article_html(), encoding="utf-8")
    raw = only(read_paths([p]))
    assert raw.format == "html" and "<p>" not in raw.text and raw.text.startswith("OSLO")
