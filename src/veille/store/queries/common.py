"""What every family of store queries shares: how an entity is named (its store id, its Wikidata id or a name it
was mentioned by) and how it is shown (``EntityRef``), and dates written as ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ...text import clean_text
from ..entities import name_key
from ..models import Article, ArticleEntity, Entity, EntityAlias

_STORE_ID = re.compile(r"[0-9]{1,9}")  # ids stay within a 32-bit INTEGER column; longer digits are a name
_QID = re.compile(r"Q[1-9][0-9]*")


@dataclass
class ArticleRef:
    """A stored article as a result names it: its store id, document id, title, URL, outlet and date."""

    id: int
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    dct: str | None


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
    return [entity_ref(entity, n_articles, n_mentions) for entity, n_articles, n_mentions in session.execute(query)]


def entity_ref(entity: Entity, articles: int = 0, mentions: int = 0) -> EntityRef:
    return EntityRef(entity.id, entity.name, entity.label, entity.type, entity.kb_id, articles, mentions)


def day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def as_date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def published(source: str | None, date_from: str | dt.date | None,
              date_to: str | dt.date | None) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``Article`` of an outlet (its URL host) and publication date bounds, inclusive."""
    conditions = []
    if source is not None:
        conditions.append(Article.source == source)
    if date_from is not None:
        conditions.append(Article.dct >= as_date(date_from))
    if date_to is not None:
        conditions.append(Article.dct <= as_date(date_to))
    return conditions


def sort_keys(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The sorts a list offers: each column, ``-`` first for the largest (or latest, or last) first."""
    return tuple(f"{sign}{key}" for key in columns for sign in ("-", ""))


def sort_order(columns: dict[str, ColumnElement], sort: str) -> ColumnElement:
    """The ORDER BY of one of ``sort_keys(columns)``: the column, descending when ``sort`` starts with ``-``,
    NULLs last either way."""
    column = columns[sort.lstrip("-")]
    return column.desc().nulls_last() if sort.startswith("-") else column.asc().nulls_last()
