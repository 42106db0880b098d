"""Writing one analysed article into the store, and reading it back as the ``veille/1`` document it was.

``save_document`` inserts a new article, or replaces every layer of a stored one in the caller's transaction, so a
re-analysis is never half applied. ``load_document`` rebuilds the ``Analysis`` from the rows, which is what
``veille export --format jsonl`` writes: equal to what ``veille analyze`` printed for the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..model import SCHEMA, Analysis, Entity, Event, Mention, Quote, Ref, SentenceSpan, Speaker, StandsFor, TextSpan
from ..model import Timex
from ..model.analysis import DctInference
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
    resolver (EntityResolver): maps its entities to corpus entities (shared across one ingest's session).
    origin (str | None): where the document came from (``path`` or ``path:line``), kept for provenance.
    RETURNS (bool): whether the article is new (False: a stored one was replaced).
    """
    document = analysis.to_json()
    text_hash = content_hash(analysis.text)
    article = find_article(session, analysis.url, text_hash)
    created = article is None
    if article is None:
        article = db.Article(url=analysis.url)
        session.add(article)
    else:
        _drop_layers(session, article)
    _fill_article(article, document, text_hash, origin)
    session.flush()
    local = _add_entities(session, article, document["entities"], resolver)
    _add_quotes(session, article, document["quotes"], local, _mention_spans(document["entities"], local))
    _add_timexes(session, article, document["timexes"])
    _add_events(session, article, document["events"], local)
    session.flush()
    return created


def _drop_layers(session: Session, article: db.Article) -> None:
    """Delete every layer row of a stored article (children go by ON DELETE CASCADE) before it is re-filled."""
    for layer in _LAYERS:
        session.execute(delete(layer).where(layer.article_id == article.id))
    session.expire(article, ["entities", "quotes", "timexes", "events"])


def _fill_article(article: db.Article, document: dict[str, Any], text_hash: str, origin: str | None) -> None:
    article.doc_id = document["id"]
    article.content_hash = text_hash
    article.title = document["title"]
    article.dct = dt.date.fromisoformat(document["dct"]) if document["dct"] else None
    article.dct_source = document["dct_source"]
    article.dct_partial = document.get("dct_partial")
    article.dct_inference = document.get("dct_inference")
    article.lang = document["lang"]
    article.text = document["text"]
    article.source = source_of(document["url"])
    article.origin = origin
    article.analysed_at = dt.datetime.now(dt.timezone.utc)
    article.schema_version = SCHEMA


def source_of(url: str | None) -> str | None:
    """The outlet an article comes from, as the host of its URL without ``www.`` (``lemonde.fr``)."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _add_entities(session: Session, article: db.Article, entities: list[dict], resolver: EntityResolver
                  ) -> dict[str, int]:
    """Write the document's entities and mentions; returns local id (``E1``) → corpus entity id."""
    local = {}
    for position, (entity, corpus) in enumerate(zip(entities, resolver.resolve_all(entities))):
        row = db.ArticleEntity(article_id=article.id, entity_id=corpus.id, local_id=entity["id"], position=position,
                               name=entity["name"], label=entity["label"], type=entity["type"],
                               mention_count=len(entity["mentions"]))
        row.mentions = [_mention(article.id, index, mention) for index, mention in enumerate(entity["mentions"])]
        session.add(row)
        local[entity["id"]] = corpus.id
    return local


def _mention(article_id: int, position: int, mention: dict) -> db.Mention:
    stands_for = mention.get("stands_for") or {}
    return db.Mention(article_id=article_id, position=position, start=mention["start"], end=mention["end"],
                      text=mention["text"], kind=mention["kind"], stands_for_name=stands_for.get("name"),
                      stands_for_kb_id=stands_for.get("kb_id"))


def _mention_spans(entities: list[dict], local: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, corpus entity id) of every mention, to find the entities a quote's words mention."""
    return [(m["start"], m["end"], local[entity["id"]]) for entity in entities for m in entity["mentions"]]


