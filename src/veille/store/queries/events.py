"""Events: all of them as facts, filtered (``events``), and an entity's in the roles it plays (``entity_events``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..models import Article, Event, EventEntity
from .common import as_date, day, find_entities


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


def entity_events(session: Session, entity_id: int, limit: int) -> list[EventItem]:
    """The entity's latest stored events, read backwards along an index and stopped at ``limit`` (see ``quotes.quote_items``)."""
    query = (select(Event, EventEntity.role, Article.title, Article.dct).join(EventEntity).join(Article)
             .where(EventEntity.entity_id == entity_id).order_by(EventEntity.event_id.desc()).limit(limit))
    return [EventItem(event.article_id, title, day(dct), event.type, role, event.trigger_text,
                      event.trigger_start, event.trigger_end, event.date, event.modality)
            for event, role, title, dct in session.execute(query)]


@dataclass
class EventFact:
    """An event as a fact: who did what to whom, when, where, how sure the text is and who says so, with the
    offsets of its trigger and sentence in its article (``refs`` names, as the contract's refs do)."""

    article_id: int
    title: str | None
    dct: str | None
    type: str
    mode: str | None
    cameo: str | None
    trigger: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    date: str | None
    modality: str
    actor: str | None
    target: str | None
    place: str | None
    source: str | None


@dataclass
class EventResult:
    total: int
    limit: int
    offset: int
    events: list[EventFact]


def events(session: Session, *, type: str | None = None, entity: str | None = None, actor: str | None = None,
           target: str | None = None, modality: str | None = None, date_from: str | dt.date | None = None,
           date_to: str | dt.date | None = None, limit: int = 20, offset: int = 0) -> EventResult:
    """Events in publication order, filtered by type, by an entity in any role or as actor or target, by
    modality and by the article's publication date; a name that fits no entity gives none.

    RETURNS (EventResult): the total count and the page of events.
    """
    query = select(Event, Article.title, Article.dct).join(Article, Article.id == Event.article_id)
    if type is not None:
        query = query.where(Event.type == type.strip().upper())
    if modality is not None:
        query = query.where(Event.modality == modality.strip().lower())
    for name, roles in ((entity, None), (actor, ("actor",)), (target, ("target",))):
        if name is not None:
            query = query.where(Event.id.in_(_in_roles(session, name, roles)))
    if date_from is not None:
        query = query.where(Article.dct >= as_date(date_from))
    if date_to is not None:
        query = query.where(Article.dct <= as_date(date_to))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    page = query.order_by(Article.dct.nulls_last(), Article.id, Event.position).limit(limit).offset(offset)
    return EventResult(total=total or 0, limit=limit, offset=offset,
                       events=[_fact(event, title, dct) for event, title, dct in session.execute(page)])


def _in_roles(session: Session, name: str, roles: tuple[str, ...] | None) -> Select:
    """The events in which an entity the name fits plays one of ``roles`` (any role when None)."""
    ids = [ref.id for ref in find_entities(session, name)]
    query = select(EventEntity.event_id).where(EventEntity.entity_id.in_(ids))
    return query.where(EventEntity.role.in_(roles)) if roles else query


def _fact(event: Event, title: str | None, dct) -> EventFact:
    def name(role: str) -> str | None:
        ref = (event.refs or {}).get(role)
        return ref.get("name") if ref else None

    return EventFact(event.article_id, title, day(dct), event.type, event.mode, event.cameo, event.trigger_text,
                     event.trigger_start, event.trigger_end, event.sentence_start, event.sentence_end, event.date,
                     event.modality, name("actor"), name("target"), name("place"), name("source"))
