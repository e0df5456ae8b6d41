import gzip

from eventwire.read import read_paths
from eventwire.record import InputError, RawArticle
from eventwire.settings import Settings

from read_helpers import only


def test_plain_text_is_whole_file_and_title_is_detected_later(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Title line\n\nFirst paragraph.\nSecond paragraph.\n", encoding="utf-8")
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle)
    assert raw.text == "Title line\n\nFirst paragraph.\nSecond paragraph.\n"
    assert raw.input_id == str(p)
    assert raw.detect_title is True
    assert raw.format == "text" and raw.warnings == []


def test_unknown_extension_is_sniffed_as_text(tmp_path):
    p = tmp_path / "story.dat"
    p.write_text("Ministers met in Rome on Friday.", encoding="utf-8")
    assert only(read_paths([p])).text == "Ministers met in Rome on Friday."


def test_bom_is_honoured(tmp_path):
    p8 = tmp_path / "bom8.txt"
    p8.write_bytes("\ufeffCafé talks".encode("utf-8"))
    p16 = tmp_path / "bom16.txt"
    p16.write_bytes("Café talks in Zürich".encode("utf-16"))  # with its BOM, full of NUL bytes
    assert only(read_paths([p8])).text == "Café talks"
    raw16 = only(read_paths([p16]))
    assert isinstance(raw16, RawArticle) and raw16.text == "Café talks in Zürich"


def test_invalid_utf8_is_replaced_and_said(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Talks in Bogotá ended.".encode("latin-1") + b" \xff\xfe ok")
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle)
    assert raw.text == "Talks in Bogot\ufffd ended. \ufffd ok"
    assert raw.warnings == ["invalid UTF-8 replaced (3 bytes)"]


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    err = only(read_paths([p]))
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: empty file"


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t\n")
    err = only(read_paths([p]))
    assert isinstance(err, InputError) and "no text" in err.reason


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    err = only(read_paths([p]))
    assert isinstance(err, InputError)
    assert err.where == str(p) and err.reason.startswith("binary file")


def test_too_large_file(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(20 * 1024 * 1024)  # sparse: 20 MB without writing them
    err = only(read_paths([p]))
    assert isinstance(err, InputError)
    assert err.reason == "too large (20.0 MB > 10 MB limit)"


def test_limit_comes_from_settings(tmp_path):
    p = tmp_path / "small.txt"
    p.write_text("x" * 2000)
    err = only(read_paths([p], Settings(max_bytes=1024)))
    assert isinstance(err, InputError) and err.reason.startswith("too large")


def test_gzipped_text(tmp_path):
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress("Leaders met in Paris.\n".encode()))
    raw = only(read_paths([p]))
    assert isinstance(raw, RawArticle) and raw.text == "Leaders met in Paris.\n"


def test_gzip_detected_by_magic_bytes_whatever_the_name(tmp_path):
    p = tmp_path / "story.txt"
    p.write_bytes(gzip.compress(b"Leaders met in Paris."))
    assert only(read_paths([p])).text == "Leaders met in Paris."


def test_truncated_gzip(tmp_path):
    data = gzip.compress(("Leaders met in Paris. " * 500).encode())
    p = tmp_path / "cut.txt.gz"
    p.write_bytes(data[: len(data) // 2])
    err = only(read_paths([p]))
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: truncated gzip"


def test_gzip_bomb_is_refused_after_decompression(tmp_path):
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a" * 3000))
    err = only(read_paths([p], Settings(max_bytes=1000)))
    assert isinstance(err, InputError) and err.reason.startswith("too large")


def test_decode_prefers_valid_utf8_then_the_declared_charset():
    from eventwire.read.text import decode

    assert decode("Zürich".encode("utf-8"), declared="iso-8859-1") == ("Zürich", [])  # mislabelled
    assert decode("Привет".encode("cp1251"), declared="windows-1251") == ("Привет", [])
    assert decode("café".encode("latin-1"), declared="latin-1") == ("café", [])  # read as cp1252
    assert decode(b"ok", declared="utf-16") == ("ok", [])  # a BOM-less UTF-16 label is a mislabel
    assert decode(b"\xef\xbb\xbfbad \xff", declared="latin-1") == ("bad \ufffd", ["invalid UTF-8 replaced (1 bytes)"])
    assert decode(b"caf\xe9 \x81", declared="cp1252") == ("café \ufffd", ["invalid cp1252 replaced (1 bytes)"])
