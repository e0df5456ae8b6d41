import gzip
from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.read import read_paths
from eventwire.read.warc import SKIP_DETAIL
from eventwire.record import InputError, RawArticle

from read_helpers import article_html


def write_warc(path, records, gz=True):
    """records: (url, content_type, body bytes, status)"""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for url, ctype, body, status in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body),
                                                http_headers=http))


def test_warc_html_responses_and_a_non_html_record(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, [
        ("https://news.example/a", "text/html; charset=utf-8", article_html().encode(), "200 OK"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "200 OK"),
        ("https://news.example/b", "text/html", article_html(title="Second story", date=None).encode(),
         "200 OK"),
    ])
    a, err, b = list(read_paths([p]))
    assert isinstance(a, RawArticle) and a.format == "warc"
    assert a.url == "https://news.example/a" and a.input_id.startswith("<urn:uuid:")
    assert a.published == "2024-03-04" and a.text.startswith("OSLO (Test Wire)")
    assert b.title == "Second story"
    # The crawl date is not a publication date.
    assert b.published is None
    assert isinstance(err, InputError) and err.where.startswith(f"{p}#")
    assert err.reason == "record skipped: not HTML (content type image/png)"


def test_uncompressed_warc_sniffed_without_extension(tmp_path):
    p = tmp_path / "crawl.dump"
    write_warc(p, [("https://news.example/a", "text/html", article_html().encode(), "200 OK")], gz=False)
    (a,) = list(read_paths([p]))
    assert isinstance(a, RawArticle) and a.url == "https://news.example/a"


def test_many_skipped_records_are_summed_up(tmp_path):
    p = tmp_path / "crawl.warc"
    images = [(f"https://news.example/{i}.png", "image/png", b"\x89PNG", "200 OK") for i in range(8)]
    write_warc(p, images + [("https://news.example/gone", "text/html", b"", "404 Not Found")])
    items = list(read_paths([p]))
    assert all(isinstance(x, InputError) for x in items)
    assert len(items) == SKIP_DETAIL + 1
    assert items[-1].where == str(p)
    assert items[-1].reason == ("4 more records skipped (in all: 8 not HTML (content type image/png), "
                                "1 HTTP status 404)")


def test_truncated_warc_gz_keeps_the_records_before(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, [(f"https://news.example/{i}", "text/html", article_html().encode(), "200 OK")
                   for i in range(3)])
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 300])
    items = list(read_paths([p]))
    good = [x for x in items if isinstance(x, RawArticle)]
    assert len(good) == 2
    assert isinstance(items[-1], InputError) and items[-1].reason == "truncated record"


def test_not_a_warc(tmp_path):
    p = tmp_path / "fake.warc"
    p.write_bytes(b"this is not an archive at all\n" * 5)
    (err,) = list(read_paths([p]))
    assert isinstance(err, InputError) and err.where == str(p)


def arc_record(url, ctype, body: bytes) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body
    return f"{url} 10.0.0.1 20240304100000 {ctype} {len(block)}\n".encode() + block + b"\n"


def test_arc_archive_gzipped(tmp_path):
    desc = b"1 0 Test crawl\nURL IP-address Archive-date Content-type Archive-length\n"
    data = (f"filedesc://t.arc 0.0.0.0 20240304100000 text/plain {len(desc)}\n".encode() + desc + b"\n"
            + arc_record("http://news.example/a", "text/html", article_html().encode())
            + arc_record("http://news.example/x.png", "image/png", b"\x89PNG...."))
    p = tmp_path / "crawl.arc.gz"
    p.write_bytes(gzip.compress(data))
    a, err = list(read_paths([p]))
    assert isinstance(a, RawArticle) and a.url == "http://news.example/a"
    assert a.input_id.startswith(f"{p}#")  # stable: ARC has no record ids
    assert a.title == "Norway and Finland sign border agreement"
    assert err.reason == "record skipped: not HTML (content type image/png)"


def test_empty_warc(tmp_path):
    p = tmp_path / "empty.warc.gz"
    p.write_bytes(b"")
    (err,) = list(read_paths([p]))
    assert isinstance(err, InputError) and err.reason == "empty file"


def test_resource_records_of_html_are_read(tmp_path):
    p = tmp_path / "local.warc.gz"
    with open(p, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warc_record("file:///pages/a.html", "resource",
                                            payload=BytesIO(article_html().encode()),
                                            warc_content_type="text/html; charset=utf-8"))
        w.write_record(w.create_warc_record("file:///pages/notes.txt", "resource",
                                            payload=BytesIO(b"notes"), warc_content_type="text/plain"))
    a, err = list(read_paths([p]))
    assert isinstance(a, RawArticle) and a.url == "file:///pages/a.html"
    assert err.reason == "record skipped: not HTML (content type text/plain)"
