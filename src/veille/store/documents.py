"""Writing one analysed article into the store, and reading it back as the ``veille/1`` document it was.

``save_document`` inserts a new article, or replaces every layer of a stored one in the caller's transaction, so a
re-analysis is never half applied; it reads the typed records of the ``Analysis``. ``load_document`` rebuilds the
``Analysis`` from the rows through the contract's own ``Analysis.from_json``, which is what ``veille export
--format jsonl`` writes: equal to what ``veille analyze`` printed for the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..model import SCHEMA, Analysis, Entity, Event, Quote, Ref, Speaker, Timex
from . import models as db
from .entities import EntityResolver

_LAYERS = (db.ArticleEntity, db.Quote, db.Timex, db.Event)
_EVENT_ROLES = ("actor", "target", "place", "source")


def content_hash(text: str) -> str:
    """The identity of an article without a URL: the SHA-256 of its analysed text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_article(session: Session, url: str | None, text_hash: str) -> db.Article | None:
    """The stored article with this URL; for an article without one, the URL-less article with this text."""
    if url:
        return session.scalars(select(db.Article).where(db.Article.url == url)).first()
    query = select(db.Article).where(db.Article.url.is_(None), db.Article.content_hash == text_hash)
    return session.scalars(query).first()


def save_document(session: Session, analysis: Analysis, resolver: EntityResolver, *, origin: str | None) -> bool:
    """Store ``analysis`` (not an error record): a new article, or the stored one with its layers replaced.

    analysis (Analysis): a successful analysis; its text, metadata and every layer are written.
    resolver (EntityResolver): maps its entities to corpus entities (shared across one write transaction).
    origin (str | None): where the document came from (``path`` or ``path:line``), kept for provenance.
    RETURNS (bool): whether the article is new (False: a stored one was replaced).
    """
    text_hash = content_hash(analysis.text)
    article = find_article(session, analysis.url, text_hash)
    created = article is None
    if article is None:
        article = db.Article(url=analysis.url)
        session.add(article)
    else:
        _drop_layers(session, article)
    _fill_article(article, analysis, text_hash, origin)
    session.flush()
    local = _add_entities(session, article, analysis.entities, resolver)
    _add_quotes(session, article, analysis.quotes, local, _mention_spans(analysis.entities, local))
    _add_timexes(session, article, analysis.timexes)
    _add_events(session, article, analysis.events, local)
    session.flush()
    return created


def _drop_layers(session: Session, article: db.Article) -> None:
    """Delete every layer row of a stored article (children go by ON DELETE CASCADE) before it is re-filled."""
    for layer in _LAYERS:
        session.execute(delete(layer).where(layer.article_id == article.id))
    session.expire(article, ["entities", "quotes", "timexes", "events"])


def _fill_article(article: db.Article, analysis: Analysis, text_hash: str, origin: str | None) -> None:
    article.doc_id = analysis.id
    article.content_hash = text_hash
    article.title = analysis.title
    article.dct = dt.date.fromisoformat(analysis.dct) if analysis.dct else None
    article.dct_source = analysis.dct_source
    article.dct_partial = analysis.dct_partial
    article.dct_inference = analysis.dct_inference.to_json() if analysis.dct_inference else None
    article.lang = analysis.lang
    article.text = analysis.text
    article.source = analysis.source
    article.origin = origin
    article.analysed_at = dt.datetime.now(dt.timezone.utc)
    article.schema_version = SCHEMA


def _add_entities(session: Session, article: db.Article, entities: list[Entity], resolver: EntityResolver
                  ) -> dict[str, int]:
    """Write the document's entities and mentions; returns local id (``E1``) → corpus entity id."""
    local = {}
    for position, (entity, corpus) in enumerate(zip(entities, resolver.resolve_all(entities))):
        row = db.ArticleEntity(article_id=article.id, entity_id=corpus.id, local_id=entity.id, position=position,
                               name=entity.name, label=entity.label, type=entity.type,
                               mention_count=len(entity.mentions), **_geo_columns(entity))
        row.mentions = [
            db.Mention(article_id=article.id, position=index, start=mention.start, end=mention.end, text=mention.text,
                       kind=mention.kind, stands_for_name=mention.stands_for.name if mention.stands_for else None,
                       stands_for_kb_id=mention.stands_for.kb_id if mention.stands_for else None)
            for index, mention in enumerate(entity.mentions)
        ]
        session.add(row)
        local[entity.id] = corpus.id
    return local


def _geo_columns(entity: Entity) -> dict[str, Any]:
    geo = entity.geo
    if geo is None:
        return {}
    return {"geo": geo.to_json(), "lat": geo.lat, "lon": geo.lon, "country": geo.country}


