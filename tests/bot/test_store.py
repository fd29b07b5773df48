"""The store keeps escalations, the outbox, event ids, feedback and questions across restarts."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest

from bot.store import ANSWERED, OPEN_STATUSES, PENDING, RESOLVED, SENT, Store, escalations

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, new_sqlite):
    """Every store test runs on a fresh SQLite file and on a fresh PostgreSQL database (the
    session's embedded server, tests/servers.py), each at the newest schema."""
    if request.param == "sqlite":
        return new_sqlite(tmp_path / "sub" / "escalations.sqlite3")
    return request.getfixturevalue("postgres").database("store_test", template=request.getfixturevalue("migrated_postgres"))


@pytest.fixture
def store(db_url):
    s = Store.from_url(db_url, clock=Clock())
    s.create_schema()
    yield s
    s.close()


def escalate(store: Store, **overrides):
    args = dict(platform="slack", asker_id="U1", origin={"channel": "C1", "thread_ts": "1.1"},
                question="Hur söker vi Erasmus+?", language="sv", bot_answer="Jag hittar inget.",
                sources=[{"number": 1, "label": "Policy › Mål"}], reason="no evidence")
    args.update(overrides)
    return store.create_escalation(**args)


def test_database_url_prefers_database_url_then_escalation_db():
    from bot.app.settings import Settings

    def database_url(env: dict) -> str:
        return Settings.from_env(env).store_url

    assert database_url({"DATABASE_URL": "postgresql://x/y", "ESCALATION_DB": "a.db"}) == "postgresql://x/y"
    assert database_url({"ESCALATION_DB": "/tmp/a.db"}) == "sqlite:////tmp/a.db"
    assert database_url({}) == "sqlite:///.data/escalations.sqlite3"


def test_from_url_creates_the_parent_folder(tmp_path):
    s = Store.from_url(f"sqlite:///{tmp_path / 'new' / 'dir' / 'x.sqlite3'}")
    s.create_schema()
    assert (tmp_path / "new" / "dir" / "x.sqlite3").exists()
    s.close()


def test_escalation_lifecycle_round_trips_json_and_aware_datetimes(store):
    e = escalate(store)
    assert e.is_new and e.status == PENDING and e.origin == {"channel": "C1", "thread_ts": "1.1"}
    assert e.created_at.tzinfo is not None and e.created_at.utcoffset() == timedelta(0)

    assert store.mark_sent(e.id, {"channel": "CCOORD", "ts": "9.9"}, "CCOORD:9.9")
    assert store.get_escalation(e.id).status == SENT
    found = store.find_by_card("slack", "CCOORD:9.9")
    assert found.id == e.id and found.card == {"channel": "CCOORD", "ts": "9.9"}
    assert store.find_by_card("teams", "CCOORD:9.9") is None

    assert store.record_reply(e.id, "Kontakta Anna.", "UCOORD")
    got = store.get_escalation(e.id)
    assert (got.status, got.reply_text, got.reply_author) == (ANSWERED, "Kontakta Anna.", "UCOORD")
    assert store.mark_approved(e.id, "UCOORD") and store.get_escalation(e.id).approved_by == "UCOORD"
    assert store.mark_resolved(e.id, "UCOORD")
    assert store.get_escalation(e.id).status == RESOLVED
    assert not store.record_reply(999, "x", "U")


def test_the_reply_is_every_message_of_the_coordinator_in_order_each_relayed_once(store):
    """Each message adds to the reply (it used to replace it); a repeated message changes nothing."""
    e = escalate(store)
    first = dict(relay_as="slack.relay", payload={"text": "Boka via resebyrån."}, dedupe_key="relay:1:1.5")
    assert store.record_reply(e.id, "Boka via resebyrån.", "UCOORD", **first)
    store.clock.now = T0 + timedelta(hours=1)
    assert store.record_reply(e.id, "Hör av dig om något är oklart!", "UCOORD2", relay_as="slack.relay",
                              payload={"text": "Hör av dig om något är oklart!"}, dedupe_key="relay:1:1.6")
    assert not store.record_reply(e.id, "Boka via resebyrån.", "UCOORD", **first)  # Slack's retry

    got = store.get_escalation(e.id)
    assert got.reply_text == "Boka via resebyrån.\n\nHör av dig om något är oklart!"
    assert (got.status, got.reply_author, got.replied_at) == (ANSWERED, "UCOORD2", T0)
    assert [d.payload["text"] for d in store.list_deliveries(kind="slack.relay")] == [
        "Boka via resebyrån.", "Hör av dig om något är oklart!"]
    assert not store.record_reply(999, "x", "U", relay_as="slack.relay", payload={}, dedupe_key="relay:999:1")
    assert store.get_delivery_by_key("relay:999:1") is None

    for d in store.list_deliveries(kind="slack.relay"):
        store.mark_delivered(d.id)
    assert store.anonymise_before(T0 + timedelta(days=1))["escalations"] == 1  # the messages go with the reply
    with store.engine.connect() as conn:
        row = conn.execute(escalations.select().where(escalations.c.id == e.id)).one()
    assert (row.reply_text, row.reply_parts) == (None, None)


def test_messages_handled_out_of_order_or_at_once_make_the_reply_in_thread_order(store):
    """Slack hands over two quick messages to two threads: the reply still reads as written."""
    e = escalate(store)
    with store.engine.begin() as conn:  # replied before the order of the messages was kept
        conn.execute(escalations.update().where(escalations.c.id == e.id).values(reply_text="Gammalt svar."))
    texts = {f"1700000000.{n:06d}": f"Del {n}." for n in range(1, 9)}
    threads = [threading.Thread(target=store.record_reply, args=(e.id, text, "UCOORD"),
                                kwargs=dict(relay_as="slack.relay", payload={}, dedupe_key=f"r:{ts}", order=ts))
               for ts, text in reversed(list(texts.items()))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.get_escalation(e.id).reply_text == "\n\n".join(["Gammalt svar.", *texts.values()])
    assert len(store.list_deliveries(kind="slack.relay")) == 8


def test_a_reply_after_resolving_keeps_it_resolved(store):
    e = escalate(store)
    store.mark_resolved(e.id, "UCOORD")
    store.record_reply(e.id, "Sent svar", "UCOORD")
    assert store.get_escalation(e.id).status == RESOLVED


def test_create_with_the_same_key_returns_the_first_escalation(store):
    first = escalate(store, key="slack:42:U1", deliver_as="slack.escalation_card")
    again = escalate(store, key="slack:42:U1", deliver_as="slack.escalation_card")
    assert first.is_new and not again.is_new and again.id == first.id
    assert len(store.list_escalations()) == 1
    assert [d.payload for d in store.list_deliveries()] == [{"escalation_id": first.id}]


def test_list_escalations_filters_by_status_and_asker(store):
    a = escalate(store, asker_id="U1")
    b = escalate(store, asker_id="U2")
    store.mark_resolved(a.id, "UC")
    assert [e.id for e in store.list_escalations(status=OPEN_STATUSES)] == [b.id]
    assert [e.id for e in store.list_escalations(asker_id="U1")] == [a.id]
    assert [e.id for e in store.list_escalations()] == [b.id, a.id]


def test_enqueue_refuses_a_second_delivery_with_the_same_dedupe_key(store):
    e = escalate(store)
    assert store.enqueue("slack.relay", e.id, {"text": "a"}, "relay:1:5.5")
    assert not store.enqueue("slack.relay", e.id, {"text": "b"}, "relay:1:5.5")
    assert [d.payload for d in store.list_deliveries()] == [{"text": "a"}]


def test_claim_due_leases_rows_until_the_lease_runs_out(store):
    store.enqueue("k", None, {}, "one")
    first = store.claim_due(T0 + timedelta(seconds=1), 60, "w1")
    assert [d.dedupe_key for d in first] == ["one"] and first[0].attempts == 1
    assert store.claim_due(T0 + timedelta(seconds=30), 60, "w2") == []
    again = store.claim_due(T0 + timedelta(seconds=62), 60, "w2")  # w1 died: the lease ran out
    assert [d.id for d in again] == [first[0].id] and again[0].attempts == 2


def test_failed_delivery_is_due_again_only_after_its_next_attempt(store):
    store.enqueue("k", None, {}, "one")
    job = store.claim_due(T0 + timedelta(seconds=1), 60, "w")[0]
    store.mark_failed(job.id, "ratelimited", T0 + timedelta(seconds=10))
    assert store.claim_due(T0 + timedelta(seconds=5), 60, "w") == []
    assert store.get_delivery(job.id).last_error == "ratelimited"
    assert [d.id for d in store.claim_due(T0 + timedelta(seconds=10), 60, "w")] == [job.id]
    store.mark_delivered(job.id, {"ts": "1.2"})
    assert store.claim_due(T0 + timedelta(hours=1), 60, "w") == []
    assert store.get_delivery(job.id).result == {"ts": "1.2"}


def test_two_claimers_on_one_file_never_get_the_same_row(db_url, store):
    for i in range(60):
        store.enqueue("k", None, {"i": i}, f"key-{i}")
    other = Store.from_url(db_url, clock=Clock())
    claimed: dict[str, list[int]] = {"a": [], "b": []}
    start = threading.Barrier(2)

    def worker(name: str, s: Store) -> None:
        start.wait()
        for _ in range(20):
            claimed[name] += [d.id for d in s.claim_due(T0 + timedelta(seconds=1), 300, name, limit=5)]

    threads = [threading.Thread(target=worker, args=("a", store)), threading.Thread(target=worker, args=("b", other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    other.close()
    assert not set(claimed["a"]) & set(claimed["b"])
    assert sorted(claimed["a"] + claimed["b"]) == sorted(d.id for d in store.list_deliveries())


def test_pending_deliveries_survive_a_restart(db_url, store):
    e = escalate(store, deliver_as="slack.escalation_card")
    store.close()
    reopened = Store.from_url(db_url, clock=Clock())
    jobs = reopened.claim_due(T0, 60, "after-restart")
    assert [(j.kind, j.escalation_id) for j in jobs] == [("slack.escalation_card", e.id)]
    reopened.close()


def test_claim_event_is_true_once_and_forgets_after_a_day(db_url):
    clock = Clock()
    s = Store.from_url(db_url, clock=clock)
    s.create_schema()
    assert s.claim_event("slack:Ev1")
    assert not s.claim_event("slack:Ev1")
    assert not Store.from_url(db_url, clock=clock).claim_event("slack:Ev1")  # another replica
    clock.now = T0 + timedelta(days=1, minutes=1)
    s._last_prune = float("-inf")
    assert s.claim_event("slack:Ev1")
    s.close()


def test_feedback_is_one_vote_per_user_and_answer(store):
    store.add_feedback("slack", "U1", "7", "Fråga?", "up", [{"number": 1}])
    store.add_feedback("slack", "U1", "7", "Fråga?", "down", [{"number": 1}])
    store.add_feedback("slack", "U2", "7", "Fråga?", "up", [])
    votes = {(f["user_id"], f["value"]) for f in store.list_feedback("7")}
    assert votes == {("U1", "down"), ("U2", "up")}


def test_log_question_returns_a_reference_to_read_it_back(store):
    ref = store.log_question("slack", "U1", "Vad är Erasmus+?", "sv", "answer", [{"number": 1}], 123,
                             answer_text="Ett EU-program [1].", origin={"channel": "C1"})
    q = store.get_question(ref)
    assert (q.question, q.outcome, q.latency_ms, q.answer_text, q.origin) == (
        "Vad är Erasmus+?", "answer", 123, "Ett EU-program [1].", {"channel": "C1"})
    assert store.get_question(ref + 100) is None


def test_naive_datetimes_are_refused(store):
    with pytest.raises(Exception):
        store.claim_due(datetime(2025, 1, 1), 60, "w")


def test_named_values_round_trip_and_replace(store, db_url):
    """A small JSON value (e.g. the coordinator's Teams channel) survives a reopen and can be replaced."""
    assert store.get_value("teams.coordinator") is None
    store.set_value("teams.coordinator", {"conversation": {"id": "19:a"}, "by": "U1"})
    store.set_value("teams.coordinator", {"conversation": {"id": "19:b"}, "by": "U2"})
    other = Store.from_url(db_url)
    assert other.get_value("teams.coordinator") == {"conversation": {"id": "19:b"}, "by": "U2"}
    assert other.get_value("something.else") is None
    other.close()
