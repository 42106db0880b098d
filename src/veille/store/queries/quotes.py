"""Quotes: who spoke them, whom their words mention, in publication order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ..models import Article, ArticleEntity, Quote, QuoteMention, QuoteSpeaker
from .common import day, find_entities, published


@dataclass
class QuoteItem:
    """A quote with its article and offsets: ``text`` is ``article text[start:end]``; ``outlet`` is the article's,
``via`` the outlet that only relays the words, ``speaker_id`` the store id of the speaker (None unlinked)."""

    article_id: int
    title: str | None
    dct: str | None
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    cue: str | None
    outlet: str | None
    via: str | None
    speaker_id: int | None


@dataclass
class QuoteResult:
    total: int
    limit: int
    offset: int
    quotes: list[QuoteItem]


def quotes_by(*entity_ids: int) -> Select:
    return select(Quote.id).join(QuoteSpeaker).where(QuoteSpeaker.entity_id.in_(entity_ids))


def quotes_mentioning(*entity_ids: int) -> Select:
    """Quotes whose content mentions one of the entities (``QuoteMention``, kept at ingest)."""
    return select(QuoteMention.quote_id).where(QuoteMention.entity_id.in_(entity_ids))


def quotes_about(entity_id: int) -> Select:
    """Quotes whose content mentions the entity, other than its own words."""
    return quotes_mentioning(entity_id).where(QuoteMention.quote_id.not_in(quotes_by(entity_id)))


def quote_items(session: Session, ids: Select, limit: int | None, offset: int = 0, latest: bool = False,
                newest_first: bool = False) -> list[QuoteItem]:
    """The quotes among ``ids`` in publication order (``newest_first``: reversed), or the latest stored first
    (``latest``: a profile's short lists, read backwards along the quotes' key and stopped at ``limit``, whatever
    the number of quotes); only the article columns shown are read (sorting whole articles, texts and all, made a
    busy entity's profile several times slower)."""
    speaker_id = (select(ArticleEntity.entity_id).where(ArticleEntity.article_id == Quote.article_id,
                                                        ArticleEntity.local_id == Quote.speaker["entity"].as_string())
                  .scalar_subquery())
    columns = (Article.id, Article.title, Article.dct, Quote.start, Quote.end, Quote.text, Quote.kind,
               Quote.speaker_name, Quote.cue_text, Article.source, Quote.via["name"].as_string(), speaker_id)
    order = [Quote.id.desc()] if latest else _publication_order(newest_first)
    query = (select(*columns).join_from(Quote, Article, Article.id == Quote.article_id).where(Quote.id.in_(ids))
             .order_by(*order).limit(limit).offset(offset))
    return [QuoteItem(article_id, title, day(dct), *rest) for article_id, title, dct, *rest in session.execute(query)]


def _publication_order(newest_first: bool) -> list[ColumnElement]:
    if newest_first:
        return [Article.dct.desc().nulls_last(), Article.id.desc(), Quote.start]
    return [Article.dct.nulls_last(), Article.id, Quote.start]


QUOTE_SORTS = ("date", "-date")
"""How a list of quotes may be sorted: by publication date, oldest (``date``) or newest (``-date``) first."""


def quotes(session: Session, *, speaker: str | None = None, entity: str | None = None, source: str | None = None,
           kind: str | None = None, date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
           sort: str = "date", limit: int | None = 20, offset: int = 0) -> QuoteResult:
    """Quotes in publication order (``sort="-date"``: newest first), by whom they are spoken, whom they mention,
    the article's outlet, their kind and the publication date.

    speaker (str | None): only quotes this entity speaks (alone or in a group; any entity the name fits).
    entity (str | None): only quotes whose words mention this entity.
    source (str | None): only quotes in articles of this outlet (URL host without ``www.``).
    kind (str | None): only ``direct``, ``indirect`` or ``mixed`` quotes.
    date_from, date_to (str | date | None): publication date bounds, inclusive.
    limit, offset (int): the page.
    RETURNS (QuoteResult): the total count and the page of quotes; a name that fits no entity gives none.
    """
    ids = select(Quote.id)
    if speaker is not None:
        ids = ids.where(Quote.id.in_(quotes_by(*(ref.id for ref in find_entities(session, speaker)))))
    if entity is not None:
        ids = ids.where(Quote.id.in_(quotes_mentioning(*(ref.id for ref in find_entities(session, entity)))))
    if kind is not None:
        ids = ids.where(Quote.kind == kind.strip().lower())
    article_conditions = published(source, date_from, date_to)
    if article_conditions:
        ids = ids.where(Quote.article_id.in_(select(Article.id).where(*article_conditions)))
    total = session.scalar(select(func.count()).select_from(ids.subquery()))
    return QuoteResult(total=total or 0, limit=limit, offset=offset,
                       quotes=quote_items(session, ids, limit, offset, newest_first=sort == "-date"))

