"""The deliverer sends each queued delivery exactly once, retrying with backoff until it goes through."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from bot.store import DELIVERED, Store
from bot.store.delivery import Deliverer, DeliveryFailed, backoff_seconds

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FlakyChannel:
    """A handler that fails `failures` times, then records what it sent."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or DeliveryFailed("slack:ratelimited")
        self.sent: list[dict] = []
        self.calls = 0

    def __call__(self, payload: dict) -> dict:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        self.sent.append(payload)
        return {"ts": f"{len(self.sent)}.0"}


@pytest.fixture
def db_url(tmp_path, new_sqlite):
    return new_sqlite(tmp_path / "escalations.sqlite3")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(db_url, clock):
    s = Store.from_url(db_url, clock=clock)
    s.create_schema()
    yield s
    s.close()


def test_backoff_doubles_from_five_seconds_and_is_capped_at_ten_minutes():
    assert [backoff_seconds(n) for n in (1, 2, 3, 4)] == [5, 10, 20, 40]
    assert backoff_seconds(50) == 600


def test_failure_then_success_is_delivered_exactly_once(store, clock):
    channel = FlakyChannel(failures=2)
    deliverer = Deliverer(store, {"relay": channel}, clock)
    store.enqueue("relay", None, {"text": "hej"}, "relay:1")

    assert deliverer.run_once() == 0 and channel.calls == 1
    assert deliverer.run_once() == 0 and channel.calls == 1, "retried before its backoff"
    clock.advance(5)
    assert deliverer.run_once() == 0 and channel.calls == 2
    clock.advance(9)
    assert deliverer.run_once() == 0 and channel.calls == 2, "second backoff should be 10 s"
    clock.advance(1)
    assert deliverer.run_once() == 1
    clock.advance(3600)
    assert deliverer.run_once() == 0
    assert channel.sent == [{"text": "hej"}]
    job = store.get_delivery_by_key("relay:1")
    assert (job.status, job.attempts, job.result) == (DELIVERED, 3, {"ts": "1.0"})


def test_an_unexpected_exception_is_retried_too(store, clock):
    channel = FlakyChannel(failures=1, error=RuntimeError("boom"))
    deliverer = Deliverer(store, {"relay": channel}, clock)
    store.enqueue("relay", None, {}, "k")
    deliverer.run_once()
    assert store.get_delivery_by_key("k").last_error == "RuntimeError"
    clock.advance(5)
    assert deliverer.run_once() == 1


def test_retry_after_from_the_platform_is_respected(store, clock):
    channel = FlakyChannel(failures=1, error=DeliveryFailed("slack:ratelimited", retry_after=30))
    deliverer = Deliverer(store, {"relay": channel}, clock)
    store.enqueue("relay", None, {}, "k")
    deliverer.run_once()
    clock.advance(29)
    assert deliverer.run_once() == 0
    clock.advance(1)
    assert deliverer.run_once() == 1


def test_a_restarted_process_sends_what_the_previous_one_left(db_url, store, clock):
    store.enqueue("relay", None, {"text": "kvar"}, "k")
    store.close()  # the process stops before delivering

    reopened = Store.from_url(db_url, clock=clock)
    channel = FlakyChannel()
    assert Deliverer(reopened, {"relay": channel}, clock).run_once() == 1
    assert channel.sent == [{"text": "kvar"}]
    reopened.close()


def test_a_worker_leaves_other_platforms_jobs_untouched_for_their_worker(store, clock):
    """A Slack-only replica neither claims nor pushes back a Teams job on the shared store."""
    store.enqueue("teams.relay", None, {"n": 1}, "teams")
    slack_channel, teams_channel = FlakyChannel(), FlakyChannel()
    assert Deliverer(store, {"slack.relay": slack_channel}, clock).run_once() == 0
    untouched = store.get_delivery_by_key("teams")
    assert (untouched.attempts, untouched.last_error, untouched.next_attempt_at) == (0, None, T0)
    assert Deliverer(store, {"teams.relay": teams_channel}, clock).run_once() == 1
    assert teams_channel.sent == [{"n": 1}] and not slack_channel.calls


def test_a_stopping_worker_hands_back_the_rest_of_its_batch(store, clock):
    """Jobs claimed but not yet tried when the stop comes are due again at once, not after the lease."""
    for n in range(3):
        store.enqueue("relay", None, {"n": n}, f"k{n}")
    stop = threading.Event()

    def send_then_stop(payload):
        stop.set()  # SIGTERM arrives during the first send
        return {"ok": True}

    assert Deliverer(store, {"relay": send_then_stop}, clock).run_once(stop) == 1
    first, *rest = store.list_deliveries()
    assert first.status == DELIVERED
    assert [(d.status, d.next_attempt_at) for d in rest] == [("pending", T0), ("pending", T0)]
    channel = FlakyChannel()
    assert Deliverer(store, {"relay": channel}, clock, worker_id="next").run_once() == 2
    assert channel.sent == [{"n": 1}, {"n": 2}]


def test_run_forever_delivers_in_its_thread_and_stops(store):
    real = Store(store.engine)  # real clock
    channel = FlakyChannel()
    stop = threading.Event()
    thread = Deliverer(real, {"relay": channel}).start(stop, interval=0.02)
    real.enqueue("relay", None, {"n": 1}, "k")
    deadline = time.monotonic() + 5
    while not channel.sent and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    thread.join(5)
    assert channel.sent == [{"n": 1}] and not thread.is_alive()
