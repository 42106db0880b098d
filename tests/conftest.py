"""Fixtures shared across the test suite: the pipeline (loaded once), the seed article and the shared/ data, and
the databases the store and the API are tested on (SQLite always, PostgreSQL when $VEILLE_TEST_DB names a server)."""

from __future__ import annotations

import copy
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "examples" / "article-fr-poutine-pyongyang.txt"
STORE_CORPUS = REPO / "tests" / "store" / "data" / "corpus.jsonl"
TEST_DB = "VEILLE_TEST_DB"
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config):
    config.addinivalue_line("markers", "issue(number): a test pinned to a filed issue")


def need_shared(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when shared/ is not beside the checkout."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: shared/ must sit beside the checkout for this test")
    return path


@pytest.fixture(scope="session")
def nlp():
    from veille.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse one French text (optionally with a publication date) and return its Analysis."""
    from veille.ingest import article_from_text
    from veille.pipeline import analyse

    def run(text: str, dct: str | None = None):
        article = article_from_text(text, id="test", dct=dct, lang="fr")
        return next(analyse([article], nlp=nlp))

    return run


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    from veille.ingest import read_inputs
    from veille.pipeline import analyse

    return next(analyse(read_inputs([SEED_TEXT]), nlp=nlp))


@pytest.fixture(scope="session")
def seed_expected():
    return json.loads(need_shared("seed/expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def replay_analyse(nlp):
    """``veille.pipeline.analyse`` with each distinct article analysed once per session (the model is slow next to the
    store): its Analysis is replayed, copied, whenever a test ingests the article again."""
    from veille.ingest import Rejected
    from veille.pipeline import analyse

    done = {}

    def run(items):
        for item in items:
            if isinstance(item, Rejected):
                yield from analyse([item], nlp=nlp)
                continue
            key = (item.id, item.text, item.url, item.title, item.dct, item.lang)
            if key not in done:
                done[key] = next(analyse([item], nlp=nlp))
            yield copy.deepcopy(done[key])

    return run


@pytest.fixture(scope="session")
def corpus():
    """The inputs of the store and API tests, read afresh: the seed article and the four corpus articles."""
    from veille.ingest import read_inputs

    return lambda: read_inputs([SEED_TEXT, STORE_CORPUS])


@contextmanager
def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file in ``folder``, or a database created for the caller on the
    PostgreSQL server of $VEILLE_TEST_DB and dropped afterwards (the test is skipped when that is not set)."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'veille.sqlite'}"
        return
    server = os.environ.get(TEST_DB)
    if not server:
        pytest.skip(f"PostgreSQL: {TEST_DB} is not set (.ci/run starts a server and sets it)")
    from sqlalchemy import create_engine, make_url, text

    name = f"veille_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request):
    """Each database the store is tested on: ``sqlite``, then ``postgresql``."""
    return request.param


@pytest.fixture
def database(backend, tmp_path):
    """An empty database of each backend, one per test."""
    with fresh_database(backend, tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def session_database(backend, tmp_path_factory):
    """An empty database of each backend, one per test session (for read-only tests that share a store)."""
    with fresh_database(backend, tmp_path_factory.mktemp("database")) as url:
        yield url
