"""Turn a decoded text and what is known about it into an ``Article``: the checks every input kind shares."""

from __future__ import annotations

import datetime as dt
import re

from ..errors import EmptyDocument
from ..lang import DEFAULT as DEFAULT_LANGUAGE
from ..text import clean_optional, clean_text
from .article import Article
from .boilerplate import find_boilerplate
from .decode import too_large
from .language import resolve_language

DEFAULT_MAX_CHARS = 1_000_000
"""spaCy's own default ``nlp.max_length``: longer texts need more memory than a news article ever should."""

_DCT_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_dct(value: str) -> str:
    """Return ``value`` if it is a real calendar date written YYYY-MM-DD, else raise ValueError.

    The shape is checked before the calendar: ``date.fromisoformat`` also accepts "20240618" and week dates.
    """
    if not isinstance(value, str) or not _DCT_SHAPE.fullmatch(value):
        raise ValueError(f"dct must be a date written YYYY-MM-DD, got {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:  # "2024-02-30": the right shape, not a date
        raise ValueError(f"dct {value!r} is not a calendar date ({exc})") from exc
    return value


def article_from_text(
    text: str,
    *,
    id: str,
    url: str | None = None,
    title: str | None = None,
    dct: str | None = None,
    lang: str | None = None,
    origin: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Make an Article of ``text`` taken verbatim, with its furniture marked and its language filled in.

    text (str): the text to analyse; kept unchanged, every offset will index into it.
    id (str): the document id.
    dct (str | None): the publication date, YYYY-MM-DD (ValueError otherwise); recorded with ``dct_source="given"``.
    lang (str | None): the declared language; wins over detection.
    max_chars (int): the longest text accepted.
    RETURNS (Article): the article. Raises DocumentTooLarge or EmptyDocument.
    """
    return build_article(
        text, id=id, url=url, title=title, dct=dct, dct_source="given" if dct else None,
        lang=lang, origin=origin, max_chars=max_chars,
    )


def build_article(
    text: str,
    *,
    id: str,
    dct: str | None,
    dct_source: str | None,
    lang: str | None,
    max_chars: int,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    origin: str | None = None,
) -> Article:
    """The one place an Article is made, so size, emptiness, furniture and language are handled alike for all.

    The text and the fields shown with it are put in veille's normal form (``veille.text.clean_text``: NFC, no
    control characters, no lone surrogates), so every offset indexes into the text the analysis returns.
    """
    if len(text) > max_chars:  # refused before it is cleaned: a huge text is not read twice
        raise too_large(len(text), "characters", max_chars)
    text = clean_text(text)
    if len(text) > max_chars:  # composition rarely lengthens a text, but it can (a few Indic letters)
        raise too_large(len(text), "characters", max_chars)
    if not text.strip():
        raise EmptyDocument("no text" if not text else "only whitespace")
    if dct is not None:
        check_dct(dct)
    language = resolve_language(text, lang)
    return Article(
        id=clean_text(id), text=text, url=clean_optional(url), title=clean_optional(title),
        author=clean_optional(author), dct=dct, dct_source=dct_source,
        lang=language, origin=origin, boilerplate=find_boilerplate(text, language or DEFAULT_LANGUAGE),
    )
