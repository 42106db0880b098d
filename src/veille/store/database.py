"""Where the store lives and how it is opened: one SQLite file under the data directory, or a database URL.

Opening a store brings its schema to the newest migration (``alembic upgrade head``), so a store made by an older
veille is upgraded in place and a new one is created empty.

Any number of veille processes may share one store (several ``veille ingest``, searches, one ``veille serve``):

1. Readers never wait: SQLite runs in WAL mode, PostgreSQL is PostgreSQL.
2. Writers take turns, each transaction holding the store's one write lock from its first statement
   (``Store.write``): SQLite's ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock. What a writer reads inside its
   transaction ("is this article stored already?") therefore stays true until it commits.
3. Creating and upgrading the schema is a write like any other: a second process opening a new store waits for
   the first to create it, then finds it made.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .. import settings
from ..errors import StoreError
from ..settings import STORE_FILE

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 60_000
"""How long a SQLite writer waits for the one before it: a batch of an ingest or a migration takes seconds."""
WRITE_LOCK = 0x7665696C6C65  # "veille": the PostgreSQL advisory lock key of rule 2
_WRITE = "veille_write"


def store_url(db: str | None = None, data_directory: str | os.PathLike | None = None) -> str:
    """The database URL: ``db``, else ``$VEILLE_DB``, else the SQLite file in the data directory (``data_directory``,
    else ``$VEILLE_DATA_DIR``, else ``~/.local/share/veille``), whose folder is made if needed."""
    resolved = settings.resolve(db=db, data_dir=data_directory)
    if resolved.store_url == f"sqlite:///{resolved.data_dir / STORE_FILE}":
        resolved.data_dir.mkdir(parents=True, exist_ok=True)
    return resolved.store_url


class Store:
    """An open store: its engine and a session factory. The CLI, and later the API, each hold one."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writing(engine), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, connections: int | None = None) -> Store:
        """Connect to ``url`` and upgrade its schema to the newest migration; StoreError when that fails.

        connections (int | None): the connections kept open for threads that read at once (a server's workers);
            SQLAlchemy's default pool (5, and 10 more on demand) when None.
        """
        try:
            engine = create_engine(url, **_pool_options(url, connections))
        except SQLAlchemyError as exc:  # a malformed URL, or a database whose driver is not installed
            raise StoreError(f"cannot open the store {url!r}: {exc}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        try:
            upgrade(engine)
        except (SQLAlchemyError, CommandError) as exc:
            engine.dispose()
            raise StoreError(f"cannot open the store {engine.url!r}: {exc}") from exc
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises (for reading)."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction holding the store's write lock from its start (rule 2 of the module docstring): keep it
        short, the other writers wait for it."""
        with self._writers.begin() as session:
            lock_for_writing(session.connection())
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _pool_options(url: str, connections: int | None) -> dict[str, int]:
    """A pool of ``connections`` (as many again on demand, for an ingest's short reads beside its write), for
    databases that have a pool to size (not SQLite in memory)."""
    if connections is None or make_url(url).database in (None, "", ":memory:"):
        return {}
    return {"pool_size": connections, "max_overflow": connections, "pool_timeout": 120}


def upgrade(engine: Engine) -> None:
    """Run the migrations shipped in the package up to ``head`` on ``engine``'s database, in one transaction that
    holds the write lock (rule 3): of two processes creating a store at once, the second finds it made."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with writing(engine).begin() as connection:
        lock_for_writing(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def writing(engine: Engine) -> Engine:
    """The engine whose transactions start with the write lock (SQLite: ``BEGIN IMMEDIATE``)."""
    return engine.execution_options(**{_WRITE: True})


def lock_for_writing(connection: Connection) -> None:
    """Take PostgreSQL's store-wide write lock for the rest of the transaction (SQLite took its own at BEGIN)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """A busy timeout first, so that two veille processes wait for each other instead of failing, even over the
    pragmas that follow; foreign keys on (SQLite leaves them off, and layer rows rely on ON DELETE CASCADE); WAL
    so that readers never block the ingest. pysqlite's own transaction handling is turned off: it would begin
    transactions only at the first write and commit before DDL, and veille begins them itself (``_sqlite_begin``)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    _into_wal(cursor)
    cursor.close()


def _into_wal(cursor: sqlite3.Cursor) -> None:
    """Put the database in WAL mode (it stays so in the file). Of processes opening a new file at once, all but one
    find it locked, and SQLite answers this pragma at once instead of waiting the busy timeout: they wait here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(connection: Connection) -> None:
    """Begin SQLite transactions as veille means them: writers with the write lock at once, readers without."""
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(_WRITE) else "BEGIN")
