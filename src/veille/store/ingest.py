"""Ingesting documents into the store: idempotent, resumable, and losing no error.

1. Each input is identified by its URL, else by the hash of its text. One already stored with the same text and
   schema is skipped before analysis (so a re-run costs reading, not analysing); one whose text changed (an
   updated page at the same URL), or any with ``reanalyse``, is analysed again and its layers replaced.
2. What is left goes through the one analysis function, passed in as ``analyse`` (``veille.pipeline.analyse``): the
   store never analyses by itself, and does not import the pipeline.
3. Results are written in batches, one transaction each, holding the store's write lock (``Store.write``): other
   ingests may run at once, and "is it stored already?" is asked again inside the transaction, so an article
   another process stored meanwhile is skipped, never stored twice. A crash loses at most the batch in progress,
   and the next run skips what was committed.
4. A document that cannot be read or analysed becomes an ``IngestError`` row, keyed by where it came from; storing
   that document later removes the row.
5. Each stored article is indexed for near-duplicates (``duplicates``) and put in a story (``stories``) in the same
   transaction, so a crash never leaves an article outside its group or story.
6. After each batch commits, and once when the ingest ends, ``after_batch`` is called outside any transaction:
   ``veille.watch`` matches the new articles against the watches there and delivers what they found, so that a
   slow or failing notification never holds the write lock nor loses a stored article.

The inputs are what ``veille.ingest.read_inputs`` yields (``Article`` and ``Rejected``); ``ingest`` is the leaf
package every reader lives in, so the store may read its two dataclasses without a cycle.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..ingest import Article, Rejected
from ..model import SCHEMA, Analysis
from .database import Store
from .documents import content_hash, find_article, save_document
from .duplicates import forget_article, index_article
from .entities import EntityResolver
from .models import IngestError
from .stories import StoryBuilder

Analyser = Callable[[Iterable[Article | Rejected]], Iterator[Analysis]]


@dataclass
class IngestSummary:
    """What one ingest did: articles stored new, stored again (re-analysed), skipped as present, and errors."""

    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    errors: int = 0

    @property
    def total(self) -> int:
        return self.stored + self.replaced + self.skipped + self.errors


def ingest(
    store: Store,
    items: Iterable[Article | Rejected],
    *,
    analyse: Analyser,
    batch_size: int = 32,
    reanalyse: bool = False,
    on_item: Callable[[IngestSummary], None] | None = None,
    on_error: Callable[[str, str], None] | None = None,
    after_batch: Callable[[], None] | None = None,
) -> IngestSummary:
    """Analyse and store every new or changed document; see the module docstring for the rules.

    store (Store): the open store.
    items (Iterable[Article | Rejected]): what ``veille.ingest.read_inputs`` yields.
    analyse (Analyser): ``veille.pipeline.analyse`` with its options bound (``nlp``, ``n_process``).
    batch_size (int): documents written per transaction.
    reanalyse (bool): analyse and replace stored articles even when their text is unchanged.
    on_item (Callable | None): called with the running summary after each document (a progress bar).
    on_error (Callable | None): called with the origin and error of each document that failed.
    after_batch (Callable | None): called after each committed batch and at the end (rule 6).
    RETURNS (IngestSummary): the counts.
    """
    run = _Run(store, IngestSummary(), reanalyse, on_item, on_error, after_batch)
    batch: list[tuple[Article | Rejected, Analysis]] = []
    for analysis in analyse(run.to_analyse(items)):
        batch.append((run.waiting.popleft(), analysis))
        if len(batch) == batch_size:
            run.write(batch)
            batch = []
    run.write(batch)
    return run.summary


class _Run:
    """The state of one ingest: what it has seen, and the inputs awaiting their analysis."""

    def __init__(self, store: Store, summary: IngestSummary, reanalyse: bool,
                 on_item: Callable[[IngestSummary], None] | None, on_error: Callable[[str, str], None] | None,
                 after_batch: Callable[[], None] | None = None):
        self.store, self.summary, self.reanalyse = store, summary, reanalyse
        self.notify = on_item or (lambda summary: None)
        self.report = on_error or (lambda origin, error: None)
        self.after_batch = after_batch or (lambda: None)
        self.seen: set[tuple[str, str]] = set()
        self.waiting: deque[Article | Rejected] = deque()

    def to_analyse(self, items: Iterable[Article | Rejected]) -> Iterator[Article | Rejected]:
        """The inputs that need analysis, each remembered so its result can be matched (analyse keeps the order)."""
        for item in items:
            if isinstance(item, Article) and self._seen_or_stored(item):
                self._skipped()
                continue
            self.waiting.append(item)
            yield item

    def _seen_or_stored(self, article: Article) -> bool:
        """Whether this run already took the article, or the store holds it (asked in a short read of its own)."""
        identity = ("url", article.url) if article.url else ("hash", content_hash(article.text))
        if identity in self.seen:
            return True
        self.seen.add(identity)
        if self.reanalyse:
            return False
        with self.store.session() as session:
            return _is_stored(session, article.url, article.text)

    def write(self, batch: list[tuple[Article | Rejected, Analysis]]) -> None:
        """Store one batch in one locked transaction (rule 3); the session's caches live as long as it. Then, the
        transaction committed, ``after_batch`` (rule 6), even for the empty last batch."""
        if batch:
            with self.store.write() as session:
                resolver, stories = EntityResolver(session), StoryBuilder(session)
                for item, analysis in batch:
                    self._record(session, resolver, stories, item, analysis)
        self.after_batch()

    def _record(self, session: Session, resolver: EntityResolver, stories: StoryBuilder,
                item: Article | Rejected, analysis: Analysis) -> None:
        """Store one result: the article (unless another ingest stored it meanwhile), or the error of its input."""
        origin = item.origin or item.id
        if analysis.error is not None:
            _save_error(session, item.id, origin, analysis.error)
            self.summary.errors += 1
            self.report(origin, analysis.error)
        elif not self.reanalyse and _is_stored(session, analysis.url, analysis.text):
            self._skipped()
            return
        else:
            created = save_document(session, analysis, resolver, origin=origin)
            if created:
                self.summary.stored += 1
            else:
                self.summary.replaced += 1
            _relate(session, stories, analysis, created)
            session.execute(delete(IngestError).where(IngestError.origin == origin))
        self.notify(self.summary)

    def _skipped(self) -> None:
        self.summary.skipped += 1
        self.notify(self.summary)


def _is_stored(session: Session, url: str | None, text: str) -> bool:
    """Whether the store holds this article with the same text, analysed with the current schema."""
    text_hash = content_hash(text)
    stored = find_article(session, url, text_hash)
    return stored is not None and stored.content_hash == text_hash and stored.schema_version == SCHEMA


def _relate(session: Session, stories: StoryBuilder, analysis: Analysis, created: bool) -> None:
    """Group the stored article with its near-duplicates and put it in its story (rule 5); a replaced article first
    leaves its group and story."""
    article = find_article(session, analysis.url, content_hash(analysis.text))
    if not created:
        forget_article(session, article.id)
        stories.forget(article.id)
    stories.assign(article, index_article(session, article))


def _save_error(session: Session, doc_id: str, origin: str, error: str) -> None:
    """Keep (or refresh) the error of the document from ``origin``; ``error`` is ``"<reason>: <message>"``."""
    reason, _, message = error.partition(": ")
    row = session.scalars(select(IngestError).where(IngestError.origin == origin)).first()
    if row is None:
        row = IngestError(origin=origin)
        session.add(row)
    row.doc_id, row.reason, row.message = doc_id, reason, message or error
    row.seen_at = dt.datetime.now(dt.timezone.utc)
    session.flush()
