"""Reminders count working hours only, are queued exactly once per round, and stop once answered."""
from __future__ import annotations

import threading
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from bot.coordinator.reminders import due_reminders, enqueue_reminders, status_for_asker, status_text
from bot.coordinator.workhours import working_hours_between
from bot.store import Store

STHLM = ZoneInfo("Europe/Stockholm")
KINDS = {"slack": "slack.reminder", "teams": "teams.reminder"}


def local(*args) -> datetime:
    return datetime(*args, tzinfo=STHLM)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now.astimezone(timezone.utc)


FRIDAY_2PM = local(2025, 3, 7, 14, 0)


@pytest.fixture
def clock():
    return Clock(FRIDAY_2PM)


@pytest.fixture
def db_url(tmp_path, new_sqlite):
    return new_sqlite(tmp_path / "escalations.sqlite3")


@pytest.fixture
def store(db_url, clock):
    s = Store.from_url(db_url, clock=clock)
    s.create_schema()
    yield s
    s.close()


def escalate(store: Store, asker="U1", question="Hur mycket traktamente får jag i Bryssel?", platform="slack"):
    return store.create_escalation(platform, asker, {"channel": "C1", "thread_ts": "1.1"}, question, "sv",
                                   "Jag hittar inget.", [], "best evidence too weak")


def test_weekend_and_night_hours_do_not_count():
    assert working_hours_between(local(2025, 3, 7, 16, 0), local(2025, 3, 10, 9, 0)) == pytest.approx(2.0)
    assert working_hours_between(local(2025, 3, 7, 18, 0), local(2025, 3, 10, 7, 0)) == 0.0
    assert working_hours_between(local(2025, 3, 3, 8, 0), local(2025, 3, 10, 8, 0)) == pytest.approx(45.0)
    # the night the clocks go forward (30 March 2025) takes nothing from Monday's nine hours
    assert working_hours_between(local(2025, 3, 28, 17, 0), local(2025, 3, 31, 17, 0)) == pytest.approx(9.0)
    assert working_hours_between(local(2025, 3, 10, 9, 0), local(2025, 3, 7, 9, 0)) == 0.0


def test_swedish_public_holidays_and_the_eves_off_are_not_working_hours():
    # Thursday before midsummer 16:00 → Monday 09:00: midsommarafton (Friday) does not count
    assert working_hours_between(local(2025, 6, 19, 16, 0), local(2025, 6, 23, 9, 0)) == pytest.approx(2.0)
    # långfredagen and annandag påsk: from Thursday 17:00 before Easter to Tuesday 09:00 is one hour
    assert working_hours_between(local(2025, 4, 17, 17, 0), local(2025, 4, 22, 9, 0)) == pytest.approx(1.0)
    # julafton, juldagen, annandag jul (Wed–Fri 2025): Monday 22nd to Monday 29th has Mon + Tue
    assert working_hours_between(local(2025, 12, 22, 8, 0), local(2025, 12, 29, 8, 0)) == pytest.approx(18.0)
    # nationaldagen (6 June) and nyårsafton/nyårsdagen
    assert working_hours_between(local(2025, 6, 6, 8, 0), local(2025, 6, 6, 17, 0)) == 0.0
    assert working_hours_between(local(2025, 12, 31, 8, 0), local(2026, 1, 2, 9, 0)) == pytest.approx(1.0)
    # an ordinary Friday still counts
    assert working_hours_between(local(2025, 6, 13, 8, 0), local(2025, 6, 13, 17, 0)) == pytest.approx(9.0)


def test_friday_afternoon_escalation_is_due_monday_morning_not_on_the_weekend(store, clock):
    """Four working hours: Friday 14–17 gives three, the fourth is Monday 08–09."""
    esc = escalate(store)
    for now in (local(2025, 3, 8, 12, 0), local(2025, 3, 9, 23, 0), local(2025, 3, 10, 8, 59)):
        assert due_reminders(store, now, 4) == [], now
    assert [e.id for e in due_reminders(store, local(2025, 3, 10, 9, 0), 4)] == [esc.id]
    assert due_reminders(store, local(2025, 3, 10, 9, 0), 0) == []  # 0 turns reminders off


def test_reminder_is_queued_once_and_the_next_round_waits_again(store, clock):
    esc = escalate(store)
    clock.now = local(2025, 3, 10, 9, 30)
    assert enqueue_reminders(store, clock.now, 4, KINDS) == [esc.id]
    assert enqueue_reminders(store, clock.now, 4, KINDS) == []  # a second tick: nothing new
    [job] = store.list_deliveries(kind="slack.reminder")
    assert job.dedupe_key == f"remind:{esc.id}:1" and job.escalation_id == esc.id
    assert job.payload == {"escalation_id": esc.id, "round": 1, "working_hours": 4.5,
                           "created_at": FRIDAY_2PM.astimezone(timezone.utc).isoformat()}
    got = store.get_escalation(esc.id)
    assert got.reminders == 1 and got.last_reminded_at == clock()

    clock.now = local(2025, 3, 10, 13, 29)  # 3.98 working hours since the reminder
    assert enqueue_reminders(store, clock.now, 4, KINDS) == []
    clock.now = local(2025, 3, 10, 13, 30)
    assert enqueue_reminders(store, clock.now, 4, KINDS) == [esc.id]
    assert [d.dedupe_key for d in store.list_deliveries(kind="slack.reminder")] == [
        f"remind:{esc.id}:1", f"remind:{esc.id}:2"]


