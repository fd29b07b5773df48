"""Teams' part of the outbox (bot/coordinator/outbox.py): how an escalation card, a relayed reply, a
queued answer and a reminder are put on Teams.

The deliverer (bot/store/delivery.py) runs handlers in its own thread; sending to Teams is async
and belongs to the web app's event loop, so each send is handed to that loop and waited for.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from contextlib import AbstractContextManager
from typing import Callable, Coroutine

import aiohttp
from microsoft_agents.activity import Activity

from bot.coordinator import outbox
from bot.coordinator.usecases import Platform
from bot.store import Escalation, Store
from bot.store.delivery import DeliveryFailed, Handler, delivery_failures

from .cards import card_activity, card_summary, escalation_card, relay_card, text_activity
from .proactive import TeamsSender, conversation_id_of, in_thread

log = logging.getLogger(__name__)

PLATFORM = Platform("teams")
CARD_KIND = PLATFORM.card_kind
RELAY_KIND = PLATFORM.relay_kind
POST_KIND = PLATFORM.post_kind
REMINDER_KIND = PLATFORM.reminder_kind
COORDINATOR_KEY = "teams.coordinator"  # store value: where escalation cards go (see proactive.where_of)
SEND_TIMEOUT_SECONDS = 60.0


def error_code(exc: BaseException) -> str:
    """A short, loggable description of a failed send: a status code or an error type, no bodies."""
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"teams:http_{exc.status}"
    return type(exc).__name__


def as_delivery_failure() -> AbstractContextManager[None]:
    """Turn a connector, token or network error into DeliveryFailed, so the deliverer retries quietly."""
    return delivery_failures((aiohttp.ClientError, OSError, TimeoutError, concurrent.futures.TimeoutError), error_code)


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


class TeamsOutbox:
    """bot.coordinator.outbox.Sender for Teams."""

    platform = PLATFORM
    no_destination = "no coordinator channel registered (a coordinator types 'registrera' there)"

    def __init__(self, sender: TeamsSender, store: Store, run: LoopRunner) -> None:
        self.sender = sender
        self.store = store
        self.run = run

    def destination(self) -> dict | None:
        return self.store.get_value(COORDINATOR_KEY)

    def post_card(self, esc: Escalation, destination: dict) -> tuple[dict, str, dict]:
        activity = card_activity(escalation_card(esc), summary=card_summary(esc))
        thread, activity_id = self.run(lambda: self.sender.post_thread(destination, activity))
        card = {"where": in_thread(destination, thread), "activity_id": activity_id}
        return card, thread_key(thread, activity_id, destination), {"conversation_id": thread,
                                                                    "activity_id": activity_id}

    def relay(self, esc: Escalation, payload: dict) -> dict:
        author = str(payload.get("author_name") or payload["author"])
        activity = card_activity(relay_card(esc, payload["text"], author), summary=payload["text"])
        activity_id = self.run(lambda: self.sender.send(esc.origin, activity))
        return {"conversation_id": conversation_id_of(esc.origin), "activity_id": activity_id}

    def post(self, payload: dict) -> dict:
        """An answer or a confirmation that could not be sent during its turn."""
        activity = Activity.model_validate(payload["activity"])
        activity_id = self.run(lambda: self.sender.send(payload["where"], activity))
        return {"conversation_id": conversation_id_of(payload["where"]), "activity_id": activity_id}

    def remind(self, esc: Escalation, text: str) -> dict:
        where = (esc.card or {})["where"]  # the outbox reminds only once the card is posted
        activity_id = self.run(lambda: self.sender.send(where, text_activity(text)))
        return {"conversation_id": conversation_id_of(where), "activity_id": activity_id}

    def failures(self) -> AbstractContextManager[None]:
        return as_delivery_failure()


def delivery_handlers(sender: TeamsSender, store: Store, run: LoopRunner) -> dict[str, Handler]:
    return outbox.handlers(store, TeamsOutbox(sender, store, run))


def thread_key(thread: str, activity_id: str, where: dict) -> str:
    """How a coordinator card is found again: in a channel, by its thread's conversation id
    (replies in the thread carry it); in a chat, by chat and message id."""
    return thread if where.get("channel_id") else f"{thread}|{activity_id}"
