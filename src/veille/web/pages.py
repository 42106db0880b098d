"""The pages of the web UI, rendered on the server from ``store.queries`` (Jinja2, autoescaped).

Server-side pages keep the UI usable offline and without JavaScript; one small hand-written script
(``static/veille.js``) adds the detail panel that opens when a highlight is clicked. Article text and every stored
string are untrusted: templates escape them, and the data the script reads is embedded with ``tojson``, which
escapes ``<``, ``>`` and ``&``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from ..api.views import PAGE_SIZE, offset_of, page_count, read
from ..settings import PUBLIC_URL
from ..store import (Store, article_places, article_view, entity_places, entity_profile, list_stories, search,
                     search_places, story, story_of_article, story_places, timeline)
from .charts import GRAPH_SIZE, HEIGHT, WIDTH, relation_nodes, story_points, timeline_bars
from .highlight import highlighted
from .maps import place_map

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
_INT32 = 2**31 - 1  # store ids are 32-bit integers in the database
StoreId = Annotated[int, PathParam(ge=1, le=_INT32)]
PageNumber = Annotated[int, Query(ge=1, le=_INT32 // PAGE_SIZE)]


@pass_context
def _url_for(context: dict[str, Any], name: str, /, **path_params: Any) -> str:
    """A page's link as a path (``/articles/3``): never built from the request's Host header, which the client
    chose (Starlette's own ``url_for`` writes absolute URLs from it)."""
    request: Request = context["request"]
    return request.scope.get("root_path", "") + str(request.app.url_path_for(name, **path_params))


TEMPLATES.env.globals["url_for"] = _url_for


def mount_web(app: FastAPI, store: Store, *, public_url: str = PUBLIC_URL, token: str | None = None) -> None:
    """Serve the UI over ``store`` from ``app``: its pages at ``/`` and its stylesheet and script at ``/static``
    (from the package: no CDN at run time); the watches page and feeds (``watches``) with ``public_url`` in their
    links, managed with ``token``."""
    from .watches import watch_router

    app.include_router(web_router(store))
    app.include_router(watch_router(store, public_url=public_url, token=token))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def web_router(store: Store) -> APIRouter:
    """The UI's routes over ``store`` (``mount_web`` adds the static files they link to). Each page reads the store
    through the same views as its JSON twin under ``/api`` (``veille.api.views``)."""
    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

    @router.get("/")
    def search_page(request: Request, q: str = "", entity: str | None = None, page: PageNumber = 1):
        filters = {"entity": entity or None}
        result, places = read(store, lambda session: (
            search(session, q or None, **filters, limit=PAGE_SIZE, offset=offset_of(page)),
            search_places(session, q or None, **filters)))
        return _render(request, "search.html", q=q, entity=entity or "", result=result, page=page,
                       pages=page_count(result.total), place_map=place_map(places))

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
    def entity_page(request: Request, entity_id: StoreId):
        profile, facts, places = read(store, lambda session: (entity_profile(session, str(entity_id)),
                                                              timeline(session, str(entity_id)),
                                                              entity_places(session, str(entity_id))))
        if profile is None:
            raise HTTPException(404, f"no entity {entity_id}")
        return _render(request, "entity.html", profile=profile, facts=facts.items if facts else [],
                       bars=timeline_bars(profile.mentions_over_time), nodes=relation_nodes(profile.co_occurring),
                       width=WIDTH, height=HEIGHT, graph=GRAPH_SIZE, place_map=place_map(places))

    @router.get("/stories")
    def stories_page(request: Request, page: PageNumber = 1):
        result = read(store, list_stories, limit=PAGE_SIZE, offset=offset_of(page))
        return _render(request, "stories.html", result=result, page=page)

    @router.get("/stories/{story_id}")
    def story_page(request: Request, story_id: StoreId):
        detail, places = read(store, lambda session: (story(session, story_id), story_places(session, story_id)))
        if detail is None:
            raise HTTPException(404, f"no story {story_id}")
        return _render(request, "story.html", detail=detail, points=story_points(detail.timeline), width=WIDTH,
                       height=HEIGHT, place_map=place_map(places))

    return router


def _render(request: Request, template: str, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context)
