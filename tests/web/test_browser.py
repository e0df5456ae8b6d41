"""The explorer in a real browser: three short articles written here are coded
by the pipeline and stored, the app is served on a free localhost port, and
Debian's Chromium (driven by Playwright, never a downloaded browser) filters
the events by an actor, opens the article and finds the highlighted actor and
event trigger.

Without /usr/bin/chromium the test fails when CI is set and skips otherwise.
Set EVENTWIRE_DOCS_SCREENSHOT=1 to also refresh docs/explorer.png."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]
ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    ("2024-03-08", "Russia and Finland hold border talks in Helsinki\n\n"
     "Russian Foreign Minister Sergei Lavrov met Finnish President Alexander Stubb in Helsinki on Thursday "
     "to discuss the closed border crossings.\n\n"
     "\"We are ready to reopen the crossings if Finland stops the provocations,\" Lavrov told reporters "
     "after the meeting.\n\n"
     "Stubb rejected the Russian demand and said the border would stay closed until further notice."),
    ("2024-03-12", "Protesters clash with police in Nairobi\n\n"
     "Thousands of protesters marched through central Nairobi on Tuesday against a new finance bill.\n\n"
     "Kenyan police fired tear gas at the protesters near parliament, witnesses said."),
    ("2024-04-02", "Japan and South Korea sign defence pact\n\n"
     "Japan and South Korea signed a defence information sharing agreement in Seoul on Monday.\n\n"
     "The United States welcomed the agreement, a State Department spokesman said."),
]


def _browser_or_skip():
    missing = None
    if not Path(CHROMIUM).exists():
        missing = f"{CHROMIUM} not found (apt-get install chromium, or `make browser`)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright is not installed (pip install -r requirements-dev.lock)"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(f"browser test skipped: {missing}")


@pytest.fixture(scope="module")
def served(pipeline, tmp_path_factory):
    _browser_or_skip()
    from eventwire.store import Store

    db = tmp_path_factory.mktemp("browser") / "explorer.duckdb"
    records = [pipeline.code(text, published=pub).to_dict() for pub, text in ARTICLES]
    with Store(db) as store:
        store.write(records)
    with _serving(db) as base:
        yield base, records


@contextlib.contextmanager
def _browser_page():
    """A page of Debian's Chromium; a script error on any page visited fails the test."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.on("pageerror", lambda e: errors.append(str(e)))
            yield page
        finally:
            browser.close()
    assert not errors, errors


