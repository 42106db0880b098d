"""The application: ``create_app(store, settings)`` gives the FastAPI app that ``veille serve`` runs.

The API lives under ``/api`` (its spec at ``/api/openapi.json``, its docs at ``/api/docs``) and ``/`` is left to
the web UI, which adds its own routes to the same app. The API reads through ``veille.store`` only; writes
(``POST /api/ingest``) need both a token and the analysis function, which the caller passes in, so that the API
never loads the pipeline itself.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from .. import __version__
from ..store import Store
from ..store.ingest import Analyser
from .errors import install_error_handlers
from .routes import router


@dataclass(frozen=True)
class ApiSettings:
    """How the API is served. ``token``: the bearer token that allows writes; without one, the API is read-only."""

    token: str | None = None


def create_app(store: Store, settings: ApiSettings = ApiSettings(), *, analyse: Analyser | None = None) -> FastAPI:
    """The API over an open store.

    store (Store): the store every request reads (and ingest writes).
    settings (ApiSettings): the token, if writes are allowed.
    analyse (Analyser | None): ``veille.nlp.analyse`` with its pipeline bound, for ingest; None: read-only.
    RETURNS (FastAPI): the app, with the API mounted under ``/api``.
    """
    app = FastAPI(
        title="veille", version=__version__, openapi_url="/api/openapi.json", docs_url="/api/docs", redoc_url=None,
        description="Search and browse a store of analysed French news: articles, entities, quotes, timelines.",
    )
    app.state.store, app.state.settings, app.state.analyse = store, settings, analyse
    app.state.write_lock = threading.Lock()  # one ingest at a time: the pipeline and SQLite both want it so
    install_error_handlers(app)
    app.include_router(router)
    return app


def openapi_spec() -> dict[str, Any]:
    """The API's OpenAPI document, as the app serves it (it does not depend on the store's content)."""
    with Store.open("sqlite://") as store:
        return create_app(store).openapi()


def openapi_text() -> str:
    """The spec as ``docs/openapi.json`` holds it: indented, keys in the app's order, one final newline."""
    return json.dumps(openapi_spec(), ensure_ascii=False, indent=2) + "\n"
