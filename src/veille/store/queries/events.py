"""Events: all of them as facts, filtered (``events``), and an entity's in the roles it plays (``entity_events``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ..models import Article, ArticleEntity, Event, EventEntity
from .common import day, find_entities, published


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


def entity_event_ids(entity_id: int) -> Select:
    """The events in which the entity plays any part."""
    return select(EventEntity.event_id).where(EventEntity.entity_id == entity_id)


@dataclass
class EventFact:
    """An event as a fact: who did what to whom, when, where, how sure the text is and who says so, with the
    offsets of its trigger and sentence in its article (``refs`` names, as the contract's refs do), the sentence
    itself, the article's outlet, and the store ids of its actor and target (for links; None when unlinked)."""

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
    outlet: str | None
    sentence: str
    actor_id: int | None
    target_id: int | None


@dataclass
class EventResult:
    total: int
    limit: int
    offset: int
    events: list[EventFact]


EVENT_SORTS = ("date", "-date")
"""How a list of events may be sorted: by publication date, oldest (``date``) or newest (``-date``) first."""


def events(session: Session, *, type: str | None = None, mode: str | None = None, entity: str | None = None,
           actor: str | None = None, target: str | None = None, place: str | None = None,
           modality: str | None = None, source: str | None = None, date_from: str | dt.date | None = None,
           date_to: str | dt.date | None = None, sort: str = "date", limit: int | None = 20,
           offset: int = 0) -> EventResult:
    """Events in publication order (``sort="-date"``: newest first), filtered by type and mode, by an entity in
    any role or as actor, target or place, by modality, by the article's outlet (``source``, its URL host) and
    publication date; a name that fits no entity gives none.

    RETURNS (EventResult): the total count and the page of events.
    """
    conditions = event_conditions(session, type=type, mode=mode, entity=entity, actor=actor, target=target,
                                  place=place, modality=modality, source=source, date_from=date_from,
                                  date_to=date_to)
    total = session.scalar(select(func.count(Event.id)).join(Article, Article.id == Event.article_id)
                           .where(*conditions))
    facts = event_facts(session, conditions, newest_first=sort == "-date", limit=limit, offset=offset)
    return EventResult(total=total or 0, limit=limit, offset=offset, events=facts)


def event_conditions(session: Session, *, type: str | None = None, mode: str | None = None,
                     entity: str | None = None, actor: str | None = None, target: str | None = None,
                     place: str | None = None, modality: str | None = None, source: str | None = None,
                     date_from: str | dt.date | None = None,
                     date_to: str | dt.date | None = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on ``Event`` and its ``Article``) of ``events``' filters, which the summaries of a
    list of events (``trends``: per day, who acts on whom) share with it."""
    conditions = []
    if type is not None:
        conditions.append(Event.type == type.strip().upper())
    if mode is not None:
        conditions.append(Event.mode == mode.strip().upper())
    if modality is not None:
        conditions.append(Event.modality == modality.strip().lower())
    for name, roles in ((entity, None), (actor, ("actor",)), (target, ("target",)), (place, ("place",))):
        if name is not None:
            conditions.append(Event.id.in_(_in_roles(session, name, roles)))
    return conditions + published(source, date_from, date_to)


def event_facts(session: Session, conditions: list[ColumnElement[bool]], *, newest_first: bool = False,
                limit: int | None = None, offset: int = 0) -> list[EventFact]:
    """The events meeting ``conditions`` (on ``Event`` and its ``Article``) as facts, in publication order: one
    query for the events and their sentences (cut from the text by the database), one for their entities' ids."""
    sentence = func.substr(Article.text, Event.sentence_start + 1, Event.sentence_end - Event.sentence_start)
    dct = Article.dct.desc().nulls_last() if newest_first else Article.dct.nulls_last()
    article = Article.id.desc() if newest_first else Article.id
    query = (select(Event, Article.title, Article.dct, Article.source, sentence)
             .join(Article, Article.id == Event.article_id).where(*conditions)
             .order_by(dct, article, Event.position).limit(limit).offset(offset))
    rows = list(session.execute(query))
    ids = _store_ids(session, [event for event, *_ in rows])
    return [_fact(event, title, dct, outlet, text or "", ids) for event, title, dct, outlet, text in rows]


def _store_ids(session: Session, found: list[Event]) -> dict[tuple[int, str], int]:
    """The store id of each entity the events' refs name, by (article id, local id)."""
    local_ids = {ref["entity"] for event in found for ref in (event.refs or {}).values()
                 if isinstance(ref, dict) and ref.get("entity")}
    if not found or not local_ids:
        return {}
    query = select(ArticleEntity.article_id, ArticleEntity.local_id, ArticleEntity.entity_id).where(
        ArticleEntity.article_id.in_({event.article_id for event in found}), ArticleEntity.local_id.in_(local_ids))
    return {(article_id, local_id): entity_id for article_id, local_id, entity_id in session.execute(query)}


def _in_roles(session: Session, name: str, roles: tuple[str, ...] | None) -> Select:
    """The events in which an entity the name fits plays one of ``roles`` (any role when None)."""
    ids = [ref.id for ref in find_entities(session, name)]
    query = select(EventEntity.event_id).where(EventEntity.entity_id.in_(ids))
    return query.where(EventEntity.role.in_(roles)) if roles else query


def _fact(event: Event, title: str | None, dct, outlet: str | None, sentence: str,
          ids: dict[tuple[int, str], int]) -> EventFact:
    refs = event.refs or {}

    def name(role: str) -> str | None:
        ref = refs.get(role)
        return ref.get("name") if ref else None

    def store_id(role: str) -> int | None:
        ref = refs.get(role)
        return ids.get((event.article_id, ref.get("entity"))) if ref else None

    return EventFact(event.article_id, title, day(dct), event.type, event.mode, event.cameo, event.trigger_text,
                     event.trigger_start, event.trigger_end, event.sentence_start, event.sentence_end, event.date,
                     event.modality, name("actor"), name("target"), name("place"), name("source"), outlet,
                     sentence, store_id("actor"), store_id("target"))
