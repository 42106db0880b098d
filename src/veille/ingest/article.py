"""The unit of input: one article, its text and what is known about it before analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass
class Article:
    """One document ready for analysis.

    ``text`` is exactly what is analysed: every offset veille reports indexes into it.
    ``boilerplate`` marks site furniture inside ``text`` ("> A lire aussi : …", subscription prompts) that stays in
    the text but is excluded from extraction.
    ``dct_source`` is ``"given"`` (from the caller or the JSONL record) or ``"metadata"`` (from the HTML page).
    ``dct_partial`` is a publication date known only to the month or year ("2018-03", "2018"), when ``dct`` is not
    known: calendar dates without a year take it, day deixis ("mardi", "hier") cannot.
    ``lang`` is the declared language if any, else the detected one (``None`` when undetectable).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    dct: str | None = None
    dct_source: str | None = None
    dct_partial: str | None = None
    lang: str | None = None
    origin: str | None = None
    boilerplate: list[Span] = field(default_factory=list)


@dataclass
class Rejected:
    """A document that could not be read or analysed, kept in the batch with its reason.

    ``origin`` says where it came from (``path`` or ``path:line``) so the user can find it.
    """

    id: str
    error: InputError
    origin: str | None = None

    @property
    def reason(self) -> str:
        return self.error.reason
