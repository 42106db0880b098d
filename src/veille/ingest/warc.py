"""WARC inputs (web archives, plain or gzipped): one Article per archived HTML page, streamed with warcio.

Only successful HTML responses are articles; requests, metadata, redirects, error pages and images are passed
over. A page that cannot be extracted is a Rejected and the archive goes on; an archive that stops making sense
(a truncated or corrupt file) yields one Rejected for the rest of it.
"""

from __future__ import annotations

import logging
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


def read_warc(stream: BinaryIO, *, origin: str, stem: str, lang: str | None, max_chars: int
              ) -> Iterator[Article | Rejected]:
    """Read the HTML pages of a WARC file into Articles, in archive order.

    stream (BinaryIO): the archive, from its first byte (gzip or not, warcio tells).
    origin (str): the path; each page's origin is ``path@offset`` (the record's byte offset in the file).
    stem (str): the id prefix: pages are ``stem:1``, ``stem:2``… in archive order.
    lang (str | None): the declared language, if any.
    RETURNS (Iterator[Article | Rejected]): one item per HTML page.
    """
    records = ArchiveIterator(stream)
    limit = MAX_MARKUP_RATIO * max_chars
    count = 0
    try:
        for record in records:
            if _is_page(record):
                count += 1
                data = record.content_stream().read(limit + 1)  # first: asking the offset skips the content
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{origin}@{records.get_record_offset()}"
                yield _page(data, url, where, f"{stem}:{count}", lang, max_chars)
    except ArchiveLoadFailed as exc:
        yield Rejected(id=f"{stem}:{count + 1}", error=MalformedRecord(f"not a readable WARC record ({exc})"),
                       origin=origin)


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
