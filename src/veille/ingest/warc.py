"""WARC inputs (web archives, plain or gzipped): one Article per archived HTML page, streamed with warcio.

Only successful HTML responses are articles; requests, metadata, redirects, error pages and images are passed
over. A page that cannot be extracted is a Rejected and the archive goes on.

A record whose Content-Length runs past its body (a truncated download, a hand-edited archive) swallows the
start of the next record: warcio would hand the two as one page, stored under the wrong URL, and lose the next.
Such a record is known by the blank lines that do not follow its declared end, or by a record header inside its
content; it becomes a Rejected, and reading starts again at the next record header after its own, when the
archive can be read again from a point (a file). An archive that stops making sense otherwise (a corrupt file,
or a broken record read from a pipe) yields one Rejected for the rest of it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError, MalformedRecord
from .article import Article, Rejected
from .decode import too_large
from .html_extract import MAX_MARKUP_RATIO, article_from_html

logger = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_HEADER = re.compile(rb"\n(WARC/1\.[01]\r?\nWARC-[A-Za-z-]+:)")
"""The first two lines of a WARC record header, after the end of a line."""
_SEARCH_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, *, origin: str, stem: str, lang: str | None, max_chars: int
              ) -> Iterator[Article | Rejected]:
    """Read the HTML pages of a WARC file into Articles, in archive order.

    stream (BinaryIO): the archive, from its first byte (gzip or not, warcio tells); seekable when it is a file,
        so that reading can start again after a broken record.
    origin (str): the path; each page's origin is ``path@offset`` (the record's byte offset in the file).
    stem (str): the id prefix: pages are ``stem:1``, ``stem:2``… in archive order.
    lang (str | None): the declared language, if any.
    RETURNS (Iterator[Article | Rejected]): one item per HTML page.
    """
    reader = _WarcReader(stream, origin=origin, stem=stem, lang=lang, max_chars=max_chars)
    resume: int | None = 0
    while resume is not None:
        resume = yield from reader.read_from(resume)


class _WarcReader:
    """Reads the pages of one archive, numbering them across the restarts that broken records cause."""

    def __init__(self, stream: BinaryIO, *, origin: str, stem: str, lang: str | None, max_chars: int):
        self.stream, self.origin, self.stem, self.lang, self.max_chars = stream, origin, stem, lang, max_chars
        self.count = 0

    def read_from(self, offset: int) -> Iterator[Article | Rejected]:
        """Yield the pages from ``offset`` on; RETURNS the offset to start again from after a broken record, or
        None at the end of the archive."""
        if offset:
            self.stream.seek(offset)
        records = ArchiveIterator(self.stream)
        records.INC_RECORD = ""  # warcio prints its own warning on stderr; veille reports the record instead
        limit = MAX_MARKUP_RATIO * self.max_chars
        try:
            for record in records:
                page = _is_page(record)
                data = record.content_stream().read(limit + 1) if page else b""  # before the offset: see below
                errors = records.err_count
                where = records.get_record_offset()  # reads to the record's end, then its trailing blank lines
                if records.err_count > errors or _RECORD_HEADER.search(data):
                    return (yield from self._broken(where, page))
                if page:
                    self.count += 1
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    yield _page(data, url, f"{self.origin}@{where}", self._id(), self.lang, self.max_chars)
        except ArchiveLoadFailed as exc:
            yield Rejected(id=self._id(1), error=MalformedRecord(f"not a readable WARC record ({exc})"),
                           origin=self.origin)
        return None

    def _broken(self, where: int, page: bool) -> Iterator[Rejected]:
        """Report a record whose declared length runs past its body; RETURNS where the next record starts, or None
        when the archive cannot be read again from there (a pipe) or has no record after it."""
        message = "its Content-Length runs past its body, into what follows"
        if page:
            self.count += 1
            yield Rejected(id=self._id(), error=MalformedRecord(message), origin=f"{self.origin}@{where}")
        if not self.stream.seekable():
            yield Rejected(id=self._id(1), origin=self.origin, error=MalformedRecord(
                f"the record at byte {where} is broken and this archive cannot be read again from a point: the "
                "rest of it is not read"))
            return None
        resume = _next_record_header(self.stream, where + 1)
        logger.info("%s@%s: %s; reading on from byte %s", self.origin, where, message, resume)
        return resume

    def _id(self, ahead: int = 0) -> str:
        return f"{self.stem}:{self.count + ahead}"


def _next_record_header(stream: BinaryIO, offset: int) -> int | None:
    """The offset of the first record header at or after ``offset``, searched in chunks; None when there is none."""
    stream.seek(offset)
    tail, position = b"", offset
    while chunk := stream.read(_SEARCH_CHUNK):
        window = tail + chunk
        found = _RECORD_HEADER.search(window)
        if found:
            return position - len(tail) + found.start(1)
        tail = window[-64:]
        position += len(chunk)
    return None


def _is_page(record) -> bool:
    """A successful HTTP response (or an archived resource) whose content is HTML."""
    if record.rec_type not in ("response", "resource"):
        return False
    if record.http_headers is not None:
        if record.http_headers.get_statuscode() != "200":
            return False
        content_type = record.http_headers.get_header("Content-Type", "")
    else:
        content_type = record.rec_headers.get_header("Content-Type", "")
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _page(data: bytes, url: str | None, where: str, id: str, lang: str | None, max_chars: int) -> Article | Rejected:
    """One archived page to an Article; ``data`` was read one byte past the largest page that may hold an article."""
    limit = MAX_MARKUP_RATIO * max_chars
    try:
        if len(data) > limit:
            raise too_large(len(data), "bytes or more", max_chars, bound=limit)
        return article_from_html(data, id=id, url=url, lang=lang, origin=where, max_chars=max_chars)
    except InputError as err:
        logger.info("%s rejected: %s", where, err)
        return Rejected(id=id, error=err, origin=where)
