"""The web UI's pages, rendered through FastAPI's test client."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from veille.store import search


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
