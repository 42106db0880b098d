"""The store's tables, as typed SQLAlchemy models.

One article row per stored document, and one row per layer item of its ``veille/1`` analysis: each keeps its
offsets into ``Article.text``, so every fact in the store can show the words that prove it. Corpus entities
(``Entity``) are shared across articles; ``ArticleEntity`` is an entity as one document saw it (its local id
``E1``, its name, label and type there), so that an article reads back exactly as ``veille analyze`` printed it.
Contract structures that are only ever read back whole (a quote's speaker with its members, an event's refs) are
kept as JSON beside link tables (``QuoteSpeaker``, ``EventEntity``) that make them queryable.

Across articles: ``ArticleBand`` indexes each article's MinHash bands, so near-duplicates are found without
comparing every pair; ``DuplicateMember`` puts near-duplicates in one ``DuplicateGroup``; ``StoryArticle`` puts
each article in one ``Story``. These link tables hang off ``articles`` instead of adding columns to it, because
SQLite can only alter a table by copying it, which would drop the full-text triggers on ``articles``.

The schema is created and upgraded by the Alembic migrations in ``migrations/``, never by ``create_all``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import text as sa_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class _LayerRow:
    """A row of one article's layer, at its place in that layer; deleting the article deletes it."""

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)


class _SpanRow(_LayerRow):
    """A layer row that is a stretch of the article: ``text`` is ``Article.text[start:end]``."""

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Article(Base):
    """One stored document: identified by its URL, else by the hash of its text."""

    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_hash_without_url", "content_hash", unique=True,
              sqlite_where=sa_text("url IS NULL"), postgresql_where=sa_text("url IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    dct: Mapped[dt.date | None] = mapped_column(Date, index=True)
    dct_source: Mapped[str | None] = mapped_column(String(20))
    dct_partial: Mapped[str | None] = mapped_column(String(7))
    dct_inference: Mapped[dict[str, Any] | None]  # how an inferred dct was found, as in the contract
    lang: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(255), index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    analysed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    schema_version: Mapped[str] = mapped_column(String(20))

    entities: Mapped[list[ArticleEntity]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ArticleEntity.position")
    quotes: Mapped[list[Quote]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Quote.position")
    timexes: Mapped[list[Timex]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Timex.position")
    events: Mapped[list[Event]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Event.position")


class Entity(Base):
    """A referent across the corpus: one row per KB id, else per normalised name and fine type."""

    __tablename__ = "entities"
    __table_args__ = (
        Index("ix_entities_key_type_unlinked", "key", "type", unique=True,
              sqlite_where=sa_text("kb_id IS NULL"), postgresql_where=sa_text("kb_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kb_id: Mapped[str | None] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)
    label: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(30))


class EntityAlias(Base):
    """A normalised spelling under which an entity was named (its name, its name mentions): for lookups."""

    __tablename__ = "entity_aliases"

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True, index=True)


class ArticleEntity(_LayerRow, Base):
    """An entity as one document saw it: its local id (``E1``), name, label and type in that document."""

    __tablename__ = "article_entities"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    local_id: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(30))
    # how many mentions it has in this article, kept at ingest: counts and profiles need not read every mention
    mention_count: Mapped[int] = mapped_column(Integer, server_default="0")
    # where a place lies, as this document's context located it (the contract's ``geo``); the point and country
    # are columns of their own so that searches by distance or country read an index, not every JSON object
    geo: Mapped[dict[str, Any] | None] = mapped_column()
    lat: Mapped[float | None] = mapped_column(Float, index=True)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2), index=True)

    article: Mapped[Article] = relationship(back_populates="entities")
    entity: Mapped[Entity] = relationship()
    mentions: Mapped[list[Mention]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Mention.position")


class Mention(_SpanRow, Base):
    """One mention of an entity: the words at ``[start, end)`` of the article text."""

    __tablename__ = "mentions"
    # covers "where are this entity's mentions", so quotes about an entity are found from the index alone
    __table_args__ = (Index("ix_mentions_entity_span", "article_entity_id", "article_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_entity_id: Mapped[int] = mapped_column(ForeignKey("article_entities.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    stands_for_name: Mapped[str | None] = mapped_column(Text)
    stands_for_kb_id: Mapped[str | None] = mapped_column(String(50))


class Quote(_SpanRow, Base):
    """Reported speech: its content at ``[start, end)``, its cue, and its speaker as the contract writes it."""

    __tablename__ = "quotes"
    # covers "which quote of this article holds these offsets" (quotes about an entity, its profile)
    __table_args__ = (Index("ix_quotes_article_span", "article_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    cue_text: Mapped[str | None] = mapped_column(Text)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[dict[str, Any]] = mapped_column()
    via: Mapped[dict[str, Any] | None] = mapped_column()

    speakers: Mapped[list[QuoteSpeaker]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    mentioned: Mapped[list[QuoteMention]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class QuoteMention(Base):
    """A corpus entity mentioned inside a quote's words, kept at ingest so that "quotes about X" is one index read
    instead of matching every mention of X against every quote's span."""

    __tablename__ = "quote_mentions"

    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class QuoteSpeaker(Base):
    """A corpus entity that speaks in a quote: the speaker, or one member of a group speaker ("X et Y")."""

    __tablename__ = "quote_speakers"

    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class Timex(_SpanRow, Base):
    """A time expression at ``[start, end)`` with its ISO-TimeML type and value."""

    __tablename__ = "timexes"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(100))


class Event(_LayerRow, Base):
    """A coded event: its trigger and sentence offsets, type, modality and date; its refs as the contract has them."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(50), index=True)
    mode: Mapped[str | None] = mapped_column(String(50))
    cameo: Mapped[str | None] = mapped_column(String(20))
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(100))
    modality: Mapped[str] = mapped_column(String(20))
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    refs: Mapped[dict[str, Any]] = mapped_column()

    entities: Mapped[list[EventEntity]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class EventEntity(Base):
    """A corpus entity in one of an event's roles: actor, target, place or source (members included)."""

    __tablename__ = "event_entities"
    # an entity's latest events, read backwards and stopped at the profile's limit
    __table_args__ = (Index("ix_event_entities_entity_event", "entity_id", "event_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class IngestError(Base):
    """A document that could not be stored, by where it came from; a later successful ingest of it removes it."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(Text, unique=True)
    doc_id: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(String(50), index=True)
    message: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ArticleBand(Base):
    """One LSH band of an article's MinHash signature: articles sharing a band key are near-duplicate candidates."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_key_article", "key", "article_id"),)  # a key's earliest articles

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class DuplicateGroup(Base):
    """Articles that are copies or light rewrites of one another (syndicated dispatches, "comme le rapporte …")."""

    __tablename__ = "duplicate_groups"

    id: Mapped[int] = mapped_column(primary_key=True)

    members: Mapped[list[DuplicateMember]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DuplicateMember.article_id")


class DuplicateMember(Base):
    """An article in a duplicate group, with the word-shingle Jaccard similarity that put it there."""

    __tablename__ = "duplicate_members"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("duplicate_groups.id", ondelete="CASCADE"), index=True)
    similarity: Mapped[float] = mapped_column(Float)


class Story(Base):
    """Articles about the same events over a time window, grown as articles arrive; dates span its articles'."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    first_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    size: Mapped[int] = mapped_column(Integer)


class StoryArticle(Base):
    """An article in its story, with the similarity by which it joined (1.0 for the article that opened it)."""

    __tablename__ = "story_articles"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    similarity: Mapped[float] = mapped_column(Float)


class Watch(Base):
    """A saved query over what veille extracts (``veille.watch``): every criterion given must hold (AND). Entities
    are named as ``find_entities`` reads them (a Wikidata id, a store id, else a name); ``last_article_id`` is the
    newest article already matched against it, so each article is matched once, and only those stored after the
    watch was made."""

    __tablename__ = "watches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    entity: Mapped[str | None] = mapped_column(String(200))
    speaker: Mapped[str | None] = mapped_column(String(200))
    about: Mapped[str | None] = mapped_column(String(200))
    event_type: Mapped[str | None] = mapped_column(String(50))
    mode: Mapped[str | None] = mapped_column(String(50))
    modality: Mapped[str | None] = mapped_column(String(20))
    actor: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    words: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(255))
    notify: Mapped[str | None] = mapped_column(Text)  # an Apprise URL; None: the watch is read through its feed
    digest: Mapped[str | None] = mapped_column(String(10))  # "daily": one message a day instead of one per article
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_article_id: Mapped[int] = mapped_column(Integer, server_default="0")


class WatchNotification(Base):
    """One article a watch matched, with the facts that matched (each a sentence and its proof), and how its
    delivery went: ``pending`` (to send, or waiting for the day's digest), ``sent``, ``retrying`` (failed, tried
    again at ``next_try_at``), ``failed`` (given up after the last attempt) or ``feed`` (a watch with no URL)."""

    __tablename__ = "watch_notifications"
    __table_args__ = (UniqueConstraint("watch_id", "article_id"), Index("ix_watch_notifications_due", "status", "next_try_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    facts: Mapped[dict[str, Any]] = mapped_column()  # {"facts": [{"kind", "line", "proof", "start", "end"}, …]}
    status: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_try_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
