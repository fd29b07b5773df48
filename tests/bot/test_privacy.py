"""Personal data: anonymised after the retention period with the report's numbers unchanged, and
one person's data deleted on request."""
from __future__ import annotations

from dataclasses import asdict
from datetime import timezone

import pytest
from sqlalchemy import select

from bot.app import cli
from bot.coordinator.privacy import describe, forget, purge_expired
from bot.coordinator.report import build_report
from bot.store import Store, deliveries, escalations, feedback, questions
from ingest.config import ConfigError
from tests.bot.test_report import BOOKING, DEADLINE, PER_DIEM, SINCE, UNTIL, Clock, local, seed


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, new_sqlite, clock):
    s = Store.from_url(new_sqlite(tmp_path / "escalations.sqlite3"), clock=clock)
    s.create_schema()
    seed(s, clock)
    by_question = {e.question: e for e in s.list_escalations()}
    clock.now = local(2025, 3, 4, 10, 2)
    s.enqueue("slack.relay", by_question[PER_DIEM[0]].id, {"escalation_id": by_question[PER_DIEM[0]].id,
                                                           "text": "Enligt Skatteverket.", "author": "UCOORD"}, "r1")
    s.mark_delivered(s.get_delivery_by_key("r1").id)
    clock.now = local(2025, 3, 10, 9, 41)
    s.enqueue("slack.escalation_card", by_question[BOOKING].id, {"escalation_id": by_question[BOOKING].id}, "c3")
    s.enqueue("slack.post", None, {"channel": "U1", "text": "Ditt svar"}, "to-u1")
    s.enqueue("slack.post", None, {"channel": "C1", "text": "Till U12", "user": "U12"}, "to-u12")
    yield s
    s.close()


def rows(store: Store, table, *columns):
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*(table.c[c] for c in columns)).order_by(table.c.id))]


def test_after_the_retention_period_ids_are_gone_and_the_report_is_unchanged(store, clock):
    before = asdict(build_report(store, SINCE, UNTIL))
    counts = purge_expired(store, local(2025, 6, 20, 3, 0).astimezone(timezone.utc), 90)
    assert counts == {"questions": 14, "feedback": 4, "escalations": 2, "deliveries": 1}
    assert asdict(build_report(store, SINCE, UNTIL)) == before

    assert rows(store, questions, "asker_id", "origin", "answer_text") == [("", {}, "")] * 14
    kept = {text for outcome, text in rows(store, questions, "outcome", "question") if outcome == "escalate"}
    assert kept == {*PER_DIEM, *DEADLINE, "Efter perioden?"}
    assert {text for outcome, text in rows(store, questions, "outcome", "question") if outcome != "escalate"} == {""}
    assert [(u.startswith("-"), v, q) for u, v, q in rows(store, feedback, "user_id", "value", "question")] == [
        (True, "down", "Vem beslutar om vänorter?"), (True, "down", "Vilka är målen?"), (True, "up", ""),
        (True, "up", "")]
    assert rows(store, escalations, "question", "asker_id", "origin", "key", "bot_answer", "reply_text") == [
        (PER_DIEM[0], "", {}, None, "", None),
        (DEADLINE[0], "", {}, None, "", None),
        (BOOKING, "U1", {"channel": "C1"}, None, "…", None),  # still waiting for the coordinator: kept whole
    ]
    assert [k for (k,) in rows(store, deliveries, "dedupe_key")] == ["c3", "to-u1", "to-u12"]  # the sent one went

    again = purge_expired(store, local(2025, 6, 21, 3, 0).astimezone(timezone.utc), 90)
    assert again == {"questions": 0, "feedback": 0, "escalations": 0, "deliveries": 0}


def test_only_what_is_older_than_the_retention_period_is_anonymised(store):
    # 90 days before 6 June 10:00 CEST is 8 March 09:00 CET
    purge_expired(store, local(2025, 6, 6, 10, 0).astimezone(timezone.utc), 90)
    by_text = {q: a for q, a in rows(store, questions, "question", "asker_id") if q}
    assert by_text["Skriv en dikt om EU"] == "U1"  # 8 March 12:00: not yet
    assert by_text[DEADLINE[0]] == ""              # 7 March 16:00: anonymised, text kept
    assert "Vem beslutar om vänorter?" not in by_text  # answered on 3 March: text gone too


def test_forget_deletes_one_persons_questions_votes_escalations_and_messages(store):
    counts = forget(store, "U1")
    assert counts == {"deliveries": 2, "feedback": 4, "escalations": 1, "questions": 12, "coordinator_fields": 0}
    assert describe(counts) == ("removed 12 questions, 4 votes, 1 escalation, 2 messages queued or sent to them")
    assert rows(store, questions, "asker_id", "question") == [("U2", PER_DIEM[0]), ("U3", DEADLINE[0])]
    assert rows(store, feedback, "user_id") == []  # theirs, and the others' votes on their answers
    assert rows(store, escalations, "asker_id") == [("U2",), ("U3",)]
    assert [k for (k,) in rows(store, deliveries, "dedupe_key")] == ["r1", "to-u12"]
    assert forget(store, "U1") == {"deliveries": 0, "feedback": 0, "escalations": 0, "questions": 0,
                                   "coordinator_fields": 0}


def test_forgetting_the_coordinator_clears_their_id_but_keeps_the_askers_escalations(store):
    counts = forget(store, "UCOORD")
    assert counts["coordinator_fields"] == 2 and counts["escalations"] == 0 and counts["questions"] == 0
    assert rows(store, escalations, "reply_author", "resolved_by") == [(None, None)] * 3
    assert "their id cleared as coordinator on 2 escalations" in describe(counts)


def test_forget_and_retention_commands_print_what_they_did(store, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", str(store.engine.url))  # set, so a developer's .env cannot point elsewhere
    assert cli.main(["forget", "U3"]) == 0
    assert capsys.readouterr().out.strip() == (
        "U3: removed 1 question, 0 votes, 1 escalation, 0 messages queued or sent to them")
    assert cli.main(["retention", "--days", "30"]) == 0  # the real clock: everything seeded is older
    out = capsys.readouterr().out.strip()
    assert out == ("older than 30 days: anonymised 13 questions, 4 votes, 1 escalation; "
                   "deleted 1 message already delivered")


def test_retention_days_setting():
    from bot.app.settings import Settings

    assert Settings.from_env({}).retention_days == 90
    assert Settings.from_env({"RETENTION_DAYS": "30"}).retention_days == 30
    with pytest.raises(ConfigError, match="RETENTION_DAYS must be at least 1, not '0'"):
        Settings.from_env({"RETENTION_DAYS": "0"})


def test_retention_also_empties_the_reason_which_can_quote_the_question(store, clock):
    """"no document mentions Quarmby" names what the asker wrote; it goes with the question text."""
    clock.now = local(2025, 3, 5, 10, 0)
    ref = store.log_question("slack", "U7", "Vad sa Anna Quarmby om vänorten?", "sv", "answer", [], 12,
                             answer_text="…", reason="no document mentions Quarmby")
    purge_expired(store, local(2025, 6, 20, 3, 0).astimezone(timezone.utc), 90)
    logged = store.get_question(ref)
    assert (logged.question, logged.reason, logged.asker_id) == ("", "", "")
    assert {r for (r,) in rows(store, questions, "reason")} == {""}
