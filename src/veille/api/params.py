"""The query parameters the API's routes and the web pages share, declared once with their constraints in
``Query()`` (so that the OpenAPI spec says exactly what is accepted, and no hand-written check rejects a request
the spec allows), and the filters of the list pages as dependencies (``EventFilters``…): ``/events`` and
``/api/events`` read the same filters the same way.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Optional

from fastapi import Query
from pydantic import BeforeValidator

from ..ingest.build import check_dct
from ..store import ENTITY_SORTS, EVENT_SORTS, OUTLET_SORTS, QUOTE_SORTS, SEARCH_SORTS, STORY_SORTS

MAX_LIMIT = 100
INT32 = 2**31 - 1  # store ids and offsets are 32-bit integers in the database

# A name: any text without NUL (which PostgreSQL cannot hold), of a sensible length.
NAME = {"min_length": 1, "max_length": 200, "pattern": r"^[^\x00]+$"}
MODALITY_PATTERN = r"^(asserted|planned|possible|alleged|negated|requested)$"


def name_filter(description: str) -> Any:
    """An optional query parameter naming an entity or an outlet."""
    return Annotated[Optional[str], Query(**NAME, description=description)]


def _iso_day(value: Any) -> Any:
    """Only ``YYYY-MM-DD`` is a day here (ingest's own rule): pydantic alone would also read ``0`` as a Unix time."""
    if isinstance(value, str):
        check_dct(value)
    return value


Day = Annotated[Optional[dt.date], BeforeValidator(_iso_day)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Results per page.")]
Offset = Annotated[int, Query(ge=0, le=INT32, description="Results to skip.")]
DateFrom = Annotated[Day, Query(description="Published on or after this day (YYYY-MM-DD).")]
DateTo = Annotated[Day, Query(description="Published on or before this day (YYYY-MM-DD).")]
Source = name_filter("Only from this outlet (URL host without www.).")

EventSort = Literal[EVENT_SORTS]  # type: ignore[valid-type]
QuoteSort = Literal[QUOTE_SORTS]  # type: ignore[valid-type]
EntitySort = Literal[ENTITY_SORTS]  # type: ignore[valid-type]
OutletSort = Literal[OUTLET_SORTS]  # type: ignore[valid-type]
StorySort = Literal[STORY_SORTS]  # type: ignore[valid-type]
SearchSort = Annotated[Literal[SEARCH_SORTS], Query(description="`relevance`: the most relevant first (newest first without words); `-date`: newest first; `date`: oldest first.")]  # type: ignore[valid-type]
_KIND = r"^[A-Za-z_]{1,30}$"


@dataclass
class EventCriteria:
    """Which events: ``store.events``' filters, which its summaries (per day, who acts on whom) take too."""

    type: name_filter("Only events of this PLOVER type (ASSAULT, CONSULT…).") = None
    mode: Annotated[Optional[str], Query(pattern=_KIND, description="Only events of this PLOVER mode.")] = None
    entity: name_filter("Only events in which this entity plays a part (any role).") = None
    actor: name_filter("Only events this entity does.") = None
    target: name_filter("Only events done to this entity.") = None
    place: name_filter("Only events that take place there (a place's name or id).") = None
    modality: Annotated[Optional[str], Query(pattern=MODALITY_PATTERN, description="Only events of this modality.")] = None
    source: Source = None
    date_from: DateFrom = None
    date_to: DateTo = None


@dataclass
class EventFilters(EventCriteria):
    """The filters of a list of events, and its order: ``store.events``' keyword arguments."""

    sort: Annotated[EventSort, Query(description="`date`: oldest first; `-date`: newest first.")] = "date"


@dataclass
class ArticleCriteria:
    """Which articles a chart of attention over time counts: those ``store.search`` finds with these."""

    q: Annotated[Optional[str], Query(max_length=500, pattern=r"^[^\x00]*$", description='Words that must all appear; "quoted words" together.')] = None
    entity: name_filter("Only articles mentioning this entity (a name, its Wikidata id or its store id).") = None
    source: Source = None
    date_from: DateFrom = None
    date_to: DateTo = None


@dataclass
class StoryFilters:
    """The filters of the list of stories: ``store.list_stories``' keyword arguments."""

    entity: name_filter("Only stories with an article mentioning this entity.") = None
    date_from: Annotated[Day, Query(description="Active on or after this day.")] = None
    date_to: Annotated[Day, Query(description="Active on or before this day.")] = None
    min_articles: Annotated[int, Query(ge=1, le=INT32, description="Only stories of at least this many articles.")] = 1
    sort: Annotated[StorySort, Query(description="A column (`last_date`, `first_date`, `articles`), `-` first for the latest or largest first.")] = "-last_date"


@dataclass
class QuoteFilters:
    """The filters of a list of quotes: ``store.quotes``' keyword arguments."""

    speaker: name_filter("Only quotes this entity speaks.") = None
    entity: name_filter("Only quotes whose words mention this entity.") = None
    source: Source = None
    kind: Annotated[Optional[Literal["direct", "indirect", "mixed"]], Query(description="Only quotes of this kind.")] = None
    date_from: DateFrom = None
    date_to: DateTo = None
    sort: Annotated[QuoteSort, Query(description="`date`: oldest first; `-date`: newest first.")] = "date"


@dataclass
class EntityFilters:
    """The filters of the entity index: ``store.entity_index``' keyword arguments."""

    q: name_filter("Only the entities this name designates (a name, a Wikidata id or a store id).") = None
    type: Annotated[Optional[str], Query(pattern=_KIND, description="Only entities of this label (PER, ORG, LOC, MISC) or fine type (CITY…).")] = None
    sort: Annotated[EntitySort, Query(description="A column (`mentions`, `articles`, `name`, `first_seen`, `last_seen`), `-` first for the largest first.")] = "-mentions"


@dataclass
class OutletFilters:
    """The filters of the list of outlets: ``store.outlets``' keyword arguments."""

    source: Source = None
    sort: Annotated[OutletSort, Query(description="A column (`articles`, `source`, `first_date`, `last_date`), `-` first for the largest first.")] = "-articles"


def given(filters: Any) -> dict[str, Any]:
    """The filters as keyword arguments, and as a page's query string keeps them (the empty ones left out)."""
    return {name: value for name, value in vars(filters).items() if value not in (None, "")}
