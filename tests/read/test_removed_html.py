"""HTML pages: what the extraction leaves out is recorded in ``removed``."""

from eventwire.read.html import raw_from_html

PAGE = """<html><head><title>Ministers meet in Oslo</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<article><h1>Ministers meet in Oslo</h1><p class="byline">By Kari Nordmann</p>
<p>The foreign ministers of Norway and Sweden met in Oslo on Monday to discuss fishing quotas in the North Sea,
the Norwegian foreign ministry said in a statement.</p>
<p>Both governments agreed to set up a joint commission that will report to parliament by the end of the year,
officials in Stockholm said.</p></article>
<footer>Copyright 2024 Example Post. All rights reserved.</footer></body></html>"""


def test_left_out_page_text_is_recorded_with_reason():
    raw = raw_from_html(PAGE, "page.html")
    cut = {r["text"]: r["reason"] for r in raw.removed}
    assert cut.get("Copyright 2024 Example Post. All rights reserved.") == "page-furniture"
    assert "World news" in " ".join(cut)
    assert not any("fishing quotas" in t for t in cut)