@contextlib.contextmanager
def _serving(db):
    """The explorer over `db` on a free localhost port, in a thread, for the duration of the block."""
    import uvicorn

    from eventwire.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            pytest.fail("the explorer did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_filter_open_article_and_see_highlights(served, tmp_path):
    from playwright.sync_api import expect

    base, records = served
    lavrov = next(r for r in records if "Lavrov" in r["body"])
    with _browser_page() as page:
        page.goto(base + "/")
        expect(page.locator("body[data-loaded=events]")).to_have_count(1)
        total_all = int(page.locator("#count").inner_text().split()[0])

        # filter by an actor: Russia as the source
        page.fill("#filters input[name=source]", "RUS")
        page.click("#filters button[type=submit]")
        expect(page).to_have_url(f"{base}/?source=RUS")
        expect(page.locator("body[data-query='source=RUS']")).to_have_count(1)
        rows = page.locator("#events tbody tr")
        expect(rows.first.locator("td.src")).to_contain_text("RUS")
        n = rows.count()
        assert 1 <= n < total_all
        for i in range(n):
            assert "RUS" in rows.nth(i).locator("td.src").inner_text()
        met = rows.filter(has_text="Sergei Lavrov").filter(has=page.locator("b.trig", has_text="met"))
        expect(met).to_have_count(1)
        page.screenshot(path=str(tmp_path / "events.png"), full_page=True)

        # open its article: the actor and the event trigger are highlighted, with their codes
        met.locator("a.open").click()
        page.wait_for_url(f"{base}/articles/{lavrov['id']}#event-*")  # the fragment names the event
        actor = page.locator("#body mark.actor", has_text="Sergei Lavrov")
        expect(actor).to_be_visible()
        expect(actor.locator(".lbl")).to_have_text("RUSGOV")
        trigger = page.locator("#body mark.trigger", has_text="met")
        expect(trigger).to_be_visible()
        expect(trigger.locator(".lbl")).to_have_text("040")
        # the linked event is selected and its details are shown beside the text
        expect(trigger).to_have_class(re.compile(r"\bsel\b"))
        expect(page.locator("#detail")).to_contain_text("Consult")
        expect(page.locator("#detail")).to_contain_text("RUSGOV")
        # clicking the actor shows its code card
        actor.click()
        expect(page.locator("#detail h3")).to_have_text("Sergei Lavrov")
        trigger.click()
        expect(page.locator("#article-events tr.sel")).to_contain_text("040")
        # removed text and reader comments are folded away
        expect(page.locator("details#removed")).not_to_have_attribute("open", "")
        shot = tmp_path / "article.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10000
        if os.environ.get("EVENTWIRE_DOCS_SCREENSHOT"):
            page.screenshot(path=str(ROOT / "docs" / "explorer.png"), full_page=False)


def test_dyads_explained_then_drawn_and_downloads_follow_filters(served):
    from playwright.sync_api import expect

    base, _ = served
    with _browser_page() as page:
        # before any query the page says what it does and offers this database's busiest pairs
        page.goto(base + "/dyads")
        expect(page.locator("#dyad-intro")).to_contain_text("pair of actors")
        first = page.locator("#dyad-suggest a").first
        expect(first).to_be_visible()
        first.click()
        expect(page.locator("body[data-loaded=dyads]")).to_have_count(1)
        expect(page.locator("#chart svg")).to_have_count(1)
        expect(page.locator("#dyad-intro")).to_have_count(0)
        expect(page.locator("#note")).to_contain_text(re.compile(r"\d+ dated events?\b"))

        # the events page's download links carry the filters shown
        page.goto(base + "/?source=RUS")
        expect(page.locator("body[data-loaded=events]")).to_have_count(1)
        expect(page.locator("#dl-csv")).to_have_attribute("href", "/api/events.csv?source=RUS")
        expect(page.locator("#count")).to_have_text(re.compile(r"^\d+ events? · "))
        # an unknown article is a page of the explorer, not raw JSON
        page.goto(base + "/articles/ffffffffffffffff")
        expect(page.locator("h1")).to_have_text("Not found")


# Three reports of one border meeting (two outlets, the next day's with "yesterday") and one of
# another meeting: the incidents page lists the meeting once with its reports.
INCIDENT_ARTICLES = [
    ("Continental Wire", "2024-11-05", "Austria and Hungary leaders meet at the border\n\n"
     "Austrian Chancellor Karl Nehammer met Hungarian Prime Minister Viktor Orban in Vienna on Tuesday "
     "to discuss border controls."),
    ("Danube Daily", "2024-11-06", "Orban and Nehammer talk borders\n\n"
     "Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer in Vienna yesterday."),
    ("Alpine Radio", "2024-11-05", "Vienna hosts Orban\n\n"
     "Austrian Chancellor Karl Nehammer met Viktor Orban in Vienna on Tuesday, his office said."),
    ("Continental Wire", "2024-11-20", "Austrian chancellor meets Czech premier\n\n"
     "Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Prague on Wednesday."),
]


@pytest.fixture(scope="module")
def served_incidents(pipeline, tmp_path_factory):
    _browser_or_skip()
    from eventwire.incidents import rebuild
    from eventwire.store import Store

    db = tmp_path_factory.mktemp("browser") / "incidents.duckdb"
    records = []
    for outlet, pub, text in INCIDENT_ARTICLES:
        rec = pipeline.code(text, published=pub).to_dict()
        rec["source"] = outlet
        records.append(rec)
    with Store(db) as store:
        store.write(records)
        rebuild(store.con)
    with _serving(db) as base:
        yield base, records


def test_incidents_page_lists_one_meeting_with_its_reports(served_incidents):
    from playwright.sync_api import expect

    base, records = served_incidents
    with _browser_page() as page:
        page.goto(base + "/incidents")
        expect(page.locator("body[data-loaded=incidents]")).to_have_count(1)
        page.fill("#filters input[name=source]", "HUN")
        page.click("#filters button[type=submit]")
        expect(page.locator("body[data-query='source=HUN']")).to_have_count(1)
        rows = page.locator("#incidents tbody tr")
        expect(rows).to_have_count(1)  # one meeting, not three reports
        expect(rows.first.locator("td.n-articles")).to_have_text("3")
        expect(rows.first.locator("td.n-sources")).to_have_text("3")
        rows.first.locator("a.open").click()
        page.wait_for_url(f"{base}/incidents/*")
        reports = page.locator("#reports tbody tr")
        expect(reports).to_have_count(3)
        expect(page.locator("#reports td.outlet", has_text="Danube Daily")).to_have_count(1)
        expect(reports.first.locator("b.trig")).to_have_text("met")
        # from a report to its article, where the event is selected
        reports.first.locator("a.open").click()
        page.wait_for_url(f"{base}/articles/*#event-*")
        expect(page.locator("#body mark.trigger", has_text="met")).to_be_visible()
