"""Writing the store out: every article as its ``veille/1`` document (JSONL), one table as CSV, or every table as
Parquet, the tables of ``veille.export.tables`` (``veille.export`` also writes the stored documents' events as PLOVER
records or GDELT rows).

Articles are read in store order, a few at a time, so an export of a large store runs in constant memory (Parquet
aside: each table's rows of a month are written as one file).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..export import COLUMNS, TABLES, StoreIds, rows, write_parts
from ..model import Analysis
from .documents import load_document
from .models import Article, ArticleEntity, IngestError

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
    """Write one table of ``veille.export.tables`` as CSV (``articles`` by default): one row per item, with its
    article and offsets; ``errors`` lists the documents the store could not take.

    RETURNS (int): the number of rows written.
    """
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in COLUMNS[table]])
    writer.writeheader()
    count = 0
    for row in table_rows(session, table):
        writer.writerow(row)
        count += 1
    return count


def table_rows(session: Session, table: str) -> Iterator[dict]:
    """The rows of one table over the whole store, article by article (``errors``: the stored ingest errors)."""
    if table == "errors":
        for error in session.scalars(select(IngestError).order_by(IngestError.id)):
            failure = Analysis(id=error.doc_id, text="", error=f"{error.reason}: {error.message}")
            yield from rows("errors", failure, origin=error.origin)
        return
    for article in stored_articles(session):
        yield from rows(table, *_as_exported(article), origin=article.origin)


def stored_documents(session: Session) -> Iterator[Analysis]:
    """Every stored article as its ``veille/1`` document, by store id (for ``veille.export``'s formats)."""
    for article in stored_articles(session):
        yield load_document(article)


def export_parquet(session: Session, directory: Path) -> dict[str, int]:
    """Write every table in ``directory`` (created if needed) as ``veille batch run`` does: one folder per table,
    partitioned by month (``veille.export.parquet``), for pandas, DuckDB or Spark, or ``veille load`` into another
    store. Needs ``pyarrow`` (``pip install 'veille[parquet]'``).

    RETURNS (dict): rows written per table.
    """
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        written = write_parts(table, table_rows(session, table), str(directory.resolve()), "store")
        counts[table] = sum(written.values())
    return counts


def _as_exported(article: Article) -> tuple[Analysis, StoreIds]:
    """A stored article's analysis, with its store id and its entities' corpus ids."""
    return load_document(article), StoreIds(article.id, {row.local_id: row.entity_id for row in article.entities})
