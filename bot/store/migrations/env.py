"""Alembic's environment: which database, which schema (bot.store.metadata, for autogenerate).

Run by bot.migrations.upgrade (with a connection it already holds) and by the `alembic`
command for developers (`alembic revision --autogenerate -m "…"`, using DATABASE_URL or
ESCALATION_DB like the bot).
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.store import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:  # the `alembic` command: the bot's own database (DATABASE_URL, else ESCALATION_DB)
        from bot.app.settings import Settings

        url = Settings.from_env().store_url
    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.connect() as connection:
            _migrate(connection)
            connection.commit()
    finally:
        engine.dispose()


def _migrate(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run them against the database")
run()
