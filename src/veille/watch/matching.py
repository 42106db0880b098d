"""Matching new articles against every watch: a few SQL queries per batch of articles, whatever the number of
watches, then dictionary lookups.

1. The articles newer than the oldest watch's ``last_article_id`` are read, ``CHUNK`` at a time, in one query per
   layer (their entities, events, quotes…): ``_Batch``. Each watch is then tried only on the articles of the
   batch that hold its most selective criterion (an entity, an event type, an outlet, a word), found by
   dictionary lookups: 1,000 watches cost 1,000 lookups, not 1,000 queries.
2. All criteria must hold. The event criteria (type, mode, modality, actor, target, place, country) must hold
   for one same event, the quote criteria (speaker, about) for one same quote; ``entity`` must be in that event
   or quote when there is one, else anywhere in the article; ``words`` and ``source`` are of the article.
3. A watch notifies an article once (a unique key), and never a near-duplicate of an article it already notified
   (``DuplicateMember``): a dispatch syndicated by ten outlets makes one notification.
4. The notifications are written in the same transaction that moves each watch's ``last_article_id`` to the
   newest article read, so each article is matched once, even when two ingests run at once (the write lock).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..store import Store
from ..store.duplicates import duplicates_of
from ..store.entities import name_key
from ..store.models import (Article, ArticleEntity, Entity, EntityAlias, Event, EventEntity, Mention, Quote,
                            QuoteMention, QuoteSpeaker, Watch, WatchNotification)
from ..store.search import folded_words, terms
from ..text import fold_aligned
from .facts import Fact, event_line, quote_line, sentence_around
from .watches import ENTITY_FIELDS, EVENT_FIELDS, QUOTE_FIELDS

CHUNK = 500
"""Articles read per batch: a store loaded without watches running is matched later in bounded memory."""
MAX_FACTS = 5
"""The most facts one notification lists (the article page has them all)."""
_STORE_ID = re.compile(r"[0-9]{1,9}")
_QID = re.compile(r"Q[1-9][0-9]*")


@dataclass
class _Event:
    row: Event
    roles: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def entities(self) -> set[int]:
        return set().union(*self.roles.values()) if self.roles else set()


@dataclass
class _Quote:
    row: Quote
    speakers: set[int] = field(default_factory=set)
    mentioned: set[int] = field(default_factory=set)


class _Batch:
    """What a batch of new articles holds, read in one query per layer and indexed for lookups."""

    def __init__(self, session: Session, first: int, last: int):
        within = (Article.id > first) & (Article.id <= last)
        self.articles = {row.id: row for row in session.execute(
            select(Article.id, Article.title, Article.text, Article.source).where(within))}
        self.entity_articles: dict[int, set[int]] = defaultdict(set)
        self.first_mention: dict[tuple[int, int], tuple[str, int, int]] = {}
        self.country: dict[tuple[int, int], str] = {}
        self._read_entities(session, first, last)
        self.kb: dict[str, int] = {}
        self.aliases: dict[str, set[int]] = defaultdict(set)
        self.last_words: dict[str, set[int]] = defaultdict(set)
        self._read_names(session)
        self.events: dict[int, list[_Event]] = defaultdict(list)
        self.typed: dict[str, set[int]] = defaultdict(set)
        self._read_events(session, first, last)
        self.quotes: dict[int, list[_Quote]] = defaultdict(list)
        self._read_quotes(session, first, last)
        self.sources: dict[str, set[int]] = defaultdict(set)
        for row in self.articles.values():
            self.sources[row.source or ""].add(row.id)
        self._words: dict[str, set[int]] | None = None
        self._folded: dict[int, tuple[str, str]] = {}
        self.copies = duplicates_of(session, sorted(self.articles)) if self.articles else {}
        self.notified = self._notified(session)

    def _read_entities(self, session: Session, first: int, last: int) -> None:
        query = (select(ArticleEntity.article_id, ArticleEntity.entity_id, ArticleEntity.name, ArticleEntity.country,
                        func.min(Mention.start), func.min(Mention.end))
                 .outerjoin(Mention, Mention.article_entity_id == ArticleEntity.id)
                 .where(ArticleEntity.article_id > first, ArticleEntity.article_id <= last)
                 .group_by(ArticleEntity.id))
        for article_id, entity_id, name, country, start, end in session.execute(query):
            self.entity_articles[entity_id].add(article_id)
            self.first_mention[article_id, entity_id] = (name, start or 0, end or 0)
            if country:
                self.country[article_id, entity_id] = country

    def _read_names(self, session: Session) -> None:
        """The Wikidata ids and names of the batch's entities, for criteria kept as written (a name not yet seen)."""
        ids = list(self.entity_articles)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for entity_id, kb_id in session.execute(select(Entity.id, Entity.kb_id).where(Entity.id.in_(chunk))):
                if kb_id:
                    self.kb[kb_id] = entity_id
            for entity_id, key in session.execute(select(EntityAlias.entity_id, EntityAlias.key)
                                                  .where(EntityAlias.entity_id.in_(chunk))):
                self.aliases[key].add(entity_id)
                words = key.split(" ")
                for cut in range(1, len(words)):
                    self.last_words[" ".join(words[cut:])].add(entity_id)

    def _read_events(self, session: Session, first: int, last: int) -> None:
        found: dict[int, _Event] = {}
        for event in session.scalars(select(Event).where(Event.article_id > first, Event.article_id <= last)
                                     .order_by(Event.article_id, Event.position)):
            found[event.id] = _Event(event)
            self.events[event.article_id].append(found[event.id])
            self.typed[event.type].add(event.article_id)
        query = (select(EventEntity.event_id, EventEntity.entity_id, EventEntity.role).join(Event)
                 .where(Event.article_id > first, Event.article_id <= last))
        for event_id, entity_id, role in session.execute(query):
            found[event_id].roles[role].add(entity_id)

    def _read_quotes(self, session: Session, first: int, last: int) -> None:
        found: dict[int, _Quote] = {}
        for quote in session.scalars(select(Quote).where(Quote.article_id > first, Quote.article_id <= last)
                                     .order_by(Quote.article_id, Quote.position)):
            found[quote.id] = _Quote(quote)
            self.quotes[quote.article_id].append(found[quote.id])
        for table, attribute in ((QuoteSpeaker, "speakers"), (QuoteMention, "mentioned")):
            query = (select(table.quote_id, table.entity_id).join(Quote, Quote.id == table.quote_id)
                     .where(Quote.article_id > first, Quote.article_id <= last))
            for quote_id, entity_id in session.execute(query):
                getattr(found[quote_id], attribute).add(entity_id)

    def _notified(self, session: Session) -> set[tuple[int, int]]:
        """The (watch, article) notifications of the batch's near-duplicates stored before it (rule 3)."""
        earlier = sorted({other for others in self.copies.values() for other in others if other not in self.articles})
        if not earlier:
            return set()
        query = select(WatchNotification.watch_id, WatchNotification.article_id)
        return {tuple(row) for start in range(0, len(earlier), CHUNK)
                for row in session.execute(query.where(WatchNotification.article_id.in_(earlier[start : start + CHUNK])))}

    def told(self, watch_id: int, article_id: int, found: dict[int, list[Fact]]) -> bool:
        """Whether the watch notified a near-duplicate of the article already, before or in this batch (rule 3:
        the lowest id of a group goes first)."""
        return any((watch_id, other) in self.notified or other in found for other in self.copies.get(article_id, ()))

    def folded(self, article_id: int) -> tuple[str, str]:
        """The article's title and text, folded once (``fold_aligned``: offsets kept) for the word criteria."""
        if article_id not in self._folded:
            row = self.articles[article_id]
            self._folded[article_id] = (fold_aligned(row.title or ""), fold_aligned(row.text))
        return self._folded[article_id]

    def resolve(self, reference: str) -> set[int]:
        """The batch's entities a criterion designates: by Wikidata id, store id, name, else last words of a name
        (``find_entities``' reading, within the batch)."""
        if _QID.fullmatch(reference):
            return {self.kb[reference]} if reference in self.kb else set()
        if _STORE_ID.fullmatch(reference):
            return {int(reference)} & self.entity_articles.keys()
        key = name_key(reference)
        return set(self.aliases.get(key) or self.last_words.get(key) or ())

    def with_word(self, word: str) -> set[int]:
        """The batch's articles whose title or text holds this folded word (the index is built on first use)."""
        if self._words is None:
            self._words = defaultdict(set)
            for row in self.articles.values():
                for each in set(folded_words(f"{row.title or ''}\n{row.text}")):
                    self._words[each].add(row.id)
        return self._words.get(word, set())


