"""The API's request and response models.

Responses are the store's query dataclasses themselves (pydantic reads a dataclass's fields and types), or
pydantic models generated from their fields with a few of the API's own added (``with_fields``; every list
route in one shape, ``page_model``): the OpenAPI spec
therefore says exactly what ``veille.store.queries`` returns, and a field added there appears in the spec (and in
``docs/openapi.json``, which a test keeps equal) without being written twice.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..store import (DayArticles, DayTypeCount, EntityIndex, EventResult, IngestSummary, OutletList, PlacePoint,
                     QuoteResult, SearchResult, StoryList, Timeline)
from ..watch import WatchView

MAX_DOCUMENTS = 100


def with_fields(source: type, name: str, doc: str, *, rename: dict[str, str] | None = None,
                **extra: Any) -> type[BaseModel]:
    """A pydantic model named ``name`` with every field of the dataclass ``source`` (same types, all required;
    those in ``rename`` under their new name), and the ``extra`` fields given as pydantic's ``(type, FieldInfo)``
    pairs."""
    hints = get_type_hints(source)
    fields = {(rename or {}).get(field.name, field.name): (hints[field.name], ...)
              for field in dataclasses.fields(source)}
    return create_model(name, __doc__=doc, **fields, **extra)


ITEMS = {SearchResult: "hits", QuoteResult: "quotes", EventResult: "events", StoryList: "stories",
         EntityIndex: "entities", OutletList: "outlets", Timeline: "items"}
"""The field of each store result that holds its page of results: every list route answers it as ``items``."""


def page_model(source: type, name: str, doc: str) -> type[BaseModel]:
    """The one shape of every list route: the store result ``source``'s fields, its page of results as ``items``
    (``ITEMS``), the page's number and the number of pages (``page``, ``pages``, from ``limit`` and ``offset``),
    and the links of the pages before and after it."""
    return with_fields(
        source, name, doc, rename={ITEMS[source]: "items"},
        page=(int, Field(description="This page's number, from 1 (`offset` // `limit` + 1).")),
        pages=(int, Field(description="The number of pages of `limit` results (at least 1).")),
        next=(Optional[str], Field(description="The link (path and query) of the next page; null on the last page.")),
        previous=(Optional[str], Field(description="The link of the previous page; null on the first page.")),
    )


ArticlePage = page_model(SearchResult, "ArticlePage", "A page of articles, most relevant first.")
QuotePage = page_model(QuoteResult, "QuotePage", "A page of quotes, in publication order.")
EventPage = page_model(EventResult, "EventPage", "A page of events, in publication order.")
StoryPage = page_model(StoryList, "StoryPage", "A page of stories, the most recently active first.")
EntityIndexPage = page_model(EntityIndex, "EntityIndexPage", "A page of the entity index.")
OutletPage = page_model(OutletList, "OutletPage", "A page of outlets, and the articles per day.")
TimelinePage = page_model(Timeline, "TimelinePage", "A page of an entity's chronology, in date order.")


class ArticlesPerDay(BaseModel):
    """Dated articles per publication day, in date order."""

    days: list[DayArticles]


class EventsPerDay(BaseModel):
    """Events per publication day and PLOVER type, in date order."""

    days: list[DayTypeCount]


class PlaceList(BaseModel):
    """Located places (a map's points), the most mentioned first."""

    places: list[PlacePoint]


class Document(BaseModel):
    """A document to analyse and store, as one line of a JSONL input: ``text`` or ``html``, and metadata.

    Each is checked as ``veille ingest`` checks a JSONL line: one that fails (no text, a bad date) is reported in
    ``failures`` and the others are stored.
    """

    model_config = ConfigDict(extra="ignore")

    id: Optional[str | int] = Field(None, description="The document's id (default: its place in the request).")
    text: Optional[str] = Field(None, description="The article text, taken verbatim.")
    html: Optional[str] = Field(None, description="A web page, whose article is extracted (when there is no text).")
    url: Optional[str] = None
    title: Optional[str] = None
    dct: Optional[str] = Field(None, description="The publication date, YYYY-MM-DD.")
    dct_partial: Optional[str] = Field(None, description="A partial publication date, YYYY or YYYY-MM.")
    lang: Optional[str] = Field(None, description="The declared language (default: detected).")


class IngestRequest(BaseModel):
    documents: list[Document] = Field(min_length=1, max_length=MAX_DOCUMENTS)


class IngestFailure(BaseModel):
    origin: str = Field(description="Where the document came from in this request (``api@<time>:<n>``).")
    error: str = Field(description="``<reason>: <message>``, as ``veille ingest`` reports it.")


IngestReport = with_fields(
    IngestSummary, "IngestReport", "What one ingest did, and why each failed document failed.",
    failures=(list[IngestFailure], Field(description="One entry per document that could not be stored.")),
)


_CRITERION = {"default": None, "min_length": 1, "max_length": 200, "pattern": r"^[^\x00]+$"}


class WatchRequest(BaseModel):
    """A watch to make, as `veille watch add` takes it: a name, at least one criterion, an Apprise URL."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00]+$")
    entity: Optional[str] = Field(**_CRITERION, description="An entity: Wikidata id, store id or name.")
    speaker: Optional[str] = Field(**_CRITERION, description="An entity quoted.")
    about: Optional[str] = Field(**_CRITERION, description="An entity a quote speaks about.")
    event_type: Optional[str] = Field(**_CRITERION, description="A PLOVER event type (ASSAULT, CONSULT…).")
    mode: Optional[str] = Field(**_CRITERION, description="The event's PLOVER mode.")
    modality: Optional[str] = Field(**_CRITERION, description="The event's modality (asserted, planned…).")
    actor: Optional[str] = Field(**_CRITERION, description="An entity doing the event.")
    target: Optional[str] = Field(**_CRITERION, description="An entity the event is done to.")
    place: Optional[str] = Field(**_CRITERION, description="The event's place.")
    country: Optional[str] = Field(None, pattern=r"^[A-Za-z]{2}$", description="The country of the event's place.")
    words: Optional[str] = Field(None, min_length=1, max_length=500, pattern=r"^[^\x00]+$",
                                 description="Words the article must all hold.")
    source: Optional[str] = Field(**_CRITERION, description="The outlet (URL host without www.).")
    notify: Optional[str] = Field(None, min_length=1, max_length=2000, pattern=r"^[^\x00]+$",
                                  description="An Apprise URL (json://host/path, mailto://…); none: the feed only.")
    digest: Optional[str] = Field(None, pattern=r"^daily$", description="'daily': one message a day.")


class WatchList(BaseModel):
    """Every watch, by name."""

    watches: list[WatchView]


class NotificationItem(BaseModel):
    """An article a watch matched: the facts (each a line and its proof, with offsets) and how delivery went."""

    id: int
    article_id: int
    title: Optional[str]
    status: str = Field(description="pending, sending, sent, retrying, failed, or feed (a watch without URL).")
    attempts: int
    created_at: str
    next_try_at: Optional[str]
    sent_at: Optional[str]
    last_error: Optional[str]
    facts: list[dict[str, Any]]


class NotificationList(BaseModel):
    notifications: list[NotificationItem]


def notification_item(row: Any, title: Optional[str]) -> NotificationItem:
    """A ``WatchNotification`` row as the API answers it."""
    def moment(value: Any) -> Optional[str]:
        return value.isoformat(timespec="seconds") if value else None

    return NotificationItem(id=row.id, article_id=row.article_id, title=title, status=row.status,
                            attempts=row.attempts, created_at=moment(row.created_at), next_try_at=moment(row.next_try_at),
                            sent_at=moment(row.sent_at), last_error=row.last_error, facts=row.facts.get("facts", []))
