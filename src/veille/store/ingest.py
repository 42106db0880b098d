"""Ingesting documents into the store: idempotent, resumable, and losing no error.

1. Each input is identified by its URL, else by the hash of its text. One already stored with the same text and
   schema is skipped before analysis (so a re-run costs reading, not analysing); one whose text changed (an
   updated page at the same URL), or any with ``reanalyse``, is analysed again and its layers replaced.
2. What is left goes through the one analysis function, passed in as ``analyse`` (``veille.nlp.analyse``): the
   store never analyses by itself, and does not import the pipeline.
3. Results are written in batches, one transaction each. A crash loses at most the batch in progress, and the next
   run skips what was committed: nothing is lost, nothing is stored twice.
4. A document that cannot be read or analysed becomes an ``IngestError`` row, keyed by where it came from; storing
   that document later removes the row.
5. Each stored article is indexed for near-duplicates (``duplicates``) and put in a story (``stories``) in the same
   transaction, so a crash never leaves an article outside its group or story.

The inputs are what ``veille.ingest.read_inputs`` yields (``Article`` and ``Rejected``); ``ingest`` is the leaf
package every reader lives in, so the store may read its two dataclasses without a cycle.
"""

from __future__ import annotations

import datetime as dt
import os
import time
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
PAUSE_AFTER_COMMIT = "VEILLE_INGEST_PAUSE_AFTER_COMMIT"
"""Seconds to sleep after each committed batch: lets the kill test stop an ingest at a known point."""


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
) -> IngestSummary:
    """Analyse and store every new or changed document; see the module docstring for the rules.

    store (Store): the open store.
    items (Iterable[Article | Rejected]): what ``veille.ingest.read_inputs`` yields.
    analyse (Analyser): ``veille.nlp.analyse`` with its options bound (``nlp``, ``n_process``).
    batch_size (int): documents written per transaction.
    reanalyse (bool): analyse and replace stored articles even when their text is unchanged.
    on_item (Callable | None): called with the running summary after each document (a progress bar).
    on_error (Callable | None): called with the origin and error of each document that failed.
    RETURNS (IngestSummary): the counts.
    """
    summary = IngestSummary()
    with store.sessions() as session:
        run = _Run(session, summary, reanalyse, on_item, on_error)
        pending = 0
        for analysis in analyse(run.to_analyse(items)):
            run.record(analysis)
            pending += 1
            if pending == batch_size:
                _commit(session)
                pending = 0
        _commit(session)
    return summary


def _commit(session: Session) -> None:
    """End one batch's transaction and forget its rows, so a long ingest runs in constant memory."""
    session.commit()
    session.expunge_all()
    time.sleep(float(os.environ.get(PAUSE_AFTER_COMMIT) or 0))


class _Run:
    """The state of one ingest: its session, what it has seen, and the inputs awaiting their analysis."""

    def __init__(self, session: Session, summary: IngestSummary, reanalyse: bool,
                 on_item: Callable[[IngestSummary], None] | None, on_error: Callable[[str, str], None] | None):
        self.session, self.summary, self.reanalyse = session, summary, reanalyse
        self.notify = on_item or (lambda summary: None)
        self.report = on_error or (lambda origin, error: None)
        self.resolver = EntityResolver(session)
        self.stories = StoryBuilder(session)
        self.seen: set[tuple[str, str]] = set()
        self.waiting: deque[Article | Rejected] = deque()

    def to_analyse(self, items: Iterable[Article | Rejected]) -> Iterator[Article | Rejected]:
        """The inputs that need analysis, each remembered so its result can be matched (analyse keeps the order)."""
        for item in items:
            if isinstance(item, Article) and self._present(item):
                self.summary.skipped += 1
                self.notify(self.summary)
                continue
            self.waiting.append(item)
            yield item

    def _present(self, article: Article) -> bool:
        """Whether this run already took the article, or the store holds it with the same text and schema."""
        text_hash = content_hash(article.text)
        identity = ("url", article.url) if article.url else ("hash", text_hash)
        if identity in self.seen:
            return True
        self.seen.add(identity)
        if self.reanalyse:
            return False
        stored = find_article(self.session, article.url, text_hash)
        return stored is not None and stored.content_hash == text_hash and stored.schema_version == SCHEMA

    def record(self, analysis: Analysis) -> None:
        """Store one result: the article, or the error of the input it came from."""
        item = self.waiting.popleft()
        origin = item.origin or item.id
        if analysis.error is not None:
            _save_error(self.session, item.id, origin, analysis.error)
            self.summary.errors += 1
            self.report(origin, analysis.error)
        else:
            created = save_document(self.session, analysis, self.resolver, origin=origin)
            if created:
                self.summary.stored += 1
            else:
                self.summary.replaced += 1
            self._relate(analysis, created)
            self.session.execute(delete(IngestError).where(IngestError.origin == origin))
        self.notify(self.summary)

    def _relate(self, analysis: Analysis, created: bool) -> None:
        """Group the stored article with its near-duplicates and put it in its story (rule 5); a replaced article
        first leaves its group and story."""
        article = find_article(self.session, analysis.url, content_hash(analysis.text))
        if not created:
            forget_article(self.session, article.id)
            self.stories.forget(article.id)
        self.stories.assign(article, index_article(self.session, article))


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
