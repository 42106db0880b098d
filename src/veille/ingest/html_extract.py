"""Extract the article from an HTML page: body text, title, date, author and canonical URL.

A page nested deeper than libxml2 parses is first made shallow (``deep_html``). The extraction is then a cascade; a stage runs only when the stages before it under-delivered (no body, or one
shorter than ``MIN_BODY_CHARS``), and each outside tool runs in its own logged ``try`` so a parser failure on one
page costs that stage, never the batch:

1. ``trafilatura.bare_extraction``, tuned for precision, without comments, with metadata.
2. ``trafilatura.baseline``: trafilatura's last-resort extractor (article body, JSON-LD, then all paragraphs).
3. lxml: the text of the page's ``<article>`` (else ``<body>``), without scripts, styles, navigation, header,
   footer and asides, one line per source line.

The longest body found wins when no stage reaches the threshold. When stage 1 returns nothing (it gives up on
very short pages), ``trafilatura.extract_metadata`` reads title, date, author and URL on their own.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable

import lxml.html
import trafilatura
from lxml import etree

from ..errors import EmptyDocument
from ..text import clean_text
from .article import Article
from .build import DEFAULT_MAX_CHARS, build_article, check_dct
from .decode import SNIFF_BYTES, check_not_binary, decode_text, too_large
from .deep_html import flatten, is_too_deep

logger = logging.getLogger(__name__)

MIN_BODY_CHARS = 100
"""A body shorter than this means the extractor missed the article, so the next stage is tried."""

MAX_MARKUP_RATIO = 10
"""A page may be up to 10 × ``max_chars`` long: markup, scripts and styles outweigh the text several times."""

_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_SKIPPED_TAGS = ("head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class Extracted:
    """What the cascade found on a page; every field may be missing."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None


def article_from_html(
    html: str | bytes,
    *,
    id: str,
    url: str | None = None,
    title: str | None = None,
    dct: str | None = None,
    lang: str | None = None,
    origin: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Make an Article of the article extracted from an HTML page.

    html (str | bytes): the page; bytes are decoded as plain text is, with the page's ``<meta charset>`` tried
        before detection.
    url, title, dct (str | None): known facts about the page; they override what the page's metadata says.
        A ``dct`` given here has ``dct_source="given"``, one read from the page ``"metadata"``.
    lang (str | None): the declared language; wins over detection.
    RETURNS (Article): ``text`` is the extracted body, paragraphs separated by "\\n". Raises EmptyDocument when
        nothing can be extracted, BinaryDocument or DocumentTooLarge.
    """
    found = extract_html(decode_html(html, max_chars), url=url)
    if not found.text.strip():
        raise EmptyDocument("no article text could be extracted from the HTML")
    page_dct = _valid_date(found.date)
    return build_article(
        found.text, id=id, url=url or found.url, title=title or found.title, author=found.author,
        dct=dct or page_dct, dct_source="given" if dct else ("metadata" if page_dct else None),
        lang=lang, origin=origin, max_chars=max_chars,
    )


def decode_html(html: str | bytes, max_chars: int) -> str:
    """Refuse, before parsing, a page that is empty, binary or too large to hold an acceptable article; decode it
    and put it in veille's normal form (``veille.text``: the parsers refuse lone surrogates and NUL characters).

    Decoding here (not in each extractor) gives every stage of the cascade the same text, and keeps the
    extractors' own lossy decoding (trafilatura replaces undecodable bytes) out of the analysed text.
    """
    limit = MAX_MARKUP_RATIO * max_chars
    if len(html) > limit:
        unit = "bytes" if isinstance(html, bytes) else "characters"
        raise too_large(len(html), f"{unit} of HTML", max_chars, bound=limit)
    if isinstance(html, bytes):
        check_not_binary(html)
        html = decode_text(html, declared=_declared_charset(html))
    html = clean_text(html)
    if not html.strip():
        raise EmptyDocument("empty HTML")
    return html


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its head (``<meta charset>`` or the http-equiv Content-Type), if any."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    """Run the extraction cascade (see the module docstring) and return the best body with the page's metadata."""
    if is_too_deep(html):
        logger.info("the page is nested deeper than libxml2 parses: its container tags past a depth are left out")
        html = flatten(html)
    found = _run("trafilatura.bare_extraction", _with_trafilatura, html, url)
    if found is None:
        found = _metadata_only(html, url)
    if len(found.text.strip()) < MIN_BODY_CHARS:
        for name, stage in (("trafilatura.baseline", _with_baseline), ("lxml", _with_lxml)):
            text = _run(name, stage, html) or ""
            if len(text.strip()) > len(found.text.strip()):
                found.text = text
            if len(found.text.strip()) >= MIN_BODY_CHARS:
                break
    return found


def _run(name: str, stage: Callable[..., Any], *args: Any) -> Any:
    """Run one outside tool; its failure is logged and the cascade goes on (None means "nothing found")."""
    try:
        return stage(*args)
    except Exception:  # any bug or parse error inside an outside library: this stage yields nothing
        logger.warning("%s failed on this page; trying the next stage", name, exc_info=True)
        return None


def _with_trafilatura(html: str, url: str | None) -> Extracted | None:
    """Stage 1: trafilatura's main extractor, tuned for precision (furniture out rather than in)."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True, include_tables=True,
    )
    if doc is None:
        return None
    return Extracted(text=doc.text or "", title=doc.title, author=doc.author, date=doc.date, url=doc.url)


def _with_baseline(html: str) -> str:
    """Stage 2: trafilatura's baseline (article tag, JSON-LD ``articleBody``, then every paragraph)."""
    _, text, _ = trafilatura.baseline(html)
    return text


def _with_lxml(html: str) -> str:
    """Stage 3: the plain text of ``<article>`` (else ``<body>``), minus scripts, navigation and page chrome."""
    # lxml refuses a str that carries an XML encoding declaration, so it gets UTF-8 bytes and is told so
    root = lxml.html.document_fromstring(html.encode("utf-8"), parser=_UTF8_PARSER)
    node = (root.xpath("//article") or root.xpath("//body") or [root])[0]
    etree.strip_elements(node, *_SKIPPED_TAGS, with_tail=False)
    lines = (_BLANKS.sub(" ", line).strip() for line in node.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _metadata_only(html: str, url: str | None) -> Extracted:
    """Read title, author, date and URL on their own when stage 1 returned nothing (it gives up on short pages)."""
    meta = _run("trafilatura.extract_metadata", trafilatura.extract_metadata, html, url)
    if meta is None:
        return Extracted()
    return Extracted(title=meta.title, author=meta.author, date=meta.date, url=meta.url)


def _valid_date(value: str | None) -> str | None:
    """Keep a page date only if it is a real YYYY-MM-DD date (htmldate may be configured otherwise)."""
    if not value:
        return None
    try:
        return check_dct(value)
    except ValueError:
        logger.info("ignoring the page date %r: not YYYY-MM-DD", value)
        return None
