"""Engine creation (SQLite WAL by default, PostgreSQL by URL) and schema migrations.

Migrations are Alembic's, run programmatically at start-up (``migrate``): the scripts ship
inside the package, so ``serve`` on an empty SQLite file or a new PostgreSQL database needs no
set-up, and an upgraded service moves an existing database forward.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, func, make_url, select

MIGRATIONS = Path(__file__).parent / "migrations"
#: How long a SQLite connection waits for another one's write lock.
SQLITE_BUSY_SECONDS = 10
DEFAULT_DB_URL = "sqlite:///takeitdown-intake.sqlite3"


def database_url(url: str | URL) -> URL:
    """``url`` parsed; ``postgresql://`` and ``postgres://`` without a driver mean psycopg (3),
    the driver the ``intake`` extra installs (SQLAlchemy would look for psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def memory_database_url(name: str) -> str:
    """A SQLite database that lives in this process's memory only, under ``name``.

    It uses SQLite's ``memdb`` VFS, whose connections lock the database as a file's do (a
    writer waits the busy timeout for readers), not a shared cache: the shared cache's
    table locks refuse at once ("database table is locked") when a platform reads the feed
    while a report is stored. It vanishes when its last connection closes.
    """
    return f"sqlite:///file:/takeitdown-{name}?vfs=memdb&uri=true"


def is_memory_database(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or url.query.get("vfs") == "memdb"


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url``; SQLite files get WAL, ``synchronous=FULL``, a busy timeout and
    foreign keys."""
    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = is_memory_database(parsed)
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS},
            pool_size=8,
            # A memory database dies with its last connection: never close pooled ones.
            max_overflow=0 if in_memory else 10,
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            if not in_memory:
                _use_wal(cursor)
                # FULL: a commit returns only after the WAL is fsynced, so a receipt (201)
                # survives a power cut. NORMAL would sync only at checkpoints.
                cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted fingerprints are overwritten, not left in free pages.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch a database file to write-ahead logging (a no-op once it is).

    The switch needs the file to itself, and SQLite answers "database is locked" at once
    instead of waiting the busy timeout: when services start together on a new file, one is
    switching or migrating while the others connect. So wait here, as the timeout would.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


#: Key of the PostgreSQL advisory lock that services hold while they migrate ("TIDmigr").
MIGRATION_LOCK_KEY = 0x5449_446D_6967_72


def migrate(engine: Engine) -> None:
    """Bring the schema up to date (a no-op when it already is).

    Several services may start at once on one new database (replicas, or a restart racing
    the old process). Each takes the database's migration lock, then looks again: the first
    builds the schema, the others find it current. The lock is PostgreSQL's advisory lock,
    or SQLite's write lock (``BEGIN IMMEDIATE``, waiting up to the busy timeout); either is
    released when the migration's transaction ends.
    """
    if current_revision(engine) == head_revision():
        return
    config = _alembic_config()
    with _migration_lock(engine) as connection:
        if MigrationContext.configure(connection).get_current_revision() == head_revision():
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the database's migration lock; committed when
    the block ends, rolled back if it raises."""
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
                yield connection
            return
        # Python's sqlite3 opens transactions only before INSERT/UPDATE/DELETE, so Alembic's
        # CREATE TABLEs would each commit alone. Take the transaction into our own hands for
        # this connection: BEGIN IMMEDIATE holds the write lock from the first statement on.
        #
        # Foreign keys are off meanwhile (SQLite ignores the pragma inside a transaction): a
        # batch migration rebuilds a table by copying it and dropping the original, and with
        # them on, dropping ``reports`` would cascade into ``items`` and delete every item.
        # ``foreign_key_check`` proves nothing was left dangling before the commit.
        driver = connection.connection.driver_connection
        assert driver is not None
        previous = driver.isolation_level
        driver.isolation_level = None
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield connection
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if dangling:
                    raise RuntimeError(f"the migration left {len(dangling)} dangling rows")
            except BaseException:
                driver.rollback()
                raise
            driver.commit()
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            driver.isolation_level = previous
