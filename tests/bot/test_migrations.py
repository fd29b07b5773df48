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


def test_revision_0003_keeps_teams_coordinators_by_id_where_the_database_knows_it(db_url):
    """Teams rows written before 0003 named the coordinator by display name; a name the database ties to
    one id (here through the card's conversation reference) becomes that id, others stay as they were.
    Escalations get the question they were asked from, from their idempotency keys."""
    from alembic import command
    from sqlalchemy import insert

    store = Store.from_url(db_url)
    with store.engine.connect() as conn:
        command.upgrade(migrations.config(conn), migrations.INITIAL)
        conn.commit()
    old = migrations._scripts().get_revision(migrations.INITIAL).module.schema().tables
    when = datetime(2025, 3, 3, 9, tzinfo=timezone.utc)
    cora = {"id": "29:cora", "aadObjectId": "aad-cora", "name": "Cora Samordnare"}
    anna = {"id": "29:anna", "aadObjectId": "aad-anna", "name": "Anna Asker"}
    common = dict(language="sv", bot_answer="", sources=[], reason="", created_at=when, updated_at=when, reminders=0)
    with store.engine.begin() as conn:
        conn.execute(insert(old["escalations"]).values(
            id=1, platform="teams", asker_id="aad-anna", key="teams:answer:7", question="Fråga 1", status="resolved",
            origin={"asker_name": "Anna Asker", "conversation": {"conversation_reference": {"user": anna}}},
            card={"where": {"conversation": {"conversation_reference": {"user": cora}}}, "activity_id": "9"},
            reply_author="Cora Samordnare", resolved_by="Cora Samordnare", approved_by="Dora Okänd", **common))
        conn.execute(insert(old["escalations"]).values(
            id=2, platform="slack", asker_id="U2", key="slack:12:U2", question="Fråga 2", status="answered",
            origin={"channel": "C1"}, reply_author="UCOORD", **common))
        conn.execute(insert(old["escalations"]).values(
            id=3, platform="teams", asker_id="aad-bertil", key=None, question="Fråga 3", status="answered",
            origin={"asker_name": "Anna Asker"}, reply_author="Anna Asker", **common))  # Anna has two ids now
    store.create_schema()
    assert revision(store) == migrations.head()
    one, two, three = (store.get_escalation(i) for i in (1, 2, 3))
    assert (one.reply_author, one.resolved_by, one.approved_by) == ("aad-cora", "aad-cora", "Dora Okänd")
    assert (one.question_id, two.question_id, three.question_id) == (7, 12, None)
    assert two.reply_author == "UCOORD" and three.reply_author == "Anna Asker"  # ambiguous: left
    store.close()
