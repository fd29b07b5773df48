"""What the deliverer does with Teams' queued messages: escalation cards, relayed replies, answers
and reminders to the coordinator.

The deliverer (bot/delivery.py) runs handlers in its own thread; sending to Teams is async
and belongs to the web app's event loop, so each handler hands its coroutine to that loop
and waits for it. A handler raises DeliveryFailed when Teams did not take the message (the
deliverer tries again later) and returns where the message went when it did.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from contextlib import contextmanager
from typing import Callable, Coroutine, Iterator

import aiohttp
from microsoft_agents.activity import Activity

from ..delivery import DeliveryFailed, Handler
from ..coordinator import reminder_text
from ..reminders import reminder_target
from ..store import Store
from .cards import card_activity, card_summary, escalation_card, relay_card, text_activity
from .proactive import TeamsSender, conversation_id_of, in_thread

log = logging.getLogger(__name__)

PLATFORM = "teams"
CARD_KIND = "teams.escalation_card"
RELAY_KIND = "teams.relay"
POST_KIND = "teams.post"
REMINDER_KIND = "teams.reminder"
COORDINATOR_KEY = "teams.coordinator"  # store value: where escalation cards go (see proactive.where_of)
SEND_TIMEOUT_SECONDS = 60.0


def error_code(exc: BaseException) -> str:
    """A short, loggable description of a failed send: a status code or an error type, no bodies."""
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"teams:http_{exc.status}"
    return type(exc).__name__


def retry_after(exc: BaseException) -> float | None:
    headers = getattr(exc, "headers", None) or {}
    try:
        value = headers.get("Retry-After")
        return float(value) if value is not None else None
    except (TypeError, ValueError, AttributeError):
        return None


@contextmanager
def as_delivery_failure() -> Iterator[None]:
    """Turn a connector, token or network error into DeliveryFailed, so the deliverer retries quietly."""
    try:
        yield
    except DeliveryFailed:
        raise
    except (aiohttp.ClientError, OSError, TimeoutError, concurrent.futures.TimeoutError) as e:
        raise DeliveryFailed(error_code(e), retry_after(e)) from e


class LoopRunner:
    """Runs coroutines on the web app's event loop from another thread (set once the loop runs)."""

    def __init__(self, timeout: float = SEND_TIMEOUT_SECONDS) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.timeout = timeout

    def __call__(self, make: Callable[[], Coroutine]):
        loop = self.loop
        if loop is None or loop.is_closed() or not loop.is_running():
            raise DeliveryFailed("teams:not_running")
        future = asyncio.run_coroutine_threadsafe(make(), loop)
        try:
            return future.result(self.timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise


def delivery_handlers(sender: TeamsSender, store: Store, run: LoopRunner) -> dict[str, Handler]:
    def post_card(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; card not posted", payload["escalation_id"])
            return None
        if esc.card:  # posted before, but the delivery was not marked (a crash in between)
            return esc.card
        where = store.get_value(COORDINATOR_KEY)
        if not where:
            raise DeliveryFailed("no coordinator channel registered (a coordinator types 'registrera' there)")
        activity = card_activity(escalation_card(esc), summary=card_summary(esc))
        with as_delivery_failure():
            thread, activity_id = run(lambda: sender.post_thread(where, activity))
        card = {"where": in_thread(where, thread), "activity_id": activity_id}
        store.mark_sent(esc.id, card, thread_key(thread, activity_id, where))
        log.info("escalation %s: card posted to %s as %s", esc.id, thread, activity_id)
        return {"conversation_id": thread, "activity_id": activity_id}

    def relay(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; reply not relayed", payload["escalation_id"])
            return None
        author = payload.get("author_name") or payload["author"]  # the store has the id; the asker sees the name
        activity = card_activity(relay_card(esc, payload["text"], author), summary=payload["text"])
        with as_delivery_failure():
            activity_id = run(lambda: sender.send(esc.origin, activity))
        log.info("escalation %s: reply relayed to %s as %s", esc.id, conversation_id_of(esc.origin), activity_id)
        return {"conversation_id": conversation_id_of(esc.origin), "activity_id": activity_id}

    def post(payload: dict) -> dict | None:
        """An answer that could not be sent during its turn."""
        activity = Activity.model_validate(payload["activity"])
        with as_delivery_failure():
            activity_id = run(lambda: sender.send(payload["where"], activity))
        return {"conversation_id": conversation_id_of(payload["where"]), "activity_id": activity_id}

    def remind(payload: dict) -> dict | None:
        """A reminder in the card's thread, unless the coordinator has answered meanwhile."""
        esc = reminder_target(store, payload)
        if esc is None:
            return None
        where = esc.card["where"]
        with as_delivery_failure():
            activity_id = run(lambda: sender.send(where, text_activity(reminder_text(payload))))
        log.info("escalation %s: reminder %s posted under its card", esc.id, payload.get("round"))
        return {"conversation_id": conversation_id_of(where), "activity_id": activity_id}

    return {CARD_KIND: post_card, RELAY_KIND: relay, POST_KIND: post, REMINDER_KIND: remind}


def thread_key(thread: str, activity_id: str, where: dict) -> str:
    """How a coordinator card is found again: in a channel, by its thread's conversation id
    (replies in the thread carry it); in a chat, by chat and message id."""
    return thread if where.get("channel_id") else f"{thread}|{activity_id}"
