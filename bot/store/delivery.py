"""The worker that empties the outbox: leases due deliveries, sends them, records the outcome.

Handlers are plain callables per delivery kind, `handler(payload) -> dict | None`, written by
the platform adapters (e.g. bot/slack/delivery.py). Returning means delivered (the dict is kept
as the delivery's result); raising means "not now": the delivery is due again after an
exponential backoff (5 s, 10 s, 20 s … capped at 10 min) and retried until it goes through.
A process that restarts picks up whatever is still due, because the queue is in the store.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Callable, Iterator, Mapping

from .database import Delivery, Store, utc_now

log = logging.getLogger(__name__)

Handler = Callable[[dict], "dict | None"]

BASE_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 600.0
LEASE_SECONDS = 120.0


class DeliveryFailed(Exception):
    """A handler's "not delivered, try later". The message must be safe to log (no text, no tokens).

    `retry_after` (seconds), when the platform said how long to wait, delays the next attempt
    at least that long.
    """

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def retry_after(exc: BaseException) -> float | None:
    """The seconds a platform asked us to wait (a Retry-After header on the error or its response)."""
    headers = getattr(exc, "headers", None) or getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        value = headers.get("Retry-After") or headers.get("retry-after")
    except AttributeError:
        return None
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


@contextmanager
def delivery_failures(errors: tuple[type[BaseException], ...], describe: Callable[[BaseException], str]) -> Iterator[None]:
    """Inside it, a platform's send error (one of `errors`) becomes DeliveryFailed with `describe(e)`
    (a loggable code, no bodies) and the Retry-After it carried, so the deliverer retries quietly."""
    try:
        yield
    except DeliveryFailed:
        raise
    except errors as e:
        raise DeliveryFailed(describe(e), retry_after(e)) from e


def backoff_seconds(attempt: int, base: float = BASE_DELAY_SECONDS, cap: float = MAX_DELAY_SECONDS) -> float:
    """Delay after the `attempt`-th failed attempt (1-based): base, 2·base, 4·base … at most cap."""
    return min(cap, base * 2 ** max(0, min(attempt - 1, 30)))


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Deliverer:
    def __init__(
        self, store: Store, handlers: Mapping[str, Handler],
        clock: Callable[[], datetime] = utc_now, *, worker_id: str | None = None,
        lease_seconds: float = LEASE_SECONDS, batch: int = 20,
        base_delay: float = BASE_DELAY_SECONDS, max_delay: float = MAX_DELAY_SECONDS,
    ) -> None:
        self.store = store
        self.handlers = dict(handlers)
        self.clock = clock
        self.worker_id = worker_id or default_worker_id()
        self.lease_seconds = lease_seconds
        self.batch = batch
        self.base_delay = base_delay
        self.max_delay = max_delay

    def run_once(self, stop: threading.Event | None = None) -> int:
        """Send every delivery of our kinds that is due now; returns how many were delivered.

        When `stop` is set meanwhile, the jobs of the batch not yet tried are handed back (due
        now, unleased) for the next process, instead of waiting out their lease.
        """
        delivered = 0
        jobs = self.store.claim_due(self.clock(), self.lease_seconds, self.worker_id, self.batch,
                                    kinds=sorted(self.handlers))
        for i, job in enumerate(jobs):
            if stop is not None and stop.is_set():
                for left in jobs[i:]:
                    self.store.mark_failed(left.id, "not attempted: shutting down", self.clock())
                log.info("delivery worker stopping; %d claimed deliveries handed back", len(jobs) - i)
                break
            if self._attempt(job):
                delivered += 1
        return delivered

    def _attempt(self, job: Delivery) -> bool:
        handler = self.handlers[job.kind]  # claim_due hands out only the kinds we handle
        try:
            result = handler(job.payload)
        except DeliveryFailed as e:
            self._fail(job, e.reason, e.retry_after)
            return False
        except Exception as e:  # a handler bug or an unexpected client error: retry, but say so loudly
            log.exception("delivery %s (%s, escalation %s) raised", job.id, job.kind, job.escalation_id)
            self._fail(job, type(e).__name__, None)
            return False
        self.store.mark_delivered(job.id, result if isinstance(result, dict) else None)
        log.info("delivery %s (%s, escalation %s) delivered on attempt %d",
                 job.id, job.kind, job.escalation_id, job.attempts)
        return True

    def _fail(self, job: Delivery, reason: str, retry_after: float | None) -> None:
        delay = backoff_seconds(job.attempts, self.base_delay, self.max_delay)
        if retry_after is not None:
            delay = max(delay, float(retry_after))
        self.store.mark_failed(job.id, reason, self.clock() + timedelta(seconds=delay))
        log.warning("delivery %s (%s, escalation %s) failed on attempt %d (%s); retrying in %.0f s",
                    job.id, job.kind, job.escalation_id, job.attempts, reason, delay)

    def run_forever(self, stop: threading.Event, interval: float = 1.0) -> None:
        """Poll the outbox every `interval` seconds until `stop` is set."""
        while not stop.is_set():
            try:
                self.run_once(stop)
            except Exception:  # e.g. the database is briefly unreachable: keep the worker alive
                log.exception("delivery round failed; trying again in %.1f s", interval)
            stop.wait(interval)

    def start(self, stop: threading.Event, interval: float = 1.0) -> threading.Thread:
        """Run `run_forever` in a daemon thread and return it (call explicitly, at start-up)."""
        thread = threading.Thread(target=self.run_forever, args=(stop, interval),
                                  name="omvarld-deliverer", daemon=True)
        thread.start()
        return thread
