"""Mark site furniture inside an article's text ("> A lire aussi : …", paywall prompts, share buttons).

The furniture stays in ``Article.text`` (offsets must index into the text as given) but is returned as spans, so
extraction can skip it. Rules live in each language's ``lang/<code>/boilerplate.tsv``; each one must match a whole
line, which keeps a rule from ever firing inside a sentence of the body.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

from .. import lang
from ..errors import DataFileError
from .article import Span

logger = logging.getLogger(__name__)

MAX_LINE_CHARS = 300
"""Furniture lines are short; a longer line is a paragraph of the body, whatever it starts with."""

# Markers a site may put before the furniture itself: quote marks of a pull-out, bullets, dashes, pipes.
_LEADING_MARKERS = r"[ \t>»•·*|\-–—]*"
_LINE = re.compile(r"[^\n]*")


def load_rules(path: Path) -> re.Pattern[str]:
    """Read a ``name<TAB>regex`` file into one whole-line pattern, one named group per rule.

    path (Path): the TSV file; ``#`` lines are comments.
    RETURNS (re.Pattern): matches a whole line (markers, then one rule, then trailing blanks), ignoring case.
    Raises DataFileError naming the file and line of a malformed row, a bad or duplicate name, a regex that does
    not compile, or one that matches the empty string (it would mark every blank line).
    """
    alternatives: dict[str, str] = {}
    for lineno, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not row.strip() or row.startswith("#"):
            continue
        name, regex = _parse_row(row, where=f"{path.name}:{lineno}")
        if name in alternatives:
            raise DataFileError(f"{path.name}:{lineno}: rule {name!r} is defined twice")
        alternatives[name] = regex
    if not alternatives:
        raise DataFileError(f"{path.name}: no rules")
    body = "|".join(f"(?P<{name}>{regex})" for name, regex in alternatives.items())
    return re.compile(f"{_LEADING_MARKERS}(?:{body})[ \t]*", re.IGNORECASE)


def _parse_row(row: str, *, where: str) -> tuple[str, str]:
    """Split and validate one ``name<TAB>regex`` row."""
    name, tab, regex = row.partition("\t")
    if not tab or not regex.strip() or not name.isidentifier():
        raise DataFileError(f"{where}: expected 'name<TAB>regex' with a Python identifier as name, got {row!r}")
    try:
        compiled = re.compile(regex, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{where}: rule {name!r} is not a valid regex: {exc}") from exc
    if compiled.fullmatch(""):
        raise DataFileError(f"{where}: rule {name!r} matches the empty string")
    return name, regex


@cache
def rules_of(code: str) -> re.Pattern[str] | None:
    """The furniture rules of a language, or None when veille has none for it."""
    if code not in lang.LANGUAGES:
        return None
    return load_rules(lang.data_file(code, "boilerplate.tsv"))


def find_boilerplate(text: str, code: str | None = "fr") -> list[Span]:
    """Find the lines of ``text`` that are site furniture.

    text (str): the article text.
    code (str | None): its language, whose sites' furniture is looked for (none for a language veille lacks).
    RETURNS (list[Span]): one span per furniture line, from the line's start to its end (newline and a carriage
        return before it excluded), in text order.
    """
    rules = rules_of(code) if code else None
    if rules is None:
        return []
    spans = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if text.endswith("\r", start, end):
            end -= 1
        if start == end or end - start > MAX_LINE_CHARS:
            continue
        match = rules.fullmatch(text, start, end)
        if match:
            logger.debug("boilerplate %s at %d: %r", match.lastgroup, start, text[start:end])
            spans.append(Span(start, end))
    return spans
