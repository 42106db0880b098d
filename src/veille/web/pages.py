"""The pages of the web UI, rendered on the server from ``store.queries`` (Jinja2, autoescaped).

Server-side pages keep the UI usable offline and without JavaScript; one small hand-written script
(``static/veille.js``) adds the detail panel that opens when a highlight is clicked. Article text and every stored
string are untrusted: templates escape them, and the data the script reads is embedded with ``tojson``, which
escapes ``<``, ``>`` and ``&``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
import yaml

from ..api.params import (EntityFilters, EventFilters, OutletFilters, QuoteFilters, SearchSort, StoryFilters,
                          given)
from ..api.views import PAGE_SIZE, event_line, french_date, moment_line, offset_of, page_count, quote_line, read
from ..errors import DataFileError
from ..settings import PUBLIC_URL
from ..store import (DayArticles, DayCount, EventFact, QuoteItem, Store, article_places, article_view,
                     articles_per_day, entity_index, entity_places, entity_profile, event_network, events,
                     events_per_day, list_stories, outlets, plover_quads, quotes, search, search_places, story,
                     story_of_article, story_places, timeline)
from .charts import NETWORK_HEIGHT, NETWORK_WIDTH, network_drawing, relation_nodes, time_chart
from .highlight import highlighted
from .maps import place_map

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
_INT32 = 2**31 - 1  # store ids are 32-bit integers in the database
StoreId = Annotated[int, PathParam(ge=1, le=_INT32)]
CHRONOLOGY = 50  # facts per page of an entity's chronology
PageNumber = Annotated[int, Query(ge=1, le=_INT32 // PAGE_SIZE)]


@pass_context
def _url_for(context: dict[str, Any], name: str, /, **path_params: Any) -> str:
    """A page's link as a path (``/articles/3``): never built from the request's Host header, which the client
    chose (Starlette's own ``url_for`` writes absolute URLs from it)."""
    request: Request = context["request"]
    return request.scope.get("root_path", "") + str(request.app.url_path_for(name, **path_params))


def _with_params(request: Request, **params: Any) -> str:
    """This page's link with some parameters changed (its filters kept: a page's URL can be shared)."""
    url = request.url.include_query_params(**params)
    return f"{url.path}?{url.query}"


WORDS_FILE = HERE / "data" / "interface_fr.yaml"


def _interface_words() -> dict[str, dict[str, str]]:
    """The French words of the codes the pages show (modalities, quote kinds, entity labels…), by kind of code:
    each kind is a template filter of its name (``{{ event.modality | modality }}``), an unknown code shown as it
    is."""
    words = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    if not isinstance(words, dict) or not all(isinstance(table, dict) for table in words.values()):
        raise DataFileError(f"{WORDS_FILE.name}: expected a mapping of mappings ({WORDS_FILE})")
    return words


WORDS = _interface_words()
STORY_KINDS = WORDS["story_kind"]
TEMPLATES.env.globals.update(url_for=_url_for, with_params=_with_params, event_line=event_line,
                             quote_line=quote_line, moment_line=moment_line, words=WORDS)
TEMPLATES.env.filters["french_date"] = french_date
for _kind, _table in WORDS.items():
    TEMPLATES.env.filters[_kind] = lambda code, table=_table: table.get(code, code) if code else ""


def _attention(days: list[DayArticles] | list[DayCount]) -> Any:
    """Articles per day as a chart of attention over time."""
    return time_chart([(day.day, "articles", day.articles) for day in days])


def mount_web(app: FastAPI, store: Store, *, public_url: str = PUBLIC_URL, token: str | None = None) -> None:
    """Serve the UI over ``store`` from ``app``: its pages at ``/`` and its stylesheet and script at ``/static``
    (from the package: no CDN at run time); the watches page and feeds (``watches``) with ``public_url`` in their
    links, managed with ``token``."""
    from .watches import watch_router

    app.include_router(web_router(store))
    app.include_router(list_router(store))
    app.include_router(watch_router(store, public_url=public_url, token=token))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def web_router(store: Store) -> APIRouter:
    """The UI's routes over ``store`` (``mount_web`` adds the static files they link to). Each page reads the store
    through the same views as its JSON twin under ``/api`` (``veille.api.views``)."""
    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

    @router.get("/")
    def search_page(request: Request, q: str = "", entity: str | None = None, sort: SearchSort = "relevance",
                    page: PageNumber = 1):
        filters = {"entity": entity or None}
        result, places, per_day = read(store, lambda session: (
            search(session, q or None, **filters, sort=sort, limit=PAGE_SIZE, offset=offset_of(page)),
            search_places(session, q or None, **filters), articles_per_day(session, q or None, **filters)))
        return _render(request, "search.html", q=q, entity=entity or "", sort=sort, result=result, page=page,
                       pages=page_count(result.total), place_map=place_map(places), chart=_attention(per_day))

    @router.get("/articles/{article_id}")
    def article_page(request: Request, article_id: StoreId):
        view, in_story, places = read(store, lambda session: (article_view(session, article_id),
                                                              story_of_article(session, article_id),
                                                              article_places(session, article_id)))
        if view is None:
            raise HTTPException(404, f"no article {article_id}")
        document = view.document
        return _render(request, "article.html", view=view, document=document, text=highlighted(document),
                       layers=document.to_json(), story=in_story, place_map=place_map(places))

    @router.get("/entities/{entity_id}")
    def entity_page(request: Request, entity_id: StoreId, page: PageNumber = 1):
        name = str(entity_id)
        profile, chronology, places = read(store, lambda session: (
            entity_profile(session, name), timeline(session, name, limit=CHRONOLOGY, offset=(page - 1) * CHRONOLOGY),
            entity_places(session, name)))
        if profile is None:
            raise HTTPException(404, f"no entity {entity_id}")
        pages = max(1, -(-chronology.total // CHRONOLOGY))
        if page > pages:
            raise HTTPException(404, f"no page {page} of {entity_id}'s chronology")
        return _render(request, "entity.html", profile=profile, chronology=chronology, page=page, pages=pages,
                       chart=_attention(profile.mentions_over_time), nodes=relation_nodes(profile.co_occurring),
                       graph={"width": NETWORK_WIDTH, "height": NETWORK_HEIGHT},
                       place_map=place_map(places))

    @router.get("/stories")
    def stories_page(request: Request, filters: Annotated[StoryFilters, Depends()], page: PageNumber = 1):
        result = read(store, list_stories, **given(filters), limit=PAGE_SIZE, offset=offset_of(page))
        return _render(request, "stories.html", result=result, filters=filters, page=page,
                       pages=page_count(result.total))

    @router.get("/stories/{story_id}")
    def story_page(request: Request, story_id: StoreId):
        detail, places = read(store, lambda session: (story(session, story_id), story_places(session, story_id)))
        if detail is None:
            raise HTTPException(404, f"no story {story_id}")
        chart = time_chart([(item.date[:10], item.kind, 1) for item in detail.timeline
                            if item.kind in STORY_KINDS and item.date and _is_day(item.date[:10])],
                           keys=tuple(STORY_KINDS))
        return _render(request, "story.html", detail=detail, chart=chart, place_map=place_map(places))

    return router


CSV_ROWS = 10_000  # a download holds every row the filters give, up to this many


def list_router(store: Store) -> APIRouter:
    """The list pages (events, quotes, entities, outlets), each paginated and sortable, its filters in its URL,
    with its CSV download (``/events.csv``…: every row of the same filters, in the same order) and its JSON twin
    under ``/api`` (the same store query, the same filters: ``veille.api.params``)."""
    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

    @router.get("/events")
    def events_page(request: Request, filters: Annotated[EventFilters, Depends()], page: PageNumber = 1):
        criteria = {name: value for name, value in given(filters).items() if name != "sort"}
        result, per_day, network = read(store, lambda session: (
            events(session, **given(filters), limit=PAGE_SIZE, offset=offset_of(page)),
            events_per_day(session, **criteria), event_network(session, **criteria)))
        chart = time_chart([(count.day, count.type, count.events) for count in per_day],
                           keys=tuple(type for type in plover_quads()))
        return _render(request, "events.html", result=result, filters=filters, page=page,
                       pages=page_count(result.total), chart=chart, network=network,
                       drawing=network_drawing(network.edges))

    @router.get("/events.csv")
    def events_csv(filters: Annotated[EventFilters, Depends()]):
        result = read(store, events, **given(filters), limit=CSV_ROWS)
        return _csv("evenements.csv", [_event_row(fact) for fact in result.events])

    @router.get("/quotes")
    def quotes_page(request: Request, filters: Annotated[QuoteFilters, Depends()], page: PageNumber = 1):
        result = read(store, quotes, **given(filters), limit=PAGE_SIZE, offset=offset_of(page))
        return _render(request, "quotes.html", result=result, filters=filters, page=page,
                       pages=page_count(result.total))

    @router.get("/quotes.csv")
    def quotes_csv(filters: Annotated[QuoteFilters, Depends()]):
        result = read(store, quotes, **given(filters), limit=CSV_ROWS)
        return _csv("citations.csv", [_quote_row(quote) for quote in result.quotes])

    @router.get("/entities")
    def entities_page(request: Request, filters: Annotated[EntityFilters, Depends()], page: PageNumber = 1):
        result = read(store, entity_index, **given(filters), limit=PAGE_SIZE, offset=offset_of(page))
        return _render(request, "entities.html", result=result, filters=filters, page=page,
                       pages=page_count(result.total))

    @router.get("/entities.csv")
    def entities_csv(filters: Annotated[EntityFilters, Depends()]):
        result = read(store, entity_index, **given(filters), limit=CSV_ROWS)
        return _csv("entites.csv", [dataclasses.asdict(entity) for entity in result.entities])

    @router.get("/sources")
    def sources_page(request: Request, filters: Annotated[OutletFilters, Depends()], page: PageNumber = 1):
        result = read(store, outlets, **given(filters), limit=PAGE_SIZE, offset=offset_of(page))
        return _render(request, "sources.html", result=result, filters=filters, page=page,
                       pages=page_count(result.total), chart=_attention(result.per_day))

    @router.get("/sources.csv")
    def sources_csv(filters: Annotated[OutletFilters, Depends()]):
        result = read(store, outlets, **given(filters), limit=CSV_ROWS)
        return _csv("sources.csv", [dataclasses.asdict(outlet) for outlet in result.outlets])

    return router


def _is_day(value: str) -> bool:
    return len(value) == 10 and value[4] == value[7] == "-" and value.replace("-", "").isdigit()


def _event_row(fact: EventFact) -> dict[str, Any]:
    line = event_line(fact)
    return {"date": fact.date or fact.dct, "actor": fact.actor, "target": fact.target, "type": fact.type,
            "mode": fact.mode, "trigger": fact.trigger, "modality": fact.modality, "place": fact.place,
            "source": fact.source, "sentence": line.words, "fact": line.text, "outlet": fact.outlet,
            "article_id": fact.article_id, "title": fact.title, "dct": fact.dct, "start": fact.start,
            "end": fact.end, "proof": line.proof}


def _quote_row(quote: QuoteItem) -> dict[str, Any]:
    line = quote_line(quote)
    return {"dct": quote.dct, "speaker": quote.speaker, "kind": quote.kind, "text": quote.text, "cue": quote.cue,
            "via": quote.via, "fact": line.text, "outlet": quote.outlet, "article_id": quote.article_id,
            "title": quote.title, "start": quote.start, "end": quote.end, "proof": line.proof}


def _csv(filename: str, rows: list[dict[str, Any]]) -> Response:
    """Rows as a CSV file to download (UTF-8 with a byte-order mark, so that a spreadsheet reads the accents)."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _render(request: Request, template: str, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context)