def _add_quotes(session: Session, article: db.Article, quotes: list[dict], local: dict[str, int],
                mentions: list[tuple[int, int, int]]) -> None:
    for position, quote in enumerate(quotes):
        cue = quote["cue"] or {}
        speakers = _entities_in(quote["speaker"], local)
        inside = {entity_id for start, end, entity_id in mentions if quote["start"] <= start and end <= quote["end"]}
        session.add(db.Quote(
            article_id=article.id, position=position, start=quote["start"], end=quote["end"], text=quote["text"],
            kind=quote["kind"], cue_start=cue.get("start"), cue_end=cue.get("end"), cue_text=cue.get("text"),
            speaker_name=quote["speaker"]["name"], speaker=quote["speaker"], via=quote.get("via"),
            speakers=[db.QuoteSpeaker(entity_id=entity_id) for entity_id in sorted(speakers)],
            mentioned=[db.QuoteMention(entity_id=entity_id) for entity_id in sorted(inside)],
        ))


def _add_timexes(session: Session, article: db.Article, timexes: list[dict]) -> None:
    for position, timex in enumerate(timexes):
        session.add(db.Timex(article_id=article.id, position=position, **timex))


def _add_events(session: Session, article: db.Article, events: list[dict], local: dict[str, int]) -> None:
    for position, event in enumerate(events):
        trigger, sentence = event["trigger"], event["sentence"]
        roles = {(entity_id, role) for role in _EVENT_ROLES for entity_id in _entities_in(event[role], local)}
        session.add(db.Event(
            article_id=article.id, position=position, type=event["type"], mode=event["mode"], cameo=event["cameo"],
            trigger_start=trigger["start"], trigger_end=trigger["end"], trigger_text=trigger["text"],
            date=event["date"], modality=event["modality"], sentence_start=sentence["start"],
            sentence_end=sentence["end"], refs={role: event[role] for role in _EVENT_ROLES},
            entities=[db.EventEntity(entity_id=entity_id, role=role) for entity_id, role in sorted(roles)],
        ))


def _entities_in(ref: dict | None, local: dict[str, int]) -> set[int]:
    """The corpus entities a speaker or ref names: its own entity and its members', at any depth."""
    if not ref:
        return set()
    found = {local[ref["entity"]]} if ref.get("entity") in local else set()
    for member in ref.get("members") or []:
        found |= _entities_in(member, local)
    return found


def load_document(article: db.Article) -> Analysis:
    """The ``Analysis`` of a stored article, rebuilt from its rows in their stored order."""
    return Analysis(
        id=article.doc_id, text=article.text, url=article.url, title=article.title, lang=article.lang,
        dct=article.dct.isoformat() if article.dct else None, dct_source=article.dct_source,
        dct_partial=article.dct_partial, dct_inference=DctInference.from_json(article.dct_inference),
        entities=[_entity(row) for row in article.entities],
        quotes=[_quote(row) for row in article.quotes],
        timexes=[Timex(start=row.start, end=row.end, text=row.text, type=row.type, value=row.value)
                 for row in article.timexes],
        events=[_event(row) for row in article.events],
    )


def _entity(row: db.ArticleEntity) -> Entity:
    mentions = [
        Mention(start=m.start, end=m.end, text=m.text, kind=m.kind,
                stands_for=StandsFor(m.stands_for_name, m.stands_for_kb_id) if m.stands_for_name else None)
        for m in row.mentions
    ]
    return Entity(id=row.local_id, name=row.name, label=row.label, type=row.type, kb_id=row.entity.kb_id,
                  mentions=mentions)


def _quote(row: db.Quote) -> Quote:
    cue = TextSpan(row.cue_start, row.cue_end, row.cue_text) if row.cue_start is not None else None
    return Quote(start=row.start, end=row.end, text=row.text, kind=row.kind, cue=cue,
                 speaker=_speaker(row.speaker), via=_ref(row.via))


def _event(row: db.Event) -> Event:
    refs = {role: _ref(row.refs.get(role)) for role in _EVENT_ROLES}
    return Event(type=row.type, mode=row.mode, cameo=row.cameo,
                 trigger=TextSpan(row.trigger_start, row.trigger_end, row.trigger_text), date=row.date,
                 modality=row.modality, sentence=SentenceSpan(row.sentence_start, row.sentence_end), **refs)


def _speaker(record: dict) -> Speaker:
    mention = record.get("mention")
    members = record.get("members")
    return Speaker(entity=record.get("entity"), name=record.get("name"),
                   mention=TextSpan(**mention) if mention else None,
                   members=[_speaker(member) for member in members] if members is not None else None)


def _ref(record: dict | None) -> Ref | None:
    return Ref.from_json(record)
