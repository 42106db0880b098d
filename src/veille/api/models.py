"""The API's request and response models.

Responses are the store's query dataclasses themselves (pydantic reads a dataclass's fields and types), or
pydantic models generated from their fields with a few of the API's own added (``with_fields``): the OpenAPI spec
therefore says exactly what ``veille.store.queries`` returns, and a field added there appears in the spec (and in
``docs/openapi.json``, which a test keeps equal) without being written twice.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..store import (EntityIndex, EventResult, IngestSummary, OutletList, PlacePoint, QuoteResult,
                     SearchResult, StoryList)

MAX_DOCUMENTS = 100


def with_fields(source: type, name: str, doc: str, **extra: Any) -> type[BaseModel]:
    """A pydantic model named ``name`` with every field of the dataclass ``source`` (same types, all required),
    and the ``extra`` fields given as pydantic's ``(type, FieldInfo)`` pairs."""
    hints = get_type_hints(source)
    fields = {field.name: (hints[field.name], ...) for field in dataclasses.fields(source)}
    return create_model(name, __doc__=doc, **fields, **extra)


_LINKS = {
    "next": (Optional[str], Field(description="The link (path and query) of the next page; null on the last page.")),
    "previous": (Optional[str], Field(description="The link of the previous page; null on the first page.")),
}

ArticlePage = with_fields(SearchResult, "ArticlePage", "A page of articles, most relevant first.", **_LINKS)
QuotePage = with_fields(QuoteResult, "QuotePage", "A page of quotes, in publication order.", **_LINKS)
EventPage = with_fields(EventResult, "EventPage", "A page of events, in publication order.", **_LINKS)
StoryPage = with_fields(StoryList, "StoryPage", "A page of stories, the most recently active first.", **_LINKS)
EntityIndexPage = with_fields(EntityIndex, "EntityIndexPage", "A page of the entity index.", **_LINKS)
OutletPage = with_fields(OutletList, "OutletPage", "A page of outlets, and the articles per day.", **_LINKS)


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
