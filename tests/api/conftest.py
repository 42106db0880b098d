"""API fixtures: the seed article and the store tests' corpus ingested once per backend (SQLite, and PostgreSQL
when $VEILLE_TEST_DB is set), served in-process by a TestClient; a fresh store per test for ingest."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from veille.api import ApiSettings, create_app
from veille.store import Store, ingest

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="session")
def corpus_store(session_database, corpus, replay_analyse):
    """A store holding the seed article and the four corpus articles, shared by every read-only test."""
    with Store.open(session_database) as store:
        ingest(store, corpus(), analyse=replay_analyse)
        yield store


@pytest.fixture(scope="session")
def client(corpus_store, replay_analyse):
    """The API over the corpus store, with writes allowed to the test token (no test writes through it)."""
    return TestClient(create_app(corpus_store, ApiSettings(token=TOKEN), analyse=replay_analyse),
                      base_url="http://localhost")


@pytest.fixture
def writable(database, replay_analyse):
    """A TestClient over an empty store of its own, with writes allowed to the test token."""
    with Store.open(database) as store:
        yield TestClient(create_app(store, ApiSettings(token=TOKEN), analyse=replay_analyse),
                         base_url="http://localhost")
