"""Malformed and hostile input files, generated from a seed, and a synthetic
news corpus for the fault tests.

``hostile_inputs(folder, seed, scale)`` writes one file per kind of bad input
(``scale`` < 1 makes the big ones smaller, for the test suite) and returns
the *units* to account for: ``(where, input id or None)``, where ``where`` is
the file (or ``file:LINE`` of a JSON Lines file) a report must name, and the
id is what the ledger stores when the unit is stored instead.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Chile", "Norway",
             "Peru", "Ghana", "Nepal", "Cuba", "Iran", "Mali"]
ROLES = ["president", "foreign minister", "prime minister", "defence minister", "trade minister"]
VERBS = ["met", "criticized", "praised", "threatened", "accused", "thanked", "visited", "warned", "condemned"]
TOPICS = ("harbour fees, wheat exports, a gas pipeline, river water, fishing quotas, refugee camps, a rail "
          "link, mining permits, tariffs on steel, a satellite launch, border patrols, vaccine supplies, "
          "rice prices, an embassy guard, student visas, a copper mine, ferry routes, a dam").split(", ")


def news(i: int) -> str:
    """A short synthetic news article, different for every ``i`` (own wording)."""
    r = random.Random(i)
    a, b = r.sample(COUNTRIES, 2)
    topics = r.sample(TOPICS, 3)
    role_a, role_b = r.choice(ROLES), r.choice(ROLES)
    day = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    return (f"{a} and {b} at odds over {topics[0]} (dispatch {i})\n\n"
            f"The {role_a} of {a} {r.choice(VERBS)} the {role_b} of {b} on {day}, according to a statement "
            f"released in the capital of {a} under reference {i * 7919 % 100003}.\n\n"
            f"Officials said the dispute over {topics[0]} and {topics[1]} had dragged on for {2 + i % 9} "
            f"months, and a delegation from {b} is due to discuss {topics[2]} in {r.randint(2, 12)} weeks.\n")


def write_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = folder / f"news{i:05d}.txt"
        p.write_text(news(i), encoding="utf-8")
        out.append(p)
    return out


# --- hostile files -------------------------------------------------------------------
def _warc_record(uri: str, html: bytes, n: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
            f"{n:012d}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _html(text: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return f"<html><head><title>t</title></head><body><article>{paras}</article></body></html>".encode()


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def hostile_inputs(folder: Path, seed: int = 0, scale: float = 1.0) -> list[tuple[str, str | None]]:
    """Write the hostile files into ``folder``; return the units to account for."""
    folder.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    units: list[tuple[str, str | None]] = []

    def put(name: str, data: bytes | str, input_id: str | None = "path") -> Path:
        p = folder / name
        p.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        units.append((str(p), str(p) if input_id == "path" else input_id))
        return p

    text = news(seed)
    put("empty.txt", b"")
    put("blank.txt", b" \n\t\n  \n")
    put("binary.dat", bytes(r.getrandbits(8) for _ in range(int(200_000 * scale) + 1000)))
    put("truncated.txt.gz", _gzip(text.encode() * 50)[: 300])
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", mtime=0) as g:  # 1 GB of spaces in about 1 MB
        chunk = b" " * (1 << 20)
        for _ in range(max(8, int(1024 * scale))):
            g.write(chunk)
    put("bomb.txt.gz", bomb.getvalue())
    put("bomb.jsonl.gz", _gzip(b'{"text": "' + b"a" * int(60 * (1 << 20) * scale) + b'"}\n'),
        input_id=f"{folder / 'bomb.jsonl.gz'}:1")
    raw = bytearray(text.encode())
    for _ in range(40):
        raw.insert(r.randrange(len(raw)), r.choice([0xff, 0xfe, 0xc3, 0x80, 0xed]))
    put("invalid-utf8.txt", bytes(raw))
    put("nul-control.txt", "".join(c + (chr(r.choice([0, 1, 7, 8, 11, 12, 27, 127])) if r.random() < 0.05 else "")
                                   for c in text))
    put("control-no-nul.txt", "".join(c + (chr(r.choice([1, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0x202e]))
                                           if r.random() < 0.05 else "") for c in text))
    put("no-text.html", "<html><head><script>var x = 1;</script><style>p{}</style></head><body>"
                        + "<div><span></span></div>" * 200 + "<img src=x></body></html>")
    depth = max(500, int(50_000 * scale))
    put("nested.html", "<html><body>" + "<div>" * depth + "Deep text in a div." + "</div>" * depth + "</body></html>")
    put("long-line.txt", ("word " * (int(20 * (1 << 20) * scale) // 5)).encode())
    n_words = max(2000, int(100_000 * scale))
    put("long-sentence.txt", "Officials said that " + " ".join(r.choice(["the", "minister", "of", "France",
                                                                         "talks", "and", "said", "border"])
                                                                for _ in range(n_words)) + ".\n")
    marks = "\"'“”‘’«»„()[]{}<>"
    put("quote-marks.txt", "The minister said " + "".join(r.choice(marks) for _ in range(int(20_000 * scale) + 500))
        + " and left.\n\n" + "\"" * 5000 + "\n\n" + "(" * 5000 + ")" * 10 + "\n\n" + "“" * 3000 + "”\n")
    put("only-punctuation.txt", "!?.,;:-" * 3000)
    put("rtl-and-emoji.txt", "\u202e" + text + " 😀" * 200 + "\u200b" * 500)
    _jsonl(folder, r, units, text)
    put("array.json", json.dumps([{"id": "arr-1", "text": news(seed + 1)}, 5, None, {"text": ""}]),
        input_id="arr-1")
    put("deep.json", "[" * 100_000 + "]" * 100_000)
    recs = [_warc_record(f"http://example.org/{i}", _html(news(seed + 10 + i)), i) for i in range(4)]
    whole = b"".join(recs)
    put("truncated.warc", whole[: len(whole) - len(recs[-1]) // 2], input_id=None)
    put("truncated.warc.gz", b"".join(_gzip(x) for x in recs)[:-200], input_id=None)
    put("garbage.warc", b"WARC/1.0\r\nContent-Length: 99999999\r\n\r\n" + bytes(range(256)) * 10, input_id=None)
    put("not-gzip.txt.gz", b"\x1f\x8b" + bytes(r.getrandbits(8) for _ in range(2000)))
    return units


def _jsonl(folder: Path, r: random.Random, units: list, text: str) -> None:
    """A JSON Lines file of broken and wrongly typed fields, one unit a line."""
    ok = lambda i: news(1000 + i)  # noqa: E731
    lines = [
        '{"id": "surrogate-text", "text": "%s \\udfff end"}' % ok(0).replace("\n", "\\n"),
        '{"id": "surrogate-title \\ud800", "title": "\\udfff", "url": "http://x/\\udc00", '
        '"source": "\\ud83d", "text": "%s"}' % ok(1).replace("\n", "\\n"),
        json.dumps({"id": "date-zero", "text": ok(2), "published": "0000-00-00"}),
        json.dumps({"id": "date-feb30", "text": ok(3), "published": "2013-02-30"}),
        json.dumps({"id": "date-nines", "text": ok(4), "published": "9999-99-99"}),
        json.dumps({"id": "date-int", "text": ok(5), "published": 20130101}),
        json.dumps({"id": "date-list", "text": ok(6), "published": ["2013-01-01"]}),
        json.dumps({"id": "text-int", "text": 12345}),
        json.dumps({"id": "text-list", "text": ["a", "b"]}),
        json.dumps({"id": "text-null", "text": None}),
        json.dumps({"id": "html-dict", "html": {"p": "x"}}),
        json.dumps({"id": ["id", "as", "list"], "text": ok(7), "title": 7, "url": {"u": 1}, "source": 3.5}),
        json.dumps({"id": "html-ok", "html": _html(ok(8)).decode()}),
        json.dumps([1, 2, 3]),
        json.dumps("just a string"),
        "null",
        '{"id": "broken", "text": "unterminated',
        '{"id": "trailing", "text": "x"} garbage',
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"id": "huge-number", "text": ok(9), "published": 1e308}),
        json.dumps({"id": "nan", "text": ok(10)}).replace("}", ', "x": NaN}'),
        json.dumps({"id": "nul-in-text", "text": ok(11).replace(" ", "\u0000", 3)}),
        json.dumps({"id": "ok-last", "text": ok(12)}),
    ]
    p = folder / "broken.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n, line in enumerate(lines, start=1):
        try:
            d = json.loads(line)
            ident = d.get("id") if isinstance(d, dict) else None
        except (ValueError, RecursionError):
            ident = None
        ident = (str(ident).strip() if ident not in (None, "") else None) or f"{p}:{n}"
        units.append((f"{p}:{n}", ident))
