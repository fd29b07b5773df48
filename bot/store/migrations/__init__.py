"""Schema migrations of the store (Alembic; revisions in bot/migrations/versions/).

`upgrade(engine)` brings a database to the newest revision. It is what Store.create_schema(),
`python -m bot migrate` and every server at start run, so several replicas starting at once
must not trip over each other: on PostgreSQL the upgrade holds an advisory lock, on a SQLite
file a lock file beside it. A database created before migrations existed (by the old
create_schema: tables, no alembic_version) is brought up to the initial revision's tables and
columns and stamped with it, then upgraded like any other.

New schema change: edit bot/store.py, then
    alembic revision --autogenerate -m "what changed"      (alembic.ini at the repository root)
and read the generated file; tests/bot/test_migrations.py fails while the two disagree.
"""
from __future__ import annotations

import fcntl
import logging
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
VERSION_TABLE = "alembic_version"
INITIAL = "0001"
_PG_LOCK_KEY = 0x6F6D7661  # "omva": pg_advisory_lock key for migrations


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    """The newest revision."""
    newest = _scripts().get_current_head()
    assert newest is not None, "bot/store/migrations/versions/ has no revision"
    return newest


def current(connection: Connection) -> str | None:
    """The database's revision, or None (no migrations applied)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Migrate to the newest revision; returns (revision before, revision after).

    A database already at the newest revision is only read: no lock is taken (nor its file
    created), so commands that only read work on a read-only database."""
    with engine.connect() as connection:
        before = current(connection)
    if before == head():
        return before, before
    with _migration_lock(engine) as connection:
        before = current(connection)
        connection.commit()
        if before == head():
            return before, before
        if before is None and inspect(connection).has_table("escalations"):
            _adopt(connection)
        command.upgrade(config(connection), "head")
        connection.commit()
        after = current(connection)
        connection.commit()
    log.info("store schema upgraded from %s to %s", before or "nothing", after)
    return before, after


def _adopt(connection: Connection) -> None:
    """A database made by the old create_schema: add what the initial revision has and it lacks
    (tables; nullable or defaulted columns), then record it as being at that revision."""
    schema = _scripts().get_revision(INITIAL).module.schema()
    schema.create_all(connection)
    inspector = inspect(connection)
    for table in schema.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            ddl = f"ALTER TABLE {table.name} ADD COLUMN {column.name} {column.type.compile(connection.dialect)}"
            if column.server_default is not None:
                ddl += f" DEFAULT {column.server_default.arg}"
            if not column.nullable:
                ddl += " NOT NULL"
            connection.execute(text(ddl))
    connection.commit()
    command.stamp(config(connection), INITIAL)
    connection.commit()
    log.info("store created before migrations: brought to revision %s and stamped", INITIAL)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection, held while no other process migrates the same database."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                connection.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        with engine.connect() as connection:
            yield connection
        return
    with open(f"{database}.migrate.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            with engine.connect() as connection:
                yield connection
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
