"""What one can ask the store about stories: the list of them, and one story with its articles, main entities and
timeline. Same conventions as every query: a session in, dataclasses out, dates as ``YYYY-MM-DD`` strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..duplicates import duplicates_of
from ..models import Article, ArticleEntity, Entity, Event, Mention, Quote, Story, StoryArticle
from .common import ArticleRef, EntityRef, as_date, day, entity_ref, find_entities, sort_keys, sort_order
from .entities import TimelineItem, event_moments, quote_moments
from .events import event_facts
from .quotes import quote_items


@dataclass
class StoryRef:
    """A story: its title (that of its earliest article), its first and last days, and its number of articles."""

    id: int
    title: str | None
    first_date: str | None
    last_date: str | None
    articles: int


@dataclass
class StoryList:
    total: int
    limit: int
    offset: int
    stories: list[StoryRef]


@dataclass
class StoryArticleItem(ArticleRef):
    """An article of a story, the similarity by which it joined, and its near-duplicates."""

    similarity: float
    duplicates: list[int]


@dataclass
class StoryDetail:
    story: StoryRef
    articles: list[StoryArticleItem]
    entities: list[EntityRef]
    timeline: list[TimelineItem]


STORY_SORTS = sort_keys(("last_date", "first_date", "articles"))
"""How stories may be sorted: by their last or first day, or their number of articles; ``-`` first for the latest
(or largest) first."""


def list_stories(
    session: Session,
    *,
    entity: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    min_articles: int = 1,
    sort: str = "-last_date",
    limit: int = 20,
    offset: int = 0,
) -> StoryList:
    """Stories, the most recently active first (then the largest).

    entity (str | None): only stories with an article mentioning this entity (any entity the name fits).
    date_from, date_to (str | date | None): only stories active within these days, inclusive.
    min_articles (int): only stories with at least this many articles.
    sort (str): one of ``STORY_SORTS`` (default: the most recently active first); ties go to the largest, then by id.
    limit, offset (int): the page.
    RETURNS (StoryList): the total count and the page.
    """
    query = select(Story).where(Story.size >= min_articles)
    if entity is not None:
        ids = [ref.id for ref in find_entities(session, entity)]
        mentioning = select(ArticleEntity.article_id).where(ArticleEntity.entity_id.in_(ids))
        query = query.where(Story.id.in_(select(StoryArticle.story_id).where(StoryArticle.article_id.in_(mentioning))))
    if date_from is not None:
        query = query.where(Story.last_date >= as_date(date_from))
    if date_to is not None:
        query = query.where(Story.first_date <= as_date(date_to))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    columns = {"last_date": Story.last_date, "first_date": Story.first_date, "articles": Story.size}
    page = session.scalars(query.order_by(sort_order(columns, sort), Story.size.desc(), Story.id)
                           .limit(limit).offset(offset))
    return StoryList(total=total or 0, limit=limit, offset=offset, stories=[_story_ref(row) for row in page])


def story(session: Session, story_id: int, *, entities: int = 10) -> StoryDetail | None:
    """One story: its articles in date order, its main entities, and its timeline.

    The timeline holds each article's publication, its quotes and its events (dated by the event's own date when it
    has one), in date order. The main entities are those named in the most of its articles (then most mentioned).
    story_id (int): the story's id.
    entities (int): the most main entities listed.
    RETURNS (StoryDetail | None): None when there is no such story.
    """
    row = session.get(Story, story_id)
    if row is None:
        return None
    members = select(StoryArticle.article_id).where(StoryArticle.story_id == story_id)
    articles = _articles(session, story_id)
    return StoryDetail(story=_story_ref(row), articles=articles, entities=_main_entities(session, members, entities),
                       timeline=_timeline(session, members, articles))


def story_of_article(session: Session, article_id: int) -> StoryRef | None:
    """The story an article belongs to, or None (an article not yet assigned, or unknown)."""
    row = session.scalar(select(Story).join(StoryArticle, StoryArticle.story_id == Story.id)
                         .where(StoryArticle.article_id == article_id))
    return _story_ref(row) if row is not None else None


def _story_ref(row: Story) -> StoryRef:
    return StoryRef(row.id, row.title, day(row.first_date), day(row.last_date), row.size)


def _articles(session: Session, story_id: int) -> list[StoryArticleItem]:
    query = (select(Article, StoryArticle.similarity).join(StoryArticle, StoryArticle.article_id == Article.id)
             .where(StoryArticle.story_id == story_id).order_by(StoryArticle.day, Article.id))
    rows = list(session.execute(query))
    copies = duplicates_of(session, [article.id for article, _ in rows])
    return [StoryArticleItem(a.id, a.doc_id, a.title, a.url, a.source, day(a.dct), round(similarity, 3),
                             copies[a.id]) for a, similarity in rows]


def _main_entities(session: Session, members: Select, limit: int) -> list[EntityRef]:
    """The entities named in the most of the story's articles; counts are within the story."""
    articles, mentions = func.count(ArticleEntity.article_id.distinct()), func.count(Mention.id)
    query = (select(Entity, articles, mentions).join(ArticleEntity, ArticleEntity.entity_id == Entity.id)
             .join(Mention, Mention.article_entity_id == ArticleEntity.id)
             .where(ArticleEntity.article_id.in_(members)).group_by(Entity.id)
             .order_by(articles.desc(), mentions.desc(), Entity.id).limit(limit))
    return [entity_ref(entity, n_articles, n_mentions) for entity, n_articles, n_mentions in session.execute(query)]


def _timeline(session: Session, members: Select, articles: list[StoryArticleItem]) -> list[TimelineItem]:
    items = [TimelineItem(a.dct, a.id, a.title, "article", a.title or a.doc_id, 0, 0) for a in articles]
    items += quote_moments(quote_items(session, select(Quote.id).where(Quote.article_id.in_(members)), limit=None))
    items += event_moments(event_facts(session, [Event.article_id.in_(members)]))
    items.sort(key=lambda item: (item.date is None, item.date or "", item.article_id, item.start))
    return items
