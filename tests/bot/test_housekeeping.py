"""The periodic chores: a reminder queued once per due round, expired rows anonymised, settings
from the environment, and a thread that starts only when asked and stops when told."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from bot.app.settings import Settings
from bot.app.wiring import housekeeper
from bot.coordinator.housekeeping import Housekeeper
from bot.store import Store
from ingest.config import ConfigError
from tests.bot.test_reminders import Clock, local

FRIDAY_2PM = local(2025, 3, 7, 14, 0)
TUESDAY_9AM = local(2025, 3, 11, 9, 0)     # 3 + 9 + 1 = 13 working hours later
THURSDAY_9AM = local(2025, 3, 13, 9, 0)    # 31 working hours later


@pytest.fixture
def clock():
    return Clock(FRIDAY_2PM)


@pytest.fixture
def store(tmp_path, new_sqlite, clock):
    s = Store.from_url(new_sqlite(tmp_path / "escalations.sqlite3"), clock=clock)
    s.create_schema()
    yield s
    s.close()


def chores(store, clock, **options) -> Housekeeper:
    options = {"remind_hours": 24, "retention_days": 90, **options}
    return Housekeeper(store, clock=clock, **options)


def test_a_due_reminder_is_queued_once_however_often_the_chores_run(store, clock):
    slack = store.create_escalation("slack", "U1", {"channel": "C1"}, "Vem betalar resan?", "sv", "", [], "r")
    teams = store.create_escalation("teams", "aad-1", {}, "Vem skriver avtalet?", "sv", "", [], "r")
    store.create_escalation("terminal", "anna", {}, "Lokal fråga", "sv", "", [], "r")
    keeper = chores(store, clock)

    assert keeper.run_once(TUESDAY_9AM).reminded == []  # 13 working hours: not yet
    clock.now = THURSDAY_9AM
    assert keeper.run_once().reminded == [slack.id, teams.id]
    assert keeper.run_once().reminded == []
    assert chores(store, clock).run_once().reminded == []  # another replica, same moment
    queued = {d.kind: d.payload for d in store.list_deliveries()}
    assert set(queued) == {"slack.reminder", "teams.reminder"}
    assert queued["slack.reminder"] == {"escalation_id": slack.id, "round": 1, "working_hours": 31.0,
                                        "created_at": FRIDAY_2PM.astimezone(clock().tzinfo).isoformat()}


def test_a_process_serving_one_platform_reminds_only_for_that_platform(store, clock):
    store.create_escalation("teams", "aad-1", {}, "Vem skriver avtalet?", "sv", "", [], "r")
    clock.now = THURSDAY_9AM
    assert chores(store, clock, platform_kind={"slack": "slack.reminder"}).run_once().reminded == []
    assert store.list_deliveries() == [] and store.list_escalations()[0].reminders == 0


def test_rows_past_the_retention_period_are_anonymised(store, clock):
    store.log_question("slack", "U1", "Vad säger policyn?", "sv", "answer", [], 10, answer_text="Svar")
    esc = store.create_escalation("slack", "U1", {"channel": "C1"}, "Vem betalar resan?", "sv", "", [], "r")
    store.record_reply(esc.id, "Enheten betalar.", "UCOORD")
    store.mark_resolved(esc.id, "UCOORD")

    keeper = chores(store, clock, retention_days=30)
    assert keeper.run_once(FRIDAY_2PM + timedelta(days=29)).anonymised == {
        "questions": 0, "feedback": 0, "escalations": 0, "deliveries": 0}
    done = keeper.run_once(FRIDAY_2PM + timedelta(days=31))
    assert done.anonymised["questions"] == 1 and done.anonymised["escalations"] == 1
    assert store.get_question(1).asker_id == "" and store.get_question(1).question == ""
    kept = store.get_escalation(esc.id)
    assert (kept.asker_id, kept.reply_text, kept.question) == ("", None, "Vem betalar resan?")


def test_the_settings_come_from_the_environment_at_the_composition_root(store):
    keeper = housekeeper(Settings.from_env({"ESCALATION_REMIND_HOURS": "8", "RETENTION_DAYS": "30"}), store,
                         platforms=("teams",))
    assert (keeper.remind_hours, keeper.retention_days, keeper.platform_kind) == (8.0, 30, {"teams": "teams.reminder"})
    defaults = housekeeper(Settings.from_env({}), store)
    assert (defaults.remind_hours, defaults.retention_days) == (24.0, 90)
    with pytest.raises(ConfigError, match="ESCALATION_REMIND_HOURS"):
        housekeeper(Settings.from_env({"ESCALATION_REMIND_HOURS": "ett dygn"}), store)


def test_started_it_runs_in_its_own_thread_until_stopped(store, clock):
    store.create_escalation("slack", "U1", {"channel": "C1"}, "Vem betalar resan?", "sv", "", [], "r")
    clock.now = THURSDAY_9AM
    keeper = chores(store, clock)
    assert store.list_deliveries() == []  # nothing runs before start()
    stop = threading.Event()
    thread = keeper.start(stop, interval_seconds=0.01)
    try:
        for _ in range(500):
            if store.list_deliveries():
                break
            time.sleep(0.01)
        assert [d.kind for d in store.list_deliveries()] == ["slack.reminder"]
    finally:
        stop.set()
        thread.join(5)
    assert not thread.is_alive() and thread.daemon
