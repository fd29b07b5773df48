"""Personal data: kept with a person's id only as long as needed, and erased on request.

After RETENTION_DAYS (default 90) the store's rows lose their link to a person
(`purge_expired`, safe to run often and from every replica); what stays is anonymous:
dates, outcomes, cited sources, answer times, the texts of unanswered questions and of
👎-voted ones (the report's "what the documents should say next"). `forget` deletes one
person's data at once (`python -m bot forget USER_ID`). What each table keeps, and for
how long, is in the README ("What is stored and for how long").
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Mapping

from bot.store import Store

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90


def purge_expired(store: Store, now: datetime, retention_days: int = DEFAULT_RETENTION_DAYS) -> dict[str, int]:
    """Anonymise what is older than `retention_days`; returns rows changed per table."""
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    counts = store.anonymise_before(now - timedelta(days=retention_days))
    if any(counts.values()):
        log.info("retention: anonymised %s", ", ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


def forget(store: Store, user_id: str) -> dict[str, int]:
    """Delete one person's data now; returns rows removed per table (see Store.forget_user)."""
    if not user_id.strip():
        raise ValueError("a user id is needed")
    counts = store.forget_user(user_id)
    log.info("forgot a user: %s", ", ".join(f"{k}={v}" for k, v in counts.items()))  # not the id itself
    return counts


_NAMES = {
    "questions": ("question", "questions"),
    "feedback": ("vote", "votes"),
    "escalations": ("escalation", "escalations"),
}


def _count(n: int, names: tuple[str, str]) -> str:
    return f"{n} {names[0] if n == 1 else names[1]}"


def describe(counts: Mapping[str, int], *, anonymised: bool = False) -> str:
    """What `forget` removed ("removed 3 questions, 1 vote, 1 escalation, 2 messages"), or with
    anonymised=True what `purge_expired` did."""
    rows = ", ".join(_count(counts.get(k, 0), names) for k, names in _NAMES.items())
    messages = _count(counts.get("deliveries", 0), ("message", "messages"))
    if anonymised:
        return f"anonymised {rows}; deleted {messages} already delivered"
    text = f"removed {rows}, {messages} queued or sent to them"
    if counts.get("coordinator_fields"):
        text += f"; their id cleared as coordinator on {_count(counts['coordinator_fields'], _NAMES['escalations'])}"
    return text
