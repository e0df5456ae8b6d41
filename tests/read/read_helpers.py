"""Helpers for the reader tests: small inputs the tests write to tmp_path themselves."""

from __future__ import annotations

PARAGRAPHS = [
    "OSLO (Test Wire) — Norway and Finland signed a border cooperation agreement on Monday, "
    "the two governments said, after three days of talks in the Norwegian capital.",
    "\"This agreement makes our northern border safer for everyone who lives there,\" "
    "the Norwegian foreign minister told reporters after the signing ceremony.",
    "The deal covers joint patrols, shared radar data and a hotline between the two "
    "coast guards, officials said. It takes effect in January after both parliaments approve it.",
    "Finland's president welcomed the accord and said Helsinki would host the next round of "
    "talks on fisheries and reindeer herding in the spring.",
]


def article_html(title: str = "Norway and Finland sign border agreement",
                 paragraphs: list[str] | None = None, date: str | None = "2024-03-04",
                 comments: list[tuple[str, str]] = (), charset: str = "utf-8") -> str:
    """A news page with furniture around the article: nav, related links, comments, footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    meta_date = f'<meta property="article:published_time" content="{date}T10:00:00Z">' if date else ""
    comment_html = "".join(
        f'<div class="comment"><p class="author">{who}</p><p>{what}</p></div>' for who, what in comments)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | Test Wire</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Test Wire">
{meta_date}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/login">Sign in</a></li></ul></nav>
<article><h1>{title}</h1>
{paras}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Weather turns cold in Oslo</a></li>
<li><a href="/b">Ferry strike ends</a></li></ul></aside>
<section class="comments" id="comments"><h2>Comments</h2>{comment_html}</section>
<footer><p>© 2024 Test Wire. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def only(items):
    """The single item of an iterable (fails with the items otherwise)."""
    items = list(items)
    assert len(items) == 1, items
    return items[0]
