"""Stories: the example corpus's articles clustered by events and time, whatever order they arrive in.

A story is one event and its follow-ups of the next day, told by any number of outlets (issue #12): the treaty signed
in Pyongyang and the reactions of the morrow, the NATO summit from its eve to its reactions. The legislative
campaign is one story per event (the dissolution, the alliances, the debate, each round, the withdrawals): they share
their protagonists and their words, not their days. The announcement of Vladimir Putin's visit, two days before the
visit, is a story of its own: it tells the announcement's day, not the visit's.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from veille.ingest import read_inputs
from veille.store import ingest, list_stories, story
from veille.store.models import Article, StoryArticle

from .conftest import DEMO_CORPUS

STORIES = [
    {"pyongyang-traite-signe", "pyongyang-traite-signe-reprise", "pyongyang-traite-comme-le-rapporte",
     "seoul-reaction", "poutine-hanoi", "washington-reaction"},
    {"article-fr-poutine-pyongyang"},
    {"otan-sommet-preparation", "otan-sommet-ouverture", "otan-sommet-ouverture-reprise", "otan-declaration",
     "otan-chine-reaction", "otan-coree-du-nord"},
    {"dissolution"}, {"alliances-gauche"}, {"campagne-legislatives"}, {"debat-televise"},
    {"premier-tour", "premier-tour-reprise"}, {"desistements"}, {"second-tour"},
    {"tour-de-france-florence"},
]


def _partition(store) -> list[set[str]]:
    with store.session() as session:
        rows = session.execute(select(StoryArticle.story_id, Article.doc_id).join(Article)).all()
    stories: dict[int, set[str]] = {}
    for story_id, doc_id in rows:
        stories.setdefault(story_id, set()).add(doc_id)
    return sorted(stories.values(), key=lambda members: sorted(members))


def test_stories_group_the_example_corpus_by_events(demo):
    assert _partition(demo) == sorted(STORIES, key=lambda members: sorted(members))


def test_stories_do_not_depend_on_the_order_articles_arrive_in(store, replay_analyse):
    ingest(store, reversed(list(read_inputs([DEMO_CORPUS]))), analyse=replay_analyse)
    assert _partition(store) == sorted(STORIES, key=lambda members: sorted(members))


def test_stories_list_most_recent_first(demo):
    with demo.session() as session:
        listed = list_stories(session, min_articles=2)
    assert listed.total == 3
    assert [ref.last_date for ref in listed.stories] == ["2024-07-11", "2024-07-01", "2024-06-21"]


@pytest.mark.parametrize("entity,expected", [("Jens Stoltenberg", 3), ("Gabriel Attal", 4), ("Kim Jong-un", 2)])
def test_stories_list_filters_by_entity(demo, entity, expected):
    with demo.session() as session:
        assert list_stories(session, entity=entity).total == expected


def test_stories_story_has_a_timeline_and_main_entities(demo):
    with demo.session() as session:
        first = list_stories(session, date_to="2024-06-21", min_articles=2).stories[-1]
        detail = story(session, first.id)
    assert detail.story.title.startswith("La Russie et la Corée du Nord signent")
    assert "Vladimir Poutine" in [ref.name for ref in detail.entities[:3]]
    dates = [item.date for item in detail.timeline if item.kind == "article"]
    assert dates == sorted(dates) and len(dates) == 6
    assert {item.kind for item in detail.timeline} >= {"article", "quote"}
    copies = [article for article in detail.articles if article.doc_id == "pyongyang-traite-signe"]
    assert len(copies[0].duplicates) == 2


def test_stories_story_unknown_is_none(demo):
    with demo.session() as session:
        assert story(session, 999) is None
