"""The seed page through `eventwire code`: the gold's title, body and comments."""

import json
import subprocess
import sys

from eventwire.evaluate import article_gold



def test_seed_title_body_comments_via_cli(seed_gold, shared):
    path = shared("seed", seed_gold["input"]["path"])
    out = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "code", str(path), "--published", seed_gold["input"]["published"]],
        capture_output=True, text=True, check=True,
    )
    rec = json.loads(out.stdout)
    result = article_gold.score(rec, seed_gold, sections=("title", "body", "comments"))
    failed = [(s, name, detail) for s, checks in result.items() for name, ok, detail in checks if not ok]
    assert set(result) == {"title", "body", "comments"}
    assert not failed, failed


def test_seed_record_shape(seed_record):
    rec = seed_record
    for key in ("id", "input_id", "url", "source", "title", "published", "language", "status", "reason",
                "body", "paragraphs", "removed", "comments", "sentences", "actors", "events", "quotes",
                "times", "places"):
        assert key in rec
    assert rec["status"] == "coded" and rec["language"] == "en"
    body = rec["body"]
    assert body.split("\n\n") == [body[p["start"]:p["end"]] for p in rec["paragraphs"]]
    for s in rec["sentences"]:
        text = body[s["start"]:s["end"]]
        assert text == text.strip() and text
        p = rec["paragraphs"][s["paragraph"]]
        assert p["start"] <= s["start"] < s["end"] <= p["end"]
    reasons = {r["reason"] for r in rec["removed"]}
    assert {"foreign-script", "duplicate", "comment", "title"} <= reasons


def test_seed_removed_text_is_accounted_for(seed_record, shared):
    """Nothing is cut silently: every piece of the raw page is in the body,
    the title or `removed`."""
    raw = shared("seed", "lavrov-syria-talks.txt").read_text(encoding="utf-8")
    rec = seed_record
    pieces = rec["body"].split("\n\n") + [rec["title"]] + [r["text"] for r in rec["removed"]]
    for line in raw.splitlines():
        rest = line
        for piece in sorted(pieces, key=len, reverse=True):
            rest = rest.replace(piece, "")
        assert not rest.strip(), f"cut silently: {rest.strip()[:60]!r}"
