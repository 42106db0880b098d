"""Where the stored articles take place, for the maps of the web UI and ``/api/places``: the located places of one
article, of an entity's articles, of a story, of a search's results. Each is one point per place entity and
location (two documents may locate one name differently: both points are kept), the most mentioned first.

A point's ``count`` is its mentions in those articles; each answer is one or two grouped queries, whatever the
number of articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from ..models import Article, ArticleEntity, Entity, Event, EventEntity, Story, StoryArticle
from .articles import matching_articles
from .common import find_entities
from .entities import CO_OCCURRENCE_ARTICLES

MAX_PLACES = 100
SEARCH_ARTICLES = 1000  # a search's map reads its latest 1,000 matching articles


@dataclass
class PlacePoint:
    """A located place: its corpus entity, name, point (decimal degrees), country (ISO 3166-1 alpha-2), kind
    (``city``, ``country``, ``admin1``…: the contract's ``geo.feature``), how often it is named, and whether it is
    the entity whose places these are (``focus``)."""

    entity_id: int
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str | None
    count: int
    focus: bool = False


def article_places(session: Session, article_id: int, *, limit: int = MAX_PLACES) -> list[PlacePoint] | None:
    """The located places of one article; None when there is no such article."""
    if session.get(Article, article_id) is None:
        return None
    return _located(session, select(Article.id).where(Article.id == article_id), limit)


def entity_places(session: Session, name_or_id: str, *, limit: int = MAX_PLACES) -> list[PlacePoint] | None:
    """The places named in the latest ``CO_OCCURRENCE_ARTICLES`` articles that mention an entity (the most
    mentioned entity the name fits); the entity itself is among them, as ``focus``, when it is a located place.
    None when the name fits no entity."""
    found = find_entities(session, name_or_id)
    if not found:
        return None
    entity_id = found[0].id
    latest = (select(ArticleEntity.article_id).where(ArticleEntity.entity_id == entity_id)
              .order_by(ArticleEntity.article_id.desc()).limit(CO_OCCURRENCE_ARTICLES))
    points = _located(session, latest, limit)
    for point in points:
        point.focus = point.entity_id == entity_id
    return points


def story_places(session: Session, story_id: int, *, limit: int = MAX_PLACES) -> list[PlacePoint] | None:
    """The located places of a story's articles; None when there is no such story."""
    if session.get(Story, story_id) is None:
        return None
    return _located(session, select(StoryArticle.article_id).where(StoryArticle.story_id == story_id), limit)


def search_places(session: Session, text: str | None = None, *, limit: int = MAX_PLACES,
                  **filters: Any) -> list[PlacePoint]:
    """Where a search's results take place: in each of the latest ``SEARCH_ARTICLES`` articles ``search`` finds
    with these words and filters (its keyword arguments), the places of its events, else (an article whose events
    have no located place) the places it names."""
    articles = matching_articles(session, text, **filters).order_by(Article.id.desc()).limit(SEARCH_ARTICLES)
    return _points(session, ArticleEntity.article_id.in_(articles) & _where_events_happen(), limit)


def _located(session: Session, articles: Select, limit: int | None) -> list[PlacePoint]:
    """The located places named in ``articles`` (a query of article ids)."""
    return _points(session, ArticleEntity.article_id.in_(articles), limit)


def _where_events_happen() -> ColumnElement[bool]:
    """An article entity that is the place of an event of its article, or any place of an article none of whose
    events has a located place."""
    other = aliased(ArticleEntity)
    event_places = (select(EventEntity.entity_id).join(Event, Event.id == EventEntity.event_id)
                    .where(EventEntity.role == "place", Event.article_id == ArticleEntity.article_id))
    located = event_places.join(other, (other.article_id == Event.article_id)
                                & (other.entity_id == EventEntity.entity_id)).where(other.lat.is_not(None))
    return ArticleEntity.entity_id.in_(event_places) | ~located.exists()


def _points(session: Session, condition: ColumnElement[bool], limit: int) -> list[PlacePoint]:
    """The located places of the article entities that meet ``condition``, one per entity and point."""
    count = func.sum(ArticleEntity.mention_count)
    query = (select(Entity.id, Entity.name, ArticleEntity.lat, ArticleEntity.lon, ArticleEntity.country,
                    func.max(ArticleEntity.geo["feature"].as_string()), count)
             .select_from(ArticleEntity).join(Entity, Entity.id == ArticleEntity.entity_id)
             .where(condition, ArticleEntity.lat.is_not(None))
             .group_by(Entity.id, Entity.name, ArticleEntity.lat, ArticleEntity.lon, ArticleEntity.country)
             .order_by(count.desc(), Entity.id).limit(limit))
    return [PlacePoint(*row) for row in session.execute(query)]
