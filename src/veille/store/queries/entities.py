"""What the store knows of one entity: its profile (mentions per day, quotes by and about it, its events, its
company) and its timeline of dated facts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import Select, String, cast, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from ..models import Article, ArticleEntity, Entity, Event, Mention, Quote, QuoteSpeaker
from ..search import excerpt
from .common import EntityRef, day, entity_ref, find_entities, sort_keys, sort_order
from .events import EventFact, EventItem, entity_event_ids, entity_events, event_facts
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
    published; ``text`` is its title or first words), ``quote`` (with its ``speaker``) or ``event``; a quote's
    or an event's whole fact is in ``quote`` or ``event``, for a caller to write it as a sentence."""

    date: str | None
    article_id: int
    title: str | None
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    quote: QuoteItem | None = None
    event: EventFact | None = None


@dataclass
class Timeline:
    """A page of an entity's chronology: ``total`` facts in all, ``items`` from ``offset`` (at most ``limit``)."""

    entity: EntityRef
    total: int = 0
    limit: int | None = None
    offset: int = 0
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


def timeline(session: Session, name_or_id: str, *, limit: int | None = None, offset: int = 0) -> Timeline | None:
    """The dated facts about an entity in date order: its first mention in each article, its quotes, its events
    (dated by the event's own date when it has one; undated facts last). None when the name fits no entity.

    limit, offset (int | None, int): the page (None: every fact). The page is chosen among the facts' keys alone
        (kind, id, date, article: each kind read along its index on the entity), then only its facts are read
        whole, so a page of a busy entity costs the same as one of a rare one.
    """
    found = find_entities(session, name_or_id)
    if not found:
        return None
    ref = found[0]
    keys = _moment_keys(ref.id).subquery()
    total = _moment_count(session, ref.id)
    page = session.execute(select(keys.c.kind, keys.c.id).order_by(
        keys.c.date.is_(None), keys.c.date, keys.c.article_id, keys.c.position, keys.c.kind, keys.c.id)
        .limit(limit).offset(offset))
    items = _moments(session, list(page))
    items.sort(key=lambda item: (item.date is None, item.date or "", item.article_id,
                                 _FIRST if item.kind == "mention" else item.start, item.kind))
    return Timeline(entity=ref, total=total, limit=limit, offset=offset, items=items)


_FIRST = -1  # an article's first mention of the entity comes before its quotes and events


def _moment_keys(entity_id: int) -> Select:
    """One row per fact of an entity's chronology: its kind (``event``, ``mention``, ``quote``), its row id, its
    date as ``YYYY-MM-DD`` text, its article and its place in the article (its first mention first)."""
    published = cast(Article.dct, String)
    mentions = (select(literal("mention").label("kind"), ArticleEntity.id.label("id"), published.label("date"),
                       Article.id.label("article_id"), literal(_FIRST).label("position"))
                .join(Article, Article.id == ArticleEntity.article_id).where(ArticleEntity.entity_id == entity_id))
    spoken = (select(literal("quote"), Quote.id, published, Article.id, Quote.start)
              .join(QuoteSpeaker, QuoteSpeaker.quote_id == Quote.id).join(Article, Article.id == Quote.article_id)
              .where(QuoteSpeaker.entity_id == entity_id))
    done = (select(literal("event"), Event.id, func.coalesce(Event.date, published), Article.id, Event.trigger_start)
            .join(Article, Article.id == Event.article_id).where(Event.id.in_(entity_event_ids(entity_id))))
    return union_all(mentions, spoken, done)


def _moment_count(session: Session, entity_id: int) -> int:
    """How many facts the chronology holds: three counts along the indexes on the entity, none reading the
    articles (as counting the union would)."""
    counts = (select(func.count()).select_from(ArticleEntity).where(ArticleEntity.entity_id == entity_id),
              select(func.count()).select_from(quotes_by(entity_id).subquery()),
              select(func.count()).select_from(entity_event_ids(entity_id).distinct().subquery()))
    return sum(session.scalar(count) or 0 for count in counts)


