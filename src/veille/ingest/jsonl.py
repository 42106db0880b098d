"""JSONL inputs: one document object per line, each line an Article or a Rejected, in order (Parquet rows are read
as the same records: ``read_record``).

A record is ``{"id", "text" | "html", "url"?, "title"?, "dct"?, "dct_partial"?, "lang"?}``. A bad line is reported with its line
number and the lines after it are read as usual.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, MalformedRecord
from ..text import clean_text
from .article import Article, Rejected
from .build import article_from_text, check_dct
from .html_extract import article_from_html

logger = logging.getLogger(__name__)

_OPTIONAL_STRINGS = ("url", "title", "dct", "dct_partial", "lang")
_PARTIAL_DATE = re.compile(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?")


def read_jsonl(
    lines: Iterable[bytes], *, origin: str, stem: str, lang: str | None, max_chars: int
) -> Iterator[Article | Rejected]:
    """Read JSONL lines into Articles, one per non-blank line, rejecting bad lines one by one.

    lines (Iterable[bytes]): the raw lines (UTF-8, as JSON requires).
    origin (str): the path shown in each document's origin, which becomes ``origin:lineno``.
    stem (str): the id prefix of records without an id (``stem:lineno``).
    lang (str | None): the caller's declared language, for records that declare none.
    RETURNS (Iterator[Article | Rejected]): one item per record, in file order.
    """
    for lineno, raw in enumerate(lines, start=1):
        if raw.strip():
            yield _read_line(raw, lineno, origin=origin, stem=stem, lang=lang, max_chars=max_chars)


def _read_line(raw: bytes, lineno: int, *, origin: str, stem: str, lang: str | None, max_chars: int
               ) -> Article | Rejected:
    """One line to one Article, or to a Rejected that keeps the record's id when it has a usable one."""
    try:
        record = parse_record(raw, first=lineno == 1)
    except InputError as err:
        logger.info("%s:%d rejected: %s", origin, lineno, err)
        return Rejected(id=f"{stem}:{lineno}", error=err, origin=f"{origin}:{lineno}")
    return read_record(record, lineno, origin=origin, stem=stem, lang=lang, max_chars=max_chars)


def read_record(record: dict[str, Any], position: int, *, origin: str, stem: str, lang: str | None,
                max_chars: int) -> Article | Rejected:
    """One parsed record (a JSONL line, a Parquet row) to an Article, or to a Rejected that keeps the record's id
    when it has a usable one.

    position (int): the record's number in its file (from 1): its origin is ``origin:position``, and a record
        without an id is ``stem:position``.
    """
    where, fallback = f"{origin}:{position}", f"{stem}:{position}"
    try:
        check_record(record)
        return _article_from_record(record, id=_record_id(record, fallback), origin=where, lang=lang,
                                    max_chars=max_chars)
    except InputError as err:
        logger.info("%s rejected: %s", where, err)
        return Rejected(id=_record_id(record, fallback), error=err, origin=where)


def parse_record(raw: bytes, *, first: bool = False) -> dict[str, Any]:
    """Parse one line into a JSON object; raise MalformedRecord when it is not UTF-8, JSON or an object.

    Its string fields are put in veille's normal form (``veille.text``): JSON may escape a lone surrogate
    (``"\\ud800"``), which no encoder accepts, and one such record must not stop the batch.

    raw (bytes): the line. first (bool): whether it is the file's first line (which may carry a UTF-8 BOM).
    """
    try:
        record = json.loads(raw.decode("utf-8-sig" if first else "utf-8"))
    except UnicodeDecodeError as exc:
        raise MalformedRecord(f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise MalformedRecord(f"a JSON {type(record).__name__}, not an object")
    return clean_record(record)


def clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its string fields in veille's normal form (``veille.text``)."""
    return {key: clean_text(value) if isinstance(value, str) else value for key, value in record.items()}


def check_record(record: dict[str, Any]) -> None:
    """Check a record's fields: a text or html string, an id that is a string or integer, a YYYY-MM-DD dct."""
    if not isinstance(record.get("text"), str) and not isinstance(record.get("html"), str):
        raise MalformedRecord("has neither a 'text' nor an 'html' string")
    if record.get("id") is not None and not _is_id(record["id"]):
        raise MalformedRecord(f"'id' must be a string or an integer, got {record['id']!r}")
    for key in _OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedRecord(f"{key!r} must be a string, got {record[key]!r}")
    if record.get("dct") is not None:
        try:
            check_dct(record["dct"])
        except ValueError as exc:
            raise MalformedRecord(str(exc)) from exc
    if record.get("dct_partial") is not None and not _PARTIAL_DATE.fullmatch(record["dct_partial"]):
        raise MalformedRecord(f"'dct_partial' must be written YYYY or YYYY-MM, got {record['dct_partial']!r}")


def _is_id(value: Any) -> bool:
    """A usable id: a string or an integer (JSON true/false are not ids, though Python counts bools as ints)."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _record_id(record: dict[str, Any], fallback: str) -> str:
    """The record's own id as a string, or ``stem:lineno`` when it has no usable one."""
    value = record.get("id")
    return str(value) if _is_id(value) and value != "" else fallback


def _article_from_record(
    record: dict[str, Any], *, id: str, origin: str, lang: str | None, max_chars: int
) -> Article:
    """Build the Article of a valid record; text is taken verbatim, html goes through extraction.

    The record's own fields (url, title, dct, lang) override the caller's defaults and the page's metadata.
    """
    fields = dict(id=id, url=record.get("url"), title=record.get("title"), dct=record.get("dct"),
                  lang=record.get("lang") or lang, origin=origin, max_chars=max_chars)
    if isinstance(record.get("text"), str):
        article = article_from_text(record["text"], **fields)
    else:
        article = article_from_html(record["html"], **fields)
    if article.dct is None:
        article.dct_partial = record.get("dct_partial")
    return article
