"""Store fixtures: a fresh store per test on each backend (SQLite, and PostgreSQL when $VEILLE_TEST_DB is set).

``replay_analyse`` and ``corpus`` (the seed article and the four corpus articles) are in the root conftest: the
API tests use them too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from veille.ingest import read_inputs
from veille.store import Store, ingest
from veille.store import models

SEED = Path(__file__).resolve().parents[2] / "examples" / "article-fr-poutine-pyongyang.txt"
DEMO_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "corpus.jsonl"
TABLES = (models.Article, models.Entity, models.EntityAlias, models.ArticleEntity, models.Mention, models.Quote,
          models.QuoteSpeaker, models.Timex, models.Event, models.IngestError, models.ArticleBand,
          models.DuplicateGroup, models.DuplicateMember, models.Story, models.StoryArticle)


@pytest.fixture
def store(database):
    with Store.open(database) as opened:
        yield opened


@pytest.fixture
def ingested(store, corpus, replay_analyse):
    """The store with the seed article and the corpus ingested."""
    ingest(store, corpus(), analyse=replay_analyse)
    return store


@pytest.fixture
def demo(store, replay_analyse):
    """The store with the example corpus (examples/corpus) ingested in file order."""
    ingest(store, read_inputs([DEMO_CORPUS]), analyse=replay_analyse)
    return store


@pytest.fixture
def row_counts():
    """How many rows each table of a store holds."""

    def count(store) -> dict[str, int]:
        with store.session() as session:
            return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) for table in TABLES}

    return count
