"""Writing the store out: every article as its ``veille/1`` document (JSONL), or one table as CSV.

Articles are read in store order, a few at a time, so an export of a large store runs in constant memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .documents import load_document
from .models import Article, ArticleEntity

CSV_TABLES = ("articles", "mentions", "quotes")
_PAGE = 100


def stored_articles(session: Session) -> Iterator[Article]:
    """Every stored article with its layers loaded, by store id."""
    query = select(Article).order_by(Article.id).options(
        selectinload(Article.entities).selectinload(ArticleEntity.mentions),
        selectinload(Article.entities).selectinload(ArticleEntity.entity),
        selectinload(Article.quotes), selectinload(Article.timexes), selectinload(Article.events),
    )
    yield from session.scalars(query.execution_options(yield_per=_PAGE))


def export_jsonl(session: Session, out: TextIO) -> int:
    """Write one ``veille/1`` document per stored article, as ``veille analyze --format jsonl`` prints it.

    RETURNS (int): the number of articles written.
    """
    count = 0
    for article in stored_articles(session):
        out.write(json.dumps(load_document(article).to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count


def export_csv(session: Session, out: TextIO, table: str = "articles") -> int:
    """Write one CSV table: ``articles`` (one row each, with counts), ``mentions`` or ``quotes`` (one row per
    item, with its article and offsets).

    RETURNS (int): the number of rows written.
    """
    rows = _CSV_ROWS[table]
    writer: csv.DictWriter | None = None
    count = 0
    for article in stored_articles(session):
        for row in rows(article):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            count += 1
    return count


def _article_rows(article: Article) -> Iterator[dict]:
    yield {"article_id": article.id, "doc_id": article.doc_id, "url": article.url, "title": article.title,
           "dct": article.dct, "source": article.source, "lang": article.lang, "entities": len(article.entities),
           "quotes": len(article.quotes), "timexes": len(article.timexes), "events": len(article.events)}


def _mention_rows(article: Article) -> Iterator[dict]:
    for entity in article.entities:
        for mention in entity.mentions:
            yield {"article_id": article.id, "doc_id": article.doc_id, "entity_id": entity.entity_id,
                   "entity": entity.name, "label": entity.label, "type": entity.type, "kb_id": entity.entity.kb_id,
                   "start": mention.start, "end": mention.end, "text": mention.text, "kind": mention.kind}


def _quote_rows(article: Article) -> Iterator[dict]:
    for quote in article.quotes:
        yield {"article_id": article.id, "doc_id": article.doc_id, "dct": article.dct, "start": quote.start,
               "end": quote.end, "text": quote.text, "kind": quote.kind, "speaker": quote.speaker_name,
               "cue": quote.cue_text}


_CSV_ROWS: dict[str, Callable[[Article], Iterator[dict]]] = {
    "articles": _article_rows, "mentions": _mention_rows, "quotes": _quote_rows,
}
