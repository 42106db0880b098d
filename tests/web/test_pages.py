"""The web UI's pages, rendered through FastAPI's test client."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from veille.store import plover_quads, search


@pytest.fixture(scope="module")
def client(web_app):
    return TestClient(web_app, base_url="http://localhost")


def _article_id(store, words: str) -> int:
    with store.session() as session:
        return search(session, words).hits[0].id


def test_search_lists_matching_articles(client):
    page = client.get("/", params={"q": "Pyongyang"})
    assert page.status_code == 200
    assert "Vladimir Poutine signe un accord à Pyongyang" in page.text
    assert re.search(r'id="result-count">[23] articles', page.text)


def test_article_page_highlights_every_layer(client, web_store):
    page = client.get(f"/articles/{_article_id(web_store, 'Ouchakov')}")
    assert page.status_code == 200
    text = page.text
    assert 'class="hl hl-entity PER name" data-kind="entity"' in text
    assert 'data-kind="quote"' in text and 'data-kind="timex"' in text
    assert "2024-06-18" in text  # the inferred publication date and the dates' values
    layers = json.loads(re.search(r'<script id="layers" type="application/json">(.*?)</script>', text, re.S).group(1))
    assert layers["schema"] == "veille/1" and layers["quotes"]


def test_highlights_keep_the_text_intact(client, web_store):
    """Removing the markup gives back the article text, character for character."""
    from html import unescape

    from veille.store import article_view

    article_id = _article_id(web_store, "Ouchakov")
    body = re.search(r'<div class="text" id="article-text">(.*?)</div>', client.get(f"/articles/{article_id}").text,
                     re.S).group(1)
    with web_store.session() as session:
        assert unescape(re.sub(r"<[^>]+>", "", body)) == article_view(session, article_id).document.text


def test_article_markup_is_shown_as_text(client, web_store):
    page = client.get(f"/articles/{_article_id(web_store, 'piratage')}").text
    assert "<script>window.hacked" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.hacked" in page
    embedded = re.search(r'<script id="layers" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert "</script" not in embedded.lower() and "<img" not in embedded


def test_entity_page_shows_timeline_quotes_and_relations(client, web_store):
    from veille.store import find_entities

    with web_store.session() as session:
        putin = find_entities(session, "Q7747")[0]
    page = client.get(f"/entities/{putin.id}")
    assert page.status_code == 200
    assert 'id="entity-name">Vladimir Poutine<' in page.text
    assert page.text.count("<rect ") >= 2  # one bar per day mentioned
    assert "Pyongyang" in page.text and 'id="relations-graph"' in page.text


@pytest.mark.parametrize("path", ["/articles/999999", "/entities/999999"])
def test_unknown_pages_are_404(client, path):
    assert client.get(path).status_code == 404


def test_static_files_are_served_from_the_package(client):
    assert client.get("/static/veille.js").status_code == 200
    assert "textContent" in client.get("/static/veille.js").text


def test_story_pages_list_and_show_a_story(client, web_store):
    listing = client.get("/stories")
    assert listing.status_code == 200
    story_id = int(re.search(r'href="[^"]*/stories/(\d+)"', listing.text).group(1))
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200 and 'id="story-chart"' in page.text and 'id="story-timeline"' in page.text


def test_an_article_links_to_its_story(client, web_store):
    page = client.get(f"/articles/{_article_id(web_store, 'Ouchakov')}").text
    assert 'id="story-link"' in page


@pytest.mark.issue(10)
@pytest.mark.parametrize("path", ["/articles/99999999999999999999", "/entities/99999999999999999999",
                                  "/stories/99999999999999999999", "/?page=99999999999999999999",
                                  "/stories?page=99999999999999999999", "/articles/0"])
def test_pages_with_numbers_out_of_range_are_not_found(client, path):
    page = client.get(path)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


@pytest.mark.issue(10)
def test_pages_link_by_path_whatever_the_host_header(client):
    page = client.get("/", params={"q": "Pyongyang"})
    assert "http://" not in re.sub(r'<p class="foot">.*?</p>', "", page.text)
    assert 'href="/articles/' in page.text and 'href="/static/veille.css"' in page.text


def _map_of(page: str) -> str:
    return re.search(r'<svg id="place-map".*?</svg>', page, re.S).group(0)


def test_article_page_maps_its_five_places(client, web_store):
    drawn = _map_of(client.get(f"/articles/{_article_id(web_store, 'Ouchakov')}").text)
    names = re.findall(r"<title>([^<—]+) — ", drawn)
    assert sorted(name.strip() for name in names) == ["Corée du Nord", "Moscou", "Pyongyang", "Russie", "Ukraine"]
    assert drawn.count('<a class="place') == 5 and drawn.count('href="/entities/') == 5
    assert 'role="img" aria-label="Carte de 5 lieux : Corée du Nord (5 mentions)' in drawn
    assert "<title>Pyongyang — ville, Corée du Nord · 4 mentions</title>" in drawn


def test_entity_page_of_a_place_maps_it_in_focus(client, web_store):
    from veille.store import find_entities

    with web_store.session() as session:
        pyongyang = find_entities(session, "Pyongyang")[0]
    drawn = _map_of(client.get(f"/entities/{pyongyang.id}").text)
    focus = re.search(r'<a class="place [a-z]+ focus" href="/entities/(\d+)"', drawn)
    assert focus and int(focus.group(1)) == pyongyang.id and "Moscou" in drawn


@pytest.mark.parametrize("path", ["/?q=Pyongyang", "/stories/1"])
def test_search_and_story_pages_map_their_places(client, path):
    assert "<title>Pyongyang — ville" in _map_of(client.get(path).text)


def test_a_search_without_places_says_so(client):
    page = client.get("/", params={"q": "kangourou"}).text
    assert 'id="place-map"' not in page and "Aucun lieu localisé." in page


def _putin(store) -> int:
    from veille.store import find_entities

    with store.session() as session:
        return find_entities(session, "Q7747")[0].id


@pytest.mark.issue(15)
def test_story_timeline_writes_facts_with_speakers_actors_and_proofs(client):
    page = client.get("/stories/1").text
    timeline = re.search(r'<ol class="facts" id="story-timeline">.*?</ol>', page, re.S).group(0)
    assert re.search(r'class="fact fact-quote">\s*<a class="who" href="/entities/\d+">[^<]+</a> :', timeline)
    assert re.search(r'class="fact fact-event">\s*<a class="who" href="/entities/\d+">Vladimir Poutine</a>', timeline)
    assert re.search(r'href="/articles/\d+#proof-\d+-\d+"', timeline) and "juin 2024" in timeline
    assert "EVENT SUPPORT" not in timeline


@pytest.mark.issue(15)
def test_entity_chronology_writes_who_did_what_to_whom(client, web_store):
    page = client.get(f"/entities/{_putin(web_store)}").text
    chronology = re.search(r'<ol class="facts" id="timeline"[^>]*>.*?</ol>', page, re.S).group(0)
    assert re.search(r"Vladimir Poutine</a> → <a class=\"whom\" href=\"/entities/\d+\">", chronology)
    assert '<span class="how" title="modalité">' in chronology and "(actor)" not in chronology


@pytest.mark.issue(15)
def test_events_page_filters_by_actor_and_its_csv_has_the_same_rows_as_the_api(client, web_store):
    import csv
    import io

    putin = _putin(web_store)
    page = client.get("/events", params={"actor": putin, "sort": "-date"})
    assert page.status_code == 200 and 'value="-date" selected' in page.text
    assert f'href="/events.csv?actor={putin}&amp;sort=-date"' in page.text
    download = client.get("/events.csv", params={"actor": putin, "sort": "-date"})
    assert download.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(download.content.decode("utf-8-sig"))))
    api = client.get("/api/events", params={"actor": putin, "sort": "-date", "limit": 100}).json()
    assert len(rows) == api["total"] > 0
    assert [(row["article_id"], row["type"], row["target"] or None) for row in rows] == [
        (str(event["article_id"]), event["type"], event["target"]) for event in api["items"]]
    assert all(row["actor"] == "Vladimir Poutine" and row["proof"].startswith("/articles/") for row in rows)


@pytest.mark.issue(15)
def test_list_pages_paginate_keeping_their_filters(client):
    first = client.get("/entities", params={"type": "PER", "sort": "name"}).text
    assert "page 1 / " in first or "Aucune" not in first
    listing = client.get("/entities", params={"sort": "-mentions"}).text
    assert re.search(r'<a rel="next" href="/entities\?sort=-mentions&amp;page=2">', listing)
    second = client.get("/entities", params={"sort": "-mentions", "page": 2})
    assert second.status_code == 200 and "page 2 / " in second.text


@pytest.mark.issue(15)
@pytest.mark.parametrize(("path", "words"), [("/quotes?kind=direct", "Citations"), ("/entities", "Entités"),
                                             ("/sources", "Articles par jour"), ("/events", "Événements")])
def test_list_pages_render_in_french_with_their_downloads(client, path, words):
    page = client.get(path)
    assert page.status_code == 200 and words in page.text and 'id="csv-link"' in page.text
    assert re.search(r"\d{1,2} (juin|juillet) 2024", page.text)


@pytest.mark.issue(15)
@pytest.mark.parametrize("path", ["/quotes.csv?speaker=Poutine", "/entities.csv?type=LOC", "/sources.csv"])
def test_list_downloads_are_csv_files(client, path):
    download = client.get(path)
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    assert download.content.decode("utf-8-sig").count("\n") >= 2


@pytest.mark.issue(15)
@pytest.mark.parametrize("path", ["/events?sort=sideways", "/events?date_from=0", "/entities?sort=size"])
def test_list_pages_refuse_what_their_spec_does_not_allow(client, path):
    page = client.get(path)  # as every page answers a bad parameter (issue #10): not found, in HTML
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def _chart(page: str, chart_id: str) -> str:
    return re.search(rf'<svg id="{chart_id}".*?</svg>', page, re.S).group(0)


@pytest.mark.issue(15)
@pytest.mark.parametrize(("path", "chart_id"), [("/?q=Pyongyang", "attention-chart"), ("/sources", "articles-chart"),
                                                ("/stories/1", "story-chart"), ("/events", "events-chart")])
def test_charts_have_dated_and_counted_axes_and_hover_values(client, path, chart_id):
    drawn = _chart(client.get(path).text, chart_id)
    x_axis = re.search(r'<g class="axis axis-x">.*?</g>', drawn, re.S).group(0)
    y_axis = re.search(r'<g class="axis axis-y">.*?</g>', drawn, re.S).group(0)
    assert re.search(r">\d{1,2}(er)? juin 2024</text>", x_axis)
    assert re.findall(r'text-anchor="end">(\d+)</text>', y_axis)[:2] == ["0", "1"] or "0</text>" in y_axis
    assert re.search(r'<g class="bar" tabindex="0"><title>\d{1,2}(er)? (juin|juillet) 2024 : \d+ ', drawn)


@pytest.mark.issue(15)
def test_entity_page_charts_its_articles_per_day(client, web_store):
    drawn = _chart(client.get(f"/entities/{_putin(web_store)}").text, "timeline-chart")
    titles = re.findall(r"<title>([^<]+)</title>", drawn)
    assert "18 juin 2024 : 3 articles" in titles or any(re.fullmatch(r"18 juin 2024 : \d+ articles?", t) for t in titles)


@pytest.mark.issue(15)
def test_search_page_attention_follows_the_search(client):
    every = _chart(client.get("/").text, "attention-chart").count("<title>")
    one = client.get("/", params={"q": "Bruxelles"}).text
    assert _chart(one, "attention-chart").count("<title>") == 1 < every
    assert 'href="/api/articles/per-day?q=Bruxelles"' in one


@pytest.mark.issue(15)
def test_events_page_stacks_types_per_day_honouring_its_filters(client):
    page = client.get("/events", params={"type": "SUPPORT"}).text
    drawn = _chart(page, "events-chart")
    assert "k-SUPPORT" in drawn and "k-ASSAULT" not in drawn
    assert '<ul class="legend"><li><span class="swatch k-SUPPORT"></span>SUPPORT</li></ul>' in page
    every = _chart(client.get("/events").text, "events-chart")
    assert "k-SUPPORT" in every and "k-ASSAULT" in every
    assert re.search(r"\((CONSULT|ACCUSE|AID|ASSAULT|SUPPORT|AGREE) : \d+, ", every)  # a day of several types
    stacking = list(plover_quads())  # each column's title names its types bottom first, in the stacking order
    for listed in re.findall(r"\(((?:[A-Z]+ : \d+(?:, )?)+)\)", every):
        types = [part.split(" : ")[0] for part in listed.split(", ")]
        assert types == sorted(types, key=stacking.index)


@pytest.mark.issue(15)
def test_events_page_draws_who_acts_on_whom_coloured_by_quad_class(client, web_store):
    page = client.get("/events").text
    network = re.search(r'<svg id="event-network".*?</svg>', page, re.S).group(0)
    assert 'class="edge q-material_conflict"' in network and 'class="edge q-verbal_cooperation"' in network
    assert re.search(r"<title>Vladimir Poutine → Corée du Nord : \d+ événements? \(CONSULT \d+\)", network)
    putin = _putin(web_store)
    assert re.search(rf'href="/events\?actor={putin}&amp;target=\d+&amp;page=1"', network)
    only = client.get("/events", params={"type": "ASSAULT"}).text
    assert "edge q-verbal_cooperation" not in re.search(r'<svg id="event-network".*?</svg>', only, re.S).group(0)


@pytest.mark.issue(15)
def test_entity_chronology_pages_in_date_order(client, web_store):
    from veille.web.pages import CHRONOLOGY

    putin = _putin(web_store)
    page = client.get(f"/entities/{putin}").text
    total = int(re.search(r'id="chronology-count">(\d+) fait', page).group(1))
    dates = re.findall(r'<span class="date">([^<]+)</span>', re.search(r'id="timeline".*?</ol>', page, re.S).group(0))
    assert len(dates) == min(total, CHRONOLOGY) and dates[0].endswith("juin 2024")
    assert client.get(f"/entities/{putin}", params={"page": 99}).status_code == 404


@pytest.mark.issue(15)
def test_event_modalities_are_written_in_french(client):
    page = client.get("/events").text
    hows = set(re.findall(r'<span class="how" title="modalité">([^<]+)</span>', page))
    assert hows and hows <= {"affirmé", "prévu", "possible", "allégué", "nié", "demandé"}


@pytest.mark.issue(15)
def test_stories_page_filters_by_entity_keeping_it_in_its_links(client):
    every = client.get("/stories").text
    macron = client.get("/stories", params={"entity": "Emmanuel Macron"}).text
    count = lambda page: int(re.search(r'id="result-count">(\d+) histoire', page).group(1))  # noqa: E731
    assert 0 < count(macron) < count(every) and 'value="Emmanuel Macron"' in macron
    assert 'href="/api/stories?entity=Emmanuel+Macron"' in macron


@pytest.mark.issue(15)
@pytest.mark.parametrize(("path", "words"), [
    ("/entities?type=PER", "<td>personne · person</td>"),
    ("/quotes?kind=direct", "(directe, "),
])
def test_codes_are_shown_in_french_words(client, path, words):
    assert words in client.get(path).text


@pytest.mark.issue(15)
def test_article_page_writes_its_date_and_codes_in_french(client, web_store):
    page = client.get(f"/articles/{_article_id(web_store, 'Ouchakov')}").text
    meta = re.search(r'<p class="meta">(.*?)</p>', page, re.S).group(1)
    assert "18 juin 2024 (date déduite du texte)" in meta
    events = re.search(r'<ul class="events">.*?</ul>', page, re.S).group(0)
    assert "(affirmé)" in events and "(asserted)" not in events
    words = json.loads(re.search(r'<script id="words" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert words["modality"]["negated"] == "nié"


@pytest.mark.issue(15)
def test_stories_page_sorts_by_size(client):
    page = client.get("/stories", params={"sort": "-articles"}).text
    sizes = [int(n) for n in re.findall(r"· (\d+) articles?</span>", page)]
    assert len(sizes) > 1 and sizes == sorted(sizes, reverse=True) and 'value="-articles" selected' in page


@pytest.mark.issue(15)
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_search_page_sorts_by_date(client, sort):
    page = client.get("/", params={"q": "Pyongyang", "sort": sort}).text
    days = re.findall(r'<span class="meta">(\d{1,2}(?:er)? (?:juin|juillet) 2024)', page)
    numbers = [int(day.split()[0].replace("er", "")) for day in days]
    assert len(numbers) > 1 and numbers == sorted(numbers, reverse=sort == "-date")
    assert f'value="{sort}" selected' in page
