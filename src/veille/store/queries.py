"""What one can ask the store: search, entity profiles, timelines, quotes, one article. The CLI and the API call these.

Every function takes a SQLAlchemy ``Session`` and returns plain dataclasses (``dataclasses.asdict`` gives their
JSON), with dates as ``YYYY-MM-DD`` strings and offsets into the article text for every quote, mention and event,
so that a caller can always show the words that prove a result.

An entity is named by its store id (``"12"``), its Wikidata id (``"Q7747"``) or any name it was mentioned by
(``"Poutine"``, accents and case ignored), else the last words of such a name (``"Stoltenberg"``); a name may
fit several entities, most mentioned first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from ..model import Analysis
from ..text import clean_text
from .documents import load_document
from .duplicates import duplicates_of
from .entities import name_key
from .models import (Article, ArticleEntity, DuplicateMember, Entity, EntityAlias, Event, EventEntity, Mention, Quote,
                     QuoteMention, QuoteSpeaker)
from .search import excerpt, matching, snippet, terms

_STORE_ID = re.compile(r"[0-9]{1,9}")  # ids stay within a 32-bit INTEGER column; longer digits are a name
_QID = re.compile(r"Q[1-9][0-9]*")


@dataclass
class EntityRef:
    """A corpus entity, with how many articles and mentions it has."""

    id: int
    name: str
    label: str
    type: str
    kb_id: str | None
    articles: int = 0
    mentions: int = 0


@dataclass
class ArticleHit:
    """A matching article; ``duplicates`` lists its near-duplicates (other members of its group), matching or not."""

    id: int
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    dct: str | None
    snippet: str
    duplicates: list[int] = field(default_factory=list)


@dataclass
class SearchResult:
    total: int
    limit: int
    offset: int
    hits: list[ArticleHit]


@dataclass
class QuoteItem:
    """A quote with its article and offsets: ``text`` is ``article text[start:end]``."""

    article_id: int
    title: str | None
    dct: str | None
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    cue: str | None


@dataclass
class QuoteResult:
    total: int
    limit: int
    offset: int
    quotes: list[QuoteItem]


@dataclass
class EventItem:
    article_id: int
    title: str | None
    dct: str | None
    type: str
    role: str
    trigger: str
    start: int
    end: int
    date: str | None
    modality: str


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


@dataclass
class ArticleView:
    """A stored article as its ``veille/1`` document, with the corpus entity behind each of its local ids."""

    id: int
    document: Analysis
    entity_ids: dict[str, int]


def article_view(session: Session, article_id: int) -> ArticleView | None:
    """The stored article ``article_id`` (its store id), or None."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    entity_ids = {row.local_id: row.entity_id for row in article.entities}
    return ArticleView(article.id, load_document(article), entity_ids)


def find_entities(session: Session, name_or_id: str) -> list[EntityRef]:
    """The entities ``name_or_id`` designates (see the module docstring), most mentioned first."""
    value = clean_text(name_or_id).strip()
    if _STORE_ID.fullmatch(value):
        return _entity_refs(session, Entity.id == int(value))
    if _QID.fullmatch(value):
        return _entity_refs(session, Entity.kb_id == value)
    key = name_key(value)
    named = _entity_refs(session, Entity.id.in_(select(EntityAlias.entity_id).where(EntityAlias.key == key)))
    return named or _entity_refs(session, Entity.id.in_(_last_words_are(key)))


def _last_words_are(key: str) -> Select:
    """Entities one of whose names ends with these words: "Stoltenberg" finds "Jens Stoltenberg"."""
    pattern = "% " + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return select(EntityAlias.entity_id).where(EntityAlias.key.like(pattern, escape="\\"))


def _entity_refs(session: Session, condition: ColumnElement[bool], limit: int | None = None) -> list[EntityRef]:
    articles = func.count(ArticleEntity.article_id.distinct())
    mentions = func.sum(ArticleEntity.mention_count)
    query = (
        select(Entity, articles, mentions)
        .join(ArticleEntity, ArticleEntity.entity_id == Entity.id)
        .where(condition).group_by(Entity.id).order_by(mentions.desc(), Entity.id).limit(limit)
    )
    return [_ref(entity, n_articles, n_mentions) for entity, n_articles, n_mentions in session.execute(query)]


