"""The API's routes, under ``/api``: each reads its parameters, calls one ``veille.store`` function through
``views.read`` (a session held only while the query runs), and answers its result (or a 404 when there is none).
No SQL here: what can be asked is what the store offers, and every page of the web UI has its twin here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import store, watch
from ..store.models import Watch as watch_model
from ..ingest.build import DEFAULT_MAX_CHARS
from ..ingest.jsonl import read_jsonl
from .errors import api_error, error_responses
from .guard import token_problem
from .models import (ITEMS, ArticlePage, ArticlesPerDay, EntityIndexPage, EventPage, EventsPerDay, IngestReport,
                     IngestRequest, NotificationList, OutletPage, PlaceList, QuotePage, StoryPage, TimelinePage,
                     WatchList, WatchRequest, notification_item)
from .params import (INT32, MAX_LIMIT, NAME, ArticleCriteria, Day, EntityFilters, EventCriteria, EventFilters, Limit,
                     Offset, OutletFilters, QuoteFilters, SearchSort, StoryFilters, given, name_filter)
from .views import PAGE_SIZE, read

router = APIRouter(prefix="/api")
_bearer = HTTPBearer(auto_error=False, description="The token `veille serve` was given (`--token`, `VEILLE_API_TOKEN`).")
_NAME, _INT32, _filter = NAME, INT32, name_filter
EntityPath = Annotated[str, Path(**_NAME, description="A store id, a Wikidata id (Q7747) or a name it was mentioned by.")]
StoryId = Annotated[int, Path(ge=1, le=_INT32, description="The story's id.")]


# LAT,LON in decimal degrees, each within its range, so that the spec admits no point off the Earth
_POINT = (r"^-?(?:90(?:\.0+)?|[1-8]?[0-9](?:\.[0-9]+)?),"
          r"-?(?:180(?:\.0+)?|(?:1[0-7][0-9]|[1-9]?[0-9])(?:\.[0-9]+)?)$")


def _read(request: Request, query, *args: Any, **kwargs: Any) -> Any:
    return read(request.app.state.store, query, *args, **kwargs)


@router.get("/articles", response_model=ArticlePage, responses=error_responses(422))
def search_articles(
    request: Request,
    q: Annotated[Optional[str], Query(max_length=500, pattern=r"^[^\x00]*$", description='Words that must all appear; "quoted words" together.')] = None,
    entity: _filter("Only articles mentioning this entity (a name, its Wikidata id or its store id).") = None,
    speaker: _filter("Only articles quoting this entity.") = None,
    source: _filter("Only articles from this outlet (URL host without www.).") = None,
    date_from: Annotated[Day, Query(description="Published on or after this day.")] = None,
    date_to: Annotated[Day, Query(description="Published on or before this day.")] = None,
    event_type: _filter("Only articles with an event of this PLOVER type (ASSAULT, CONSULT…).") = None,
    near: Annotated[Optional[str], Query(pattern=_POINT, description="Only articles naming a place within `km` of this point: LAT,LON in decimal degrees.")] = None,
    km: Annotated[float, Query(gt=0, le=20_100, description="The radius of `near`, in kilometres.")] = 50.0,
    country: Annotated[Optional[str], Query(pattern=r"^[A-Za-z]{2}$", description="Only articles naming a place in this country (ISO 3166-1 alpha-2).")] = None,
    sort: SearchSort = "relevance",
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> Any:
    """Search the stored articles by words and filters, most relevant first (newest first without words)."""
    try:
        circle = store.Near.parse(near, km) if near is not None else None
    except ValueError as error:
        raise api_error(422, "invalid_parameter", str(error)) from error
    result = _read(request, store.search, q, entity=entity, speaker=speaker, source=source, date_from=date_from,
                          date_to=date_to, event_type=event_type, near=circle, country=country, sort=sort,
                          limit=limit, offset=offset)
    return _page(request, result)


@router.get("/articles/per-day", response_model=ArticlesPerDay, responses=error_responses(422))
def articles_per_day(request: Request, filters: Annotated[ArticleCriteria, Depends()]) -> Any:
    """Attention over time: the dated articles a search finds (words, an entity, an outlet, dates), per day."""
    criteria = given(filters)
    return ArticlesPerDay(days=_read(request, store.articles_per_day, criteria.pop("q", None), **criteria))


@router.get("/articles/{id}", responses=error_responses(404, 422))
def get_article(request: Request,
                id: Annotated[int, Path(ge=1, le=_INT32, description="The article's store id.")]) -> dict[str, Any]:
    """One stored article as its `veille/1` document (docs/schema/veille-1.schema.json), layers and all."""
    view = _read(request, store.article_view, id)
    if view is None:
        raise api_error(404, "not_found", f"no stored article has the id {id}")
    return view.document.to_json()


@router.get("/entities", response_model=EntityIndexPage, responses=error_responses(422))
def find_entities(request: Request, filters: Annotated[EntityFilters, Depends()], limit: Limit = PAGE_SIZE,
                  offset: Offset = 0) -> Any:
    """The entity index: each entity with its counts and first and last days seen, most mentioned first; with
    `q`, the entities a name designates (accents and case ignored, or the last words of a name)."""
    return _page(request, _read(request, store.entity_index, **given(filters), limit=limit, offset=offset))


@router.get("/entities/{id}", response_model=store.EntityProfile, responses=error_responses(404, 422))
def entity_profile(request: Request, id: EntityPath, limit: Annotated[int, Query(
        ge=1, le=MAX_LIMIT, description="The most quotes, events and related entities listed.")] = 20) -> Any:
    """An entity's profile: mentions per day, quotes by and about it, its events, the entities seen with it."""
    return _found(_read(request, store.entity_profile, id, limit=limit), id)


