"""The application: ``create_app(store, settings)`` gives the FastAPI app that ``veille serve`` runs.

The API lives under ``/api`` (its spec at ``/api/openapi.json``, its docs at ``/api/docs``) and ``/`` is left to
the web UI, which adds its own routes to the same app. The API reads through ``veille.store`` only; writes
(``POST /api/ingest``) need both a token and the analysis function, which the caller passes in, so that the API
never loads the pipeline itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..settings import PUBLIC_URL
from ..store import Store
from ..store.ingest import Analyser
from ..watch import after_batch
from .errors import install_error_handlers
from .guard import RequestGuard
from .routes import router

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
WORKERS = 8
"""Requests answered at once (the others wait their turn): the store's pool holds as many connections."""
MAX_INGEST_BYTES = 32 * 1024 * 1024
"""The largest ``POST /api/ingest`` body: dozens of articles; a larger corpus goes in several requests."""


@dataclass(frozen=True)
class ApiSettings:
    """How the API is served.

    token (str | None): the bearer token that allows writes; without one, the API is read-only.
    workers (int): requests answered at once, each in a thread with a connection of its own.
    allowed_hosts (tuple[str, ...]): the Host headers answered (``veille.api.guard`` rule 1); ``("*",)`` for any.
    max_body_bytes (int): the largest ingest request.
    public_url (str): where the server is reached, for the article links of watch notifications.
    """

    token: str | None = None
    workers: int = WORKERS
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    max_body_bytes: int = MAX_INGEST_BYTES
    public_url: str = PUBLIC_URL


def create_app(store: Store, settings: ApiSettings = ApiSettings(), *, analyse: Analyser | None = None) -> FastAPI:
    """The API over an open store.

    store (Store): the store every request reads (and ingest writes).
    settings (ApiSettings): the token, if writes are allowed.
    analyse (Analyser | None): ``veille.pipeline.analyse`` with its pipeline bound, for ingest; None: read-only.
    RETURNS (FastAPI): the app, with the API mounted under ``/api``.
    """
    app = FastAPI(
        title="veille", version=__version__, openapi_url="/api/openapi.json", docs_url="/api/docs", redoc_url=None,
        description="Search and browse a store of analysed French news: articles, entities, quotes, timelines.",
        lifespan=_threads(settings.workers),
    )
    app.state.store, app.state.settings, app.state.analyse = store, settings, analyse
    app.state.write_lock = threading.Lock()  # one ingest at a time: the pipeline is loaded once
    app.state.after_batch = after_batch(store, settings.public_url)  # the watches, after each ingest batch
    install_error_handlers(app)
    app.include_router(router)
    app.add_middleware(RequestGuard, token=settings.token, writable=analyse is not None,
                       max_body_bytes=settings.max_body_bytes)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    return app


def _threads(workers: int):
    """A lifespan that gives the server ``workers`` threads for its routes (AnyIO's default is 40, more than the
    store has connections: the extra requests waited on the pool, then failed)."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = workers
        yield

    return lifespan


def openapi_spec() -> dict[str, Any]:
    """The API's OpenAPI document, as the app serves it (it does not depend on the store's content)."""
    with Store.open("sqlite://") as store:
        return create_app(store).openapi()


def openapi_text() -> str:
    """The spec as ``docs/openapi.json`` holds it: indented, keys in the app's order, one final newline."""
    return json.dumps(openapi_spec(), ensure_ascii=False, indent=2) + "\n"
