"""The views the web pages and the API share: one way to read the store for a request, and one page size.

A web page and its JSON twin under ``/api`` call the same store query through ``read`` (``/stories`` and
``/api/stories``, ``/articles/3`` and ``/api/articles/3``…), so what a person sees and what a program gets are
the same facts, written the same way (``event_line``, ``quote_line``: a fact as a sentence, with its proof). A
request holds its database connection only while the query runs: the session is closed before
the answer is rendered and sent, so a slow client never keeps a connection from the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..store import EventFact, QuoteItem, Store, TimelineItem

T = TypeVar("T")
PAGE_SIZE = 20
"""Results per page of the web UI (the API's ``limit`` defaults to it too)."""


def read(store: Store, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one store query in a session of its own, closed (its connection back in the pool) when it returns."""
    with store.session() as session:
        return query(session, *args, **kwargs)


def offset_of(page: int) -> int:
    """The first result of a web page (pages count from 1)."""
    return (page - 1) * PAGE_SIZE


def page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
QUOTE_WORDS = 160  # a quote longer than this is cut, with "…", in a fact's line (its words stay whole in ``words``)


def french_date(value: str | None) -> str:
    """A day as French writes it: ``2024-06-18`` → "18 juin 2024", ``2024-06-01`` → "1er juin 2024",
    ``2024-06`` → "juin 2024"; anything else (a year, a week, a season) is shown as it is, None as ""."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) in (2, 3) and all(part.isdigit() for part in parts) and 1 <= int(parts[1]) <= 12:
        month = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return month
        return f"{'1er' if int(parts[2]) == 1 else int(parts[2])} {month}"
    return value


@dataclass(frozen=True)
class FactLine:
    """A fact as a person reads it: who (``who``, with its store id for a link), to whom (events), what, how sure
    and when, its ``words`` (an event's sentence, a quote's content), and its proof: the article and the offsets
    of those words (``proof`` is the link to them). ``text`` is the whole line as plain text (a CSV cell)."""

    kind: str
    who: str | None
    who_id: int | None
    whom: str | None
    whom_id: int | None
    what: str
    how: str | None
    when: str
    words: str
    article_id: int
    start: int
    end: int
    text: str

    @property
    def proof(self) -> str:
        return f"/articles/{self.article_id}#proof-{self.start}-{self.end}"


def event_line(fact: EventFact) -> FactLine:
    """"Vladimir Poutine → Corée du Nord · SUPPORT (soutien) · asserted · 18 juin 2024", with its sentence."""
    what = f"{fact.type}{'/' + fact.mode if fact.mode else ''} ({fact.trigger})"
    when = french_date(fact.date or fact.dct)
    who = f"{fact.actor or '?'}{' → ' + fact.target if fact.target else ''}"
    text = " · ".join(part for part in (who, what, fact.modality, when) if part)
    return FactLine("event", fact.actor, fact.actor_id, fact.target, fact.target_id, what, fact.modality, when,
                    fact.sentence.strip(), fact.article_id, fact.sentence_start, fact.sentence_end, text)


def quote_line(quote: QuoteItem) -> FactLine:
    """"Iouri Ouchakov : « des documents importants… » — a déclaré, via AFP", with the quote's words."""
    words = quote.text if len(quote.text) <= QUOTE_WORDS else quote.text[:QUOTE_WORDS].rstrip() + "…"
    how = ", ".join(part for part in (quote.cue, f"via {quote.via}" if quote.via else None) if part) or None
    text = f"{quote.speaker or 'locuteur inconnu'} : « {words} »{' — ' + how if how else ''}"
    return FactLine("quote", quote.speaker, quote.speaker_id, None, None, quote.kind, how, french_date(quote.dct),
                    quote.text, quote.article_id, quote.start, quote.end, text)


def moment_line(item: TimelineItem) -> FactLine | None:
    """A timeline's quote or event as its fact's line; None for what is not a fact (an article, a mention)."""
    if item.event is not None:
        return event_line(item.event)
    if item.quote is not None:
        return quote_line(item.quote)
    return None
