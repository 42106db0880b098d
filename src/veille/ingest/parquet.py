"""Parquet inputs: one document a row, with the columns of a JSONL record (``id``, ``text`` or ``html``, ``url``,
``title``, ``dct``, ``dct_partial``, ``lang``), read a row group at a time so a shard of any size runs in constant
memory. Each row is checked as a JSONL line is (``jsonl.read_record``): a bad row is a Rejected, the rows after
it are read as usual. A date or timestamp column is read as its ISO date. Needs ``pyarrow``
(``pip install 'veille[parquet]'``): without it, the file is one Rejected that says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError, UnreadableInput
from .article import Article, Rejected
from .jsonl import clean_record, read_record

_ROWS_PER_BATCH = 256


def read_parquet(source: str | BinaryIO, *, origin: str, stem: str, lang: str | None, max_chars: int
                 ) -> Iterator[Article | Rejected]:
    """Read the rows of a Parquet file into Articles, in file order; a file that is not Parquet (or that cannot be
    read without pyarrow) is one Rejected.

    source (str | BinaryIO): a path, or an open random-access file (a ``pyarrow.fs`` input file).
    origin (str): the path; each row's origin is ``path:row`` (from 1). stem (str): the id prefix of rows without
        an id (``stem:row``).
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:  # the other inputs of the batch are still read
        needed = UnreadableInput(f"{origin}: reading Parquet needs pyarrow: pip install 'veille[parquet]'")
        yield Rejected(id=stem, error=needed, origin=origin)
        return
    try:
        batches = pq.ParquetFile(source).iter_batches(batch_size=_ROWS_PER_BATCH)
        position = 0
        for batch in batches:
            for row in batch.to_pylist():
                position += 1
                yield read_record(_as_record(row), position, origin=origin, stem=stem, lang=lang,
                                  max_chars=max_chars)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError, ArrowIOError an OSError
        error: InputError = UnreadableInput(f"{origin}: not a readable Parquet file ({exc})")
        yield Rejected(id=stem, error=error, origin=origin)


def _as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the record JSON would give: dates as ISO strings, strings in veille's normal form."""
    return clean_record({key: _plain(value) for key, value in row.items()})


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
