"""What the store knows of one entity: its profile (mentions per day, quotes by and about it, its events, its
company) and its timeline of dated facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..models import Article, ArticleEntity, Entity, Mention
from ..search import excerpt
from .common import EntityRef, day, entity_ref, find_entities
from .events import EventItem, entity_events
from .quotes import QuoteItem, quote_items, quotes_about, quotes_by


@dataclass
class DayCount:
    day: str | None
    articles: int
    mentions: int


@dataclass
class EntityProfile:
    entity: EntityRef
    also: list[EntityRef]
    mentions_over_time: list[DayCount]
    quotes_by: list[QuoteItem]
    quotes_about: list[QuoteItem]
    events: list[EventItem]
    co_occurring: list[EntityRef]


@dataclass
class TimelineItem:
    """One dated fact: ``kind`` is ``mention`` (an entity's first in an article), ``article`` (a story's article
    published; ``text`` is its title or first words), ``quote`` (with its ``speaker``) or ``event``."""

    date: str | None
    article_id: int
    title: str | None
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None


@dataclass
class Timeline:
    entity: EntityRef
    items: list[TimelineItem] = field(default_factory=list)


def entity_profile(session: Session, name_or_id: str, *, limit: int = 20) -> EntityProfile | None:
    """What the store knows of an entity: mentions per day, quotes by and about it, its events, its company.

    name_or_id (str): see the module docstring; the most mentioned entity it fits is profiled, the others
        are listed in ``also``.
    limit (int): the most quotes, events and co-occurring entities listed.
    RETURNS (EntityProfile | None): None when the name fits no entity.
    """
    found = find_entities(session, name_or_id)
    if not found:
        return None
    ref = found[0]
    return EntityProfile(
        entity=ref, also=found[1:], mentions_over_time=_mentions_per_day(session, ref.id),
        quotes_by=quote_items(session, quotes_by(ref.id), limit, latest=True),
        quotes_about=quote_items(session, quotes_about(ref.id), limit, latest=True),
        events=entity_events(session, ref.id, limit), co_occurring=_co_occurring(session, ref.id, limit),
    )


def _mentions_per_day(session: Session, entity_id: int) -> list[DayCount]:
    query = (
        select(Article.dct, func.count(Article.id.distinct()), func.sum(ArticleEntity.mention_count))
        .join(ArticleEntity, ArticleEntity.article_id == Article.id)
        .where(ArticleEntity.entity_id == entity_id).group_by(Article.dct).order_by(Article.dct.nulls_last())
    )
    return [DayCount(day(dct), articles, mentions) for dct, articles, mentions in session.execute(query)]


CO_OCCURRENCE_ARTICLES = 500


def _co_occurring(session: Session, entity_id: int, limit: int) -> list[EntityRef]:
    """The entities mentioned in the most articles beside this one, among its latest ``CO_OCCURRENCE_ARTICLES``
    articles (counts are of shared articles): an entity's present company, at a cost that does not grow with the
    corpus."""
    latest = (select(ArticleEntity.article_id).where(ArticleEntity.entity_id == entity_id)
              .order_by(ArticleEntity.article_id.desc()).limit(CO_OCCURRENCE_ARTICLES).scalar_subquery())
    other = aliased(ArticleEntity)
    shared = func.count(other.article_id.distinct())
    query = (select(Entity, shared).join(other, other.entity_id == Entity.id)
             .where(other.article_id.in_(latest), Entity.id != entity_id)
             .group_by(Entity.id).order_by(shared.desc(), Entity.id).limit(limit))
    return [entity_ref(entity, articles) for entity, articles in session.execute(query)]


def timeline(session: Session, name_or_id: str) -> Timeline | None:
    """The dated facts about an entity in publication order: its first mention in each article, its quotes, its
    events (dated by the event's own date when it has one). None when the name fits no entity."""
    found = find_entities(session, name_or_id)
    if not found:
        return None
    ref = found[0]
    items = _first_mentions(session, ref.id)
    items += [TimelineItem(q.dct, q.article_id, q.title, "quote", q.text, q.start, q.end, q.speaker)
              for q in quote_items(session, quotes_by(ref.id), limit=None)]
    items += [TimelineItem(e.date or e.dct, e.article_id, e.title, "event",
                           f"{e.type} ({e.role}): {e.trigger}", e.start, e.end)
              for e in entity_events(session, ref.id, limit=None)]
    items.sort(key=lambda item: (item.date is None, item.date or "", item.article_id, item.start))
    return Timeline(entity=ref, items=items)


def _first_mentions(session: Session, entity_id: int) -> list[TimelineItem]:
    """The entity's first mention in each article that mentions it, with the words around it."""
    query = (select(Article, Mention).join(Mention, Mention.article_id == Article.id)
             .join(ArticleEntity, Mention.article_entity_id == ArticleEntity.id)
             .where(ArticleEntity.entity_id == entity_id).order_by(Article.id, Mention.start))
    items: dict[int, TimelineItem] = {}
    for article, mention in session.execute(query):
        if article.id not in items:
            items[article.id] = TimelineItem(day(article.dct), article.id, article.title, "mention",
                                             excerpt(article.text, mention.start), mention.start, mention.end)
    return list(items.values())
