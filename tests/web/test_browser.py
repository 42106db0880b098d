"""The web UI end to end in headless Chromium (Debian's ``chromium`` driven by Playwright): search → article
with highlights → entity page with its timeline → the article's story timeline, and an article holding markup
that must not run.

Screenshots go to ``test-artifacts/web/`` (ignored by git). Skipped, with the reason, where Chromium or Playwright
is missing; ``.ci/run`` installs Chromium from Debian's packages so that CI runs them.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def base_url(web_app):
    uvicorn = pytest.importorskip("uvicorn")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(web_app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")  # a French reader's browser
        yield tab
        browser.close()


def test_search_article_entity_journey(page, base_url):
    page.goto(f"{base_url}/?q=Ouchakov")
    page.screenshot(path=ARTIFACTS / "1-search.png")
    page.get_by_role("link", name="article-fr-poutine-pyongyang").click()
    page.wait_for_selector("#article-text .hl-entity")
    page.screenshot(path=ARTIFACTS / "2-article.png", full_page=True)

    page.locator("#article-text .hl-timex").first.click()
    assert page.locator("#detail dd").filter(has_text="2024-06-18").count() == 1

    page.locator("#article-text .hl-entity.PER.name").first.click()
    assert page.locator("#detail h3").inner_text() == "Vladimir Poutine"
    page.screenshot(path=ARTIFACTS / "3-highlight-clicked.png")
    page.locator("#detail .detail-entity-link").click()

    page.wait_for_selector("#timeline-chart rect")
    assert page.locator("#entity-name").inner_text() == "Vladimir Poutine"
    assert page.locator("#timeline li").count() >= 3
    page.screenshot(path=ARTIFACTS / "4-entity.png", full_page=True)

    page.go_back()
    page.locator("#story-link").click()
    page.wait_for_selector("#story-chart rect")
    assert page.locator("#story-timeline li").count() >= 2
    page.screenshot(path=ARTIFACTS / "5-story.png", full_page=True)


def test_markup_in_an_article_is_shown_never_run(page, base_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{base_url}/?q=piratage")
    page.get_by_role("link", name="piratage").click()
    page.wait_for_selector("#article-text")
    assert "<script>window.hacked = true; alert('x')</script>" in page.locator("#article-text").inner_text()
    assert page.evaluate("window.hacked") is None
    assert dialogs == []
    page.screenshot(path=ARTIFACTS / "6-markup-as-text.png")


def test_article_map_shows_its_places_and_their_titles(page, base_url, web_store):
    from veille.store import search

    with web_store.session() as session:
        article_id = search(session, "Ouchakov").hits[0].id
    page.goto(f"{base_url}/articles/{article_id}")
    places = page.locator("#place-map a.place")
    assert page.locator("#place-map").is_visible() and places.count() == 5
    page.locator(".place-map").screenshot(path=ARTIFACTS / "7-article-map.png")

    pyongyang = places.filter(has_text="Pyongyang")
    pyongyang.locator("circle").hover()
    assert page.locator("#map-tip").inner_text() == "Pyongyang — ville, Corée du Nord · 4 mentions"
    page.locator(".place-map").screenshot(path=ARTIFACTS / "8-map-hover.png")

    page.locator("#article-text").click()  # away from the map; then the keyboard reaches a place
    places.first.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')").startswith("/entities/")
    assert "Corée du Nord" in page.locator("#map-tip").inner_text()
    pyongyang.locator("circle").click()
    page.wait_for_selector("#entity-name")
    assert page.locator("#entity-name").inner_text() == "Pyongyang"
    assert page.locator("#place-map a.place.focus").count() == 1
    page.screenshot(path=ARTIFACTS / "9-place-entity.png", full_page=True)


@pytest.mark.issue(15)
def test_analyst_journey_from_a_search_to_a_downloaded_table_and_a_story(page, base_url):
    """search → article → an event → its actor's page → the events it does → their CSV (the API's rows) → a story
    whose timeline names its speakers and actors."""
    import csv
    import io

    page.goto(f"{base_url}/?q=Ouchakov")
    page.get_by_role("link", name="article-fr-poutine-pyongyang").click()
    page.wait_for_selector("#article-text .hl-event")
    event = page.locator("#article-text .hl-event").first
    event.click()
    actor = page.locator("#detail .detail-actor-link")
    assert actor.count() == 1
    page.screenshot(path=ARTIFACTS / "10-article-event.png")
    actor_name = actor.inner_text()
    actor.click()

    page.wait_for_selector("#entity-name")
    assert page.locator("#entity-name").inner_text() == actor_name
    page.screenshot(path=ARTIFACTS / "11-actor.png", full_page=True)
    page.locator("#events-as-actor").click()

    page.wait_for_selector("#events li")
    assert "actor=" in page.url
    shown = page.locator("#events li .fact .who")
    assert shown.count() >= 1 and set(shown.all_inner_texts()) == {actor_name}
    page.screenshot(path=ARTIFACTS / "12-events-by-actor.png", full_page=True)
    with page.expect_download() as download_info:
        page.locator("#csv-link").click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8-sig"))))
    query = page.url.split("?", 1)[1]
    api = page.request.get(f"{base_url}/api/events?{query}&limit=100").json()
    assert len(rows) == api["total"] and [(int(row["article_id"]), row["type"], row["trigger"]) for row in rows] == [
        (event["article_id"], event["type"], event["trigger"]) for event in api["items"]]

    page.locator("#events li .proof").first.click()
    page.wait_for_selector("#detail h3")
    assert page.locator("#detail h3").inner_text()  # the proof's event is described beside the text
    page.screenshot(path=ARTIFACTS / "13-proof.png")
    page.locator("#story-link").click()
    page.wait_for_selector("#story-timeline")
    speakers = page.locator("#story-timeline .fact-quote .who")
    actors = page.locator("#story-timeline .fact-event .who")
    assert speakers.count() >= 1 and actors.count() >= 1
    assert "Vladimir Poutine" in actors.all_inner_texts()
    page.screenshot(path=ARTIFACTS / "14-story-timeline.png", full_page=True)


PAGES = {"search": "/?q=Pyongyang", "events": "/events", "events-support": "/events?type=SUPPORT",
         "quotes": "/quotes", "entities": "/entities", "sources": "/sources", "stories": "/stories",
         "story": "/stories/1"}
CHARTS = {"search": ["#attention-chart"], "events": ["#events-chart", "#event-network"],
          "events-support": ["#events-chart", "#event-network"], "sources": ["#articles-chart"],
          "story": ["#story-chart"]}


@pytest.mark.issue(15)
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_in_a_browser_at_1280_px_and_on_a_phone(page, base_url, name):
    """Each page whole at both widths, and each of its drawings alone (to look at: overlapping labels, unreadable
    axes); the page must not scroll sideways at either width."""
    page.goto(f"{base_url}{PAGES[name]}")
    page.wait_for_selector("h1")
    for width, height, suffix in ((1280, 900, ""), (390, 844, "-phone")):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=ARTIFACTS / f"15-{name}{suffix}.png", full_page=True)
        for chart in CHARTS.get(name, []):
            page.locator(chart).screenshot(path=ARTIFACTS / f"17-{name}-{chart.strip('#')}{suffix}.png")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.issue(15)
def test_entity_page_chart_and_chronology_pager_in_a_browser(page, base_url, web_store):
    from veille.store import find_entities

    with web_store.session() as session:
        putin = find_entities(session, "Q7747")[0].id
    page.goto(f"{base_url}/entities/{putin}")
    bar = page.locator("#timeline-chart .bar").first
    assert bar.locator("title").text_content().endswith("2024 : 1 article") or "articles" in bar.locator("title").text_content()
    bar.focus()  # the keyboard reaches each column
    assert page.evaluate("document.activeElement.getAttribute('class')") == "bar"
    page.locator("#timeline-chart").screenshot(path=ARTIFACTS / "17-entity-timeline-chart.png")
    page.locator("#relations-graph").screenshot(path=ARTIFACTS / "17-entity-relations-graph.png")
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=ARTIFACTS / "15-entity-phone.png", full_page=True)
    page.locator("#relations-graph").screenshot(path=ARTIFACTS / "17-entity-relations-graph-phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.issue(15)
def test_a_network_edge_leads_to_its_events(page, base_url):
    page.goto(f"{base_url}/events")
    edge = page.locator("#event-network a:has(path.edge)").first
    pair = edge.locator("title").text_content().split(" : ")[0]
    edge.focus()  # an edge is a link the keyboard reaches
    page.keyboard.press("Enter")
    page.wait_for_url("**/events?*target=*")
    page.wait_for_selector("#events li")
    assert "actor=" in page.url and "target=" in page.url
    actor, target = pair.split(" → ")
    assert set(page.locator("#events .fact .who").all_inner_texts()) == {actor}
    assert set(page.locator("#events .fact .whom").all_inner_texts()) == {target}
    page.screenshot(path=ARTIFACTS / "18-events-of-a-pair.png", full_page=True)