def match_new_articles(store: Store) -> int:
    """Match every article stored since the watches last looked (rules 1 to 4); RETURNS the notifications made."""
    made = 0
    while True:
        with store.write() as session:
            first = session.scalar(select(func.min(Watch.last_article_id)))
            newest = session.scalar(select(func.max(Article.id))) or 0
            if first is None or first >= newest:
                return made
            last = min(newest, first + CHUNK)
            made += _match_chunk(session, first, last)


def _match_chunk(session: Session, first: int, last: int) -> int:
    batch = _Batch(session, first, last)
    watches = session.scalars(select(Watch).where(Watch.last_article_id < last)).all()
    found = {watch.id: _matches(watch, batch) for watch in watches}
    rows = _rows(found, {watch.id: watch for watch in watches})
    if rows:
        session.execute(insert(WatchNotification), rows)
    session.execute(update(Watch).where(Watch.last_article_id < last).values(last_article_id=last)
                    .execution_options(synchronize_session=False))
    return len(rows)


def _matches(watch: Watch, batch: _Batch) -> dict[int, list[Fact]]:
    """The batch's articles newer than the watch's last one that it matches, each with the facts that matched."""
    refs = {name: batch.resolve(getattr(watch, name)) for name in ENTITY_FIELDS if getattr(watch, name)}
    if any(not ids for ids in refs.values()):
        return {}
    found: dict[int, list[Fact]] = {}
    for article_id in sorted(_candidates(watch, refs, batch)):
        if article_id > watch.last_article_id and not batch.told(watch.id, article_id, found):
            facts = _facts(watch, refs, batch, article_id)
            if facts:
                found[article_id] = facts[:MAX_FACTS]
    return found