@router.get("/entities/{id}/timeline", response_model=TimelinePage, responses=error_responses(404, 422))
def entity_timeline(request: Request, id: EntityPath, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> Any:
    """A page of the dated facts about an entity in date order: its first mention in each article, its quotes,
    its events (undated facts last)."""
    return _page(request, _found(_read(request, store.timeline, id, limit=limit, offset=offset), id))


@router.get("/quotes", response_model=QuotePage, responses=error_responses(422))
def list_quotes(request: Request, filters: Annotated[QuoteFilters, Depends()], limit: Limit = PAGE_SIZE,
                offset: Offset = 0) -> Any:
    """Quotes in publication order, filtered by who speaks them, whom they mention, outlet, kind and date."""
    return _page(request, _read(request, store.quotes, **given(filters), limit=limit, offset=offset))


@router.get("/events", response_model=EventPage, responses=error_responses(422))
def list_events(request: Request, filters: Annotated[EventFilters, Depends()], limit: Limit = PAGE_SIZE,
                offset: Offset = 0) -> Any:
    """Events in publication order, as facts (who did what to whom, when, where, how sure, who says so), each with
    its sentence and the offsets of its trigger and sentence."""
    return _page(request, _read(request, store.events, **given(filters), limit=limit, offset=offset))


@router.get("/events/per-day", response_model=EventsPerDay, responses=error_responses(422))
def events_per_day(request: Request, filters: Annotated[EventCriteria, Depends()]) -> Any:
    """The events of these filters (as `/api/events`) counted per publication day and PLOVER type."""
    return EventsPerDay(days=_read(request, store.events_per_day, **given(filters)))


@router.get("/events/network", response_model=store.EventNetwork, responses=error_responses(422))
def events_network(request: Request, filters: Annotated[EventCriteria, Depends()]) -> Any:
    """Who acts on whom: the busiest actor → target pairs among the latest 5,000 events of these filters (as
    `/api/events`), each with its number of events, their PLOVER types and the quad class of most of them."""
    return _read(request, store.event_network, **given(filters))


@router.get("/sources", response_model=OutletPage, responses=error_responses(422))
def list_sources(request: Request, filters: Annotated[OutletFilters, Depends()], limit: Limit = PAGE_SIZE,
                 offset: Offset = 0) -> Any:
    """The outlets with their number of articles and first and last days, and the articles published per day."""
    return _page(request, _read(request, store.outlets, **given(filters), limit=limit, offset=offset))


@router.get("/stories", response_model=StoryPage, responses=error_responses(422))
def list_stories(request: Request, filters: Annotated[StoryFilters, Depends()], limit: Limit = PAGE_SIZE,
                 offset: Offset = 0) -> Any:
    """The stories of the store (articles about the same events), the most recently active first."""
    return _page(request, _read(request, store.list_stories, **given(filters), limit=limit, offset=offset))


@router.get("/stories/{id}", response_model=store.StoryDetail, responses=error_responses(404, 422))
def get_story(request: Request, id: StoryId) -> Any:
    """One story: its articles, its main entities, and its quotes and events on a timeline."""
    found = _read(request, store.story, id)
    if found is None:
        raise api_error(404, "not_found", f"no stored story has the id {id}")
    return found


@router.get("/places", response_model=PlaceList, responses=error_responses(404, 422))
def list_places(
    request: Request,
    article: Annotated[Optional[int], Query(ge=1, le=_INT32, description="The places of this article (its store id).")] = None,
    entity: _filter("The places of the latest articles mentioning this entity; the entity itself is `focus` when it is a place.") = None,
    story: Annotated[Optional[int], Query(ge=1, le=_INT32, description="The places of this story's articles.")] = None,
    q: Annotated[Optional[str], Query(max_length=500, pattern=r"^[^\x00]*$", description="The places of the articles these words find (as `/api/articles`): where their events take place, else the places they name.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="The most places listed.")] = MAX_LIMIT,
) -> Any:
    """Where articles take place, for a map: the located places of one article, of an entity's articles, of a
    story or of a search, the most mentioned first. The first given of `article`, `entity`, `story` and `q` says
    which; with none, the places of every article (as an empty search)."""
    sources = {"article": (article, store.article_places), "entity": (entity, store.entity_places),
               "story": (story, store.story_places)}
    name, (value, query) = next(((name, source) for name, source in sources.items() if source[0] is not None),
                                ("q", (q, store.search_places)))
    places = _read(request, query, value, limit=limit)
    if places is None:
        raise api_error(404, "not_found", f"no stored {name} is {value!r}")
    return PlaceList(places=places)


def _require_token(request: Request,
                   credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(_bearer)]) -> None:
    """Writes need the configured bearer token: 403 when the API is read-only or the token is wrong, 401 when none
    is sent. ``veille.api.guard`` applies the same check before the body is read; this one documents it in the
    spec and guards an app mounted without the guard."""
    writable = request.app.state.analyse is not None
    authorization = f"Bearer {credentials.credentials}" if credentials else None
    problem = token_problem(request.app.state.settings.token if writable else None, authorization)
    if problem is not None:
        headers = {"WWW-Authenticate": "Bearer"} if problem.status == 401 else None
        raise api_error(problem.status, problem.code, problem.message, headers=headers)


@router.post("/ingest", response_model=IngestReport, dependencies=[Depends(_require_token)],
             responses=error_responses(400, 401, 403, 413, 422))
def ingest_documents(request: Request, body: IngestRequest) -> Any:
    """Analyse and store documents, as `veille ingest` does with JSONL lines: stored articles are skipped, and
    each document that fails is reported without stopping the others. Needs the bearer token."""
    origin = f"api@{dt.datetime.now(dt.timezone.utc).isoformat(timespec='microseconds')}"
    lines = (json.dumps(document.model_dump(exclude_none=True)).encode() for document in body.documents)
    items = read_jsonl(lines, origin=origin, stem=origin, lang=None, max_chars=DEFAULT_MAX_CHARS)
    failures: list[dict[str, str]] = []
    with request.app.state.write_lock:
        summary = store.ingest(request.app.state.store, items, analyse=request.app.state.analyse,
                               on_error=lambda where, error: failures.append({"origin": where, "error": error}),
                               after_batch=request.app.state.after_batch)
    return IngestReport(**asdict(summary), failures=failures)


def _page(request: Request, result: Any) -> dict[str, Any]:
    """A page of results in the one shape of list routes (``models.page_model``): its results as ``items``, its
    number and the number of pages, and the links of the pages before and after it (the same query, another
    offset): paths with their query, never built from the request's Host header."""
    after = result.offset + result.limit
    before = max(result.offset - result.limit, 0)
    fields = {("items" if name == ITEMS[type(result)] else name): getattr(result, name)
              for name in result.__dataclass_fields__}
    return {
        **fields,
        "page": result.offset // result.limit + 1,
        "pages": max(1, -(-result.total // result.limit)),
        "next": _with_offset(request, after) if after < result.total else None,
        "previous": _with_offset(request, before) if result.offset > 0 else None,
    }


def _with_offset(request: Request, offset: int) -> str:
    url = request.url.include_query_params(offset=offset)
    return f"{url.path}?{url.query}"


def _found(result: Any, name: str) -> Any:
    if result is None:
        raise api_error(404, "not_found", f"no stored entity is named {name!r}")
    return result


# Watches (veille.watch): saved queries matched against every new article. All their routes need the token, even
# to read: a watch's URL may hold a password (listings hide it, but the criteria are the owner's business too).

WatchId = Annotated[int, Path(ge=1, le=_INT32, description="The watch's id.")]


def _require_watch_token(request: Request,
                         credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(_bearer)]) -> None:
    """The token check of ``_require_token``, without needing the pipeline: watches analyse nothing."""
    authorization = f"Bearer {credentials.credentials}" if credentials else None
    problem = token_problem(request.app.state.settings.token, authorization)
    if problem is not None:
        headers = {"WWW-Authenticate": "Bearer"} if problem.status == 401 else None
        raise api_error(problem.status, problem.code, problem.message, headers=headers)


@router.get("/watches", response_model=WatchList, dependencies=[Depends(_require_watch_token)],
            responses=error_responses(401, 403))
def get_watches(request: Request) -> Any:
    """Every watch, its criteria, where it sends (passwords hidden) and its notifications by status."""
    return WatchList(watches=_read(request, watch.list_watches))


@router.post("/watches", response_model=watch.WatchView, status_code=201,
             dependencies=[Depends(_require_watch_token)], responses=error_responses(401, 403, 422))
def add_watch(request: Request, body: WatchRequest) -> Any:
    """Make a watch, as `veille watch add` does: every criterion given must hold; it matches the articles stored
    from now on. Needs the bearer token."""
    try:
        return watch.add_watch(request.app.state.store, watch.WatchSpec(**body.model_dump()))
    except watch.WatchError as error:
        raise api_error(422, "invalid_watch", str(error)) from error


@router.delete("/watches/{id}", status_code=204, dependencies=[Depends(_require_watch_token)],
               responses=error_responses(401, 403, 404, 422))
def remove_watch(request: Request, id: WatchId) -> None:
    """Remove a watch and its notifications. Needs the bearer token."""
    if not watch.remove_watch(request.app.state.store, id):
        raise api_error(404, "not_found", f"no watch has the id {id}")


@router.get("/watches/{id}/notifications", response_model=NotificationList,
            dependencies=[Depends(_require_watch_token)], responses=error_responses(401, 403, 404, 422))
def watch_notifications(request: Request, id: WatchId, limit: Limit = PAGE_SIZE) -> Any:
    """A watch's latest notifications, latest first: the article, the facts that matched, and how delivery went."""
    with request.app.state.store.session() as session:
        if session.get(watch_model, id) is None:
            raise api_error(404, "not_found", f"no watch has the id {id}")
        rows = watch.notifications(session, id, limit=limit)
        return NotificationList(notifications=[notification_item(row, title) for row, _name, title in rows])
