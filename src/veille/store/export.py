"""Writing the store out: every article as its ``veille/1`` document (JSONL), one table as CSV, or every table as
Parquet (``events.formats`` writes the stored documents' events as PLOVER records or GDELT rows).

Articles are read in store order, a few at a time, so an export of a large store runs in constant memory (Parquet
aside: each table is written as one file).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import StoreError
from ..model import Analysis
from .documents import load_document
from .models import Article, ArticleEntity

CSV_TABLES = ("articles", "mentions", "quotes", "timexes", "events")
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
    for document in stored_documents(session):
        out.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")
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


def stored_documents(session: Session) -> Iterator[Analysis]:
    """Every stored article as its ``veille/1`` document, by store id (for ``events.formats``' exports)."""
    for article in stored_articles(session):
        yield load_document(article)


def export_parquet(session: Session, directory: Path) -> dict[str, int]:
    """Write every CSV table as ``<table>.parquet`` in ``directory`` (created if needed), for pandas, DuckDB or
    Spark. Needs ``pyarrow`` (``pip install 'veille[parquet]'``).

    RETURNS (dict): rows written per table.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # an optional dependency: say how to get it
        raise StoreError("Parquet export needs pyarrow: pip install 'veille[parquet]'") from exc
    directory.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict]] = {table: [] for table in CSV_TABLES}
    for article in stored_articles(session):
        for table, rows in tables.items():
            rows.extend(_CSV_ROWS[table](article))
    for table, rows in tables.items():
        pq.write_table(pa.Table.from_pylist(rows), directory / f"{table}.parquet")
    return {table: len(rows) for table, rows in tables.items()}


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


def _timex_rows(article: Article) -> Iterator[dict]:
    for timex in article.timexes:
        yield {"article_id": article.id, "doc_id": article.doc_id, "dct": article.dct, "start": timex.start,
               "end": timex.end, "text": timex.text, "type": timex.type, "value": timex.value}


def _event_rows(article: Article) -> Iterator[dict]:
    for event in article.events:
        yield {"article_id": article.id, "doc_id": article.doc_id, "dct": article.dct, "type": event.type,
               "mode": event.mode, "cameo": event.cameo, "start": event.trigger_start, "end": event.trigger_end,
               "trigger": event.trigger_text, "date": event.date, "modality": event.modality}


_CSV_ROWS: dict[str, Callable[[Article], Iterator[dict]]] = {
    "articles": _article_rows, "mentions": _mention_rows, "quotes": _quote_rows, "timexes": _timex_rows,
    "events": _event_rows,
}