def _mention_spans(entities: list[Entity], local: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, corpus entity id) of every mention, to find the entities a quote's words mention."""
    return [(m.start, m.end, local[entity.id]) for entity in entities for m in entity.mentions]


def _add_quotes(session: Session, article: db.Article, quotes: list[Quote], local: dict[str, int],
                mentions: list[tuple[int, int, int]]) -> None:
    for position, quote in enumerate(quotes):
        cue = quote.cue
        speakers = _entities_in(quote.speaker, local)
        inside = {entity_id for start, end, entity_id in mentions if quote.start <= start and end <= quote.end}
        session.add(db.Quote(
            article_id=article.id, position=position, start=quote.start, end=quote.end, text=quote.text,
            kind=quote.kind, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
            cue_text=cue.text if cue else None, speaker_name=quote.speaker.name, speaker=quote.speaker.to_json(),
            via=quote.via.to_json() if quote.via else None,
            speakers=[db.QuoteSpeaker(entity_id=entity_id) for entity_id in sorted(speakers)],
            mentioned=[db.QuoteMention(entity_id=entity_id) for entity_id in sorted(inside)],
        ))


def _add_timexes(session: Session, article: db.Article, timexes: list[Timex]) -> None:
    for position, timex in enumerate(timexes):
        session.add(db.Timex(article_id=article.id, position=position, start=timex.start, end=timex.end,
                             text=timex.text, type=timex.type, value=timex.value))


def _add_events(session: Session, article: db.Article, events: list[Event], local: dict[str, int]) -> None:
    for position, event in enumerate(events):
        refs = {role: getattr(event, role) for role in _EVENT_ROLES}
        roles = {(entity_id, role) for role, ref in refs.items() for entity_id in _entities_in(ref, local)}
        session.add(db.Event(
            article_id=article.id, position=position, type=event.type, mode=event.mode, cameo=event.cameo,
            trigger_start=event.trigger.start, trigger_end=event.trigger.end, trigger_text=event.trigger.text,
            date=event.date, modality=event.modality, sentence_start=event.sentence.start,
            sentence_end=event.sentence.end, refs={role: ref.to_json() if ref else None for role, ref in refs.items()},
            entities=[db.EventEntity(entity_id=entity_id, role=role) for entity_id, role in sorted(roles)],
        ))


def _entities_in(ref: Ref | Speaker | None, local: dict[str, int]) -> set[int]:
    """The corpus entities a speaker or ref names: its own entity and its members', at any depth."""
    if ref is None:
        return set()
    found = {local[ref.entity]} if ref.entity in local else set()
    for member in ref.members or []:
        found |= _entities_in(member, local)
    return found


def load_document(article: db.Article) -> Analysis:
    """The ``Analysis`` of a stored article, rebuilt from its rows in their stored order."""
    return Analysis.from_json({
        "schema": SCHEMA, "id": article.doc_id, "text": article.text, "url": article.url, "title": article.title,
        "lang": article.lang, "dct": article.dct.isoformat() if article.dct else None,
        "dct_source": article.dct_source, "dct_partial": article.dct_partial, "dct_inference": article.dct_inference,
        "entities": [_entity(row) for row in article.entities],
        "quotes": [_quote(row) for row in article.quotes],
        "timexes": [{"start": row.start, "end": row.end, "text": row.text, "type": row.type, "value": row.value}
                    for row in article.timexes],
        "events": [_event(row) for row in article.events],
    })


def _entity(row: db.ArticleEntity) -> dict[str, Any]:
    mentions = [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                 "stands_for": {"name": m.stands_for_name, "kb_id": m.stands_for_kb_id} if m.stands_for_name else None}
                for m in row.mentions]
    return {"id": row.local_id, "name": row.name, "label": row.label, "type": row.type, "kb_id": row.entity.kb_id,
            "mentions": mentions, "geo": row.geo}


def _quote(row: db.Quote) -> dict[str, Any]:
    cue = {"start": row.cue_start, "end": row.cue_end, "text": row.cue_text} if row.cue_start is not None else None
    return {"start": row.start, "end": row.end, "text": row.text, "kind": row.kind, "cue": cue,
            "speaker": row.speaker, "via": row.via}


def _event(row: db.Event) -> dict[str, Any]:
    return {"type": row.type, "mode": row.mode, "cameo": row.cameo,
            "trigger": {"start": row.trigger_start, "end": row.trigger_end, "text": row.trigger_text},
            "date": row.date, "modality": row.modality,
            "sentence": {"start": row.sentence_start, "end": row.sentence_end}, **row.refs}