def _moments(session: Session, keys: list[tuple[str, int]]) -> list[TimelineItem]:
    """The facts of a page of keys, read whole: one query per kind."""
    ids = {kind: [row_id for key_kind, row_id in keys if key_kind == kind] for kind in ("mention", "quote", "event")}
    items = _first_mentions(session, ids["mention"]) if ids["mention"] else []
    if ids["quote"]:
        items += quote_moments(quote_items(session, select(Quote.id).where(Quote.id.in_(ids["quote"])), limit=None))
    if ids["event"]:
        items += event_moments(event_facts(session, [Event.id.in_(ids["event"])]))
    return items


def quote_moments(found: list[QuoteItem]) -> list[TimelineItem]:
    return [TimelineItem(q.dct, q.article_id, q.title, "quote", q.text, q.start, q.end, q.speaker, quote=q)
            for q in found]


def event_moments(found: list[EventFact]) -> list[TimelineItem]:
    """Events on a timeline, each dated by its own date when it has one, else by its article's."""
    return [TimelineItem(e.date or e.dct, e.article_id, e.title, "event", f"{e.type}: {e.trigger}", e.start, e.end,
                         event=e) for e in found]


def _first_mentions(session: Session, row_ids: list[int]) -> list[TimelineItem]:
    """An entity's first mention in each of the articles of these ``ArticleEntity`` rows, with the words around
    it."""
    query = (select(ArticleEntity.id, Article, Mention).join(Mention, Mention.article_entity_id == ArticleEntity.id)
             .join(Article, Article.id == ArticleEntity.article_id)
             .where(ArticleEntity.id.in_(row_ids)).order_by(ArticleEntity.id, Mention.start))
    items: dict[int, TimelineItem] = {}
    for row_id, article, mention in session.execute(query):
        if row_id not in items:
            items[row_id] = TimelineItem(day(article.dct), article.id, article.title, "mention",
                                         excerpt(article.text, mention.start), mention.start, mention.end)
    return list(items.values())


@dataclass
class EntityStat(EntityRef):
    """An entity of the index, with the first and last publication days of the articles that mention it."""

    first_seen: str | None = None
    last_seen: str | None = None


@dataclass
class EntityIndex:
    total: int
    limit: int
    offset: int
    entities: list[EntityStat]


_ENTITY_ORDERS = ("mentions", "articles", "name", "first_seen", "last_seen")
ENTITY_SORTS = sort_keys(_ENTITY_ORDERS)
"""How the entity index may be sorted: a column, ``-`` first for the largest (or latest, or last) first."""


def entity_index(session: Session, *, q: str | None = None, type: str | None = None, sort: str = "-mentions",
                 limit: int | None = 20, offset: int = 0) -> EntityIndex:
    """The corpus entities with their counts and first and last days seen, in one grouped query.

    q (str | None): only the entities this name designates (as ``find_entities``).
    type (str | None): only entities of this coarse label (``PER``) or fine type (``CITY``).
    sort (str): one of ``ENTITY_SORTS`` (default: most mentioned first); ties go by store id.
    """
    conditions = []
    if q is not None:
        conditions.append(Entity.id.in_([ref.id for ref in find_entities(session, q)]))
    if type is not None:
        wanted = type.strip()
        conditions.append((Entity.label == wanted.upper()) | (Entity.type == wanted.upper()))
    total = session.scalar(select(func.count(Entity.id)).where(*conditions))
    columns = {"articles": func.count(ArticleEntity.article_id.distinct()),
               "mentions": func.coalesce(func.sum(ArticleEntity.mention_count), 0),
               "first_seen": func.min(Article.dct), "last_seen": func.max(Article.dct), "name": Entity.name}
    order = sort_order(columns, sort)
    query = (select(Entity, columns["articles"], columns["mentions"], columns["first_seen"], columns["last_seen"])
             .join(ArticleEntity, ArticleEntity.entity_id == Entity.id)
             .join(Article, Article.id == ArticleEntity.article_id)
             .where(*conditions).group_by(Entity.id).order_by(order, Entity.id).limit(limit).offset(offset))
    rows = [EntityStat(*dataclasses.astuple(entity_ref(entity, n_articles, n_mentions)), day(first), day(last))
            for entity, n_articles, n_mentions, first, last in session.execute(query)]
    return EntityIndex(total=total or 0, limit=limit, offset=offset, entities=rows)
