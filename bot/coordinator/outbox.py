"""What the deliverer does with a platform's queued messages, once for every platform.

bot/store/delivery.py leases due deliveries and calls a handler per kind; `handlers(store, sender)`
makes those handlers from a platform's `Sender`, which only knows how to put things on its
platform. The decisions are here: an escalation that is gone is skipped, a card already posted
(a crash between posting and marking) is not posted again, a card without a coordinator
channel waits, a reminder waits for its card and is dropped once the question is answered,
and any send error the platform names becomes DeliveryFailed (retried with backoff).
"""
from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from typing import Any, Protocol

from bot.store import Escalation, Store
from bot.store.delivery import DeliveryFailed, Handler

from .reminders import reminder_target
from .usecases import Platform
from .workflow import reminder_text

log = logging.getLogger(__name__)


class Sender(Protocol):
    """Puts the coordinator workflow's messages on one platform. Each call raises the platform's
    own errors; `failures()` turns them into DeliveryFailed."""

    platform: Platform
    no_destination: str  # why a card cannot be posted yet, e.g. "COORDINATOR_CHANNEL is not set"

    def destination(self) -> dict | None:
        """Where escalation cards go, or None when nowhere is set up yet."""

    def post_card(self, esc: Escalation, destination: dict) -> tuple[dict, str, dict]:
        """Post the escalation's card: (the card's reference to store, the key its thread is found
        by, what to record as the delivery's result)."""

    def relay(self, esc: Escalation, payload: dict) -> dict:
        """The coordinator's message (payload "text", "author", …) where the asker asked."""

    def post(self, payload: dict) -> dict:
        """A message the adapter queued because it could not be sent at once."""

    def remind(self, esc: Escalation, text: str) -> dict:
        """A reminder under the escalation's card."""

    def failures(self) -> AbstractContextManager[Any]:
        """A context in which the platform's send errors become DeliveryFailed."""


def handlers(store: Store, sender: Sender) -> dict[str, Handler]:
    """The deliverer's handlers for `sender`'s platform: cards, relayed replies, queued posts, reminders."""
    platform = sender.platform

    def post_card(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; card not posted", payload["escalation_id"])
            return None
        if esc.card:  # posted before, but the delivery was not marked (a crash in between)
            return esc.card
        where = sender.destination()
        if not where:
            raise DeliveryFailed(sender.no_destination)
        with sender.failures():
            card, key, result = sender.post_card(esc, where)
        store.mark_sent(esc.id, card, key)
        log.info("escalation %s: card posted (%s)", esc.id, key)
        return result

    def relay(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; reply not relayed", payload["escalation_id"])
            return None
        with sender.failures():
            result = sender.relay(esc, payload)
        log.info("escalation %s: reply relayed", esc.id)
        return result

    def post(payload: dict) -> dict | None:
        with sender.failures():
            return sender.post(payload)

    def remind(payload: dict) -> dict | None:
        """A reminder in the card's thread, unless the coordinator has answered meanwhile."""
        esc = reminder_target(store, payload)
        if esc is None:
            return None
        with sender.failures():
            result = sender.remind(esc, reminder_text(payload))
        log.info("escalation %s: reminder %s posted under its card", esc.id, payload.get("round"))
        return result

    return {platform.card_kind: post_card, platform.relay_kind: relay, platform.post_kind: post,
            platform.reminder_kind: remind}
