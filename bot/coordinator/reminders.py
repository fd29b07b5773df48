"""Reminders to the coordinator about unanswered escalations, and the asker's view of their own.

An escalation that is still waiting for the coordinator (pending or sent: not answered,
not resolved) gets a reminder once it has waited ESCALATION_REMIND_HOURS working hours
(default 24, i.e. about 2⅔ working days; see bot/workhours.py) since it was created, and
again after as many working hours since the previous reminder.

A reminder is a delivery in the outbox, like the card itself: `enqueue_reminders` is safe
to call from every replica on every tick. Each reminder round of an escalation is taken
with a compare-and-set on its `reminders` count, in the same transaction as the delivery
(dedupe key `remind:<id>:<round>`), so the same reminder is never queued twice.

The adapters handle the delivery kinds they name in `platform_kind` (e.g.
{"slack": "slack.reminder", "teams": "teams.reminder"}); the payload is
`reminder_payload(...)`: {"escalation_id", "round", "working_hours", "created_at"}.
A handler should look the escalation up again and skip it (return None) if it was
answered meanwhile.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Mapping

from bot.store import PENDING, SENT, Escalation, Store
from bot.texts import say

from .workhours import DEFAULT_TZ, working_hours_between

log = logging.getLogger(__name__)

DEFAULT_REMIND_HOURS = 24.0
WAITING = (PENDING, SENT)


def waiting_since(escalation: Escalation) -> datetime:
    """When the current wait began: the last reminder, else the escalation's creation."""
    return escalation.last_reminded_at or escalation.created_at


def due_reminders(store: Store, now: datetime, remind_hours: float, *, tz: str = DEFAULT_TZ,
                  limit: int = 1000) -> list[Escalation]:
    """Escalations still waiting for the coordinator whose wait (working hours since creation or
    the last reminder) has reached `remind_hours`. Oldest first. None when remind_hours <= 0."""
    if remind_hours <= 0:
        return []
    waiting = store.list_escalations(status=WAITING, limit=limit)
    due = [e for e in waiting if working_hours_between(waiting_since(e), now, tz) >= remind_hours]
    return sorted(due, key=lambda e: e.id)


def reminder_payload(escalation: Escalation, round_no: int, now: datetime, tz: str = DEFAULT_TZ) -> dict:
    return {
        "escalation_id": escalation.id,
        "round": round_no,
        # unanswered working hours since the question was escalated, for "waiting 27 h"
        "working_hours": round(working_hours_between(escalation.created_at, now, tz), 1),
        "created_at": escalation.created_at.isoformat(),
    }


def enqueue_reminders(store: Store, now: datetime, remind_hours: float, platform_kind: Mapping[str, str], *,
                      tz: str = DEFAULT_TZ) -> list[int]:
    """Queue one reminder delivery for every due escalation; returns the escalation ids reminded.

    Escalations on a platform missing from `platform_kind` (e.g. "terminal") are left alone.
    Running this twice, or in two replicas at once, queues each reminder once.
    """
    reminded = []
    for esc in due_reminders(store, now, remind_hours, tz=tz):
        kind = platform_kind.get(esc.platform)
        if not kind:
            continue
        round_no = esc.reminders + 1
        if store.record_reminder(esc.id, round_no, kind, reminder_payload(esc, round_no, now, tz)):
            log.info("escalation %s: reminder %d queued (%s)", esc.id, round_no, kind)
            reminded.append(esc.id)
    return reminded


def status_for_asker(store: Store, asker_id: str, now: datetime | None = None, *, tz: str = DEFAULT_TZ,
                     limit: int = 20) -> list[dict]:
    """The asker's own escalations, newest first, for `/omvarld status` and App Home:
    {"id", "question", "status", "waiting" (True while the coordinator has not answered),
    "created_at", "age_hours" (calendar), "working_hours", "replied_at", "reply_text"}."""
    now = now or store.clock()
    out = []
    for e in store.list_escalations(asker_id=asker_id, limit=limit):
        end = e.replied_at or now
        out.append({
            "id": e.id, "question": e.question, "status": e.status, "waiting": e.status in WAITING,
            "created_at": e.created_at, "age_hours": round((now - e.created_at).total_seconds() / 3600, 1),
            "working_hours": round(working_hours_between(e.created_at, end, tz), 1),
            "replied_at": e.replied_at, "reply_text": e.reply_text,
        })
    return out


def status_text(items: list[dict], language: str) -> str:
    """`status_for_asker` as plain lines, for a chat reply: "#12 väntar på svar (5 arbetstimmar): Fråga…"."""
    lang = language if language in ("sv", "en") else "sv"
    if not items:
        return say("asker_none", lang)
    lines = []
    for it in items:
        status = say(f"asker_state_{it['status']}", lang)
        hours = say("asker_hours", lang, hours=f"{it['working_hours']:g}")
        question = it["question"] if len(it["question"]) <= 120 else it["question"][:119] + "…"
        lines.append(f"#{it['id']} {status} ({hours}): {question}")
    return "\n".join(lines)


def reminder_target(store: Store, payload: dict) -> Escalation | None:
    """The escalation a queued reminder is for, or None when it has been answered (or removed)
    meanwhile and there is nothing to post. Raises DeliveryFailed while its card is not posted
    yet, so the reminder waits for the card."""
    from bot.store.delivery import DeliveryFailed

    esc = store.get_escalation(payload["escalation_id"])
    if esc is None or esc.status not in WAITING:
        log.info("escalation %s answered or gone; reminder %s not posted", payload["escalation_id"],
                 payload.get("round"))
        return None
    if not esc.card:
        raise DeliveryFailed("the card is not posted yet")
    return esc
