"""Ingest: turn inputs (text files, HTML pages, JSONL (gzipped or not), Parquet, WARC archives, RSS/Atom feeds,
URLs named by the user, standard input) into ``Article`` objects.

A document that cannot be read becomes a ``Rejected`` record carrying a typed ``InputError`` (its ``reason``
says why), and the batch goes on. Ingest depends on nothing else of veille's but ``errors``.

    read_inputs(["a.txt", "pages/", "batch.jsonl", "crawl.warc.gz", "flux.rss", "-"], dct="2024-06-18")
                                      → Article | Rejected, in order
    article_from_text(text, id=...)   the text verbatim, furniture marked, language filled in
    article_from_html(html, id=...)   the article extracted from a page, with its title, date, author, URL
"""

from __future__ import annotations

from .article import Article, Rejected, Span
from .boilerplate import find_boilerplate
from .build import article_from_text
from .html_extract import article_from_html
from .language import detect_language
from .sources import file_kind, read_file, read_inputs

__all__ = [
    "Article",
    "Rejected",
    "Span",
    "article_from_html",
    "article_from_text",
    "detect_language",
    "file_kind",
    "find_boilerplate",
    "read_file",
    "read_inputs",
]
