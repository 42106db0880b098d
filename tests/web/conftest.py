"""A store for the web UI tests: the reference article, the store tests' small corpus, and an article whose text
holds markup (it must show as text, never run)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_TEXT as SEED, STORE_CORPUS as CORPUS
from veille.ingest import article_from_text, read_inputs
from veille.pipeline import analyse
from veille.store import Store, ingest, store_url
from veille.api import create_app
from veille.web import mount_web

HOSTILE_TEXT = (
    "Le maire de Nancy a dénoncé mardi une tentative de piratage. "
    "Le message contenait <script>window.hacked = true; alert('x')</script> et <img src=x onerror=\"window.hacked=1\">."
)


@pytest.fixture(scope="package")
def web_store(tmp_path_factory, nlp):
    items = list(read_inputs([SEED, CORPUS]))
    items.append(article_from_text(HOSTILE_TEXT, id="piratage", dct="2024-06-25", lang="fr"))
    with Store.open(store_url(data_directory=tmp_path_factory.mktemp("web"))) as store:
        ingest(store, items, analyse=lambda batch: analyse(batch, nlp=nlp))
        yield store


@pytest.fixture(scope="package")
def web_app(web_store):
    """The application ``veille serve`` runs: the API, then the pages, over the web store."""
    app = create_app(web_store)
    mount_web(app, web_store)
    return app
