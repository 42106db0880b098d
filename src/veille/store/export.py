"""Writing the store out: every article as its ``veille/1`` document (JSONL), one table as CSV, or every table as
Parquet, the tables of ``veille.export.tables`` (``veille.export`` also writes the stored documents' events as PLOVER
records or GDELT rows).

Articles are read in store order, a few at a time, so an export of a large store runs in constant memory (Parquet
aside: each table is written as one file).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import StoreError
from ..export import TABLES as CSV_TABLES
from ..export import StoreIds, rows
from ..model import Analysis
from .documents import load_document
from .models import Article, ArticleEntity

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
    writer: csv.DictWriter | None = None
    count = 0
    for article in stored_articles(session):
        for row in rows(table, *_as_exported(article)):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            count += 1
    return count


def stored_documents(session: Session) -> Iterator[Analysis]:
    """Every stored article as its ``veille/1`` document, by store id (for ``veille.export``'s formats)."""
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
        analysis, ids = _as_exported(article)
        for table, found in tables.items():
            found.extend(rows(table, analysis, ids))
    for table, found in tables.items():
        pq.write_table(pa.Table.from_pylist(found), directory / f"{table}.parquet")
    return {table: len(found) for table, found in tables.items()}


def _as_exported(article: Article) -> tuple[Analysis, StoreIds]:
    """A stored article's analysis, with its store id and its entities' corpus ids."""
    return load_document(article), StoreIds(article.id, {row.local_id: row.entity_id for row in article.entities})