def _ref(entity: Entity, articles: int = 0, mentions: int = 0) -> EntityRef:
    return EntityRef(entity.id, entity.name, entity.label, entity.type, entity.kb_id, articles, mentions)


def search(
    session: Session,
    text: str | None = None,
    *,
    entity: str | None = None,
    speaker: str | None = None,
    source: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    event_type: str | None = None,
    limit: int = 20,
    offset: int = 0,
    collapse: bool = False,
) -> SearchResult:
    """Articles matching words and filters, most relevant first (newest first without words).

    text (str | None): words that must all appear in title or text; ``"quoted words"`` appear together.
    entity (str | None): only articles that mention this entity (any entity the name fits).
    speaker (str | None): only articles that quote this entity.
    source (str | None): only articles from this outlet (URL host without ``www.``).
    date_from, date_to (str | date | None): publication date bounds, inclusive.
    event_type (str | None): only articles with an event of this PLOVER type (``ASSAULT``, ``CONSULT``…).
    limit, offset (int): the page.
    collapse (bool): show one article per near-duplicate group, the one stored first among those matching.
    RETURNS (SearchResult): the total count and the page of hits, each with a snippet and its near-duplicates.
    """
    query, score = select(Article), None
    if text and terms(text):
        matched = matching(session, text)
        query, score = query.join(matched, matched.c.id == Article.id), matched.c.score
    query = query.where(*_filters(session, entity, speaker, source, date_from, date_to, event_type))
    if collapse:
        query = query.where(Article.id.not_in(_later_copies(query.with_only_columns(Article.id))))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    order = [score.desc()] if score is not None else []
    page = session.scalars(query.order_by(*order, Article.dct.desc().nulls_last(), Article.id.desc())
                           .limit(limit).offset(offset))
    hits = [ArticleHit(a.id, a.doc_id, a.title, a.url, a.source, _day(a.dct), snippet(a.text, text or ""))
            for a in page]
    copies = duplicates_of(session, [hit.id for hit in hits])
    for hit in hits:
        hit.duplicates = copies[hit.id]
    return SearchResult(total=total or 0, limit=limit, offset=offset, hits=hits)


def _later_copies(matching_ids: Select) -> Select:
    """The matching articles that have a near-duplicate with a lower id among the matching ones."""
    mine, earlier = aliased(DuplicateMember), aliased(DuplicateMember)
    return (select(mine.article_id).join(earlier, earlier.group_id == mine.group_id)
            .where(earlier.article_id < mine.article_id, earlier.article_id.in_(matching_ids)))


def _filters(session: Session, entity: str | None, speaker: str | None, source: str | None,
             date_from: str | dt.date | None, date_to: str | dt.date | None,
             event_type: str | None = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a search's filters; a name that fits no entity matches no article."""
    conditions = []
    if entity is not None:
        ids = [ref.id for ref in find_entities(session, entity)]
        conditions.append(Article.id.in_(select(ArticleEntity.article_id).where(ArticleEntity.entity_id.in_(ids))))
    if speaker is not None:
        ids = [ref.id for ref in find_entities(session, speaker)]
        quoted = select(Quote.article_id).join(QuoteSpeaker).where(QuoteSpeaker.entity_id.in_(ids))
        conditions.append(Article.id.in_(quoted))
    if source is not None:
        conditions.append(Article.source == source)
    if date_from is not None:
        conditions.append(Article.dct >= _date(date_from))
    if date_to is not None:
        conditions.append(Article.dct <= _date(date_to))
    if event_type is not None:
        conditions.append(Article.id.in_(select(Event.article_id).where(Event.type == event_type.strip().upper())))
    return conditions


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
        quotes_by=_quotes(session, _quotes_by(ref.id), limit, latest=True),
        quotes_about=_quotes(session, _quotes_about(ref.id), limit, latest=True),
        events=_events(session, ref.id, limit), co_occurring=_co_occurring(session, ref.id, limit),
    )


def _mentions_per_day(session: Session, entity_id: int) -> list[DayCount]:
    query = (
        select(Article.dct, func.count(Article.id.distinct()), func.sum(ArticleEntity.mention_count))
        .join(ArticleEntity, ArticleEntity.article_id == Article.id)
        .where(ArticleEntity.entity_id == entity_id).group_by(Article.dct).order_by(Article.dct.nulls_last())
    )
    return [DayCount(_day(day), articles, mentions) for day, articles, mentions in session.execute(query)]


