"""Regenerate ``crawl.warc.gz`` from the pages in ``.warc-src/``.

    python samples/make_warc.py

Each HTML page becomes an HTTP response record (with its request record),
plus one non-HTML response (a small PNG image), so that the WARC reader's
skipping of non-article records shows in the demo.  Record ids and dates are
fixed, so the output is the same on every run.  (The reader skips this
script and hidden folders when it walks ``samples/``.)
"""

from __future__ import annotations

import base64
import uuid
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SITE = "https://wire.example.org/"
CRAWL_DATE = "2024-10-05T08:00:00Z"
# A 1x1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def _record(writer: WARCWriter, url: str, body: bytes, content_type: str):
    rid = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>"
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                    warc_headers_dict={"WARC-Record-ID": rid, "WARC-Date": CRAWL_DATE})
    writer.write_record(rec)
    req = StatusAndHeaders(f"GET /{url.split('/', 3)[-1]} HTTP/1.1", [("Host", "wire.example.org")],
                           is_http_request=True)
    writer.write_record(writer.create_warc_record(
        url, "request", http_headers=req,
        warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url + '#req')}>",
                           "WARC-Date": CRAWL_DATE, "WARC-Concurrent-To": rid}))


def main(out: Path = HERE / "crawl.warc.gz") -> Path:
    with open(out, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for page in sorted((HERE / ".warc-src").glob("*.html")):
            _record(writer, f"{SITE}news/{page.stem}", page.read_bytes(), "text/html; charset=utf-8")
        _record(writer, f"{SITE}static/pixel.png", PNG, "image/png")
    return out


if __name__ == "__main__":
    print(main())