def _candidates(watch: Watch, refs: dict[str, set[int]], batch: _Batch) -> set[int]:
    """The batch's articles holding the watch's most selective criterion (rule 1): the fewest of those it has."""
    sets = [set().union(*(batch.entity_articles[entity] for entity in ids)) for ids in refs.values()]
    if watch.event_type:
        sets.append(batch.typed.get(watch.event_type, set()))
    if watch.source:
        sets.append(batch.sources.get(watch.source, set()))
    words = terms(watch.words or "")
    if words:
        sets.append(batch.with_word(folded_words(words[0])[0]))
    return min(sets, key=len) if sets else set(batch.articles)


def _facts(watch: Watch, refs: dict[str, set[int]], batch: _Batch, article_id: int) -> list[Fact]:
    """The facts by which the watch matches the article (rule 2); none when it does not."""
    article = batch.articles[article_id]
    if watch.source and article.source != watch.source:
        return []
    words = _words_fact(watch.words, article, batch.folded(article_id)) if watch.words else None
    if watch.words and words is None:
        return []
    entity = refs.get("entity")
    if entity and not any(batch.first_mention.get((article_id, each)) for each in entity):
        return []
    facts = []
    if any(getattr(watch, name) for name in EVENT_FIELDS):
        events = [event for event in batch.events[article_id] if _event_fits(watch, refs, batch, event)]
        if not events:
            return []
        facts += [_event_fact(article, event) for event in events]
    if any(getattr(watch, name) for name in QUOTE_FIELDS):
        quotes = [quote for quote in batch.quotes[article_id] if _quote_fits(refs, quote)]
        if not quotes:
            return []
        facts += [_quote_fact(article, quote) for quote in quotes]
    if facts:
        return facts
    if entity:
        return _entity_facts(batch, article, entity)
    return [words or _article_fact(article)]