def test_two_replicas_enqueueing_at_once_queue_each_reminder_once(db_url, store, clock):
    ids = [escalate(store, asker=f"U{i}").id for i in range(5)]
    clock.now = local(2025, 3, 10, 10, 0)
    replicas = [Store.from_url(db_url, clock=clock) for _ in range(4)]
    results: list[list[int]] = []
    barrier = threading.Barrier(len(replicas))

    def tick(s: Store) -> None:
        barrier.wait()
        results.append(enqueue_reminders(s, clock.now, 4, KINDS))

    threads = [threading.Thread(target=tick, args=(s,)) for s in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in replicas:
        s.close()
    assert sorted(i for r in results for i in r) == ids
    assert sorted(d.escalation_id for d in store.list_deliveries(kind="slack.reminder")) == ids


def test_an_answered_or_resolved_escalation_gets_no_reminder(store, clock):
    answered, resolved, waiting = escalate(store), escalate(store), escalate(store)
    store.record_reply(answered.id, "Se resepolicyn.", "UCOORD")
    store.mark_resolved(resolved.id, "UCOORD")
    assert enqueue_reminders(store, local(2025, 3, 12, 9, 0), 4, KINDS) == [waiting.id]


def test_a_reply_arriving_after_the_check_still_stops_the_reminder(store, clock):
    esc = escalate(store)
    [due] = due_reminders(store, local(2025, 3, 10, 10, 0), 4)
    store.record_reply(esc.id, "Svar.", "UCOORD")
    assert not store.record_reminder(due.id, 1, "slack.reminder", {"escalation_id": due.id})
    assert store.list_deliveries(kind="slack.reminder") == []


def test_escalations_on_a_platform_without_a_reminder_kind_are_left_alone(store):
    escalate(store, platform="terminal")
    teams = escalate(store, platform="teams")
    assert enqueue_reminders(store, local(2025, 3, 12, 9, 0), 4, KINDS) == [teams.id]
    assert [d.kind for d in store.list_deliveries()] == ["teams.reminder"]


def test_status_for_asker_lists_only_their_escalations_with_status_and_age(store, clock):
    mine = escalate(store, asker="U1", question="Vilka vänorter har vi?")
    escalate(store, asker="U2", question="Någon annans fråga")
    clock.now = local(2025, 3, 10, 10, 0)
    answered = escalate(store, asker="U1", question="Hur söker vi Erasmus+?")
    clock.now = local(2025, 3, 10, 11, 0)
    store.record_reply(answered.id, "Kontakta samordnaren.", "UCOORD")
    clock.now = local(2025, 3, 10, 12, 0)

    items = status_for_asker(store, "U1")
    assert [i["id"] for i in items] == [answered.id, mine.id]
    assert items[1]["status"] == "pending" and items[1]["waiting"]
    assert items[1]["age_hours"] == 70.0 and items[1]["working_hours"] == 7.0
    assert items[0]["status"] == "answered" and not items[0]["waiting"]
    assert items[0]["working_hours"] == 1.0 and items[0]["reply_text"] == "Kontakta samordnaren."
    text_sv = status_text(items, "sv")
    assert f"#{mine.id} skickas till samordnaren (7 arbetstimmar): Vilka vänorter har vi?" in text_sv
    assert "Någon annans fråga" not in text_sv
    assert status_text([], "en") == "You have no questions with the coordinator."


def test_a_database_from_before_reminders_gains_the_columns(db_url, clock):
    old = Store.from_url(db_url, clock=clock)
    old.create_schema()
    with old.engine.begin() as conn:
        conn.execute(text("ALTER TABLE escalations DROP COLUMN last_reminded_at"))
        conn.execute(text("ALTER TABLE escalations DROP COLUMN reminders"))
        conn.execute(text("DROP TABLE alembic_version"))  # it was made before migrations, too
        conn.execute(text(
            "INSERT INTO escalations (platform, asker_id, origin, question, language, bot_answer, sources, "
            "reason, status, created_at, updated_at) VALUES ('slack', 'U1', '{}', 'Gammal fråga?', 'sv', '', "
            "'[]', '', 'sent', '2025-03-07 13:00:00', '2025-03-07 13:00:00')"))
    old.close()

    store = Store.from_url(db_url, clock=clock)
    store.create_schema()
    store.create_schema()  # twice: nothing left to add
    [esc] = store.list_escalations()
    assert esc.question == "Gammal fråga?" and esc.reminders == 0 and esc.last_reminded_at is None
    assert enqueue_reminders(store, local(2025, 3, 10, 9, 0), 4, KINDS) == [esc.id]
    store.close()
