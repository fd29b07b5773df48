"""The store's schema comes from Alembic migrations, on SQLite and on PostgreSQL alike."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.store import Store, metadata, migrations


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'escalations.sqlite3'}"
    return request.getfixturevalue("postgres").database("migrations_test")


def revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return migrations.current(conn)


def test_the_migrations_make_exactly_the_schema_the_store_declares(db_url):
    """Fails when bot/store.py changes without a revision (alembic revision --autogenerate)."""
    store = Store.from_url(db_url)
    store.create_schema()
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    store.close()
    assert differences == [], f"bot/store.py and bot/migrations/versions/ disagree: {differences}"


def test_create_schema_upgrades_to_head_and_is_idempotent(db_url):
    store = Store.from_url(db_url)
    store.create_schema()
    assert revision(store) == migrations.head()
    esc = store.create_escalation("slack", "U1", {}, "Fråga?", "sv", "", [], "r", deliver_as="slack.escalation_card")
    store.create_schema()  # a restart: nothing to do, nothing lost
    assert store.get_escalation(esc.id).question == "Fråga?" and len(store.list_deliveries()) == 1
    store.close()


def test_a_database_made_before_migrations_keeps_its_rows_and_is_stamped(db_url):
    """What the old create_schema left (tables, no alembic_version), even with columns missing."""
    old = Store.from_url(db_url)
    metadata.create_all(old.engine)
    with old.engine.begin() as conn:
        conn.execute(text("ALTER TABLE questions DROP COLUMN anonymised_at"))
        conn.execute(text("DROP TABLE key_values"))
        conn.execute(text(
            "INSERT INTO escalations (platform, asker_id, origin, question, language, bot_answer, sources, reason, "
            "status, created_at, updated_at, reminders) VALUES ('slack', 'U1', '{}', 'Gammal fråga?', 'sv', '', '[]', "
            "'', 'sent', '2025-03-07 13:00:00', '2025-03-07 13:00:00', 0)"))
    old.close()

    store = Store.from_url(db_url)
    store.create_schema()
    assert revision(store) == migrations.head()
    [esc] = store.list_escalations()
    assert esc.question == "Gammal fråga?" and esc.created_at == datetime(2025, 3, 7, 13, tzinfo=timezone.utc)
    assert "anonymised_at" in {c["name"] for c in inspect(store.engine).get_columns("questions")}
    store.set_value("k", {"v": 1})
    assert store.get_value("k") == {"v": 1}
    store.close()


def test_replicas_starting_together_migrate_once(db_url):
    """Four processes' worth of stores upgrading the same empty database at the same moment."""
    stores = [Store.from_url(db_url) for _ in range(4)]
    go, errors = threading.Barrier(len(stores)), []

    def start(store: Store) -> None:
        go.wait()
        try:
            store.create_schema()
        except Exception as e:  # collected, so the test shows what went wrong
            errors.append(e)

    threads = [threading.Thread(target=start, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with stores[0].engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    assert {revision(s) for s in stores} == {migrations.head()}
    for s in stores:
        s.close()


def test_the_migrations_go_down_and_up_again(db_url):
    from alembic import command

    store = Store.from_url(db_url)
    store.create_schema()
    with store.engine.connect() as conn:
        command.downgrade(migrations.config(conn), "base")
        conn.commit()
        assert not inspect(conn).has_table("escalations")
    store.create_schema()
    assert inspect(store.engine).has_table("escalations") and revision(store) == migrations.head()
    store.close()


def test_python_m_bot_migrate_upgrades_then_says_there_is_nothing_to_do(db_url, monkeypatch, capsys):
    from bot.app import cli

    monkeypatch.setenv("DATABASE_URL", db_url)
    assert cli.main(["migrate"]) == 0
    assert f"upgraded from an empty database to {migrations.head()}" in capsys.readouterr().out
    assert cli.main(["migrate"]) == 0
    assert f"at {migrations.head()} (newest), nothing to do" in capsys.readouterr().out
