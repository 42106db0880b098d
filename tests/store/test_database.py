"""Opening the store: where its file lives, and a schema that the migrations build exactly as the models say."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from veille.errors import StoreError
from veille.store import Store, store_url
from veille.store.database import STORE_FILE
from veille.store.models import Base

SEARCH_INDEX = ("articles_fts", "search_vector")
"""What the migrations build for full-text search outside the models: SQLite's FTS5 table, PostgreSQL's column."""


def test_store_migrations_build_the_schema_of_the_models(store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [diff for diff in differences if not any(name in str(diff) for name in SEARCH_INDEX)] == []


def test_store_opens_again_at_the_same_schema(tmp_path):
    url = store_url(data_directory=tmp_path)
    for _ in range(2):
        Store.open(url).close()
    assert (tmp_path / STORE_FILE).is_file()


def test_store_file_is_under_veille_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_DATA_DIR", str(tmp_path / "data"))
    assert store_url() == f"sqlite:///{tmp_path / 'data' / STORE_FILE}"


def test_store_db_url_wins_over_the_data_dir(tmp_path):
    assert store_url("postgresql+psycopg://veille@db/veille", tmp_path) == "postgresql+psycopg://veille@db/veille"


def test_store_that_cannot_be_opened_is_a_store_error(tmp_path):
    (tmp_path / STORE_FILE).write_bytes(b"not a database, just bytes " * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open(store_url(data_directory=tmp_path))


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://host/base"])
def test_store_url_that_cannot_be_used_is_a_store_error(url):
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open(url)
