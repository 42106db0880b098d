"""Where the stored articles take place: the located places of an article, an entity, a story and a search."""

from __future__ import annotations

import pytest

from veille.store import (article_places, entity_places, find_entities, search, search_places, story_of_article,
                          story_places)


@pytest.fixture
def session(ingested):
    with ingested.session() as opened:
        yield opened


def _seed_id(session) -> int:
    return search(session, "Ouchakov").hits[0].id


def test_places_of_the_seed_article_are_its_five_located_places(session):
    points = article_places(session, _seed_id(session))
    assert [(p.name, p.country, p.feature, p.count) for p in points] == [
        ("Corée du Nord", "KP", "country", 5), ("Pyongyang", "KP", "city", 4), ("Russie", "RU", "country", 4),
        ("Moscou", "RU", "city", 3), ("Ukraine", "UA", "country", 2)]
    assert 39 < points[1].lat < 39.1 and 125.7 < points[1].lon < 125.8


def test_places_of_an_entity_single_out_the_entity_when_it_is_a_place(session):
    pyongyang = find_entities(session, "Pyongyang")[0]
    points = entity_places(session, "Pyongyang")
    assert [p.entity_id for p in points if p.focus] == [pyongyang.id]
    assert {"Moscou", "Ukraine", "Corée du Nord"} <= {p.name for p in points}
    assert not any(p.focus for p in entity_places(session, "Q7747"))


def test_places_of_a_story_are_those_of_its_articles(session):
    seed = _seed_id(session)
    assert story_places(session, story_of_article(session, seed).id) == article_places(session, seed)


@pytest.mark.parametrize("words,expected", [
    ("Ouchakov", {"Corée du Nord", "Pyongyang", "Ukraine"}),  # the places of its events, not Moscou
    ("ambassadeur Tass", {"Moscou", "France"}),  # no event placed: the places it names
    ("kangourou", set()),
])
def test_places_of_a_search_are_where_its_articles_events_happen(session, words, expected):
    assert {p.name for p in search_places(session, words)} == expected


@pytest.mark.parametrize("query,key", [(article_places, 999_999), (story_places, 999_999),
                                       (entity_places, "Personne")])
def test_places_of_nothing_stored_are_none(session, query, key):
    assert query(session, key) is None
