"""The watches page (``/watches``): the watches with their feeds, a form to add one and a button to remove one;
and each watch's Atom feed (``/watches/{id}.atom``) for feed readers.

The page lists names, criteria and counts, never the URLs a watch sends to (they may hold passwords: the API
shows them, hidden in part, to the token's holder). Adding and removing need the server's token, typed in the
form: without a token the server is read-only, and so is this page. Forms are read from the urlencoded body
with the standard library (FastAPI's own form parsing needs one more package).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from ..api.guard import token_problem
from ..api.views import read
from ..store import Store
from ..watch import WatchError, WatchSpec, add_watch, atom_feed, list_watches, remove_watch
from ..watch.watches import CRITERIA
from .pages import TEMPLATES

_INT32 = 2**31 - 1
WatchId = Annotated[int, PathParam(ge=1, le=_INT32)]
FIELDS = ("name", *CRITERIA, "notify", "digest")
LABELS = {"entity": "Entité", "speaker": "Qui parle", "about": "De qui parle-t-on", "event_type": "Type d'événement",
          "mode": "Mode", "modality": "Modalité", "actor": "Acteur", "target": "Cible", "place": "Lieu",
          "country": "Pays (UA, FR…)", "words": "Mots", "source": "Source (site)"}


def watch_router(store: Store, *, public_url: str, token: str | None) -> APIRouter:
    router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

    @router.get("/watches")
    def watches_page(request: Request):
        return _page(request, store, token)

    @router.post("/watches")
    async def add_watch_form(request: Request):
        form = await _form(request)
        if (refused := _refused(token, form)) is not None:
            return _page(request, store, token, error=refused, form=form, status=403)
        spec = WatchSpec(**{name: form.get(name) or None for name in FIELDS if name != "name"}, name=form.get("name", ""))
        try:
            made = add_watch(store, spec)
        except WatchError as error:
            return _page(request, store, token, error=str(error), form=form, status=422)
        return _page(request, store, token, done=f"Veille « {made.name} » ajoutée.")

    @router.post("/watches/{watch_id}/remove")
    async def remove_watch_form(request: Request, watch_id: WatchId):
        form = await _form(request)
        if (refused := _refused(token, form)) is not None:
            return _page(request, store, token, error=refused, status=403)
        if not remove_watch(store, watch_id):
            raise HTTPException(404, f"no watch {watch_id}")
        return _page(request, store, token, done="Veille supprimée.")

    @router.get("/watches/{watch_id}.atom", response_class=Response)
    def watch_feed(watch_id: WatchId):
        feed = read(store, atom_feed, watch_id, public_url)
        if feed is None:
            raise HTTPException(404, f"no watch {watch_id}")
        return Response(feed, media_type="application/atom+xml")

    return router


async def _form(request: Request) -> dict[str, str]:
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0].strip() for name, values in fields.items() if values}


def _refused(token: str | None, form: dict[str, str]) -> str | None:
    """Why the form's token does not allow the change (the API's own check), in French; None: allowed."""
    problem = token_problem(token, f"Bearer {form.get('token', '')}")
    if problem is None:
        return None
    return ("Ce serveur est en lecture seule : lancez-le avec un jeton pour gérer les veilles."
            if problem.code == "read_only" else "Le jeton n'est pas le bon.")


def _page(request: Request, store: Store, token: str | None, *, error: str | None = None, done: str | None = None,
          form: dict[str, str] | None = None, status: int = 200) -> HTMLResponse:
    context = {"watches": read(store, list_watches), "error": error, "done": done, "form": form or {},
               "criteria": [(name, LABELS[name]) for name in CRITERIA], "writable": bool(token)}
    return TEMPLATES.TemplateResponse(request, "watches.html", context, status_code=status)
