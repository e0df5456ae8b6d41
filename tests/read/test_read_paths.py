import gzip
import itertools
import json
import os

import eventwire.read as read
from eventwire.read import read_paths, walk
from eventwire.record import InputError, RawArticle

from read_helpers import article_html


def test_directory_walk_is_sorted_recursive_and_skips_hidden_and_non_articles(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.")
    (tmp_path / "a" / "z.txt").write_text("First.")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Third."))
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / "make_corpus.py").write_text("print('code, not news')")
    (tmp_path / "README.md").write_text("# notes")
    texts = [x.text for x in read_paths([tmp_path])]
    assert texts == ["First.", "Second.", "Third."]


def test_files_named_explicitly_are_read_whatever_their_extension(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text("Ministers met in Oslo.")
    assert [x.text for x in read_paths([p])] == ["Ministers met in Oslo."]


def test_mixed_formats_in_one_folder(tmp_path):
    (tmp_path / "1.txt").write_text("Plain story.")
    (tmp_path / "2.html").write_text(article_html(), encoding="utf-8")
    (tmp_path / "3.jsonl").write_text(json.dumps({"text": "Line story."}) + "\n")
    (tmp_path / "4.txt").write_bytes(b"")
    items = list(read_paths([tmp_path]))
    assert [x.format if isinstance(x, RawArticle) else "error" for x in items] == [
        "text", "html", "jsonl", "error"]


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Story.")
    err, raw = list(read_paths([tmp_path / "nope.txt", ok]))
    assert isinstance(err, InputError) and err.reason == "no such file or folder"
    assert raw.text == "Story."


def test_read_paths_is_lazy(tmp_path, monkeypatch):
    """Nothing is read before it is asked for: an endless list of paths works,
    and a JSON Lines file is read line by line."""
    p = tmp_path / "a.txt"
    p.write_text("Story.")
    first_three = list(itertools.islice(read_paths(itertools.repeat(p)), 3))
    assert [x.text for x in first_three] == ["Story."] * 3

    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"id": str(i), "text": "x"}) + "\n" for i in range(1000)))
    parsed = []
    real = read.jsonl._parse_line
    monkeypatch.setattr(read.jsonl, "_parse_line", lambda line, where: parsed.append(where) or real(line, where))
    stream = read_paths([big])
    assert next(stream).input_id == "0" and next(stream).input_id == "1"
    assert len(parsed) == 2


def test_walk_survives_an_unreadable_folder(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "z.txt").write_text("Story.")
    real = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(read.os, "scandir", scandir)
    err, raw = list(read_paths([tmp_path]))
    assert isinstance(err, InputError) and err.where == str(locked)
    assert err.reason == "cannot read folder (Permission denied)"
    assert raw.text == "Story."


def test_the_bundled_samples_read_cleanly():
    samples = os.path.join(os.path.dirname(__file__), "..", "..", "samples")
    items = list(read_paths([samples]))
    articles = [x for x in items if isinstance(x, RawArticle)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(articles) == 8
    assert [e.reason for e in errors] == ["record skipped: not HTML (content type image/png)"]
    assert all(len(a.text.split()) > 100 for a in articles)


def test_a_crashing_extractor_is_an_error_not_the_end_of_the_batch(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text(article_html(), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Story.")

    def boom(html, url=None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(read.html, "extract", boom)
    err, raw = list(read_paths([tmp_path]))
    assert isinstance(err, InputError)
    assert err.reason == "HTML extraction failed (RecursionError: maximum recursion depth exceeded)"
    assert raw.text == "Story."


def test_a_single_path_is_not_taken_for_a_list_of_characters(tmp_path):
    (tmp_path / "a.txt").write_text("Story.")
    assert [x.text for x in read_paths(tmp_path)] == ["Story."]
    assert [x.text for x in read_paths(str(tmp_path / "a.txt"))] == ["Story."]
