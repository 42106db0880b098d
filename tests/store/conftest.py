"""Store fixtures: a fresh store per test, and analyses made once per session and replayed.

The French model is slow next to the store, so each distinct input is analysed once with the real
``veille.nlp.analyse`` and its Analysis replayed (copied) whenever a test ingests it again.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from veille.ingest import Rejected, read_inputs
from veille.nlp import analyse
from veille.store import Store, ingest, store_url
from veille.store import models

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus.jsonl"
SEED = Path(__file__).resolve().parents[2] / "examples" / "article-fr-poutine-pyongyang.txt"
DEMO_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "corpus.jsonl"
TABLES = (models.Article, models.Entity, models.EntityAlias, models.ArticleEntity, models.Mention, models.Quote,
          models.QuoteSpeaker, models.Timex, models.Event, models.IngestError, models.ArticleBand,
          models.DuplicateGroup, models.DuplicateMember, models.Story, models.StoryArticle)


@pytest.fixture
def store(tmp_path):
    with Store.open(store_url(data_directory=tmp_path)) as opened:
        yield opened


@pytest.fixture(scope="session")
def replay_analyse(nlp):
    """``veille.nlp.analyse`` with each distinct article analysed once per session."""
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


@pytest.fixture
def corpus():
    """The inputs of the store tests, read afresh: the seed article and the four corpus articles."""
    return lambda: read_inputs([SEED, CORPUS])


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
