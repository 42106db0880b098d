"""Searching the stored articles, and reading one back as its ``veille/1`` document."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from ...kb.places import distance_km
from ...model import Analysis
from ..documents import load_document
from ..duplicates import duplicates_of
from ..models import Article, ArticleEntity, DuplicateMember, Event, Quote, QuoteSpeaker
from ..search import matching, snippet, terms
from .common import ArticleRef, as_date, day, find_entities

KM_PER_DEGREE = 111.2  # of latitude (and of longitude at the equator)


@dataclass
class ArticleHit(ArticleRef):
    """A matching article; ``duplicates`` lists its near-duplicates (other members of its group), matching or not."""

    snippet: str
    duplicates: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Near:
    """A search's circle: articles naming a place located within ``km`` kilometres of (``lat``, ``lon``)."""

    lat: float
    lon: float
    km: float

    def __post_init__(self) -> None:
        if not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            raise ValueError(f"not a point on Earth: {self.lat},{self.lon} (latitude -90..90, longitude -180..180)")
        if not 0 < self.km <= 20_100:
            raise ValueError(f"the radius must be between 0 and 20,100 km, not {self.km}")

    @classmethod
    def parse(cls, point: str, km: float) -> Near:
        """From "LAT,LON" (decimal degrees) and a radius; raises ValueError for anything else."""
        try:
            lat, lon = (float(part) for part in point.split(","))
        except ValueError:
            raise ValueError(f"expected LAT,LON in decimal degrees (e.g. 48.85,2.35), not {point!r}") from None
        return cls(lat, lon, km)


SEARCH_SORTS = ("relevance", "-date", "date")
"""How a search's hits may be sorted: the most relevant first, the newest first, the oldest first."""


@dataclass
class SearchResult:
    total: int
    limit: int
    offset: int
    hits: list[ArticleHit]


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
    near: Near | None = None,
    country: str | None = None,
    limit: int = 20,
    offset: int = 0,
    collapse: bool = False,
    sort: str = "relevance",
) -> SearchResult:
    """Articles matching words and filters, most relevant first (newest first without words).

    text (str | None): words that must all appear in title or text; ``"quoted words"`` appear together.
    entity (str | None): only articles that mention this entity (any entity the name fits).
    speaker (str | None): only articles that quote this entity.
    source (str | None): only articles from this outlet (URL host without ``www.``).
    date_from, date_to (str | date | None): publication date bounds, inclusive.
    event_type (str | None): only articles with an event of this PLOVER type (``ASSAULT``, ``CONSULT``…).
    near (Near | None): only articles naming a place located within the circle.
    country (str | None): only articles naming a place located in this country (ISO 3166-1 alpha-2, ``UA``).
    limit, offset (int): the page.
    collapse (bool): show one article per near-duplicate group, the one stored first among those matching.
    sort (str): one of ``SEARCH_SORTS``: the most relevant first (newest first without words), the newest
        (``-date``) or the oldest (``date``) first.
    RETURNS (SearchResult): the total count and the page of hits, each with a snippet and its near-duplicates.
    """
    query, score = _matching(session, text, entity=entity, speaker=speaker, source=source, date_from=date_from,
                             date_to=date_to, event_type=event_type, near=near, country=country)
    if collapse:
        query = query.where(Article.id.not_in(_later_copies(query.with_only_columns(Article.id))))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    relevance = [score.desc()] if score is not None and sort == "relevance" else []
    dated = [Article.dct.nulls_last(), Article.id] if sort == "date" else [Article.dct.desc().nulls_last(),
                                                                            Article.id.desc()]
    page = session.scalars(query.order_by(*relevance, *dated)
                           .limit(limit).offset(offset))
    hits = [ArticleHit(a.id, a.doc_id, a.title, a.url, a.source, day(a.dct), snippet(a.text, text or ""))
            for a in page]
    copies = duplicates_of(session, [hit.id for hit in hits])
    for hit in hits:
        hit.duplicates = copies[hit.id]
    return SearchResult(total=total or 0, limit=limit, offset=offset, hits=hits)


def matching_articles(session: Session, text: str | None = None, **filters: Any) -> Select:
    """The ids of every article ``search`` finds with these words and filters (its keyword arguments), for the
    queries that summarise a search's results (their places)."""
    return _matching(session, text, **filters)[0].with_only_columns(Article.id)


def _matching(session: Session, text: str | None, *, entity: str | None = None, speaker: str | None = None,
              source: str | None = None, date_from: str | dt.date | None = None, date_to: str | dt.date | None = None,
              event_type: str | None = None, near: Near | None = None,
              country: str | None = None) -> tuple[Select, ColumnElement | None]:
    """The articles matching words and filters, and their relevance score (None without words)."""
    query, score = select(Article), None
    if text and terms(text):
        matched = matching(session, text)
        query, score = query.join(matched, matched.c.id == Article.id), matched.c.score
    query = query.where(*_filters(session, entity, speaker, source, date_from, date_to, event_type),
                        *_place_filters(session, near, country))
    return query, score


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
        conditions.append(Article.dct >= as_date(date_from))
    if date_to is not None:
        conditions.append(Article.dct <= as_date(date_to))
    if event_type is not None:
        conditions.append(Article.id.in_(select(Event.article_id).where(Event.type == event_type.strip().upper())))
    return conditions


def _place_filters(session: Session, near: Near | None, country: str | None) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a search by place: a country, or a circle (its bounding box read through the index
    on latitude, then the great-circle distance of each point in it)."""
    conditions = []
    if country is not None:
        located = select(ArticleEntity.article_id).where(ArticleEntity.country == country.strip().upper())
        conditions.append(Article.id.in_(located))
    if near is not None:
        conditions.append(Article.id.in_(sorted(_articles_near(session, near))))
    return conditions


def _articles_near(session: Session, near: Near) -> set[int]:
    span_lat = near.km / KM_PER_DEGREE
    box = select(ArticleEntity.article_id, ArticleEntity.lat, ArticleEntity.lon).where(
        ArticleEntity.lat.between(near.lat - span_lat, near.lat + span_lat))
    cos_lat = math.cos(math.radians(min(abs(near.lat) + span_lat, 90.0)))
    span_lon = near.km / (KM_PER_DEGREE * cos_lat) if cos_lat > 1e-6 else 360.0
    if near.lon - span_lon > -180 and near.lon + span_lon < 180:
        box = box.where(ArticleEntity.lon.between(near.lon - span_lon, near.lon + span_lon))
    return {article_id for article_id, lat, lon in session.execute(box)
            if distance_km(near.lat, near.lon, lat, lon) <= near.km}