def _event_fits(watch: Watch, refs: dict[str, set[int]], batch: _Batch, event: _Event) -> bool:
    row = event.row
    if (watch.event_type and row.type != watch.event_type) or (watch.mode and row.mode != watch.mode) or (
            watch.modality and row.modality != watch.modality):
        return False
    for role in ("actor", "target", "place"):
        if role in refs and not refs[role] & event.roles.get(role, set()):
            return False
    if "entity" in refs and not refs["entity"] & event.entities():
        return False
    if watch.country:
        countries = {batch.country.get((row.article_id, place)) for place in event.roles.get("place", ())}
        return watch.country in countries
    return True


def _quote_fits(refs: dict[str, set[int]], quote: _Quote) -> bool:
    if "speaker" in refs and not refs["speaker"] & quote.speakers:
        return False
    if "about" in refs and not refs["about"] & quote.mentioned:
        return False
    return "entity" not in refs or bool(refs["entity"] & (quote.speakers | quote.mentioned))


def _event_fact(article, event: _Event) -> Fact:
    row = event.row
    proof = article.text[row.sentence_start : row.sentence_end].strip()
    return Fact("event", event_line(row.type, row.mode, row.modality, row.refs), proof, row.sentence_start,
                row.sentence_end)


def _quote_fact(article, quote: _Quote) -> Fact:
    row = quote.row
    proof, start, end = sentence_around(article.text, row.start, row.end)
    return Fact("quote", quote_line(row.speaker_name, row.text), proof, start, end)


def _entity_facts(batch: _Batch, article, entity: set[int]) -> list[Fact]:
    """An entity watch's facts: the article's events and quotes the entity is in, else its first mention."""
    facts = [_event_fact(article, event) for event in batch.events[article.id] if entity & event.entities()]
    facts += [_quote_fact(article, quote) for quote in batch.quotes[article.id]
              if entity & (quote.speakers | quote.mentioned)]
    if facts:
        return facts
    name, start, end = min((batch.first_mention[article.id, each] for each in entity
                            if (article.id, each) in batch.first_mention), key=lambda mention: mention[1])
    proof, begin, finish = sentence_around(article.text, start, end)
    return [Fact("mention", f"{name} est mentionné", proof, begin, finish)]


def _words_fact(words: str, article, folded_texts: tuple[str, str]) -> Fact | None:
    """Where the article holds every term of ``words`` (accents and case ignored, whole words), else None."""
    title, folded = folded_texts
    places = []
    for term in terms(words):
        pattern = re.compile(rf"\b{re.escape(fold_aligned(term))}\b")
        found = pattern.search(folded)
        if found is None and pattern.search(title) is None:
            return None
        places.append(found.start() if found else 0)
    start = places[0]
    proof, begin, end = sentence_around(article.text, start, start + len(terms(words)[0]))
    return Fact("words", f"« {words} »", proof, begin, end)


def _article_fact(article) -> Fact:
    proof, begin, end = sentence_around(article.text, 0, 0)
    return Fact("article", article.title or proof, proof, begin, end)


def _rows(found: dict[int, dict[int, list[Fact]]], watches: dict[int, Watch]) -> list[dict]:
    """The notifications to write, one per watch and article matched."""
    now, rows = dt.datetime.now(dt.timezone.utc), []
    for watch_id, matched in found.items():
        status = "pending" if watches[watch_id].notify else "feed"
        for article_id, facts in sorted(matched.items()):
            rows.append({"watch_id": watch_id, "article_id": article_id, "created_at": now, "status": status,
                         "attempts": 0, "facts": {"facts": [fact.to_json() for fact in facts]}})
    return rows