def _quotes_by(*entity_ids: int) -> Select:
    return select(Quote.id).join(QuoteSpeaker).where(QuoteSpeaker.entity_id.in_(entity_ids))


def _quotes_mentioning(*entity_ids: int) -> Select:
    """Quotes whose content mentions one of the entities (``QuoteMention``, kept at ingest)."""
    return select(QuoteMention.quote_id).where(QuoteMention.entity_id.in_(entity_ids))


def _quotes_about(entity_id: int) -> Select:
    """Quotes whose content mentions the entity, other than its own words."""
    return _quotes_mentioning(entity_id).where(QuoteMention.quote_id.not_in(_quotes_by(entity_id)))


def _quotes(session: Session, ids: Select, limit: int | None, offset: int = 0, latest: bool = False) -> list[QuoteItem]:
    """The quotes among ``ids`` in publication order, or the latest stored first (``latest``: a profile's short
    lists, read backwards along the quotes' key and stopped at ``limit``, whatever the number of quotes); only the
    article columns shown are read (sorting whole articles, texts and all, made a busy entity's profile several
    times slower)."""
    columns = (Article.id, Article.title, Article.dct, Quote.start, Quote.end, Quote.text, Quote.kind,
               Quote.speaker_name, Quote.cue_text)
    order = [Quote.id.desc()] if latest else [Article.dct.nulls_last(), Article.id, Quote.start]
    query = (select(*columns).join_from(Quote, Article, Article.id == Quote.article_id).where(Quote.id.in_(ids))
             .order_by(*order).limit(limit).offset(offset))
    return [QuoteItem(article_id, title, _day(dct), *rest) for article_id, title, dct, *rest in session.execute(query)]


def _events(session: Session, entity_id: int, limit: int) -> list[EventItem]:
    """The entity's latest stored events, read backwards along an index and stopped at ``limit`` (see ``_quotes``)."""
    query = (select(Event, EventEntity.role, Article.title, Article.dct).join(EventEntity).join(Article)
             .where(EventEntity.entity_id == entity_id).order_by(EventEntity.event_id.desc()).limit(limit))
    return [EventItem(event.article_id, title, _day(dct), event.type, role, event.trigger_text,
                      event.trigger_start, event.trigger_end, event.date, event.modality)
            for event, role, title, dct in session.execute(query)]


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
    return [_ref(entity, articles) for entity, articles in session.execute(query)]


def quotes(session: Session, *, speaker: str | None = None, entity: str | None = None, limit: int = 20,
           offset: int = 0) -> QuoteResult:
    """Quotes in publication order, by whom they are spoken and whom they mention.

    speaker (str | None): only quotes this entity speaks (alone or in a group; any entity the name fits).
    entity (str | None): only quotes whose words mention this entity.
    limit, offset (int): the page.
    RETURNS (QuoteResult): the total count and the page of quotes; a name that fits no entity gives none.
    """
    ids = select(Quote.id)
    if speaker is not None:
        ids = ids.where(Quote.id.in_(_quotes_by(*(ref.id for ref in find_entities(session, speaker)))))
    if entity is not None:
        ids = ids.where(Quote.id.in_(_quotes_mentioning(*(ref.id for ref in find_entities(session, entity)))))
    total = session.scalar(select(func.count()).select_from(ids.subquery()))
    return QuoteResult(total=total or 0, limit=limit, offset=offset, quotes=_quotes(session, ids, limit, offset))


def timeline(session: Session, name_or_id: str) -> Timeline | None:
    """The dated facts about an entity in publication order: its first mention in each article, its quotes, its
    events (dated by the event's own date when it has one). None when the name fits no entity."""
    found = find_entities(session, name_or_id)
    if not found:
        return None
    ref = found[0]
    items = _first_mentions(session, ref.id)
    items += [TimelineItem(q.dct, q.article_id, q.title, "quote", q.text, q.start, q.end, q.speaker)
              for q in _quotes(session, _quotes_by(ref.id), limit=None)]
    items += [TimelineItem(e.date or e.dct, e.article_id, e.title, "event",
                           f"{e.type} ({e.role}): {e.trigger}", e.start, e.end)
              for e in _events(session, ref.id, limit=None)]
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
            items[article.id] = TimelineItem(_day(article.dct), article.id, article.title, "mention",
                                             excerpt(article.text, mention.start), mention.start, mention.end)
    return list(items.values())


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
