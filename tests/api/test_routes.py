"""The API's read routes over the corpus store: each answers what its ``veille.store`` query returns."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "schema" / "veille-1.schema.json"


def _doc_ids(body: dict) -> set[str]:
    return {hit["doc_id"] for hit in body["items"]}


@pytest.mark.parametrize("params,expected", [
    ({"q": "Pyongyang", "speaker": "Poutine"}, {"article-fr-poutine-pyongyang", "visite-pyongyang"}),
    ({"q": "elysee"}, {"macron-ukraine"}),
    ({"entity": "Emmanuel Macron"}, {"macron-ukraine"}),
    ({"source": "exemple-info.fr"}, {"visite-pyongyang", "macron-ukraine"}),
    ({"date_from": "2024-06-20", "date_to": "2024-07-02"}, {"reaction-otan", "macron-ukraine"}),
])
def test_api_search_filters_articles(client, params, expected):
    response = client.get("/api/articles", params=params)
    assert response.status_code == 200
    assert _doc_ids(response.json()) == expected


def test_api_search_by_place(client):
    korean = _doc_ids(client.get("/api/articles", params={"country": "KP"}).json())
    near = _doc_ids(client.get("/api/articles", params={"near": "39.03,125.75", "km": 30}).json())
    assert "visite-pyongyang" in korean and "visite-pyongyang" in near and "macron-ukraine" not in near


def test_api_search_pages_with_total_and_links(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert (first["total"], len(first["items"]), first["previous"]) == (5, 2, None)
    second = client.get(first["next"]).json()
    assert second["offset"] == 2 and second["previous"].endswith("offset=0")
    last = client.get(second["next"]).json()
    assert len(last["items"]) == 1 and last["next"] is None
    assert len(_doc_ids(first) | _doc_ids(second) | _doc_ids(last)) == 5


def test_api_article_is_its_veille_document(client):
    hit = client.get("/api/articles", params={"q": "Bruxelles"}).json()["items"][0]
    document = client.get(f"/api/articles/{hit['id']}").json()
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert (document["schema"], document["id"], document["url"]) == ("veille/1", hit["doc_id"], hit["url"])


@pytest.mark.parametrize("path", ["/api/articles/999999", "/api/entities/Personne", "/api/entities/Personne/timeline",
                                  "/api/nowhere"])
def test_api_unknown_things_are_404_in_the_error_shape(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("q", ["Poutine", "Q7747", "vladimir poutine"])
def test_api_entities_finds_by_name_or_kb_id(client, q):
    entities = client.get("/api/entities", params={"q": q}).json()["items"]
    assert entities[0]["kb_id"] == "Q7747"


def test_api_entity_profile_by_store_id(client):
    ref = client.get("/api/entities", params={"q": "Poutine"}).json()["items"][0]
    profile = client.get(f"/api/entities/{ref['id']}").json()
    assert profile["entity"].items() <= ref.items()  # the index adds first and last days seen
    assert any("nouvelle page" in quote["text"] for quote in profile["quotes_by"])


def test_api_entity_timeline_is_in_date_order(client):
    items = client.get("/api/entities/Poutine/timeline").json()["items"]
    dates = [item["date"] for item in items]
    assert items and dates == sorted(dates, key=lambda day: (day is None, day or ""))


@pytest.mark.parametrize("params,expected", [
    ({"speaker": "Poutine"}, "nouvelle page"),
    ({"entity": "Poutine"}, "cherche des armes"),
])
def test_api_quotes_filter_by_speaker_or_entity(client, params, expected):
    body = client.get("/api/quotes", params=params).json()
    assert body["total"] >= 1 and any(expected in quote["text"] for quote in body["items"])


@pytest.mark.parametrize("params,status,code", [
    ({"limit": 0}, 422, "invalid_request"),
    ({"limit": 101}, 422, "invalid_request"),
    ({"date_from": "18 juin"}, 422, "invalid_request"),
    ({"near": "95,10"}, 422, "invalid_request"),
    ({"near": "39,125", "km": 0}, 422, "invalid_request"),
    ({"country": "KOR"}, 422, "invalid_request"),
    ({"entity": "nul\x00"}, 422, "invalid_request"),
])
def test_api_bad_parameters_are_422_in_the_error_shape(client, params, status, code):
    response = client.get("/api/articles", params=params)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"].startswith("query.")


def test_api_root_is_left_to_the_web_ui(client):
    assert client.get("/").status_code == 404
    assert client.get("/api/openapi.json").json()["info"]["title"] == "veille"


@pytest.mark.issue(11)
def test_api_events_lists_facts_with_their_proof(client):
    body = client.get("/api/events", params={"actor": "Vladimir Poutine", "limit": 100}).json()
    assert body["total"] == len(body["items"]) > 0
    assert all(event["actor"] for event in body["items"])
    support = [event for event in body["items"] if event["type"] == "SUPPORT"]
    assert support and support[0]["sentence_start"] <= support[0]["start"] < support[0]["end"] <= support[0]["sentence_end"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("key, value", [("type", "ASSAULT"), ("modality", "alleged"), ("target", "Ukraine")])
def test_api_events_filters_by_type_modality_and_role(client, key, value):
    body = client.get("/api/events", params={key: value, "limit": 100}).json()
    assert body["items"] and body["total"] == len(body["items"])
    assert all(event[key] == value for event in body["items"])


@pytest.mark.issue(11)
def test_api_stories_are_the_web_pages_twins(client):
    """/api/stories and /api/stories/{id} answer what /stories and /stories/{id} show."""
    listed = client.get("/api/stories").json()
    assert listed["total"] >= 1 and listed["items"]
    first = listed["items"][0]
    detail = client.get(f"/api/stories/{first['id']}").json()
    assert detail["story"]["id"] == first["id"] and len(detail["articles"]) == first["articles"]
    assert client.get("/api/stories/99999").status_code == 404


def test_api_places_are_the_article_maps_twin(client):
    hit = client.get("/api/articles", params={"q": "Ouchakov"}).json()["items"][0]
    places = client.get("/api/places", params={"article": hit["id"]}).json()["places"]
    assert [place["name"] for place in places] == ["Corée du Nord", "Pyongyang", "Russie", "Moscou", "Ukraine"]
    assert places[1] == {"entity_id": places[1]["entity_id"], "name": "Pyongyang", "lat": 39.03385,
                         "lon": 125.75432, "country": "KP", "feature": "city", "count": 4, "focus": False}


@pytest.mark.parametrize("params", [{"entity": "Pyongyang"}, {"story": 1}, {"q": "Pyongyang"}])
def test_api_places_of_an_entity_a_story_or_a_search(client, params):
    places = client.get("/api/places", params=params).json()["places"]
    assert "Pyongyang" in {place["name"] for place in places}


@pytest.mark.parametrize("params", [{"article": 999_999, "q": "Pyongyang"}, {"entity": "Personne"}])
def test_api_places_of_something_unknown_are_404(client, params):
    """The first given of article, entity, story and q says whose places: here nothing stored."""
    response = client.get("/api/places", params=params)
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("params,expected", [({"q": "kangourou"}, set()),
                                             ({}, {"Corée du Nord", "Pyongyang", "France", "Bruxelles"})])
def test_api_places_of_a_search_or_of_every_article(client, params, expected):
    names = {place["name"] for place in client.get("/api/places", params=params).json()["places"]}
    assert expected <= names and (expected or not names)


@pytest.mark.issue(15)
def test_api_events_are_facts_with_their_sentence_and_entity_ids(client):
    page = client.get("/api/events", params={"actor": "Poutine", "limit": 100}).json()
    assert page["items"] and all(event["actor"] == "Vladimir Poutine" for event in page["items"])
    for event in page["items"]:
        assert event["actor_id"] is not None and event["sentence"].strip()
        assert event["trigger"] in event["sentence"]
    newest = client.get("/api/events", params={"actor": "Poutine", "sort": "-date", "limit": 100}).json()["items"]
    assert [event["dct"] for event in newest] == sorted((event["dct"] for event in newest), reverse=True)


@pytest.mark.issue(15)
def test_api_events_filter_by_outlet_place_and_mode(client):
    every = client.get("/api/events", params={"limit": 100}).json()["items"]
    outlet = next(event["outlet"] for event in every if event["outlet"])
    by_outlet = client.get("/api/events", params={"source": outlet, "limit": 100}).json()
    assert by_outlet["total"] == sum(event["outlet"] == outlet for event in every)
    placed = next(event for event in every if event["place"])
    assert client.get("/api/events", params={"place": placed["place"]}).json()["total"] >= 1
    assert client.get("/api/events", params={"mode": "NOSUCHMODE"}).json()["total"] == 0


@pytest.mark.issue(15)
def test_api_quotes_filter_by_kind_and_outlet_and_name_their_speaker(client):
    quotes = client.get("/api/quotes", params={"kind": "direct", "limit": 100}).json()["items"]
    assert quotes and {quote["kind"] for quote in quotes} == {"direct"}
    assert any(quote["speaker_id"] for quote in quotes)
    outlet = next(quote["outlet"] for quote in client.get("/api/quotes", params={"limit": 100}).json()["items"]
                  if quote["outlet"])
    by_outlet = client.get("/api/quotes", params={"source": outlet}).json()["items"]
    assert by_outlet and all(quote["outlet"] == outlet for quote in by_outlet)


@pytest.mark.issue(15)
def test_api_entity_index_is_sorted_and_paginated(client):
    page = client.get("/api/entities", params={"type": "PER", "sort": "-mentions", "limit": 3}).json()
    assert page["total"] > 3 and len(page["items"]) == 3 and page["next"]
    assert {entity["label"] for entity in page["items"]} == {"PER"}
    counts = [entity["mentions"] for entity in page["items"]]
    assert counts == sorted(counts, reverse=True) and page["items"][0]["first_seen"]
    names = [e["name"] for e in client.get("/api/entities", params={"sort": "name", "limit": 100}).json()["items"]]
    assert names == sorted(names)


@pytest.mark.issue(15)
def test_api_sources_count_articles_per_outlet_and_per_day(client):
    page = client.get("/api/sources").json()
    total_articles = client.get("/api/articles", params={"limit": 1}).json()["total"]
    assert sum(outlet["articles"] for outlet in page["items"]) == total_articles
    assert sum(day["articles"] for day in page["per_day"]) <= total_articles


@pytest.mark.issue(15)
@pytest.mark.parametrize("params", [{}, {"q": "Pyongyang"}, {"entity": "Poutine"}, {"source": "exemple-info.fr"}])
def test_api_articles_per_day_count_what_the_search_finds(client, params):
    days = client.get("/api/articles/per-day", params=params).json()["days"]
    found = client.get("/api/articles", params={**params, "limit": 100}).json()["items"]
    assert sum(day["articles"] for day in days) == len([hit for hit in found if hit["dct"]]) > 0
    assert [day["day"] for day in days] == sorted({hit["dct"] for hit in found if hit["dct"]})


@pytest.mark.issue(15)
@pytest.mark.parametrize("params", [{}, {"actor": "Poutine"}, {"type": "SUPPORT"}])
def test_api_events_per_day_count_the_events_of_the_filters(client, params):
    days = client.get("/api/events/per-day", params=params).json()["days"]
    listed = client.get("/api/events", params={**params, "limit": 100}).json()["items"]
    assert sum(day["events"] for day in days) == len([event for event in listed if event["dct"]]) > 0
    assert {(day["day"], day["type"]) for day in days} == {(event["dct"], event["type"]) for event in listed}


@pytest.mark.issue(15)
def test_api_events_network_weighs_actor_target_pairs_by_their_events(client):
    network = client.get("/api/events/network").json()
    assert network["considered"] == client.get("/api/events", params={"limit": 1}).json()["total"]
    edges = network["edges"]
    assert edges and [edge["events"] for edge in edges] == sorted((edge["events"] for edge in edges), reverse=True)
    assert all(edge["events"] == sum(edge["types"].values()) and edge["actor_id"] != edge["target_id"] for edge in edges)
    putin = next(edge for edge in edges if edge["actor"] == "Vladimir Poutine")
    listed = client.get("/api/events", params={"actor": putin["actor_id"], "target": putin["target_id"]}).json()
    assert listed["total"] == putin["events"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("type", "quad"), [("SUPPORT", "verbal_cooperation"), ("ASSAULT", "material_conflict")])
def test_api_events_network_colours_each_pair_by_its_quad_class(client, type, quad):
    edges = client.get("/api/events/network", params={"type": type}).json()["edges"]
    assert edges and all(edge["quad"] == quad and set(edge["types"]) == {type} for edge in edges)


@pytest.mark.issue(15)
def test_api_entity_timeline_pages_in_date_order(client):
    first = client.get("/api/entities/Poutine/timeline", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["total"] > 3 and first["previous"] is None
    second = client.get(first["next"]).json()
    dates = [item["date"] for item in first["items"] + second["items"]]
    assert dates == sorted(dates) and second["offset"] == 3


@pytest.mark.issue(15)
@pytest.mark.parametrize("path", ["/api/articles", "/api/quotes", "/api/events", "/api/entities", "/api/sources",
                                  "/api/stories", "/api/entities/Poutine/timeline"])
def test_api_list_routes_answer_one_shape(client, path):
    body = client.get(path, params={"limit": 2, "offset": 2}).json()
    assert {"items", "page", "pages", "total", "next", "previous"} <= set(body)
    assert len(body["items"]) <= 2 and body["page"] == 2 and body["pages"] == max(1, -(-body["total"] // 2))


@pytest.mark.issue(15)
def test_api_search_sorts_by_date(client):
    oldest = [hit["dct"] for hit in client.get("/api/articles", params={"q": "Pyongyang", "sort": "date"}).json()["items"]]
    newest = [hit["dct"] for hit in client.get("/api/articles", params={"q": "Pyongyang", "sort": "-date"}).json()["items"]]
    assert len(oldest) > 1 and oldest == sorted(oldest) and newest == oldest[::-1]
