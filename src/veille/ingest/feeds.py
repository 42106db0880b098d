"""RSS and Atom feeds: one Article per entry, from the text the feed itself carries (parsed with feedparser).

An entry's article is its content, else its summary, extracted as HTML; its link becomes the URL, its title the
title, and its publication (else update) date the ``dct``, from the feed's metadata. The links are never
followed: veille fetches only what it is given explicitly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import feedparser

from ..errors import EmptyDocument, InputError, MalformedRecord
from .article import Article, Rejected
from .html_extract import article_from_html

logger = logging.getLogger(__name__)


def read_feed(data: bytes, *, origin: str, stem: str, lang: str | None, max_chars: int
              ) -> Iterator[Article | Rejected]:
    """Read the entries of an RSS or Atom document into Articles, in feed order.

    data (bytes): the feed document.
    origin (str): the path or URL; each entry's origin is ``origin#n``.
    stem (str): the id prefix of entries without an id of their own (``stem:n``).
    lang (str | None): the declared language; else the feed's own, else detection.
    RETURNS (Iterator[Article | Rejected]): one item per entry. Raises MalformedRecord when ``data`` is no feed.
    """
    if not data.strip():
        raise EmptyDocument("an empty file, not a feed")
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise MalformedRecord(f"not an RSS or Atom feed ({parsed.get('bozo_exception', 'no entries')})")
    feed_lang = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry(entry, f"{origin}#{number}", entry.get("id") or f"{stem}:{number}", lang or feed_lang,
                     max_chars)


def _entry(entry, where: str, id: str, lang: str | None, max_chars: int) -> Article | Rejected:
    """One feed entry to an Article, or to a Rejected with the reason."""
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    try:
        if not html.strip():
            raise EmptyDocument("the feed entry carries no text (only a link)")
        page = f"<html><body><article>{html}</article></body></html>"  # a fragment: given a page, extractors cope
        article = article_from_html(page, id=id, url=entry.get("link"), title=entry.get("title"), lang=lang,
                                    origin=where, max_chars=max_chars)
    except InputError as err:
        logger.info("%s rejected: %s", where, err)
        return Rejected(id=id, error=err, origin=where)
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    if article.dct is None and published:
        article.dct, article.dct_source = time.strftime("%Y-%m-%d", published), "metadata"
    return article
