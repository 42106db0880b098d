"""Where the store lives and how it is opened: one SQLite file under the data directory, or a database URL.

Opening a store brings its schema to the newest migration (``alembic upgrade head``), so a store made by an older
veille is upgraded in place and a new one is created empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError

STORE_FILE = "veille.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def data_dir(path: str | os.PathLike | None = None) -> Path:
    """The data directory: ``path``, else ``$VEILLE_DATA_DIR``, else ``~/.local/share/veille`` (as the KB's)."""
    if path is not None:
        return Path(path).expanduser()
    if os.environ.get("VEILLE_DATA_DIR"):
        return Path(os.environ["VEILLE_DATA_DIR"]).expanduser()
    return Path.home() / ".local" / "share" / "veille"


def store_url(db: str | None = None, data_directory: str | os.PathLike | None = None) -> str:
    """The database URL: ``db`` when given (e.g. ``postgresql+psycopg://…``), else the SQLite file in the data dir."""
    if db:
        return db
    folder = data_dir(data_directory)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / STORE_FILE}"


class Store:
    """An open store: its engine and a session factory. The CLI, and later the API, each hold one."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url`` and upgrade its schema to the newest migration; StoreError when that fails."""
        try:
            engine = create_engine(url)
        except SQLAlchemyError as exc:  # a malformed URL, or a database whose driver is not installed
            raise StoreError(f"cannot open the store {url!r}: {exc}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            upgrade(engine)
        except (SQLAlchemyError, CommandError) as exc:
            engine.dispose()
            raise StoreError(f"cannot open the store {engine.url!r}: {exc}") from exc
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def upgrade(engine: Engine) -> None:
    """Run the migrations shipped in the package up to ``head`` on ``engine``'s database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Foreign keys on (SQLite leaves them off, and layer rows rely on ON DELETE CASCADE); WAL so readers never block
    the ingest; a busy timeout so two veille processes wait for each other instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()
