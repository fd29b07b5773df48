"""Periodic chores that keep the coordinator's side honest: reminders and retention.

Every few minutes, `Housekeeper` queues a reminder for each escalation the coordinator has not
answered within ESCALATION_REMIND_HOURS working hours (bot/reminders.py; the platform's
deliverer posts it under the card) and anonymises what is older than RETENTION_DAYS
(bot/privacy.py). Both are idempotent and safe to run in every replica at once, so each
process that serves a platform runs one. Nothing starts until `start()` is called.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Mapping

from bot.store import Store, utc_now

from .privacy import DEFAULT_RETENTION_DAYS, purge_expired
from .reminders import DEFAULT_REMIND_HOURS, enqueue_reminders
from .workhours import DEFAULT_TZ

log = logging.getLogger(__name__)

# The delivery kind each platform's deliverer handles for a reminder.
PLATFORM_KIND = {"slack": "slack.reminder", "teams": "teams.reminder"}
DEFAULT_INTERVAL_SECONDS = 300.0


@dataclass(frozen=True)
class Chores:
    """What one round did: the escalations reminded, and rows anonymised per table."""

    reminded: list[int] = field(default_factory=list)
    anonymised: dict[str, int] = field(default_factory=dict)


class Housekeeper:
    def __init__(self, store: Store, *, remind_hours: float = DEFAULT_REMIND_HOURS,
                 retention_days: int = DEFAULT_RETENTION_DAYS, platform_kind: Mapping[str, str] | None = None,
                 clock: Callable[[], datetime] = utc_now, tz: str = DEFAULT_TZ) -> None:
        self.store = store
        self.remind_hours = remind_hours
        self.retention_days = retention_days
        self.platform_kind = dict(PLATFORM_KIND if platform_kind is None else platform_kind)
        self.clock = clock
        self.tz = tz

    def remind(self, now: datetime) -> list[int]:
        """Queue the reminders due at `now`; returns the escalation ids reminded."""
        return enqueue_reminders(self.store, now, self.remind_hours, self.platform_kind, tz=self.tz)

    def purge(self, now: datetime) -> dict[str, int]:
        """Anonymise what is older than the retention period at `now`; returns rows changed per table."""
        return purge_expired(self.store, now, self.retention_days)

    def run_once(self, now: datetime | None = None) -> Chores:
        """One round of every chore, at `now` (default: the clock)."""
        now = now or self.clock()
        return Chores(reminded=self.remind(now), anonymised=self.purge(now))

    def run_forever(self, stop: threading.Event, interval: float = DEFAULT_INTERVAL_SECONDS) -> None:
        """A round every `interval` seconds until `stop` is set; a chore that fails (the database
        briefly away) is logged and tried again next round, without holding up the other."""
        while not stop.is_set():
            now = self.clock()
            for name, chore in (("reminders", self.remind), ("retention", self.purge)):
                try:
                    chore(now)
                except Exception:
                    log.exception("housekeeping: %s failed; trying again in %.0f s", name, interval)
            stop.wait(interval)

    def start(self, stop: threading.Event, interval_seconds: float = DEFAULT_INTERVAL_SECONDS) -> threading.Thread:
        """Run `run_forever` in a daemon thread and return it (call explicitly, at start-up)."""
        thread = threading.Thread(target=self.run_forever, args=(stop, interval_seconds),
                                  name="omvarld-housekeeper", daemon=True)
        thread.start()
        return thread
